"""Backfill archived news: every input `extract` reads (directories, text, HTML, RSS/Atom, JSON Lines, any of
them gzip-compressed), extracted by the pure extractor and stored in bulk, in this process or on Dask.

Each file is a shard: it is read, extracted and stored in chunks; the transaction of the last chunk also
records the shard as finished. A rerun skips finished shards, and articles already stored (same text) are not
stored again, so a rerun adds nothing and an interrupted shard is completed, not duplicated. The `dask` engine
(the `[cluster]` extra) spreads shards over a Dask cluster, a LocalCluster when no scheduler is given.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from travelrisk.config import settings
from travelrisk.errors import UsageError
from travelrisk.services import TravelRisk
from travelrisk.services.news import CHUNK, Prepared, ShardDone, prepare
from travelrisk.sources.news.readers import ReadError, article_files, read_file

ENGINES = ("local", "dask")
PROBLEMS_KEPT = 100  # per shard: the bad records named in the report (all are counted)


@dataclass
class ShardResult:
    path: str
    key: str
    articles: int = 0
    stored: int = 0
    errors: int = 0
    skipped: bool = False
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)  # "file:line: reason" of the first bad records


def shard_key(path: Path) -> str:
    stat = path.stat()
    return f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"


def shards_of(paths: list[str]) -> list[Path]:
    """The files to read: each path as given, directories searched for article files of every format."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"{raw}: no such file or directory")
        found += article_files(path)
    return found


def process_shard(
    path: str, database_url: str, chunk: int = CHUNK, travelrisk: TravelRisk | None = None
) -> dict[str, Any]:
    """Extract one file (pure) and store it, a chunk at a time; runs in this process or on a Dask worker."""
    started = time.perf_counter()
    shard = Path(path)
    travelrisk = travelrisk or TravelRisk(database_url)
    result = ShardResult(path=path, key=shard_key(shard))
    if travelrisk.shard_done(result.key):
        result.skipped = True
        return asdict(result)
    batch: list[Prepared] = []
    # One chunk is stored while the next is extracted: the store waits on the database (PostgreSQL's server
    # process, SQLite's C code), which releases the GIL, so the wait overlaps the extraction. Chunks are still
    # stored one at a time and in order, and a failed chunk stops the shard as before.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="store") as storer:
        storing: Future[int] | None = None
        for item in read_file(shard):
            if isinstance(item, ReadError):
                result.errors += 1
                if len(result.problems) < PROBLEMS_KEPT:
                    result.problems.append(f"{item.name}: {item.reason}")
                continue
            result.articles += 1
            batch.append(prepare(item))
            if len(batch) == chunk:
                result.stored += storing.result() if storing else 0
                storing = storer.submit(travelrisk.store_prepared, batch)
                batch = []
        result.stored += storing.result() if storing else 0
    done = ShardDone(result.key, result.path, result.articles, result.stored, result.errors)
    result.stored += travelrisk.store_prepared(batch, done)
    result.seconds = round(time.perf_counter() - started, 3)
    return asdict(result)


@dataclass
class BackfillSummary:
    articles: int
    shards: int
    seconds: float
    articles_per_s: float
    stored: int
    skipped_shards: int
    errors: int
    engine: str = "local"


OnStart = Callable[[int], None]
OnShard = Callable[[dict[str, Any]], None]


def _ignore(_value: Any) -> None:
    return None


def _run_local(shards: list[Path], url: str, on_shard: OnShard) -> list[dict[str, Any]]:
    travelrisk = TravelRisk(url)
    results = []
    for shard in shards:
        results.append(process_shard(str(shard), url, travelrisk=travelrisk))
        on_shard(results[-1])
    return results


def _run_dask(
    shards: list[Path], url: str, on_shard: OnShard, scheduler: str | None, workers: int | None
) -> list[dict[str, Any]]:
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = (
        None
        if scheduler
        else LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True, dashboard_address=None)
    )
    client = Client(scheduler or cluster)
    results = []
    try:
        futures = client.map(process_shard, [str(s) for s in shards], database_url=url, pure=False)
        for future in as_completed(futures):
            results.append(future.result())
            on_shard(results[-1])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return results


def run_backfill(
    paths: list[str],
    *,
    engine: str = "dask",
    scheduler: str | None = None,
    workers: int | None = None,
    database_url: str | None = None,
    on_start: OnStart = _ignore,
    on_shard: OnShard = _ignore,
) -> BackfillSummary:
    """Backfill every article file under `paths`; `on_start(shards)` and `on_shard(result)` report progress."""
    if engine not in ENGINES:
        raise UsageError(f"--engine {engine!r}: choose {' or '.join(ENGINES)}")
    url = database_url or settings().database_url
    shards = shards_of(paths)
    travelrisk = TravelRisk(url)  # migrate once, here, before any worker connects
    on_start(len(shards))
    started = time.perf_counter()
    if not shards:
        results: list[dict[str, Any]] = []
    elif engine == "dask":
        results = _run_dask(shards, url, on_shard, scheduler, workers)
    else:
        results = _run_local(shards, url, on_shard)
    if any(r["stored"] for r in results):
        travelrisk.refresh_statistics()  # part of the backfill's time: the archive is not ready without it
    seconds = time.perf_counter() - started
    articles = sum(r["articles"] for r in results)
    return BackfillSummary(
        articles=articles,
        shards=len(shards),
        seconds=round(seconds, 2),
        articles_per_s=round(articles / seconds, 1) if seconds else 0.0,
        stored=sum(r["stored"] for r in results),
        skipped_shards=sum(r["skipped"] for r in results),
        errors=sum(r["errors"] for r in results),
        engine=engine,
    )
