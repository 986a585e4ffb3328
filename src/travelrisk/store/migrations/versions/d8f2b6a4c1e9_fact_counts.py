"""The maintained picture's counts: `fact_counts`, one row per group of stored news facts

Revision ID: d8f2b6a4c1e9
Revises: c8f1e2a94b67
Create Date: 2026-12-02 06:50:00

A picture reads these counts instead of counting every stored fact. They are derived data: filled here from
`news_facts` (as `travelrisk rebuild` does), then kept in the transaction that stores facts.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "d8f2b6a4c1e9"
down_revision = "c8f1e2a94b67"
branch_labels = None
depends_on = None


def _key(*parts: object) -> str:
    """The row key of `store.fact_counts.Counted.key`, frozen here."""
    return "|".join("" if part is None else str(part) for part in parts)[:300]


def upgrade() -> None:
    table = op.create_table(
        "fact_counts",
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("actor", sa.String(length=2), nullable=False),
        sa.Column("target", sa.String(length=2), nullable=True),
        sa.Column("action", sa.String(length=30), nullable=True),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("first", sa.Date(), nullable=False),
        sa.Column("last", sa.Date(), nullable=False),
        sa.Column("story_low", sa.Integer(), nullable=False),
        sa.Column("story_high", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index("ix_fact_count_actor", "fact_counts", ["actor"], unique=False)
    op.create_index("ix_fact_count_target", "fact_counts", ["target"], unique=False)
    facts = sa.table(
        "news_facts",
        sa.column("kind"),
        sa.column("actor"),
        sa.column("target"),
        sa.column("action"),
        sa.column("level"),
        sa.column("published", sa.Date()),
        sa.column("story_id"),
        sa.column("article_id"),
    )
    articles = sa.table("articles", sa.column("id"), sa.column("outlet"))
    story = sa.func.coalesce(facts.c.story_id, facts.c.article_id)
    columns = (facts.c.kind, facts.c.actor, facts.c.target, facts.c.action, facts.c.level, articles.c.outlet)
    rows = (
        op.get_bind()
        .execute(
            sa.select(
                *columns,
                sa.func.count(),
                sa.func.min(facts.c.published),
                sa.func.max(facts.c.published),
                sa.func.min(story),
                sa.func.max(story),
            )
            .select_from(facts.join(articles, articles.c.id == facts.c.article_id))
            .where(facts.c.published.is_not(None))
            .group_by(*columns)
        )
        .all()
    )
    merged: dict[str, dict[str, Any]] = {}
    for kind, actor, target, action, level, outlet, count, first, last, low, high in rows:
        key = _key(kind, actor, target, action, level, outlet)
        seen = merged.get(key)
        if seen is None:
            merged[key] = {
                "key": key,
                "kind": kind,
                "actor": actor,
                "target": target,
                "action": action,
                "level": level,
                "outlet": outlet,
                "count": count,
                "first": first,
                "last": last,
                "story_low": low,
                "story_high": high,
            }
        else:  # an outlet longer than the key keeps: added up
            seen.update(
                count=seen["count"] + count,
                first=min(seen["first"], first),
                last=max(seen["last"], last),
                story_low=min(seen["story_low"], low),
                story_high=max(seen["story_high"], high),
            )
    values = list(merged.values())
    for start in range(0, len(values), 1000):
        op.bulk_insert(table, values[start : start + 1000])


def downgrade() -> None:
    op.drop_index("ix_fact_count_target", table_name="fact_counts")
    op.drop_index("ix_fact_count_actor", table_name="fact_counts")
    op.drop_table("fact_counts")
