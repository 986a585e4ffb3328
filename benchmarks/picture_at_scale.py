"""The picture at scale: backfill N real-shaped articles, then time the answers people wait for. Prints JSON.

Usage:
    python benchmarks/picture_at_scale.py [--articles 200000] [--store sqlite|postgresql] [--workers 1|2]
        [--corpus DIR] [--shards 40] [--timeout 60] [--keep DIR]

The archive is real-shaped: each document is two real articles of `--corpus` (default
`$EVAL/data/articles/dev`, else `../shared/data/articles/dev` beside the checkout) joined, a seeded pairing,
dated over three years (2023-2025) and attributed to one of 40 outlets; one document in ten is a syndicated
near-copy of an earlier one (another outlet, its last paragraph dropped, a different byline). The text is
written at run time to a temporary directory and never kept.

The archive is backfilled on Dask (`--workers`) into a fresh SQLite file or a fresh PostgreSQL database next
to TRAVELRISK_TEST_POSTGRES_URL. Then, each as a whole process or a real server:
- `travelrisk brief BY --json`: seconds (wall, process start included) and bytes written;
- a real `travelrisk serve` (uvicorn) on 127.0.0.1: the first (cold) and repeated (warm, best of 3) calls of
  `GET /v1/countries/BY`, `GET /countries/BY` and `GET /`, in that order, and how long it took to listen; on
  a server that warmed up (the default: compiled what a first request runs) and on one that did not;
- bytes per article: the SQLite file (with its WAL) or `pg_database_size`, over the articles stored, and the
  same per table (SQLite's `dbstat`, PostgreSQL's `pg_total_relation_size`).
The backfill reports wall-clock articles/s and the CPU milliseconds per article of this process and its Dask
workers (the PostgreSQL server's CPU is not in it): on a shared machine the second varies far less.
Every call has a time-out (`--timeout` seconds); a call that runs out is reported as `"timed_out": true` (and
its path is not repeated), so slow code gives a result too.
"""

from __future__ import annotations

import argparse
import compileall
import http.client
import json
import os
import random
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

import travelrisk
from travelrisk.cluster.backfill import run_backfill
from travelrisk.store.db import dispose_engines

sys.path.insert(0, str(Path(__file__).resolve().parent))
from backfill import fresh_database  # the same fresh SQLite file or PostgreSQL database

_DATE_PREFIX = re.compile(r"^date (\d{4}-\d{2}-\d{2}) ")
OUTLETS = [f"outlet-{i:02d}.example" for i in range(40)]
NEAR_COPY_EVERY = 10
DAYS = 3 * 365
START = 19358  # 2023-01-01 as days since 1970-01-01
PATHS = ("/v1/countries/BY", "/countries/BY", "/")


def default_corpus() -> Path:
    evaluation = os.environ.get("EVAL")
    if evaluation:
        return Path(evaluation) / "data" / "articles" / "dev"
    return Path(__file__).resolve().parents[2] / "shared" / "data" / "articles" / "dev"


def _day(offset: int) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime((START + offset) * 86400))


def documents(corpus: Path, count: int, *, seed: int = 23) -> Iterator[dict[str, str]]:
    """`count` real-shaped documents: pairs of real articles, dated, with a share of syndicated near-copies."""
    texts = [_DATE_PREFIX.sub("", p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.txt"))]
    if len(texts) < 2:
        raise SystemExit(f"{corpus}: needs at least two .txt articles")
    rng = random.Random(seed)
    made: list[tuple[int, int, int]] = []  # (first, second, day) of recent originals, for near-copies
    for index in range(count):
        if made and index % NEAR_COPY_EVERY == NEAR_COPY_EVERY - 1:
            first, second, day = rng.choice(made[-500:])
            day = min(DAYS - 1, day + rng.randint(0, 2))
            paragraphs = texts[second].rstrip().split("\n\n")
            body = f"{texts[first].rstrip()}\n\n" + "\n\n".join(paragraphs[:-1] or paragraphs)
            byline = f"Wire copy {index}, distributed by {rng.choice(OUTLETS)}."
        else:
            first, second = rng.sample(range(len(texts)), 2)
            day = rng.randrange(DAYS)
            made.append((first, second, day))
            body = f"{texts[first].rstrip()}\n\n{texts[second].rstrip()}"
            byline = f"Staff report {index}."
        outlet = rng.choice(OUTLETS)
        yield {
            "id": f"doc-{index}",
            "published": _day(day),
            "outlet": outlet,
            "url": f"https://{outlet}/news/{index}",
            "text": f"{body}\n\n{byline}",
        }


def write_archive(directory: Path, corpus: Path, total: int, shards: int) -> int:
    """The archive as `shards` JSON Lines files; its size in bytes."""
    stream = documents(corpus, total)
    size = 0
    for index in range(shards):
        count = total // shards + (1 if index < total % shards else 0)
        with (directory / f"archive-{index:04d}.jsonl").open("w", encoding="utf-8") as fh:
            for _ in range(count):
                line = json.dumps(next(stream), ensure_ascii=False) + "\n"
                fh.write(line)
                size += len(line.encode("utf-8"))
    return size


def _engine_url(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


def storage(url: str, articles: int) -> dict[str, Any]:
    """Bytes of the database and of each table (with its indexes), in total and per stored article."""
    engine = create_engine(_engine_url(url))
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                path = Path(url.split("///", 1)[1])
                total = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
                rows = connection.exec_driver_sql(
                    "SELECT coalesce(m.tbl_name, d.name), sum(d.pgsize) FROM dbstat d "
                    "LEFT JOIN sqlite_master m ON m.name = d.name GROUP BY 1"
                ).all()
            else:
                total = int(connection.execute(text("SELECT pg_database_size(current_database())")).scalar_one())
                rows = connection.execute(
                    text(
                        "SELECT relname, pg_total_relation_size(c.oid) FROM pg_class c "
                        "JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE n.nspname = 'public' AND c.relkind = 'r'"
                    )
                ).all()
    finally:
        engine.dispose()
    tables = {name: int(size) for name, size in rows if size and int(size) >= 64 * 1024}
    per = max(articles, 1)
    return {
        "database_bytes": total,
        "bytes_per_article": round(total / per),
        "tables_bytes_per_article": {name: round(size / per) for name, size in sorted(tables.items())},
    }


def stored_articles(url: str) -> int:
    engine = create_engine(_engine_url(url))
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM articles")).scalar_one())
    finally:
        engine.dispose()


def _cpu_seconds() -> float:
    """User and system CPU of this process and of its children that ended (the Dask workers, once closed)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def travelrisk_command() -> str:
    return str(Path(sys.executable).parent / "travelrisk")


def byte_compile_package() -> None:
    """The package byte-compiled, as `pip install` leaves it: an editable install run under
    PYTHONDONTWRITEBYTECODE would compile every module from source on each command (~0.4 s)."""
    compileall.compile_dir(Path(travelrisk.__file__).parent, quiet=1)


def _brief_once(url: str, timeout: float) -> dict[str, Any]:
    env = {**os.environ, "TRAVELRISK_DATABASE_URL": url}
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [travelrisk_command(), "brief", "BY", "--json"], env=env, capture_output=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return {"seconds": None, "bytes": None, "timed_out": True, "timeout_s": timeout}
    seconds = time.perf_counter() - started
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = cpu_after.ru_utime + cpu_after.ru_stime - cpu_before.ru_utime - cpu_before.ru_stime
    return {
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu, 3),
        "bytes": len(done.stdout),
        "exit_code": done.returncode,
        "timed_out": False,
    }


def brief(url: str, timeout: float, repeats: int = 4) -> dict[str, Any]:
    """`travelrisk brief BY --json` as a whole process: the first run, then the median of `repeats` more (the
    machine's own noise moves a single figure by ±20 %)."""
    byte_compile_package()
    first = _brief_once(url, timeout)
    if first["timed_out"]:
        return first
    again = [_brief_once(url, timeout) for _ in range(repeats)]
    return first | {
        "repeats_s": [run["seconds"] for run in again],
        "median_s": statistics.median(run["seconds"] for run in again if run["seconds"] is not None),
        "median_cpu_s": statistics.median(run["cpu_seconds"] for run in again if run["seconds"] is not None),
    }


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_port(port: int, process: subprocess.Popen[bytes], limit: float) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"the server did not listen on port {port} within {limit:g} s")


def _get(port: int, path: str, timeout: float) -> dict[str, Any]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    started = time.perf_counter()
    try:
        connection.request("GET", path, headers={"Accept-Encoding": "identity"})
        response = connection.getresponse()
        body = response.read()
    except TimeoutError:
        return {"ms": None, "timed_out": True, "timeout_s": timeout}
    finally:
        connection.close()
    return {
        "ms": round((time.perf_counter() - started) * 1000, 1),
        "status": response.status,
        "bytes": len(body),
        "timed_out": False,
    }


def served(url: str, timeout: float, *, warm_up: bool = True) -> dict[str, Any]:
    """Cold (first) and warm (best of three repeats) calls of each path on a real uvicorn, and the seconds until
    it listened. `warm_up`: TRAVELRISK_WARM_UP, the server renders the busiest country's page and the home page
    before it listens (answers not kept: the first calls still compute theirs)."""
    port = _free_port()
    env = {**os.environ, "TRAVELRISK_DATABASE_URL": url, "TRAVELRISK_WARM_UP": "1" if warm_up else "0"}
    command = [travelrisk_command(), "serve", "--port", str(port), "--no-demo", "--no-sync"]
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_port(port, process, 120)
        result: dict[str, Any] = {"warm_up": warm_up, "listening_after_s": round(time.perf_counter() - started, 2)}
        for path in PATHS:
            cold = _get(port, path, timeout)
            # After a time-out the server is still busy with the first call: repeats would only queue behind it.
            warm = [] if cold["timed_out"] else [_get(port, path, timeout) for _ in range(3)]
            times = [w["ms"] for w in warm if w["ms"] is not None]
            result[path] = {"cold": cold, "warm_ms": min(times) if times else None}
        return result
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def served_both(url: str, timeout: float) -> dict[str, Any]:
    """The calls on a server that warmed up (the default) and on one that did not."""
    return {"http": served(url, timeout), "http_without_warm_up": served(url, timeout, warm_up=False)}


def reads_only(url: str, timeout: float) -> dict[str, Any]:
    """The reads and the storage of a database kept by an earlier run, brought to the current schema first
    (a migration that fills a new maintained table is timed: it is what an upgrade costs at this size)."""
    started = time.perf_counter()
    subprocess.run(
        [travelrisk_command(), "init"],
        env={**os.environ, "TRAVELRISK_DATABASE_URL": url},
        capture_output=True,
        check=True,
    )
    migrated = round(time.perf_counter() - started, 2)
    dispose_engines()
    return {
        "benchmark": "picture_at_scale",
        "database_url": url,
        "migrate_seconds": migrated,
        "storage": storage(url, stored_articles(url)),
        "brief_BY_json": brief(url, timeout),
    } | served_both(url, timeout)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=200_000, help="documents in the archive")
    parser.add_argument("--store", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--workers", type=int, default=2, help="Dask workers of the backfill")
    parser.add_argument("--corpus", type=Path, default=None, help="directory of real .txt articles")
    parser.add_argument("--shards", type=int, default=40, help="archive files (backfill shards)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds each timed call may take")
    parser.add_argument("--keep", type=Path, default=None, help="keep the database (SQLite: in this directory)")
    parser.add_argument("--backfill-only", action="store_true", help="measure the backfill and storage, no reads")
    parser.add_argument(
        "--database",
        default=None,
        help="no backfill: time the reads on this database (one --keep left), migrated first",
    )
    options = parser.parse_args()
    if options.database:
        print(json.dumps(reads_only(options.database, options.timeout), indent=1))
        return
    corpus = options.corpus or default_corpus()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive"
        archive.mkdir()
        archive_bytes = write_archive(archive, corpus, options.articles, options.shards)
        with fresh_database(options.store, Path(tmp), options.keep, prefix="scale") as url:
            before = _cpu_seconds()
            summary = run_backfill([str(archive)], engine="dask", workers=options.workers, database_url=url)
            dispose_engines()
            cpu = _cpu_seconds() - before
            articles = stored_articles(url)
            figures: dict[str, Any] = {
                "benchmark": "picture_at_scale",
                "store": options.store,
                "workers": options.workers,
                "archive": {
                    "documents": options.articles,
                    "shards": options.shards,
                    "bytes": archive_bytes,
                    "corpus": str(corpus),
                    "near_copy_share": round(1 / NEAR_COPY_EVERY, 2),
                },
                "backfill": {
                    "articles": summary.articles,
                    "stored": summary.stored,
                    "errors": summary.errors,
                    "seconds": summary.seconds,
                    "articles_per_s": summary.articles_per_s,
                    # this process and its Dask workers (not the PostgreSQL server): less sensitive to other load
                    "client_cpu_ms_per_article": round(cpu * 1000 / max(summary.articles, 1), 2),
                },
                "storage": storage(url, articles),
            }
            if not options.backfill_only:
                figures["brief_BY_json"] = brief(url, options.timeout)
                figures |= served_both(url, options.timeout)
            if options.keep is not None:
                figures["database_url"] = url
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
