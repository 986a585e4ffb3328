"""Article readers: every input format, streaming, and bad inputs reported by name without stopping the batch."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from travelrisk.sources.news.readers import ReadError, read_bytes, read_jsonl, read_paths

ARTICLES = Path(__file__).parent / "articles"
SEED_LIKE = "date 2024-03-07 Global Affairs Canada urged Canadians in Haiti to leave the country immediately."

HTML_PAGE = """<!doctype html><html><head><title>Ottawa tells Canadians to leave Haiti</title>
<meta property="article:published_time" content="2024-03-07T10:00:00Z"></head><body>
<nav>Home | World | Sport</nav><article><h1>Ottawa tells Canadians to leave Haiti</h1>
<p>Global Affairs Canada on Thursday urged Canadians in Haiti to leave the country as soon as they can,
citing a sharp rise in gang violence and kidnappings in the capital.</p>
<p>The department said its advisory for Haiti remains at avoid all travel, and that consular help in
Port-au-Prince is extremely limited. <img src=x onerror=alert(1)></p></article>
<footer>Share this article. Subscribe to our newsletter.</footer></body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Kazakhstan reopens crossings</title><link>https://wire.example/1</link>
<pubDate>Tue, 20 Sep 2022 10:00:00 GMT</pubDate><guid>wire-1</guid>
<description>Kazakhstan reopened three of its five checkpoints on the border with Kyrgyzstan.</description></item>
<item><title>Sweden moves embassy</title><link>https://wire.example/2</link><guid>wire-2</guid>
<description>&lt;p&gt;All Swedish diplomats in Iraq were evacuated overnight.&lt;/p&gt;</description></item>
</channel></rss>"""


def only_articles(items):
    return [i for i in items if not isinstance(i, ReadError)]


def test_seed_format_and_plain_text(tmp_path):
    seed = tmp_path / "story.txt"
    seed.write_text(SEED_LIKE, encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("Lithuania closed two of its six crossings with Belarus.", encoding="utf-8")
    first, second = only_articles(read_paths([str(seed), str(plain)]))
    assert (first.id, str(first.published)) == ("story", "2024-03-07")
    assert first.text.startswith("Global Affairs Canada")
    assert second.published is None and second.id == "plain"


def test_html_page_main_text_and_date():
    [article] = only_articles(read_bytes(HTML_PAGE.encode(), "page.html", "page"))
    assert "urged Canadians in Haiti to leave" in article.text
    assert "newsletter" not in article.text and "Home | World" not in article.text
    assert str(article.published) == "2024-03-07"


def test_feed_entries_are_articles():
    articles = only_articles(read_bytes(FEED.encode(), "wire.xml", "wire"))
    assert [a.id for a in articles] == ["wire-1", "wire-2"]
    assert str(articles[0].published) == "2022-09-20"
    assert "<p>" not in articles[1].text and "Swedish diplomats" in articles[1].text


def test_jsonl_streams_and_reports_bad_lines():
    lines = [
        json.dumps({"id": "a1", "published": "2023-08-22", "url": "https://x/1", "text": "Americans told to leave."}),
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"id": "a4", "html": HTML_PAGE}),
        json.dumps({"id": "a5"}),
    ]
    items = list(read_jsonl(io.BytesIO("\n".join(lines).encode()), "wire.jsonl"))
    assert [i.id for i in items if not isinstance(i, ReadError)] == ["a1", "a4"]
    errors = {e.name: e.reason for e in items if isinstance(e, ReadError)}
    assert set(errors) == {"wire.jsonl:2", "wire.jsonl:3", "wire.jsonl:5"}
    assert "no `text` or `html`" in errors["wire.jsonl:5"]


def test_jsonl_is_not_read_whole():
    class CountingStream(io.BytesIO):
        largest = 0

        def readline(self, size=-1):
            line = super().readline(size)
            CountingStream.largest = max(CountingStream.largest, len(line))
            return line

    body = "\n".join(json.dumps({"id": f"n{i}", "text": "Poland closed the Bobrowniki crossing."}) for i in range(2000))
    stream = CountingStream(body.encode())
    iterator = read_jsonl(stream, "big.jsonl")
    next(iterator)
    assert stream.tell() < 200  # one line read, not the file
    assert len(list(iterator)) == 1999


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=2000))
def test_any_bytes_give_articles_or_named_errors(data):
    for item in read_bytes(data, "fuzz.bin", "fuzz"):
        if isinstance(item, ReadError):
            assert item.name.startswith("fuzz.bin") and item.reason
        else:
            assert isinstance(item.text, str) and item.text.strip()


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=3000))
def test_any_text_extracts_without_error(text):
    from travelrisk.extract.pipeline import extract

    for item in read_bytes(text.encode("utf-8"), "fuzz.txt", "fuzz"):
        if not isinstance(item, ReadError):
            result = extract(item)
            for fact in [*result.advisories, *result.border_events, *result.mission_events]:
                assert item.text[fact.evidence.start : fact.evidence.end] == fact.evidence.quote


def test_bad_inputs_are_reported_by_name_and_the_batch_goes_on(tmp_path):
    (tmp_path / "junk.bin").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au Niger".encode("latin-1"))
    with (tmp_path / "huge.txt").open("wb") as fh:
        fh.write(b"x" * (50 * 1024 * 1024))  # a 50 MB single line
    (tmp_path / "bomb.html").write_text("<html><body>" + "<div>" * 300_000 + "</body></html>", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(SEED_LIKE, encoding="utf-8")
    paths = [str(tmp_path / n) for n in ("junk.bin", "latin1.txt", "huge.txt", "bomb.html")] + [str(good)]
    result = subprocess.run(
        [sys.executable, "-m", "travelrisk", "extract", *paths, "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    output = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in output] == ["good"]
    assert output[0]["advisories"][0]["issuer"] == "CA"
    for name, reason in (
        ("junk.bin", "binary"),
        ("latin1.txt", "not UTF-8"),
        ("huge.txt", "over the"),
        ("bomb.html", "HTML"),
    ):
        line = next(line for line in result.stderr.splitlines() if name in line)
        assert reason in line, line
