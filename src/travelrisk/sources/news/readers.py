"""Article readers: seed format, plain text, HTML pages, RSS/Atom feeds, JSON Lines, any of them gzip-compressed,
directories, stdin.

Every reader streams: a JSON Lines archive of 100k articles is read one line at a time. A bad input is
yielded as a `ReadError` naming it, and the rest of the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from travelrisk.model import Article
from travelrisk.sources.markup import parse_date

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # a news article is far smaller; bigger inputs are refused
MAX_LINE_BYTES = 5 * 1024 * 1024
_SEED = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2}) ")
_TEXT_SUFFIXES = {".txt", ".text", ".md"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_FEED_SUFFIXES = {".rss", ".atom", ".xml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass(frozen=True)
class ReadError:
    name: str
    reason: str


def decode_text(data: bytes, name: str) -> str | ReadError:
    """UTF-8 text, or a ReadError for binary junk and undecodable bytes."""
    if b"\x00" in data[:4096]:
        return ReadError(name, "binary data (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ReadError(name, f"not UTF-8 text: undecodable byte 0x{data[exc.start]:02x} at offset {exc.start}")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 16:
        return ReadError(name, "binary data (control characters), not text")
    return text


def article_from_text(
    text: str,
    *,
    article_id: str,
    source: str,
    published: dt.date | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Article:
    """Plain text or the seed format ("date YYYY-MM-DD " then the article)."""
    match = _SEED.match(text)
    if match:
        published = published or dt.date.fromisoformat(match.group(1))
        text = text[match.end() :]
    return Article(id=article_id, source=source, text=text, published=published, url=url, outlet=outlet)


def article_from_html(
    html_text: str, *, article_id: str, source: str, url: str | None = None, published: dt.date | None = None
) -> Article | ReadError:
    """Main text with trafilatura, publication date with htmldate."""
    import trafilatura
    from htmldate import find_date

    if len(html_text) > MAX_ARTICLE_BYTES:
        return ReadError(source, f"HTML of {len(html_text)} characters is over the {MAX_ARTICLE_BYTES} limit")
    if html_text.count("<") > 200_000:
        return ReadError(source, "too many HTML elements (possible HTML bomb)")
    try:
        text = trafilatura.extract(html_text, include_comments=False, include_tables=False, favor_recall=True)
    except Exception as exc:
        return ReadError(source, f"could not read the HTML page: {exc.__class__.__name__}")
    if not text or not text.strip():
        return ReadError(source, "no article text found in the HTML page")
    if published is None:
        try:
            found = find_date(html_text, original_date=True, extensive_search=False)
        except Exception:
            found = None
        published = dt.date.fromisoformat(found) if found else None
    return Article(id=article_id, source=source, text=text, published=published, url=url)


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def _looks_like_feed(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return (head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf" in head)) or head.startswith(
        ("<rss", "<feed")
    )


def read_feed(data: bytes, name: str) -> Iterator[Article | ReadError]:
    """Each RSS/Atom entry as an article (its content or summary, HTML reduced to text)."""
    import feedparser

    from travelrisk.sources.markup import html_to_text

    feed = feedparser.parse(data)
    if not feed.entries:
        yield ReadError(name, "no entries in the feed" + (f" ({feed.bozo_exception})" if feed.bozo else ""))
        return
    for index, entry in enumerate(feed.entries, 1):
        body = ""
        if entry.get("content"):
            body = " ".join(c.get("value", "") for c in entry.content)
        body = body or entry.get("summary", "") or ""
        title = entry.get("title", "")
        text = html_to_text(body) if "<" in body else body
        if title:
            text = f"{title}\n{text}"
        if not text.strip():
            yield ReadError(f"{name}#{index}", "feed entry without text")
            continue
        article_id = entry.get("id") or entry.get("link") or f"{Path(name).stem}-{index}"
        yield Article(
            id=str(article_id),
            source=name,
            text=text,
            url=entry.get("link"),
            published=parse_date(entry.get("published") or entry.get("updated")),
        )


def read_jsonl(stream: BinaryIO, name: str) -> Iterator[Article | ReadError]:
    """`{id, published, url, text|html}` per line, one line at a time."""
    line_number = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            break
        line_number += 1
        where = f"{name}:{line_number}"
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the oversized line
                raw = stream.readline(MAX_LINE_BYTES)
            yield ReadError(where, f"line longer than {MAX_LINE_BYTES} bytes")
            continue
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield ReadError(where, f"not valid JSON: {exc}")
            continue
        if not isinstance(record, dict):
            yield ReadError(where, "each line must be a JSON object")
            continue
        article_id = str(record.get("id") or f"{Path(name).stem}-{line_number}")
        published = parse_date(record.get("published"))
        url = record.get("url")
        if isinstance(record.get("text"), str) and record["text"].strip():
            yield article_from_text(
                record["text"],
                article_id=article_id,
                source=where,
                published=published,
                url=url,
                outlet=record.get("outlet"),
            )
        elif isinstance(record.get("html"), str):
            yield article_from_html(record["html"], article_id=article_id, source=where, url=url, published=published)
        else:
            yield ReadError(where, "no `text` or `html` string")


def read_bytes(data: bytes, name: str, article_id: str, suffix: str | None = None) -> Iterator[Article | ReadError]:
    """One input of unknown kind: sniff HTML, feed or text (`suffix`, else the name's, is a hint)."""
    if len(data) > MAX_ARTICLE_BYTES:
        yield ReadError(name, f"{len(data)} bytes is over the {MAX_ARTICLE_BYTES}-byte limit for one article")
        return
    text = decode_text(data, name)
    if isinstance(text, ReadError):
        yield text
        return
    if not text.strip():
        yield ReadError(name, "empty input")
        return
    suffix = Path(name).suffix.lower() if suffix is None else suffix
    if suffix in _FEED_SUFFIXES or _looks_like_feed(text):
        yield from read_feed(data, name)
    elif suffix in _HTML_SUFFIXES or _looks_like_html(text):
        yield article_from_html(text, article_id=article_id, source=name)
    else:
        yield article_from_text(text, article_id=article_id, source=name)


ARTICLE_SUFFIXES = _TEXT_SUFFIXES | _HTML_SUFFIXES | _FEED_SUFFIXES | _JSONL_SUFFIXES | {""}


def _format_suffix(path: Path) -> str:
    """The suffix that names the article format: `wire.jsonl.gz` is JSON Lines, compressed."""
    if path.suffix.lower() == ".gz":
        return Path(path.stem).suffix.lower()
    return path.suffix.lower()


def article_files(path: Path) -> Iterator[Path]:
    """A file as given; in a directory (recursively) the files whose suffix is an article format, gzip-compressed
    or not."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not child.name.startswith(".") and _format_suffix(child) in ARTICLE_SUFFIXES:
                yield child
    else:
        yield path


def read_file(file: Path) -> Iterator[Article | ReadError]:
    """Every article of one file in any format (`.gz` read as the format of the name inside it); a file that
    cannot be read is one `ReadError` naming it, and JSON Lines problems name the line."""
    compressed = file.suffix.lower() == ".gz"
    opener = gzip.open if compressed else open
    name = str(file)
    try:
        if _format_suffix(file) in _JSONL_SUFFIXES:
            with opener(file, "rb") as stream:
                yield from read_jsonl(stream, name)  # type: ignore[arg-type]
            return
        if not compressed and file.stat().st_size > MAX_ARTICLE_BYTES:
            yield ReadError(
                name, f"{file.stat().st_size} bytes is over the {MAX_ARTICLE_BYTES}-byte limit for one article"
            )
            return
        with opener(file, "rb") as stream:
            data = stream.read(MAX_ARTICLE_BYTES + 1)
        stem = Path(file.stem).stem if compressed else file.stem
        yield from read_bytes(data, name, stem, _format_suffix(file))
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield ReadError(name, f"not a valid gzip file: {exc}")
    except OSError as exc:
        yield ReadError(name, exc.strerror or str(exc))


def read_paths(paths: Iterable[str]) -> Iterator[Article | ReadError]:
    """Articles from files, directories (recursively) and `-` (stdin), in order."""
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
            if data.lstrip()[:1] == b"{":
                yield from read_jsonl(io.BytesIO(data), "stdin")
            else:
                yield from read_bytes(data, "stdin", "stdin")
            continue
        path = Path(raw)
        if not path.exists():
            yield ReadError(raw, "no such file or directory")
            continue
        for file in article_files(path):
            yield from read_file(file)
