"""Exit advice: for a country (and optionally a starting city), each neighbour's open and restricted
crossings, since when and why, their distance, and what applies on the other side. A crossing whose status is
`unknown` (no dated, sourced status) is listed apart and never counted as a way out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from travelrisk.errors import NotFound
from travelrisk.geo.cities import entry_restrictions, find_city
from travelrisk.geo.countries import country_name, neighbours
from travelrisk.geo.shapes import haversine_km
from travelrisk.services.advisories import show
from travelrisk.services.crossings import crossings_report


def exits_report(
    session: Session,
    country: str,
    *,
    from_city: str | None = None,
    as_of: dt.date | None = None,
    reports: int | None = None,
) -> dict[str, Any]:
    """Neighbours with their crossings, nearest first when a starting city is given (with the newest `reports`
    count-only news reports when given, else all)."""
    as_of = as_of or dt.date.today()
    origin = find_city(from_city, country) if from_city else None
    if from_city and origin is None:
        raise NotFound(f"unknown city {from_city!r}: use a city that hosts diplomatic missions, e.g. the capital")
    items = crossings_report(session, country, as_of, reports=reports)
    groups: dict[str, dict[str, Any]] = {}
    for neighbour in neighbours(country):
        groups[neighbour] = {
            "neighbour": neighbour,
            "name": country_name(neighbour),
            "open": [],
            "restricted": [],
            "closed": [],
            "unknown": [],
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
                "unknown": [],
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
        other_side = show(session, group["neighbour"], as_of)
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
