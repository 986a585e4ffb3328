"""Anchored patterns find exactly what the plain regular expressions find, only faster."""

from __future__ import annotations

from pathlib import Path

import pytest

import travelrisk.extract.pipeline  # noqa: F401  (registers every reader's patterns)
from travelrisk.extract.anchored import registered
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
    return out


@pytest.mark.parametrize("anchored", registered(), ids=lambda a: f"{a.ident}:{a.leads[0]}")
def test_anchored_matches_equal_plain_matches(anchored):
    sentences = _sentences()
    assert len(sentences) > 50
    for sentence in sentences:
        plain = [(m.start(), m.end()) for m in anchored.pattern.finditer(sentence)]
        assert [(m.start(), m.end()) for m in anchored.finditer(sentence)] == plain, sentence
