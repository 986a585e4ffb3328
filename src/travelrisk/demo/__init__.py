"""Bundled demo data for a first start: official advisory snapshots (open government data, see NOTICE) and a
few articles written for travelrisk. Crossings and missions ship in `travelrisk.geo`."""

from __future__ import annotations

import gzip
from importlib import resources

from sqlalchemy import Engine, func, select

from travelrisk.advisories import store_payload
from travelrisk.extract.pipeline import extract
from travelrisk.ingest import ingest
from travelrisk.sources.news.readers import ReadError, read_bytes
from travelrisk.store.db import session_scope
from travelrisk.store.tables import Document

DEMO = resources.files("travelrisk.demo")


def is_empty(engine: Engine) -> bool:
    with session_scope(engine) as session:
        return session.execute(select(func.count()).select_from(Document)).scalar_one() == 0


def load_demo(engine: Engine) -> dict[str, int]:
    """Import the bundled advisory snapshots and demo articles (idempotent: stored payloads are skipped)."""
    counts = {"advisories": 0, "articles": 0}
    for entry in sorted((DEMO / "advisories").iterdir(), key=lambda e: e.name):
        data = entry.read_bytes()
        if entry.name.endswith(".gz"):
            data = gzip.decompress(data)
        source = entry.name.partition("_")[0]
        issuer = None
        if source.startswith("archive-"):
            source, issuer = "archive", source.split("-", 1)[1]
        report = store_payload(engine, source, data, name=f"demo/{entry.name}", issuer=issuer)
        counts["advisories"] += report.advisories
    for entry in sorted((DEMO / "articles").iterdir(), key=lambda e: e.name):
        for article in read_bytes(entry.read_bytes(), f"demo/{entry.name}", entry.name.rsplit(".", 1)[0]):
            if not isinstance(article, ReadError):
                article = article.model_copy(update={"outlet": "travelrisk demo article"})
                counts["articles"] += int(ingest(engine, article, extract(article)).stored)
    return counts
