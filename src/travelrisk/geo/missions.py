"""Diplomatic missions (Wikidata via database-of-embassies, CC0; see NOTICE) and the bundled status facts."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

DATA = resources.files("travelrisk.geo") / "data"


@dataclass(frozen=True)
class Mission:
    qid: str
    operator: str  # ISO2 of the sending state
    host: str  # ISO2 of the country it is in
    city: str
    type: str  # embassy, consulate, consulate general, permanent mission, ...
    lat: float | None
    lon: float | None

    @property
    def label(self) -> str:
        return f"{self.operator} {self.type} in {self.city or self.host}"


@dataclass(frozen=True)
class MissionStatusFact:
    """A dated status of one operator's missions in one host country, with its source."""

    operator: str
    host: str
    city: str
    date: dt.date
    status: str
    source_url: str
    quote: str


@cache
def bundled_missions() -> tuple[Mission, ...]:
    text = gzip.decompress((DATA / "missions.csv.gz").read_bytes()).decode("utf-8")
    with io.StringIO(text) as fh:
        return tuple(
            Mission(
                row["qid"],
                row["operator"],
                row["host"],
                row["city"],
                row["type"],
                float(row["lat"]) if row["lat"] else None,
                float(row["lon"]) if row["lon"] else None,
            )
            for row in csv.DictReader(fh)
        )


def missions(*, of: str | None = None, in_country: str | None = None) -> list[Mission]:
    """Missions of an operator and/or in a host country; embassies first."""
    found = [
        m
        for m in bundled_missions()
        if (of is None or m.operator == of) and (in_country is None or m.host == in_country)
    ]
    return sorted(found, key=lambda m: (m.operator, m.host, m.type != "embassy", m.city))


@cache
def bundled_status_facts() -> tuple[MissionStatusFact, ...]:
    text = (DATA / "mission_events.csv").read_text(encoding="utf-8")
    lines = "".join(line for line in io.StringIO(text) if not line.startswith("#"))
    return tuple(
        MissionStatusFact(
            row["operator"],
            row["host"],
            row["city"],
            dt.date.fromisoformat(row["date"]),
            row["status"],
            row["source_url"],
            row["quote"],
        )
        for row in csv.DictReader(io.StringIO(lines))
    )
