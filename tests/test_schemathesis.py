"""schemathesis against the app, all checks, every operation, with and without an API key: a bounded number
of generated requests each (the whole file runs in well under two minutes here)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, settings
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from travelrisk.api.app import create_app
from travelrisk.config import reload_settings

from .conftest import FIXTURES

# A deeper run: TRAVELRISK_TEST_SCHEMATHESIS_EXAMPLES=200 pytest tests/test_schemathesis.py
EXAMPLES = int(os.environ.get("TRAVELRISK_TEST_SCHEMATHESIS_EXAMPLES", "12"))


# Built at import: schemathesis makes one test per operation from the document when the module is collected.
_DATABASE = Path(tempfile.mkdtemp(prefix="travelrisk-schemathesis-")) / "travelrisk.db"
APP = create_app(f"sqlite:///{_DATABASE}")
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module")
def key() -> Iterator[str]:
    """A key, and an article stored so that reads have data to show."""
    created = APP.state.travelrisk.create_api_key("schemathesis", scopes=("read", "write", "alerts"))
    article = (FIXTURES.parent / "articles" / "seed_like_belarus.txt").read_text(encoding="utf-8")
    with TestClient(APP) as client:
        stored = client.post("/v1/articles", json={"text": article}, headers={"Authorization": f"Bearer {created}"})
        assert stored.is_success
    yield created
    shutil.rmtree(_DATABASE.parent, ignore_errors=True)


bounded = settings(
    max_examples=EXAMPLES,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture(autouse=True)
def _settings_once():
    reload_settings()


def excluded(case) -> list:
    """Checks that cannot hold for a case, each for a reason a schema cannot express; every other check runs."""
    checks = []
    # /v1/missions needs `of` or `in` (or both): a rule between two parameters, which OpenAPI cannot state, so
    # a request with neither is schema-valid and rightly refused (400). Whether a page holds an article
    # (POST /v1/articles, 422 when not) is not something a schema can say either.
    # A page cursor is an opaque token: only the cursors the server gave are valid, and a schema cannot list them,
    # so a generated one ("Says") is schema-valid and rightly refused (400).
    if case.operation.path in ("/v1/missions", "/v1/articles") or (case.query or {}).get("cursor") is not None:
        checks.append(positive_data_acceptance)
    # A text/plain or text/html body is text whatever it spells: "[]" sent as text is an article, not an array.
    if (case.media_type or "").startswith("text/"):
        checks.append(negative_data_rejection)
    return checks


@schema.parametrize()
@bounded
def test_without_a_key(case, key):
    case.call_and_validate(excluded_checks=excluded(case))


@schema.parametrize()
@bounded
def test_with_a_key(case, key):
    case.call_and_validate(headers={"Authorization": f"Bearer {key}"}, excluded_checks=excluded(case))
