"""Well-known regions inside countries that travel advice is often about on its own ("against all travel to
Crimea", "not to travel to Tigray"): their names and the country each lies in.

`data/regions.csv` is written for travelrisk from general geographic knowledge (a region's name and country are
facts); only regions whose name names one country are listed (not "Kashmir").
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick
import pycountry

from travelrisk.geo.cities import hosts_missions
from travelrisk.geo.countries import DATA, resolve_name, scan
from travelrisk.geo.gazetteer import folded_key, unambiguous_automaton, whole_names_in


@dataclass(frozen=True, slots=True)
class RegionMention:
    start: int
    end: int
    name: str  # as written in the text
    iso2: str  # the country it lies in
    listed: bool = True  # in data/regions.csv (else a subdivision named with its kind: "Batken region")


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


# First-level subdivisions (ISO 3166-2, from pycountry) are named with their kind: "the Batken region", "Sughd
# province". Only then, and only a name that one country's subdivisions hold, is a name of the list a region.
_SUBDIVISION_KINDS = (
    "region", "province", "oblast", "governorate", "state", "department", "prefecture", "district", "county",
    "division", "territory", "emirate", "canton", "municipality",
)
_KIND_AFTER = re.compile(r"\s+(?:" + "|".join(_SUBDIVISION_KINDS) + r")s?\b", re.IGNORECASE)


# Languages that put the kind before the name ("die Provinz Guayas", "la province de Tillabéri", "la provincia di
# Sofala", "провинция Идлиб"), also inside a longer word ("Küstenprovinz")
_KINDS_BEFORE = (
    "provinz", "region", "bundesstaat", "département", "province", "région", "provincia", "región", "departamento",
    "estado", "regione", "província", "região", "провинци", "област", "регион", "штат", "провінці", "prowincj",
    "województw", "apskrit", "provincij", "reģion",
)
_KIND_BEFORE = re.compile(
    r"(?:" + "|".join(_KINDS_BEFORE) + r")\w*\s+(?:de\s+la\s+|de\s+l['’]|del\s+|de\s+|di\s+|du\s+|d['’]|do\s+|da\s+)?$",
    re.IGNORECASE,
)


def _names_a_kind(text: str) -> bool:
    """Whether the text names a kind of subdivision at all (most texts name none: a plain substring test)."""
    lowered = text.lower()
    return any(kind in lowered for kind in _SUBDIVISION_KINDS) or any(kind in lowered for kind in _KINDS_BEFORE)


@cache
def _subdivisions() -> ahocorasick.Automaton:
    countries_of: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is None and len(subdivision.name) >= 4:
            # (news writes "North-West" as "North West" too; a name two countries share names neither)
            for name in {subdivision.name, subdivision.name.replace("-", " ")}:
                countries_of.setdefault(folded_key(name), set()).add(subdivision.country_code)
    return unambiguous_automaton(countries_of)


def regions_in(text: str, start: int = 0, end: int | None = None) -> list[RegionMention]:
    """The listed regions named in `text[start:end]`, whole words, longest first where they overlap."""
    stop = len(text) if end is None else end
    return [r for r in _regions_of(text) if start <= r.start and r.end <= stop]


_LONG_NAME = 9
_GENERIC_WORDS = frozenset(
    {"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "upper", "lower", "middle",
     "capital", "coast", "coastal", "highlands", "islands", "island", "federal", "national", "greater", "new", "the"}
    | set(_SUBDIVISION_KINDS)
)
_LIST_JOINER = re.compile(r"\s*(?:,|and|or|&|,\s*and)\s*", re.IGNORECASE)


def _in_lists(found: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """The subdivisions named in a list with another of the same country ("Puno, Cusco, Apurímac and Arequipa"):
    two of one country's subdivisions side by side name its regions, even without their kind. Proper nouns only,
    and not a country's own name ("Georgia")."""
    names = [(first, last, iso2) for first, last, iso2 in found if text[first].isupper() and resolve_name(text[first:last]) is None]
    keep: set[int] = set()
    for index in range(1, len(names)):
        (_, end, one), (start, _, other) = names[index - 1], names[index]
        if one == other and _LIST_JOINER.fullmatch(text, end, start):
            keep.update((index - 1, index))
    return [names[index] for index in sorted(keep)]


@lru_cache(maxsize=16)  # every directive of a sentence asks about a part of it
def _regions_of(text: str) -> tuple[RegionMention, ...]:
    listed = [RegionMention(first, last, text[first:last], iso2) for first, last, iso2 in whole_names_in(_automaton(), text)]
    subdivisions = whole_names_in(_subdivisions(), text)
    kinded = [
        (first, last, iso2)
        for first, last, iso2 in (subdivisions if _names_a_kind(text) else ())
        if _KIND_AFTER.match(text, last) or _KIND_BEFORE.search(text, max(0, first - 30), first)
    ]
    # (a long name one country's subdivisions hold names it alone: "KwaZulu-Natal", "Huehuetenango")
    long_names = [
        (first, last, iso2)
        for first, last, iso2 in subdivisions
        if last - first >= _LONG_NAME
        and text[first].isupper()
        and text[first - 1 : first] not in ("-", "‐")  # (not the end of "Gorno-Badakhshan")
        and not scan(text[first:last])  # (not a country's name or capital: "Washington")
        and not hosts_missions(text[first:last])  # (a city of the same name comes first: "Jerusalem")
        and not _GENERIC_WORDS.issuperset(text[first:last].lower().replace("-", " ").split())  # ("the Central region")
    ]
    named = [
        RegionMention(first, last, text[first:last], iso2, listed=False)
        for first, last, iso2 in sorted(set(kinded) | set(_in_lists(subdivisions, text)) | set(long_names))
        if not any(r.start < last and first < r.end for r in listed)
    ]
    return tuple(sorted(listed + named, key=lambda r: r.start))
