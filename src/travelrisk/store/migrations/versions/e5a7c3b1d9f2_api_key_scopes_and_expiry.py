"""API key scopes and expiry

Revision ID: e5a7c3b1d9f2
Revises: c4f1a9d2e7b3
Create Date: 2026-12-02 03:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "e5a7c3b1d9f2"
down_revision = "c4f1a9d2e7b3"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Keys made before scopes existed could do everything: they keep every scope.
    op.add_column(
        "api_keys", sa.Column("scopes", sa.String(length=100), nullable=False, server_default="read write alerts")
    )
    op.add_column("api_keys", sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_column("expires_at")
        batch.drop_column("scopes")
