"""Exit advice: for a country (and optionally a starting city), each neighbour's open and restricted
crossings, since when and why, their distance, and what applies on the other side."""

from __future__ import annotations

import csv
import datetime as dt
import io
from functools import cache
from importlib import resources
from typing import Any

from sqlalchemy import Engine

from travelrisk import advisories as advisories_lib
from travelrisk.crossings import crossings_report
from travelrisk.geo.countries import country_name, neighbours, normalise_name
from travelrisk.geo.crossings import fold
from travelrisk.geo.shapes import haversine_km
from travelrisk.store.db import get_engine

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


def exits_report(
    country: str, *, from_city: str | None = None, as_of: dt.date | None = None, engine: Engine | None = None
) -> dict[str, Any]:
    """Neighbours with their crossings, nearest first when a starting city is given."""
    engine = engine or get_engine()
    as_of = as_of or dt.date.today()
    origin = find_city(from_city, country) if from_city else None
    if from_city and origin is None:
        raise LookupError(f"unknown city {from_city!r}: use a city that hosts diplomatic missions, e.g. the capital")
    items = crossings_report(country, as_of, engine=engine)
    groups: dict[str, dict[str, Any]] = {}
    for neighbour in neighbours(country):
        groups[neighbour] = {
            "neighbour": neighbour,
            "name": country_name(neighbour),
            "open": [],
            "restricted": [],
            "closed": [],
            "reported": [],
            "distance_km": None,
        }
    for item in items:
        other = item["countries"][1] if item["countries"][0] == country else item["countries"][0]
        group = groups.setdefault(
            other,
            {
                "neighbour": other,
                "name": country_name(other),
                "open": [],
                "restricted": [],
                "closed": [],
                "reported": [],
                "distance_km": None,
            },
        )
        if item["kind"] == "pair":
            group["reported"].append(item)
            continue
        if origin and item["coordinates"]:
            item["distance_km"] = round(haversine_km(origin[2], origin[3], *item["coordinates"]), 1)
        group[item["status"]].append(item)
    for group in groups.values():
        usable = [c["distance_km"] for c in group["open"] + group["restricted"] if c.get("distance_km") is not None]
        group["distance_km"] = min(usable) if usable else None
        for key in ("open", "restricted"):
            group[key].sort(key=lambda c: (c.get("distance_km") is None, c.get("distance_km") or 0, c["id"]))
        other_side = advisories_lib.show(group["neighbour"], as_of, engine=engine)
        group["advisories"] = [
            {k: a[k] for k in ("issuer", "level", "level_raw", "directive", "since")} for a in other_side
        ]
        group["entry_restrictions"] = [
            r
            for r in entry_restrictions()
            if r["from_country"] == country
            and r["to_country"] == group["neighbour"]
            and r["since"] <= as_of.isoformat()
        ]
    ordered = sorted(
        groups.values(),
        key=lambda g: (
            g["distance_km"] is None,
            g["distance_km"] or 0,
            not (g["open"] or g["restricted"]),
            g["neighbour"],
        ),
    )
    return {
        "country": country,
        "as_of": as_of.isoformat(),
        "from": {"city": origin[0], "lat": origin[2], "lon": origin[3]} if origin else None,
        "neighbours": ordered,
    }
