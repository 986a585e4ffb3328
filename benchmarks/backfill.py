"""Backfill throughput on Dask: articles/s with 1 and with 2 workers on the same archive, and the time to
resume after an interrupted run (the whole process tree SIGKILLed halfway). Prints JSON.

Usage: python benchmarks/backfill.py [--articles 200000] [--shards 40] [--store sqlite|postgresql]
SQLite (the default) has one writer: each shard's store transaction takes the write lock while the other
worker extracts. With --store postgresql each run gets a fresh database next to TRAVELRISK_TEST_POSTGRES_URL.
Target (issue #8): >= 1.8x with 2 workers on this 2-core machine.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import articles
from travelrisk.cluster.backfill import run_backfill
from travelrisk.store.db import dispose_engines

ADMIN_URL = os.environ.get("TRAVELRISK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def write_archive(directory: Path, total: int, shards: int) -> None:
    per_shard = total // shards
    stream = articles(total, seed=99)
    for index in range(shards):
        with (directory / f"archive-{index:04d}.jsonl").open("w", encoding="utf-8") as fh:
            for _ in range(per_shard):
                fh.write(json.dumps(next(stream)) + "\n")


@contextlib.contextmanager
def fresh_database(store: str, tmp: Path, keep: Path | None = None, prefix: str = "bench") -> Iterator[str]:
    """A fresh SQLite file (in `keep` if given) or PostgreSQL database (dropped after unless `keep`)."""
    if store == "sqlite":
        yield f"sqlite:///{(keep or tmp) / f'{prefix}-{uuid.uuid4().hex[:8]}.db'}"
        return
    name = f"travelrisk_{prefix}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(ADMIN_URL.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        dispose_engines()
        if keep is None:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def timed(archive: Path, url: str, workers: int) -> dict:
    summary = run_backfill([str(archive)], workers=workers, database_url=url)
    return {
        "workers": workers,
        "articles": summary.articles,
        "seconds": summary.seconds,
        "articles_per_s": summary.articles_per_s,
        "stored": summary.stored,
    }


def finished_shards(url: str) -> int:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM backfill_shards")).scalar_one())
    except Exception:  # the table appears once the interrupted run has migrated the database
        return 0
    finally:
        engine.dispose()


def interrupted_and_resumed(archive: Path, url: str, shards: int) -> dict:
    env = {**os.environ, "TRAVELRISK_DATABASE_URL": url}
    command = [sys.executable, "-m", "travelrisk", "backfill", str(archive), "--engine", "dask", "--workers", "2"]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    done = 0
    while done < shards // 2 and process.poll() is None:
        time.sleep(0.5)
        done = finished_shards(url)
    os.killpg(process.pid, signal.SIGKILL)  # CLI, scheduler and workers alike
    process.wait()
    started = time.perf_counter()
    resumed = run_backfill([str(archive)], workers=2, database_url=url)
    resume_seconds = time.perf_counter() - started
    started = time.perf_counter()
    rerun = run_backfill([str(archive)], workers=2, database_url=url)
    return {
        "resume": {
            "shards_done_before_interrupt": done,
            "shards_skipped": resumed.skipped_shards,
            "articles_stored_on_resume": resumed.stored,
            "seconds": round(resume_seconds, 2),
        },
        "rerun_of_finished_backfill": {
            "stored": rerun.stored,
            "seconds": round(time.perf_counter() - started, 2),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--shards", type=int, default=40)
    parser.add_argument("--store", choices=("sqlite", "postgresql"), default="sqlite")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive"
        archive.mkdir()
        write_archive(archive, options.articles, options.shards)
        with fresh_database(options.store, Path(tmp)) as url:
            one = timed(archive, url, 1)
        with fresh_database(options.store, Path(tmp)) as url:
            two = timed(archive, url, 2)
        with fresh_database(options.store, Path(tmp)) as url:
            resumed = interrupted_and_resumed(archive, url, options.shards)
    print(
        json.dumps(
            {
                "benchmark": "backfill",
                "store": options.store,
                "archive_articles": options.articles,
                "shards": options.shards,
                "one_worker": one,
                "two_workers": two,
                "speedup": round(two["articles_per_s"] / one["articles_per_s"], 2),
                **resumed,
                "target_speedup": 1.8,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
