"""Stored news articles: the text verbatim, its extraction, and its facts flattened for queries."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from travelrisk.model import Article, Extraction
from travelrisk.store.documents import save_document
from travelrisk.store.tables import ArticleRecord, NewsFact


def crossings_counted(data: dict[str, Any]) -> int | None:
    """How many crossings a border report says were affected when it names none ("closed two of six
    crossings"); None for a report that names its crossings or gives no number."""
    affected = data.get("crossings_affected")
    return affected if affected and not data.get("crossing_names") else None


def facts_of(extraction: Extraction, published: dt.date | None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for a in extraction.advisories:
        rows.append(
            {
                "kind": "advisory",
                "actor": a.issuer,
                "target": a.subject,
                "action": a.directive.value if a.directive else None,
                "level": a.level,
                "published": published,
                "crossings_counted": None,
                "data": a.model_dump(mode="json"),
            }
        )
    for b in extraction.border_events:
        data = b.model_dump(mode="json")
        rows.append(
            {
                "kind": "border",
                "actor": b.country,
                "target": b.neighbor,
                "action": b.action.value,
                "level": None,
                "published": published,
                "crossings_counted": crossings_counted(data),
                "data": data,
            }
        )
    for m in extraction.mission_events:
        rows.append(
            {
                "kind": "mission",
                "actor": m.mission_of,
                "target": m.in_country,
                "action": m.action.value,
                "level": None,
                "published": published,
                "crossings_counted": None,
                "data": m.model_dump(mode="json"),
            }
        )
    return rows


def allocate_ids(session: Session, count: int) -> list[int]:
    """`count` new `articles` ids, known before the rows are written (so a row is written once, story id
    included, never updated). PostgreSQL: from the table's sequence, safe with concurrent writers; SQLite:
    after the largest id, under the write lock the caller holds (BEGIN IMMEDIATE)."""
    if count <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return list(
            session.execute(
                text("SELECT nextval(pg_get_serial_sequence('articles', 'id')) FROM generate_series(1, :n)"),
                {"n": count},
            ).scalars()
        )
    last = session.execute(select(func.coalesce(func.max(ArticleRecord.id), 0))).scalar_one()
    return list(range(last + 1, last + 1 + count))


FACT_LISTS = {"advisory": "advisories", "border": "border_events", "mission": "mission_events"}


def without_facts(extraction: dict[str, Any]) -> dict[str, Any]:
    """An extraction's JSON as `articles.extraction` keeps it: its facts are stored once, as `news_facts`."""
    return {key: value for key, value in extraction.items() if key not in FACT_LISTS.values()}


def extraction_of(session: Session, record_id: int) -> Extraction:
    """A stored article's extraction, its facts put back in their order from `news_facts`."""
    stored = session.execute(select(ArticleRecord.extraction).where(ArticleRecord.id == record_id)).scalar_one()
    data: dict[str, Any] = {**stored, **{name: [] for name in FACT_LISTS.values()}}
    for kind, fact in session.execute(
        select(NewsFact.kind, NewsFact.data).where(NewsFact.article_id == record_id).order_by(NewsFact.id)
    ):
        data[FACT_LISTS[kind]].append(fact)
    return Extraction.model_validate(data)


def store_article_in(
    session: Session, article: Article, extraction: Extraction, *, outlet: str | None = None
) -> ArticleRecord | None:
    document, created = save_document(
        session,
        kind="article",
        source=article.source,
        content=article.text.encode("utf-8"),
        url=article.url,
        published=article.published,
        outlet=outlet or article.outlet,
    )
    if not created:
        return None
    record = ArticleRecord(
        document_id=document.id,
        article_id=article.id[:300],
        published=article.published,
        outlet=outlet or article.outlet,
        url=article.url,
        extraction=without_facts(extraction.model_dump(mode="json")),
    )
    session.add(record)
    session.flush()
    facts = [
        NewsFact(article_id=record.id, story_id=record.story_id, **row)
        for row in facts_of(extraction, article.published)
    ]
    session.add_all(facts)
    session.flush()
    return record
