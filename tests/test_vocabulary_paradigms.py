"""The vocabulary of each language over the forms its words take: sentences written for these tests, one a line in
`tests/paradigms/<language>.tsv`, each with the facts it states.

A line is `kind<TAB>facts<TAB>sentence`. `kind` is `advice` (facts: issuer subject directive), `level` (issuer
subject level, the number as written or `null`), `reasons` (issuer subject reasons, comma-separated in alphabetical
order, or `-`), `border` (country neighbour action), `mission` (mission_of in_country action) or `none` (the sentence
states no advice, border or mission fact; facts `-`). Several facts are separated by `;`; `-` as the facts of another
kind says the sentence states none of it. The reader must find exactly these facts of the line's kind, and recognise
the file's language. Lines starting with `#` are comments (an English gloss, the form tested).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from travelrisk import extract
from travelrisk.model import Article, Extraction

_FOLDER = Path(__file__).parent / "paradigms"
_KINDS = ("advice", "level", "reasons", "border", "mission", "none")


def _lines() -> list[tuple[str, int, str, str, str]]:
    lines = []
    for path in sorted(_FOLDER.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            kind, facts, sentence = line.split("\t")
            lines.append((path.stem, number, kind, facts, sentence))
    return lines


def _facts(extraction: Extraction, kind: str) -> set[tuple[str | None, ...]]:
    if kind == "advice":
        return {(a.issuer, a.subject, a.directive.value if a.directive else None) for a in extraction.advisories}
    if kind == "reasons":
        return {(a.issuer, a.subject, ",".join(sorted(r.value for r in a.reasons)) or "-") for a in extraction.advisories}
    if kind == "level":
        return {(a.issuer, a.subject, None if a.level is None else str(a.level)) for a in extraction.advisories}
    if kind == "border":
        return {(b.country, b.neighbor, b.action.value) for b in extraction.border_events}
    return {(m.mission_of, m.in_country, m.action.value) for m in extraction.mission_events}


LINES = _lines()


def test_every_line_is_well_formed() -> None:
    assert LINES, "no paradigm lines found"
    for language, number, kind, facts, sentence in LINES:
        where = f"{language}.tsv:{number}"
        assert kind in _KINDS, f"{where}: kind {kind!r}"
        assert sentence.strip(), f"{where}: no sentence"
        if kind == "none":
            assert facts == "-", f"{where}: a 'none' line states no facts"
        elif facts != "-":
            assert all(len(fact.split()) == 3 for fact in facts.split(";")), f"{where}: facts {facts!r}"


@pytest.mark.parametrize(("language", "number", "kind", "facts", "sentence"), LINES, ids=[f"{x[0]}:{x[1]}" for x in LINES])
def test_the_sentence_states_its_facts(language: str, number: int, kind: str, facts: str, sentence: str) -> None:
    extraction = extract(Article(id=f"{language}-{number}", source="test", text=f"date 2025-05-01 {sentence}"))
    assert extraction.language == language
    if kind == "none":
        assert (extraction.advisories, extraction.border_events, extraction.mission_events) == ([], [], [])
        return
    expected = {tuple(None if part == "null" else part for part in fact.split()) for fact in facts.split(";") if fact != "-"}
    assert _facts(extraction, kind) == expected
