"""The delivery worker over the outbox: claim a batch, send it in parallel through its channels, record the
outcomes; each step in its own short transaction, so a worker killed at any point loses nothing."""

from __future__ import annotations

import logging
import random
import time
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Engine

from travelrisk.config import settings
from travelrisk.notify.outbox import (
    DeliveryReport,
    Job,
    SendFailure,
    claim,
    jobs,
    mark_delivered,
    mark_failed,
    send,
)
from travelrisk.store.db import session_scope

SEND_THREADS = 4
log = logging.getLogger("travelrisk.delivery")


def _timed_send(job: Job) -> tuple[SendFailure | None, float]:
    started = time.perf_counter()
    failure = send(job)
    return failure, time.perf_counter() - started


def deliver_due(engine: Engine, *, batch: int = 100, rng: random.Random | None = None) -> DeliveryReport:
    """Claim one batch, send it, record the outcomes, log one line per outcome. Returns what happened (no
    personal data in it, nor in the logs: delivery ids, channel kinds and reasons only)."""
    report = DeliveryReport()
    with session_scope(engine) as session:
        ids = claim(session, batch=batch)
    if not ids:
        return report
    with session_scope(engine) as session:
        claimed = jobs(session, ids, settings().public_url)
    # Sends run in parallel (network-bound); outcomes are recorded together once the batch is done.
    with ThreadPoolExecutor(max_workers=SEND_THREADS) as pool:
        outcomes = list(pool.map(_timed_send, claimed))
    with session_scope(engine) as session:
        mark_delivered(
            session, [job.delivery_id for job, (failure, _s) in zip(claimed, outcomes, strict=True) if not failure]
        )
    for job, (failure, seconds) in zip(claimed, outcomes, strict=True):
        fields = {
            "delivery": job.delivery_id,
            "channel": job.kind,
            "attempt": job.attempts,
            "seconds": round(seconds, 3),
        }
        if failure is None:
            report.delivered += 1
            report.send_seconds.append(seconds)
            log.info("delivered", extra={"fields": fields})
            continue
        with session_scope(engine) as session:
            dead = mark_failed(session, job, failure.reason, rng, permanent=failure.permanent)
        report.dead += int(dead)
        report.failed += int(not dead)
        report.errors.append(f"delivery {job.delivery_id}: {failure.reason}")
        outcome = "dead" if dead else "retrying"
        (log.warning if dead else log.info)(outcome, extra={"fields": {**fields, "error": failure.reason}})
    return report


def run_worker(
    engine: Engine, *, once: bool = False, poll_seconds: float = 2.0, stop_after: float | None = None
) -> DeliveryReport:
    """Deliver until a pass delivers nothing (`once`) or forever, polling for new alerts."""
    total = DeliveryReport()
    started = time.monotonic()
    while True:
        report = deliver_due(engine)
        total.delivered += report.delivered
        total.failed += report.failed
        total.dead += report.dead
        total.errors += report.errors[-20:]
        total.send_seconds += report.send_seconds
        idle = report.delivered + report.failed + report.dead == 0
        if once and report.delivered == 0:
            # What was due has been tried: failures wait for their backoff (a later run), instead of this run
            # retrying them at once until they are dead while a receiver is down.
            return total
        if stop_after is not None and time.monotonic() - started > stop_after:
            return total
        if idle:
            time.sleep(poll_seconds)
