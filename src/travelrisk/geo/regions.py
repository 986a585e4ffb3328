"""Well-known regions inside countries that travel advice is often about on its own ("against all travel to
Crimea", "not to travel to Tigray"): their names and the country each lies in.

`data/regions.csv` is written for travelrisk from general geographic knowledge (a region's name and country are
facts); only regions whose name names one country are listed (not "Kashmir").
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from travelrisk.geo.countries import DATA
from travelrisk.geo.gazetteer import folded_key, whole_names_in


@dataclass(frozen=True, slots=True)
class RegionMention:
    start: int
    end: int
    name: str  # as written in the text
    iso2: str  # the country it lies in


@cache
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    text = (DATA / "regions.csv").read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(text)):
        for name in [row["name"], *filter(None, row["other_names"].split("|"))]:
            key = folded_key(name)
            automaton.add_word(key, (len(key), row["country"]))
    automaton.make_automaton()
    return automaton


def regions_in(text: str, start: int = 0, end: int | None = None) -> list[RegionMention]:
    """The listed regions named in `text[start:end]`, whole words, longest first where they overlap."""
    stop = len(text) if end is None else end
    return [r for r in _regions_of(text) if start <= r.start and r.end <= stop]


@lru_cache(maxsize=16)  # every directive of a sentence asks about a part of it
def _regions_of(text: str) -> tuple[RegionMention, ...]:
    return tuple(RegionMention(first, last, text[first:last], iso2) for first, last, iso2 in whole_names_in(_automaton(), text))
