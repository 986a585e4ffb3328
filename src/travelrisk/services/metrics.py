"""What /metrics reports, read from the database at scrape time so that every API process agrees and the
worker processes (where deliveries and syncs happen) are counted too: the delivery queue per state, the
latency of recent deliveries, each source's last successful sync, articles stored."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from travelrisk.notify.outbox import queue_status
from travelrisk.services.syncing import sources_status
from travelrisk.store.tables import Alert, ArticleRecord, Delivery

LATENCY_WINDOW = dt.timedelta(hours=24)
LATENCY_SAMPLE = 10_000  # the most recent deliveries of the window


def _aware(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def snapshot(session: Session, now: dt.datetime | None = None) -> dict[str, Any]:
    now = now or dt.datetime.now(dt.UTC)
    queue = queue_status(session)
    recent = session.execute(
        select(Delivery.delivered_at, Alert.created_at)
        .join(Alert, Alert.id == Delivery.alert_id)
        .where(Delivery.status == "delivered", Delivery.delivered_at >= now - LATENCY_WINDOW)
        .order_by(Delivery.delivered_at.desc())
        .limit(LATENCY_SAMPLE)
    ).all()
    latencies = [max(0.0, (_aware(done) - _aware(written)).total_seconds()) for done, written in recent if done]
    return {
        "queue": queue["by_state"],
        "oldest_pending_age_seconds": queue["oldest_pending_age_seconds"],
        "delivery_latency_seconds": latencies,
        "sources": [
            {
                "source": s["source"],
                "last_success_age_seconds": s["last_success_age_seconds"],
                "failures": s["failures"],
            }
            for s in sources_status(session, now)
        ],
        "articles": session.execute(select(func.count()).select_from(ArticleRecord)).scalar_one(),
    }
