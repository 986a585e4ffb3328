"""Near-duplicate lookups in the database: LSH bands of stored articles and their MinHash signatures."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from travelrisk.store.tables import ArticleBand, ArticleRecord, NewsFact


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


def signatures(session: Session, article_ids: Iterable[int]) -> dict[int, tuple[int, np.ndarray]]:
    """Stored articles' (story id, MinHash hash values), by article id."""
    ids = sorted(set(article_ids))
    out: dict[int, tuple[int, np.ndarray]] = {}
    for start in range(0, len(ids), 1000):
        for other_id, story_id, data in session.execute(
            select(ArticleRecord.id, ArticleRecord.story_id, ArticleRecord.minhash).where(
                ArticleRecord.id.in_(ids[start : start + 1000])
            )
        ).all():
            if data is not None:
                out[other_id] = (story_id or other_id, np.frombuffer(data, dtype=np.uint64))
    return out


def save_story(
    session: Session, record: ArticleRecord, values: np.ndarray, story: int, bands: list[tuple[int, str]]
) -> None:
    """One article's signature, story id and LSH bands; its facts take the story id too."""
    record.minhash = values.tobytes()
    record.story_id = story
    session.add_all(ArticleBand(band=i, digest=d, article_id=record.id) for i, d in bands)
    session.execute(update(NewsFact).where(NewsFact.article_id == record.id).values(story_id=story))
    session.flush()
