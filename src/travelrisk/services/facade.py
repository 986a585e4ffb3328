"""`TravelRisk`: the one door. It owns the database engine and offers every use case as a method; the CLI,
the API, the dashboard, the jobs and the backfill are shells over it. Each method is a few lines: open one
transaction (or several, where a use case needs them) and call the use case's module in `services/`."""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from travelrisk.config import settings
from travelrisk.errors import Forbidden, NotFound, RateLimited, Unauthorized
from travelrisk.model import Article, Extraction
from travelrisk.notify import feeds, outbox, registry
from travelrisk.notify.channels import channel
from travelrisk.notify.message import content_for
from travelrisk.services import (
    advisories,
    alerts,
    crossings,
    exits,
    exports,
    metrics,
    missions,
    picture,
    rebuilding,
)
from travelrisk.sources.payload import ParsedPayload
from travelrisk.store import apikeys, fact_counts, jobqueue
from travelrisk.store.db import data_version, get_engine, ping, refresh_statistics, schema_revision, session_scope
from travelrisk.store.tables import Document

if TYPE_CHECKING:
    # Imported where used: storing news needs numpy (story signatures) and syncing the HTTP client, which
    # together cost a reading command ~0.4 s of start-up.
    from travelrisk.services import news, syncing


class TravelRisk:
    """travelrisk on one database (`TRAVELRISK_DATABASE_URL`, else SQLite in the data directory); the schema
    is brought up to date on first use. Instances on the same URL share one engine (a connection pool)."""

    def __init__(self, database_url: str | None = None) -> None:
        self.database_url = database_url or settings().database_url
        self.engine = get_engine(self.database_url)

    @contextlib.contextmanager
    def _session(self) -> Iterator[Session]:
        with session_scope(self.engine) as session:
            yield session

    # ------------------------------------------------------------ official advisories

    @staticmethod
    def parse(source: str, data: bytes, name: str, issuer: str | None = None) -> ParsedPayload:
        """Parse one payload of a registered source (pure; raises InputError naming `name`)."""
        return advisories.parse(source, data, name, issuer)

    def import_advisories(
        self, source: str, paths: Iterable[Path], *, issuer: str | None = None, as_of: dt.date | None = None
    ) -> advisories.ImportReport:
        """Import payload files, each in its own transaction: a bad file is reported, the others land."""
        return advisories.import_files(source, paths, issuer=issuer, as_of=as_of, engine=self.engine)

    def import_payload(
        self,
        source: str,
        data: bytes,
        *,
        name: str,
        url: str | None = None,
        issuer: str | None = None,
        as_of: dt.date | None = None,
    ) -> advisories.FileReport:
        return advisories.store_payload(self.engine, source, data, name=name, url=url, issuer=issuer, as_of=as_of)

    def sync(self, sources: list[str] | None = None, *, http: Any = None) -> advisories.ImportReport:
        """Fetch the live sources with conditional GET and import what changed (raises Offline)."""
        return advisories.sync(sources, engine=self.engine, http=http)

    def poll_feed(self, url: str, *, http: Any = None) -> int:
        """Read a news feed (conditional GET) and store its new articles; returns how many were new."""
        from travelrisk.services import syncing

        return syncing.poll_feed(self.engine, url, lambda article: self.ingest(article).stored, http)

    def scheduler(self, every: float | None = None) -> syncing.Scheduler:
        """The scheduler of the embedded default: syncs the live sources and polls TRAVELRISK_NEWS_FEEDS every
        `every` seconds (TRAVELRISK_SYNC_EVERY), one process at a time on this database."""
        from travelrisk.services import syncing

        config = settings()
        return syncing.Scheduler(
            self.engine,
            every=config.sync_every_seconds if every is None else every,
            sync=lambda name: self.sync([name]),
            poll=self.poll_feed,
            feeds=config.news_feeds,
        )

    def sources_status(self) -> list[dict[str, Any]]:
        """Each live source's last success, last error and next scheduled run."""
        from travelrisk.services import syncing

        with self._session() as session:
            return syncing.sources_status(session)

    def advisories(self, country: str, as_of: dt.date | None = None) -> list[dict[str, Any]]:
        """Each government's advisory for a country in force on `as_of` (today when None)."""
        with self._session() as session:
            return advisories.show(session, country, as_of)

    def current_advisories(
        self, *, subject: str | None = None, issuer: str | None = None, as_of: dt.date | None = None
    ) -> list[dict[str, Any]]:
        with self._session() as session:
            return advisories.current(session, subject=subject, issuer=issuer, as_of=as_of)

    def history(self, country: str, issuer: str | None = None) -> list[dict[str, Any]]:
        """Versions of a country's advisories, oldest first, each with from/to."""
        with self._session() as session:
            return advisories.history(session, country, issuer)

    def advisory_changes(self, since: dt.date) -> list[dict[str, Any]]:
        with self._session() as session:
            return advisories.changes(session, since)

    # ------------------------------------------------------------ news

    @staticmethod
    def extract(article: Article) -> Extraction:
        """The pure reader (`travelrisk.extract`): an Article -> an Extraction with evidence. Imported on first use:
        its patterns take ~0.5 s to compile, which commands that only read the store need not pay."""
        from travelrisk.extract.pipeline import extract

        return extract(article)

    def ingest(self, article: Article, extraction: Extraction | None = None) -> news.Ingested:
        """Store an article with its facts, the statuses and Changes they cause and the alerts those cause."""
        from travelrisk.services import news

        extraction = extraction or self.extract(article)
        with self._session() as session:
            return news.ingest(session, article, extraction)

    def store_prepared(self, items: list[news.Prepared], finished: news.ShardDone | None = None) -> int:
        """Store a backfill chunk of prepared articles (history: its Changes alert nobody)."""
        from travelrisk.services import news

        return news.store_prepared(self.engine, items, finished)

    def rebuild_stories(self) -> int:
        """Recompute every stored article's near-duplicate signature, band keys and story id from its text;
        returns how many articles (run while nothing else stores news)."""
        from travelrisk.services import news

        return news.rebuild_stories(self.engine)

    def shard_done(self, key: str) -> bool:
        from travelrisk.services import news

        return news.shard_done(self.engine, key)

    # ------------------------------------------------------------ the picture

    def brief(self, country: str, as_of: dt.date | None = None) -> dict[str, Any]:
        """The country picture: levels, directives, reasons, ways out, missions, timeline, early warning."""
        with self._session() as session:
            return picture.picture(session, country, as_of)

    def countries(self, as_of: dt.date | None = None) -> list[dict[str, Any]]:
        """Every country with its strictest and median level."""
        with self._session() as session:
            return picture.overview(session, as_of)

    def busiest_country(self) -> str | None:
        """The country most stored news facts are about: its picture runs the most of the picture's code."""
        with self._session() as session:
            return fact_counts.busiest_country(session)

    def countries_csv(self, as_of: dt.date | None = None) -> str:
        """`countries()` as CSV, one row per country, the strictest first."""
        return exports.rows_csv(exports.ranked(self.countries(as_of)))

    def countries_geojson(self, as_of: dt.date | None = None) -> dict[str, Any]:
        """`countries()` as a GeoJSON FeatureCollection over the bundled country shapes."""
        return exports.countries_geojson(exports.ranked(self.countries(as_of)))

    def governments(self, as_of: dt.date | None = None) -> list[dict[str, Any]]:
        """Every tracked government with its last import or sync, its reach and whether it is stale."""
        with self._session() as session:
            return picture.governments(session, as_of)

    def changes(self, since: dt.date, *, country: str | None = None) -> list[dict[str, Any]]:
        """Every recorded change since a day: levels, directives, crossings, missions."""
        with self._session() as session:
            return picture.changes(session, since, country=country)

    def rebuild(self, *, stories: bool = False) -> dict[str, int]:
        """Recompute everything maintained (the picture's counts) from the stored facts, in one transaction;
        the rows written by each step. With `stories`, first every article's signature and story id from its
        text (`rebuild_stories`: batches, slower; run it while nothing else stores news)."""
        from travelrisk.services import news

        written = {"stories": news.rebuild_stories(self.engine)} if stories else {}
        with self._session() as session:
            written |= rebuilding.rebuild(session)
        self.refresh_statistics()
        return written

    def refresh_statistics(self) -> None:
        """After a bulk write (a backfill, a rebuild): PostgreSQL's planner sees what was stored."""
        refresh_statistics(self.engine)

    def events_page(
        self, country: str, *, cursor: str | None = None, limit: int = 20, as_of: dt.date | None = None
    ) -> dict[str, Any]:
        """A page of the country's timeline, newest first, and the cursor of the next page (`next`, None: last)."""
        with self._session() as session:
            return picture.events_page(session, country, as_of=as_of, cursor=cursor, limit=limit)

    def events(self, country: str, since: dt.date = dt.date.min) -> list[dict[str, Any]]:
        with self._session() as session:
            return picture.events(session, country, since)

    # ------------------------------------------------------------ crossings, exits, missions

    def crossings(self, country: str, as_of: dt.date | None = None) -> list[dict[str, Any]]:
        with self._session() as session:
            return crossings.crossings_report(session, country, as_of)

    def set_crossing(
        self,
        crossing_id: str,
        status: str,
        *,
        source_url: str,
        note: str = "",
        at: dt.date | None = None,
        restrictions: str = "",
    ) -> dict[str, Any]:
        """A manual, sourced crossing status; its Change alerts like any other."""
        with self._session() as session:
            return crossings.set_status(
                session, crossing_id, status, source_url=source_url, note=note, at=at, restrictions=restrictions
            )

    def import_crossings(self, path: Path) -> int:
        """Add or replace your own crossings from a CSV: all rows or none (InputError lists every problem)."""
        rows = crossings.read_crossings_csv(path)
        with self._session() as session:
            return crossings.save_user_crossings(session, rows)

    def exits(
        self,
        country: str,
        *,
        from_city: str | None = None,
        as_of: dt.date | None = None,
        reports: int | None = None,
    ) -> dict[str, Any]:
        """Ways out: each neighbour's crossings by status, and the count-only news (the newest `reports`)."""
        with self._session() as session:
            return exits.exits_report(session, country, from_city=from_city, as_of=as_of, reports=reports)

    def missions(
        self, *, of: str | None = None, in_country: str | None = None, as_of: dt.date | None = None
    ) -> list[dict[str, Any]]:
        with self._session() as session:
            return missions.missions_report(session, of=of, in_country=in_country, as_of=as_of)

    def set_mission(
        self, operator: str, host: str, status: str, *, source_url: str, note: str = "", at: dt.date | None = None
    ) -> list[dict[str, Any]]:
        with self._session() as session:
            return missions.set_status(session, operator, host, status, source_url=source_url, note=note, at=at)

    # ------------------------------------------------------------ travellers, channels, alerts

    def import_travellers(self, path: Path) -> registry.ImportResult:
        """Travellers and trips from CSV or JSON; rows with problems are rejected with their line numbers."""
        rows, rejected = registry.parse_rows(path)
        result = registry.ImportResult(rejected=rejected)
        with self._session() as session:
            result.imported, result.travellers = registry.store_trips(session, rows)
        return result

    def add_travellers(self, items: list[Any]) -> registry.ImportResult:
        """Travellers and trips as decoded JSON objects; rejected ones by item number."""
        rows, rejected = registry.check_items(items)
        result = registry.ImportResult(rejected=rejected)
        with self._session() as session:
            result.imported, result.travellers = registry.store_trips(session, rows)
        return result

    def store_trips(self, rows: list[dict[str, Any]]) -> tuple[int, int]:
        """Checked trip rows (see `notify.registry.check_row`); returns (trips, travellers)."""
        with self._session() as session:
            return registry.store_trips(session, rows)

    def purge_expired(self, today: dt.date | None = None) -> dict[str, int]:
        with self._session() as session:
            return registry.purge_expired(session, today)

    def add_channel(self, kind: str, target: str, *, secret: str | None = None) -> int:
        """A channel for the default organisation (any registered kind); returns its id."""
        with self._session() as session:
            return registry.add_channel(session, kind, target, secret=secret)

    @staticmethod
    def channel_unready(kind: str) -> str | None:
        """Why a channel kind cannot deliver with the current settings (e.g. email without SMTP), or None."""
        return channel(kind).unready()

    def travellers(self) -> list[dict[str, Any]]:
        """The travellers with their trips (private: names and emails)."""
        with self._session() as session:
            return registry.list_travellers(session)

    def remove_traveller(self, traveller_id: str) -> dict[str, int]:
        """Forget a traveller (by the organisation's id): trips, alerts and deliveries go too."""
        with self._session() as session:
            removed = registry.remove_traveller(session, traveller_id)
        if removed is None:
            raise NotFound(f"no traveller {traveller_id!r}")
        return removed

    def channels(self) -> list[dict[str, Any]]:
        """The channels alerts go to besides travellers' own email (secrets not shown)."""
        with self._session() as session:
            return registry.list_channels(session)

    def remove_channel(self, channel_id: int) -> dict[str, int]:
        """Remove a channel; its undelivered messages are dropped, its delivered ones stay as history."""
        with self._session() as session:
            removed = registry.remove_channel(session, channel_id)
        if removed is None:
            raise NotFound(f"no channel {channel_id}")
        return removed

    def test_channel(self, channel_id: int) -> str:
        """Send a test message through a channel now; raises `DeliveryFailed` with the reason when it is not
        taken. Returns the channel's target."""
        with self._session() as session:
            row = registry.get_channel(session, channel_id)
            if row is None:
                raise NotFound(f"no channel {channel_id}")
            message = registry.test_message(row, dt.datetime.now(dt.UTC))
            kind = row.kind
        channel(kind).send(message)
        return message.recipient

    def deliver(
        self, *, once: bool = False, poll_seconds: float = 2.0, stop_after: float | None = None
    ) -> outbox.DeliveryReport:
        """The delivery worker: at least once per recipient, retries with backoff, dead letters."""
        return alerts.run_worker(self.engine, once=once, poll_seconds=poll_seconds, stop_after=stop_after)

    def deliver_due(self, *, batch: int = 100, rng: random.Random | None = None) -> outbox.DeliveryReport:
        """One batch of due deliveries."""
        return alerts.deliver_due(self.engine, batch=batch, rng=rng)

    def delivery_status(self) -> dict[str, Any]:
        with self._session() as session:
            return outbox.queue_status(session)

    def alerts(self, limit: int = 200) -> list[dict[str, Any]]:
        """Recent alerts with the traveller's id and their delivery states (private)."""
        with self._session() as session:
            return feeds.alerts_list(session, limit=limit)

    def public_alerts(self, limit: int = 100) -> list[dict[str, Any]]:
        """Alert-worthy changes with their headline (`/v1/alerts`; public: no travellers)."""
        return [
            {**{k: v for k, v in row.items() if k not in ("content", "version")}, "headline": row["content"].headline}
            for row in self.public_alert_rows(limit)
        ]

    def public_alert_rows(self, limit: int = 100) -> list[dict[str, Any]]:
        """Alert-worthy changes with their message content and alert version (the alerts page)."""
        with self._session() as session:
            items = [(change.to_json(), version) for change, version in feeds.public_changes(session, limit=limit)]
        return [{**change, "content": content_for(change), "version": version} for change, version in items]

    def atom_feed(self, public_url: str) -> bytes:
        with self._session() as session:
            return feeds.atom_feed(session, public_url)

    def latest_cap(self, country: str, public_url: str) -> bytes | None:
        """The CAP 1.2 document of the latest alert-worthy change for a country."""
        with self._session() as session:
            return feeds.latest_cap(session, country, public_url)

    # ------------------------------------------------------------ API keys

    def create_api_key(
        self, name: str, *, scopes: tuple[str, ...] = apikeys.DEFAULT_SCOPES, expires_at: dt.datetime | None = None
    ) -> str:
        """A new key (scopes among read, write, alerts; optionally expiring), returned once: only its hash is
        stored."""
        with self._session() as session:
            return apikeys.create_key(session, name, scopes=scopes, expires_at=expires_at)

    def api_keys(self) -> list[dict[str, Any]]:
        """Every key's id, name, prefix, scopes, expiry and state (never the key)."""
        with self._session() as session:
            return apikeys.list_keys(session)

    def revoke_api_key(self, which: str) -> int:
        """Revoke a key by id or prefix; it stops working at once in every API process."""
        with self._session() as session:
            return apikeys.revoke_key(session, which)

    def authorize(self, token: str | None, *, scope: str = "write", count: bool = True) -> int:
        """The key's id; Unauthorized without a valid (known, unrevoked, unexpired) key, Forbidden without the
        scope. With `count` (writes) the request counts against the key's per-minute quota (RateLimited over
        it); reads with a key do not spend the write quota."""
        limit = settings().rate_limit_per_minute
        with self._session() as session:
            key = apikeys.verify_key(session, token)
            if key is None:
                raise Unauthorized("this needs a valid API key: Authorization: Bearer <key>")
            if scope not in key.scopes:
                raise Forbidden(f"this key lacks the {scope!r} scope (it has: {', '.join(sorted(key.scopes))})")
            if not count:
                return key.id
            used = apikeys.count_request(session, key.id)
        if used > limit:
            raise RateLimited(f"at most {limit} requests a minute per key", retry_after=60 - dt.datetime.now().second)
        return key.id

    # ------------------------------------------------------------ operations

    def ensure_job_queue(self, schema_sql: str) -> bool:
        """Create the job queue's tables in this (PostgreSQL) database once; True when created."""
        return jobqueue.ensure_schema(self.engine, schema_sql)

    def job_queue_status(self) -> dict[str, Any]:
        return jobqueue.status(self.engine)

    def data_version(self) -> str:
        return data_version(self.engine)

    def metrics(self) -> dict[str, Any]:
        """The figures /metrics reports (delivery queue and latency, source sync ages, articles stored)."""
        with self._session() as session:
            return metrics.snapshot(session)

    def readiness(self) -> dict[str, Any]:
        """Whether this process can serve: the database answers and its schema is current."""
        return {"database": ping(self.engine), "schema": schema_revision(self.engine)}

    def ping(self) -> dict[str, str]:
        return {"status": "ok", "database": ping(self.engine)}

    def is_empty(self) -> bool:
        with self._session() as session:
            return session.execute(select(Document.id).limit(1)).first() is None

    def initialise(self) -> dict[str, int] | None:
        """Load the bundled data into an empty database (`travelrisk init`); None when it already holds data."""
        return self.load_demo() if self.is_empty() else None

    def load_demo(self) -> dict[str, int]:
        """Import the bundled advisory snapshots and demo articles (idempotent: stored payloads are skipped)."""
        from travelrisk import demo

        counts = {"advisories": 0, "articles": 0}
        for payload in demo.advisory_payloads():
            report = self.import_payload(payload.source, payload.data, name=payload.name, issuer=payload.issuer)
            counts["advisories"] += report.advisories
        for article in demo.articles():
            counts["articles"] += int(self.ingest(article).stored)
        return counts
