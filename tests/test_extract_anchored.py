"""Anchored patterns find exactly what the plain regular expressions find, only faster."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import travelrisk.extract.pipeline  # noqa: F401  (registers every reader's patterns)
from travelrisk.extract.anchored import _FOLD_TRAPS, leads_of, registered
from travelrisk.extract.text import mask_boilerplate, paragraphs, split_sentences

ARTICLES = Path(__file__).parent / "articles"


def _sentences() -> list[str]:
    out = []
    for path in sorted(ARTICLES.glob("*.txt")):
        text = mask_boilerplate(path.read_text(encoding="utf-8"))
        for start, end in paragraphs(text):
            out += [s.text for s in split_sentences(text, start, end)]
    # words that start a lead inside another word, upper case, and a character that lower-cases to two
    out += ["Brexit talks; the DO NOT TRAVEL list", "İstanbul: Citizens should leave immediately."]
    # characters that IGNORECASE matches to an ASCII letter although lower() does not turn them into it
    out += ["The ſtate Department told citizens to leave at once.", "Travel advıce: do not travel to the area."]
    return out


@pytest.mark.parametrize("anchored", registered(), ids=lambda a: f"{a.ident}:{a.pattern.pattern[:24]}")
def test_anchored_matches_equal_plain_matches(anchored):
    sentences = _sentences()
    assert len(sentences) > 50
    for sentence in sentences:
        plain = [(m.start(), m.end()) for m in anchored.pattern.finditer(sentence)]
        assert [(m.start(), m.end()) for m in anchored.finditer(sentence)] == plain, sentence


@pytest.mark.parametrize(
    ("pattern", "leads"),
    [
        (r"\b(?:due\s+to|because\s+of)\b", ("because", "due")),
        (r"\b(?:strongly\s+)?discourag\w+", ("discourag", "strongly")),  # an optional part adds what follows
        (r"\bdon[’']t\b", ("don't", "don’t")),  # a small class multiplies the leads
        (r"(?<!second\s)\bHighest\s+level", ("highest",)),  # zero-width assertions are skipped
        (r"\bcolou?r", ("color", "colou")),
        (r"\b(?:level|levels)\b", ("level",)),  # a lead that starts with a shorter one is dropped
        (r"\b(?:\d+|many)\s+countries", None),  # a match may start with any digit
        (r"[A-Z][a-z]+\s+embassy", None),
        (r"\b(?:a|b)?", None),  # may match nothing
    ],
)
def test_leads_are_what_every_match_starts_with(pattern, leads):
    assert leads_of(re.compile(pattern, re.IGNORECASE)) == leads


def test_lower_case_finds_every_lead_character_but_the_traps():
    # Leads are looked for in the lower-cased text: any character that IGNORECASE matches to a lead character
    # must lower-case to it, or be a trap that makes the text go unanchored.
    everything = "".join(chr(code) for code in range(0x80, 0x3000))
    lead_characters = {c for anchored in registered() for lead in anchored.leads or () for c in lead}
    for character in lead_characters:
        for match in re.finditer(re.escape(character), everything, re.IGNORECASE):
            found = match.group(0)
            lowered = found.lower()
            assert lowered == character or len(lowered) != 1 or found in _FOLD_TRAPS, (character, found)
