"""Deciding what changed (pure): Changes between advisory versions, from crossing and mission statuses, and
from directives the news reports. Writing them is one `store` call, in the transaction of their cause."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from travelrisk.assess.facts import FactView, news_evidence
from travelrisk.assess.history import Observed, Version, level_changes
from travelrisk.geo.crossings import Crossing, resolve_crossing
from travelrisk.geo.status import StatusEntry, Timeline
from travelrisk.model import DIRECTIVE_STRENGTH, Change, ChangeKind, Directive, Evidence

SAME_REPORT_DAYS = 30  # reports of the same directive within this many days are one change
BORDER_STATUS = {"closed": "closed", "opened": "open", "restricted": "restricted"}
QUIET_DIRECTIVES = {"lowered", "normal_precautions", "increased_caution"}  # reported, but not a change to alert


def _state(observed: Observed) -> dict[str, Any]:
    return {"level": observed.level, "level_raw": observed.level_raw, "directive": observed.directive}


def advisory_changes(issuer: str, subject: str, versions: Sequence[Version], document_id: int) -> list[Change]:
    """Level up/down, directive issued/lifted and regional level-ups between an advisory's versions."""
    out = []
    for change in level_changes(list(versions)):
        after = _state(change.after)
        if change.region:
            after = {**after, "region": change.region, "level": change.region_level, "national_level": change.after.level}
        out.append(
            Change(
                kind=ChangeKind(change.kind),
                country=subject,
                issuer=issuer,
                subject_ref=f"{issuer}->{subject}",
                region=change.region,
                before=_state(change.before),
                after=after,
                evidence=Evidence(
                    quote=change.after.level_raw,
                    source_url=change.after.source_url,
                    document_id=change.after.document_id,
                ),
                occurred_on=change.occurred_on,
                confirmed=True,
                document_id=document_id,
                dedupe_key=f"advisory:{issuer}:{subject}:{change.occurred_on}:{change.kind}:{change.region or ''}",
            )
        )
    return out


def _strength(directive: str | None) -> int:
    return DIRECTIVE_STRENGTH.get(Directive(directive), -1) if directive else -1


def confirmed_by_official(reports: Sequence[Change], directive: str | None, level: int | None) -> list[int]:
    """Unconfirmed news reports that an official advisory now states at least as strongly (their ids)."""
    confirmed = []
    for report in reports:
        after = report.after or {}
        if report.confirmed or report.id is None:
            continue
        stronger = _strength(after.get("directive")) <= _strength(directive)
        if stronger or (level and after.get("level") and level >= after["level"]):
            confirmed.append(report.id)
    return confirmed


def crossing_change(
    crossing: Crossing,
    before: str,
    after: str,
    on: dt.date,
    evidence: Evidence,
    *,
    confirmed: bool,
    reported_by: str | None,
    document_id: int | None,
) -> Change | None:
    """A crossing's status changed (None when it did not)."""
    if before == after:
        return None
    return Change(
        kind=ChangeKind.CROSSING_STATUS,
        country=crossing.country,
        subject_ref=crossing.id,
        before={"status": before},
        after={"status": after, "countries": [crossing.country, crossing.neighbour], "crossing": crossing.name},
        evidence=evidence,
        occurred_on=on,
        confirmed=confirmed,
        reported_by=reported_by,
        document_id=document_id,
        dedupe_key=f"crossing:{crossing.id}:{on}:{after}",
    )


def mission_change(
    operator: str,
    host: str,
    before: str,
    after: str,
    on: dt.date,
    evidence: Evidence,
    *,
    confirmed: bool,
    reported_by: str | None,
    document_id: int | None,
) -> Change | None:
    """One country's missions in another changed status (None when they did not)."""
    if before == after:
        return None
    return Change(
        kind=ChangeKind.MISSION_STATUS,
        country=host,
        issuer=operator,
        subject_ref=f"{operator}@{host}",
        before={"status": before},
        after={"status": after},
        evidence=evidence,
        occurred_on=on,
        confirmed=confirmed,
        reported_by=reported_by,
        document_id=document_id,
        dedupe_key=f"mission:{operator}:{host}:{on}:{after}",
    )


@dataclass
class StatusReport:
    """A dated status one fact reports (a crossing's or a mission pair's), as a row to store once by
    `dedupe_key`, and the Change it makes when the row is new."""

    kind: str  # crossing | mission
    row: dict[str, Any]
    change: Change | None


@dataclass
class StatusReports:
    crossings: list[StatusReport] = field(default_factory=list)
    missions: list[StatusReport] = field(default_factory=list)


def status_reports(
    facts: Sequence[FactView],
    crossings: Mapping[str, Crossing],
    crossing_timelines: Mapping[str, Timeline],
    mission_timelines: Mapping[tuple[str, str], Timeline],
    recorded_at: dt.datetime,
) -> StatusReports:
    """Crossing and mission statuses that news facts report. The timelines are the statuses known so far
    (loaded once for a batch); each status planned here is added to them, so a later fact of the same batch
    sees it. Crossings are named by the fact; threats and count-only reports stay pair-level knowledge."""
    out = StatusReports()
    for fact in facts:
        evidence = news_evidence(fact)
        if fact.kind == "border":
            out.crossings += _crossing_reports(fact, evidence, crossings, crossing_timelines, recorded_at)
        elif fact.kind == "mission" and fact.target:
            timeline = mission_timelines[(fact.actor, fact.target)]
            status = fact.action or ""
            before = timeline.status_on(fact.published)
            timeline.add(StatusEntry(fact.published, status, "news"))
            row = {
                "operator": fact.actor,
                "host": fact.target,
                "status": status,
                "effective_on": fact.published,
                "origin": "news",
                "source_url": fact.url,
                "evidence": evidence.model_dump(mode="json", exclude_none=True),
                "article_id": fact.article_id,
                "recorded_at": recorded_at,
                "dedupe_key": f"news:{fact.actor}:{fact.target}:{fact.published}:{status}:{fact.article_id}"[:300],
            }
            change = mission_change(
                fact.actor,
                fact.target,
                before,
                status,
                fact.published,
                evidence,
                confirmed=False,
                reported_by=fact.outlet or "news",
                document_id=fact.document_id,
            )
            out.missions.append(StatusReport("mission", row, change))
    return out


def crossing_ids_named(facts: Sequence[FactView], crossings: Mapping[str, Crossing]) -> set[str]:
    """The crossings that border facts name (to load their timelines before `status_reports`)."""
    return {crossing.id for fact in facts for _name, crossing in _named_crossings(fact, crossings)}


def _named_crossings(fact: FactView, crossings: Mapping[str, Crossing]) -> list[tuple[str, Crossing]]:
    if fact.kind != "border" or BORDER_STATUS.get(fact.action or "") is None or fact.target is None:
        return []
    found = []
    for name in fact.data.get("crossing_names") or []:
        resolved = resolve_crossing(name, (fact.actor, fact.target))
        crossing = crossings.get(resolved.id) if resolved else None
        if crossing is not None and {crossing.country, crossing.neighbour} == {fact.actor, fact.target}:
            found.append((name, crossing))
    return found


def _crossing_reports(
    fact: FactView,
    evidence: Evidence,
    crossings: Mapping[str, Crossing],
    timelines: Mapping[str, Timeline],
    recorded_at: dt.datetime,
) -> list[StatusReport]:
    status = BORDER_STATUS.get(fact.action or "", "")
    effective = fact.data.get("effective_date")
    when = dt.date.fromisoformat(effective) if effective else fact.published
    out = []
    for name, crossing in _named_crossings(fact, crossings):
        timeline = timelines[crossing.id]
        before = timeline.status_on(when)
        timeline.add(StatusEntry(when, status, "news"))
        named = evidence.model_copy(update={"name_in_text": name})
        row = {
            "crossing_id": crossing.id,
            "status": status,
            "restrictions": "",
            "effective_on": when,
            "origin": "news",
            "source_url": fact.url,
            "note": f"reported as {fact.action} ({name})",
            "evidence": named.model_dump(mode="json", exclude_none=True),
            "article_id": fact.article_id,
            "recorded_at": recorded_at,
            "dedupe_key": f"news:{crossing.id}:{when}:{status}:{fact.article_id}",
        }
        change = crossing_change(
            crossing,
            before,
            status,
            when,
            named,
            confirmed=False,
            reported_by=fact.outlet,
            document_id=fact.document_id,
        )
        out.append(StatusReport("crossing", row, change))
    return out


def directive_report(fact: FactView, earlier: Sequence[Change]) -> Change | None:
    """A directive the news reports is a Change ("reported by <outlet>") until an official source or a second
    independent story confirms it; a report of a directive already reported (within SAME_REPORT_DAYS, in
    `earlier`) adds no change. None also for a report that alerts nobody (lowered, caution)."""
    if not fact.action or fact.action in QUIET_DIRECTIVES or not fact.target:
        return None
    if any((c.after or {}).get("directive") == fact.action for c in earlier):
        return None
    subject_ref = f"{fact.actor}->{fact.target}"
    return Change(
        kind=ChangeKind.DIRECTIVE_REPORTED,
        country=fact.target,
        issuer=fact.actor,
        subject_ref=subject_ref,
        after={"directive": fact.action, "level": fact.level},
        evidence=news_evidence(fact),
        occurred_on=fact.published,
        confirmed=False,
        reported_by=fact.outlet or "news",
        document_id=fact.document_id,
        dedupe_key=f"news-advisory:{subject_ref}:{fact.action}:{fact.published}",
    )


@dataclass
class NewsChanges:
    """What a batch of news facts changes: statuses to store (each with its Change if new), directive reports
    to record, and stored reports that a new story may confirm (when it is an independent one)."""

    statuses: StatusReports
    reported: list[Change] = field(default_factory=list)
    corroborating: list[tuple[Change, FactView]] = field(default_factory=list)


def report_window(facts: Sequence[FactView]) -> dict[str, tuple[dt.date, dt.date]]:
    """For each issuer->subject the facts report a directive about, the days whose earlier reports matter."""
    windows: dict[str, tuple[dt.date, dt.date]] = {}
    for fact in facts:
        if fact.kind == "advisory" and fact.target:
            ref = f"{fact.actor}->{fact.target}"
            start = fact.published - dt.timedelta(days=SAME_REPORT_DAYS)
            known = windows.get(ref, (start, fact.published))
            windows[ref] = (min(known[0], start), max(known[1], fact.published))
    return windows


def news_changes(
    facts: Sequence[FactView],
    crossings: Mapping[str, Crossing],
    crossing_timelines: Mapping[str, Timeline],
    mission_timelines: Mapping[tuple[str, str], Timeline],
    earlier_reports: Mapping[str, Sequence[Change]],
    recorded_at: dt.datetime,
) -> NewsChanges:
    """Everything a batch of stored news facts changes, decided at once from what is already known."""
    out = NewsChanges(status_reports(facts, crossings, crossing_timelines, mission_timelines, recorded_at))
    for fact in facts:
        if fact.kind != "advisory" or not fact.action or fact.action in QUIET_DIRECTIVES or not fact.target:
            continue
        ref = f"{fact.actor}->{fact.target}"
        start = fact.published - dt.timedelta(days=SAME_REPORT_DAYS)
        known = [*earlier_reports.get(ref, ()), *(c for c in out.reported if c.subject_ref == ref)]
        earlier = [c for c in known if start <= c.occurred_on <= fact.published]
        change = directive_report(fact, earlier)
        if change is not None:
            out.reported.append(change)
            continue
        reported = next((c for c in earlier if (c.after or {}).get("directive") == fact.action), None)
        if reported is not None and not reported.confirmed and reported.id is not None:
            out.corroborating.append((reported, fact))
    return out
