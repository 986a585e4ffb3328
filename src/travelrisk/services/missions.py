"""Diplomatic missions and what they can still do: status as of any day, news-reported and manual updates."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from travelrisk.assess.changes import mission_change
from travelrisk.errors import UsageError
from travelrisk.geo.missions import Mission, bundled_status_facts, missions
from travelrisk.geo.status import StatusEntry, Timeline, status_as_of
from travelrisk.model import Evidence
from travelrisk.services.recording import record_changes
from travelrisk.store.documents import insert_ignore
from travelrisk.store.newest import newest_day_per_key
from travelrisk.store.tables import ArticleRecord, MissionStatusEvent

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


def _bundled(pairs: set[tuple[str, str]]) -> dict[tuple[str, str], list[StatusEntry]]:
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
    return entries


def status_entries(session: Session, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], list[StatusEntry]]:
    """Dated statuses of (operator, host) pairs: bundled facts, then stored news and manual events."""
    entries = _bundled(pairs)
    operators = sorted({p[0] for p in pairs})
    hosts = sorted({p[1] for p in pairs})
    if operators:
        event = MissionStatusEvent
        for _ref, pair, entry in _rows(session, event.operator.in_(operators), event.host.in_(hosts)):
            if pair in pairs:
                entries[pair].append(entry)
    return entries


def _rows(session: Session, *conditions: ColumnElement[bool]) -> list[tuple[int, tuple[str, str], StatusEntry]]:
    """Stored statuses that meet the conditions, oldest row first: row id, (operator, host), entry. Columns, not
    objects: an embassy may have thousands of reports."""
    event = MissionStatusEvent
    rows = session.execute(
        select(
            event.id,
            event.operator,
            event.host,
            event.effective_on,
            event.status,
            event.origin,
            event.source_url,
            event.evidence,
            ArticleRecord.outlet,
            ArticleRecord.url,
        )
        .outerjoin(ArticleRecord, ArticleRecord.id == event.article_id)
        .where(*conditions)
        .order_by(event.id)
    ).all()
    return [
        (
            ref,
            (operator, host),
            StatusEntry(on, status, origin, source_url=source_url or url, evidence=evidence, reported_by=outlet),
        )
        for ref, operator, host, on, status, origin, source_url, evidence, outlet, url in rows
    ]


def _stored(session: Session, pair: tuple[str, str], *conditions: ColumnElement[bool]) -> dict[int, StatusEntry]:
    """The pair's stored statuses that meet the conditions, by row id."""
    event = MissionStatusEvent
    return {
        ref: entry
        for ref, _pair, entry in _rows(session, event.operator == pair[0], event.host == pair[1], *conditions)
    }


def bounded_entries(
    session: Session, pair: tuple[str, str], as_of: dt.date, newest: int
) -> tuple[list[StatusEntry], int]:
    """Enough of one pair's statuses for its status on `as_of` (the same status, since and entry as over every
    status), its newest `newest` statuses and every bundled or manual one (the timeline's lines), read by index
    seeks; and how many dated statuses it has in all. An embassy may have thousands of news reports: only those
    of the days that decide the answer are read (each status's newest day, the day the current run began)."""
    event = MissionStatusEvent
    where = [event.operator == pair[0], event.host == pair[1], event.effective_on <= as_of]
    bundled = _bundled({pair}).get(pair, [])
    # not news, as two ranges of the (operator, host, origin, …) index: "!=" reads every news report to skip it
    rows = _stored(session, pair, *where, (event.origin < "news") | (event.origin > "news"))
    nth = (
        select(event.effective_on).where(*where).order_by(event.effective_on.desc()).offset(newest - 1).limit(1)
    ).scalar_subquery()
    rows |= _stored(session, pair, *where, event.effective_on >= func.coalesce(nth, dt.date.min))
    news = [*where, event.origin == "news"]
    loaded: set[dt.date] = set()

    def load(days: set[dt.date]) -> None:
        if days - loaded:
            rows.update(_stored(session, pair, *news, event.effective_on.in_(sorted(days - loaded))))
            loaded.update(days)

    # each status's newest news day: one seek per status (news statuses are mission actions, all in STATES), not
    # a read of every report of the embassy as grouping them was
    newest_each = select(
        *(select(func.max(event.effective_on)).where(*news, event.status == s).scalar_subquery() for s in STATES)
    )
    load({day for day in session.execute(newest_each).one() if day is not None})
    while True:  # at most a few rounds: each adds the days the answer so far depends on
        state = status_as_of("unknown", bundled + [rows[ref] for ref in sorted(rows)], as_of)
        if state.entry is None:
            break
        breaks = [i for i, e in enumerate(state.history) if e.status != state.status]
        before = state.history[breaks[-1]].date if breaks else None
        first = session.execute(
            select(func.min(event.effective_on)).where(
                *news, event.status == state.status, *([event.effective_on > before] if before else [])
            )
        ).scalar_one_or_none()
        wanted = ({before} if before else set()) | ({first} if first else set())
        if not (wanted - loaded):
            break
        load(wanted)
    stored_total = session.execute(select(func.count()).select_from(event).where(*where)).scalar_one()
    total = sum(1 for e in bundled if e.date <= as_of) + stored_total
    return bundled + [rows[ref] for ref in sorted(rows)], total


def newest_status_days(session: Session, as_of: dt.date) -> dict[str, dt.date]:
    """The day of the newest mission status (bundled or stored) in each host country, on or before `as_of`."""
    days: dict[str, dt.date] = {}
    for fact in bundled_status_facts():
        if fact.date <= as_of:
            days[fact.host] = max(days.get(fact.host, fact.date), fact.date)
    for host, day in newest_day_per_key(session, MissionStatusEvent.__table__, "host", "effective_on", as_of).items():
        days[host] = max(days.get(host, day), day)
    return days


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
    # Without a dated, sourced status the mission's state is not known: "unknown", never "normal".
    state = status_as_of("unknown", entries, as_of)
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
        # Where the status comes from (bundled, news, manual); without one, where the mission itself is listed.
        "origin": state.entry.origin if state.entry else ("wikidata" if mission else "news"),
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
    session: Session,
    *,
    of: str | None = None,
    in_country: str | None = None,
    as_of: dt.date | None = None,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Missions (of an operator and/or in a host) with their status on `as_of`. A status reported for
    "the US mission in Belarus" applies to each US mission there; pairs known only from news are listed too."""
    as_of = as_of or dt.date.today()
    listed = missions(of=of, in_country=in_country)[:limit]
    pairs = {(m.operator, m.host) for m in listed}
    query = select(MissionStatusEvent.operator, MissionStatusEvent.host).distinct()
    if of:
        query = query.where(MissionStatusEvent.operator == of)
    if in_country:
        query = query.where(MissionStatusEvent.host == in_country)
    news_pairs: set[tuple[str, str]] = {(operator, host) for operator, host in session.execute(query).all()}
    entries = status_entries(session, pairs | news_pairs)
    out = [mission_json(m, m.operator, m.host, entries.get((m.operator, m.host), []), as_of) for m in listed]
    for operator, host in sorted(news_pairs - pairs):
        out.append(mission_json(None, operator, host, entries.get((operator, host), []), as_of))
    return out


def set_status(
    session: Session,
    operator: str,
    host: str,
    status: str,
    *,
    source_url: str,
    note: str = "",
    at: dt.date | None = None,
) -> list[dict[str, Any]]:
    """A manual, sourced status of one country's missions in another; recorded with its Change (and the
    alerts it causes) in one transaction."""
    if status not in STATES:
        raise UsageError(f"status {status!r}: choose one of {', '.join(STATES)}")
    if not source_url.startswith(("http://", "https://")):
        raise UsageError(f"--source {source_url!r} must be an http(s) URL")
    at = at or dt.date.today()
    before = status_timelines(session, {(operator, host)})[(operator, host)].status_on(at)
    evidence = Evidence(quote=note, source_url=source_url, origin="manual")
    created = insert_ignore(
        session,
        MissionStatusEvent,
        [
            {
                "operator": operator,
                "host": host,
                "status": status,
                "effective_on": at,
                "origin": "manual",
                "source_url": source_url,
                "evidence": evidence.model_dump(mode="json", exclude_none=True),
                "article_id": None,
                "recorded_at": dt.datetime.now(dt.UTC),
                "dedupe_key": f"manual:{operator}:{host}:{at}:{status}:{source_url}"[:300],
            }
        ],
        ["dedupe_key"],
    )
    change = mission_change(
        operator, host, before, status, at, evidence, confirmed=True, reported_by=None, document_id=None
    )
    if created and change:
        record_changes(session, [change])
    return missions_report(session, of=operator, in_country=host, as_of=at)
