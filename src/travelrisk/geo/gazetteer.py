"""Whole names of a gazetteer found in text with one Aho-Corasick pass, whatever their diacritics and case."""

from __future__ import annotations

from typing import Any

import ahocorasick

from travelrisk.geo.crossings import fold


def folded_key(name: str) -> str:
    """The form a name is stored under: without diacritics, lower case."""
    return fold(name).lower()


def unambiguous_automaton(countries_of: dict[str, set[str]]) -> ahocorasick.Automaton:
    """An automaton of the folded names (`folded_key`) that only one country holds, each stored as `(len, iso2)` for
    `whole_names_in`; a name several countries hold names none of them."""
    automaton = ahocorasick.Automaton()
    for key, codes in countries_of.items():
        if len(codes) == 1:
            automaton.add_word(key, (len(key), next(iter(codes))))
    automaton.make_automaton()
    return automaton


def whole_names_in(automaton: ahocorasick.Automaton, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Any]]:
    """(start, end, value) of each stored name (`(len(key), value)` under `folded_key`) that stands as whole words in
    `text[start:end]`, offsets in `text`; where names overlap the leftmost, then longest, stands."""
    folded = fold(text[start:end])
    piece = folded.lower()
    if len(piece) != len(folded):  # a letter whose lower case is longer ("İ"): keep it, keep the offsets
        piece = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)
    found: list[tuple[int, int, Any]] = []
    for last, (length, value) in automaton.iter(piece):
        first = last + 1 - length
        if (first > 0 and piece[first - 1].isalnum()) or (last + 1 < len(piece) and piece[last + 1].isalnum()):
            continue
        found.append((start + first, start + last + 1, value))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, Any]] = []
    for name in found:
        if not kept or name[0] >= kept[-1][1]:
            kept.append(name)
    return kept
