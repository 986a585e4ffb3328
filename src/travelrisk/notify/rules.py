"""Which Changes alert whom (filled in by the alerts work)."""

from __future__ import annotations

from sqlalchemy.orm import Session


def enqueue_alerts(session: Session, change_ids: list[int]) -> int:
    return 0


def update_alerts(session: Session, change_ids: list[int]) -> int:
    return 0
