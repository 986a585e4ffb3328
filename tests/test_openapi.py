"""What /openapi.json promises: the Bearer key, a request body for every POST, response shapes for the main
routes, problem+json errors, the feeds' media types, dates as dates."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from travelrisk.api.app import create_app

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def spec(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('openapi') / 'travelrisk.db'}"
    with TestClient(create_app(url)) as client:
        response = client.get("/openapi.json")
    assert response.status_code == 200
    return response.json()


def operations(spec):
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation


def test_the_bearer_key_is_a_security_scheme_and_writes_require_it(spec):
    assert spec["components"]["securitySchemes"]["apiKey"] == {
        "type": "http",
        "scheme": "bearer",
        "description": spec["components"]["securitySchemes"]["apiKey"]["description"],
    }
    for path, method, operation in operations(spec):
        if method == "post":
            assert operation["security"] == [{"apiKey": []}], path
            assert "401" in operation["responses"] and "413" in operation["responses"], path


def test_every_post_declares_its_request_body(spec):
    posts = [(path, operation) for path, method, operation in operations(spec) if method == "post"]
    assert {path for path, _ in posts} >= {"/v1/articles", "/v1/travellers"}
    for path, operation in posts:
        content = operation["requestBody"]["content"]
        assert "application/json" in content and content["application/json"]["schema"], path


def test_main_responses_have_schemas_and_errors_are_problems(spec):
    for path, _method, operation in operations(spec):
        responses = operation["responses"]
        success = [code for code in responses if code.startswith("2")]
        assert success, path
        for code in success:
            for media in responses[code]["content"].values():
                assert media["schema"] != {}, (path, code)
        for code in ("400", "404", "422"):
            assert list(responses[code]["content"]) == [PROBLEM], (path, code)
    assert "HTTPValidationError" not in spec["components"]["schemas"]


def test_feeds_are_declared_with_their_media_types(spec):
    assert list(spec["paths"]["/feeds/alerts.atom"]["get"]["responses"]["200"]["content"]) == ["application/atom+xml"]
    assert list(spec["paths"]["/feeds/cap/{iso2}.xml"]["get"]["responses"]["200"]["content"]) == ["application/cap+xml"]


def test_as_of_is_a_date(spec):
    [as_of] = [p for p in spec["paths"]["/v1/countries"]["get"]["parameters"] if p["name"] == "as_of"]
    assert as_of["schema"]["format"] == "date"
