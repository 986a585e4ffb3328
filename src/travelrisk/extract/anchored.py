"""Regular expressions tried only where one of their leading words occurs.

A large alternation with a leading word boundary makes Python's `re` attempt a match at every character of a
sentence (no literal prefix speeds the scan up, and IGNORECASE slows each attempt), and the readers run dozens
of them over most sentences of real news. Every match of such a pattern starts with one of a few literal words,
read off the pattern's parse tree (`leads_of`). One Aho-Corasick pass over the lower-cased sentence finds where
all patterns' leading words start, and a pattern is only tried there (`pattern.match` at that position): the
same matches, found in a fraction of the time. A pattern whose matches need not start with a literal is
searched as usual. `tests/test_extract_anchored.py` checks that both ways find the same matches.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

_REGISTRY: list[Anchored] = []

# Characters that IGNORECASE matches to an ASCII letter although `str.lower` keeps them apart (dotless i, long
# s; dotted capital I lower-cases to two characters). A text holding one is searched without anchoring.
_FOLD_TRAPS = ("ı", "ſ")


class Anchored:
    """A compiled pattern tried only where one of its leading words starts.

    `leads` are derived from the pattern; the hand-written list is used only for a pattern whose leads cannot
    be derived. A pattern with neither is searched as a plain regular expression."""

    __slots__ = ("ident", "leads", "pattern")

    def __init__(self, pattern: re.Pattern[str], leads: str | None = None) -> None:
        self.pattern = pattern
        derived = leads_of(pattern)
        self.leads: tuple[str, ...] | None = derived or (tuple(leads.split()) if leads else None)
        self.ident = len(_REGISTRY)
        _REGISTRY.append(self)
        _forget()

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """Non-overlapping matches from left to right, as `pattern.finditer` finds them."""
        end = len(text) if endpos is None else endpos
        starts = _starts(text) if self.leads else None
        if starts is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        last_end = pos
        for start in starts.get(self.ident, ()):
            if start < last_end or start >= end:
                continue
            match = self.pattern.match(text, start, end)
            if match is not None:
                yield match
                last_end = max(match.end(), start + 1)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, len(text) if endpos is None else endpos)


@cache
def _automaton() -> ahocorasick.Automaton:
    words: dict[str, set[int]] = {}
    for anchored in _REGISTRY:
        for lead in anchored.leads or ():
            words.setdefault(lead, set()).add(anchored.ident)
    automaton = ahocorasick.Automaton()
    for word, idents in words.items():
        automaton.add_word(word, (len(word) - 1, tuple(sorted(idents))))
    automaton.make_automaton()
    return automaton


_last_text: str | None = None
_last_starts: dict[int, list[int]] | None = None


def _forget() -> None:
    """A pattern registered later (a module imported on demand) needs a new automaton and fresh starts."""
    global _last_text, _last_starts
    _automaton.cache_clear()
    _last_text = _last_starts = None


def _starts(text: str) -> dict[int, list[int]] | None:
    """Pattern id -> sorted start positions of its leading words in `text`, or None where lower-casing would
    shift offsets or hide a match (the last text is remembered, since every reader of a sentence asks about the
    same string)."""
    global _last_text, _last_starts
    if text is _last_text:
        return _last_starts
    lower = text.lower()
    starts: dict[int, list[int]] | None = None
    if len(lower) == len(text) and (text.isascii() or not any(trap in text for trap in _FOLD_TRAPS)):
        found: defaultdict[int, list[int]] = defaultdict(list)
        for end, (back, idents) in _automaton().iter(lower):
            for ident in idents:
                found[ident].append(end - back)
        for positions in found.values():
            if len(positions) > 1:
                positions.sort()  # found by end: a longer word ending later may start earlier
        starts = found
    _last_text, _last_starts = text, starts
    return starts


def registered() -> list[Anchored]:
    return list(_REGISTRY)


# Deriving leads. A lead is the literal text every match starts with, as far as it is fixed: the pattern
# r"\b(?:due\s+to|because\s+of)" has the leads "due" and "because". Zero-width assertions are skipped, groups
# and alternatives are followed, a small character class multiplies the leads, an optional part adds the leads
# of what follows it. Anything else ends the lead; a match that could start with it has no leads.
_MAX_LEADS = 500
_MAX_CLASS = 6
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class _NoLead(Exception):
    """A match may start with something other than literal text."""


def leads_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The lower-cased literal words every match of `pattern` starts with, or None if there are none."""
    try:
        found = _extend(list(sre_parse.parse(pattern.pattern, pattern.flags)), {""})
    except (_NoLead, RecursionError):
        return None
    shortest: list[str] = []
    for lead in sorted(found, key=len):  # a lead that starts with a shorter one finds no other starts
        if not any(lead.startswith(kept) for kept in shortest):
            shortest.append(lead)
    return tuple(sorted(shortest))


def _extend(items: list[Any], prefixes: set[str]) -> set[str]:
    """The literal texts a match of `items` starts with, each after one of `prefixes`."""
    for index, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            prefixes = {p + chr(av).lower() for p in prefixes}
            continue
        if op is sre.IN:
            chars = _class_chars(av)
            if chars is None or len(prefixes) * len(chars) > _MAX_LEADS:
                return _stop(prefixes)
            prefixes = {p + c for p in prefixes for c in chars}
            continue
        rest = items[index + 1 :]
        if op is sre.SUBPATTERN:
            return _extend([*av[3], *rest], prefixes)
        if op is sre.BRANCH:
            return _union([[*branch, *rest] for branch in av[1]], prefixes)
        if op in _REPEATS:
            low, _high, body = av
            first = _extend_or_stop(list(body), prefixes)
            return first if low >= 1 else first | _extend_or_stop(rest, prefixes)
        return _stop(prefixes)
    return _stop(prefixes)


def _union(alternatives: list[list[Any]], prefixes: set[str]) -> set[str]:
    out: set[str] = set()
    for alternative in alternatives:
        out |= _extend(alternative, prefixes)
        if len(out) > _MAX_LEADS:
            return _stop(prefixes)
    return out


def _extend_or_stop(items: list[Any], prefixes: set[str]) -> set[str]:
    found = _extend(items, prefixes)
    return found if len(found) <= _MAX_LEADS else _stop(prefixes)


def _stop(prefixes: set[str]) -> set[str]:
    if "" in prefixes:
        raise _NoLead
    return prefixes


def _class_chars(items: list[Any]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av).lower())
        elif op is sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(code).lower() for code in range(av[0], av[1] + 1))
        else:
            return None  # a category (\w, \s), a negation, a wide range
    return chars if len(chars) <= _MAX_CLASS else None
