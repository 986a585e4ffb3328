"""The country picture (`brief`, `/v1/countries/CC`, the country page) and the world overview (`/v1/countries`,
the home page): loads what is stored as of a day, in a few queries for one country or all, and hands it to the
pure assessment."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, union_all
from sqlalchemy.orm import Session

from travelrisk.assess.early_warning import WINDOW_DAYS
from travelrisk.assess.facts import FactView
from travelrisk.assess.picture import (
    EVENTS_PAGE,
    EVIDENCE_KEPT,
    HISTORY_KEPT,
    FactEvent,
    FactGroup,
    Key,
    OfficialView,
    PictureInputs,
    Reach,
    build_picture,
    count_kinds,
    decode_cursor,
    fact_events,
    groups_of,
    merge_groups,
    page_of,
    timeline_lines,
    with_evidence,
)
from travelrisk.config import settings
from travelrisk.errors import UsageError
from travelrisk.geo.countries import countries, country_name
from travelrisk.geo.crossings import Crossing
from travelrisk.geo.missions import bundled_status_facts
from travelrisk.geo.missions import missions as bundled_missions
from travelrisk.geo.status import status_as_of
from travelrisk.services import crossings as crossings_lib
from travelrisk.services import missions as missions_lib
from travelrisk.sources.registry import official_sources
from travelrisk.store import advisories as advisory_repo
from travelrisk.store import changes as change_store
from travelrisk.store import fact_counts
from travelrisk.store import timeline as timeline_store
from travelrisk.store.tables import ArticleRecord, NewsFact


def _official(current: advisory_repo.CurrentAdvisory) -> OfficialView:
    obs = current.observation
    return OfficialView(
        issuer=obs.issuer,
        level=obs.level,
        level_raw=obs.level_raw,
        directive=obs.directive,
        reasons=list(obs.reasons or []),
        regions=list(obs.regions or []),
        since=current.valid_from,
        issued_at=obs.issued_at,
        source_url=obs.source_url,
        summary=obs.summary,
        document_id=obs.document_id,
        source=obs.source,
    )


# ---------------------------------------------------------------- stored facts, read in bounded pieces
#
# A picture never reads every stored fact: it counts them by group (one row per kind, actor, target, action and
# level), reads the newest few of each advisory group in full (evidence), the facts of the early-warning window,
# and, for the timeline, one light row per line (no text) of which only the lines shown are read in full.
# Facts of undated articles (dated by the day they were stored) are rare and read whole.


def _about(country: str | None) -> ColumnElement[bool]:
    if country is None:
        return NewsFact.id.is_not(None)
    return or_(NewsFact.target == country, NewsFact.actor == country)


def _dated(as_of: dt.date) -> ColumnElement[bool]:
    return and_(NewsFact.published.is_not(None), NewsFact.published <= as_of)


def _views(session: Session, where: list[ColumnElement[bool]], order: bool = True) -> list[FactView]:
    """Facts in full (text and provenance), oldest first."""
    query = (
        select(
            NewsFact,
            ArticleRecord.published,
            ArticleRecord.extracted_at,
            ArticleRecord.outlet,
            ArticleRecord.url,
            ArticleRecord.document_id,
        )
        .join(ArticleRecord, ArticleRecord.id == NewsFact.article_id)
        .where(*where)
    )
    if order:
        query = query.order_by(NewsFact.published, NewsFact.id)
    return [
        FactView(
            kind=fact.kind,
            actor=fact.actor,
            target=fact.target,
            action=fact.action,
            level=fact.level,
            published=fact.published or published or extracted_at.date(),
            data=fact.data,
            outlet=outlet,
            url=url,
            story_id=fact.story_id,
            document_id=document_id,
            article_id=fact.article_id,
            fact_id=fact.id,
        )
        for fact, published, extracted_at, outlet, url, document_id in session.execute(query)
    ]


def facts_by_id(session: Session, ids: list[int]) -> dict[int, FactView]:
    found: dict[int, FactView] = {}
    for start in range(0, len(ids), 500):
        found.update((f.fact_id, f) for f in _views(session, [NewsFact.id.in_(ids[start : start + 500])], False))
    return found


def undated_facts(session: Session, as_of: dt.date, country: str | None) -> list[FactView]:
    """Facts of articles that state no date, dated by the day they were stored (on or before `as_of`)."""
    return [
        f
        for f in _views(session, [ArticleRecord.published.is_(None), NewsFact.published.is_(None), _about(country)])
        if f.published <= as_of
    ]


def fact_groups(session: Session, as_of: dt.date, country: str | None, undated: list[FactView]) -> list[FactGroup]:
    """Every stored fact about the country (all countries: None) on or before `as_of`, counted by group: from
    the maintained counts when no fact is later than `as_of` (the usual case), else counted from the facts."""
    newest = fact_counts.newest_day(session)
    rows = (
        # the overview (every country) needs no outlet names: counted over outlets in SQL
        fact_counts.counted(session, country, by_outlet=country is not None)
        if newest is None or newest <= as_of
        else fact_counts.from_facts(session, as_of, country)
    )
    groups = [
        FactGroup(
            row.kind,
            row.actor,
            row.target,
            row.action,
            row.level,
            count=row.count,
            first=row.first,
            last=row.last,
            stories=frozenset({row.story_low, row.story_high}),
            outlets=frozenset({row.outlet or "news"}),
        )
        for row in rows
    ]
    return merge_groups(groups + groups_of(undated))


def newest_advisory_facts(
    session: Session, country: str, as_of: dt.date, groups: list[FactGroup], per_group: int = EVIDENCE_KEPT
) -> list[FactView]:
    """The newest few reports of each advisory group about the country, in full (oldest first): one seek per
    group (issuer, directive, level) on its index, however many reports it has."""
    wanted = sorted(
        {(g.actor, g.action, g.level) for g in groups if g.kind == "advisory" and g.target == country},
        key=lambda group: tuple("" if part is None else str(part) for part in group),
    )
    if not wanted:
        return []
    f = NewsFact
    newest = [
        select(f.id)
        .where(
            f.target == country,
            f.kind == "advisory",
            f.actor == actor,
            f.action.is_(None) if action is None else f.action == action,
            f.level.is_(None) if level is None else f.level == level,
            _dated(as_of),
        )
        .order_by(f.published.desc(), f.id.desc())
        .limit(per_group)
        .subquery()
        .select()
        for actor, action, level in wanted
    ]
    ids = (
        list(session.execute(union_all(*newest)).scalars())
        if len(newest) > 1
        else list(session.execute(newest[0]).scalars())
    )
    return _views(session, [NewsFact.id.in_(ids)])


def recent_facts(session: Session, as_of: dt.date, country: str | None, days: int = WINDOW_DAYS) -> list[FactView]:
    """Facts about the country (all: None) in the early-warning window before `as_of`."""
    start = as_of - dt.timedelta(days=days)
    if country:
        return _views(session, [NewsFact.target == country, NewsFact.published > start, NewsFact.published <= as_of])
    # every country: the window by the articles' day (indexed; a fact's day is its article's)
    return _views(session, [ArticleRecord.published > start, ArticleRecord.published <= as_of])


def stored_lines(
    session: Session, country: str, as_of: dt.date, after: Key | None = None, limit: int | None = None
) -> list[FactEvent]:
    """The country's maintained news lines (dated facts), newest first, after a cursor's key, at most `limit`."""
    return [
        FactEvent(line.day, line.kind, line.actor, line.target, line.action, line.fact_id)
        for line in timeline_store.page(session, country, as_of, after, limit)
    ]


class Snapshot:
    """What is stored as of one day, loaded once (for one country or all) and sliced per country."""

    def __init__(self, session: Session, as_of: dt.date, country: str | None = None) -> None:
        self.as_of = as_of
        self.session = session
        self.country = country
        current = (
            advisory_repo.current_advisories(session, country, as_of)
            if country
            else advisory_repo.all_current(session, as_of)
        )
        self.official: dict[str, list[OfficialView]] = defaultdict(list)
        for item in current:
            self.official[item.observation.subject].append(_official(item))
        # every government we have a source for is tracked: one with nothing stored is named as `no_data`, not left out
        reach = dict.fromkeys(source_issuers(), (None, 0)) | advisory_repo.issuer_reach(session, as_of)
        self.tracked = {issuer: Reach(checked_at, destinations) for issuer, (checked_at, destinations) in reach.items()}
        self.checked: dict[str, dict[str, dt.date]] = defaultdict(dict)
        for (issuer, subject), day in advisory_repo.last_observed(session, as_of, country).items():
            self.checked[subject][issuer] = day
        self.stale_days = settings().stale_days
        self.undated = undated_facts(session, as_of, country)
        self.groups: dict[str, list[FactGroup]] = defaultdict(list)
        for group in fact_groups(session, as_of, country, self.undated):
            for code in {group.actor, group.target} - {None}:
                self.groups[str(code)].append(group)
        self.recent: dict[str, list[FactView]] = defaultdict(list)
        for fact in recent_facts(session, as_of, country) + [
            f for f in self.undated if (as_of - f.published).days < WINDOW_DAYS
        ]:
            if fact.target:
                self.recent[fact.target].append(fact)
        self.mission_days = {} if country else missions_lib.newest_status_days(session, as_of)
        self.crossings: dict[str, Crossing] = crossings_lib.all_crossings(session)
        # one country: its crossings' statuses; the overview only needs the day of each country's newest one
        relevant = [c for c in self.crossings.values() if country is not None and country in c.countries()]
        self.crossing_entries = crossings_lib.status_entries_as_of(session, {c.id for c in relevant}, as_of)
        self.crossing_days = {} if country else crossings_lib.newest_status_days(session, as_of, self.crossings)
        self.changes: dict[str, list[dict[str, Any]]] = defaultdict(list)
        if country:
            self.changes[country] = [
                c.to_json()
                for c in change_store.since(
                    session, dt.date.min, country=country, until=as_of, newest_first=True, limit=50
                )
            ]
        else:  # the overview shows no changes, only how recent each country's data is
            for code, day in change_store.newest_day_by_country(session, as_of).items():
                self.changes[code] = [{"occurred_on": day.isoformat()}]

    def inputs(
        self, country: str, *, with_history: bool = True, cursor: str | None = None, limit: int = EVENTS_PAGE
    ) -> PictureInputs:
        groups = self.groups.get(country, [])
        facts = newest_advisory_facts(self.session, country, self.as_of, groups) if self.country else []
        facts += [f for f in self.undated if f.kind == "advisory" and f.target == country and f not in facts]
        mine = [c for c in self.crossings.values() if country in c.countries()] if self.country else []
        crossing_rows = [
            crossings_lib.crossing_json(
                c,
                crossings_lib.quoted(
                    self.session, status_as_of(c.undated_status, self.crossing_entries.get(c.id, []), self.as_of)
                ),
                self.as_of,
            )
            for c in mine
        ]
        if self.country and any(g.kind == "border" for g in groups):
            crossing_rows += crossings_lib.pair_reports(
                self.session, country, self.as_of, self.crossings, limit=EVENTS_PAGE
            )
        # one country: its missions; the overview only needs the day of each country's newest mission status
        mission_rows = self._missions(country, groups) if self.country else []
        newest = [g.last for g in groups]
        newest += [days[country] for days in (self.mission_days, self.crossing_days) if country in days]
        history = []
        if with_history:
            history = [_official(v) for v in advisory_repo.history(self.session, country) if v.valid_from <= self.as_of]
        inputs = PictureInputs(
            country=country,
            as_of=self.as_of,
            official=self.official.get(country, []),
            facts=facts,
            crossings=crossing_rows,
            missions=mission_rows,
            changes=self.changes.get(country, []),
            official_history=history,
            tracked=self.tracked,
            checked=self.checked.get(country, {}),
            stale_days=self.stale_days,
            groups=groups,
            recent=self.recent.get(country, []),
            events=[],
            events_total=0,
            events_by_kind={},
            facts_newest=max(newest, default=None),
        )
        if self.country:  # one country: its timeline, a page of it (the overview shows none)
            after = None
            if cursor:
                after = decode_cursor(cursor)
                if after is None:
                    raise UsageError(f"cursor {cursor!r}: not a cursor this server gave")
            self._page(inputs, after, limit)
        return inputs

    def _page(self, inputs: PictureInputs, after: Key | None, limit: int) -> None:
        """A page of the timeline and its counts: the maintained news lines are read one page deep (the page
        plus one, to know whether another follows), the few other lines (official versions, statuses, undated
        news) whole."""
        own = fact_events({f.fact_id: f for f in self.undated})
        others = timeline_lines(inputs, own)
        stored = stored_lines(self.session, inputs.country, self.as_of, after, limit + 1)
        page, inputs.events_next = page_of(timeline_lines(inputs, own + stored), after, limit)
        inputs.events = self.quoted(page)
        by_kind = Counter(count_kinds(others))
        by_kind.update(timeline_store.counts(self.session, inputs.country, self.as_of))
        # an undated fact's line may say what a stored line of the same day says: one line, counted once
        by_kind.subtract(
            key[1] for key in timeline_store.present(self.session, inputs.country, [o["_key"] for o in others])
        )
        inputs.events_by_kind = {kind: n for kind, n in sorted(by_kind.items()) if n > 0}
        inputs.events_total = sum(inputs.events_by_kind.values())

    def lines(self, inputs: PictureInputs) -> list[dict[str, Any]]:
        """Every line of the country's timeline, newest first, news lines without their evidence yet."""
        own = fact_events({f.fact_id: f for f in self.undated})
        return timeline_lines(inputs, own + stored_lines(self.session, inputs.country, self.as_of))

    def quoted(self, lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Timeline lines with their evidence (the facts behind the news lines read now)."""
        shown = sorted({line["fact_id"] for line in lines if "fact_id" in line})
        return with_evidence(lines, facts_by_id(self.session, shown) | {f.fact_id: f for f in self.undated})

    def _missions(self, country: str, groups: list[FactGroup]) -> list[dict[str, Any]]:
        operators = {g.actor for g in groups if g.kind == "mission" and g.target == country}
        operators |= {fact.operator for fact in bundled_status_facts() if fact.host == country}
        if not operators:
            return []
        rows = []
        for operator in sorted(operators):
            listed = [m for m in bundled_missions(of=operator, in_country=country) if m.type == "embassy"][:1]
            entries, total = missions_lib.bounded_entries(self.session, (operator, country), self.as_of, HISTORY_KEPT)
            row = missions_lib.mission_json(listed[0] if listed else None, operator, country, entries, self.as_of)
            rows.append({**row, "history_total": total})
        return rows


def picture(session: Session, country: str, as_of: dt.date | None = None) -> dict[str, Any]:
    """The country's picture: its answer is bounded (the newest events, quotes and statuses, with counts)."""
    return build_picture(Snapshot(session, as_of or dt.date.today(), country).inputs(country))


def events_page(
    session: Session, country: str, *, as_of: dt.date | None = None, cursor: str | None = None, limit: int = EVENTS_PAGE
) -> dict[str, Any]:
    """A page of the country's timeline, newest first: `next` is the cursor of the page after it (None: last)."""
    if not 1 <= limit <= 500:
        raise UsageError(f"limit {limit}: give 1 to 500")
    day = as_of or dt.date.today()
    inputs = Snapshot(session, day, country).inputs(country, cursor=cursor, limit=limit)
    return {
        "country": country,
        "as_of": day.isoformat(),
        "events": inputs.events,
        "events_total": inputs.events_total,
        "events_by_kind": inputs.events_by_kind,
        "next": inputs.events_next,
    }


def all_pictures(session: Session, as_of: dt.date | None = None) -> dict[str, dict[str, Any]]:
    """The picture of every country, from one snapshot of the store."""
    snapshot = Snapshot(session, as_of or dt.date.today())
    return {code: build_picture(snapshot.inputs(code, with_history=False)) for code in sorted(countries())}


def overview(session: Session, as_of: dt.date | None = None) -> list[dict[str, Any]]:
    """Every country with its strictest and median level (official feeds first, news-reported otherwise)."""
    return [
        {
            "country": code,
            "name": country_name(code),
            "strictest": p["strictest"],
            "median": p["median"],
            "issuers": len(p["levels"]),
            "early_warning": p["early_warning"]["flagged"],
            # How old and how complete the figures are (one field: the table of `travelrisk countries` stays narrow).
            "coverage": {
                "data_as_of": p["data_as_of"],
                "rated_by": sum(1 for c in p["coverage"] if c["state"] == "rated" and c["in_consensus"]),
                "tracked": sum(1 for c in p["coverage"] if c["in_consensus"]),
            },
        }
        for code, p in all_pictures(session, as_of).items()
    ]


def source_issuers() -> set[str]:
    """The governments of every registered official source (built in and plug-ins)."""
    return {issuer for source in official_sources().values() for issuer in (source.issuer, *source.issuers) if issuer}


def governments(session: Session, as_of: dt.date | None = None) -> list[dict[str, Any]]:
    """Every tracked government (each registered source's): its last import or sync on or before the day (None:
    nothing stored), how many destinations that covered, and whether it is stale (`TRAVELRISK_STALE_DAYS`)."""
    as_of = as_of or dt.date.today()
    limit = settings().stale_days
    reach = dict.fromkeys(source_issuers(), (None, 0)) | advisory_repo.issuer_reach(session, as_of)
    return [
        {
            "issuer": issuer,
            "checked_at": checked_at.isoformat() if checked_at else None,
            "destinations": destinations,
            "stale": checked_at is None or (as_of - checked_at).days > limit,
        }
        for issuer, (checked_at, destinations) in sorted(reach.items())
    ]


def changes(session: Session, since: dt.date, *, country: str | None = None) -> list[dict[str, Any]]:
    """Every recorded change (levels, directives, crossings, missions) since a day, oldest first."""
    return [c.to_json() for c in change_store.since(session, since, country=country)]


def events(session: Session, country: str, since: dt.date) -> list[dict[str, Any]]:
    """The country's timeline from a day on (newest first)."""
    snapshot = Snapshot(session, dt.date.today(), country)
    lines = snapshot.lines(snapshot.inputs(country, with_history=True))
    return snapshot.quoted([line for line in lines if line["date"] >= since.isoformat()])
