"""/docs and /redoc work offline (assets installed with a package, no other host named), with strict security
headers; JSON and XML answers carry nosniff."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from travelrisk.api.app import create_app

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('docs') / 'travelrisk.db'}"
    app = create_app(url)
    with TestClient(app) as test_client:
        key = app.state.travelrisk.create_api_key("docs")
        article = (FIXTURES.parent / "articles" / "seed_like_belarus.txt").read_text(encoding="utf-8")
        test_client.post("/v1/articles", json={"text": article}, headers={"Authorization": f"Bearer {key}"})
        yield test_client


def references(html: str) -> list[str]:
    return re.findall(r"""(?:src|href|url|spec-url)\s*[=:(]\s*['"]?([^'" )>]+)""", html) + re.findall(
        r"https?://[^\s'\"<>]+", html
    )


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_docs_pages_name_no_other_host_and_their_assets_are_served(client, path):
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    found = references(page.text)
    assert found  # the page does load scripts — from here
    for reference in found:
        assert reference.startswith("/"), reference
        assert not reference.startswith("//"), reference
    for reference in found:
        if reference.endswith((".js", ".css", ".png")):
            asset = client.get(reference)
            assert asset.status_code == 200 and len(asset.content) > 1000, reference
    policy = page.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "unsafe-eval" not in policy and "frame-ancestors 'none'" in policy
    assert page.headers["x-content-type-options"] == "nosniff"


def test_the_inline_start_up_script_is_allowed_by_its_hash_only(client):
    page = client.get("/docs")
    script_policy = next(p for p in page.headers["content-security-policy"].split(";") if "script-src" in p)
    assert "'unsafe-inline'" not in script_policy and "'sha256-" in script_policy


@pytest.mark.parametrize(
    "path", ["/v1/countries", "/v1/countries/BY", "/feeds/alerts.atom", "/feeds/cap/BY.xml", "/v1/countries/XX"]
)
def test_json_and_xml_answers_are_nosniff(client, path):
    response = client.get(path)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "same-origin"


def test_the_dashboard_keeps_its_own_policy(client):
    page = client.get("/")
    assert page.headers["content-security-policy"] and page.headers["x-content-type-options"] == "nosniff"
