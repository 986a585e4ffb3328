"""Count-only border reports on their own index: `news_facts.crossings_counted`

Revision ID: e2b8d4f6a3c1
Revises: c2d6e8a1f4b9
Create Date: 2026-12-02 22:20:00

A border report that gives a number of crossings and names none ("closed two of six crossings") was found by
reading the JSON of every border fact of a country, newest first, until enough turned up: the whole border
history when there are few. The number now has its own column, set only on such reports, and two partial
indexes (by each side, newest first) hold only those rows. Filled here from the stored facts' JSON.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "e2b8d4f6a3c1"
down_revision = "c2d6e8a1f4b9"
branch_labels = None
depends_on = None

_COUNTED = sa.text("crossings_counted IS NOT NULL")


def upgrade() -> None:
    op.add_column("news_facts", sa.Column("crossings_counted", sa.Integer(), nullable=True))
    # as `store.articles.crossings_counted` decides, frozen here: a positive number and no crossing named
    if op.get_bind().dialect.name == "postgresql":
        affected = "(data ->> 'crossings_affected')::integer"
        names = "COALESCE(json_array_length(data -> 'crossing_names'), 0)"
    else:
        affected = "json_extract(data, '$.crossings_affected')"
        names = "COALESCE(json_array_length(data, '$.crossing_names'), 0)"
    op.execute(
        f"UPDATE news_facts SET crossings_counted = {affected} WHERE kind = 'border' AND {affected} > 0 AND {names} = 0"
    )
    for side in ("actor", "target"):
        op.create_index(
            f"ix_fact_counted_{side}",
            "news_facts",
            [side, "published", "id"],
            sqlite_where=_COUNTED,
            postgresql_where=_COUNTED,
        )


def downgrade() -> None:
    for side in ("actor", "target"):
        op.drop_index(f"ix_fact_counted_{side}", table_name="news_facts")
    with op.batch_alter_table("news_facts") as batch:
        batch.drop_column("crossings_counted")
