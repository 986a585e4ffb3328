"""Cluster mode with real processes on real PostgreSQL: 2 API processes and 2 workers; 10,000 articles posted
concurrently, some twice; one worker SIGKILLed mid-run and restarted. Afterwards every job has completed and
nothing is duplicated: articles, events, changes, alerts."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from .conftest import _PG_UNAVAILABLE, POSTGRES_ADMIN_URL

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.corpus import articles  # noqa: E402

TOTAL, DUPLICATES = 10_000, 1_000

pytestmark = [
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.skipif(bool(_PG_UNAVAILABLE), reason=_PG_UNAVAILABLE or ""),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def cluster_db():
    name = f"travelrisk_cluster_{uuid.uuid4().hex[:8]}"
    admin = create_engine(
        POSTGRES_ADMIN_URL.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


LOGS: dict[int, Path] = {}  # pid -> the log its output goes to


def start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    LOGS[process.pid] = log
    return process


def stop_all(processes: list[subprocess.Popen]) -> list[str]:
    """SIGTERM each process; any still running a minute later is killed and named with the end of its log."""
    for process in processes:
        process.terminate()
    stuck = []
    for process in processes:
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            stuck.append(f"{process.args}: {LOGS[process.pid].read_text()[-3000:]}")
    return stuck


def wait_http(port: int) -> None:
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"API on {port} did not start")


async def post_all(ports: list[int], key: str, bodies: list[dict]) -> list[int]:
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=0)  # no stale keep-alive races
    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        semaphore = asyncio.Semaphore(48)

        async def post(index: int, body: dict) -> int:
            async with semaphore:
                port = ports[index % len(ports)]
                for attempt in range(3):  # a post is idempotent here: the same text is stored once
                    try:
                        response = await client.post(
                            f"http://127.0.0.1:{port}/v1/articles",
                            json=body,
                            headers={"Authorization": f"Bearer {key}"},
                        )
                        return response.status_code
                    except httpx.TransportError:
                        if attempt == 2:
                            raise
                        await asyncio.sleep(0.5)
                return 0

        return await asyncio.gather(*(post(i, b) for i, b in enumerate(bodies)))


def counts(engine) -> dict[str, int]:
    queries = {
        "documents": "SELECT count(*) FROM documents WHERE kind = 'article'",
        "articles": "SELECT count(*) FROM articles",
        "duplicate_texts": "SELECT count(*) FROM (SELECT sha256 FROM documents GROUP BY sha256 HAVING count(*) > 1) d",
        "duplicate_facts": "SELECT count(*) FROM (SELECT article_id, kind, actor, target, action FROM news_facts "
        "GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1) f",
        "facts": "SELECT count(*) FROM news_facts",
        "changes": "SELECT count(*) FROM changes",
        "duplicate_changes": "SELECT count(*) FROM (SELECT kind, subject_ref, occurred_on, after::text FROM changes "
        "GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) c",
        "crossing_events": "SELECT count(*) FROM crossing_events",
        "mission_events": "SELECT count(*) FROM mission_events",
        "duplicate_mission_events": "SELECT count(*) FROM (SELECT operator, host, status, effective_on, article_id "
        "FROM mission_events GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1) m",
        "alerts": "SELECT count(*) FROM alerts",
        "duplicate_alerts": "SELECT count(*) FROM (SELECT change_id, trip_id FROM alerts GROUP BY 1, 2 "
        "HAVING count(*) > 1) a",
        "jobs_open": "SELECT count(*) FROM procrastinate_jobs WHERE task_name = 'travelrisk:ingest_article' "
        "AND status IN ('todo', 'doing')",
        "jobs_failed": "SELECT count(*) FROM procrastinate_jobs WHERE status = 'failed'",
        "jobs_succeeded": "SELECT count(*) FROM procrastinate_jobs WHERE task_name = 'travelrisk:ingest_article' "
        "AND status = 'succeeded'",
    }
    with engine.connect() as connection:
        return {name: connection.execute(text(sql)).scalar() for name, sql in queries.items()}


def test_the_generated_corpus_holds_no_text_twice():
    # (the cluster test counts one document an article: a syndicated copy drawn twice with the same place and day
    # must still be a text of its own, whatever sentences tests/articles lends the generator)
    texts = [r["text"] for r in articles(TOTAL - DUPLICATES, seed=5)]
    assert len(set(texts)) == len(texts)
    assert sum(text.startswith("(Wire)") for text in texts) >= (TOTAL - DUPLICATES) // 25


def test_two_apis_two_workers_ten_thousand_articles(cluster_db, tmp_path):
    from travelrisk import TravelRisk

    travelrisk = TravelRisk(cluster_db)
    engine = travelrisk.engine
    env = {
        **os.environ,
        "TRAVELRISK_DATABASE_URL": cluster_db,
        "TRAVELRISK_JOB_QUEUE": "procrastinate",
        "TRAVELRISK_WORKER_HEARTBEAT_SECONDS": "1",
        "TRAVELRISK_RATE_LIMIT_PER_MINUTE": "1000000",
        "PYTHONPATH": str(ROOT / "src"),
    }
    subprocess.run(
        [sys.executable, "-m", "travelrisk", "workers", "status"], env=env, cwd=ROOT, check=True, capture_output=True
    )
    # travellers, so that changes produce alerts
    travelrisk.store_trips(
        [
            {
                "external_id": f"c{i}",
                "name": "",
                "email": None,
                "citizenship": "US",
                "country": country,
                "region": "",
                "start": dt.date(2024, 1, 1),
                "end": dt.date(2024, 12, 31),
            }
            for i, country in enumerate(["HT", "KZ", "KG", "SE", "IQ", "FI", "RU", "CA", "TR", "SY"] * 20)
        ],
    )
    key = travelrisk.create_api_key("cluster-test")
    ports = [free_port(), free_port()]
    processes = [
        start(
            [sys.executable, "-m", "uvicorn", "travelrisk.api.asgi:app", "--port", str(port), "--log-level", "warning"],
            env,
            tmp_path / f"api{port}.log",
        )
        for port in ports
    ]
    workers = [
        start(
            [sys.executable, "-m", "travelrisk", "workers", "run", "--concurrency", "4"],
            env,
            tmp_path / f"worker{i}.log",
        )
        for i in range(2)
    ]
    try:
        for port in ports:
            wait_http(port)
        unique = [
            {"id": r["id"], "text": r["text"], "published": r["published"], "url": r["url"], "outlet": "wire"}
            for r in articles(TOTAL - DUPLICATES, seed=5)
        ]
        bodies = unique + unique[:DUPLICATES]
        statuses = asyncio.run(post_all(ports, key, bodies))
        assert statuses.count(202) == TOTAL, {s: statuses.count(s) for s in set(statuses)}

        deadline = time.monotonic() + 600
        while counts(engine)["jobs_succeeded"] < TOTAL // 5 and time.monotonic() < deadline:
            time.sleep(0.5)
        workers[0].send_signal(signal.SIGKILL)  # mid-run: its jobs are left "doing"
        workers[0].wait()
        assert counts(engine)["jobs_open"] > 0
        workers[0] = start(
            [sys.executable, "-m", "travelrisk", "workers", "run", "--concurrency", "4"],
            env,
            tmp_path / "worker0-restarted.log",
        )
        while time.monotonic() < deadline:
            state = counts(engine)
            if state["jobs_open"] == 0:
                break
            time.sleep(1)
        state = counts(engine)
    finally:
        stuck = stop_all(processes + workers)
    assert not stuck, stuck  # SIGTERM stops each process: a worker finishes its jobs in flight and exits

    assert state["jobs_open"] == 0 and state["jobs_failed"] == 0
    assert state["jobs_succeeded"] >= TOTAL  # every job completed (a stalled one may have run twice)
    assert state["documents"] == state["articles"] == TOTAL - DUPLICATES
    for name in (
        "duplicate_texts",
        "duplicate_facts",
        "duplicate_changes",
        "duplicate_mission_events",
        "duplicate_alerts",
    ):
        assert state[name] == 0, (name, state)
    assert state["facts"] > 0 and state["changes"] > 0 and state["alerts"] > 0, state
