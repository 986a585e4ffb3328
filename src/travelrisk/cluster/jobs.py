"""Background jobs on procrastinate (PostgreSQL): the one shared store is also the queue (see docs/jobs.md).

Jobs: ingest an article (extract + store + changes + alerts), deliver due alerts, sync an official source
(conditional GET), poll a news feed, and retry jobs of workers that stopped sending heartbeats. Every job
is idempotent, so a job run again after a crash has its effects once.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from functools import cache
from typing import Any

from procrastinate import App, Blueprint, PsycopgConnector, RetryStrategy
from procrastinate.exceptions import AlreadyEnqueued

from travelrisk.cluster.needs import postgres_conninfo
from travelrisk.config import settings
from travelrisk.errors import InputError, Offline
from travelrisk.model import Article
from travelrisk.services import TravelRisk
from travelrisk.sources.fetch import client, fetch
from travelrisk.sources.news.readers import ReadError, read_feed

log = logging.getLogger("travelrisk.jobs")
jobs = Blueprint()
RETRY = RetryStrategy(max_attempts=6, exponential_wait=2)
QUEUES = ("ingest", "deliver", "sources")
# TRAVELRISK_SYNC_EVERY=0 turns the schedules off here as in `serve` and `run`: the periodic source jobs still
# come due (their crons are fixed) but reach nothing.
SYNC_OFF = "TRAVELRISK_SYNC_EVERY=0"


def conninfo() -> str:
    return postgres_conninfo()


@cache
def app() -> App:
    application = App(connector=PsycopgConnector(conninfo=conninfo()))
    application.add_tasks_from(jobs, namespace="travelrisk")
    return application


def ensure_schema() -> bool:
    """Create procrastinate's tables once (they live beside travelrisk's own, in the same database)."""
    conninfo()
    return TravelRisk().ensure_job_queue(app().schema_manager.get_schema())


@jobs.task(name="ingest_article", queue="ingest", retry=RETRY, pass_context=False)
def ingest_article(article: dict[str, Any]) -> dict[str, Any]:
    """Extract and store one article; storing the same text again adds nothing."""
    result = TravelRisk().ingest(Article.model_validate(article))
    if result.changes:
        with contextlib.suppress(AlreadyEnqueued):  # a delivery run already waiting sends these alerts too
            deliver_alerts.defer()
    return {"stored": result.stored, "changes": len(result.changes)}


@jobs.periodic(cron="* * * * *", periodic_id="deliver")
@jobs.task(name="deliver_alerts", queue="deliver", retry=RETRY, queueing_lock="deliver_alerts", pass_context=False)
def deliver_alerts(timestamp: int | None = None) -> dict[str, int]:
    """Send what the outbox has due (the outbox keeps its own per-delivery retries and dead letters)."""
    report = TravelRisk().deliver(once=True)
    return {"delivered": report.delivered, "retrying": report.failed, "dead": report.dead}


@jobs.periodic(cron="7 * * * *", periodic_id="sync-advisories")
@jobs.task(name="sync_advisories", queue="sources", retry=RETRY, queueing_lock="sync_advisories", pass_context=False)
def sync_advisories(timestamp: int | None = None) -> dict[str, Any]:
    """Fetch the official feeds with conditional GET; unchanged feeds cost a 304."""
    if not settings().sync_every_seconds:
        return {"skipped": SYNC_OFF}
    try:
        report = TravelRisk().sync(list(settings().sync_sources) or None)
    except Offline as exc:
        return {"offline": str(exc)}
    return report.totals()


@jobs.periodic(cron="*/15 * * * *", periodic_id="poll-feeds")
@jobs.task(name="poll_feeds", queue="sources", retry=RETRY, queueing_lock="poll_feeds", pass_context=False)
def poll_feeds(timestamp: int | None = None) -> dict[str, Any]:
    """Read each news feed of TRAVELRISK_NEWS_FEEDS (space-separated URLs) and queue its entries."""
    if not settings().sync_every_seconds:
        return {"skipped": SYNC_OFF}
    queued = failed = 0
    with client() as http:
        for url in settings().news_feeds:
            try:
                fetched = fetch(url, http=http)
            except (Offline, InputError) as exc:  # one feed down or refusing: the others are still read
                log.warning("news feed not read: %s", exc)
                failed += 1
                continue
            for entry in read_feed(fetched.content, url):
                if not isinstance(entry, ReadError):
                    ingest_article.defer(article=entry.model_dump(mode="json"))
                    queued += 1
    return {"queued": queued, "failed": failed}


@jobs.periodic(cron="* * * * * */10", periodic_id="retry-stalled")  # croniter: seconds last
@jobs.task(name="retry_stalled_jobs", queue="ingest", queueing_lock="retry_stalled_jobs", pass_context=False)
async def retry_stalled_jobs(timestamp: int | None = None) -> int:
    """Jobs of workers that stopped sending heartbeats (killed, crashed) go back to the queue."""
    stalled = list(await app().job_manager.get_stalled_jobs())
    for job in stalled:
        await app().job_manager.retry_job(job)
    return len(stalled)


_opened = threading.Lock()
_is_open = False


def _open_for_deferring() -> App:
    """Open the app's connection pool once per process (API processes defer many jobs)."""
    global _is_open
    with _opened:
        if not _is_open:
            app().open()
            _is_open = True
    return app()


def enqueue_article(article: dict[str, Any]) -> int:
    """Queue one article for ingestion (the API does this in cluster mode); returns the job id."""
    _open_for_deferring()
    return ingest_article.defer(article=article)


def status() -> dict[str, Any]:
    """Jobs per queue and state, and the latest failures."""
    return TravelRisk().job_queue_status()


def run_worker(concurrency: int = 4, queues: tuple[str, ...] = QUEUES) -> None:
    ensure_schema()
    heartbeat = settings().worker_heartbeat_seconds
    app().run_worker(
        queues=list(queues),
        concurrency=concurrency,
        update_heartbeat_interval=heartbeat,
        stalled_worker_timeout=heartbeat * 3,
    )
