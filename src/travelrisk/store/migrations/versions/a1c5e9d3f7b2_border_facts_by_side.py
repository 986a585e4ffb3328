"""News facts by side, kind and day

Revision ID: a1c5e9d3f7b2
Revises: f3a8d1c6b2e4
Create Date: 2026-12-02 07:35:00
"""

from __future__ import annotations

from alembic import op

revision = "a1c5e9d3f7b2"
down_revision = "f3a8d1c6b2e4"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a country's newest border reports, on either side, read newest first without reading all its facts
    op.create_index("ix_fact_actor_kind_day", "news_facts", ["actor", "kind", "published"])
    op.create_index("ix_fact_target_kind_day", "news_facts", ["target", "kind", "published"])


def downgrade() -> None:
    op.drop_index("ix_fact_target_kind_day", table_name="news_facts")
    op.drop_index("ix_fact_actor_kind_day", table_name="news_facts")
