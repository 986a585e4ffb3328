"""Cities hosting diplomatic missions (derived from the missions data, see NOTICE) and entry restrictions
between neighbours: starting points and notes for exit advice."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from functools import cache
from importlib import resources

import ahocorasick

from travelrisk.geo.countries import normalise_name
from travelrisk.geo.crossings import fold
from travelrisk.geo.gazetteer import folded_key, unambiguous_automaton, whole_names_in
from travelrisk.geo.missions import mission_rows
from travelrisk.geo.transliteration import MIN_STEM, latin_form, name_stem

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
def _mission_city_hosts() -> dict[str, set[str]]:
    """Every city of the bundled missions data and of host_cities.csv, by folded name -> the countries it lies in."""
    missions: dict[str, Counter[str]] = {}
    for _qid, _operator, host, city, *_rest in mission_rows():
        if len(city) >= 4:
            missions.setdefault(folded_key(city), Counter())[host] += 1
    hosts = {name: _dominant_hosts(counts) for name, counts in missions.items()}
    # Cities news names as where a mission is or was that the missions data lacks ("the consulate in Peshawar")
    with (DATA / "host_cities.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            hosts.setdefault(folded_key(row["name"]), set()).add(row["country"])
    return hosts


def hosts_missions(name: str) -> bool:
    """Whether a city of this name hosts diplomatic missions (in the bundled data or host_cities.csv)."""
    return folded_key(name) in _mission_city_hosts()


def _dominant_hosts(missions: Counter[str]) -> set[str]:
    """The country a city of the missions data lies in: the one holding ten times the missions of all others
    ("Kingston": 21 missions in Jamaica, one listed on Norfolk Island), else all of them (a name two countries share)."""
    (first, most), *others = missions.most_common()
    return {first} if most >= 10 * sum(count for _host, count in others) else set(missions)


@cache
def _mission_city_automaton() -> ahocorasick.Automaton:
    """The cities of `_mission_city_hosts` -> the country each lies in (a name found in two countries, "Kingston",
    is left out)."""
    return unambiguous_automaton(_mission_city_hosts())


@cache
def _mission_city_stems() -> dict[str, str]:
    """The stem of each one-word city of `_mission_city_hosts`, in Latin letters -> its country (a stem two countries'
    cities share is left out)."""
    countries: dict[str, set[str]] = {}
    for name, hosts in _mission_city_hosts().items():
        if " " not in name and "-" not in name:
            stem = name_stem(latin_form(name))
            if len(stem) >= MIN_STEM:
                countries.setdefault(stem, set()).update(hosts)
    return {stem: next(iter(codes)) for stem, codes in countries.items() if len(codes) == 1}


_CAPITALISED = re.compile(r"(?<!\w)[^\W\d_][\w'’]{3,}")


def mission_cities_inflected(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO2) of each capitalised word of `text` whose Latin form has the stem of a one-word city hosting
    missions: the city in another alphabet or case form ("в Басре", "в Басрі", "w Erbilu"; not a case that changes
    the stem's letters, "w Basrze")."""
    stems = _mission_city_stems()
    found = []
    for word in _CAPITALISED.finditer(text):
        if word.group(0)[0].isupper() and (iso2 := stems.get(name_stem(latin_form(word.group(0))))):
            found.append((word.start(), word.end(), iso2))
    return found


def mission_cities_in(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, ISO2) of each city hosting a diplomatic mission that `text[start:end]` names ("Erbil" -> IQ).
    A name is a proper noun: "in central Port Vila" does not name Hong Kong's Central district."""
    return [found for found in whole_names_in(_mission_city_automaton(), text, start, end) if not text[found[0]].islower()]


@cache
def entry_restrictions() -> tuple[dict[str, str], ...]:
    text = (DATA / "entry_restrictions.csv").read_text(encoding="utf-8")
    lines = "".join(line for line in io.StringIO(text) if not line.startswith("#"))
    return tuple(csv.DictReader(io.StringIO(lines)))
