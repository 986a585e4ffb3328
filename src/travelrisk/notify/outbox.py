"""The outbox: claim due rows with a lease, build each message, send it through its channel, mark it delivered
or retry with exponential backoff and jitter, dead-letter after N tries. A worker killed mid-send leaves its
rows leased; when the lease expires another run sends them again under the same idempotency key. The worker
loop (`TravelRisk.deliver`) runs these steps, each in its own short transaction."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from travelrisk.config import settings
from travelrisk.errors import ConfigError, TravelriskError
from travelrisk.notify.cap import build_cap
from travelrisk.notify.channels import Message, channel
from travelrisk.notify.message import content_for
from travelrisk.store.changes import as_change
from travelrisk.store.tables import Alert, Change, Channel, Delivery, Traveller, Trip, utcnow

BACKOFF_CAP_SECONDS = 3600.0


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


@dataclass(frozen=True)
class Job:
    """One claimed delivery: its row's id, attempts so far, its channel's kind, and the message."""

    delivery_id: int
    attempts: int
    kind: str
    message: Message


def jobs(session: Session, ids: list[int], public_url: str) -> list[Job]:
    """The messages of claimed deliveries (content, CAP document and JSON payload built from the Change)."""
    rows = session.execute(
        select(Delivery, Alert, Change, Channel, Traveller, Trip)
        .join(Alert, Alert.id == Delivery.alert_id)
        .join(Change, Change.id == Alert.change_id)
        .outerjoin(Channel, Channel.id == Delivery.channel_id)
        .outerjoin(Traveller, Traveller.id == Alert.traveller_id)
        .outerjoin(Trip, Trip.id == Alert.trip_id)
        .where(Delivery.id.in_(ids))
    ).all()
    out = []
    config = settings()
    for delivery, alert, change, channel_row, traveller, trip in rows:
        data = as_change(change).to_json()
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
            alert_id=alert.id,
            sender=config.cap_sender,
            contact=config.cap_contact,
            expires_after=dt.timedelta(days=config.cap_expires_days),
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
        if channel_row is not None and traveller is not None:
            # A desk gets one copy per traveller concerned: say whose it is (the traveller's id, not their name).
            where = f" (trip to {trip.country}, {trip.start.isoformat()} to {trip.end.isoformat()})" if trip else ""
            text += f"Traveller: {traveller.external_id}{where}\n"
        message = Message(
            key=delivery.idempotency_key,
            recipient=delivery.recipient,
            subject=prefix + content.headline,
            text=text,
            payload=payload,
            cap=cap,
            secret=channel_row.secret if channel_row else None,
        )
        out.append(Job(delivery.id, delivery.attempts, delivery.channel_kind, message))
    return out


@dataclass
class DeliveryReport:
    delivered: int = 0
    failed: int = 0
    dead: int = 0
    errors: list[str] = field(default_factory=list)
    send_seconds: list[float] = field(default_factory=list)  # how long each delivered send took


@dataclass(frozen=True)
class SendFailure:
    """Why a message was not taken; `permanent` when retrying cannot help until the settings change (a
    channel that is not configured): such a delivery is dead-lettered at once, with the reason."""

    reason: str
    permanent: bool = False


def send(job: Job) -> SendFailure | None:
    """Send one message through its channel; None when the recipient took it, else why not."""
    try:
        channel(job.kind).send(job.message)
    except ConfigError as exc:
        return SendFailure(str(exc), permanent=True)
    except TravelriskError as exc:
        return SendFailure(str(exc))
    return None


def mark_delivered(session: Session, ids: list[int]) -> None:
    if ids:
        session.execute(
            update(Delivery)
            .where(Delivery.id.in_(ids))
            .values(status="delivered", delivered_at=utcnow(), locked_until=None, last_error=None)
        )


def mark_failed(
    session: Session, job: Job, error: str, rng: random.Random | None = None, *, permanent: bool = False
) -> bool:
    """Retry later with backoff, or dead-letter after the last attempt (at once when `permanent`); True when it
    is dead."""
    dead = permanent or job.attempts >= settings().delivery_max_attempts
    session.execute(
        update(Delivery)
        .where(Delivery.id == job.delivery_id)
        .values(
            status="dead" if dead else "pending",
            locked_until=None,
            last_error=error[:500],
            next_attempt_at=utcnow() + dt.timedelta(seconds=backoff(job.attempts, rng)),
        )
    )
    return dead


def queue_status(session: Session) -> dict[str, Any]:
    counts = Counter(dict(session.execute(select(Delivery.status, func.count()).group_by(Delivery.status)).all()))
    now = utcnow()
    due = session.execute(
        select(func.count()).select_from(Delivery).where(Delivery.status == "pending", Delivery.next_attempt_at <= now)
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
    # Age of the oldest message not yet delivered: since its alert was written (a retry does not reset it).
    oldest_pending = session.execute(
        select(func.min(Alert.created_at))
        .join(Delivery, Delivery.alert_id == Alert.id)
        .where(Delivery.status.in_(("pending", "sending")))
    ).scalar_one()
    if oldest_pending is not None and oldest_pending.tzinfo is None:
        oldest_pending = oldest_pending.replace(tzinfo=dt.UTC)  # SQLite keeps no zone; written in UTC
    return {
        "by_state": {state: counts.get(state, 0) for state in ("pending", "sending", "delivered", "dead")},
        "oldest_pending_since": oldest_pending.isoformat() if oldest_pending else None,
        "oldest_pending_age_seconds": round((now - oldest_pending).total_seconds(), 1) if oldest_pending else None,
        "alerts": alerts,
        "pending": counts.get("pending", 0),
        "sending": counts.get("sending", 0),
        "delivered": counts.get("delivered", 0),
        "dead": counts.get("dead", 0),
        "due_now": due,
        "oldest_waiting": oldest.isoformat() if oldest else None,
        "recent_dead_errors": errors,
    }
