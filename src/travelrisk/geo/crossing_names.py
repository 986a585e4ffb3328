"""Crossing names in text of any script and case form, matched to the bundled crossings.

A name is transliterated to Latin letters (anyascii) and compared, by similarity, with the Latin names of the
crossings on one border pair: "Мядининкай" (Ukrainian), "Medininkų" (Lithuanian genitive) and "Medininkai" are
one crossing. Only the crossings of the pair the sentence is about are candidates, which keeps a loose
comparison safe.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from anyascii import anyascii

from travelrisk.geo.countries import neighbours
from travelrisk.geo.crossings import Crossing, bundled_crossings

_SIMILAR = 0.78  # SequenceMatcher ratio: "miadininkai" ~ "medininkai" 0.86; unrelated names stay well below


def _latin(name: str) -> str:
    # "y" and "i" stand for one sound across transliterations ("Мядининкай" -> "myadininkay" ~ "medininkai").
    return re.sub(r"[^a-z ]", "", anyascii(name).lower()).replace("y", "i").strip()


@cache
def _pair_names(pair: frozenset[str]) -> tuple[tuple[str, Crossing], ...]:
    out = []
    for crossing in bundled_crossings():
        if frozenset(crossing.countries()) == pair:
            out += [(_latin(name), crossing) for name in crossing.names if len(_latin(name)) >= 4]
    return tuple(out)


def crossings_named(text: str, pair: tuple[str, str]) -> list[tuple[str, Crossing]]:
    """(name as written, crossing) for each bundled crossing of `pair` that `text` names, in any script."""
    candidates = _pair_names(frozenset(pair))
    if not candidates:
        return []
    found: list[tuple[str, Crossing]] = []
    for match in re.finditer(r"\w[\w'’]*", text):
        word = match.group(0)
        if len(word) < 4 or not word[0].isupper():
            continue
        key = _latin(word)
        best = max(candidates, key=lambda c: SequenceMatcher(None, key, c[0].split(" ")[0]).ratio())
        if SequenceMatcher(None, key, best[0].split(" ")[0]).ratio() >= _SIMILAR and all(
            best[1].id != crossing.id for _name, crossing in found
        ):
            found.append((word, best[1]))
    return found


def neighbour_by_crossing(text: str, country: str) -> str | None:
    """The other side of `country`'s border whose bundled crossing `text` names ("Šalčininkų punktas" -> BY)."""
    for neighbour in neighbours(country):
        if crossings_named(text, (country, neighbour)):
            return neighbour
    return None
