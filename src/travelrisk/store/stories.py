"""Near-duplicate lookups in the database: LSH bands of stored articles and their MinHash signatures."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from sqlalchemy import Table, bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from travelrisk.store.db import among, rows_among
from travelrisk.store.tables import ArticleBand, ArticleRecord, NewsFact

NEWEST_PER_BAND = 50  # stored articles read per band key: a near-copy follows its original within days


def band_candidates(session: Session, keys: Iterable[int]) -> dict[int, set[int]]:
    """The newest stored articles (at most NEWEST_PER_BAND) sharing each band key (the leading column of the
    table's primary key). Bounded so that storing an article costs the same in year five as in year one: a
    text syndicated thousands of times would otherwise make every new copy read and compare all of them."""
    found: dict[int, set[int]] = {}
    band = ArticleBand
    newest_first = func.row_number().over(partition_by=band.key, order_by=band.article_id.desc())
    for condition in among(session, band.key, sorted(set(keys))):
        ranked = select(band.key, band.article_id, newest_first.label("rank")).where(condition).subquery()
        rows = session.execute(select(ranked.c.key, ranked.c.article_id).where(ranked.c.rank <= NEWEST_PER_BAND))
        for key, article_id in rows:
            found.setdefault(key, set()).add(article_id)
    return found


def signatures(session: Session, article_ids: Iterable[int]) -> dict[int, tuple[int, np.ndarray]]:
    """Stored articles' (story id, MinHash hash values), by article id."""
    out: dict[int, tuple[int, np.ndarray]] = {}
    query = select(ArticleRecord.id, ArticleRecord.story_id, ArticleRecord.minhash)
    for other_id, story_id, data in rows_among(session, query, ArticleRecord.id, sorted(set(article_ids))):
        if data is not None:
            out[other_id] = (story_id or other_id, np.frombuffer(data, dtype=np.uint64))
    return out


def save_story(session: Session, record: ArticleRecord, values: np.ndarray, story: int, keys: list[int]) -> None:
    """One article's signature, story id and LSH bands; its facts take the story id too."""
    record.minhash = values.tobytes()
    record.story_id = story
    session.add_all(ArticleBand(key=key, article_id=record.id) for key in sorted(set(keys)))
    session.execute(update(NewsFact).where(NewsFact.article_id == record.id).values(story_id=story))
    session.flush()


def clear_bands(session: Session) -> None:
    """Every stored band key (before they are all computed again)."""
    session.execute(delete(ArticleBand))


def articles_after(session: Session, last: int, limit: int) -> list[tuple[int, int]]:
    """(article id, document id) of the next `limit` articles after id `last`, in id order."""
    rows = session.execute(
        select(ArticleRecord.id, ArticleRecord.document_id)
        .where(ArticleRecord.id > last)
        .order_by(ArticleRecord.id)
        .limit(limit)
    )
    return [(article_id, document_id) for article_id, document_id in rows]


def save_stories(session: Session, rows: list[tuple[int, np.ndarray, int, list[int]]]) -> None:
    """(article id, signature, story id, band keys) of several articles: signatures and story ids updated
    (their facts' too), band keys inserted in key order."""
    if not rows:
        return
    articles, facts, bands = (_table(m) for m in (ArticleRecord, NewsFact, ArticleBand))
    connection = session.connection()
    connection.execute(
        update(articles)
        .where(articles.c.id == bindparam("row_id"))
        .values(minhash=bindparam("signature"), story_id=bindparam("story")),
        [{"row_id": i, "signature": values.tobytes(), "story": story} for i, values, story, _keys in rows],
    )
    connection.execute(
        update(facts).where(facts.c.article_id == bindparam("row_id")).values(story_id=bindparam("story")),
        [{"row_id": i, "story": story} for i, _values, story, _keys in rows],
    )
    connection.execute(
        bands.insert(),
        [
            {"key": key, "article_id": i}
            for key, i in sorted({(key, i) for i, _values, _story, keys in rows for key in keys})
        ],
    )


def _table(model: type[ArticleRecord] | type[NewsFact] | type[ArticleBand]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table
