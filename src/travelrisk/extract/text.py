"""Article text: page boilerplate masked out (offsets preserved) and sentence spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Whole lines that are page furniture, not reporting: video/"read more" prompts, share and newsletter
# widgets, photo credits and captions.
_BOILERPLATE_LINE = re.compile(
    r"^\s*(?:also\s+(?:watch|read|see)\b|read\s+(?:more|also|next)\b|watch\b.*\blive\b|watch\s*[:|]|"
    r"listen\s*[:|]|share\s+(?:this|on|via)\b|share\s*$|subscribe\b|sign\s+up\b|newsletter\b|follow\s+us\b|"
    r"click\s+here\b|advertisement\s*$|related\s*[:|]|recommended\s*[:|]|more\s+on\s+this\b|"
    r"photo\s*[:|]|image\s*[:|]|file\s+photo\b|topshot\b|font\s+size\b|copyright\b|©|all\s+rights\s+reserved|"
    r"(?:\w+\s+){0,3}via\s+getty\s+images\s*$|getty\s+images\s*$|download\s+the\b.*\bapp\b)",
    re.IGNORECASE,
)
_CAPTION_TAIL = re.compile(
    r"(?:\((?:reuters|ap|afp|ap\s+photo|reuters\s+photo|file)(?:[^)]{0,60})\)|\[[^\]]{0,80}(?:agency|photo|getty|"
    r"afp|reuters|ap)[^\]]{0,40}\])\s*$",
    re.IGNORECASE,
)
# Inline furniture inside a line.
_INLINE = re.compile(
    r"\((?:RELATED|READ MORE|WATCH|SEE ALSO)\s*:[^)]*\)|WATCH\s+[A-Z][A-Z ]{1,30}\s+LIVE\s+HERE|"
    r"Also\s+(?:watch|read)\s*\|[^\n]*",
    re.IGNORECASE,
)


def mask_boilerplate(text: str) -> str:
    """The text with page furniture replaced by spaces of the same length, so offsets still point into it."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = " "

    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and (_BOILERPLATE_LINE.match(stripped) or (len(stripped) < 400 and _CAPTION_TAIL.search(stripped))):
            blank(position, position + len(line))
        position += len(line)
    for match in _INLINE.finditer(text):
        blank(match.start(), match.end())
    return "".join(chars)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vol", "inc", "ltd", "co", "corp", "vs", "etc", "approx", "pres", "prof", "capt", "cmdr", "adm", "maj"]
)
# A sentence ends at . ! or ? (with closing quotes/brackets) before whitespace and an opening character,
# or at a line break.
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n+")


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans of `text`; abbreviations ("U.S.", "Mr.") do not end a sentence."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group(0)[0] == ".":
            word = re.search(r"([A-Za-z.]+)\.$", text[max(start, match.start() - 12) : match.start() + 1])
            if word:
                token = word.group(1)
                if token.lower() in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", token):
                    continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    offset = start + (len(chunk) - len(chunk.lstrip()))
    sentences.append(Sentence(offset, offset + len(stripped), stripped))
