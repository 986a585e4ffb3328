"""Integer LSH band keys: one BIGINT per band instead of (band, 32 hex digits), keyed (key, article_id)

Revision ID: a7d2f4c81e35
Revises: e5a7c3b1d9f2
Create Date: 2026-12-02 06:20:00

The bands are derived data: the new keys are computed from each article's stored MinHash signature
(`articles.minhash`), so the old rows are dropped, not read. The key function is copied here, frozen, so this
migration gives the same keys whatever `assess.stories.band_keys` becomes (a test checks they agree today).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import sqlalchemy as sa
from alembic import op

revision = "a7d2f4c81e35"
down_revision = "e5a7c3b1d9f2"
branch_labels = None
depends_on = None

BANDS, ROWS = 32, 4
_BATCH = 2000


def band_keys(minhash: bytes) -> list[int]:
    """The keys of `assess.stories.band_keys` from the stored signature (128 little-endian uint64)."""
    width = ROWS * 8
    return [
        int.from_bytes(
            hashlib.blake2b(bytes([b]) + minhash[b * width : (b + 1) * width], digest_size=8).digest(),
            "little",
            signed=True,
        )
        for b in range(BANDS)
    ]


def band_digests(minhash: bytes) -> list[str]:
    """The former (band, digest) form, for the downgrade."""
    width = ROWS * 8
    return [hashlib.blake2b(minhash[b * width : (b + 1) * width], digest_size=16).hexdigest() for b in range(BANDS)]


def _signatures() -> Iterator[list[tuple[int, bytes]]]:
    """Stored (article id, signature) pairs, a batch at a time, in id order."""
    connection = op.get_bind()
    last = 0
    while True:
        rows = connection.execute(
            sa.text("SELECT id, minhash FROM articles WHERE minhash IS NOT NULL AND id > :last ORDER BY id LIMIT :n"),
            {"last": last, "n": _BATCH},
        ).all()
        if not rows:
            return
        last = rows[-1][0]
        yield [(int(i), bytes(m)) for i, m in rows]


def upgrade() -> None:
    with op.batch_alter_table("article_bands", schema=None) as batch_op:
        batch_op.drop_index("ix_article_band")
        batch_op.drop_index(batch_op.f("ix_article_bands_article_id"))
    op.drop_table("article_bands")
    bands = op.create_table(
        "article_bands",
        sa.Column("key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("article_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"]),
        sa.PrimaryKeyConstraint("key", "article_id"),
        sqlite_with_rowid=False,
    )
    for batch in _signatures():
        rows = {(key, article_id) for article_id, minhash in batch for key in band_keys(minhash)}
        op.bulk_insert(bands, [{"key": k, "article_id": a} for k, a in sorted(rows)])


def downgrade() -> None:
    op.drop_table("article_bands")
    bands = op.create_table(
        "article_bands",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("band", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=32), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("article_bands", schema=None) as batch_op:
        batch_op.create_index("ix_article_band", ["digest", "band", "article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_article_bands_article_id"), ["article_id"], unique=False)
    for batch in _signatures():
        op.bulk_insert(
            bands,
            [
                {"band": b, "digest": d, "article_id": article_id}
                for article_id, minhash in batch
                for b, d in enumerate(band_digests(minhash))
            ],
        )
