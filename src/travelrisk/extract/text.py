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
    r"(?:\w+\s+){0,3}via\s+getty\s+images\s*$|getty\s+images\s*$|download\s+the\b.*\bapp\b|"
    # the same prompts in the other languages read ("Lire aussi | ...", "Читайте также:", "اقرأ أيضاً")
    r"lire\s+(?:aussi|également|la\s+suite)\b|voir\s+aussi\b|leia\s+(?:também|mais)\b|lea\s+también\b|"
    r"leer\s+más\b|lesen\s+sie\s+auch\b|mehr\s+zum\s+thema\b|czytaj\s+(?:też|także|więcej)\b|"
    r"читайте\s+(?:также|також|більше)\b|leggi\s+anche\b|taip\s+pat\s+skaitykite\b|lasiet\s+arī\b|"
    r"ayrıca\s+(?:bakınız|okuyun|bkz)\b|اقرأ\s+أيض|بیشتر\s+بخوانید|相关阅读|関連記事|관련\s*기사)",
    re.IGNORECASE,
)
_RELATED_HEADING = re.compile(
    r"(?:(?:related|more)\s+(?:articles|stories|coverage|news)|susiję\s+straipsniai|saistītie\s+raksti|связанные\s+(?:статьи|новости)|"
    r"по\s+теме|пов['’]язані\s+(?:статті|новини)|powiązane\s+artykuły|artykuły\s+powiązane|verwandte\s+artikel|"
    r"articles\s+(?:liés|connexes)|(?:artículos|noticias)\s+relacionad[oa]s|(?:artigos|notícias)\s+relacionad[oa]s|"
    r"articoli\s+correlati|ilgili\s+haberler|مقالات\s+ذات\s+صلة|أخبار\s+ذات\s+صلة|اخبار\s+مرتبط|相关新闻|関連ニュース|관련\s*뉴스"
    r")\s*:?",
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
    # (to the end of its line, or of its title where a text has no line breaks: a feed's one-paragraph copy)
    r"Also\s+(?:watch|read)\s*\|[^\n]{0,200}?(?:[.?!](?=\s)|(?=\n)|$)",
    re.IGNORECASE,
)


# An agency's dateline at a line's start in the languages that write it in brackets: "(서울=연합뉴스)", "【北京共同】",
# "新华社北京8月6日电": where the story was filed, not a place it is about
_BRACKETED_DATELINE = re.compile(
    r"^[ \t]*(?:date\s+\S+\s+)?(?P<dateline>\([^()=\n]{1,15}=[^()\n]{1,15}\)(?:[ \t]*[^\s=]{1,10}[ \t]*기자[ \t]*=)?|"
    r"【[^】\n]{1,15}】|(?:新华社|新華社|中新社|中新网)[^\s，。,]{1,15}?电)",
    re.MULTILINE,
)


# A sentence that asks ("Will the border reopen on 13 December?", "mais ouverte vers où ?") states nothing
QUESTION_END = re.compile(r"[?？؟][\s»”\"’'」』)]*$")


def lower_keeping_offsets(text: str) -> str:
    """`text` lower-cased with its offsets kept: a letter whose lower case is longer ("İ" -> "i̇") stays as it is,
    so a position found in the result is the same position in `text`."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def mask_boilerplate(text: str) -> str:
    """The text with page furniture replaced by spaces of the same length, so offsets still point into it (the
    same string object when there is none)."""
    spans: list[tuple[int, int]] = []
    position = 0
    related = False  # under a "Related articles:" heading: the other stories' headlines, one a line
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        related = related and bool(stripped) and len(stripped) < 160 and stripped[-1] not in ".!?"
        # Furniture lines are short; long paragraphs are reporting and skip the checks.
        if related or (
            stripped
            and len(stripped) < 400
            and (_BOILERPLATE_LINE.match(stripped) or (stripped[-1] in ")]" and _CAPTION_TAIL.search(stripped)))
        ):
            spans.append((position, position + len(line)))
        related = related or bool(_RELATED_HEADING.fullmatch(stripped))
        position += len(line)
    lower = text.lower()
    if "watch" in lower or "related" in lower or "read more" in lower or "see also" in lower or "also read" in lower:
        spans += [(match.start(), match.end()) for match in _INLINE.finditer(text)]
    if "(" in text or "【" in text or "社" in text:
        spans += [(match.start("dateline"), match.end("dateline")) for match in _BRACKETED_DATELINE.finditer(text)]
    if not spans:
        return text  # most articles: nothing to copy
    chars = list(text)
    for start, end in spans:
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)


# A list under a heading that ends with a colon, one short item a line ("• Germany", "- the United States",
# "2. Italy"): read as one sentence, "heading: A, B, C".
_LIST_ITEM = re.compile(r"[ \t]*(?:[•\-*–·▪●◦]|\d{1,2}[.)])?[ \t]*(?P<item>[^\s:][^:\n]{0,118}?)[ \t]*[,;]?[ \t]*")
_MAX_ITEM_WORDS = 14  # (a reason with its gloss: "- violent crime, including armed robbery and carjacking;")
_HEADING_END = re.compile(r":[ \t]*\r?\n")


def join_list_items(text: str) -> str:
    """Short list items under a heading ending with ":" joined into the heading's line, offsets kept: the breaks
    and bullets between become a comma and spaces (the same string object when there is no such list)."""
    if _HEADING_END.search(text) is None:
        return text
    lines: list[tuple[int, int]] = []  # (start, end) of every line, line break excluded
    position = 0
    for line in text.split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    chars: list[str] | None = None
    index = 0
    while index < len(lines):
        start, end = lines[index]
        heading = text[start:end].rstrip()
        index += 1
        if not heading.endswith(":") or len(heading) > 300:
            continue
        items: list[tuple[int, int]] = []  # spans of the items' own text
        following = index
        after_blank = False
        while following < len(lines):
            line_start, line_end = lines[following]
            if not text[line_start:line_end].strip():
                following += 1
                after_blank = True
                continue
            match = _LIST_ITEM.fullmatch(text, line_start, line_end)
            words = len(match.group("item").split()) if match else 0
            if match is None or words > _MAX_ITEM_WORDS or (match.group("item")[-1] in ".!?" and words > 3):
                break  # (an item that ends like a sentence is one: "- The US told citizens to leave.")
            if after_blank and items and match.start("item") == line_start:
                break  # a blank line, then a line without a bullet: the list has ended
            after_blank = False
            items.append(match.span("item"))
            following += 1
        if len(items) < 2:
            continue
        chars = chars if chars is not None else list(text)
        gaps = [(start + len(heading), items[0][0])] + [(items[i][1], items[i + 1][0]) for i in range(len(items) - 1)]
        for number, (gap_start, gap_end) in enumerate(gaps):
            for position in range(gap_start, gap_end):
                chars[position] = " "
            if number and text[gap_start - 1] not in ",;":
                chars[gap_start] = ","
        index = following
    return text if chars is None else "".join(chars)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen lt col sgt gov sen rep jan feb mar apr jun jul aug sep sept oct nov dec no vol inc ltd "
    "co corp vs etc approx pres prof capt cmdr adm maj".split()
)
# A sentence ends at . ! or ? (with closing quotes/brackets) before whitespace and an opening character,
# or at a line break.
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # "U.S", "U.K", "D.C": initials, not a sentence end
# Written to start with one character class, so the regular expression engine skips to the next . ! ? or line
# break instead of trying both alternatives at every character; the same as
# [.!?][\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n+ (a test compares them).
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|(?<=\n)\n*)")


def split_sentences(text: str, start: int = 0, stop: int | None = None) -> list[Sentence]:
    """Sentence spans of `text[start:stop]` (offsets into `text`); abbreviations ("U.S.", "Mr.") do not end one."""
    sentences: list[Sentence] = []
    stop = len(text) if stop is None else stop
    for match in _BOUNDARY.finditer(text, start, stop):
        end = match.end()
        if match.group(0)[0] == ".":
            cut = match.start()
            space = max(text.rfind(" ", start, cut), text.rfind("\n", start, cut))
            token = text[space + 1 : cut].lstrip('("“')
            if token.lower() in _ABBREVIATIONS or _INITIALS.fullmatch(token):
                continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, stop)
    return sentences


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line: sentences never cross a line break."""
    spans = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    offset = start + (len(chunk) - len(chunk.lstrip()))
    sentences.append(Sentence(offset, offset + len(stripped), stripped))


def is_headline(start: int | None, text: str) -> bool:
    """Whether a sentence at `start` of an article is its first line without a sentence's end: its headline."""
    return start == 0 and not text.rstrip().endswith((".", "!", "?", '"', "”", "’", "'", ")", "。"))
