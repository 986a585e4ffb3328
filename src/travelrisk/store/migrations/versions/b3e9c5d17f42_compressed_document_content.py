"""Compressed document content: `documents.content_encoding` ("zlib", or null for bytes as received)

Revision ID: b3e9c5d17f42
Revises: a7d2f4c81e35
Create Date: 2026-12-02 06:35:00

Rows stored before this revision keep their bytes as received (null encoding) and read as before; new
documents are stored zlib-compressed when that makes them smaller. `articles.extraction` no longer repeats
the facts, which are `news_facts` rows: old rows keep their full extraction, which reads the same.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "b3e9c5d17f42"
down_revision = "a7d2f4c81e35"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("content_encoding", sa.String(length=10), nullable=True))


def downgrade() -> None:
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT count(*) FROM documents WHERE content_encoding IS NOT NULL")).scalar():
        raise RuntimeError("documents are stored compressed: a downgrade would leave them unreadable")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("content_encoding")
