"""Backfill years of archived news: the pure extractor over sharded JSON Lines on Dask distributed.

Each shard (one JSON Lines file) is read, extracted and stored by a Dask worker in chunks; the transaction
of the last chunk also records the shard as finished. A rerun skips finished shards, and articles already
stored (same text) are not stored again, so a rerun adds nothing and an interrupted shard is completed, not
duplicated. A LocalCluster is started when no scheduler is given.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from travelrisk.config import settings
from travelrisk.errors import UsageError
from travelrisk.services import TravelRisk
from travelrisk.services.news import CHUNK, Prepared, ShardDone, prepare
from travelrisk.sources.news.readers import ReadError, read_jsonl


@dataclass
class ShardResult:
    path: str
    key: str
    articles: int = 0
    stored: int = 0
    errors: int = 0
    skipped: bool = False
    seconds: float = 0.0


def shard_key(path: Path) -> str:
    stat = path.stat()
    return f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"


def shards_of(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix in (".jsonl", ".ndjson") and p.is_file())
        elif path.is_file():
            found.append(path)
        else:
            raise UsageError(f"{raw}: no such file or directory")
    return found


def process_shard(path: str, database_url: str, chunk: int = CHUNK) -> dict[str, Any]:
    """Runs on a Dask worker: extract the shard (pure) and store it, a chunk at a time."""
    started = time.perf_counter()
    shard = Path(path)
    travelrisk = TravelRisk(database_url)
    result = ShardResult(path=path, key=shard_key(shard))
    if travelrisk.shard_done(result.key):
        result.skipped = True
        return asdict(result)
    batch: list[Prepared] = []
    with shard.open("rb") as stream:
        for item in read_jsonl(stream, path):
            if isinstance(item, ReadError):
                result.errors += 1
                continue
            result.articles += 1
            batch.append(prepare(item))
            if len(batch) == chunk:
                result.stored += travelrisk.store_prepared(batch)
                batch = []
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


def run_backfill(
    paths: list[str], *, scheduler: str | None = None, workers: int | None = None, database_url: str | None = None
) -> BackfillSummary:
    from dask.distributed import Client, LocalCluster, as_completed

    url = database_url or settings().database_url
    TravelRisk(url)  # migrate once, here, before the workers connect
    shards = shards_of(paths)
    started = time.perf_counter()
    cluster = (
        None
        if scheduler
        else LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True, dashboard_address=None)
    )
    client = Client(scheduler or cluster)
    try:
        futures = client.map(process_shard, [str(s) for s in shards], database_url=url, pure=False)
        results = [future.result() for future in as_completed(futures)]
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
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
    )
