"""Delivery an operator can watch: a summary line per run, one log line per outcome (JSON on request), the
queue per state with the age of the oldest pending message, and email without an SMTP server reported and
dead-lettered with the reason instead of being retried."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from travelrisk.cli import app
from travelrisk.config import reload_settings

from .conftest import FIXTURES
from .receivers import WebhookReceiver

runner = CliRunner()
ARTICLES = FIXTURES.parent / "articles"
TRAVELLERS = """traveller_id,name,email,citizenship,country,region,start,end
t1,Ada Example,ada@example.org,US,BY,,2023-08-01,2023-09-30
t2,Ben Example,ben@example.org,GB,BY,Minsk,2023-08-10,2023-09-20
"""


def run(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def no_smtp(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TRAVELRISK_SMTP_HOST", "TRAVELRISK_SMTP_PORT"):
        monkeypatch.delenv(name, raising=False)
    reload_settings()


def _travellers_with_alerts(tmp_path) -> None:
    path = tmp_path / "travellers.csv"
    path.write_text(TRAVELLERS, encoding="utf-8")
    run("travellers", "import", str(path))
    run("extract", str(ARTICLES / "seed_like_belarus.txt"), "--store")


def _json_lines(stderr: str) -> list[dict]:
    return [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]


def test_email_without_smtp_is_reported_and_dead_lettered_not_retried(engine, tmp_path, no_smtp, monkeypatch):
    added = run("channels", "add", "email", "desk@example.org")
    assert "TRAVELRISK_SMTP_HOST" in added.stderr and "warning" in added.stderr
    _travellers_with_alerts(tmp_path)
    queued = json.loads(run("alerts", "status", "--json").stdout)
    assert queued["by_state"]["pending"] > 0 and queued["oldest_pending_age_seconds"] >= 0

    monkeypatch.setenv("TRAVELRISK_LOG_FORMAT", "json")
    reload_settings()
    result = run("alerts", "deliver", "--once")
    summary = result.stdout.strip()
    assert summary == f"delivered 0, retrying 0, dead {queued['by_state']['pending']}"
    assert "TRAVELRISK_SMTP_HOST" in result.stderr
    events = _json_lines(result.stderr)
    assert len(events) == queued["by_state"]["pending"]
    assert {(e["event"], e["channel"], e["level"]) for e in events} == {("dead", "email", "warning")}
    assert all("TRAVELRISK_SMTP_HOST" in e["error"] and isinstance(e["delivery"], int) for e in events)
    assert "@example.org" not in result.stderr and "Ada" not in result.stderr  # no personal data in logs

    again = run("alerts", "deliver", "--once")  # nothing left to retry
    assert again.stdout.strip() == "delivered 0, retrying 0, dead 0" and _json_lines(again.stderr) == []
    status = json.loads(run("alerts", "status", "--json").stdout)
    assert status["by_state"]["pending"] == 0 and status["by_state"]["dead"] == queued["by_state"]["pending"]
    assert status["oldest_pending_age_seconds"] is None
    assert "nothing pending" in run("alerts", "status").stdout


def test_each_delivery_outcome_is_one_log_line(engine, tmp_path, no_smtp, monkeypatch):
    monkeypatch.setenv("TRAVELRISK_DELIVERY_BACKOFF_SECONDS", "0")
    reload_settings()
    with WebhookReceiver("s3cret", fail_first=1) as hook:
        run("channels", "add", "webhook", hook.url, "--secret", "s3cret")
        _travellers_with_alerts(tmp_path)
        result = run("alerts", "deliver", "--once")  # text logs, the default
        lines = [line for line in result.stderr.splitlines() if " webhook" in line or "channel=" in line]
        outcomes = [line.split()[2] for line in lines if "channel=webhook" in line]
        assert outcomes.count("retrying") == 1 and outcomes.count("delivered") == len(hook.processed) > 0
        table = run("alerts", "status").stdout
        for state in ("pending", "sending", "delivered", "dead", "oldest pending"):
            assert state in table


def test_a_bad_log_format_is_one_line(tmp_path):
    env = dict(os.environ, TRAVELRISK_LOG_FORMAT="xml", TRAVELRISK_DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}")
    done = subprocess.run(
        [sys.executable, "-m", "travelrisk", "alerts", "status"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    assert done.stderr.strip() == "error: TRAVELRISK_LOG_FORMAT='xml': choose text or json"
