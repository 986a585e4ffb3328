"""Anchored patterns find exactly what the plain regular expressions find, only faster."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import travelrisk.extract.pipeline  # noqa: F401  (registers every reader's patterns)
from travelrisk.extract.anchored import form_char, leads_of, registered, search_form
from travelrisk.extract.text import mask_boilerplate, paragraphs, split_sentences
from travelrisk.extract.vocabulary_patterns import vocabulary
from travelrisk.model.vocabulary import LANGUAGES

ARTICLES = Path(__file__).parent / "articles"
PARADIGMS = Path(__file__).parent / "paradigms"
for _language in LANGUAGES:
    vocabulary(_language)  # registers the language's patterns


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
    # digits outside ASCII, which \\d matches but the search form blanks
    out += [
        "Only ٣ of its ٧ crossings remain open.",
        "Level ３ of 4: ２ checkpoints closed, leaving ５ crossings open.",
    ]
    # white space longer than a lead goes on after, and of one or two characters of any kind
    out += [
        "The ministry told its citizens to   leave immediately and to avoid\t\t\tall travel.",
        "Nationals\u00a0should\u2003 leave the country; do  not travel, because\tof the fighting.",
    ]
    return out


def _foreign_sentences(language: str) -> list[str]:
    """Our sentences in `language`: its paradigm lines and the lines of our articles in it, cut at full stops."""
    lines = [line.split("\t")[2] for line in (PARADIGMS / f"{language}.tsv").read_text(encoding="utf-8").splitlines()
             if line.count("\t") == 2]
    for path in sorted(ARTICLES.glob("*.json")):
        if json.loads(path.read_text(encoding="utf-8")).get("language") == language:
            text = path.with_suffix(".txt").read_text(encoding="utf-8")
            lines += [part for line in text.splitlines() for part in re.split(r"(?<=[.!?。])\s*", line) if part]
    return lines


@pytest.mark.parametrize("language", LANGUAGES)
def test_anchored_matches_equal_plain_matches_in_every_language(language):
    sentences = _foreign_sentences(language)
    patterns = registered(language)
    assert len(sentences) > 100 and len(patterns) > 30
    assert sum(a.leads is not None for a in patterns) > len(patterns) // 2  # most patterns are anchored
    for anchored in patterns:
        for sentence in sentences:
            plain = [(m.start(), m.end()) for m in anchored.pattern.finditer(sentence)]
            assert [(m.start(), m.end()) for m in anchored.finditer(sentence)] == plain, (anchored.pattern, sentence)
            middle = len(sentence) // 2  # a search that starts and ends inside the text
            plain_match = anchored.pattern.search(sentence, middle // 2, middle + 20)
            found = anchored.search(sentence, middle // 2, middle + 20)
            assert (found and found.span()) == (plain_match and plain_match.span()), (anchored.pattern, sentence)


@pytest.mark.parametrize("anchored", registered("en"), ids=lambda a: f"{a.ident}:{a.pattern.pattern[:24]}")
def test_anchored_matches_equal_plain_matches(anchored):
    sentences = _sentences()
    assert len(sentences) > 50
    for sentence in sentences:
        plain = [(m.start(), m.end()) for m in anchored.pattern.finditer(sentence)]
        assert [(m.start(), m.end()) for m in anchored.finditer(sentence)] == plain, sentence


@pytest.mark.parametrize(
    ("pattern", "leads"),
    [  # "^": at a word start; a space: white space or punctuation
        # white space of one or two characters: the lead goes on after it
        (r"\b(?:due\s+to|because\s+of)\b", ("^because  of", "^because of", "^due  to", "^due to")),
        (r"\bto\s*avoid", ("^to  avoid", "^to avoid", "^toavoid")),
        (r"\bno\s{1,5}travel", ("^no  travel", "^no travel")),
        (r"\b(?:strongly\s+)?discourag\w+", ("^discourag", "^strongly ")),  # an optional part adds what follows
        (r"\bdon[’']t\b", ("^don t",)),  # a small class multiplies the leads; punctuation is a space
        (r"(?<!second\s)\bHighest\s+level", ("^highest  level", "^highest level")),  # lookbehinds are skipped
        (r"\bcolou?r", ("^color", "^colou")),
        (r"\b(?:level|levels)\b", ("^level",)),  # a lead that starts with a shorter one is dropped
        (r"\bU\.S\.", ("^u s ",)),
        (r"\b(?:include|:)", None),  # a colon alone would be tried at every space
        # "^" without MULTILINE: the text's start ("@") is a place to try
        (r"\bfollowed\s+suit|^\W*so\s+did", ("^followed  suit", "^followed suit", "@")),
        (r"(?m)^\W*so\s+did", None),  # after every line break too
        # a digit is itself in the search form (a text with a digit outside ASCII is searched unanchored)
        (r"\b(?:\d+|many)\s+countries", (*(f"^{d}" for d in "0123456789"), "^many  countries", "^many countries")),
        (r"\b(?:\w+|many)\s+countries", None),  # a match may start with any word character
        (r"[A-Z][a-z]+\s+embassy", None),
        (r"\b(?:a|b)?", None),  # may match nothing
    ],
)
def test_leads_are_what_every_match_starts_with(pattern, leads):
    found = leads_of(re.compile(pattern, re.IGNORECASE))
    assert (found and tuple(lead.replace("\x00", "^").replace("\x01", "@") for lead in found)) == leads


def test_search_form_keeps_offsets():
    text = "The U.S. “Embassy” in Kyiv — Zürich_2"
    assert search_form(text) == " the u s   embassy  in kyiv   zürich_2"
    assert search_form("İSTANBUL’da ٣ sınır KAPISI, ΟΔΌΣ") == " istanbul da 3 sinir kapisi  οδόσ"


def test_one_search_form_for_the_characters_ignorecase_takes_for_one_another():
    # A lead is found in the search form: every character that IGNORECASE matches to a letter of a pattern must
    # have that letter's form, or a match would be hidden ("ı" and "İ" match "i", "ſ" matches "s").
    everything = "".join(chr(code) for code in range(0x30000) if not 0xD800 <= code < 0xE000)
    letters = {char for anchored in registered() for char in anchored.pattern.pattern if char.isalpha()}
    assert len(letters) > 500
    for letter in letters | set("abcdefghijklmnopqrstuvwxyz"):
        forms = {form_char(ord(m)) for m in re.findall(re.escape(letter), everything, re.IGNORECASE)}
        assert forms == {form_char(ord(letter))}, letter
    assert {form_char(ord(m)) for m in re.findall(r"\d", everything)} == set("0123456789")  # \\d: any script


def test_the_of_check_passes_every_text_the_of_patterns_match():
    # assign_roles runs the "citizens of", "government of" searches only where ends_with_of says they can match
    from travelrisk.extract.roles import _CITIZENS_BEFORE, _GOVERNMENT_BEFORE, ends_with_of

    for pattern in (_CITIZENS_BEFORE, _GOVERNMENT_BEFORE):
        assert pattern.pattern.endswith(r"\s+of\s+(?:the\s+)?$")
    texts = [s[i : i + 40] for s in _sentences() for i in range(len(s))]
    texts += ["the citizens OF ", "Government of\u00a0The\u2003", "ministry of\tthe  ", "people of", "nationals of x "]
    matched = [t for t in texts if _CITIZENS_BEFORE.search(t) or _GOVERNMENT_BEFORE.search(t)]
    assert len(matched) >= 4
    assert all(ends_with_of(t) for t in matched)
    assert not ends_with_of("people of") and not ends_with_of("the wife ")


def test_nothing_found_in_one_article_is_remembered_for_the_next():
    from travelrisk.extract import advisories, anchored
    from travelrisk.extract.pipeline import extract
    from travelrisk.model import Article

    first, second = sorted(ARTICLES.glob("*.txt"))[:2]
    extract(Article(id="a", source="test", text=first.read_text(encoding="utf-8")))
    seen = anchored._registry("en").seen
    assert seen  # the readers did ask about that article's sentences
    text = second.read_text(encoding="utf-8")
    extract(Article(id="b", source="test", text=text))
    cleaned = mask_boilerplate(text)
    assert seen and all(sentence in text or sentence in cleaned for sentence in seen)
    assert advisories._find_triggers.cache_info().currsize <= len(seen)


def test_sentence_boundary_finds_what_the_plain_form_finds():
    from travelrisk.extract.text import _BOUNDARY

    plain = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n+")
    texts = [path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))]
    texts += ["It ended. Then", "one.\n\n\nTwo", 'asked?" Yes', "Gen. Smith. He", "(closed.) [Next", "a.’ “B", "x! 9"]
    compared = 0
    for text in texts:
        for start in range(0, len(text), 61):
            for stop in (len(text), min(len(text), start + 140)):
                found = [(m.start(), m.end()) for m in _BOUNDARY.finditer(text, start, stop)]
                assert found == [(m.start(), m.end()) for m in plain.finditer(text, start, stop)], text[start:stop]
                compared += len(found)
    assert compared > 100


@pytest.mark.parametrize(
    ("pattern", "required"),
    [  # words one of which every match holds (search form), for patterns without leads
        (r"(\d+|two)\s+(?:border\s+)?crossings?\s+(?:remain|stay)\s+open", ("crossing",)),  # the longest word
        (r"\d+\s+(?:countries|nations)", ("countries", "nations")),  # an alternative: one of its words
        (r"\d+\s+(?:countries|of)", None),  # a word shorter than three letters is no help
        (r"\d+\s+(?:more\s+)?countries", ("countries",)),  # an optional part is not required
        (r"[A-Z]\w+\s+(?=embassy)", None),  # nor is what a lookahead looks for
    ],
)
def test_required_words_are_what_every_match_holds(pattern, required):
    from travelrisk.extract.anchored import required_of

    assert required_of(re.compile(pattern, re.IGNORECASE)) == required


@pytest.mark.parametrize("anchored", registered("en"), ids=lambda a: f"{a.ident}:{a.pattern.pattern[:24]}")
def test_search_in_a_slice_equals_the_plain_search_of_the_slice(anchored):
    for sentence in _sentences():
        for end in range(0, len(sentence) + 1, 7):
            start = max(0, end - 40)
            plain = anchored.pattern.search(sentence[start:end])
            found = anchored.search_slice(sentence, start, end)
            assert (found and found.span()) == (plain and plain.span()), (sentence, start, end)


def _words_of(language: str) -> list[str]:
    """Words written in a language's patterns (its stems and particles), to make texts its patterns match."""
    return sorted({w for a in registered(language) for w in re.findall(r"[^\W\d_]{2,}", a.pattern.pattern)})


# Characters the search form must fold or blank: case forms that IGNORECASE takes for one another ("İ", "ı", "ſ",
# the Kelvin sign, final sigma), digits of other scripts, combining marks, spaces of other kinds, punctuation
_AWKWARD = ["İ", "ı", "ſ", "\u212a", "ς", "٣", "３", "\u064e", "\u0651", "\u00a0", "\u2003", " ", "  ", "   ", "-", "«", "»", ",", "."]


@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_anchored_matches_equal_plain_matches_on_made_up_text(language, data):
    # Text made of the language's own pattern words in any case, joined by awkward characters: every pattern
    # anchored must find what its plain regular expression finds.
    words = _words_of(language)
    pieces = data.draw(
        st.lists(
            st.one_of(
                st.sampled_from(words).map(str.upper),
                st.sampled_from(words).map(str.title),
                st.sampled_from(words),
                st.sampled_from(_AWKWARD),
                st.text(max_size=3),
            ),
            min_size=1,
            max_size=14,
        )
    )
    text = " ".join(pieces)
    for anchored in registered(language):
        plain = [(m.start(), m.end()) for m in anchored.pattern.finditer(text)]
        assert [(m.start(), m.end()) for m in anchored.finditer(text)] == plain, (anchored.pattern.pattern[:80], text)
