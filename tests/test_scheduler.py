"""Keeping the data fresh on the embedded default: the scheduler of `serve` and `travelrisk run` syncs what is
due against a real loopback server, backs off a failing source, runs in one process at a time, polls news
feeds with conditional GET; `serve` refuses a busy port before announcing anything."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from travelrisk.cli import app
from travelrisk.config import reload_settings
from travelrisk.services.syncing import RETRY_FIRST_SECONDS, next_run
from travelrisk.sources import mirror

from .test_live_sync import US_RSS, Page, Server

runner = CliRunner()
HOUR = 3600.0


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    yield running
    running.close()


def statuses() -> dict[str, dict]:
    result = runner.invoke(app, ["sources", "status", "--json"])
    assert result.exit_code == 0, result.output
    return {row["source"]: row for row in json.loads(result.stdout)}


def seconds_until(stamp: str) -> float:
    return (dt.datetime.fromisoformat(stamp) - dt.datetime.now(dt.UTC)).total_seconds()


def test_backoff_grows_after_failures_up_to_the_period_with_jitter():
    rng = random.Random(7)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    delays = [(next_run(start, HOUR, failures, rng) - start).total_seconds() for failures in (0, 1, 2, 3, 9)]
    expected = [HOUR, RETRY_FIRST_SECONDS, 2 * RETRY_FIRST_SECONDS, 4 * RETRY_FIRST_SECONDS, HOUR]
    for delay, base in zip(delays, expected, strict=True):
        assert 0.9 * base <= delay <= 1.1 * base
    assert len({next_run(start, HOUR, 0, rng) for _ in range(5)}) == 5  # jitter: not all at the same second


def test_a_pass_syncs_what_is_due_and_schedules_the_next_runs(sqlite_travelrisk, server, monkeypatch):
    server.pages["/us"] = Page(US_RSS)
    server.pages["/au"] = Page(b"unavailable", status=503)
    monkeypatch.setenv(mirror.setting_name("us-rss"), server.base + "/us")
    monkeypatch.setenv(mirror.setting_name("au"), server.base + "/au")
    monkeypatch.setenv("TRAVELRISK_SYNC_SOURCES", "us-rss au")
    monkeypatch.setenv("TRAVELRISK_SYNC_EVERY", "1h")
    reload_settings()
    assert statuses()["us-rss"]["next_run_at"] is None

    result = runner.invoke(app, ["run", "--once", "--no-deliver"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "synced 2 sources and feeds (1 failed)"
    state = statuses()
    assert state["us-rss"]["last_success_at"] and 0.85 * HOUR < seconds_until(state["us-rss"]["next_run_at"]) <= 1.1 * HOUR
    assert "HTTP 503" in state["au"]["last_error"]
    assert 0.85 * RETRY_FIRST_SECONDS < seconds_until(state["au"]["next_run_at"]) <= 1.1 * RETRY_FIRST_SECONDS
    assert sqlite_travelrisk.advisories("BY")[0]["level"] == 4

    again = runner.invoke(app, ["run", "--once", "--no-deliver"])  # nothing is due yet
    assert again.stdout.strip() == "synced 0 sources and feeds (0 failed)"
    assert len(server.requests) == 2
    assert "not scheduled" not in runner.invoke(app, ["sources", "status"]).stdout


def test_only_one_process_runs_the_scheduled_syncs(tmp_path, server):
    release = threading.Event()
    server.pages["/us"] = Page(US_RSS, hold=release)  # the first run is mid-sync until the second has finished
    env = dict(
        os.environ,
        TRAVELRISK_DATABASE_URL=f"sqlite:///{tmp_path / 'travelrisk.db'}",
        TRAVELRISK_SOURCE_URL_US_RSS=server.base + "/us",
        TRAVELRISK_SYNC_SOURCES="us-rss",
        TRAVELRISK_SYNC_EVERY="1h",
    )
    command = [sys.executable, "-m", "travelrisk", "run", "--once", "--no-deliver"]
    subprocess.run([sys.executable, "-m", "travelrisk", "sources", "status"], env=env, check=True, capture_output=True)
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not server.requests and time.monotonic() < deadline:  # the first one holds the lease, mid-sync
        time.sleep(0.05)
    try:
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    finally:
        release.set()
    out, _err = first.communicate(timeout=120)
    assert first.returncode == second.returncode == 0
    assert out.strip() == "synced 1 sources and feeds (0 failed)"
    assert "another process is running the scheduled syncs" in second.stderr
    assert second.stdout.strip() == "synced 0 sources and feeds (0 failed)"
    assert len(server.requests) == 1


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Border news</title><link>http://127.0.0.1/a1</link><guid>a1</guid><pubDate>Mon, 02 Oct 2023 08:00:00 GMT</pubDate>
<description>Lithuania closed two of its six road crossings with Belarus on Monday, the interior ministry said.</description></item>
<item><title>Embassy news</title><link>http://127.0.0.1/a2</link><guid>a2</guid><pubDate>Mon, 02 Oct 2023 09:00:00 GMT</pubDate>
<description>The United States embassy in Minsk now offers emergency services only, the State Department said.</description></item>
</channel></rss>"""


def test_news_feeds_are_polled_with_conditional_get(sqlite_travelrisk, server, monkeypatch):
    server.pages["/wire.xml"] = Page(RSS.encode())
    monkeypatch.setenv("TRAVELRISK_NEWS_FEEDS", server.base + "/wire.xml")
    monkeypatch.setenv("TRAVELRISK_SYNC_SOURCES", "us-rss")
    monkeypatch.setenv(mirror.setting_name("us-rss"), server.base + "/missing")  # a 404: recorded, not fatal
    reload_settings()
    scheduler = sqlite_travelrisk.scheduler(every=HOUR)
    first = scheduler.run_due()
    assert first.ran == ["us-rss", f"feed:{server.base}/wire.xml"] and first.failed == ["us-rss"]
    feed = statuses()[f"feed:{server.base}/wire.xml"]
    assert feed["last_success_at"] and feed["last_error"] is None and feed["next_run_at"]
    assert sqlite_travelrisk.poll_feed(server.base + "/wire.xml") == 0  # 304: nothing new
    assert server.of("/wire.xml")[-1]["if-none-match"]
    assert sqlite_travelrisk.is_empty() is False


def test_serve_on_a_busy_port_fails_before_announcing(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = dict(os.environ, TRAVELRISK_DATABASE_URL=f"sqlite:///{tmp_path / 'travelrisk.db'}")
        done = subprocess.run(
            [sys.executable, "-m", "travelrisk", "serve", "--port", str(port), "--no-demo"],
            env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    assert done.returncode == 1
    assert "serving" not in done.stdout
    assert done.stderr.strip() == f"error: cannot listen on 127.0.0.1:{port}: address already in use (another travelrisk serve? choose another --port)"


def test_serve_keeps_the_sources_fresh(tmp_path, server):
    server.pages["/us"] = Page(US_RSS)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(
        os.environ,
        TRAVELRISK_DATABASE_URL=f"sqlite:///{tmp_path / 'travelrisk.db'}",
        TRAVELRISK_SOURCE_URL_US_RSS=server.base + "/us",
        TRAVELRISK_SYNC_SOURCES="us-rss",
        TRAVELRISK_SYNC_EVERY="1h",
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "travelrisk", "serve", "--port", str(port), "--no-demo"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        status: dict = {}
        while time.monotonic() < deadline:
            done = subprocess.run(
                [sys.executable, "-m", "travelrisk", "sources", "status", "--json"],
                env=env, capture_output=True, text=True, timeout=60,
            )  # fmt: skip
            status = {row["source"]: row for row in json.loads(done.stdout or "[]")}
            # the run is recorded first and the next one scheduled just after: wait for both
            if status.get("us-rss", {}).get("last_success_at") and status["us-rss"].get("next_run_at"):
                break
            time.sleep(0.5)
        alive = process.poll() is None
    finally:
        process.terminate()
        _out, errors = process.communicate(timeout=30)
    assert alive, errors
    assert status["us-rss"]["last_success_at"] and status["us-rss"]["next_run_at"]
    assert len(server.requests) == 1
    assert "Traceback" not in errors, errors


def test_cluster_source_jobs_follow_the_schedule_settings(sqlite_travelrisk, server, monkeypatch):
    """The worker's periodic source jobs come due on fixed crons; TRAVELRISK_SYNC_EVERY=0 turns them off there too
    (a test's workers must never reach the official sites), and TRAVELRISK_SYNC_SOURCES chooses the sources."""
    from travelrisk.cluster.jobs import poll_feeds, sync_advisories

    server.pages["/us"] = Page(US_RSS)
    monkeypatch.setenv(mirror.setting_name("us-rss"), server.base + "/us")
    monkeypatch.setenv("TRAVELRISK_SYNC_SOURCES", "us-rss")
    monkeypatch.setenv("TRAVELRISK_NEWS_FEEDS", server.base + "/feed")
    monkeypatch.setenv("TRAVELRISK_SYNC_EVERY", "0")
    reload_settings()
    assert sync_advisories() == poll_feeds() == {"skipped": "TRAVELRISK_SYNC_EVERY=0"}
    assert server.requests == []

    monkeypatch.setenv("TRAVELRISK_SYNC_EVERY", "1h")
    reload_settings()
    report = sync_advisories()
    assert [request["path"] for request in server.requests] == ["/us"]  # the chosen source only
    assert report["files"] >= 1
    assert sqlite_travelrisk.advisories("BY")[0]["level"] == 4
    assert poll_feeds() == {"queued": 0, "failed": 1}  # the feed answers 404: named in the log, not raised
    assert server.requests[-1]["path"] == "/feed"
