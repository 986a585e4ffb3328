"""The HTTP API on SQLite and PostgreSQL: reads with ETag, writes with keys, problem+json errors, feeds."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from travelrisk.api.app import create_app
from travelrisk.config import reload_settings
from travelrisk.notify.cap import check_cap

from .conftest import FIXTURES

ARTICLE = (FIXTURES.parent / "articles" / "seed_like_belarus.txt").read_text(encoding="utf-8")


@pytest.fixture
def client(db_url, engine):
    with TestClient(create_app(db_url)) as test_client:
        yield test_client


@pytest.fixture
def key(travelrisk) -> str:
    return travelrisk.create_api_key("tests", scopes=("read", "write", "alerts"))


def test_write_without_key_is_401_problem(client):
    for path in ("/v1/articles", "/v1/travellers"):
        response = client.post(path, json={"text": "x"})
        assert response.status_code == 401
        assert response.headers["content-type"].startswith("application/problem+json")
        body = response.json()
        assert body["status"] == 401 and body["title"] == "Unauthorized" and body["instance"] == path
    assert client.post("/v1/articles", json={"text": "x"}, headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_post_article_then_read_the_picture_with_etag(client, key):
    auth = {"Authorization": f"Bearer {key}"}
    created = client.post("/v1/articles", json={"text": ARTICLE, "id": "seed", "outlet": "Example Wire"}, headers=auth)
    assert created.status_code == 201 and created.json()["stored"] is True
    assert client.post("/v1/articles", json={"text": ARTICLE, "id": "seed"}, headers=auth).json()["stored"] is False

    response = client.get("/v1/countries/BY")
    assert response.status_code == 200 and response.headers["cache-control"].startswith("public")
    etag = response.headers["etag"]
    data = response.json()
    assert data["directives"][0]["directive"] == "leave_immediately"
    assert data["directives"][0]["reported_by"] == ["Example Wire"]
    assert client.get("/v1/countries/BY", headers={"If-None-Match": etag}).status_code == 304
    text = client.post(
        "/v1/articles",
        content=b"date 2023-08-24 Latvia closed the Silene crossing with Belarus.",
        headers={**auth, "Content-Type": "text/plain"},
    )
    assert text.status_code == 201
    assert client.get("/v1/countries/BY", headers={"If-None-Match": etag}).status_code == 200  # data changed


def test_read_routes(client, key):
    client.post("/v1/articles", json={"text": ARTICLE}, headers={"Authorization": f"Bearer {key}"})
    countries = client.get("/v1/countries").json()
    assert len(countries) > 200 and {"country", "name", "strictest", "median"} <= set(countries[0])
    assert next(c for c in countries if c["country"] == "BY")["strictest"] == 4
    assert client.get("/v1/countries/Belarus").json()["country"] == "BY"
    assert client.get("/v1/countries/BY/history").json()["country"] == "BY"
    crossings = client.get("/v1/crossings", params={"country": "BY", "as_of": "2023-08-20"}).json()
    assert any(c["id"] == "LT-BY-TVERECIUS" and c["status"] == "closed" for c in crossings)
    exits = client.get("/v1/exits/BY", params={"from": "Minsk", "as_of": "2023-08-20"}).json()
    assert exits["neighbours"][0]["neighbour"] == "LT"
    missions = client.get("/v1/missions", params={"of": "US", "in": "BY"}).json()
    assert missions[0]["status"] == "emergency_services_only"
    events = client.get("/v1/events", params={"country": "BY", "since": "2023-08-01"}).json()
    assert events and all(e["date"] >= "2023-08-01" for e in events)
    assert client.get("/v1/advisories", params={"subject": "BY"}).json() == []
    assert client.get("/v1/alerts").status_code == 200
    assert client.get("/healthz").json()["status"] == "ok"
    assert "/v1/countries/{iso2}" in client.get("/openapi.json").json()["paths"]


def test_errors_are_problem_json(client):
    for path, status in (
        ("/v1/countries/XX", 404),
        ("/v1/countries/BY?as_of=yesterday", 400),
        ("/v1/missions", 400),
        ("/v1/nothing", 404),
    ):
        response = client.get(path)
        assert response.status_code == status, path
        assert response.headers["content-type"].startswith("application/problem+json")


def test_request_size_cap_and_rate_limit(client, key, monkeypatch):
    auth = {"Authorization": f"Bearer {key}"}
    monkeypatch.setenv("TRAVELRISK_MAX_REQUEST_BYTES", "1000")
    reload_settings()
    assert (
        client.post("/v1/articles", content=b"x" * 5000, headers={**auth, "Content-Type": "text/plain"}).status_code
        == 413
    )
    monkeypatch.setenv("TRAVELRISK_RATE_LIMIT_PER_MINUTE", "3")
    reload_settings()
    statuses = [client.post("/v1/travellers", json=[], headers=auth).status_code for _ in range(5)]
    assert statuses.count(429) >= 1 and statuses[0] == 200


def test_travellers_and_feeds(client, key):
    auth = {"Authorization": f"Bearer {key}"}
    body = [
        {
            "traveller_id": "w1",
            "name": "W",
            "email": "w1@example.org",
            "country": "BY",
            "start": "2023-08-01",
            "end": "2023-09-01",
        },
        {"traveller_id": "w2", "country": "BY", "start": "bad", "end": "2023-09-01"},
    ]
    result = client.post("/v1/travellers", json=body, headers=auth).json()
    assert result["imported"] == 1 and result["rejected"] == ["item 2: start 'bad' is not a date (YYYY-MM-DD)"]
    client.post("/v1/articles", json={"text": ARTICLE}, headers=auth)
    private = client.get("/v1/alerts", headers=auth).json()
    assert any(a["traveller_id"] == "w1" for a in private)
    public = client.get("/v1/alerts").json()
    assert public and "w1" not in json.dumps(public)
    atom = client.get("/feeds/alerts.atom")
    assert atom.headers["content-type"].startswith("application/atom+xml") and b"<entry>" in atom.content
    cap = client.get("/feeds/cap/BY.xml")
    assert cap.status_code == 200 and check_cap(cap.content) == []
    assert client.get("/feeds/cap/NO.xml").status_code == 404


def test_pages_name_their_json_twin(client):
    """Each dashboard page is a view of one /v1 resource and says which (Link rel=alternate, as Datasette does)."""
    twin = '<{}>; rel="alternate"; type="application/json"'
    assert client.get("/").headers["link"] == twin.format("/v1/countries")
    assert client.get("/countries/BY").headers["link"] == twin.format("/v1/countries/BY")
    assert client.get("/countries/BY?as_of=2023-08-20").headers["link"] == twin.format(
        "/v1/countries/BY?as_of=2023-08-20"
    )
    assert client.get("/alerts").headers["link"] == twin.format("/v1/alerts")
    assert client.get("/v1/countries/BY").json()["country"] == "BY"
