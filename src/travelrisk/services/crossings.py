"""Border crossings: status as of any day, with the evidence behind it, partial knowledge from news ("2 of 6
closed, names not stated"), manual updates, the user's own crossings."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from travelrisk.assess.changes import crossing_change
from travelrisk.errors import InputError, NotFound, UsageError
from travelrisk.geo.crossings import Crossing, bundled_crossings, bundled_status_events, parse_crossings_csv
from travelrisk.geo.status import StatusAsOf, StatusEntry, Timeline, status_as_of
from travelrisk.model import Evidence
from travelrisk.services.recording import record_changes
from travelrisk.store.documents import insert_ignore
from travelrisk.store.newest import newest_day_per_key
from travelrisk.store.tables import ArticleRecord, CrossingEvent, CrossingRecord, NewsFact

STATES = ("open", "closed", "restricted")  # what a source can state; `unknown` is the absence of one


def all_crossings(session: Session) -> dict[str, Crossing]:
    """Bundled crossings plus the user's own (a user crossing with a bundled id replaces it)."""
    crossings = {c.id: c for c in bundled_crossings()}
    for row in session.execute(select(CrossingRecord)).scalars():
        crossings[row.id] = Crossing(
            id=row.id,
            country=row.country,
            neighbour=row.neighbour,
            name=row.name,
            name_other_side=row.name_other_side,
            other_names=tuple(row.other_names or ()),
            mode=row.mode,
            lat=row.lat,
            lon=row.lon,
            coord_precision=row.coord_precision,
            restrictions=row.restrictions,
            baseline=row.baseline,
            source=row.source,
        )
    return crossings


def _bundled_entries(crossing_ids: set[str]) -> defaultdict[str, list[StatusEntry]]:
    """The bundled dated statuses of these crossings, by crossing."""
    entries: defaultdict[str, list[StatusEntry]] = defaultdict(list)
    for event in bundled_status_events():
        if event.crossing_id in crossing_ids:
            entries[event.crossing_id].append(
                StatusEntry(
                    event.date,
                    event.status,
                    "bundled",
                    event.restrictions,
                    event.source_url,
                    event.note,
                    {"source_url": event.source_url, "quote": event.note, "origin": "bundled"},
                )
            )
    return entries


def status_entries(session: Session, crossing_ids: set[str], *, evidence: bool = True) -> dict[str, list[StatusEntry]]:
    """Every dated status of these crossings: bundled facts and stored events (news, manual); without the
    stored events' evidence when `evidence` is false (`quoted` reads it for the entries shown)."""
    entries = _bundled_entries(crossing_ids)
    if crossing_ids:
        stored = CrossingEvent
        rows = session.execute(  # columns, not objects: a crossing may have thousands of reports
            select(
                stored.crossing_id,
                stored.effective_on,
                stored.status,
                stored.origin,
                stored.restrictions,
                stored.source_url,
                stored.note,
                stored.evidence if evidence else stored.id,
                ArticleRecord.outlet,
                stored.id,
            )
            .outerjoin(ArticleRecord, ArticleRecord.id == stored.article_id)
            .where(stored.crossing_id.in_(sorted(crossing_ids)))
            .order_by(stored.id)
        ).all()
        for crossing_id, effective_on, status, origin, restrictions, source_url, note, quoted, outlet, ref in rows:
            entries[crossing_id].append(
                StatusEntry(
                    effective_on,
                    status,
                    origin,
                    restrictions,
                    source_url,
                    note,
                    quoted if evidence else None,
                    reported_by=outlet,
                    ref=None if evidence else ref,
                )
            )
    return entries


def _light_entries(session: Session, *conditions: ColumnElement[bool]) -> list[tuple[str, int, StatusEntry]]:
    """Stored statuses without their evidence (`quoted` reads it for the entry shown): crossing, row id, entry."""
    stored = CrossingEvent
    rows = session.execute(
        select(
            stored.crossing_id,
            stored.effective_on,
            stored.status,
            stored.origin,
            stored.restrictions,
            stored.source_url,
            stored.note,
            ArticleRecord.outlet,
            stored.id,
        )
        .outerjoin(ArticleRecord, ArticleRecord.id == stored.article_id)
        .where(*conditions)
    ).all()
    return [
        (crossing_id, ref, StatusEntry(on, status, origin, restrictions, url, note, None, reported_by=outlet, ref=ref))
        for crossing_id, on, status, origin, restrictions, url, note, outlet, ref in rows
    ]


def _news_day(
    session: Session,
    crossing_id: str,
    status: str,
    as_of: dt.date,
    *,
    first: bool = False,
    after: dt.date | None = None,
) -> dt.date | None:
    """The newest day (or with `first` the first day after `after`) news gave a crossing a status, up to `as_of`
    (a seek on ix_crossing_event_origin_status)."""
    stored = CrossingEvent
    where = [stored.crossing_id == crossing_id, stored.origin == "news", stored.status == status]
    where.append(stored.effective_on <= as_of)
    if after is not None:
        where.append(stored.effective_on > after)
    pick = func.min(stored.effective_on) if first else func.max(stored.effective_on)
    day: dt.date | None = session.execute(select(pick).where(*where)).scalar_one_or_none()
    return day


def _load_days(
    session: Session, crossing_id: str, days: set[dt.date], loaded: set[dt.date], rows: dict[int, StatusEntry]
) -> None:
    """Add the crossing's news statuses of these days (those not loaded yet) to `rows` (by row id)."""
    days = days - loaded
    if days:
        loaded.update(days)
        stored = CrossingEvent
        for _, ref, entry in _light_entries(
            session, stored.crossing_id == crossing_id, stored.origin == "news", stored.effective_on.in_(sorted(days))
        ):
            rows[ref] = entry


def status_entries_as_of(session: Session, crossing_ids: set[str], as_of: dt.date) -> dict[str, list[StatusEntry]]:
    """Enough of these crossings' statuses for their status on `as_of`, since when and the entry behind it
    (`status_as_of` gives the same as over every status), read by index seeks: the bundled and manual ones, and
    news ones only on the days that decide (each status's newest day, the day the current status took over and
    the day it started). A crossing's news history (one status per report) is not read; without evidence."""
    entries = _bundled_entries(crossing_ids)
    stored = CrossingEvent
    for crossing_id in sorted(crossing_ids):
        rows = {
            ref: entry
            for _, ref, entry in _light_entries(
                session,
                stored.crossing_id == crossing_id,
                (stored.origin < "news") | (stored.origin > "news"),
            )
        }
        loaded: set[dt.date] = set()

        newest = {_news_day(session, crossing_id, status, as_of) for status in STATES}
        _load_days(session, crossing_id, {day for day in newest if day is not None}, loaded, rows)
        while True:  # at most a few rounds: each adds the days the answer so far depends on
            listed = entries.get(crossing_id, []) + [rows[ref] for ref in sorted(rows)]
            state = status_as_of("unknown", listed, as_of)
            if state.entry is None:
                break
            dated = state.history
            breaks = [i for i, e in enumerate(dated) if e.status != state.status]
            before = dated[breaks[-1]].date if breaks else None
            wanted = {before} if before is not None else set()
            first = _news_day(session, crossing_id, state.status, as_of, first=True, after=before)
            if first is not None:
                wanted.add(first)
            if not (wanted - loaded):
                break
            _load_days(session, crossing_id, wanted, loaded, rows)
        entries[crossing_id] = entries.get(crossing_id, []) + [rows[ref] for ref in sorted(rows)]
    return entries


def newest_status_days(session: Session, as_of: dt.date, crossings: dict[str, Crossing]) -> dict[str, dt.date]:
    """The day of the newest dated status (bundled or stored) of any crossing on each country's borders, on or
    before `as_of`."""
    days: dict[str, dt.date] = {}

    def note(crossing_id: str, day: dt.date) -> None:
        crossing = crossings.get(crossing_id)
        for code in crossing.countries() if crossing else ():
            days[code] = max(days.get(code, day), day)

    for event in bundled_status_events():
        if event.date <= as_of:
            note(event.crossing_id, event.date)
    for crossing_id, day in newest_day_per_key(
        session, CrossingEvent.__table__, "crossing_id", "effective_on", as_of
    ).items():
        note(crossing_id, day)
    return days


def quoted(session: Session, state: StatusAsOf) -> StatusAsOf:
    """A status whose entry was read without its evidence, with it."""
    entry = state.entry
    if entry is None or entry.ref is None:
        return state
    found = session.execute(select(CrossingEvent.evidence).where(CrossingEvent.id == entry.ref)).scalar_one_or_none()
    return replace(state, entry=replace(entry, evidence=found, ref=None))


def status_timeline(session: Session, crossing: Crossing) -> Timeline:
    """One crossing's statuses for lookups in a batch: day, status and origin only (no evidence to decode)."""
    timeline = Timeline(crossing.undated_status)
    for event in bundled_status_events():
        if event.crossing_id == crossing.id:
            timeline.add(StatusEntry(event.date, event.status, "bundled"))
    columns = (CrossingEvent.effective_on, CrossingEvent.status, CrossingEvent.origin)
    for on, status, origin in session.execute(  # one row per day, status and origin, as for missions
        select(*columns)
        .where(CrossingEvent.crossing_id == crossing.id)
        .group_by(*columns)
        .order_by(func.max(CrossingEvent.id))
    ):
        timeline.add(StatusEntry(on, status, origin))
    return timeline


def _entry_json(entry: StatusEntry | None) -> dict[str, Any] | None:
    if entry is None:
        return None
    evidence = dict(entry.evidence or {})
    evidence.setdefault("source_url", entry.source_url)
    evidence.setdefault("origin", entry.origin)
    if entry.reported_by:
        evidence.setdefault("reported_by", entry.reported_by)
    return evidence


_DAY_OR_YEAR = re.compile(r"\b((?:19|20)\d\d)(?:-(\d\d)-(\d\d))?\b")


def _said_by(text: str, as_of: dt.date | None) -> str:
    """A crossing's standing restrictions text as it could be written on `as_of`: none when it names a later
    day or year (the bundled text is today's; a view of 2023 must not show a rule that starts in 2024)."""
    if as_of is None:
        return text
    for match in _DAY_OR_YEAR.finditer(text):
        year, month, day = match.groups()
        if (dt.date(int(year), int(month), int(day)) if month else dt.date(int(year), 1, 1)) > as_of:
            return ""
    return text


def crossing_json(crossing: Crossing, state: StatusAsOf, as_of: dt.date | None = None) -> dict[str, Any]:
    """The JSON contract of `crossings`: id, countries, names, mode, status, origin, since, restrictions,
    evidence. `unknown` is the status of a crossing without a dated, sourced status."""
    restrictions = (state.entry.restrictions if state.entry and state.entry.restrictions else "") or (
        _said_by(crossing.restrictions, as_of) if state.status != "closed" else ""
    )
    return {
        "kind": "crossing",
        "id": crossing.id,
        "countries": [crossing.country, crossing.neighbour],
        "names": crossing.names,
        "mode": crossing.mode,
        "status": state.status,
        "origin": crossing.origin,
        "since": state.since.isoformat() if state.since else ("before records" if state.status == "closed" else None),
        "restrictions": restrictions,
        "evidence": _entry_json(state.entry) or {"source": crossing.source, "origin": crossing.origin},
        "coordinates": [crossing.lat, crossing.lon] if crossing.lat is not None else None,
        "coord_precision": crossing.coord_precision,
        "history": [
            {
                "date": e.date.isoformat(),
                "status": e.status,
                "restrictions": e.restrictions,
                "origin": e.origin,
                "source_url": e.source_url,
            }
            for e in state.history
        ],
    }


def status_days(entries: dict[str, list[StatusEntry]], crossing_ids: set[str]) -> dict[tuple[str, str], list[dt.date]]:
    """The sorted days of each (crossing, status) among these crossings' entries."""
    days: dict[tuple[str, str], list[dt.date]] = defaultdict(list)
    for crossing_id in crossing_ids:
        for entry in entries.get(crossing_id, []):
            days[(crossing_id, entry.status)].append(entry.date)
    for listed in days.values():
        listed.sort()
    return days


def _any_within(days: list[dt.date], day: dt.date, spread: int) -> bool:
    """Whether a sorted list of days holds one within `spread` days of `day` (either side)."""
    index = bisect.bisect_left(days, day - dt.timedelta(days=spread))
    return index < len(days) and days[index] <= day + dt.timedelta(days=spread)


def _within(session: Session, crossing_ids: set[str], status: str, day: dt.date, spread: int) -> set[str]:
    """Which of these crossings had a status (bundled or stored) within `spread` days of `day`."""
    low, high = day - dt.timedelta(days=spread), day + dt.timedelta(days=spread)
    found = {
        e.crossing_id
        for e in bundled_status_events()
        if e.crossing_id in crossing_ids and e.status == status and low <= e.date <= high
    }
    if crossing_ids:
        stored = CrossingEvent
        found.update(
            session.execute(
                select(stored.crossing_id)
                .where(
                    stored.crossing_id.in_(sorted(crossing_ids)),
                    stored.effective_on >= low,
                    stored.effective_on <= high,
                    stored.status == status,
                )
                .distinct()
            ).scalars()
        )
    return found


def pair_reports(
    session: Session,
    country: str,
    as_of: dt.date,
    crossings: dict[str, Crossing],
    *,
    limit: int | None = None,
    entries: dict[str, list[StatusEntry]] | None = None,
) -> list[dict[str, Any]]:
    """Count-only news ("closed two of six crossings") kept as partial knowledge on the border pair, and
    reconciled with the named crossings whose status changed the same way around that date; the newest
    `limit` reports when given (read newest first, so a long history is not read to show a few)."""

    def newest(side: ColumnElement[bool]) -> list[Any]:
        query = (
            select(
                NewsFact.actor,
                NewsFact.target,
                NewsFact.action,
                NewsFact.published,
                NewsFact.data,
                ArticleRecord.published,
                ArticleRecord.document_id,
                ArticleRecord.outlet,
                ArticleRecord.url,
                NewsFact.id,
            )
            .join(ArticleRecord, ArticleRecord.id == NewsFact.article_id)
            .where(
                side,
                # count-only border news: a number of crossings, none named (set on border facts only, and on
                # its own index: a filter on `kind` too would lead SQLite to the index of every border fact)
                NewsFact.crossings_counted.is_not(None),
                NewsFact.action.in_(("closed", "opened", "restricted")),
                func.coalesce(NewsFact.published, ArticleRecord.published) <= as_of,
            )
            .order_by(NewsFact.published.desc(), NewsFact.id.desc())
        )
        return list(session.execute(query if limit is None else query.limit(limit)).all())

    if limit is None:
        found = newest((NewsFact.actor == country) | (NewsFact.target == country))
    else:  # the newest of each side, each walked newest first on its index of count-only reports, merged
        merged = {row[-1]: row for row in newest(NewsFact.actor == country) + newest(NewsFact.target == country)}
        nulls_first = session.get_bind().dialect.name == "postgresql"  # where SQL's descending order puts no day
        found = sorted(
            merged.values(),
            key=lambda row: ((row[3] is None) if nulls_first else (row[3] is not None), row[3] or dt.date.min, row[-1]),
            reverse=True,
        )[:limit]
    reports: list[dict[str, Any]] = []
    # per border pair: its crossings, and the sorted days each of them had each status (a report is then
    # reconciled by a bisect per crossing, not by reading the pair's whole status history once per report)
    pair_days: dict[frozenset[str | None], tuple[list[Crossing], dict[tuple[str, str], list[dt.date]]]] = {}
    for actor, target, action, fact_published, data, article_published, document_id, outlet, url, _ in found:
        if limit is not None and len(reports) >= limit:
            break
        published = fact_published or article_published
        if published is None or published > as_of:
            continue
        affected, total = data["crossings_affected"], data.get("crossings_total")
        verb = {"closed": "closed", "opened": "reopened", "restricted": "restricted"}.get(action or "", "")
        if not verb:
            continue
        pair = [actor, target]
        if frozenset(pair) not in pair_days:
            on_pair = [c for c in crossings.values() if {c.country, c.neighbour} == set(pair)]
            known = status_days(entries, {c.id for c in on_pair}) if entries is not None else {}
            pair_days[frozenset(pair)] = (on_pair, known)
        on_pair, days = pair_days[frozenset(pair)]
        wanted = "open" if verb == "reopened" else verb
        if entries is None:  # the few statuses around this report's day, read by seeks
            near = _within(session, {c.id for c in on_pair}, wanted, published, 14)
            named = sorted({c.name for c in on_pair if c.id in near})
        else:
            named = sorted({c.name for c in on_pair if _any_within(days.get((c.id, wanted), []), published, 14)})
        noun = "crossing" if affected == 1 and not total else "crossings"
        summary = f"{affected} of {total} {noun} {verb}" if total else f"{affected} {noun} {verb}"
        summary += ", names not stated"
        reports.append(
            {
                "kind": "pair",
                "id": f"{actor}-{target}",
                "countries": pair,
                "names": [],
                "mode": None,
                "status": f"partially {verb}" if total and affected < total else verb,
                "since": published.isoformat(),
                "restrictions": "",
                "summary": summary,
                "crossings_affected": affected,
                "crossings_total": total,
                "consistent_with": named if len(named) == affected else [],
                "reconciled": len(named) == affected,
                "evidence": {
                    **data.get("evidence", {}),
                    "document_id": document_id,
                    "outlet": outlet,
                    "url": url,
                    "published": published.isoformat(),
                },
            }
        )
    return sorted(reports, key=lambda r: r["since"])


def crossings_report(
    session: Session, country: str, as_of: dt.date | None = None, *, reports: int | None = None
) -> list[dict[str, Any]]:
    """Every crossing on `country`'s borders with its status on `as_of`, then the pair-level news. With
    `reports` (an answer of bounded size): the newest `reports` pair reports, and each crossing's status read from
    the days that decide it, its history only those entries (as in a brief); without: every report and status."""
    as_of = as_of or dt.date.today()
    crossings = all_crossings(session)
    mine = [c for c in crossings.values() if country in (c.country, c.neighbour)]
    ids = {c.id for c in mine}
    entries = (
        status_entries(session, ids, evidence=False) if reports is None else status_entries_as_of(session, ids, as_of)
    )
    out = [
        crossing_json(c, quoted(session, status_as_of(c.undated_status, entries.get(c.id, []), as_of)), as_of)
        for c in sorted(mine, key=lambda c: (c.neighbour if c.country == country else c.country, c.name))
    ]
    # bounded: each report is reconciled by a few seeks around its day, not against every status read whole
    return out + pair_reports(
        session, country, as_of, crossings, limit=reports, entries=entries if reports is None else None
    )


def set_status(
    session: Session,
    crossing_id: str,
    status: str,
    *,
    source_url: str,
    note: str = "",
    at: dt.date | None = None,
    restrictions: str = "",
) -> dict[str, Any]:
    """A manual, sourced status update; recorded with its Change (and the alerts it causes) in one transaction."""
    if status not in STATES:
        raise UsageError(f"status {status!r}: choose open, closed or restricted")
    if not source_url.startswith(("http://", "https://")):
        raise UsageError(f"--source {source_url!r} must be an http(s) URL")
    at = at or dt.date.today()
    crossing = all_crossings(session).get(crossing_id)
    if crossing is None:
        raise NotFound(f"no crossing {crossing_id!r} (see `travelrisk crossings ISO2` for ids)")
    before = status_as_of(crossing.undated_status, status_entries(session, {crossing_id}).get(crossing_id, []), at)
    evidence = Evidence(source_url=source_url, quote=note, origin="manual")
    insert_ignore(
        session,
        CrossingEvent,
        [
            {
                "crossing_id": crossing_id,
                "status": status,
                "restrictions": restrictions,
                "effective_on": at,
                "origin": "manual",
                "source_url": source_url,
                "note": note,
                "evidence": evidence.model_dump(mode="json", exclude_none=True),
                "article_id": None,
                "recorded_at": dt.datetime.now(dt.UTC),
                "dedupe_key": f"manual:{crossing_id}:{at}:{status}:{source_url}"[:300],
            }
        ],
        ["dedupe_key"],
    )
    change = crossing_change(
        crossing, before.status, status, at, evidence, confirmed=True, reported_by=None, document_id=None
    )
    record_changes(session, [change] if change else [])
    after = status_as_of(crossing.undated_status, status_entries(session, {crossing_id}).get(crossing_id, []), at)
    return crossing_json(crossing, after)


def read_crossings_csv(path: Path) -> list[Crossing]:
    """The crossings of a CSV in the documented format, or an InputError listing every problem."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"byte {exc.start}: not UTF-8 text") from exc
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from exc
    return parse_crossings_csv(text, str(path))


def save_user_crossings(session: Session, crossings: list[Crossing]) -> int:
    """Add or replace user crossings (the caller's transaction: all rows or none)."""
    for c in crossings:
        session.merge(
            CrossingRecord(
                id=c.id,
                country=c.country,
                neighbour=c.neighbour,
                name=c.name,
                name_other_side=c.name_other_side,
                other_names=list(c.other_names),
                mode=c.mode,
                lat=c.lat,
                lon=c.lon,
                coord_precision=c.coord_precision,
                restrictions=c.restrictions,
                baseline=c.baseline,
                source=c.source,
            )
        )
    return len(crossings)
