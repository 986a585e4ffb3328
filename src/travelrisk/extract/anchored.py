"""Regular expressions tried only where one of their leading words occurs.

A large alternation with a leading word boundary makes Python's `re` attempt a match at every character of a
sentence, and the readers run dozens of them over most sentences of real news. Every match of these patterns
starts with one of a few known words, so one Aho-Corasick pass over the lower-cased sentence finds where those
words start and the pattern is only tried there (`pattern.match` at that position): the same matches, found in
a fraction of the time. `tests/test_extract_anchored.py` checks that both ways find the same matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import ahocorasick

_REGISTRY: list[Anchored] = []


class Anchored:
    """A compiled pattern whose every match starts with one of `leads` (lower-case words or word starts)."""

    __slots__ = ("ident", "leads", "pattern")

    def __init__(self, pattern: re.Pattern[str], leads: str) -> None:
        self.pattern = pattern
        self.leads = tuple(leads.split())
        self.ident = len(_REGISTRY)
        _REGISTRY.append(self)
        _automaton.cache_clear()

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """Non-overlapping matches from left to right, as `pattern.finditer` finds them."""
        starts = _starts(text)
        if starts is None:
            yield from self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)
            return
        end = len(text) if endpos is None else endpos
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


@cache
def _automaton() -> ahocorasick.Automaton:
    words: dict[str, set[int]] = {}
    for anchored in _REGISTRY:
        for lead in anchored.leads:
            words.setdefault(lead, set()).add(anchored.ident)
    automaton = ahocorasick.Automaton()
    for word, idents in words.items():
        automaton.add_word(word, (len(word), tuple(sorted(idents))))
    automaton.make_automaton()
    return automaton


_last_text: str | None = None
_last_starts: dict[int, list[int]] | None = None


def _starts(text: str) -> dict[int, list[int]] | None:
    """Pattern id -> sorted start positions of its leading words in `text` (the last text is remembered,
    since every reader of a sentence asks about the same string)."""
    global _last_text, _last_starts
    if text is _last_text:
        return _last_starts
    lower = text.lower()
    starts: dict[int, list[int]] | None = None
    if len(lower) == len(text):  # a few characters change length when lower-cased; then offsets would shift
        starts = {}
        for end, (length, idents) in _automaton().iter(lower):
            for ident in idents:
                starts.setdefault(ident, []).append(end - length + 1)
        for positions in starts.values():
            positions.sort()
    _last_text, _last_starts = text, starts
    return starts


def registered() -> list[Anchored]:
    return list(_REGISTRY)
