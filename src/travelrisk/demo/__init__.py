"""Bundled demo data for a first start: official advisory snapshots (open government data, see NOTICE) and a
few articles written for travelrisk. Crossings and missions ship in `travelrisk.geo`. Reading only: loading
them is `TravelRisk.load_demo()`."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from travelrisk.model import Article
from travelrisk.sources.news.readers import ReadError, read_bytes

DEMO = resources.files("travelrisk.demo")


@dataclass(frozen=True)
class DemoPayload:
    source: str  # the official source's name
    issuer: str | None  # for a shared format (archive)
    name: str
    data: bytes


def advisory_payloads() -> Iterator[DemoPayload]:
    """The bundled advisory snapshots; a file is named `<source>_<date>` or `archive-<ISSUER>_<date>`."""
    for entry in sorted((DEMO / "advisories").iterdir(), key=lambda e: e.name):
        data = entry.read_bytes()
        if entry.name.endswith(".gz"):
            data = gzip.decompress(data)
        source, issuer = entry.name.partition("_")[0], None
        if source.startswith("archive-"):
            source, issuer = "archive", source.split("-", 1)[1]
        yield DemoPayload(source, issuer, f"demo/{entry.name}", data)


def articles() -> Iterator[Article]:
    for entry in sorted((DEMO / "articles").iterdir(), key=lambda e: e.name):
        for article in read_bytes(entry.read_bytes(), f"demo/{entry.name}", entry.name.rsplit(".", 1)[0]):
            if not isinstance(article, ReadError):
                yield article.model_copy(update={"outlet": "travelrisk demo article"})
