"""`advisories sync` for the new governments against a real HTTP server on loopback serving their real samples:
the official addresses are routed to 127.0.0.1 by the client's transport, so nothing leaves the machine.
Conditional GET (ETag), the User-Agent, an index page naming country pages, and what the discovery functions
find in index pages."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from travelrisk.config import settings
from travelrisk.sources.fetch import client
from travelrisk.sources.official import at, dk, es, fr, ie, jp, no

from .conftest import shared


class Site:
    """A loopback web server answering for the official sites: path+query -> bytes, with ETags."""

    def __init__(self, pages: dict[str, bytes]) -> None:
        self.pages = pages
        self.requests: list[tuple[str, str, str | None]] = []  # (path, User-Agent, If-None-Match)
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append((self.path, self.headers.get("User-Agent", ""), self.headers.get("If-None-Match")))
                body = site.pages.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class ToLoopback(httpx.BaseTransport):
    """Sends every request to the loopback site instead of the host in its URL (path and query kept)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.url = request.url.copy_with(scheme="http", host="127.0.0.1", port=self.port)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def path_of(url: str) -> str:
    parsed = httpx.URL(url)
    return parsed.raw_path.decode()


@pytest.fixture
def site() -> Iterator[Site]:
    more = shared("data", "advisories", "more")
    norway_page = no.INDEX_URL + "reiseinfo_afghanistan/id2415875/"
    index = f'<html><body><ul><li><a href="{path_of(norway_page)}">Afghanistan</a></li></ul></body></html>'
    served = Site(
        {
            path_of(no.INDEX_URL): index.encode(),
            path_of(norway_page): (more / "NO" / "no-afghanistan.html").read_bytes(),
            path_of("https://www.auswaertiges-amt.de/opendata/travelwarning"): (
                more / "DE" / "travelwarning_bulk_2026-05-01.json"
            ).read_bytes(),
        }
    )
    yield served
    served.close()


def loopback_client(site: Site) -> httpx.Client:
    base = client()
    return httpx.Client(headers=base.headers, timeout=base.timeout, transport=ToLoopback(site.port))


def test_sync_conditional_get_and_user_agent(site, sqlite_travelrisk):
    with loopback_client(site) as http:
        first = sqlite_travelrisk.sync(["de"], http=http)
        again = sqlite_travelrisk.sync(["de"], http=http)
    assert first.totals()["advisories"] == 199 and not first.failed
    assert [f.already_stored for f in again.files] == [True]  # 304: nothing re-imported
    assert all(agent == settings().user_agent for _, agent, _ in site.requests)
    assert site.requests[1][2] is not None  # the second request sent the ETag back
    assert sqlite_travelrisk.advisories("BY")[0]["level"] == 4


def test_sync_follows_an_index_to_the_country_pages(site, sqlite_travelrisk):
    with loopback_client(site) as http:
        report = sqlite_travelrisk.sync(["no"], http=http)
    assert not report.failed and report.totals()["advisories"] == 1
    [norway] = sqlite_travelrisk.advisories("AF")
    assert (norway["issuer"], norway["level"], norway["directive"]) == ("NO", 4, "leave_immediately")


def test_index_pages_name_the_country_pages():
    """The discovery functions on index pages written for this test (no real index page was available)."""
    assert jp.page_urls(b'<a href="/info/pcinfectionspothazardinfo_010.html">x</a>' * 2) == [
        "https://www.anzen.mofa.go.jp/info/pcinfectionspothazardinfo_010.html"
    ]
    assert at.page_urls(b'<a href="/reise-services/reiseinformation/land/afghanistan">A</a>') == [
        at.PAGE_PREFIX + "afghanistan"
    ]
    assert fr.page_urls(b'<a href="/fr/conseils-aux-voyageurs/conseils-par-pays-destination/nepal/">N</a>') == [
        fr.PAGE_PREFIX + "nepal/conseils-aux-voyageurs-securite"
    ]
    assert es.page_urls(b'<a href="Detalle-recomendaciones-de-viaje.aspx?trc=Nepal">Nepal</a>') == [
        es.PAGE_PREFIX + "Nepal"
    ]
    assert dk.page_urls(b'<a href="/rejse-og-ophold/rejse-til-udlandet/rejsevejledninger/nepal">N</a>') == [
        dk.PAGE_PREFIX + "nepal"
    ]
    assert ie.page_urls(b'<a href="/en/dfa/overseas-travel/advice/nepal/">N</a>') == [ie.INDEX_URL + "nepal/"]


def test_the_norwegian_change_feed_names_the_changed_pages():
    feed = shared("data", "advisories", "more", "NO", "norway-rss.xml").read_bytes()
    pages = no.page_urls(feed)
    assert len(pages) == 6 and pages[0] == no.INDEX_URL + "reiseinfo_tonga/id2415548/"
