"""The country picture (`brief`, `/v1/countries/CC`, the country page) and the world overview (`/v1/countries`,
the home page): loads what is stored as of a day, in a few queries for one country or all, and hands it to the
pure assessment."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from travelrisk.assess.facts import FactView
from travelrisk.assess.picture import OfficialView, PictureInputs, Reach, build_picture
from travelrisk.config import settings
from travelrisk.geo.countries import countries, country_name
from travelrisk.geo.crossings import Crossing
from travelrisk.geo.missions import bundled_status_facts
from travelrisk.geo.missions import missions as bundled_missions
from travelrisk.geo.status import status_as_of
from travelrisk.model import Change
from travelrisk.services import crossings as crossings_lib
from travelrisk.services import missions as missions_lib
from travelrisk.sources.registry import official_sources
from travelrisk.store import advisories as advisory_repo
from travelrisk.store import changes as change_store
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


def _facts(session: Session, as_of: dt.date, country: str | None) -> list[FactView]:
    query = select(NewsFact, ArticleRecord).join(ArticleRecord, ArticleRecord.id == NewsFact.article_id)
    if country:
        query = query.where(or_(NewsFact.target == country, NewsFact.actor == country))
    out = []
    for fact, article in session.execute(query):
        published = fact.published or article.published or article.extracted_at.date()
        if published > as_of:
            continue
        out.append(
            FactView(
                kind=fact.kind,
                actor=fact.actor,
                target=fact.target,
                action=fact.action,
                level=fact.level,
                published=published,
                data=fact.data,
                outlet=article.outlet,
                url=article.url,
                story_id=article.story_id,
                document_id=article.document_id,
                article_id=article.id,
            )
        )
    return out


class Snapshot:
    """Everything stored, as of one day, loaded once and sliced per country."""

    def __init__(self, session: Session, as_of: dt.date, country: str | None = None) -> None:
        self.as_of = as_of
        self.session = session
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
        self.facts = _facts(session, as_of, country)
        self.crossings: dict[str, Crossing] = crossings_lib.all_crossings(session)
        relevant = [c for c in self.crossings.values() if country is None or country in c.countries()]
        self.crossing_entries = crossings_lib.status_entries(session, {c.id for c in relevant})
        self.changes: dict[str, list[Change]] = defaultdict(list)
        for change in change_store.since(session, dt.date.min, country=country, until=as_of, newest_first=True):
            self.changes[change.country].append(change)

    def inputs(self, country: str, *, with_history: bool = True) -> PictureInputs:
        facts = [f for f in self.facts if country in (f.actor, f.target)]
        mine = [c for c in self.crossings.values() if country in c.countries()]
        crossing_rows = [
            crossings_lib.crossing_json(
                c, status_as_of(c.undated_status, self.crossing_entries.get(c.id, []), self.as_of), self.as_of
            )
            for c in mine
        ]
        crossing_rows += (
            crossings_lib.pair_reports(self.session, country, self.as_of, self.crossings)
            if any(f.kind == "border" for f in facts)
            else []
        )
        mission_rows = self._missions(country, facts)
        history = []
        if with_history:
            history = [_official(v) for v in advisory_repo.history(self.session, country) if v.valid_from <= self.as_of]
        return PictureInputs(
            country=country,
            as_of=self.as_of,
            official=self.official.get(country, []),
            facts=facts,
            crossings=crossing_rows,
            missions=mission_rows,
            changes=[c.to_json() for c in self.changes.get(country, [])[:50]],
            official_history=history,
            tracked=self.tracked,
            checked=self.checked.get(country, {}),
            stale_days=self.stale_days,
        )

    def _missions(self, country: str, facts: list[FactView]) -> list[dict[str, Any]]:
        operators = {f.actor for f in facts if f.kind == "mission" and f.target == country}
        operators |= {fact.operator for fact in bundled_status_facts() if fact.host == country}
        if not operators:
            return []
        pairs = {(op, country) for op in operators}
        entries = missions_lib.status_entries(self.session, pairs)
        rows = []
        for operator in sorted(operators):
            listed = [m for m in bundled_missions(of=operator, in_country=country) if m.type == "embassy"][:1]
            rows.append(
                missions_lib.mission_json(
                    listed[0] if listed else None, operator, country, entries.get((operator, country), []), self.as_of
                )
            )
        return rows


def picture(session: Session, country: str, as_of: dt.date | None = None) -> dict[str, Any]:
    return build_picture(Snapshot(session, as_of or dt.date.today(), country).inputs(country))


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
    return [e for e in picture(session, country)["events"] if e["date"] >= since.isoformat()]
