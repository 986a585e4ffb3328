"""The maintained timeline of news (`timeline_lines`), and indexes for a country's newest advisory reports
and an embassy's statuses

Revision ID: b7e4c2a9d5f1
Revises: a1c5e9d3f7b2
Create Date: 2026-12-02 09:30:00

A country's timeline is read a page at a time from these rows instead of grouping every stored fact about the
country. Derived data: filled here from `news_facts` (as `travelrisk rebuild` does), then kept in the
transaction that stores facts. The indexes let a picture seek the newest reports of each advisory group, each status's days of an
embassy and each host's newest status instead of reading all of them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "b7e4c2a9d5f1"
down_revision = "a1c5e9d3f7b2"
branch_labels = None
depends_on = None


def _text(length: int) -> sa.types.TypeEngine[str]:
    # compared byte by byte, as Python compares str (the timeline's keyset order)
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "timeline_lines",
        sa.Column("country", _text(2), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", _text(20), nullable=False),
        sa.Column("actor", _text(2), nullable=False),
        sa.Column("target", _text(2), nullable=False),
        sa.Column("action", _text(30), nullable=False),
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("country", "day", "kind", "actor", "target", "action"),
        sqlite_with_rowid=False,
    )
    # the facts' lines, as store.timeline writes them (frozen here): on the target's timeline, and on the
    # actor's when the actor is another country
    on_target = """
        SELECT target, published, kind, actor, target, COALESCE(action, ''), MAX(id) FROM news_facts
        WHERE published IS NOT NULL AND target IS NOT NULL
        GROUP BY target, published, kind, actor, COALESCE(action, '')"""
    on_actor = """
        SELECT actor, published, kind, actor, COALESCE(target, ''), COALESCE(action, ''), MAX(id) FROM news_facts
        WHERE published IS NOT NULL AND (target IS NULL OR target <> actor)
        GROUP BY actor, published, kind, COALESCE(target, ''), COALESCE(action, '')"""
    for lines in (on_target, on_actor):
        op.execute("INSERT INTO timeline_lines (country, day, kind, actor, target, action, fact_id)" + lines)

    op.create_index("ix_fact_advice", "news_facts", ["target", "kind", "actor", "action", "level", "published"])
    op.create_index(
        "ix_mission_event_status", "mission_events", ["operator", "host", "origin", "status", "effective_on"]
    )
    op.create_index("ix_mission_event_host_day", "mission_events", ["host", "effective_on"])


def downgrade() -> None:
    op.drop_index("ix_mission_event_host_day", table_name="mission_events")
    op.drop_index("ix_mission_event_status", table_name="mission_events")
    op.drop_index("ix_fact_advice", table_name="news_facts")
    op.drop_table("timeline_lines")
