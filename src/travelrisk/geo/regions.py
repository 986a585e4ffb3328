"""Well-known regions inside countries that travel advice is often about on its own ("against all travel to
Crimea", "not to travel to Tigray"): their names and the country each lies in.

`data/regions.csv` is written for travelrisk from general geographic knowledge (a region's name and country are
facts); only regions whose name names one country are listed (not "Kashmir").
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache

import ahocorasick

from travelrisk.geo.countries import DATA
from travelrisk.geo.crossings import fold


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
            key = fold(name).lower()
            automaton.add_word(key, (len(key), row["country"]))
    automaton.make_automaton()
    return automaton


def regions_in(text: str, start: int = 0, end: int | None = None) -> list[RegionMention]:
    """The listed regions named in `text[start:end]`, whole words, longest first where they overlap."""
    folded = fold(text[start:end])
    piece = folded.lower()
    if len(piece) != len(folded):  # a letter whose lower case is longer ("İ"): keep it, keep the offsets
        piece = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)
    found: list[RegionMention] = []
    for last, (length, iso2) in _automaton().iter(piece):
        first = last + 1 - length
        if (first > 0 and piece[first - 1].isalnum()) or (last + 1 < len(piece) and piece[last + 1].isalnum()):
            continue
        found.append(RegionMention(start + first, start + last + 1, text[start + first : start + last + 1], iso2))
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[RegionMention] = []
    for region in found:
        if not kept or region.start >= kept[-1].end:
            kept.append(region)
    return kept
