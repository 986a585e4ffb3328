"""Stored news articles: the text verbatim, its extraction, and its facts flattened for queries."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from travelrisk.model import Article, Extraction
from travelrisk.store.documents import save_document
from travelrisk.store.tables import ArticleRecord, NewsFact


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
                "data": a.model_dump(mode="json"),
            }
        )
    for b in extraction.border_events:
        rows.append(
            {
                "kind": "border",
                "actor": b.country,
                "target": b.neighbor,
                "action": b.action.value,
                "level": None,
                "published": published,
                "data": b.model_dump(mode="json"),
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
                "data": m.model_dump(mode="json"),
            }
        )
    return rows


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
        extraction=extraction.model_dump(mode="json"),
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
