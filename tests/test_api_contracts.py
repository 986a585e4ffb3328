"""The HTTP contracts held against what real clients and attackers send: the public URL instead of the Host
header, dates out of range, odd JSON, chunked bodies over the cap."""

from __future__ import annotations

import pytest
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
    key = client.app.state.travelrisk.create_api_key("tests")
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
