"""Small helpers for the HTML fragments and dates inside official payloads."""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import re

from lxml import etree
from lxml import html as lxml_html

_WS = re.compile(r"[ \t\u00a0\u202f\u2009]+")


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment, one block element per line."""
    if not fragment or not fragment.strip():
        return ""
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return clean_text(re.sub(r"<[^>]+>", " ", fragment))
    for block in root.iter("p", "li", "h1", "h2", "h3", "h4", "br", "div", "ul"):
        block.tail = "\n" + (block.tail or "")
    return clean_text(root.text_content())


def clean_text(text: str) -> str:
    text = html.unescape(html.unescape(text))
    text = text.replace("&**", "’")  # Smartraveller's export mangles apostrophes this way
    lines = [_WS.sub(" ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def parse_date(value: object) -> dt.date | None:
    """A date from ISO 8601, RFC 822 ("Thu, 28 Aug 2025") or Drupal ("Sun, 2026-03-01 10:29") strings."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    drupal = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if drupal:
        try:
            return dt.date(int(drupal.group(1)), int(drupal.group(2)), int(drupal.group(3)))
        except ValueError:
            return None
    for fmt in ("%a, %d %b %Y", "%d %b %Y", "%B %d, %Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date() if parsed else None
