"""GET /metrics (Prometheus text, parsed with the standard client's parser) and /readyz, distinct from
/healthz: real deliveries to a loopback receiver, a real sync from a loopback server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import text
from typer.testing import CliRunner

from travelrisk.api.app import create_app
from travelrisk.cli import app

from .conftest import FIXTURES
from .receivers import WebhookReceiver
from .test_live_sync import US_RSS, Page, Server, point

runner = CliRunner()
ARTICLES = FIXTURES.parent / "articles"
TRAVELLERS = """traveller_id,name,email,citizenship,country,region,start,end
t1,Ada Example,,US,BY,,2023-08-01,2023-09-30
t2,Ben Example,,GB,BY,Minsk,2023-08-10,2023-09-20
"""


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    yield running
    running.close()


def samples(body: str) -> dict[str, list]:
    found: dict[str, list] = {}
    for family in text_string_to_metric_families(body):
        for sample in family.samples:
            found.setdefault(sample.name, []).append(sample)
    return found


def value(found: dict[str, list], name: str, **labels: str) -> float:
    [sample] = [s for s in found[name] if all(s.labels.get(k) == v for k, v in labels.items())]
    return sample.value


def test_metrics_report_the_queue_latency_sources_and_articles(db_url, tmp_path, server, monkeypatch):
    (tmp_path / "t.csv").write_text(TRAVELLERS, encoding="utf-8")
    assert runner.invoke(app, ["travellers", "import", str(tmp_path / "t.csv")]).exit_code == 0
    server.pages["/us.xml"] = Page(US_RSS)
    point(monkeypatch, "us-rss", server.base + "/us.xml")
    with TestClient(create_app(db_url)) as client, WebhookReceiver("s3cret") as hook:
        found = samples(client.get("/metrics").text)
        assert value(found, "travelrisk_delivery_queue", state="pending") == 0
        assert "travelrisk_source_last_success_age_seconds" not in found  # nothing synced yet: no made-up age
        assert value(found, "travelrisk_source_consecutive_failures", source="us-rss") == 0

        assert runner.invoke(app, ["channels", "add", "webhook", hook.url, "--secret", "s3cret"]).exit_code == 0
        assert runner.invoke(app, ["extract", str(ARTICLES / "seed_like_belarus.txt"), "--store"]).exit_code == 0
        assert runner.invoke(app, ["advisories", "sync", "us-rss"]).exit_code == 0
        response = client.get("/metrics")
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
        found = samples(response.text)
        pending = value(found, "travelrisk_delivery_queue", state="pending")
        assert pending > 0 and value(found, "travelrisk_delivery_queue", state="delivered") == 0
        assert value(found, "travelrisk_articles_ingested_total") == 1
        assert 0 <= value(found, "travelrisk_source_last_success_age_seconds", source="us-rss") < 600
        assert value(found, "travelrisk_delivery_oldest_pending_age_seconds") >= 0

        assert runner.invoke(app, ["alerts", "deliver", "--once"]).exit_code == 0
        found = samples(client.get("/metrics").text)
        delivered = value(found, "travelrisk_delivery_queue", state="delivered")
        assert delivered == pending == len(hook.processed)
        assert value(found, "travelrisk_delivery_latency_seconds_count") == delivered
        assert value(found, "travelrisk_delivery_latency_seconds_bucket", le="+Inf") == delivered


def test_readyz_checks_the_database_and_its_schema(db_url, engine):
    with TestClient(create_app(db_url)) as client:
        assert client.get("/healthz").json()["status"] == "ok"
        ready = client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["status"] == "ready" and ready.json()["schema"]
        head = ready.json()["schema"]
        with engine.begin() as connection:  # a database a migration has not reached
            connection.execute(text("UPDATE alembic_version SET version_num = 'bb3d3e86b4bb'"))
        try:
            not_ready = client.get("/readyz")
            assert not_ready.status_code == 503 and "schema" in not_ready.json()["error"]
            assert client.get("/healthz").status_code == 200  # alive, not ready
        finally:  # the PostgreSQL test database is shared by the session
            with engine.begin() as connection:
                connection.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": head})
