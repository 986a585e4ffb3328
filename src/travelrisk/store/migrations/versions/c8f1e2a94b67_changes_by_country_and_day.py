"""Changes by country and day: (country, occurred_on) replaces the index on country alone

Revision ID: c8f1e2a94b67
Revises: b3e9c5d17f42
Create Date: 2026-12-02 06:40:00

A country's changes since a day were found by country, then filtered and sorted; the composite index
answers the range in order (and still serves lookups by country alone).
"""

from __future__ import annotations

from alembic import op

revision = "c8f1e2a94b67"
down_revision = "b3e9c5d17f42"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_changes_country"))
        batch_op.create_index("ix_change_country_day", ["country", "occurred_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.drop_index("ix_change_country_day")
        batch_op.create_index(batch_op.f("ix_changes_country"), ["country"], unique=False)
