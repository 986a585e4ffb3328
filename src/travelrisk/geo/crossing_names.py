"""Crossing names in text of any script and case form, matched to the bundled crossings.

A name is transliterated to Latin letters (anyascii) and compared, by similarity, with the Latin names of the
crossings on one border pair: "Мядининкай" (Ukrainian), "Medininkų" (Lithuanian genitive) and "Medininkai" are
one crossing. Only the crossings of the pair the sentence is about are candidates, which keeps a loose
comparison safe.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache, lru_cache

from travelrisk.geo.countries import neighbours
from travelrisk.geo.crossings import Crossing, bundled_crossings
from travelrisk.geo.transliteration import MIN_STEM, latin_form, name_stem

_SIMILAR = 0.78  # SequenceMatcher ratio: "miadininkai" ~ "medininkai" 0.86; unrelated names stay well below


@cache
def _pair_names(pair: frozenset[str]) -> tuple[tuple[str, str, tuple[int, ...], Crossing], ...]:
    """(first word of a Latin name, its stem, its letters, crossing) for every name of the pair's crossings."""
    out = []
    for crossing in bundled_crossings():
        if frozenset(crossing.countries()) == pair:
            for name in crossing.names:
                if len(latin_form(name)) >= 4:
                    word = _leading_words(latin_form(name).split(" "))
                    out.append((word, name_stem(word), _letters(word), crossing))
    return tuple(out)


@cache
def _unwritten_in_latin(pair: frozenset[str]) -> tuple[tuple[str, Crossing], ...]:
    """The pair's crossing names written in Arabic, Hebrew or Persian letters, which transliterate without vowels,
    or in Chinese, Japanese or Korean, written without spaces between words: both are matched as written."""
    return tuple(
        (name, crossing)
        for crossing in bundled_crossings()
        if frozenset(crossing.countries()) == pair
        for name in crossing.names
        if _UNVOWELLED.search(name)
    )


_UNVOWELLED = re.compile(r"[\u0590-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


@lru_cache(maxsize=4096)  # a word comes back within an article (each neighbour is tried); emptied per article
def _closest(key: str, pair: frozenset[str]) -> Crossing | None:
    """The crossing of `pair` whose name's first word is most like `key`, if like enough. The similarity's upper
    bounds by length and by letters shared (difflib's real_quick_ratio and quick_ratio, computed here on letters
    counted once) rule most names out before the full comparison: the same answer, a fraction of the time."""
    best: tuple[float, Crossing] | None = None
    stem = name_stem(key)
    letters = _letters(key)
    for name, stem_of_name, name_letters, crossing in _pair_names(pair):
        if len(stem) >= MIN_STEM and stem == stem_of_name:
            return crossing  # the same name in another case ("Šumsko" of "Šumskas")
        total = len(key) + len(name)
        if 2.0 * min(len(key), len(name)) / total < _SIMILAR or 2.0 * sum(map(min, letters, name_letters)) / total < _SIMILAR:
            continue
        ratio = SequenceMatcher(None, key, name).ratio()
        if ratio >= _SIMILAR and (best is None or ratio > best[0]):
            best = (ratio, crossing)
    return best[1] if best else None


_ALPHABET = "abcdefghijklmnopqrstuvwxyz "  # what `latin_form` leaves


def _letters(word: str) -> tuple[int, ...]:
    """How many of each letter `word` holds (the letters two words share: the sum of the smaller counts)."""
    return tuple(map(word.count, _ALPHABET))


def crossings_named(text: str, pair: tuple[str, str]) -> list[tuple[str, Crossing]]:
    """(name as written, crossing) for each bundled crossing of `pair` that `text` names, in any script."""
    sides = frozenset(pair)
    if not _pair_names(sides):
        return []
    found: list[tuple[str, Crossing]] = []
    for name, crossing in _unwritten_in_latin(sides):
        # a name in a script without capitals or vowels written ("معبر رفح", "כרם שלום"): as written
        if name in text and all(crossing.id != other.id for _name, other in found):
            found.append((name, crossing))
    for match in re.finditer(r"\w[\w'’]*", text):
        word, end = match.group(0), match.end()
        if not word[0].isupper():
            continue
        if len(word) < 4:
            # ("San Ysidro", "El Paso", "Ras Jedir": a short first word is compared with the word after it)
            following = _NEXT_NAME_WORD.match(text, end)
            if following is None or not following.group(1)[0].isupper():
                continue
            word, end = f"{word} {following.group(1)}", following.end()
        best = _closest(latin_form(word), sides)
        if best is None or _PORT_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue  # ("le port de Sèmè": a seaport named like the crossing near it)
        if all(best.id != crossing.id for _name, crossing in found):
            # ("Raja-Jooseppi": a capitalised word joined by a hyphen before it is part of the name)
            joined = _JOINED_BEFORE.search(text, max(0, match.start() - 30), match.start())
            start = joined.start() if joined else match.start()
            found.append((text[start : _name_end(text, end, best)], best))
    return found


_NEXT_NAME_WORD = re.compile(r"[ -](\w[\w'’]*)")


def _leading_words(words: list[str]) -> str:
    """The words a name is compared by: its first, with the next where the first is short ("san ysidro")."""
    return " ".join(words[:2]) if len(words[0]) < 4 else words[0]


_PORT_BEFORE = re.compile(
    r"\b(?:port|porto|puerto|aéroport|aeroporto|aeropuerto|airport|harbou?r|порт\w*|аэропорт\w*)\s+"
    r"(?:de\s+|d['’]|of\s+|di\s+|do\s+|da\s+)?$",
    re.IGNORECASE,
)
_JOINED_BEFORE = re.compile(r"(?<![\w-])[A-ZÀ-ŽА-ЯЁ][\w'’]*-$")


def _name_end(text: str, end: int, crossing: Crossing) -> int:
    """Where a name that begins with a crossing's first word ends: the next capitalised words that are words of
    one of its names ("puente Simón Bolívar", not "Simón")."""
    words = {w for name in crossing.names for w in latin_form(name).split(" ")}
    while (following := re.match(r"[ -](\w[\w'’]*)", text[end:])) and following.group(1)[0].isupper():
        if latin_form(following.group(1)) not in words:
            break
        end += following.end()
    return end


def neighbour_by_crossing(text: str, country: str) -> str | None:
    """The other side of `country`'s border whose bundled crossing `text` names ("Šalčininkų punktas" -> BY); where
    several borders' crossings share a word, the border with the most of its crossings named ("Вельке Слеменце" and
    "Малі Селменці" name two Slovak-Ukrainian crossings, "Вельке" alone one Czech-Slovak "Velke Karlovice")."""
    named = [(len(found), neighbour) for neighbour in neighbours(country) if (found := crossings_named(text, (country, neighbour)))]
    return max(named, key=lambda counted: counted[0])[1] if named else None
