"""Backfill years of archived news: the pure extractor over sharded JSON Lines on Dask distributed.

Each shard (one JSON Lines file) is read, extracted and stored by a Dask worker in chunks; the transaction
of the last chunk also records the shard as finished. A rerun skips finished shards, and articles already
stored (same text) are not stored again, so a rerun adds nothing and an interrupted shard is completed, not
duplicated. A LocalCluster is started when no scheduler is given.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Engine, bindparam, insert, select, text, update
from sqlalchemy.orm import Session

from travelrisk.assess.stories import band_candidates, band_digests, closest_story, signature
from travelrisk.extract.pipeline import extract
from travelrisk.model import Article
from travelrisk.sources.news.readers import ReadError, read_jsonl
from travelrisk.store.articles import facts_of
from travelrisk.store.db import get_engine, session_scope
from travelrisk.store.documents import insert_ignore, sha256
from travelrisk.store.tables import ArticleBand, ArticleRecord, BackfillShard, Document, NewsFact

# Articles per store transaction: the write lock is held briefly, and a worker's memory stays bounded.
CHUNK = 1000
_STORE_LOCK_ID = 7240031120  # PostgreSQL advisory lock serialising backfill store transactions


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
            raise FileNotFoundError(f"{raw}: no such file or directory")
    return found


@dataclass
class Prepared:
    """One article with everything computed outside the write transaction (pure, runs in parallel)."""

    article: Article
    digest: str
    extraction: dict[str, Any]
    facts: list[dict[str, Any]]
    minhash: np.ndarray
    bands: list[tuple[int, str]]


def prepare(article: Article) -> Prepared:
    extraction = extract(article)
    minhash = signature(article.text)
    return Prepared(
        article=article,
        digest=sha256(article.text.encode("utf-8")),
        extraction=extraction.model_dump(mode="json"),
        facts=facts_of(extraction, article.published),
        minhash=minhash.hashvalues.astype(np.uint64),
        bands=list(enumerate(band_digests(minhash))),
    )


def _chunks(items: list[Any], size: int = 1000) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def store_chunk(engine: Engine, items: list[Prepared], finished: ShardResult | None = None) -> int:
    """Store a chunk's new articles, their facts and LSH bands in one transaction of bulk statements (the
    write lock is held only for this part); with `finished`, the same transaction marks the shard done."""
    from travelrisk.ingest import derive_from_facts

    now = dt.datetime.now(dt.UTC)
    by_hash: dict[str, Prepared] = {}
    for item in items:
        by_hash.setdefault(item.digest, item)
    digests = list(by_hash)
    with session_scope(engine) as session:
        if engine.dialect.name == "sqlite":
            # Take the write lock first: a deferred transaction that reads, then writes after another worker
            # committed, fails at once with "database is locked" instead of waiting (busy_timeout).
            session.execute(text("BEGIN IMMEDIATE"))
            # A backfill's LSH band index soon outgrows SQLite's 2 MiB default page cache; keep it in memory.
            session.execute(text("PRAGMA cache_size=-262144"))
        else:
            # One store transaction at a time here too: concurrent ones would wait on each other's unique keys
            # (or deadlock), and each could derive a status change from the same "before".
            session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _STORE_LOCK_ID})
        if finished is not None and session.get(BackfillShard, finished.key) is not None:
            return 0  # another run finished it meanwhile
        connection = session.connection()  # Core executemany: no ORM bookkeeping per row
        documents = [
            {
                "kind": "article",
                "source": p.article.source[:300],
                "url": p.article.url,
                "sha256": digest,
                "content": p.article.text.encode("utf-8"),
                "published": p.article.published,
                "outlet": p.article.outlet,
                "retrieved_at": now,
            }
            for digest, p in by_hash.items()
        ]
        for chunk in _chunks(documents):
            insert_ignore(session, Document, chunk, ["sha256"])
        # Documents of this chunk that have no article yet are the new ones (a rerun finds none).
        document_ids: dict[str, int] = {}
        for chunk in _chunks(digests):
            document_ids.update(
                session.execute(select(Document.sha256, Document.id).where(Document.sha256.in_(chunk))).all()
            )
        taken: set[int] = set()
        for chunk in _chunks(list(document_ids.values())):
            taken.update(
                session.execute(select(ArticleRecord.document_id).where(ArticleRecord.document_id.in_(chunk))).scalars()
            )
        new = [by_hash[d] for d in digests if document_ids[d] not in taken]
        if new:
            connection.execute(
                insert(ArticleRecord.__table__),
                [
                    {
                        "document_id": document_ids[p.digest],
                        "article_id": p.article.id[:300],
                        "published": p.article.published,
                        "outlet": p.article.outlet,
                        "url": p.article.url,
                        "extraction": p.extraction,
                        "minhash": p.minhash.tobytes(),
                        "extracted_at": now,
                    }
                    for p in new
                ],
            )
        article_ids: dict[int, int] = {}
        for chunk in _chunks([document_ids[p.digest] for p in new]):
            article_ids.update(
                session.execute(
                    select(ArticleRecord.document_id, ArticleRecord.id).where(ArticleRecord.document_id.in_(chunk))
                ).all()
            )
        ids = [article_ids[document_ids[p.digest]] for p in new]
        stories = _stories(session, ids, new)
        stored_pairs = list(zip(ids, new, strict=True))
        if new:
            connection.execute(
                update(ArticleRecord.__table__)
                .where(ArticleRecord.__table__.c.id == bindparam("row_id"))
                .values(story_id=bindparam("story")),
                [{"row_id": i, "story": stories[i]} for i in ids],
            )
            connection.execute(
                insert(ArticleBand.__table__),
                [{"band": b, "digest": d, "article_id": i} for i, p in stored_pairs for b, d in p.bands],
            )
        facts = [{"article_id": i, "story_id": stories[i], **row} for i, p in stored_pairs for row in p.facts]
        if facts:
            connection.execute(insert(NewsFact.__table__), facts)
        derived = [NewsFact(**row) for row in facts if row["kind"] in ("border", "mission")]
        deriving = {f.article_id for f in derived}
        records = {
            i: ArticleRecord(
                id=i,
                document_id=document_ids[p.digest],
                published=p.article.published,
                outlet=p.article.outlet,
                url=p.article.url,
            )
            for i, p in stored_pairs
            if i in deriving
        }
        derive_from_facts(session, derived, records)
        if finished is not None:
            session.add(
                BackfillShard(
                    key=finished.key,
                    path=finished.path,
                    articles=finished.articles,
                    stored=finished.stored + len(new),
                    errors=finished.errors,
                )
            )
        return len(new)


def _stories(session: Session, ids: list[int], new: list[Prepared]) -> dict[int, int]:
    """Story ids: near-duplicates within the chunk and against stored articles share one (LSH bands)."""
    candidates = band_candidates(session, [pair for p in new for pair in p.bands])
    stored: dict[int, tuple[int, np.ndarray]] = {}
    for chunk in _chunks(sorted({i for found in candidates.values() for i in found})):
        for other_id, story_id, data in session.execute(
            select(ArticleRecord.id, ArticleRecord.story_id, ArticleRecord.minhash).where(ArticleRecord.id.in_(chunk))
        ).all():
            if data is not None:
                stored[other_id] = (story_id or other_id, np.frombuffer(data, dtype=np.uint64))
    stories: dict[int, int] = {}
    for article_id, p in zip(ids, new, strict=True):
        others = sorted({i for pair in p.bands for i in candidates.get(pair, ())} & stored.keys())
        story = closest_story(p.minhash, [stored[o] for o in others]) or article_id
        stories[article_id] = story
        stored[article_id] = (story, p.minhash)
        for pair in p.bands:  # later articles of this chunk see this one
            candidates.setdefault(pair, set()).add(article_id)
    return stories


def process_shard(path: str, database_url: str, chunk: int = CHUNK) -> dict[str, Any]:
    """Runs on a Dask worker: extract the shard (pure) and store it, a chunk at a time."""
    started = time.perf_counter()
    shard = Path(path)
    engine = get_engine(database_url)
    result = ShardResult(path=path, key=shard_key(shard))
    with session_scope(engine) as session:
        if session.get(BackfillShard, result.key) is not None:
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
                result.stored += store_chunk(engine, batch)
                batch = []
    result.stored += store_chunk(engine, batch, result)
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
