"""Regular expressions tried only where one of their leading words occurs.

A large alternation with a leading word boundary makes Python's `re` attempt a match at every character of a
sentence (no literal prefix speeds the scan up, and IGNORECASE slows each attempt), and the readers run dozens
of them over most sentences of real news. Every match of such a pattern starts with one of a few literal words,
read off the pattern's parse tree (`leads_of`). One Aho-Corasick pass over the sentence's search form finds
where all patterns' leading words start, and a pattern is only tried there (`pattern.match` at that position):
the same matches, found in a fraction of the time. A pattern whose matches need not start with a literal word
is searched as usual. `tests/test_extract_anchored.py` checks that both ways find the same matches.

The search form has the offsets of the text: each letter and digit in one case form (the one IGNORECASE takes it
for: "İ", "ı" and "I" are all "i"; a digit of any script is its ASCII digit, as \\d matches them all), every other
character a space, one space in front (a text of ASCII words takes one byte table). So a lead can say "at a word
start" (" due") and "followed by white space" ("a "), which keeps common short words ("a", "in", "the") from being
tried inside every word that holds them. A lead goes on after white space of one or two characters ("to\\s+avoid"
leads with "to avoid" and "to  avoid", not with "to", which nearly every sentence holds); a text with a longer run
of white space is searched unanchored. An alternative that starts with "^" ("^\\W*so did") has the text's start as
its lead: that place is tried.

Patterns are registered by language, English (the default) and each language the vocabulary reader reads, each
language with its own automaton: a sentence is searched for the leads of its own language only.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

_NOTHING: Iterator[re.Match[str]] = iter(())  # exhausted for good: one serves every empty answer

# Short vowels and the shadda of Arabic script, which a pattern may allow after every letter ("تجنّب"): leads go
# through such an allowance, so a text holding one of them is searched unanchored.
MARKS = "\u064b-\u065f\u0670"  # (a character class's content: the vocabulary allows them with it)
_MARKED = re.compile(f"[{MARKS}]")
_MARK_CODES = frozenset(code for code in range(0x0600, 0x0700) if _MARKED.match(chr(code)))
# White space longer than a lead goes on after ("to\\s+avoid" has the leads "to avoid" and "to  avoid"): a text
# holding it is searched without anchoring.
_LONG_SPACE = re.compile(r"\s{3}")
_AT_WORD_START = "\x00"  # while deriving: a word boundary before the first character of a lead
_AT_TEXT_START = "\x01"  # a lead: the text's start ("^" or "\\A" first, without MULTILINE)
_FORM_BYTES = bytes(
    ord(chr(code).lower()) if code < 128 and (chr(code).isalnum() or chr(code) == "_") else 32 for code in range(256)
)
# A letter or digit outside ASCII: the text needs the full form (the word test only after the cheap range test)
_NON_ASCII_WORD = re.compile(r"[^\x00-\x7f](?<=\w)")


def form_char(code: int) -> str:
    """The search form of one character: a space unless it is a word character; a decimal digit of any script its
    ASCII digit; a letter the lower case of its upper case ("ı" and "İ" are "i", "ſ" is "s", "ς" is "σ"), which
    is one form for all the characters IGNORECASE matches to one another."""
    char = chr(code)
    if not (char.isalnum() or char == "_"):
        return " "
    if char.isdecimal():
        return str(unicodedata.decimal(char))
    lower = char.lower()[0]  # ("İ" lower-cases to "i" and a combining dot)
    upper = lower.upper()
    return upper.lower()[0] if len(upper) == 1 else lower  # ("ß" upper-cases to "SS": itself)


class _FormTable(dict[int, str]):
    """`form_char` for `str.translate`, worked out once for each character met."""

    def __missing__(self, code: int) -> str:
        self[code] = form = form_char(code)
        return form


_FORM_TABLE = _FormTable()


class Anchored:
    """A compiled pattern tried only where one of its leading words starts.

    `leads` are derived from the pattern; the hand-written list is used only for a pattern whose leads cannot
    be derived. A pattern with neither is searched as a plain regular expression."""

    __slots__ = ("at_start", "ident", "leads", "pattern", "registry", "required")

    def __init__(self, pattern: re.Pattern[str], leads: str | None = None, *, language: str = "en") -> None:
        self.pattern = pattern
        derived = leads_of(pattern)
        self.leads: tuple[str, ...] | None = derived or (tuple(leads.split()) if leads else None)
        # a match may also start at the text's start ("^\\W*so did"): that place is tried too
        self.at_start = derived is not None and _AT_TEXT_START in derived
        # Without leads, a pattern is searched as usual, but only in a text that holds one of its required words.
        self.required = required_of(pattern) if self.leads is None else None
        self.registry = _registry(language)
        self.ident = self.registry.add(self)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """Non-overlapping matches from left to right, as `pattern.finditer` finds them."""
        end = len(text) if endpos is None else endpos
        if self.leads is None:
            return _NOTHING if self._lacks_required(text) else self.pattern.finditer(text, pos, end)
        registry = self.registry
        starts = registry.last_starts if text is registry.last_text else registry.starts(text)  # every reader asks
        if starts is None:
            return self.pattern.finditer(text, pos, end)
        positions = starts.get(self.ident) if not self.at_start else _with_start(starts.get(self.ident))
        if not positions:  # most patterns, on most sentences
            return _NOTHING
        if len(positions) == 1:  # no generator for one place to try
            start = positions[0]
            match = self.pattern.match(text, start, end) if pos <= start < end else None
            return _NOTHING if match is None else iter((match,))
        return self._matches(text, positions, pos, end)

    def _matches(self, text: str, positions: list[int], pos: int, end: int) -> Iterator[re.Match[str]]:
        last_end = pos
        match_at = self.pattern.match
        for start in positions:
            if start < last_end or start >= end:
                continue
            match = match_at(text, start, end)
            if match is not None:
                yield match
                last_end = max(match.end(), start + 1)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if self.leads is None:
            return None if self._lacks_required(text) else self.pattern.search(text, pos, end)
        registry = self.registry
        starts = registry.last_starts if text is registry.last_text else registry.starts(text)
        if starts is None:
            return self.pattern.search(text, pos, end)
        positions = starts.get(self.ident) if not self.at_start else _with_start(starts.get(self.ident))
        if positions:
            match_at = self.pattern.match
            for start in positions:
                if pos <= start < end:
                    match = match_at(text, start, end)
                    if match is not None:
                        return match
        return None

    def search_slice(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """`pattern.search(text[start:end])`, the match's offsets in that slice, tried only where a lead of `text`
        starts (the slice's own leads are those of `text` inside it, and its first character, which starts a word in
        the slice whatever stands before it in `text`): for the short windows around a mention."""
        piece = text[start:end]
        if self.leads is None:
            return self.pattern.search(piece)
        registry = self.registry
        starts = registry.last_starts if text is registry.last_text else registry.starts(text)
        if starts is None:
            return self.pattern.search(piece)
        match_at = self.pattern.match
        match = match_at(piece)
        if match is not None:
            return match
        positions = starts.get(self.ident)
        if positions:
            for position in positions[bisect.bisect_right(positions, start) :]:
                if position >= end:
                    break
                match = match_at(piece, position - start)
                if match is not None:
                    return match
        return None

    # (search_slice needs no text start: it tries the slice's first character anyway)

    def _lacks_required(self, text: str) -> bool:
        """Whether `text` holds none of the words every match needs (so it holds no match)."""
        if self.required is None:
            return False
        registry = self.registry
        starts = registry.last_starts if text is registry.last_text else registry.starts(text)
        return starts is not None and self.ident not in starts

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, len(text) if endpos is None else endpos)


def _with_start(positions: list[int] | None) -> list[int]:
    """`positions` with the text's start in front."""
    if not positions:
        return [0]
    return positions if positions[0] == 0 else [0, *positions]


class _Registry:
    """The patterns of one language, the automaton of their leads and the leads found in the texts of the current
    article: the readers come back to a sentence (its neighbours' reasons, a clause of it) after other texts."""

    __slots__ = ("_automaton", "last_starts", "last_text", "patterns", "seen")

    def __init__(self) -> None:
        self.patterns: list[Anchored] = []
        self._automaton: ahocorasick.Automaton | None = None
        self.last_text: str | None = None
        self.last_starts: dict[int, list[int]] | None = None
        self.seen: dict[str, dict[int, list[int]] | None] = {}

    def add(self, anchored: Anchored) -> int:
        """Register a pattern (a module imported on demand needs a new automaton and fresh starts); its id."""
        self.patterns.append(anchored)
        self._automaton = None
        self.forget()
        return len(self.patterns) - 1

    def forget(self) -> None:
        self.seen.clear()
        self.last_text = self.last_starts = None

    def automaton(self) -> ahocorasick.Automaton:
        """Leads in search form -> (offset back from the end of a found lead to the match start, pattern id)."""
        if self._automaton is None:
            self._automaton = _build_automaton(self.patterns)
        return self._automaton

    def starts(self, text: str) -> dict[int, list[int]] | None:
        """Pattern id -> sorted start positions of its leading words in `text`, or None where the search form could
        hide a match (remembered for the article: every reader of a sentence asks about the same string)."""
        if text is self.last_text:
            return self.last_starts
        starts = self.seen.get(text, _UNSEEN)
        if starts is _UNSEEN:
            starts = self._find_starts(text)
            if len(self.seen) >= _SEEN_TEXTS:
                self.seen.clear()
            self.seen[text] = starts
        self.last_text, self.last_starts = text, starts
        return starts

    def _find_starts(self, text: str) -> dict[int, list[int]] | None:
        automaton = self.automaton()
        form = search_form(text)
        if "   " in form and _LONG_SPACE.search(text):  # white space is a space in the search form
            return None  # a lead goes on after _SPACE_RUN white-space characters at most
        if not text.isascii() and _MARKED.search(text):
            return None  # a short vowel a lead went through
        found: dict[int, list[int]] = {}
        for end, targets in automaton.iter(form):
            for back, ident in targets:
                positions = found.get(ident)  # cheaper than a defaultdict's call per place
                if positions is None:
                    found[ident] = [end - back]
                else:
                    positions.append(end - back)
        for positions in found.values():
            if len(positions) > 1:
                positions.sort()  # found by end: a longer word ending later may start earlier
        return found


def _build_automaton(patterns: list[Anchored]) -> ahocorasick.Automaton:
    words: dict[str, set[tuple[int, int]]] = {}
    for anchored in patterns:
        for word in anchored.required or ():  # where a required word starts: the pattern is searched in that text
            words.setdefault(word, set()).add((len(word), anchored.ident))
        for lead in anchored.leads or ():
            if lead == _AT_TEXT_START:
                continue  # tried without looking for it
            at_word_start = lead.startswith(_AT_WORD_START)
            word = " " + lead[1:] if at_word_start else lead
            # the form has one space in front: a lead found ending at `end` starts at `end - len + 1` there
            words.setdefault(word, set()).add((len(word) - at_word_start, anchored.ident))
    automaton = ahocorasick.Automaton()
    for word, targets in words.items():
        automaton.add_word(word, tuple(sorted(targets)))
    automaton.make_automaton()
    return automaton


_REGISTRIES: dict[str, _Registry] = {}
_SEEN_TEXTS = 512  # a bound for callers that never start an article
_UNSEEN: Any = object()


def _registry(language: str) -> _Registry:
    if language not in _REGISTRIES:
        _REGISTRIES[language] = _Registry()
    return _REGISTRIES[language]


def new_article() -> None:
    """Forget the texts of the article before: nothing is remembered from one article to the next."""
    for registry in _REGISTRIES.values():
        registry.forget()


def search_form(text: str) -> str:
    """`text` with the same offsets, shifted by one: a space, then each character's `form_char`."""
    if text.isascii() or not _NON_ASCII_WORD.search(text):  # (punctuation outside ASCII, "’" and "“", is a space)
        return " " + text.encode("ascii", "replace").translate(_FORM_BYTES).decode("ascii")
    return " " + text.translate(_FORM_TABLE)


def registered(language: str | None = None) -> list[Anchored]:
    """The patterns registered for `language`, or for every language."""
    return [a for key, registry in _REGISTRIES.items() if language in (None, key) for a in registry.patterns]


# Deriving leads. A lead is the search form of the text every match starts with, as far as it is fixed: the
# pattern r"\b(?:due\s+to|because\s+of)" has the leads " due to" and " because of" (a space for the word start
# and for white space). Groups and alternatives are followed, a small character class multiplies the leads, an
# optional part adds the leads of what follows it, zero-width assertions other than a leading word boundary are
# skipped. Anything else ends the lead; a match that could start with it has no leads.
_MAX_LEADS = 2000
_TEXT_START = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
_text_start_leads = True  # whether "^" means the text's start in the pattern being read
_through_spaces = True  # whether leads go on after white space (off when that makes too many)
_SPACE_RUN = 2  # white space a lead goes on after (news text seldom holds three white-space characters in a row)
_MAX_CLASS = 6
_MAX_DIGITS = 10  # a class may be as wide as \\d
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class _NoLead(Exception):
    """A match may start with something other than literal text."""


def leads_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The search forms of the words every match of `pattern` starts with ("\\x00" at the front: at a word
    start), or None if there are none."""
    global _through_spaces, _text_start_leads
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    # with MULTILINE, "^" matches after every line break too
    _text_start_leads = not pattern.flags & re.MULTILINE and "(?m" not in pattern.pattern
    try:
        found = _extend(items, {""})
    except (_NoLead, RecursionError):
        # too many leads when they go on after white space: the leads that stop there
        try:
            _through_spaces = False
            found = _extend(items, {""})
        except (_NoLead, RecursionError):
            return None
        finally:
            _through_spaces = True
    if any(not lead.strip(_AT_WORD_START + " ") for lead in found):
        return None  # a lead of spaces alone (a colon, a dash) would try the pattern at every space
    shortest: set[str] = set()
    for lead in sorted(found, key=len):  # a lead found wherever a shorter one is found adds no starts
        if not _covered(lead, shortest):
            shortest.add(lead)
    return tuple(sorted(shortest))


# Required words of a pattern without leads: along the parts every match goes through (literal text, groups,
# alternatives that each need one, repeats of at least one), the words of letters, digits and "_" that
# a match must hold, in search form ("(\\d+|two) crossings? ..." needs "crossing"). A text whose search form
# holds none of them holds no match.
_MIN_REQUIRED = 3  # shorter words ("to", "of") are in nearly every sentence


def required_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words one of which every match of `pattern` contains, in search form, or None if no such set of words
    of at least three characters is known."""
    try:
        found = _required(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    except RecursionError:
        return None
    return tuple(sorted(found)) if found else None


def _required(items: list[Any]) -> frozenset[str] | None:
    """The best set of words one of which every match of the sequence `items` contains, or None."""
    candidates: list[frozenset[str]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL and (char := _FORM_TABLE[av]) != " ":
            run += char  # a letter (in its one case form), digit or "_"
            continue
        if len(run) >= _MIN_REQUIRED:
            candidates.append(frozenset({run}))
        run = ""
        found: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            found = _required(list(av[3]))
        elif op is sre.BRANCH:
            found = _required_any([list(branch) for branch in av[1]])
        elif op in _REPEATS and av[0] >= 1:
            found = _required(list(av[2]))
        if found:
            candidates.append(found)
    # the longest shortest word, then the fewest words
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _required_any(branches: list[list[Any]]) -> frozenset[str] | None:
    out: set[str] = set()
    for branch in branches:
        found = _required(branch)
        if not found:
            return None
        out |= found
    return frozenset(out)


def _covered(lead: str, kept: set[str]) -> bool:
    """Whether a kept lead is found wherever `lead` is: one of its beginnings (a lead at a word start is also
    found by a kept one that says nothing of the word start)."""
    if any(lead[:end] in kept for end in range(1, len(lead))):
        return True
    return lead.startswith(_AT_WORD_START) and any(lead[1:end] in kept for end in range(2, len(lead) + 1))


def _extend(items: list[Any], prefixes: set[str]) -> set[str]:
    """The leads a match of `items` starts with, each after one of `prefixes`."""
    for index, (op, av) in enumerate(items):
        if op is sre.AT and av is sre.AT_BOUNDARY and prefixes <= {"", _AT_WORD_START}:
            prefixes = {_AT_WORD_START}
            continue
        if op is sre.AT and av in _TEXT_START and prefixes <= {"", _AT_WORD_START} and _text_start_leads:
            return {_AT_TEXT_START}
        if op in _ZERO_WIDTH or (op in _REPEATS and av[0] == 0 and _only_marks(av[2])):
            continue  # (the short vowels Arabic script may write: a text holding one is searched unanchored)
        if op is sre.LITERAL or op is sre.IN:
            chars = _form_chars([(op, av)] if op is sre.LITERAL else av)
            if chars is None or len(prefixes) * len(chars) > _MAX_LEADS:
                return _stop(prefixes)
            prefixes = {_append(p, c) for p in prefixes for c in chars}
            continue
        rest = items[index + 1 :]
        if op is sre.SUBPATTERN:
            return _extend([*av[3], *rest], prefixes)
        if op is sre.BRANCH:
            return _union([[*branch, *rest] for branch in av[1]], prefixes)
        if (
            op in _REPEATS
            and _through_spaces
            and _is_space(body := av[2])
            and av[0] <= _SPACE_RUN
            and not any(" " in p for p in prefixes)
        ):
            # "to\\s+avoid": a lead goes on after white space of up to _SPACE_RUN characters, one lead for each
            # length (a text with a longer run of white space is searched unanchored); after its first word only,
            # which tells the most (more would multiply the leads and the time to find them at start-up)
            runs = range(av[0], min(av[1], _SPACE_RUN) + 1)
            if len(prefixes) * len(runs) > _MAX_LEADS:
                return _stop(prefixes)
            return _extend(rest, {_spaces(p, run) for p in prefixes for run in runs})
        if op in _REPEATS:
            low, _high, body = av
            first = _extend_or_stop(list(body), prefixes)
            return first if low >= 1 else first | _extend_or_stop(rest, prefixes)
        return _stop(prefixes)
    return _stop(prefixes)


def _only_marks(body: Any) -> bool:
    """Whether a repeated part is one character of `_MARKS` (short vowels, shadda) and nothing else."""
    items = list(body)
    if len(items) != 1 or items[0][0] is not sre.IN:
        return False
    codes: set[int] = set()
    for op, av in items[0][1]:
        if op is sre.LITERAL:
            codes.add(av)
        elif op is sre.RANGE:
            codes.update(range(av[0], av[1] + 1))
        else:
            return False
    return codes <= _MARK_CODES


def _is_space(body: Any) -> bool:
    """Whether a repeated part is one white-space character (\\s or a space)."""
    items = list(body)
    if len(items) != 1:
        return False
    op, av = items[0]
    return (op is sre.LITERAL and av == 32) or (op is sre.IN and list(av) == [(sre.CATEGORY, sre.CATEGORY_SPACE)])


def _spaces(prefix: str, run: int) -> str:
    for _ in range(run):
        prefix = _append(prefix, " ")
    return prefix


def _append(prefix: str, char: str) -> str:
    if prefix == _AT_WORD_START and char == " ":
        return char  # a word boundary before a non-word character: nothing to say about the one before
    return prefix + char


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
    if prefixes & {"", _AT_WORD_START}:
        raise _NoLead
    return prefixes


def _form_chars(items: list[Any]) -> set[str] | None:
    """The search forms of the characters a literal or a small class matches, or None."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            codes = [av]
        elif op is sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            codes = list(range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            codes = [32]  # white space is a space in the search form
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            codes = list(range(48, 58))  # ASCII digits (the search form writes every digit so)
        else:
            return None  # another category (\w, \d), a negation, a wide range
        chars.update(_FORM_TABLE[code] for code in codes)
    return chars if len(chars) <= _MAX_DIGITS else None
