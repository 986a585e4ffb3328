"""Diplomatic missions and what they can still do, the library API behind `travelrisk missions`."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from travelrisk.geo.missions import Mission, bundled_status_facts, missions
from travelrisk.geo.status import StatusEntry, Timeline, status_as_of
from travelrisk.store.db import get_engine, session_scope
from travelrisk.store.documents import insert_ignore
from travelrisk.store.tables import ArticleRecord, Change, MissionStatusEvent

STATES = (
    "normal",
    "reduced_services",
    "emergency_services_only",
    "ordered_departure",
    "authorized_departure",
    "suspended",
    "evacuated",
    "reopened",
    "departure_lifted",
)


def status_entries(session: Session, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], list[StatusEntry]]:
    """Dated statuses of (operator, host) pairs: bundled facts, then stored news and manual events."""
    entries: dict[tuple[str, str], list[StatusEntry]] = defaultdict(list)
    for fact in bundled_status_facts():
        if (fact.operator, fact.host) in pairs:
            entries[(fact.operator, fact.host)].append(
                StatusEntry(
                    fact.date,
                    fact.status,
                    "bundled",
                    source_url=fact.source_url,
                    note=fact.quote,
                    evidence={"quote": fact.quote, "source_url": fact.source_url, "origin": "bundled"},
                )
            )
    operators = sorted({p[0] for p in pairs})
    if operators:
        rows = session.execute(
            select(MissionStatusEvent, ArticleRecord.outlet, ArticleRecord.url)
            .outerjoin(ArticleRecord, ArticleRecord.id == MissionStatusEvent.article_id)
            .where(MissionStatusEvent.operator.in_(operators))
        ).all()
        for event, outlet, url in rows:
            if (event.operator, event.host) in pairs:
                entries[(event.operator, event.host)].append(
                    StatusEntry(
                        event.effective_on,
                        event.status,
                        event.origin,
                        source_url=event.source_url or url,
                        evidence=event.evidence,
                        reported_by=outlet,
                    )
                )
    return entries


def status_timelines(session: Session, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], Timeline]:
    """Each pair's statuses for lookups in a batch: day, status and origin only (no evidence to decode)."""
    timelines = {pair: Timeline("normal") for pair in pairs}
    for fact in bundled_status_facts():
        if (fact.operator, fact.host) in pairs:
            timelines[(fact.operator, fact.host)].add(StatusEntry(fact.date, fact.status, "bundled"))
    # Repeated reports of one status on one day count once (the last reported wins a same-day tie, as in
    # status_as_of): a backfill stores thousands of reports on one embassy.
    columns = (
        MissionStatusEvent.operator,
        MissionStatusEvent.host,
        MissionStatusEvent.effective_on,
        MissionStatusEvent.status,
        MissionStatusEvent.origin,
    )
    rows = session.execute(
        select(*columns)
        .where(MissionStatusEvent.operator.in_(sorted({p[0] for p in pairs})))
        .group_by(*columns)
        .order_by(func.max(MissionStatusEvent.id))
    )
    for operator, host, on, status, origin in rows:
        if (operator, host) in timelines:
            timelines[(operator, host)].add(StatusEntry(on, status, origin))
    return timelines


def mission_json(
    mission: Mission | None, operator: str, host: str, entries: list[StatusEntry], as_of: dt.date
) -> dict[str, Any]:
    state = status_as_of("normal", entries, as_of)
    evidence = dict(state.entry.evidence or {}) if state.entry else None
    if evidence is not None and state.entry:
        evidence.setdefault("source_url", state.entry.source_url)
        evidence.setdefault("origin", state.entry.origin)
        if state.entry.reported_by:
            evidence.setdefault("reported_by", state.entry.reported_by)
    return {
        "id": mission.qid if mission else f"{operator}-{host}",
        "mission_of": operator,
        "in_country": host,
        "city": mission.city if mission else None,
        "type": mission.type if mission else "mission",
        "coordinates": [mission.lat, mission.lon] if mission and mission.lat is not None else None,
        "status": state.status,
        "since": state.since.isoformat() if state.since else None,
        "source": state.entry.source_url if state.entry else None,
        "evidence": evidence,
        "history": [
            {
                "date": e.date.isoformat(),
                "status": e.status,
                "origin": e.origin,
                "source_url": e.source_url,
                "quote": (e.evidence or {}).get("quote"),
            }
            for e in state.history
        ],
    }


def missions_report(
    *,
    of: str | None = None,
    in_country: str | None = None,
    as_of: dt.date | None = None,
    engine: Engine | None = None,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Missions (of an operator and/or in a host) with their status on `as_of`. A status reported for
    "the US mission in Belarus" applies to each US mission there; pairs known only from news are listed too."""
    as_of = as_of or dt.date.today()
    listed = missions(of=of, in_country=in_country)[:limit]
    with session_scope(engine or get_engine()) as session:
        pairs = {(m.operator, m.host) for m in listed}
        query = select(MissionStatusEvent.operator, MissionStatusEvent.host).distinct()
        if of:
            query = query.where(MissionStatusEvent.operator == of)
        if in_country:
            query = query.where(MissionStatusEvent.host == in_country)
        news_pairs = set(session.execute(query).all())
        entries = status_entries(session, pairs | {tuple(p) for p in news_pairs})  # type: ignore[misc]
        out = [mission_json(m, m.operator, m.host, entries.get((m.operator, m.host), []), as_of) for m in listed]
        for operator, host in sorted(news_pairs - pairs):
            out.append(mission_json(None, operator, host, entries.get((operator, host), []), as_of))
        return out


def record_mission_event(
    session: Session,
    *,
    operator: str,
    host: str,
    status: str,
    on: dt.date,
    origin: str,
    evidence: dict[str, Any],
    source_url: str | None,
    article_id: int | None,
    document_id: int | None,
    confirmed: bool,
    reported_by: str | None,
    known: Timeline | None = None,
) -> bool:
    """Store a mission status and, when it changes what was known, the Change — in the caller's transaction.

    `known`: the pair's timeline when the caller already loaded it (a batch); a stored event is added to
    it, so the next event of the batch sees it without another query."""
    if known is None:
        known = status_timelines(session, {(operator, host)})[(operator, host)]
    before = known.status_on(on)
    key = f"{origin}:{operator}:{host}:{on}:{status}:{article_id or source_url}"[:300]
    created = insert_ignore(
        session,
        MissionStatusEvent,
        [
            {
                "operator": operator,
                "host": host,
                "status": status,
                "effective_on": on,
                "origin": origin,
                "source_url": source_url,
                "evidence": evidence,
                "article_id": article_id,
                "recorded_at": dt.datetime.now(dt.UTC),
                "dedupe_key": key,
            }
        ],
        ["dedupe_key"],
    )
    if created:
        known.add(StatusEntry(on, status, origin))
    if created and before != status:
        insert_ignore(
            session,
            Change,
            [
                {
                    "kind": "mission_status",
                    "country": host,
                    "issuer": operator,
                    "subject_ref": f"{operator}@{host}",
                    "region": None,
                    "before": {"status": before},
                    "after": {"status": status},
                    "evidence": evidence,
                    "occurred_on": on,
                    "confirmed": confirmed,
                    "reported_by": reported_by,
                    "document_id": document_id,
                    "dedupe_key": f"mission:{operator}:{host}:{on}:{status}",
                    "recorded_at": dt.datetime.now(dt.UTC),
                }
            ],
            ["dedupe_key"],
        )
    return bool(created)


def set_status(
    operator: str,
    host: str,
    status: str,
    *,
    source_url: str,
    note: str = "",
    at: dt.date | None = None,
    engine: Engine | None = None,
) -> list[dict[str, Any]]:
    if status not in STATES:
        raise ValueError(f"status {status!r}: choose one of {', '.join(STATES)}")
    if not source_url.startswith(("http://", "https://")):
        raise ValueError(f"--source {source_url!r} must be an http(s) URL")
    at = at or dt.date.today()
    with session_scope(engine or get_engine()) as session:
        record_mission_event(
            session,
            operator=operator,
            host=host,
            status=status,
            on=at,
            origin="manual",
            evidence={"quote": note, "source_url": source_url, "origin": "manual"},
            source_url=source_url,
            article_id=None,
            document_id=None,
            confirmed=True,
            reported_by=None,
        )
    return missions_report(of=operator, in_country=host, as_of=at, engine=engine)
