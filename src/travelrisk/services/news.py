"""News articles into the store: one article (ingest) or a batch of prepared ones (backfill). The article, its
facts, its story, the crossing and mission statuses and directive reports it causes, their Changes and the
alerts those cause are written in one transaction, so nothing is half-stored and nothing is lost.

Deciding what changed is pure (`assess.changes`); here it is loaded, decided, then written, in that order."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from travelrisk.assess.changes import StatusReports, crossing_ids_named, news_changes, report_window
from travelrisk.assess.facts import FactView
from travelrisk.assess.stories import band_keys, closest_story, signature
from travelrisk.geo.status import Timeline
from travelrisk.model import Article, Change, Extraction
from travelrisk.services.crossings import all_crossings, status_timeline
from travelrisk.services.missions import status_timelines
from travelrisk.services.recording import confirm_changes, record_changes
from travelrisk.store import changes as change_store
from travelrisk.store import fact_counts
from travelrisk.store import stories as story_store
from travelrisk.store import timeline as timeline_store
from travelrisk.store.articles import allocate_ids, facts_of, store_article_in, without_facts
from travelrisk.store.db import lock_keys, rows_among, session_scope, truncate_large_wal
from travelrisk.store.documents import (
    bulk_insert,
    document_row,
    insert_ignore,
    insert_new_keys,
    pack,
    read_documents,
    sha256,
)
from travelrisk.store.tables import (
    ArticleBand,
    ArticleRecord,
    BackfillShard,
    CrossingEvent,
    Document,
    MissionStatusEvent,
    NewsFact,
)

log = logging.getLogger("travelrisk.news")

# Articles per store transaction in a backfill: the write lock is held briefly, memory stays bounded.
CHUNK = 1000


@dataclass
class Ingested:
    stored: bool
    article_id: int | None = None
    changes: list[int] = field(default_factory=list)


def ingest(session: Session, article: Article, extraction: Extraction) -> Ingested:
    """Store one article with everything it causes; the same text stored again adds nothing."""
    record = store_article_in(session, article, extraction)
    if record is None:
        return Ingested(stored=False)
    _assign_story(session, record, article.text)
    facts = list(session.execute(select(NewsFact).where(NewsFact.article_id == record.id)).scalars())
    fact_counts.add(
        session,
        (
            fact_counts.one(
                f.kind, f.actor, f.target, f.action, f.level, record.outlet, f.published, f.story_id or f.article_id
            )
            for f in facts
            if f.published is not None
        ),
    )
    timeline_store.add_articles(session, [record.id])
    changes = derive(session, [_view(f, record) for f in facts], alert=True)
    return Ingested(stored=True, article_id=record.id, changes=changes)


def _assign_story(session: Session, record: ArticleRecord, text: str) -> None:
    """The story id of a stored near-duplicate, or the article's own id."""
    values = signature(text)
    keys = band_keys(values)
    candidates = {i for found in story_store.band_candidates(session, keys).values() for i in found} - {record.id}
    stored = story_store.signatures(session, candidates)
    story = closest_story(values, [stored[i] for i in sorted(stored)]) or record.id
    story_store.save_story(session, record, values, story, keys)


def _view(fact: NewsFact, record: ArticleRecord) -> FactView:
    return FactView(
        kind=fact.kind,
        actor=fact.actor,
        target=fact.target,
        action=fact.action,
        level=fact.level,
        published=record.published or dt.date.today(),
        data=fact.data,
        outlet=record.outlet,
        url=record.url,
        story_id=fact.story_id,
        document_id=record.document_id,
        article_id=record.id,
    )


def derive(session: Session, facts: Sequence[FactView], *, alert: bool) -> list[int]:
    """Crossing and mission statuses and news-reported directives from stored facts, and their Changes;
    returns the ids of the new Changes. Load what is known (timelines once per batch: a backfill holds
    thousands of facts), decide what changed (pure), write it."""
    pairs = {(f.actor, f.target) for f in facts if f.kind == "mission" and f.target}
    borders = [f for f in facts if f.kind == "border"]
    windows = report_window(facts)
    # Concurrent writers deciding from the same earlier state take turns (PostgreSQL; SQLite has one writer).
    lock_keys(
        session,
        [f"mission:{a}:{b}" for a, b in pairs]
        + [f"border:{':'.join(sorted((f.actor, f.target or '')))}" for f in borders]
        + [f"report:{ref}" for ref in windows],
    )
    mission_timelines = status_timelines(session, pairs) if pairs else {}
    crossings = all_crossings(session) if borders else {}
    crossing_timelines: dict[str, Timeline] = {
        crossing_id: status_timeline(session, crossings[crossing_id])
        for crossing_id in sorted(crossing_ids_named(borders, crossings))
    }
    earlier = {
        ref: change_store.reports(session, ref, start=start, end=end) for ref, (start, end) in sorted(windows.items())
    }

    decided = news_changes(facts, crossings, crossing_timelines, mission_timelines, earlier, dt.datetime.now(dt.UTC))

    ids = record_changes(session, _store_statuses(session, decided.statuses) + decided.reported, alert=alert)
    confirm_changes(session, [c.id for c, fact in decided.corroborating if c.id and _independent(session, c, fact)])
    return ids


def _store_statuses(session: Session, planned: StatusReports) -> list[Change]:
    """Store each reported status once; a status stored before causes no Change again."""
    changes = []
    for table, reports in ((CrossingEvent, planned.crossings), (MissionStatusEvent, planned.missions)):
        first: dict[str, Any] = {}  # the first report of each status, in report order
        for report in reports:
            first.setdefault(report.row["dedupe_key"], report)
        stored = set(insert_new_keys(session, table, [r.row for r in first.values()], "dedupe_key"))
        changes += [r.change for key, r in first.items() if key in stored and r.change is not None]
    return changes


def _independent(session: Session, reported: Change, fact: FactView) -> bool:
    """Whether two independent stories (not syndicated copies) now report the directive: that confirms it."""
    stories = set(
        session.execute(
            select(ArticleRecord.story_id)
            .join(NewsFact, NewsFact.article_id == ArticleRecord.id)
            .where(
                NewsFact.kind == "advisory",
                NewsFact.actor == fact.actor,
                NewsFact.target == fact.target,
                NewsFact.action == fact.action,
                ArticleRecord.published >= reported.occurred_on,
            )
        ).scalars()
    )
    return len(stories) >= 2


# ---------------------------------------------------------------- backfill: prepared batches


@dataclass
class Prepared:
    """One article with everything computed outside the write transaction (pure, runs in parallel)."""

    article: Article
    digest: str
    extraction: dict[str, Any]
    facts: list[dict[str, Any]]
    minhash: np.ndarray
    bands: list[int]  # LSH band keys
    packed: tuple[bytes, str | None]  # the text as `documents.content` stores it


def prepare(article: Article) -> Prepared:
    from travelrisk.extract.pipeline import extract  # on first use: the reader's patterns take ~0.5 s to compile

    extraction = extract(article)
    minhash = signature(article.text)
    content = article.text.encode("utf-8")
    return Prepared(
        article=article,
        digest=sha256(content),
        extraction=without_facts(extraction.model_dump(mode="json")),
        facts=facts_of(extraction, article.published),
        minhash=minhash,
        bands=band_keys(minhash),
        packed=pack(content),
    )


@dataclass
class ShardDone:
    """A backfill shard to mark finished in the transaction of its last chunk."""

    key: str
    path: str
    articles: int
    stored: int
    errors: int


def _chunks(items: list[Any], size: int = 1000) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def shard_done(engine: Engine, key: str) -> bool:
    with session_scope(engine) as session:
        return session.get(BackfillShard, key) is not None


LOCKED_ATTEMPTS = 5  # SQLite: tries of a chunk that found the write lock held beyond the busy time-out


def store_prepared(engine: Engine, items: list[Prepared], finished: ShardDone | None = None) -> int:
    """Store a chunk of prepared articles (`_store_chunk`). On SQLite a chunk that waited out the busy time-out
    behind another writer's chunk (a slow disk or a loaded machine) is tried again: its transaction was rolled
    back whole, so the next try stores it once, and the backfill goes on instead of stopping."""
    attempt = 1
    while True:
        try:
            stored = _store_chunk(engine, items, finished)
        except OperationalError as error:
            if attempt == LOCKED_ATTEMPTS or "database is locked" not in str(error.orig):
                raise
            attempt += 1
            log.warning(
                "a chunk of %d articles found the database locked: try %d of %d", len(items), attempt, LOCKED_ATTEMPTS
            )
            continue
        truncate_large_wal(engine)
        return stored


def _store_chunk(engine: Engine, items: list[Prepared], finished: ShardDone | None = None) -> int:
    """Store a chunk's new articles, their facts and LSH bands in one transaction of bulk statements; with
    `finished`, the same transaction marks the shard done. A backfill records history: its Changes alert
    nobody.

    Concurrent writers: SQLite has one (the transaction takes the write lock first). PostgreSQL takes no
    global lock: rows that several transactions may write under one unique key (documents by SHA-256, band
    rows) are inserted sorted by that key, so two transactions wait on each other's keys in the same order
    and never in a cycle; what `derive` decides from earlier state is serialised per crossing and per
    mission pair (`store.db.lock_keys`). A document two transactions both insert is stored once; the second
    waits for the first to commit and then finds the article stored. Near-copies stored at the same moment
    by two transactions do not see each other's bands and may start two stories (`rebuild_stories` makes
    them one)."""
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
        if finished is not None and session.get(BackfillShard, finished.key) is not None:
            return 0  # another run finished it meanwhile
        documents = [
            document_row(
                kind="article",
                source=p.article.source,
                content=p.article.text.encode("utf-8"),
                url=p.article.url,
                published=p.article.published,
                outlet=p.article.outlet,
                retrieved_at=now,
                digest=digest,
                packed=p.packed,
            )
            for digest, p in sorted(by_hash.items())
        ]
        for chunk in _chunks(documents):
            insert_ignore(session, Document, chunk, ["sha256"])
        # Documents of this chunk that have no article yet are the new ones (a rerun finds none).
        document_ids: dict[str, int] = {
            digest: document_id
            for digest, document_id in rows_among(
                session, select(Document.sha256, Document.id), Document.sha256, sorted(digests)
            )
        }
        taken = {
            row[0]
            for row in rows_among(
                session,
                select(ArticleRecord.document_id),
                ArticleRecord.document_id,
                sorted(document_ids.values()),
            )
        }
        new = [by_hash[d] for d in digests if document_ids[d] not in taken]
        # Ids first, then story ids, so each row is written once (an UPDATE would leave a dead row version
        # per article on PostgreSQL and rewrite the page on SQLite).
        ids = sorted(allocate_ids(session, len(new)))
        stories = _stories(session, ids, new)
        stored_pairs = list(zip(ids, new, strict=True))
        if new:
            bulk_insert(
                session,
                ArticleRecord,
                [
                    {
                        "id": i,
                        "document_id": document_ids[p.digest],
                        "article_id": p.article.id[:300],
                        "published": p.article.published,
                        "outlet": p.article.outlet,
                        "url": p.article.url,
                        "extraction": p.extraction,
                        "minhash": p.minhash.tobytes(),
                        "story_id": stories[i],
                        "extracted_at": now,
                    }
                    for i, p in stored_pairs
                ],
            )
            bulk_insert(
                session,
                ArticleBand,
                [{"key": k, "article_id": i} for k, i in sorted({(k, i) for i, p in stored_pairs for k in p.bands})],
            )
        facts = [{"article_id": i, "story_id": stories[i], **row} for i, p in stored_pairs for row in p.facts]
        bulk_insert(session, NewsFact, facts)
        outlets = {i: p.article.outlet for i, p in stored_pairs}
        fact_counts.add(
            session,
            (
                fact_counts.one(
                    row["kind"],
                    row["actor"],
                    row["target"],
                    row["action"],
                    row["level"],
                    outlets[row["article_id"]],
                    row["published"],
                    row["story_id"] or row["article_id"],
                )
                for row in facts
                if row["published"] is not None
            ),
        )
        timeline_store.add_articles(session, ids)
        by_id = {i: (document_ids[p.digest], p) for i, p in stored_pairs}
        derive(
            session, [_prepared_view(row, by_id) for row in facts if row["kind"] in ("border", "mission")], alert=False
        )
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


def _prepared_view(row: dict[str, Any], by_id: dict[int, tuple[int, Prepared]]) -> FactView:
    document_id, prepared = by_id[row["article_id"]]
    article = prepared.article
    return FactView(
        kind=row["kind"],
        actor=row["actor"],
        target=row["target"],
        action=row["action"],
        level=row["level"],
        published=article.published or dt.date.today(),
        data=row["data"],
        outlet=article.outlet,
        url=article.url,
        story_id=row["story_id"],
        document_id=document_id,
        article_id=row["article_id"],
    )


def _stories(session: Session, ids: list[int], new: list[Prepared]) -> dict[int, int]:
    """Story ids: near-duplicates within the chunk and against stored articles share one (LSH bands)."""
    return _assign_stories(session, ids, [p.minhash for p in new], [p.bands for p in new])


def _assign_stories(
    session: Session, ids: list[int], minhashes: list[np.ndarray], bands: list[list[int]]
) -> dict[int, int]:
    """Each article's story: that of the most similar earlier article (stored, or earlier in `ids`) sharing
    a band, when similar enough; else its own id."""
    candidates = story_store.band_candidates(session, [key for keys in bands for key in keys])
    stored = story_store.signatures(session, {i for found in candidates.values() for i in found})
    stories: dict[int, int] = {}
    for article_id, minhash, keys in zip(ids, minhashes, bands, strict=True):
        others = sorted({i for key in keys for i in candidates.get(key, ())} & stored.keys())
        story = closest_story(minhash, [stored[o] for o in others]) or article_id
        stories[article_id] = story
        stored[article_id] = (story, minhash)
        for key in keys:  # later articles of this batch see this one
            candidates.setdefault(key, set()).add(article_id)
    return stories


def rebuild_stories(engine: Engine, *, batch: int = CHUNK) -> int:
    """Recompute every stored article's MinHash signature, LSH band keys and story id from its stored text,
    in article id order, as if the articles had been stored one after another (for `travelrisk rebuild`:
    after a change to the signature or band scheme, or to join stories that concurrent writers split). One
    transaction per batch; run it while nothing else stores news. Returns the number of articles."""
    done = 0
    last = 0
    first = True
    while True:
        with session_scope(engine) as session:
            if engine.dialect.name == "sqlite":
                session.execute(text("BEGIN IMMEDIATE"))
            if first:
                story_store.clear_bands(session)
                first = False
            rows = story_store.articles_after(session, last, batch)
            if not rows:
                return done
            ids = [article_id for article_id, _document_id in rows]
            texts = read_documents(session, [document_id for _article_id, document_id in rows])
            minhashes = [signature(texts[document_id].decode("utf-8")) for _article_id, document_id in rows]
            keys = [band_keys(values) for values in minhashes]
            stories = _assign_stories(session, ids, minhashes, keys)
            story_store.save_stories(
                session, [(i, values, stories[i], k) for i, values, k in zip(ids, minhashes, keys, strict=True)]
            )
            done += len(ids)
            last = ids[-1]
