"""The overview's counts: `fact_totals`, one row per group of stored news facts over every outlet

Revision ID: c2d6e8a1f4b9
Revises: b7e4c2a9d5f1
Create Date: 2026-12-02 13:10:00

`fact_counts` keeps a row per group and outlet, which grows with the outlets of a backfill; the overview of
every country needs no outlet names and reads these instead. Derived data: filled here from `fact_counts` (as
`travelrisk rebuild` does from the facts), then kept beside it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c2d6e8a1f4b9"
down_revision = "b7e4c2a9d5f1"
branch_labels = None
depends_on = None


def _key(*parts: object) -> str:
    """The row key of `store.fact_counts.Counted.key` with no outlet, frozen here."""
    return "|".join("" if part is None else str(part) for part in (*parts, None))[:300]


def upgrade() -> None:
    table = op.create_table(
        "fact_totals",
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("actor", sa.String(length=2), nullable=False),
        sa.Column("target", sa.String(length=2), nullable=True),
        sa.Column("action", sa.String(length=30), nullable=True),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("first", sa.Date(), nullable=False),
        sa.Column("last", sa.Date(), nullable=False),
        sa.Column("story_low", sa.Integer(), nullable=False),
        sa.Column("story_high", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    counts = sa.table(
        "fact_counts",
        *(sa.column(name) for name in ("kind", "actor", "target", "action", "level", "count", "story_low")),
        *(sa.column(name, sa.Date()) for name in ("first", "last")),
        sa.column("story_high"),
    )
    group = (counts.c.kind, counts.c.actor, counts.c.target, counts.c.action, counts.c.level)
    rows = op.get_bind().execute(
        sa.select(
            *group,
            sa.func.sum(counts.c.count),
            sa.func.min(counts.c.first),
            sa.func.max(counts.c.last),
            sa.func.min(counts.c.story_low),
            sa.func.max(counts.c.story_high),
        ).group_by(*group)
    )
    values = [
        {
            "key": _key(kind, actor, target, action, level),
            "kind": kind,
            "actor": actor,
            "target": target,
            "action": action,
            "level": level,
            "count": int(count),
            "first": first,
            "last": last,
            "story_low": low,
            "story_high": high,
        }
        for kind, actor, target, action, level, count, first, last, low, high in rows
    ]
    for start in range(0, len(values), 1000):
        op.bulk_insert(table, values[start : start + 1000])


def downgrade() -> None:
    op.drop_table("fact_totals")
