"""Crash safety with real processes: a delivery worker killed with SIGKILL mid-run and restarted, a receiver
that goes down and comes back. Every alert arrives, and with its idempotency key is processed once."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from travelrisk.store.db import session_scope
from travelrisk.store.tables import Delivery

from .conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_receiver(port: int, log: Path, delay: float) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.receivers", "webhook", str(port), "s3cret", str(log), str(delay)], cwd=ROOT
    )
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("receiver did not start")


def processed(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


@pytest.mark.slow
def test_worker_killed_and_receiver_down(engine, travelrisk, db_url, tmp_path):
    import datetime as dt

    from travelrisk.sources.news.readers import read_paths

    travelrisk.store_trips(
        [
            {
                "external_id": f"p{i}",
                "name": "",
                "email": None,
                "citizenship": "US",
                "country": "BY",
                "region": "",
                "start": dt.date(2023, 8, 1),
                "end": dt.date(2023, 9, 30),
            }
            for i in range(150)
        ],
    )
    port = free_port()
    travelrisk.add_channel("webhook", f"http://127.0.0.1:{port}/hook", secret="s3cret")
    [article] = list(read_paths([str(FIXTURES.parent / "articles" / "seed_like_belarus.txt")]))
    travelrisk.ingest(article)
    with session_scope(engine) as session:
        total = session.execute(select(func.count()).select_from(Delivery)).scalar_one()
    assert total >= 150

    env = {
        **os.environ,
        "TRAVELRISK_DATABASE_URL": db_url,
        "TRAVELRISK_DELIVERY_LEASE_SECONDS": "2",
        "TRAVELRISK_DELIVERY_BACKOFF_SECONDS": "0.05",
    }
    log = tmp_path / "received.jsonl"
    receiver = start_receiver(port, log, delay=0.01)
    worker = subprocess.Popen([sys.executable, "-m", "travelrisk", "alerts", "deliver"], cwd=ROOT, env=env)
    deadline = time.monotonic() + 60
    while len(processed(log)) < total // 4 and time.monotonic() < deadline:
        time.sleep(0.05)
    worker.send_signal(signal.SIGKILL)  # mid-run: some deliveries leased, some sent but not yet marked
    worker.wait()
    partial = len(processed(log))
    assert 0 < partial < total

    receiver.send_signal(signal.SIGKILL)  # the receiver goes down for a while
    receiver.wait()
    down = subprocess.run(
        [sys.executable, "-m", "travelrisk", "alerts", "deliver", "--once"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert down.returncode == 0 and "retrying" in down.stdout
    receiver = start_receiver(port, log, delay=0.0)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            subprocess.run(
                [sys.executable, "-m", "travelrisk", "alerts", "deliver", "--once"],
                cwd=ROOT,
                env=env,
                capture_output=True,
                timeout=120,
            )
            with session_scope(engine) as session:
                left = session.execute(
                    select(func.count()).select_from(Delivery).where(Delivery.status != "delivered")
                ).scalar_one()
            if left == 0:
                break
            time.sleep(0.3)
    finally:
        receiver.send_signal(signal.SIGKILL)
        receiver.wait()
    assert left == 0
    entries = processed(log)
    keys = [e["key"] for e in entries]
    assert len(keys) == len(set(keys)) == total  # every delivery processed, each exactly once
    with session_scope(engine) as session:
        expected = set(session.execute(select(Delivery.idempotency_key)).scalars())
    assert set(keys) == expected
