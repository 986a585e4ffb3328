"""Whole HTML pages of official sites: decoding, the parsed tree, visible text, and dates as each site writes them.

Pages are parsed, never run: scripts, styles and comments are not text. Anything that is not a readable page
is an `InputError` naming the input.
"""

from __future__ import annotations

import datetime as dt
import re

from lxml import etree
from lxml import html as lxml_html

from travelrisk.errors import InputError

_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_SKIP = {"script", "style", "noscript", "template", "svg", "head"}
_BLOCK = {
    "p", "div", "li", "ul", "ol", "br", "tr", "td", "th", "table", "section", "article", "header", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "dl", "blockquote", "figcaption", "figure", "main", "aside",
    "nav", "form", "span",
}  # fmt: skip
_SPACE = re.compile(r"[ \t\u00a0\u202f\u2009\u200b\ufeff]+")


def decode(data: bytes, name: str) -> str:
    """The text of a page or feed: UTF-8, else the charset the page declares."""
    if not data.strip():
        raise InputError(name, "empty file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        declared = _CHARSET.search(data[:4096])
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        raise InputError(
            name, f"not UTF-8 text ({utf8_error.reason} at byte {utf8_error.start}) and no usable charset"
        ) from utf8_error


def load_page(data: bytes, name: str) -> lxml_html.HtmlElement:
    """The parsed page; refuses empty, binary and entity-declaring input."""
    text = decode(data, name)
    if "\x00" in text:
        raise InputError(name, "binary data (NUL bytes), not an HTML page")
    if "<!ENTITY" in text[:65536]:
        raise InputError(name, "entity declarations are not allowed (possible XML bomb)")
    try:
        return lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(name, f"not an HTML page ({exc})") from exc


def visible_text(element: lxml_html.HtmlElement) -> str:
    """The text a reader sees, one block element per line, spaces collapsed; no scripts, styles or comments."""
    chunks: list[str] = []
    skipping = 0
    for event, node in etree.iterwalk(element, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in _SKIP:
                skipping += 1
            elif not skipping and tag:
                if tag in _BLOCK:
                    chunks.append("\n")
                chunks.append((node.text or "").replace("\n", " "))
            continue
        if tag in _SKIP:
            skipping -= 1
        elif not skipping and tag in _BLOCK:
            chunks.append("\n")
        if not skipping and node is not element:
            chunks.append((node.tail or "").replace("\n", " "))
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(chunks).splitlines())
    return "\n".join(line for line in lines if line)


def fragment_text(fragment: str) -> str:
    """Visible text of an HTML fragment inside a payload: one block per line, the source's line wrapping undone."""
    if not fragment.strip():
        return ""
    try:
        return visible_text(lxml_html.fragment_fromstring(fragment, create_parent="div"))
    except (etree.ParserError, ValueError):
        return " ".join(re.sub(r"<[^>]+>", " ", fragment).split())


def page_url(root: lxml_html.HtmlElement) -> str | None:
    """The page's own address (canonical link, else og:url)."""
    for value in root.xpath('//link[@rel="canonical"]/@href') + root.xpath('//meta[@property="og:url"]/@content'):
        url = str(value).strip()
        if re.match(r"https?://[^/]+/.", url):  # a page, not just the site's home
            return url
    return None


def has_class(name: str) -> str:
    """An XPath predicate for elements carrying the CSS class `name` (not just a class containing it)."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def first_text(root: lxml_html.HtmlElement, xpath: str) -> str:
    found = root.xpath(xpath)
    return visible_text(found[0]).replace("\n", " ") if found else ""


_MONTHS = {
    # English, Spanish, French, Italian month names as official pages write them in dates.
    **{m: i for i, m in enumerate("january february march april may june july august september october november december".split(), 1)},
    **{m: i for i, m in enumerate("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(), 1)},
    **{m: i for i, m in enumerate("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), 1)},
    **{m: i for i, m in enumerate("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(), 1)},
}  # fmt: skip
_DATE_FORMS = re.compile(
    r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
    r"|(?P<ymd>(?P<ky>\d{4})\s*[年.]\s*(?P<km>\d{1,2})\s*[月.]\s*(?P<kd>\d{1,2})\s*日?)"
    r"|(?P<dmy>(?P<dd>\d{1,2})[./](?P<dm>\d{1,2})[./](?P<dy>\d{4}))"
    r"|(?P<named>(?P<nd>\d{1,2})\.?\s+(?:de\s+)?(?P<nm>[^\W\d_]+)\s+(?:de\s+)?(?P<ny>\d{4}))",
    re.IGNORECASE,
)


def find_date(text: str) -> dt.date | None:
    """The first real date in `text`: 2026-07-09, 2026年07月09日, 2026.7.31, 09.07.2026, 9/7/2026 (day first),
    "8 de abril de 2026", "27 July 2026", "11 mars 2026"."""
    for match in _DATE_FORMS.finditer(text):
        if match.group("iso"):
            parts = (match.group("iy"), match.group("im"), match.group("id"))
        elif match.group("ymd"):
            parts = (match.group("ky"), match.group("km"), match.group("kd"))
        elif match.group("dmy"):
            parts = (match.group("dy"), match.group("dm"), match.group("dd"))
        else:
            month = _MONTHS.get(match.group("nm").casefold())
            if month is None:
                continue
            parts = (match.group("ny"), str(month), match.group("nd"))
        try:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        except ValueError:
            continue
    return None


def date_after(text: str, label: str) -> dt.date | None:
    """The date written right after `label` ("Updated on:", "Stand", "Gyldig:")."""
    at = text.find(label)
    return find_date(text[at + len(label) : at + len(label) + 40]) if at >= 0 else None
