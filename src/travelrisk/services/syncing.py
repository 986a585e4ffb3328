"""Keeping the data fresh: each live source's sync state (`sources status`, /metrics) and the scheduler that
syncs the sources and polls the news feeds on the embedded default (`serve`, `travelrisk run`)."""

from __future__ import annotations

import datetime as dt
import logging
import os
import random
import socket
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from travelrisk.config import settings
from travelrisk.errors import ConfigError, InputError, Offline, TravelriskError
from travelrisk.model import Article
from travelrisk.services.advisories import conditional_fetch
from travelrisk.sources import mirror
from travelrisk.sources.news.readers import ReadError, read_feed
from travelrisk.sources.registry import live_sources
from travelrisk.store import syncstate
from travelrisk.store.db import session_scope

log = logging.getLogger("travelrisk.sync")
FEED_PREFIX = "feed:"  # a news feed's name among the scheduled jobs


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def _state_fields(state: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    """The sync record of one source or feed as it is shown (ISO times, the age of the last success)."""
    success = state.get("last_success_at")
    return {
        "last_attempt_at": _iso(state.get("last_attempt_at")),
        "last_success_at": _iso(success),
        "last_success_age_seconds": round((now - success).total_seconds(), 1) if success else None,
        "last_error_at": _iso(state.get("last_error_at")),
        "last_error": state.get("last_error"),
        "failures": state.get("failures", 0),
        "next_run_at": _iso(state.get("next_run_at")),
    }


def sources_status(session: Session, now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Every live source: where it is fetched from, its last success and last error, the next scheduled run;
    a source never synced says so (nulls), never a made-up success."""
    now = now or dt.datetime.now(dt.UTC)
    known = syncstate.states(session)
    rows = [_feed_row(url, known.get(FEED_PREFIX + url, {}), now) for url in settings().news_feeds]
    for name, source in live_sources().items():
        state = known.get(name, {})
        first = source.index.url if source.index else source.live_urls[0]
        rows.append(
            {
                "source": name,
                "issuer": source.issuer,
                "url": mirror.address(source, first),
                "mirrored": mirror.override(source) is not None,
                **_state_fields(state, now),
            }
        )
    return rows[len(settings().news_feeds) :] + rows[: len(settings().news_feeds)]


def _feed_row(url: str, state: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    return {
        "source": FEED_PREFIX + url,
        "issuer": None,
        "url": url,
        "mirrored": False,
        **_state_fields(state, now),
    }


def poll_feed(engine: Engine, url: str, ingest: Callable[[Article], bool], http: Any = None) -> int:
    """Read a news feed (conditional GET: an unchanged feed costs a 304) and store its new entries; returns
    how many were new. A feed that cannot be read raises (`Offline`, `InputError`)."""
    from travelrisk.sources.fetch import client  # imported by the commands that fetch (~0.2 s)

    own_client = http is None
    http = http or client()
    try:
        fetched = conditional_fetch(engine, url, http)
    finally:
        if own_client:
            http.close()
    if fetched.status == 304:
        return 0
    stored = 0
    problems = []
    for entry in read_feed(fetched.content, url):
        if isinstance(entry, ReadError):
            problems.append(f"{entry.name}: {entry.reason}")
            continue
        stored += int(ingest(entry))
    if problems and not stored:
        raise InputError(url, problems[0])
    return stored


SCHEDULER_LEASE = "scheduler"
LEASE_SECONDS = 900.0  # renewed between sources; a process that died holding it is replaced after this
RETRY_FIRST_SECONDS = 300.0  # a failing source is tried again after 5 min, 10, 20 ... up to the period
JITTER = 0.1  # +-10 % on every delay, so that many installations do not hit a source at the same second


def next_run(now: dt.datetime, every: float, failures: int, rng: random.Random | None = None) -> dt.datetime:
    """When to run a source again: one period after a success, sooner after failures with exponential backoff
    (capped at the period), each with jitter."""
    delay = every if failures == 0 else min(every, RETRY_FIRST_SECONDS * 2 ** (failures - 1))
    return now + dt.timedelta(seconds=delay * (rng or random).uniform(1 - JITTER, 1 + JITTER))


@dataclass
class SchedulerPass:
    """What one pass of the scheduler did."""

    ran: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    held_elsewhere: bool = False  # another process holds the lease: this one did nothing
    next_due_at: dt.datetime | None = None


class Scheduler:
    """Syncs each live official source and polls each configured news feed when it is due, one process at a
    time on a database (a lease row), recording each outcome and the next run in the source's sync state."""

    def __init__(
        self,
        engine: Engine,
        *,
        every: float,
        sync: Callable[[str], object],
        poll: Callable[[str], int],
        feeds: tuple[str, ...] = (),
        rng: random.Random | None = None,
    ) -> None:
        self.engine = engine
        self.every = every
        self.sync = sync
        self.poll = poll
        self.feeds = feeds
        self.rng = rng or random.Random()
        self.holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    def jobs(self) -> list[str]:
        live = live_sources()
        chosen = settings().sync_sources
        unknown = [name for name in chosen if name not in live]
        if unknown:
            raise ConfigError(f"TRAVELRISK_SYNC_SOURCES names {', '.join(unknown)}: choose from {', '.join(live)}")
        return list(chosen or live) + [FEED_PREFIX + url for url in self.feeds]

    def _lease(self, now: dt.datetime) -> bool:
        with session_scope(self.engine) as session:
            return syncstate.take_lease(session, SCHEDULER_LEASE, self.holder, now=now, seconds=LEASE_SECONDS)

    def run_due(self, now: dt.datetime | None = None) -> SchedulerPass:
        """One pass: every job whose next run is due (or never ran) runs now."""
        result = SchedulerPass()
        if not self._lease(now or dt.datetime.now(dt.UTC)):
            result.held_elsewhere = True
            return result
        try:
            with session_scope(self.engine) as session:
                known = syncstate.states(session)
            for job in self.jobs():
                started = now or dt.datetime.now(dt.UTC)
                due = known.get(job, {}).get("next_run_at")
                if due is not None and due > started:
                    continue
                self._lease(started)  # renew between jobs
                self._run(job)
                result.ran.append(job)
                with session_scope(self.engine) as session:
                    failures = syncstate.states(session).get(job, {}).get("failures", 0)
                    if failures:
                        result.failed.append(job)
                    syncstate.set_next_run(session, job, next_run(started, self.every, failures, self.rng))
        finally:
            with session_scope(self.engine) as session:
                syncstate.release_lease(session, SCHEDULER_LEASE, self.holder)
                upcoming = [s["next_run_at"] for s in syncstate.states(session).values() if s["next_run_at"]]
        result.next_due_at = min(upcoming, default=None)
        return result

    def _run(self, job: str) -> None:
        started = dt.datetime.now(dt.UTC)
        try:
            if job.startswith(FEED_PREFIX):
                queued = self.poll(job.removeprefix(FEED_PREFIX))
                with session_scope(self.engine) as session:
                    syncstate.record_sync(session, job, at=started, error=None, new_versions=queued)
                log.info("feed polled", extra={"fields": {"source": job, "articles": queued}})
            else:
                self.sync(job)  # records its own outcome
        except Offline as exc:
            if not job.startswith(FEED_PREFIX):
                return  # an official source's sync records its own outcome; the other jobs still run
            with session_scope(self.engine) as session:
                syncstate.record_sync(session, job, at=started, error=str(exc))
            log.warning("scheduled job failed", extra={"fields": {"source": job, "error": str(exc)}})
        except TravelriskError as exc:
            with session_scope(self.engine) as session:
                syncstate.record_sync(session, job, at=started, error=str(exc))
            log.warning("scheduled job failed", extra={"fields": {"source": job, "error": str(exc)}})

    def run_forever(self, stop: threading.Event, *, idle_seconds: float = 60.0) -> None:
        """Pass after pass until `stop` is set: sleeps until the next job is due (at most `idle_seconds`, so
        that a lease held by a process that died is noticed)."""
        while not stop.is_set():
            try:
                result = self.run_due()
            except Exception:  # the database went away for a moment: try again later, never die
                log.exception("scheduler pass failed")
                result = SchedulerPass()
            wait = idle_seconds
            if result.next_due_at is not None:
                wait = min(idle_seconds, max(1.0, (result.next_due_at - dt.datetime.now(dt.UTC)).total_seconds()))
            stop.wait(wait)
