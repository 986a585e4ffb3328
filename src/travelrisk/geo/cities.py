"""Cities hosting diplomatic missions (derived from the missions data, see NOTICE) and entry restrictions
between neighbours: starting points and notes for exit advice."""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources

from travelrisk.geo.countries import normalise_name
from travelrisk.geo.crossings import fold

DATA = resources.files("travelrisk.geo") / "data"


@cache
def cities() -> tuple[tuple[str, str, float, float], ...]:
    """(name, ISO2, lat, lon) of cities hosting diplomatic missions (derived from the missions data)."""
    with (DATA / "cities.csv").open(encoding="utf-8") as fh:
        return tuple((r["city"], r["country"], float(r["lat"]), float(r["lon"])) for r in csv.DictReader(fh))


def find_city(name: str, country: str | None = None) -> tuple[str, str, float, float] | None:
    key = normalise_name(fold(name))
    matches = [c for c in cities() if normalise_name(fold(c[0])) == key]
    if country:
        matches = [c for c in matches if c[1] == country] or matches
    return matches[0] if matches else None


@cache
def entry_restrictions() -> tuple[dict[str, str], ...]:
    text = (DATA / "entry_restrictions.csv").read_text(encoding="utf-8")
    lines = "".join(line for line in io.StringIO(text) if not line.startswith("#"))
    return tuple(csv.DictReader(io.StringIO(lines)))
