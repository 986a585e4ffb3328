"""Crossing statuses by origin and status

Revision ID: f3a8d1c6b2e4
Revises: d8f2b6a4c1e9
Create Date: 2026-12-02 07:30:00
"""

from __future__ import annotations

from alembic import op

revision = "f3a8d1c6b2e4"
down_revision = "d8f2b6a4c1e9"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a crossing's newest status of each kind, and its non-news statuses, read by seeks (not its whole history)
    op.create_index(
        "ix_crossing_event_origin_status", "crossing_events", ["crossing_id", "origin", "status", "effective_on"]
    )


def downgrade() -> None:
    op.drop_index("ix_crossing_event_origin_status", table_name="crossing_events")
