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


_COLUMNS = ("qid", "operator", "host", "city", "type", "lat", "lon")  # Mission's fields, in order


@cache
def mission_rows() -> tuple[tuple[str, ...], ...]:
    """The bundled missions as text, one tuple of Mission's fields each: a picture needs a country's few
    missions, and building all ~10,000 objects would cost a brief ~0.1 s."""
    text = gzip.decompress((DATA / "missions.csv.gz").read_bytes()).decode("utf-8")
    rows = csv.reader(io.StringIO(text))
    header = next(rows)
    order = [header.index(name) for name in _COLUMNS]
    return tuple(tuple(row[index] for index in order) for row in rows)


def _mission(row: tuple[str, ...]) -> Mission:
    qid, operator, host, city, kind, lat, lon = row
    return Mission(qid, operator, host, city, kind, float(lat) if lat else None, float(lon) if lon else None)


@cache
def bundled_missions() -> tuple[Mission, ...]:
    return tuple(_mission(row) for row in mission_rows())


def missions(*, of: str | None = None, in_country: str | None = None) -> list[Mission]:
    """Missions of an operator and/or in a host country; embassies first."""
    found = [
        _mission(row)
        for row in mission_rows()
        if (of is None or row[1] == of) and (in_country is None or row[2] == in_country)
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
