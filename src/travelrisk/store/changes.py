"""Changes in the database: written once each (by dedupe key) in the transaction of their cause, read back as
`travelrisk.model.Change`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from travelrisk.model import Change, ChangeKind, Evidence
from travelrisk.store import tables
from travelrisk.store.documents import insert_new
from travelrisk.store.newest import newest_day_per_key


def record(session: Session, changes: Iterable[Change]) -> list[int]:
    """Write changes not yet recorded; returns the ids of the new ones (a cause stored twice adds nothing)."""
    now = dt.datetime.now(dt.UTC)
    rows = {
        change.dedupe_key[:300]: {
            "kind": change.kind.value,
            "country": change.country,
            "issuer": change.issuer,
            "subject_ref": change.subject_ref,
            "region": change.region,
            "before": change.before,
            "after": change.after,
            "evidence": change.evidence.model_dump(mode="json", exclude_none=True),
            "occurred_on": change.occurred_on,
            "confirmed": change.confirmed,
            "reported_by": change.reported_by,
            "document_id": change.document_id,
            "dedupe_key": change.dedupe_key[:300],
            "recorded_at": now,
        }
        for change in changes
    }
    return [int(i) for i in insert_new(session, tables.Change, list(rows.values()), ["dedupe_key"])]


def as_change(row: tables.Change) -> Change:
    return Change(
        id=row.id,
        kind=ChangeKind(row.kind),
        country=row.country,
        issuer=row.issuer,
        subject_ref=row.subject_ref,
        region=row.region,
        before=row.before,
        after=row.after,
        evidence=Evidence.model_validate(row.evidence or {}),
        occurred_on=row.occurred_on,
        recorded_at=row.recorded_at,
        confirmed=row.confirmed,
        reported_by=row.reported_by,
        document_id=row.document_id,
        dedupe_key=row.dedupe_key,
    )


def load(session: Session, ids: Sequence[int]) -> list[Change]:
    rows = session.execute(select(tables.Change).where(tables.Change.id.in_(list(ids))).order_by(tables.Change.id))
    return [as_change(row) for row in rows.scalars()]


def since(
    session: Session,
    day: dt.date,
    *,
    country: str | None = None,
    kinds: Sequence[ChangeKind] | None = None,
    until: dt.date | None = None,
    newest_first: bool = False,
    limit: int | None = None,
) -> list[Change]:
    """Changes that occurred on or after `day` (and on or before `until`), oldest first unless asked; the
    first `limit` of them when given."""
    query = select(tables.Change).where(tables.Change.occurred_on >= day)
    if until is not None:
        query = query.where(tables.Change.occurred_on <= until)
    if country:
        query = query.where(tables.Change.country == country)
    if kinds:
        query = query.where(tables.Change.kind.in_([k.value for k in kinds]))
    if newest_first:
        query = query.order_by(tables.Change.occurred_on.desc(), tables.Change.id.desc())
    else:
        query = query.order_by(tables.Change.occurred_on, tables.Change.id)
    if limit is not None:
        query = query.limit(limit)
    return [as_change(row) for row in session.execute(query).scalars()]


def newest_day_by_country(session: Session, until: dt.date) -> dict[str, dt.date]:
    """The day of each country's newest change on or before `until` (how recent its data is)."""
    return newest_day_per_key(session, tables.Change.__table__, "country", "occurred_on", until)


def reports(
    session: Session, subject_ref: str, *, start: dt.date | None = None, end: dt.date | None = None
) -> list[Change]:
    """News-reported directives of one issuer about one country (optionally between two days)."""
    query = select(tables.Change).where(
        tables.Change.kind == ChangeKind.DIRECTIVE_REPORTED.value, tables.Change.subject_ref == subject_ref
    )
    if start is not None:
        query = query.where(tables.Change.occurred_on >= start)
    if end is not None:
        query = query.where(tables.Change.occurred_on <= end)
    return [as_change(row) for row in session.execute(query.order_by(tables.Change.id)).scalars()]


def confirm(session: Session, ids: Sequence[int]) -> None:
    if ids:
        session.execute(update(tables.Change).where(tables.Change.id.in_(list(ids))).values(confirmed=True))
