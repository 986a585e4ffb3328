"""Per-source sync outcomes and named leases (one scheduler run at a time across processes)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from travelrisk.store.documents import insert_ignore, rowcount
from travelrisk.store.tables import Lease, SourceSync


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    # SQLite keeps no time zone; everything is written in UTC.
    return value.replace(tzinfo=dt.UTC) if value is not None and value.tzinfo is None else value


def record_sync(session: Session, source: str, *, at: dt.datetime, error: str | None, new_versions: int = 0) -> None:
    """One sync of a source: a success resets the failure count, an error adds to it (its message kept)."""
    row = session.get(SourceSync, source) or SourceSync(source=source, failures=0, new_versions=0)
    row.last_attempt_at = at
    if error is None:
        row.last_success_at = at
        row.failures = 0
        row.new_versions = new_versions
    else:
        row.last_error_at = at
        row.last_error = error[:1000]
        row.failures = (row.failures or 0) + 1
    session.merge(row)


def set_next_run(session: Session, source: str, at: dt.datetime) -> None:
    row = session.get(SourceSync, source) or SourceSync(source=source, failures=0, new_versions=0)
    row.next_run_at = at
    session.merge(row)


def states(session: Session) -> dict[str, dict[str, Any]]:
    """Each synced source's state, by name (times timezone-aware)."""
    return {
        row.source: {
            "last_attempt_at": _aware(row.last_attempt_at),
            "last_success_at": _aware(row.last_success_at),
            "last_error_at": _aware(row.last_error_at),
            "last_error": row.last_error,
            "failures": row.failures,
            "new_versions": row.new_versions,
            "next_run_at": _aware(row.next_run_at),
        }
        for row in session.execute(select(SourceSync)).scalars()
    }


def take_lease(session: Session, name: str, holder: str, *, now: dt.datetime, seconds: float) -> bool:
    """Take (or renew) the lease `name` for `holder` when it is free, expired or already theirs."""
    insert_ignore(session, Lease, [{"name": name, "holder": "", "expires_at": now}], ["name"])
    taken = session.execute(
        update(Lease)
        .where(Lease.name == name, or_(Lease.expires_at <= now, Lease.holder == holder, Lease.holder == ""))
        .values(holder=holder, expires_at=now + dt.timedelta(seconds=seconds))
    )
    return rowcount(taken) == 1


def release_lease(session: Session, name: str, holder: str) -> None:
    session.execute(update(Lease).where(Lease.name == name, Lease.holder == holder).values(holder=""))
