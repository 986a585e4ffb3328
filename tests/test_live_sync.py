"""The live path for real: `advisories sync` against a real HTTP server on loopback serving the bundled
samples, each source pointed at it with TRAVELRISK_SOURCE_URL_<NAME>. Conditional GET (ETag and
Last-Modified) answered 304 imports nothing; one source failing (5xx, malformed, unreachable, too slow, too
big) leaves the others importing and is recorded in `sources status`; redirects are followed; a changed
payload makes new versions and alerts."""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources

import pytest
from typer.testing import CliRunner

from travelrisk.cli import app
from travelrisk.config import reload_settings
from travelrisk.sources import mirror
from travelrisk.sources.registry import official_source

from .conftest import FIXTURES

runner = CliRunner()
US_RSS = gzip.decompress((resources.files("travelrisk.demo") / "advisories" / "us-rss_2025-10-08.xml.gz").read_bytes())
AU_EXPORT = (FIXTURES / "advisories" / "au_export_excerpt_2026-04-10.json").read_bytes()


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    etag: bool = True
    last_modified: str | None = None
    location: str | None = None
    delay: float = 0.0
    hold: threading.Event | None = None  # the answer waits until the test sets it


class Server:
    """A loopback web server: path -> Page, with ETag / Last-Modified validators and 304s; records requests."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.requests: list[dict[str, str | None]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(
                    {
                        "path": self.path,
                        "if-none-match": self.headers.get("If-None-Match"),
                        "if-modified-since": self.headers.get("If-Modified-Since"),
                    }
                )
                page = server.pages.get(self.path)
                if page is None:
                    self.send_error(404)
                    return
                time.sleep(page.delay)
                if page.hold is not None:
                    page.hold.wait(timeout=120)
                if page.location:
                    self.send_response(page.status)
                    self.send_header("Location", page.location)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                etag = '"' + hashlib.sha256(page.body).hexdigest()[:16] + '"' if page.etag else None
                fresh = (etag and self.headers.get("If-None-Match") == etag) or (
                    page.last_modified and self.headers.get("If-Modified-Since") == page.last_modified
                )
                if page.status == 200 and fresh:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(page.status)
                if etag:
                    self.send_header("ETag", etag)
                if page.last_modified:
                    self.send_header("Last-Modified", page.last_modified)
                self.send_header("Content-Length", str(len(page.body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a client that gave up
                    self.wfile.write(page.body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def of(self, path: str) -> list[dict[str, str | None]]:
        return [r for r in self.requests if r["path"] == path]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    yield running
    running.close()


def point(monkeypatch: pytest.MonkeyPatch, source: str, url: str) -> None:
    monkeypatch.setenv(mirror.setting_name(source), url)
    reload_settings()


def sync(*args: str) -> tuple[int, dict]:
    result = runner.invoke(app, ["advisories", "sync", *args, "--json"])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def statuses() -> dict[str, dict]:
    result = runner.invoke(app, ["sources", "status", "--json"])
    assert result.exit_code == 0, result.output
    return {row["source"]: row for row in json.loads(result.stdout)}


def test_us_rss_from_a_loopback_server_then_a_304_imports_nothing(travelrisk, server, monkeypatch):
    server.pages["/us/TAsTWs.xml"] = Page(US_RSS)
    point(monkeypatch, "us-rss", server.base + "/us/TAsTWs.xml")
    assert statuses()["us-rss"]["last_success_at"] is None  # never synced: said so

    code, first = sync("us-rss")
    assert code == 0 and first["totals"]["new_versions"] > 150 and first["totals"]["failed"] == 0
    belarus = travelrisk.advisories("BY")
    assert [(a["issuer"], a["level"]) for a in belarus] == [("US", 4)]
    assert belarus[0]["source_url"] and "127.0.0.1" not in belarus[0]["source_url"]  # provenance: official URL

    code, again = sync("us-rss")
    assert code == 0 and again["totals"]["new_versions"] == 0
    assert [f["already_stored"] for f in again["files"]] == [True]
    requests = server.of("/us/TAsTWs.xml")
    assert len(requests) == 2 and requests[0]["if-none-match"] is None and requests[1]["if-none-match"]

    state = statuses()["us-rss"]
    assert state["last_success_at"] and state["last_error"] is None and state["failures"] == 0
    assert state["url"] == server.base + "/us/TAsTWs.xml" and state["mirrored"] is True


def test_last_modified_alone_makes_a_conditional_get(sqlite_travelrisk, server, monkeypatch):
    stamp = formatdate(time.time() - 3600, usegmt=True)
    server.pages["/us.xml"] = Page(US_RSS, etag=False, last_modified=stamp)
    point(monkeypatch, "us-rss", server.base + "/us.xml")
    assert sync("us-rss")[1]["totals"]["new_versions"] > 0
    assert sync("us-rss")[1]["files"][0]["already_stored"] is True
    assert [r["if-modified-since"] for r in server.of("/us.xml")] == [None, stamp]


def test_one_source_failing_leaves_the_others_importing(sqlite_travelrisk, server, monkeypatch):
    server.pages["/au"] = Page(AU_EXPORT)
    server.pages["/us-rss"] = Page(b"Service Unavailable", status=503)
    server.pages["/us-json"] = Page(b"{this is not json")
    point(monkeypatch, "au", server.base + "/au")
    point(monkeypatch, "us-rss", server.base + "/us-rss")
    point(monkeypatch, "us-json", server.base + "/us-json")
    code, report = sync("us-rss", "us-json", "au")
    assert code == 1  # failures are reported in the exit code ...
    by_source = {f["source"]: f for f in report["files"]}
    assert by_source["au"]["error"] is None and by_source["au"]["new_versions"] > 0  # ... and AU still imported
    assert by_source["us-rss"]["error"] == "HTTP 503"
    assert by_source["us-json"]["error"]
    assert sqlite_travelrisk.current_advisories(issuer="AU")

    state = statuses()
    assert "HTTP 503" in state["us-rss"]["last_error"] and state["us-rss"]["failures"] == 1
    assert state["us-rss"]["last_success_at"] is None
    assert state["au"]["last_success_at"] and state["au"]["last_error"] is None


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_source_while_another_imports_and_all_unreachable(sqlite_travelrisk, server, monkeypatch):
    server.pages["/au"] = Page(AU_EXPORT)
    point(monkeypatch, "au", server.base + "/au")
    point(monkeypatch, "us-rss", f"http://127.0.0.1:{_closed_port()}/feed.xml")
    code, report = sync("us-rss", "au")
    assert code == 1 and report["totals"]["new_versions"] > 0
    assert statuses()["us-rss"]["last_error"].count("unreachable") == 1

    result = runner.invoke(app, ["advisories", "sync", "us-rss"])
    assert result.exit_code == 1 and "offline" in result.stderr and "Traceback" not in result.output


def test_timeouts_and_the_size_cap_are_errors_of_that_source(sqlite_travelrisk, server, monkeypatch):
    server.pages["/slow"] = Page(US_RSS, delay=2.0)
    server.pages["/big"] = Page(AU_EXPORT)
    monkeypatch.setenv("TRAVELRISK_HTTP_TIMEOUT", "0.5")
    monkeypatch.setenv("TRAVELRISK_HTTP_MAX_BYTES", str(len(AU_EXPORT) - 1))
    point(monkeypatch, "us-rss", server.base + "/slow")
    point(monkeypatch, "au", server.base + "/big")
    code, report = sync("us-rss", "au")
    errors = {f["source"]: f["error"] for f in report["files"]}
    assert code == 1
    assert "timed out" in errors["us-rss"]
    assert "cap" in errors["au"]
    assert report["totals"]["new_versions"] == 0


def test_redirects_are_followed(sqlite_travelrisk, server, monkeypatch):
    server.pages["/old/feed.xml"] = Page(status=301, location="/new/feed.xml")
    server.pages["/new/feed.xml"] = Page(US_RSS)
    point(monkeypatch, "us-rss", server.base + "/old/feed.xml")
    code, report = sync("us-rss")
    assert code == 0 and report["totals"]["new_versions"] > 0
    assert [r["path"] for r in server.requests] == ["/old/feed.xml", "/new/feed.xml"]


def _raise_maldives(payload: bytes, day: dt.date) -> bytes:
    text = payload.decode("utf-8")
    start = text.index("<title>Maldives")
    end = text.index("</item>", start)
    item = text[start:end].replace("Level 2: Exercise Increased Caution", "Level 4: Do Not Travel")
    item = re.sub(r"<pubDate>[^<]*</pubDate>", f"<pubDate>{day.strftime('%a, %d %b %Y')}</pubDate>", item)
    return (text[:start] + item + text[end:]).encode("utf-8")


def test_a_changed_payload_makes_new_versions_and_alerts(travelrisk, server, monkeypatch, tmp_path):
    today = dt.date.today()
    trips = tmp_path / "trips.csv"
    trips.write_text(
        "traveller_id,name,email,citizenship,country,region,start,end\n"
        f"m1,Mo Example,,GB,MV,,{today - dt.timedelta(days=1)},{today + dt.timedelta(days=7)}\n",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["travellers", "import", str(trips)]).exit_code == 0
    server.pages["/us.xml"] = Page(US_RSS)
    point(monkeypatch, "us-rss", server.base + "/us.xml")
    assert sync("us-rss")[1]["totals"]["new_versions"] > 0
    assert travelrisk.advisories("MV")[0]["level"] == 2

    server.pages["/us.xml"] = Page(_raise_maldives(US_RSS, today))
    code, report = sync("us-rss")
    assert code == 0 and report["totals"]["new_versions"] == 1 and report["totals"]["changes"] >= 1
    assert travelrisk.advisories("MV")[0]["level"] == 4
    alerts = json.loads(runner.invoke(app, ["alerts", "list", "--json"]).stdout)
    assert alerts and {(a["country"], a["traveller_id"]) for a in alerts} == {("MV", "m1")}


def test_a_many_page_source_is_mirrored_by_base_url(monkeypatch):
    uk = official_source("uk")
    assert uk.index is not None
    monkeypatch.setenv(mirror.setting_name("uk"), "http://127.0.0.1:9/mirror/uk/")
    reload_settings()
    assert mirror.address(uk, uk.index.url).startswith("http://127.0.0.1:9/mirror/uk/")
    page = uk.index.page_prefix + "france"
    assert mirror.address(uk, page) == "http://127.0.0.1:9/mirror/uk" + page.split("gov.uk", 1)[1]
    monkeypatch.setenv(mirror.setting_name("uk"), "ftp://nowhere")
    reload_settings()
    result = runner.invoke(app, ["sources", "status"])
    assert result.exit_code == 2 and "TRAVELRISK_SOURCE_URL_UK" in result.stderr
