"""The verbs an operator reaches for: the ranked world picture and its CSV/GeoJSON exports (CLI and API),
listing and removing travellers and channels, and testing a channel against a real receiver."""

from __future__ import annotations

import csv
import io
import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from travelrisk.api.app import create_app
from travelrisk.cli import app
from travelrisk.config import reload_settings

from .conftest import FIXTURES
from .receivers import SMTPReceiver, WebhookReceiver

runner = CliRunner()
ARTICLES = FIXTURES.parent / "articles"
TRAVELLERS = """traveller_id,name,email,citizenship,country,region,start,end
t1,Ada Example,ada@example.org,US,BY,,2023-08-01,2023-09-30
t1,Ada Example,ada@example.org,US,LT,,2023-10-01,2023-10-05
t2,Ben Example,ben@example.org,GB,BY,Minsk,2023-09-10,2023-09-20
"""


def run(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def _check_geojson(document: dict) -> dict[str, dict]:
    assert document["type"] == "FeatureCollection"
    by_code = {}
    for feature in document["features"]:
        assert feature["type"] == "Feature"
        geometry = feature["geometry"]
        if geometry is not None:
            assert geometry["type"] == "MultiPolygon"
            for polygon in geometry["coordinates"]:
                for ring in polygon:
                    assert len(ring) >= 4 and ring[0] == ring[-1]  # closed linear rings
                    assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)
        by_code[feature["properties"]["country"]] = feature
    return by_code


def test_countries_ranked_as_table_json_csv_and_geojson(travelrisk):
    travelrisk.initialise()
    rows = json.loads(run("countries", "--format", "json").stdout)
    levels = [r["strictest"] or 0 for r in rows]
    assert levels == sorted(levels, reverse=True) and levels[0] == 4
    belarus = next(r for r in rows if r["country"] == "BY")

    table = run("countries").stdout
    assert "Belarus" in table and "unknown" in table  # a country nobody rates is unknown, not level 1

    parsed = list(csv.DictReader(io.StringIO(run("countries", "--format", "csv").stdout)))
    assert len(parsed) == len(rows)
    by_code = {r["country"]: r for r in parsed}
    assert by_code["BY"]["strictest"] == str(belarus["strictest"]) and by_code["BY"]["name"] == "Belarus"
    unrated = next(r for r in rows if r["strictest"] is None)
    assert by_code[unrated["country"]]["strictest"] == ""

    features = _check_geojson(json.loads(run("countries", "--format", "geojson").stdout))
    assert features["BY"]["geometry"] is not None
    assert features["BY"]["properties"]["strictest"] == belarus["strictest"]
    assert set(features) == {r["country"] for r in rows}

    old = json.loads(run("countries", "--format", "json", "--as-of", "2020-01-01").stdout)
    assert all(r["strictest"] is None for r in old)  # nothing was stored that far back
    assert runner.invoke(app, ["countries", "--format", "kml"]).exit_code == 2


def test_api_exports_the_world_picture_as_csv_and_geojson(db_url, travelrisk):
    travelrisk.initialise()
    with TestClient(create_app(db_url)) as client:
        response = client.get("/v1/countries.csv")
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert {"country", "name", "strictest", "median"} <= set(rows[0])
        again = client.get("/v1/countries.csv", headers={"If-None-Match": response.headers["etag"]})
        assert again.status_code == 304

        response = client.get("/v1/countries.geojson")
        assert response.status_code == 200 and response.headers["content-type"] == "application/geo+json"
        features = _check_geojson(response.json())
        assert features["BY"]["properties"]["strictest"] == 4
        assert client.get("/v1/countries.geojson?as_of=yesterday").status_code == 400


def test_travellers_list_and_remove(engine, tmp_path):
    path = tmp_path / "travellers.csv"
    path.write_text(TRAVELLERS, encoding="utf-8")
    run("travellers", "import", str(path))
    run("extract", str(ARTICLES / "seed_like_belarus.txt"), "--store")  # alerts for the Belarus trips
    listed = json.loads(run("travellers", "list", "--json").stdout)
    assert [t["traveller_id"] for t in listed] == ["t1", "t2"]
    assert {trip["country"] for trip in listed[0]["trips"]} == {"BY", "LT"}
    assert "Ada Example" in run("travellers", "list").stdout

    removed = run("travellers", "remove", "t1").stdout
    assert "removed traveller t1 with 2 trips" in removed
    assert [t["traveller_id"] for t in json.loads(run("travellers", "list", "--json").stdout)] == ["t2"]
    alerts = json.loads(run("alerts", "list", "--json").stdout)
    assert alerts and {a["traveller_id"] for a in alerts} == {"t2"}

    missing = runner.invoke(app, ["travellers", "remove", "t1"])
    assert missing.exit_code == 2 and "no traveller 't1'" in missing.stderr


def test_channels_list_test_and_remove(engine, monkeypatch):
    with WebhookReceiver("s3cret") as hook, SMTPReceiver() as smtp:
        monkeypatch.setenv("TRAVELRISK_SMTP_PORT", str(smtp.port))
        reload_settings()
        run("channels", "add", "webhook", hook.url, "--secret", "s3cret")
        run("channels", "add", "email", "desk@example.org")
        channels = json.loads(run("channels", "list", "--json").stdout)
        assert [(c["kind"], c["target"], c["has_secret"]) for c in channels] == [
            ("webhook", hook.url, True),
            ("email", "desk@example.org", False),
        ]
        assert "s3cret" not in run("channels", "list").stdout

        webhook_id, email_id = (c["id"] for c in channels)
        assert "test message taken" in run("channels", "test", str(webhook_id)).stdout
        [request] = hook.requests
        assert hook.verifies(request["body"], request["headers"])
        assert json.loads(request["body"])["type"] == "test"
        run("channels", "test", str(email_id))
        assert [m["To"] for m in smtp.messages] == ["desk@example.org"]

        run("channels", "remove", str(webhook_id))
        assert [c["id"] for c in json.loads(run("channels", "list", "--json").stdout)] == [email_id]
        assert runner.invoke(app, ["channels", "test", str(webhook_id)]).exit_code == 2

    # The receivers are gone: the test reports the failure and exits 1.
    failed = runner.invoke(app, ["channels", "test", str(email_id)])
    assert failed.exit_code == 1 and "SMTP" in failed.stderr
