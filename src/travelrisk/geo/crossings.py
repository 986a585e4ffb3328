"""Land border crossings: the bundled list, user CSVs in the same format, and name lookup in text.

A crossing is found by any of its names, on either side, with or without diacritics ("Salcininkai" finds
Šalčininkai). Bundled data: Belarus's road crossings (curated with citations), UN/LOCODE road/rail
border-crossing points and well-known crossings named in Wikipedia (names and countries only; see NOTICE). The
CSV format is documented in docs/data-formats.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import ahocorasick

from travelrisk.errors import InputError
from travelrisk.geo.countries import is_country

DATA = resources.files("travelrisk.geo") / "data"
CROSSING_COLUMNS = [
    "id",
    "country",
    "neighbour",
    "name",
    "name_other_side",
    "other_names",
    "mode",
    "lat",
    "lon",
    "coord_precision",
    "restrictions",
    "baseline",
    "source",
]
MODES = {"road", "rail", "pedestrian", "river", "road/rail"}
STATES = {"open", "closed", "restricted"}
UNKNOWN = "unknown"  # no dated, sourced status: never shown as open, never offered as a way out


@dataclass(frozen=True)
class Crossing:
    id: str
    country: str
    neighbour: str
    name: str
    name_other_side: str = ""
    other_names: tuple[str, ...] = ()
    mode: str = "road"
    lat: float | None = None
    lon: float | None = None
    coord_precision: str = "none"
    restrictions: str = ""
    baseline: str = "open"  # status before the first dated event ("closed" = closed since an unknown date)
    source: str = ""

    @property
    def names(self) -> list[str]:
        return [n for n in (self.name, self.name_other_side, *self.other_names) if n]

    def countries(self) -> tuple[str, str]:
        return (self.country, self.neighbour)

    @property
    def origin(self) -> str:
        """Where the crossing itself comes from: a UN/LOCODE border-crossing point or a well-known crossing named in a
        reference work (a place, no status), a curated list with citations, or the user's own CSV."""
        if self.source.startswith("UN/LOCODE"):
            return "un_locode"
        if self.source.startswith("Wikipedia:"):
            return "reference"
        if self.source.startswith("belarus_road_crossings.csv"):
            return "curated"
        return "user"

    @property
    def undated_status(self) -> str:
        """The status before any dated record: the curated or user list's sourced baseline; for a UN/LOCODE
        point or a reference crossing, which name a place and state no status, `unknown` (docs/levels.md), never
        "open"."""
        return UNKNOWN if self.origin in ("un_locode", "reference") else self.baseline


@dataclass(frozen=True)
class StatusEvent:
    crossing_id: str
    date: dt.date
    status: str
    restrictions: str = ""
    source_url: str = ""
    note: str = ""


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "s", "ı": "i", "’": "'"})


class _FoldTable(dict[int, str]):
    """Each character's folded form, for `str.translate`: a table of characters (like `str.maketrans`'s), each
    worked out the first time a text holds it, so a text is folded in one pass in C."""

    def __missing__(self, code: int) -> str:
        ch = chr(code).translate(_FOLD)
        base = unicodedata.normalize("NFKD", ch)
        self[code] = folded = base[0] if base and not unicodedata.combining(base[0]) else ch
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Remove diacritics keeping one character per character, so offsets into the folded text stay valid."""
    if text.isascii():
        return text
    return text.translate(_FOLD_TABLE)


def parse_crossings_csv(text: str, name: str) -> list[Crossing]:
    """Crossings from CSV text in the documented format; all errors are collected with line numbers."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("id", "country", "neighbour", "name") if c not in (reader.fieldnames or [])]
    if missing:
        problem = f"line 1: missing column(s) {', '.join(missing)}"
        raise InputError(name, problem, [problem])
    crossings: list[Crossing] = []
    errors: list[str] = []
    seen: set[str] = set()
    for line, row in enumerate(reader, 2):
        problems = []
        if None in row:
            problems.append("more fields than the header")
        crossing_id = (row.get("id") or "").strip()
        if not re.fullmatch(r"[A-Za-z0-9][\w.-]{1,80}", crossing_id):
            problems.append(f"id {crossing_id!r} is not a short identifier")
        elif crossing_id in seen:
            problems.append(f"id {crossing_id!r} appears twice")
        for column in ("country", "neighbour"):
            code = (row.get(column) or "").strip().upper()
            if not is_country(code):
                problems.append(f"{column} {code!r} is not an ISO 3166 alpha-2 code")
        if not (row.get("name") or "").strip():
            problems.append("name is empty")
        mode = (row.get("mode") or "road").strip() or "road"
        if mode not in MODES:
            problems.append(f"mode {mode!r} is not one of {', '.join(sorted(MODES))}")
        baseline = (row.get("baseline") or "open").strip() or "open"
        if baseline not in STATES:
            problems.append(f"baseline {baseline!r} is not one of open, closed, restricted")
        lat, lon = (row.get("lat") or "").strip(), (row.get("lon") or "").strip()
        coordinates: tuple[float | None, float | None] = (None, None)
        if lat or lon:
            try:
                coordinates = (float(lat), float(lon))
                if not (-90 <= coordinates[0] <= 90 and -180 <= coordinates[1] <= 180):
                    problems.append(f"coordinates {lat},{lon} are out of range")
            except ValueError:
                problems.append(f"coordinates {lat!r},{lon!r} are not numbers")
        if problems:
            errors.extend(f"line {line}: {p}" for p in problems)
            continue
        seen.add(crossing_id)
        crossings.append(
            Crossing(
                id=crossing_id,
                country=row["country"].strip().upper(),
                neighbour=row["neighbour"].strip().upper(),
                name=row["name"].strip(),
                name_other_side=(row.get("name_other_side") or "").strip(),
                other_names=tuple(n.strip() for n in (row.get("other_names") or "").split("|") if n.strip()),
                mode=mode,
                lat=coordinates[0],
                lon=coordinates[1],
                coord_precision=(row.get("coord_precision") or ("none" if lat == "" else "unknown")).strip(),
                restrictions=(row.get("restrictions") or "").strip(),
                baseline=baseline,
                source=(row.get("source") or "").strip(),
            )
        )
    if errors:
        raise InputError(name, f"{len(errors)} problem(s), nothing imported", errors)
    return crossings


@cache
def bundled_crossings() -> tuple[Crossing, ...]:
    text = (DATA / "crossings.csv").read_text(encoding="utf-8")
    return tuple(parse_crossings_csv(text, "bundled crossings.csv"))


@cache
def bundled_status_events() -> tuple[StatusEvent, ...]:
    text = (DATA / "crossing_events.csv").read_text(encoding="utf-8")
    lines = "".join(line for line in io.StringIO(text) if not line.startswith("#"))
    return tuple(
        StatusEvent(
            row["crossing_id"],
            dt.date.fromisoformat(row["date"]),
            row["status"],
            row["restrictions"],
            row["source_url"],
            row["note"],
        )
        for row in csv.DictReader(io.StringIO(lines))
    )


@dataclass
class _Gazetteer:
    automaton: ahocorasick.Automaton
    by_id: dict[str, Crossing] = field(default_factory=dict)


@cache
def _gazetteer() -> _Gazetteer:
    automaton = ahocorasick.Automaton()
    by_id = {}
    for crossing in bundled_crossings():
        by_id[crossing.id] = crossing
        for name in _with_short_forms(crossing.names):
            if len(name) < 4 or not re.search(r"[A-Za-z]", fold(name)):
                continue
            key = fold(name)
            existing = automaton.get(key, None)
            automaton.add_word(key, (key, (*existing[1], crossing.id) if existing else (crossing.id,)))
    automaton.make_automaton()
    return _Gazetteer(automaton, by_id)


# A Polish place's regional adjective is dropped in news copy: "Kuźnica Białostocka" is written "Kuznica".
_REGIONAL_ADJECTIVE = re.compile(r"^(\w{5,})\s+\w+(?:cka|ska|ckie|skie)$")


# "the Simón Bolívar and Francisco de Paula Santander bridges": a name of two words or more is written without the
# kind of crossing it is
_KIND_SUFFIX = re.compile(r"^(\S+(?:\s+\S+)+?)\s+(?:International\s+)?(?:Bridge|Border\s+Crossing|Crossing|Checkpoint)$")


def _with_short_forms(names: Iterable[str]) -> list[str]:
    out = list(names)
    for name in names:
        short = _REGIONAL_ADJECTIVE.match(name) or _KIND_SUFFIX.match(name)
        if short and short.group(1) not in out:
            out.append(short.group(1))
    return out


def known_crossing_names() -> list[str]:
    """Every name the gazetteer finds, as written and folded to ASCII."""
    return [n for c in bundled_crossings() for name in _with_short_forms(c.names) for n in (name, fold(name)) if len(n) >= 4]


def crossing_names_in(text: str) -> list[tuple[str, list[Crossing]]]:
    """Known crossing names in `text` (as written there), each with the crossings it may denote."""
    return [(text[start:end], crossings) for start, end, crossings in crossings_in(text)]


def crossings_in(text: str) -> list[tuple[int, int, list[Crossing]]]:
    """Where `text` names a known crossing: (start, end, the crossings the name may denote)."""
    gazetteer = _gazetteer()
    folded = fold(text)
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for end_index, (key, ids) in gazetteer.automaton.iter(folded):
        start = end_index + 1 - len(key)
        before = folded[start - 1] if start > 0 else " "
        after = folded[end_index + 1] if end_index + 1 < len(folded) else " "
        if before.isalnum() or after.isalnum():
            continue
        found.append((start, end_index + 1, ids))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, list[Crossing]]] = []
    last_end = -1
    for start, end, ids in found:
        if start < last_end:
            continue
        last_end = end
        out.append((start, end, [gazetteer.by_id[i] for i in ids]))
    return out


@cache
def _crossings_by_name() -> dict[str, tuple[Crossing, ...]]:
    """Bundled crossings by each of their folded, case-folded names, in the bundled order."""
    index: dict[str, list[Crossing]] = {}
    for crossing in bundled_crossings():
        for key in dict.fromkeys(fold(n).casefold() for n in _with_short_forms(crossing.names)):
            index.setdefault(key, []).append(crossing)
    return {key: tuple(found) for key, found in index.items()}


def resolve_crossing(name: str, pair: tuple[str, str] | None = None) -> Crossing | None:
    """The crossing a name denotes, preferring one on the given border pair."""
    key = fold(name).casefold().strip()
    matches = list(_crossings_by_name().get(key, ()))
    if pair:
        on_pair = [c for c in matches if set(c.countries()) == set(pair)]
        matches = on_pair or matches
    return matches[0] if matches else None
