"""Near-duplicate detection: syndicated copies of one story (the same text under several outlets) form one
story, so corroboration counts them once. MinHash over word 5-shingles (datasketch), banded for LSH lookups
that work from the database in any process."""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash
from sqlalchemy import select
from sqlalchemy.orm import Session

from travelrisk.store.tables import ArticleBand, ArticleRecord, NewsFact

NUM_PERM = 128
BANDS, ROWS = 32, 4  # candidate threshold ~ (1/32)^(1/4) = 0.42 Jaccard; confirmed below at SAME_STORY
SAME_STORY = 0.6  # estimated Jaccard of 5-shingles at or above which two texts are one story
SHINGLE = 5
SCHEME = "affine32"  # stored signatures name their scheme: datasketch >= 2 compares only like with like
_WORD = re.compile(r"\w+")


def signature(text: str) -> MinHash:
    words = _WORD.findall(text.casefold())
    minhash = MinHash(num_perm=NUM_PERM, seed=17, scheme=SCHEME)
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash


def band_digests(minhash: MinHash) -> list[str]:
    values = minhash.hashvalues.astype(np.uint64)
    return [
        hashlib.blake2b(values[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=16).hexdigest() for b in range(BANDS)
    ]


def similarity(a: MinHash, b: MinHash) -> float:
    return float(a.jaccard(b))


def _load(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=17, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype=np.uint64))


def closest_story(values: np.ndarray, stored: list[tuple[int, np.ndarray]]) -> int | None:
    """The story of the most similar stored signature (story id, hash values) when its estimated Jaccard —
    the share of equal hash values, as datasketch computes it — reaches SAME_STORY; the first wins a tie."""
    if not stored:
        return None
    scores = np.count_nonzero(np.stack([other for _story, other in stored]) == values, axis=1) / NUM_PERM
    best = int(np.argmax(scores))
    return stored[best][0] if scores[best] >= SAME_STORY else None


def band_candidates(session: Session, pairs: list[tuple[int, str]]) -> dict[tuple[int, str], set[int]]:
    """Stored articles sharing each (band, digest) pair. Looked up by digest, the leading column of the
    index: SQLite answers a row-value `(band, digest) IN (...)` with a full table scan."""
    wanted = set(pairs)
    found: dict[tuple[int, str], set[int]] = {}
    digests = sorted({digest for _band, digest in wanted})
    for start in range(0, len(digests), 1000):
        for band, digest, article_id in session.execute(
            select(ArticleBand.band, ArticleBand.digest, ArticleBand.article_id).where(
                ArticleBand.digest.in_(digests[start : start + 1000])
            )
        ):
            if (band, digest) in wanted:
                found.setdefault((band, digest), set()).add(article_id)
    return found


def assign_story(session: Session, record: ArticleRecord, text: str) -> int:
    """Give the article the story id of a stored near-duplicate, or its own id; returns the story id."""
    minhash = signature(text)
    pairs = list(enumerate(band_digests(minhash)))
    candidates = {i for found in band_candidates(session, pairs).values() for i in found} - {record.id}
    values = minhash.hashvalues.astype(np.uint64)
    stored: list[tuple[int, np.ndarray]] = []
    if candidates:
        rows = session.execute(
            select(ArticleRecord.id, ArticleRecord.story_id, ArticleRecord.minhash).where(
                ArticleRecord.id.in_(sorted(candidates))
            )
        ).all()
        stored = [
            (other_story or other_id, np.frombuffer(data, dtype=np.uint64))
            for other_id, other_story, data in rows
            if data is not None
        ]
    story = closest_story(values, stored) or record.id
    record.minhash = values.tobytes()
    record.story_id = story
    session.add_all(ArticleBand(band=i, digest=d, article_id=record.id) for i, d in pairs)
    session.execute(NewsFact.__table__.update().where(NewsFact.article_id == record.id).values(story_id=story))
    session.flush()
    return story
