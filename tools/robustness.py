"""How the news reader holds up when an annotated article set is written the way other outlets write: the same facts,
other formatting, or a line about something else put in. Each variant is scored with the shared scorer against the
unchanged ground truth, beside the set as it is.

Usage: python tools/robustness.py [GOLD_DIR] [--scorer PATH] [--variants NAME,...]

The variants (the inserted lines are written for this tool):
- `one_paragraph`: no line breaks (a feed's description field); `sentence_lines`: a sentence a paragraph;
  `single_newlines`; `crlf`: Windows line breaks; `straight_quotes` / `curly_quotes`.
- `quote_after_lead`: a one-line quote nobody is named in, after the first paragraph.
- `head_country` / `mid_country` / `tail_country`: a line naming an unrelated government that did nothing, at the
  start, in the middle, at the end ("Officials in Brazil declined to comment on the matter.").
- `meanwhile`: a line of other news in the middle ("Meanwhile, Germany's chancellor met ...").
- `capital_headline`: a first line short enough to be a headline written in capitals.
- `synonyms`: common words of the facts in other words news also uses ("urged" -> "called on", "closed" -> "shut",
  "border" -> "frontier", "embassy" -> "mission", "ordered" -> "directed", "evacuated" -> "pulled out", ...).
A variant that loses event F1 against the set as written points at a rule that depends on how a text is laid out
or on what happens to stand next to a fact. Countries F1 falls where a line names a country: that is expected.
Prints JSON: the headline scores of the set and of each variant.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crossfold import DEFAULT_GOLD, DEFAULT_SCORER, _headline, _run_extract, _scorer

_DATE = re.compile(r"^date \d{4}-\d{2}-\d{2} ")
_SENTENCE_END = re.compile(r"(?<![A-Z][a-z])(?<=[a-z0-9)])([.!?][\"”’]?) +(?=[A-Z\"“])")
_OTHER_GOVERNMENT = "Officials in Brazil declined to comment on the matter."


_SYNONYMS = [
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\burged\b", "called on"),
        (r"\burges\b", "calls on"),
        (r"\bcitizens\b", "nationals"),
        (r"\bclosed\b", "shut"),
        (r"\bborder\b", "frontier"),
        (r"\bborders\b", "frontiers"),
        (r"\bembassy\b", "mission"),
        (r"\bordered\b(?!\s+departure)", "directed"),  # ("ordered departure" is the US term of art)
        (r"\bevacuated\b", "pulled out"),
        (r"\bsuspended\b", "halted"),
        (r"\bwarned\b", "cautioned"),
        (r"\btravel advisory\b", "travel warning"),
    )
]


def _synonyms(text: str) -> str:
    for pattern, replacement in _SYNONYMS:
        text = pattern.sub(replacement, text)
    return text


def _capital_headline(text: str) -> str:
    first, newline, rest = text.partition("\n")
    return (first.upper() if newline and len(first) < 130 else first) + newline + rest


def _between_paragraphs(text: str, line: str, *, middle: bool) -> str:
    parts = text.split("\n\n")
    at = max(1, len(parts) // 2) if middle else 1
    return "\n\n".join([*parts[:at], line, *parts[at:]])


VARIANTS: dict[str, Callable[[str], str]] = {
    "one_paragraph": lambda t: re.sub(r"\s*\n\s*", " ", t),
    "sentence_lines": lambda t: _SENTENCE_END.sub("\\1\n\n", t),
    "single_newlines": lambda t: re.sub(r"\n\s*\n", "\n", t),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "straight_quotes": lambda t: t.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})),
    "curly_quotes": lambda t: re.sub(r"(\w)'(\w)", "\\1’\\2", t),
    "quote_after_lead": lambda t: _between_paragraphs(
        t, '"We are monitoring the situation closely," a spokesperson said.', middle=False
    ),
    "head_country": lambda t: f"{_OTHER_GOVERNMENT}\n\n{t}",
    "mid_country": lambda t: _between_paragraphs(t, "Brazil's foreign ministry declined to comment.", middle=True),
    "tail_country": lambda t: f"{t}\n\n{_OTHER_GOVERNMENT}",
    "meanwhile": lambda t: _between_paragraphs(
        t, "Meanwhile, Germany's chancellor met the French president in Berlin to discuss trade.", middle=True
    ),
    "capital_headline": _capital_headline,
    "synonyms": _synonyms,
}


def _write_variant(gold_dir: Path, into: Path, change: Callable[[str], str]) -> Path:
    """The set rewritten by `change` (the "date" prefix kept as the system gets it), its ground truth linked."""
    into.mkdir()
    for text_path in sorted(gold_dir.glob("*.txt")):
        text = text_path.read_text(encoding="utf-8")
        prefix = _DATE.match(text)
        head, body = (text[: prefix.end()], text[prefix.end() :]) if prefix else ("", text)
        (into / text_path.name).write_text(head + change(body), encoding="utf-8", newline="")
        (into / f"{text_path.stem}.json").symlink_to(text_path.with_suffix(".json").resolve())
    return into


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated names")
    args = parser.parse_args(argv)
    names = [n for n in args.variants.split(",") if n]
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        parser.error(f"--variants: unknown {', '.join(unknown)}; choose from {', '.join(VARIANTS)}")
    scorer = _scorer(args.scorer)
    report: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ["as_written", *names]:
            gold = args.gold_dir if name == "as_written" else _write_variant(args.gold_dir, Path(tmp) / name, VARIANTS[name])
            predictions = Path(tmp) / f"{name}.jsonl"
            _run_extract(gold, predictions)
            report[name] = _headline(scorer.score(args.gold_dir, predictions))
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
