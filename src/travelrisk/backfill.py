"""Backfill years of archived news: the pure extractor over sharded JSON Lines on Dask distributed.

Each shard (one JSON Lines file) is read, extracted and stored by a Dask worker in one transaction that
also records the shard as finished: a rerun skips finished shards, and articles already stored (same text)
are not stored again, so a rerun adds nothing. A LocalCluster is started when no scheduler is given.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Engine, select, tuple_

from travelrisk.assess.stories import NUM_PERM, SAME_STORY, band_digests, signature
from travelrisk.extract.pipeline import extract
from travelrisk.model import Article, Extraction
from travelrisk.sources.articles import ReadError, read_jsonl
from travelrisk.store.articles import facts_of
from travelrisk.store.db import get_engine, session_scope
from travelrisk.store.documents import insert_ignore, sha256
from travelrisk.store.tables import ArticleBand, ArticleRecord, BackfillShard, Document, NewsFact


@dataclass
class ShardResult:
    path: str
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
            raise FileNotFoundError(f"{raw}: no such file or directory")
    return found


def _store_shard(engine: Engine, key: str, path: str, items: list[tuple[Article, Extraction]], errors: int) -> int:
    """Store a shard's new articles, their facts and LSH bands, and mark the shard done — one transaction."""
    from travelrisk.ingest import derive_from_facts

    now = dt.datetime.now(dt.UTC)
    by_hash: dict[str, tuple[Article, Extraction]] = {}
    for article, extraction in items:
        by_hash.setdefault(sha256(article.text.encode("utf-8")), (article, extraction))
    with session_scope(engine) as session:
        if session.get(BackfillShard, key) is not None:
            return 0  # another run finished it meanwhile
        rows = [
            {
                "kind": "article",
                "source": a.source[:300],
                "url": a.url,
                "sha256": digest,
                "content": a.text.encode("utf-8"),
                "published": a.published,
                "outlet": a.outlet,
                "retrieved_at": now,
            }
            for digest, (a, _e) in by_hash.items()
        ]
        for start in range(0, len(rows), 1000):
            insert_ignore(session, Document, rows[start : start + 1000], ["sha256"])
        # Documents of this shard that have no article yet are the new ones (a rerun finds none).
        ids: dict[str, int] = {}
        digests = list(by_hash)
        for start in range(0, len(digests), 1000):
            ids.update(
                session.execute(
                    select(Document.sha256, Document.id).where(Document.sha256.in_(digests[start : start + 1000]))
                ).all()
            )
        taken = (
            set(
                session.execute(
                    select(ArticleRecord.document_id).where(ArticleRecord.document_id.in_(list(ids.values())))
                ).scalars()
            )
            if ids
            else set()
        )
        new = [(digest, *by_hash[digest]) for digest in digests if ids[digest] not in taken]
        signatures = {digest: signature(article.text) for digest, article, _e in new}
        records = [
            ArticleRecord(
                document_id=ids[digest],
                article_id=article.id[:300],
                published=article.published,
                outlet=article.outlet,
                url=article.url,
                extraction=extraction.model_dump(mode="json"),
                minhash=signatures[digest].hashvalues.astype(np.uint64).tobytes(),
            )
            for digest, article, extraction in new
        ]
        session.add_all(records)
        session.flush()
        _stories(session, records, [signatures[d] for d, _a, _e in new])
        facts = [
            NewsFact(article_id=record.id, story_id=record.story_id, **row)
            for record, (_d, article, extraction) in zip(records, new, strict=True)
            for row in facts_of(extraction, article.published)
        ]
        session.add_all(facts)
        session.flush()
        derive_from_facts(session, [f for f in facts if f.kind in ("border", "mission")], {r.id: r for r in records})
        session.add(BackfillShard(key=key, path=path, articles=len(items), stored=len(records), errors=errors))
        return len(records)


def _stories(session: Any, records: list[ArticleRecord], signatures: list[Any]) -> None:
    """Near-duplicates within the shard and against stored articles share a story id (LSH bands)."""
    bands = [list(enumerate(band_digests(s))) for s in signatures]  # (band, digest) pairs
    wanted = sorted({pair for pairs in bands for pair in pairs})
    candidates: dict[tuple[int, str], set[int]] = {}
    for start in range(0, len(wanted), 500):
        for band, digest, article_id in session.execute(
            select(ArticleBand.band, ArticleBand.digest, ArticleBand.article_id).where(
                tuple_(ArticleBand.band, ArticleBand.digest).in_(wanted[start : start + 500])
            )
        ).all():
            candidates.setdefault((band, digest), set()).add(article_id)
    stored = {}
    others = sorted({i for ids in candidates.values() for i in ids})
    for start in range(0, len(others), 1000):
        for other_id, story_id, data in session.execute(
            select(ArticleRecord.id, ArticleRecord.story_id, ArticleRecord.minhash).where(
                ArticleRecord.id.in_(others[start : start + 1000])
            )
        ).all():
            if data is not None:
                stored[other_id] = (story_id or other_id, np.frombuffer(data, dtype=np.uint64))
    seen: dict[tuple[int, str], set[int]] = {pair: set(ids) for pair, ids in candidates.items()}
    for record, minhash, pairs in zip(records, signatures, bands, strict=True):
        best, story = 0.0, record.id
        values = minhash.hashvalues.astype(np.uint64)
        for other in {i for pair in pairs for i in seen.get(pair, ())} & stored.keys():
            other_story, other_values = stored[other]
            score = float(np.count_nonzero(values == other_values)) / NUM_PERM
            if score >= SAME_STORY and score > best:
                best, story = score, other_story
        record.story_id = story
        stored[record.id] = (story, values)
        for pair in pairs:  # later articles of this shard see this one
            seen.setdefault(pair, set()).add(record.id)
        session.add_all(ArticleBand(band=band, digest=digest, article_id=record.id) for band, digest in pairs)


def process_shard(path: str, database_url: str) -> dict[str, Any]:
    """Runs on a Dask worker: extract a whole shard (pure), then store it in one transaction."""
    started = time.perf_counter()
    shard = Path(path)
    key = shard_key(shard)
    engine = get_engine(database_url)
    result = ShardResult(path=path)
    with session_scope(engine) as session:
        if session.get(BackfillShard, key) is not None:
            result.skipped = True
            return asdict(result)
    items: list[tuple[Article, Extraction]] = []
    with shard.open("rb") as stream:
        for item in read_jsonl(stream, path):
            if isinstance(item, ReadError):
                result.errors += 1
                continue
            items.append((item, extract(item)))
    result.articles = len(items)
    result.stored = _store_shard(engine, key, path, items, result.errors)
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

    from travelrisk.config import settings

    url = database_url or settings().database_url
    get_engine(url)  # migrate once, here, before the workers connect
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
