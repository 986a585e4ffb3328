"""The one way a Change is written: recorded once, and the alerts it causes written in the same transaction.
Every writer (official imports, news ingest, manual crossing and mission updates) goes through here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy.orm import Session

from travelrisk.model import Change
from travelrisk.notify.rules import enqueue_alerts, update_alerts
from travelrisk.store import changes as change_store


def record_changes(session: Session, changes: Iterable[Change], *, alert: bool = True) -> list[int]:
    """Write the changes not yet recorded and, with `alert`, the alerts and deliveries they cause; returns the
    ids of the new changes. Backfills of archived news record history without alerting (`alert=False`)."""
    ids = change_store.record(session, [c for c in changes if c is not None])
    if alert:
        enqueue_alerts(session, ids)
    return ids


def confirm_changes(session: Session, ids: Sequence[int]) -> None:
    """Reported changes now confirmed: their alerts get a new version (an update), not new alerts."""
    if ids:
        change_store.confirm(session, ids)
        update_alerts(session, list(ids))
