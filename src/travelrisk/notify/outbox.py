"""The outbox and its delivery worker: claim due rows with a lease, send, mark delivered or retry with
exponential backoff and full jitter, dead-letter after N tries. A worker killed mid-send leaves its rows
leased; when the lease expires another run sends them again under the same idempotency key."""

from __future__ import annotations

import datetime as dt
import random
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import Engine, and_, func, or_, select, update
from sqlalchemy.orm import Session

from travelrisk.advisories import change_json
from travelrisk.config import settings
from travelrisk.notify.cap import build_cap
from travelrisk.notify.channels import DeliveryFailed, send_email, send_webhook
from travelrisk.notify.message import content_for
from travelrisk.store.db import get_engine, session_scope
from travelrisk.store.tables import Alert, Change, Channel, Delivery, Traveller, Trip, utcnow

BACKOFF_CAP_SECONDS = 3600.0
SEND_THREADS = 4


def backoff(attempts: int, rng: random.Random | None = None) -> float:
    """Exponential backoff with jitter: uniform in [ceiling/4, ceiling], ceiling = base * 2**(attempts-1), capped."""
    ceiling = min(BACKOFF_CAP_SECONDS, settings().delivery_backoff_seconds * 2 ** max(0, attempts - 1))
    return (rng or random).uniform(ceiling / 4, ceiling)


def claim(session: Session, *, batch: int = 100, lease: int | None = None) -> list[int]:
    """Lease up to `batch` due deliveries in one atomic statement (SKIP LOCKED on PostgreSQL)."""
    now = utcnow()
    lease = lease or settings().delivery_lease_seconds
    due = (
        select(Delivery.id)
        .where(
            or_(
                and_(Delivery.status == "pending", Delivery.next_attempt_at <= now),
                and_(Delivery.status == "sending", Delivery.locked_until < now),
            )
        )
        .order_by(Delivery.next_attempt_at, Delivery.id)
        .limit(batch)
    )
    if session.get_bind().dialect.name == "postgresql":
        due = due.with_for_update(skip_locked=True)
    statement = (
        update(Delivery)
        .where(Delivery.id.in_(due.scalar_subquery()))
        .values(status="sending", locked_until=now + dt.timedelta(seconds=lease), attempts=Delivery.attempts + 1)
        .returning(Delivery.id)
    )
    return list(session.execute(statement).scalars())


@dataclass
class _Job:
    delivery: Delivery
    channel: Channel | None
    payload: dict[str, Any]
    cap: bytes
    subject: str
    text: str


def _jobs(session: Session, ids: list[int], public_url: str) -> list[_Job]:
    rows = session.execute(
        select(Delivery, Alert, Change, Channel, Traveller, Trip)
        .join(Alert, Alert.id == Delivery.alert_id)
        .join(Change, Change.id == Alert.change_id)
        .outerjoin(Channel, Channel.id == Delivery.channel_id)
        .outerjoin(Traveller, Traveller.id == Alert.traveller_id)
        .outerjoin(Trip, Trip.id == Alert.trip_id)
        .where(Delivery.id.in_(ids))
    ).all()
    jobs = []
    for delivery, alert, change, channel, traveller, trip in rows:
        data = change_json(change)
        content = content_for(data)
        web = f"{public_url.rstrip('/')}/countries/{change.country}"
        version = delivery.alert_version
        cap = build_cap(
            change=data,
            content=content,
            version=version,
            sent=alert.updated_at,
            web=web,
            previous_sent=alert.created_at,
            scope="Restricted",
        )
        payload = {
            "alert_id": alert.id,
            "version": version,
            "msg_type": "Update" if version > 1 else "Alert",
            "country": change.country,
            "headline": content.headline,
            "description": content.description,
            "instruction": content.instruction,
            "label": content.label,
            "confirmed": change.confirmed,
            "may_be_affected": alert.may_be_affected,
            "change": data,
            "traveller": {"id": traveller.external_id} if traveller else None,
            "trip": {
                "country": trip.country,
                "region": trip.region,
                "start": trip.start.isoformat(),
                "end": trip.end.isoformat(),
            }
            if trip
            else None,
            "web": web,
        }
        prefix = "[update] " if version > 1 else ""
        maybe = " (may affect your trip region)" if alert.may_be_affected else ""
        text = (
            f"{content.headline}{maybe}\n\n{content.description}\n\nWhat to do: {content.instruction}\n\n"
            f"Source: {content.label}\nDetails: {web}\n"
        )
        jobs.append(_Job(delivery, channel, payload, cap, prefix + content.headline, text))
    return jobs


@dataclass
class DeliveryReport:
    delivered: int = 0
    failed: int = 0
    dead: int = 0
    errors: list[str] = field(default_factory=list)


def deliver_due(
    engine: Engine | None = None,
    *,
    batch: int = 100,
    client: httpx.Client | None = None,
    rng: random.Random | None = None,
) -> DeliveryReport:
    """Claim one batch, send it, record the outcomes. Returns what happened (no personal data in it)."""
    engine = engine or get_engine()
    config = settings()
    report = DeliveryReport()
    with session_scope(engine) as session:
        ids = claim(session, batch=batch)
    if not ids:
        return report
    with session_scope(engine) as session:
        jobs = _jobs(session, ids, config.public_url)
    own_client = client is None
    client = client or httpx.Client(timeout=config.http_timeout)
    try:
        # Sends run in parallel (network-bound); outcomes are recorded together once the batch is done.
        with ThreadPoolExecutor(max_workers=SEND_THREADS) as pool:
            outcomes = list(pool.map(lambda job: _send(job, client), jobs))
        delivered = [job.delivery.id for job, error in zip(jobs, outcomes, strict=True) if error is None]
        if delivered:
            with session_scope(engine) as session:
                session.execute(
                    update(Delivery)
                    .where(Delivery.id.in_(delivered))
                    .values(status="delivered", delivered_at=utcnow(), locked_until=None, last_error=None)
                )
        report.delivered += len(delivered)
        for job, error in zip(jobs, outcomes, strict=True):
            if error is not None:
                _failed(engine, job.delivery, error, config.delivery_max_attempts, rng, report)
    finally:
        if own_client:
            client.close()
    return report


def _send(job: _Job, client: httpx.Client) -> str | None:
    """Send one delivery; None when the recipient took it, else the reason."""
    delivery = job.delivery
    try:
        if delivery.channel_kind == "webhook":
            assert job.channel is not None
            send_webhook(
                job.channel.target, job.channel.secret or "", job.payload, delivery.idempotency_key, client=client
            )
        else:
            send_email(delivery.recipient, job.subject, job.text, delivery.idempotency_key, cap_xml=job.cap)
    except DeliveryFailed as exc:
        return str(exc)
    return None


def _failed(
    engine: Engine, delivery: Delivery, error: str, max_attempts: int, rng: random.Random | None, report: DeliveryReport
) -> None:
    dead = delivery.attempts >= max_attempts
    with session_scope(engine) as session:
        session.execute(
            update(Delivery)
            .where(Delivery.id == delivery.id)
            .values(
                status="dead" if dead else "pending",
                locked_until=None,
                last_error=error[:500],
                next_attempt_at=utcnow() + dt.timedelta(seconds=backoff(delivery.attempts, rng)),
            )
        )
    report.dead += int(dead)
    report.failed += int(not dead)
    report.errors.append(f"delivery {delivery.id}: {error}")


def run_worker(
    engine: Engine | None = None, *, once: bool = False, poll_seconds: float = 2.0, stop_after: float | None = None
) -> DeliveryReport:
    """Deliver until nothing is due (`once`) or forever, polling for new alerts."""
    total = DeliveryReport()
    started = time.monotonic()
    with httpx.Client(timeout=settings().http_timeout) as client:
        while True:
            report = deliver_due(engine, client=client)
            total.delivered += report.delivered
            total.failed += report.failed
            total.dead += report.dead
            total.errors += report.errors[-20:]
            idle = report.delivered + report.failed + report.dead == 0
            if idle and once:
                return total
            if stop_after is not None and time.monotonic() - started > stop_after:
                return total
            if idle:
                time.sleep(poll_seconds)


def queue_status(engine: Engine | None = None) -> dict[str, Any]:
    with session_scope(engine or get_engine()) as session:
        counts = Counter(dict(session.execute(select(Delivery.status, func.count()).group_by(Delivery.status)).all()))
        now = utcnow()
        due = session.execute(
            select(func.count())
            .select_from(Delivery)
            .where(Delivery.status == "pending", Delivery.next_attempt_at <= now)
        ).scalar_one()
        oldest = session.execute(
            select(func.min(Delivery.next_attempt_at)).where(Delivery.status.in_(("pending", "sending")))
        ).scalar_one()
        errors = [
            e
            for (e,) in session.execute(
                select(Delivery.last_error).where(Delivery.status == "dead").order_by(Delivery.id.desc()).limit(5)
            ).all()
        ]
        alerts = session.execute(select(func.count()).select_from(Alert)).scalar_one()
    return {
        "alerts": alerts,
        "pending": counts.get("pending", 0),
        "sending": counts.get("sending", 0),
        "delivered": counts.get("delivered", 0),
        "dead": counts.get("dead", 0),
        "due_now": due,
        "oldest_waiting": oldest.isoformat() if oldest else None,
        "recent_dead_errors": errors,
    }
