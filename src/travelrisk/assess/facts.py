"""Stored news facts as the assessment sees them, and the evidence each one carries (pure)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from travelrisk.model import Evidence


@dataclass(frozen=True)
class FactView:
    """A stored news fact with what is known about its article; `published` is the article's date (the day it
    was stored when it states none)."""

    kind: str  # advisory | border | mission
    actor: str
    target: str | None
    action: str | None
    level: int | None
    published: dt.date
    data: dict[str, Any]
    outlet: str | None
    url: str | None
    story_id: int | None
    document_id: int
    article_id: int
    fact_id: int = 0  # the stored fact's id (0: not stored)


def news_evidence(fact: FactView) -> Evidence:
    """The fact's quote and span in its article, with the article's provenance."""
    quoted = fact.data.get("evidence") or {}
    return Evidence(
        quote=quoted.get("quote"),
        start=quoted.get("start"),
        end=quoted.get("end"),
        document_id=fact.document_id,
        article_id=fact.article_id,
        outlet=fact.outlet,
        url=fact.url,
        published=fact.published,
        origin="news",
        confidence=fact.data.get("confidence"),
    )
