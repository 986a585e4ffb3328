"""API keys with scopes and an expiry, listed and revoked from the CLI; a key without the `alerts` scope does
not see travellers' alerts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from travelrisk.api.app import create_app
from travelrisk.cli import app as cli

runner = CliRunner()
PROBLEM = "application/problem+json"
TRIP = [{"traveller_id": "k1", "name": "Kay", "country": "BY", "start": "2023-08-01", "end": "2023-09-30"}]


@pytest.fixture
def client(sqlite_engine):
    with TestClient(create_app()) as test_client:
        yield test_client


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def cli_ok(*args: str) -> str:
    result = runner.invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_default_key_writes_but_does_not_see_travellers_alerts(client):
    key = client.app.state.travelrisk.create_api_key("writer")
    assert client.post("/v1/travellers", json=TRIP, headers=bearer(key)).status_code == 200
    refused = client.get("/v1/alerts", headers=bearer(key))
    assert refused.status_code == 403 and refused.headers["content-type"].startswith(PROBLEM)
    assert "alerts" in refused.json()["detail"]
    assert client.get("/v1/alerts").status_code == 200  # the public list needs no key


def test_an_alerts_key_reads_alerts_and_cannot_write(client):
    key = client.app.state.travelrisk.create_api_key("desk", scopes=("alerts",))
    assert client.get("/v1/alerts", headers=bearer(key)).status_code == 200
    assert client.post("/v1/travellers", json=TRIP, headers=bearer(key)).status_code == 403


def test_expired_and_revoked_keys_are_refused(client):
    travelrisk = client.app.state.travelrisk
    expired = travelrisk.create_api_key("old", expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
    assert client.post("/v1/travellers", json=TRIP, headers=bearer(expired)).status_code == 401
    key = travelrisk.create_api_key("soon-revoked")
    assert client.post("/v1/travellers", json=TRIP, headers=bearer(key)).status_code == 200
    travelrisk.revoke_api_key(key[:8])
    assert client.post("/v1/travellers", json=TRIP, headers=bearer(key)).status_code == 401


def test_unknown_scopes_are_refused(sqlite_travelrisk):
    from travelrisk.errors import UsageError

    with pytest.raises(UsageError, match="admin"):
        sqlite_travelrisk.create_api_key("x", scopes=("admin",))


def test_cli_create_list_revoke(client):
    key = cli_ok("apikeys", "create", "desk", "--scope", "alerts", "--scope", "read", "--expires", "2999-12-31")
    key = key.strip()
    assert key.startswith("trk_")
    [row] = json.loads(cli_ok("apikeys", "list", "--json"))
    assert row["name"] == "desk" and row["scopes"] == ["read", "alerts"] and row["state"] == "active"
    assert row["expires_at"].startswith("3000-01-01") and row["prefix"] == key[:8]
    assert key not in cli_ok("apikeys", "list")  # the key itself is never shown again
    assert client.get("/v1/alerts", headers=bearer(key)).status_code == 200
    cli_ok("apikeys", "revoke", row["prefix"])
    assert json.loads(cli_ok("apikeys", "list", "--json"))[0]["state"] == "revoked"
    assert client.get("/v1/alerts", headers=bearer(key)).status_code == 401
    missing = runner.invoke(cli, ["apikeys", "revoke", "999"])
    assert missing.exit_code != 0 and "no API key" in missing.output
    bad = runner.invoke(cli, ["apikeys", "create", "x", "--scope", "admin"])
    assert bad.exit_code == 2 and "admin" in bad.output
