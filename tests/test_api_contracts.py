"""The HTTP contracts held against what real clients and attackers send: the public URL instead of the Host
header, dates out of range, odd JSON, chunked bodies over the cap."""

from __future__ import annotations

import socket
import threading
import time

import pytest
import uvicorn
from fastapi.testclient import TestClient

from travelrisk.api.app import create_app
from travelrisk.config import reload_settings

from .conftest import FIXTURES

ARTICLE = (FIXTURES.parent / "articles" / "seed_like_belarus.txt").read_text(encoding="utf-8")
PROBLEM = "application/problem+json"


@pytest.fixture
def client(sqlite_engine, monkeypatch):
    monkeypatch.setenv("TRAVELRISK_PUBLIC_URL", "https://risk.example.org/")
    reload_settings()
    with TestClient(create_app()) as test_client:
        yield test_client


@pytest.fixture
def auth(client) -> dict[str, str]:
    key = client.app.state.travelrisk.create_api_key("tests", scopes=("read", "write", "alerts"))
    return {"Authorization": f"Bearer {key}"}


@pytest.fixture
def with_alerts(client, auth) -> TestClient:
    assert client.post("/v1/articles", json={"text": ARTICLE, "id": "seed"}, headers=auth).status_code == 201
    return client


@pytest.mark.parametrize("path", ["/feeds/alerts.atom", "/feeds/cap/BY.xml"])
def test_feeds_name_the_public_url_never_the_host_header(with_alerts, path):
    attacked = with_alerts.get(path, headers={"Host": "evil.example"})
    normal = with_alerts.get(path)
    assert attacked.status_code == normal.status_code == 200
    assert b"evil.example" not in attacked.content
    assert b"https://risk.example.org/countries/BY" in attacked.content
    assert attacked.content == normal.content  # the Atom id and every link are permanent


@pytest.mark.parametrize(
    "path",
    [
        "/v1/countries?as_of=0001-01-01",
        "/v1/countries/BY?as_of=0001-01-01",
        "/v1/countries/BY?as_of=9999-12-31",
        "/countries/BY?as_of=0001-01-01",
        "/countries/BY?as_of=yesterday",
        "/v1/crossings?country=BY&as_of=0001-01-01",
        "/v1/exits/BY?as_of=0001-01-01",
        "/v1/advisories?as_of=0001-01-01",
        "/v1/events?country=BY&since=0001-01-01",
    ],
)
def test_a_day_out_of_range_is_a_400_problem(client, path):
    response = client.get(path)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    assert "as_of" in response.json()["detail"] or "since" in response.json()["detail"]


@pytest.mark.parametrize(
    "body",
    [
        {"text": "Latvia closed a crossing with Belarus.", "url": 5},
        {"text": "Latvia closed a crossing with Belarus.", "outlet": ["a"]},
        {"text": "Latvia closed a crossing with Belarus.", "id": {"a": 1}},
        {"text": "Latvia closed a crossing with Belarus.", "published": 20230822},
        {"text": "Latvia closed a crossing with Belarus.", "published": "0001-01-01"},
        {"html": 7},
        {"text": True},
    ],
)
def test_odd_article_fields_are_a_4xx_problem(client, auth, body):
    response = client.post("/v1/articles", json=body, headers=auth)
    assert 400 <= response.status_code < 500, response.text
    assert response.headers["content-type"].startswith(PROBLEM)


@pytest.fixture
def live_server(client):
    """The same app under a real uvicorn on loopback (the test client buffers a streamed body)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(client.app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started and thread.is_alive():
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(10)


def _post_chunked(port: int, path: str, key: str, total: int) -> tuple[bytes, int]:
    """POST `total` bytes in 64 KiB chunks over a raw socket; stop when the server answers or hangs up.
    Returns the start of the answer and how many body bytes were sent."""
    chunk = b"x" * 65536
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {key}\r\n"
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".encode()
        )
        connection.setblocking(False)
        answer = b""
        while sent < total:
            try:
                answer += connection.recv(65536)
                if answer:
                    break
            except BlockingIOError:
                pass
            try:
                connection.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except BlockingIOError:
                time.sleep(0.01)
                continue
            except OSError:  # the server hung up: the answer is waiting
                break
            sent += len(chunk)
        connection.setblocking(True)
        if not answer:
            if sent >= total:
                connection.sendall(b"0\r\n\r\n")
            answer = connection.recv(65536)
    return answer, sent


@pytest.mark.parametrize("path", ["/v1/travellers", "/v1/articles"])
def test_a_chunked_body_over_the_cap_is_413_before_it_is_all_read(live_server, auth, path):
    answer, sent = _post_chunked(live_server, path, auth["Authorization"].split()[1], 22 * 1024 * 1024)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"application/problem+json" in answer
    assert sent < 12 * 1024 * 1024  # refused while streaming, not after reading all 22 MB


def test_a_chunked_body_under_the_cap_still_works(client, auth):
    body = b'[{"traveller_id": "c1", "name": "Cy", "country": "BY", "start": "2023-08-01", "end": "2023-08-02"}]'
    response = client.post("/v1/travellers", content=iter([body[:10], body[10:]]), headers=auth)
    assert response.status_code == 200 and response.json()["travellers"] == 1


def test_405_lists_the_allowed_methods_and_head_and_options_answer(with_alerts):
    client = with_alerts
    refused = client.delete("/v1/countries/BY")
    assert refused.status_code == 405 and refused.headers["content-type"].startswith(PROBLEM)
    assert set(refused.headers["allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert "POST" in client.put("/v1/articles").headers["allow"]
    head = client.head("/v1/countries/BY")
    get = client.get("/v1/countries/BY")
    assert head.status_code == 200 and head.content == b"" and head.headers["etag"] == get.headers["etag"]
    assert client.head("/feeds/alerts.atom").headers["content-type"].startswith("application/atom+xml")
    options = client.options("/v1/countries")
    assert options.status_code == 204 and "GET" in options.headers["allow"]
    assert client.head("/v1/nothing-here").status_code == 404


def test_if_none_match_in_all_its_forms(with_alerts):
    client = with_alerts
    etag = client.get("/v1/countries/BY").headers["etag"]
    for header in (etag, f"W/{etag}", f'"other", {etag}', f'W/"x",W/{etag}', "*"):
        assert client.get("/v1/countries/BY", headers={"If-None-Match": header}).status_code == 304, header
    assert client.get("/v1/countries/BY", headers={"If-None-Match": '"other"'}).status_code == 200


def test_429_says_when_to_retry_and_reads_spend_no_write_quota(client, auth, monkeypatch):
    monkeypatch.setenv("TRAVELRISK_RATE_LIMIT_PER_MINUTE", "2")
    reload_settings()
    for _ in range(5):
        assert client.get("/v1/alerts", headers=auth).status_code == 200  # reads with a key
    statuses = [client.post("/v1/travellers", json=[], headers=auth) for _ in range(3)]
    assert [r.status_code for r in statuses[:2]] == [200, 200]
    limited = statuses[2]
    assert limited.status_code == 429 and limited.headers["content-type"].startswith(PROBLEM)
    assert 1 <= int(limited.headers["retry-after"]) <= 60


def test_large_answers_are_gzipped_when_asked(with_alerts):
    response = with_alerts.get("/v1/countries", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200 and response.headers["content-encoding"] == "gzip"
    assert response.json()  # httpx decodes it
    plain = with_alerts.get("/v1/countries", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers


def test_javascript_urls_are_refused_by_the_api_and_never_linked_on_pages(client, auth):
    refused = client.post("/v1/articles", json={"text": ARTICLE, "url": "JavaScript:alert(1)"}, headers=auth)
    assert refused.status_code == 400 and "url" in refused.json()["detail"]
    # An article stored another way (the library, a feed) with such a URL: shown as text, never as a link.
    from travelrisk.extract.pipeline import extract
    from travelrisk.sources.news.readers import article_from_text

    article = article_from_text(
        ARTICLE, article_id="js", source="test", url="javascript:alert(document.cookie)", outlet="Odd Wire"
    )
    client.app.state.travelrisk.ingest(article, extract(article))
    page = client.get("/countries/BY").text
    assert "Odd Wire" in page
    assert "javascript:" not in page.lower()


def test_a_bug_is_still_a_problem_document(sqlite_engine):
    app = create_app()

    @app.get("/v1/broken-on-purpose")
    def broken() -> None:
        raise ZeroDivisionError("a bug")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/v1/broken-on-purpose")
    assert response.status_code == 500 and response.headers["content-type"].startswith(PROBLEM)
    assert "ZeroDivision" not in response.text and response.json()["title"] == "Internal error"


def test_a_compressed_read_revalidates_with_its_own_tag(with_alerts):
    client = with_alerts
    packed = client.get("/v1/countries/BY", headers={"Accept-Encoding": "gzip"})
    plain = client.get("/v1/countries/BY", headers={"Accept-Encoding": "identity"})
    assert packed.headers["content-encoding"] == "gzip" and packed.json() == plain.json()
    assert packed.headers["etag"] != plain.headers["etag"] and "accept-encoding" in packed.headers["vary"].lower()
    for tag in (packed.headers["etag"], plain.headers["etag"]):
        assert client.get("/v1/countries/BY", headers={"If-None-Match": tag}).status_code == 304
