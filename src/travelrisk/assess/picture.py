"""One explainable picture per country (pure): each government's level and wording, the directives, the
reasons with their quotes, regional advice, crossings, missions, a timeline, changes and early warning.

Official feeds outrank news reports of the same advisory; a news-reported advisory is kept as "reported by
<outlet>" with its quote until an official source or a second independent story confirms it.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from travelrisk.assess.early_warning import early_warning
from travelrisk.assess.facts import FactView, news_evidence
from travelrisk.model import DIRECTIVE_LEVEL, DIRECTIVE_STRENGTH, Directive, Evidence
from travelrisk.model.lexicon import tag_reasons
from travelrisk.model.scales import in_consensus, leave_words, publisher, scale_note


@dataclass(frozen=True)
class OfficialView:
    issuer: str
    level: int | None
    level_raw: str
    directive: str | None
    reasons: list[str]
    regions: list[dict[str, Any]]
    since: dt.date
    issued_at: dt.date | None
    source_url: str | None
    summary: str
    document_id: int | None
    source: str


@dataclass(frozen=True)
class Reach:
    """One tracked government's stored advice as of the picture's day: its last import or sync (None when all
    of it is later) and how many destinations it covered."""

    checked_at: dt.date | None
    destinations: int


# A government whose stored data lists this many destinations has a worldwide feed: a country missing from it is
# one it does not rate. Fewer (a few fetched pages) and a missing country is simply not in our data.
WORLDWIDE_FEED = 100


# A picture's answer stays bounded however much is stored: the newest lines of the timeline (the rest is paged,
# `events`), and the newest few reports quoted behind each directive and reason, with how many there are.
EVENTS_PAGE = 20
EVIDENCE_KEPT = 5
HISTORY_KEPT = 10  # dated statuses shown per mission (the newest; `history_total` counts them all)


@dataclass(frozen=True)
class FactGroup:
    """Stored news facts that say the same thing (kind, actor, target, action, level), counted: how many, the
    first and last day, up to two of the stories behind them (two: independently reported) and their outlets."""

    kind: str
    actor: str
    target: str | None
    action: str | None
    level: int | None
    count: int
    first: dt.date
    last: dt.date
    stories: frozenset[int]
    outlets: frozenset[str]

    @property
    def key(self) -> tuple[str, str, str | None, str | None, int | None]:
        return (self.kind, self.actor, self.target, self.action, self.level)


def groups_of(facts: Iterable[FactView]) -> list[FactGroup]:
    """The groups of a list of facts (every fact given, not a sample)."""
    found: dict[tuple[str, str, str | None, str | None, int | None], list[FactView]] = {}
    for fact in facts:
        found.setdefault((fact.kind, fact.actor, fact.target, fact.action, fact.level), []).append(fact)
    return merge_groups(
        FactGroup(
            *key,
            count=len(same),
            first=min(f.published for f in same),
            last=max(f.published for f in same),
            stories=_two(f.story_id or f.article_id for f in same),
            outlets=frozenset(f.outlet or "news" for f in same),
        )
        for key, same in found.items()
    )


def _two(stories: Iterable[int]) -> frozenset[int]:
    """Up to two distinct stories (the lowest and the highest): enough to tell one story from independent ones."""
    distinct = set(stories)
    return frozenset({min(distinct), max(distinct)}) if distinct else frozenset()


def merge_groups(groups: Iterable[FactGroup]) -> list[FactGroup]:
    """One group per key (rows counted apart, e.g. one per outlet, added up), in key order."""
    merged: dict[tuple[str, str, str | None, str | None, int | None], FactGroup] = {}
    for group in groups:
        seen = merged.get(group.key)
        if seen is not None:
            group = FactGroup(
                *group.key,
                count=seen.count + group.count,
                first=min(seen.first, group.first),
                last=max(seen.last, group.last),
                stories=_two(seen.stories | group.stories),
                outlets=seen.outlets | group.outlets,
            )
        merged[group.key] = group
    return [merged[key] for key in sorted(merged, key=lambda k: tuple(str(part) for part in k))]


def _stories_of(groups: Iterable[FactGroup]) -> int:
    """How many independent stories stand behind these groups, counted up to two."""
    return len(_two(story for g in groups for story in g.stories))


@dataclass(frozen=True)
class FactEvent:
    """One line of the timeline from stored news facts, without their text: the newest fact behind it (`fact_id`)
    is read only when the line is shown."""

    date: str  # YYYY-MM-DD
    kind: str
    actor: str
    target: str | None
    action: str | None
    fact_id: int


@dataclass
class PictureInputs:
    country: str
    as_of: dt.date
    official: list[OfficialView]
    facts: list[FactView]
    crossings: list[dict[str, Any]] = field(default_factory=list)
    missions: list[dict[str, Any]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    official_history: list[OfficialView] = field(default_factory=list)
    tracked: dict[str, Reach] = field(default_factory=dict)  # every government with stored advice
    checked: dict[str, dt.date] = field(default_factory=dict)  # issuer -> last day this country's advice was seen
    stale_days: int = 14
    # What was read of the stored facts when `facts` holds only the newest few of each group (None: `facts` is all):
    groups: list[FactGroup] | None = None  # every fact, counted
    recent: list[FactView] | None = None  # every fact of the early-warning window
    events: list[dict[str, Any]] | None = None  # the first page of the timeline, evidence filled in
    events_total: int | None = None
    events_by_kind: dict[str, int] | None = None
    events_next: str | None = None
    facts_newest: dt.date | None = None  # the newest day of any fact about the country (`groups`)


def _strength(directive: str | None) -> int:
    return DIRECTIVE_STRENGTH.get(Directive(directive), -1) if directive else -1


def _news_evidence(fact: FactView) -> dict[str, Any]:
    return news_evidence(fact).model_dump(mode="json")


def _official_evidence(view: OfficialView) -> dict[str, Any]:
    evidence = Evidence(
        quote=view.level_raw,
        source_url=view.source_url,
        document_id=view.document_id,
        origin="official",
        source=view.source,
        issued_at=view.issued_at,
    ).model_dump(mode="json")
    evidence["publisher"] = publisher(view.issuer)  # people know the ministry, not our source adapter's name
    return evidence


def _directive_evidence(view: OfficialView) -> dict[str, Any]:
    """An official directive with words that state it: "leave immediately" quotes the sentence telling people
    to leave, not the level's wording "Do not travel" (docs/levels.md)."""
    evidence = _official_evidence(view)
    if view.directive == Directive.LEAVE_IMMEDIATELY.value and not leave_words(view.issuer, view.level_raw):
        found = leave_words(view.issuer, view.summary)
        if found:
            evidence["quote"] = _sentence_with(view.summary, found.start())
    return evidence


def _words(value: str | None) -> str:
    return (value or "").replace("_", " ")


# A sentence ends at . ! ? followed by a space, a line end, or a capital letter (page text often loses the space
# between paragraphs: "...in Belarus.If you are in Belarus, leave...").
_SENTENCE_END = re.compile(r"[.!?](?=\s|[A-Z“\"]|$)|\n")


def _sentence_with(text: str, start: int) -> str:
    left = 0
    right = len(text)
    for match in _SENTENCE_END.finditer(text):
        if match.end() <= start:
            left = match.end()
        else:
            right = match.end()
            break
    return text[left:right].strip()


def _official_reason_quotes(view: OfficialView) -> dict[str, str]:
    quotes: dict[str, str] = {}
    for reason, start, _end in tag_reasons(view.summary):
        if reason.value in view.reasons and reason.value not in quotes:
            quotes[reason.value] = _sentence_with(view.summary, start)
    return quotes


def _newest(facts: Iterable[FactView]) -> FactView | None:
    return max(facts, key=lambda f: (f.published, f.fact_id, f.article_id), default=None)


def build_picture(inputs: PictureInputs) -> dict[str, Any]:
    official = {o.issuer: o for o in inputs.official}
    advisory_facts = [f for f in inputs.facts if f.kind == "advisory" and f.target == inputs.country]
    by_issuer: dict[str, list[FactView]] = {}
    for fact in advisory_facts:
        by_issuer.setdefault(fact.actor, []).append(fact)

    levels: list[dict[str, Any]] = []
    for issuer, view in sorted(official.items()):
        levels.append(
            {
                "issuer": issuer,
                "level": view.level,
                "level_raw": view.level_raw,
                "directive": view.directive,
                "since": view.since.isoformat(),
                "source": "official",
                "confirmed": True,
                "reported_by": None,
                "source_url": view.source_url,
                "regional": bool(view.regions),
                "in_consensus": in_consensus(issuer),
                "measures": scale_note(issuer),
                "evidence": _official_evidence(view),
                **_age(inputs.checked.get(issuer) or view.since, inputs),
            }
        )
    groups = inputs.groups if inputs.groups is not None else groups_of(inputs.facts)
    groups_by_issuer: dict[str, list[FactGroup]] = {}
    for group in groups:
        if group.kind == "advisory" and group.target == inputs.country:
            groups_by_issuer.setdefault(group.actor, []).append(group)
    for issuer, mine in sorted(groups_by_issuer.items()):
        if issuer in official:
            continue  # the official feed outranks a report of the same advisory
        top = max(mine, key=lambda g: (_strength(g.action), g.level or 0, g.last))
        strongest = _newest(f for f in by_issuer.get(issuer, []) if (f.action, f.level) == (top.action, top.level))
        level = top.level or (
            DIRECTIVE_LEVEL.get(Directive(top.action)) if top.action and top.action != "lowered" else None
        )
        levels.append(
            {
                "issuer": issuer,
                "level": level,
                "level_raw": top.action or "advisory reported",
                "directive": top.action,
                "since": min(g.first for g in mine).isoformat(),
                "source": "news",
                "confirmed": _stories_of(mine) >= 2,
                "reported_by": (strongest.outlet if strongest else min(top.outlets, default=None)) or "news",
                "source_url": strongest.url if strongest else None,
                "regional": bool(strongest.data.get("regions")) if strongest else False,
                "in_consensus": in_consensus(issuer),
                "measures": scale_note(issuer),
                "evidence": _news_evidence(strongest) if strongest else None,
                "reports": sum(g.count for g in mine),
                **_age(max(g.last for g in mine), inputs),
            }
        )

    # A scale that measures something else (Israel's NSC: the threat to Israelis) is shown, never counted.
    consensus = [entry for entry in levels if entry["in_consensus"]]
    official_levels = [o.level for o in official.values() if o.level and in_consensus(o.issuer)]
    all_levels = [entry["level"] for entry in consensus if entry["level"]]
    strictest = max(all_levels) if all_levels else None
    middle = statistics.median(official_levels or all_levels) if (official_levels or all_levels) else None
    median = int(middle) if middle is not None and middle == int(middle) else middle
    coverage = _coverage(inputs, official)
    disagreement = _disagreement(consensus, coverage)
    outside = [
        {"issuer": e["issuer"], "level": e["level"], "level_raw": e["level_raw"], "measures": e["measures"]}
        for e in levels
        if not e["in_consensus"]
    ]

    directives = _directives(inputs.country, official, by_issuer, groups_by_issuer)
    reasons = _reasons(official, by_issuer)
    regional = [
        {"issuer": o.issuer, **region, "evidence": _official_evidence(o)}
        for o in official.values()
        for region in o.regions
    ] + [
        {"issuer": f.actor, "name": name, "level": f.level, "directive": f.action, "evidence": _news_evidence(f)}
        for f in advisory_facts
        for name in (f.data.get("regions") or [])
    ]
    crossings = _crossing_summary(inputs.country, inputs.crossings)
    if inputs.events is None:  # every fact given: the first page of the whole timeline
        numbered = dict(enumerate(inputs.facts))
        every = timeline_lines(inputs, fact_events(numbered))
        events, events_next = page_of(every, None, EVENTS_PAGE)
        events = with_evidence(events, numbered)
        events_total, events_by_kind = len(every), count_kinds(every)
    else:
        events, events_next = inputs.events, inputs.events_next
        events_total, events_by_kind = inputs.events_total or len(events), inputs.events_by_kind or {}
    return {
        "country": inputs.country,
        "as_of": inputs.as_of.isoformat(),
        "data_as_of": _data_as_of(inputs, levels, events),
        "stale_after_days": inputs.stale_days,
        "coverage": coverage,
        "levels": levels,
        "strictest": strictest,
        "median": median,
        "disagreement": disagreement,
        "outside_consensus": outside,
        "directives": directives,
        "reasons": reasons,
        "regional": regional,
        "crossings": crossings,
        "missions": [
            _newest_history(m) for m in inputs.missions if m["status"] not in ("normal", "unknown") or m["history"]
        ],
        "events": events,
        "events_total": events_total,
        "events_by_kind": events_by_kind,
        "events_next": events_next,
        "changes": inputs.changes,
        "early_warning": early_warning(
            inputs.country,
            inputs.as_of,
            inputs.recent if inputs.recent is not None else inputs.facts,
            {o.issuer: o.level for o in official.values() if o.level and in_consensus(o.issuer)},
        ),
    }


def _newest_history(mission: dict[str, Any]) -> dict[str, Any]:
    """The newest statuses shown, `history_total` counting them all (given by a store that read only some)."""
    shown = {k: v for k, v in mission.items() if k != "history_total"}
    total = mission.get("history_total", len(mission["history"]))
    if total <= HISTORY_KEPT:
        return shown
    return {**shown, "history": mission["history"][-HISTORY_KEPT:], "history_total": total}


def _age(checked_at: dt.date | None, inputs: PictureInputs) -> dict[str, Any]:
    """When a government's advice behind an entry was last seen, and whether that is too long ago."""
    return {
        "checked_at": checked_at.isoformat() if checked_at else None,
        "stale": checked_at is None or (inputs.as_of - checked_at).days > inputs.stale_days,
    }


def _coverage(inputs: PictureInputs, official: dict[str, OfficialView]) -> list[dict[str, Any]]:
    """Every tracked government: it rates the country, does not rate it, or we hold nothing from it for it
    (docs/levels.md). Not rated and no data are never shown as a level."""
    out = []
    for issuer in sorted(set(inputs.tracked) | set(official)):
        reach = inputs.tracked.get(issuer, Reach(None, 0))
        view = official.get(issuer)
        if view is not None and view.level is not None:
            state = "rated"
        elif view is not None or (reach.checked_at is not None and reach.destinations >= WORLDWIDE_FEED):
            state = "not_rated"  # named without a level, or left out of a worldwide feed
        else:
            state = "no_data"
        checked_at = reach.checked_at or (inputs.checked.get(issuer) if view else None)
        out.append(
            {
                "issuer": issuer,
                "state": state,
                "level": view.level if view else None,
                "in_consensus": in_consensus(issuer),
                **_age(checked_at, inputs),
            }
        )
    return out


def _disagreement(levels: list[dict[str, Any]], coverage: list[dict[str, Any]]) -> dict[str, Any]:
    """Who rates the country, out of the governments tracked, and at which levels ("3 of 5 governments rate it;
    all 3 at level 4"); news-reported levels of governments without official data are named apart."""
    tracked = [c for c in coverage if c["in_consensus"]]
    official = [e for e in levels if e["level"] and e["source"] == "official"]
    reported = [e for e in levels if e["level"] and e["source"] != "official"]
    known = official + reported
    by_level: dict[int, list[str]] = {}
    for entry in known:
        by_level.setdefault(entry["level"], []).append(entry["issuer"])
    spread = max(e["level"] for e in known) - min(e["level"] for e in known) if known else 0
    parts = []
    if tracked or official:
        count, total = len(official), max(len(tracked), len(official))
        if not official:
            parts.append(f"none of the {total} governments tracked rates it")
        else:
            verb = "rates" if count == 1 else "rate"
            official_levels: dict[int, list[str]] = {}
            for entry in official:
                official_levels.setdefault(entry["level"], []).append(entry["issuer"])
            if len(official_levels) == 1:
                [level] = official_levels
                detail = f"level {level}" if count == 1 else f"all {count} at level {level}"
            else:
                detail = "; ".join(
                    f"level {level}: {', '.join(sorted(issuers))}"
                    for level, issuers in sorted(official_levels.items(), reverse=True)
                )
            parts.append(f"{count} of {total} governments {verb} it; {detail}")
    if reported:
        parts.append(
            "reported in the news: "
            + ", ".join(f"{e['issuer']} level {e['level']}" for e in sorted(reported, key=lambda e: e["issuer"]))
        )
    summary = "; ".join(parts) if parts else "no government's advice is stored"
    return {"spread": spread, "levels": {str(k): sorted(v) for k, v in by_level.items()}, "summary": summary}


def _data_as_of(inputs: PictureInputs, levels: list[dict[str, Any]], events: list[dict[str, Any]]) -> str | None:
    """The newest date of any record behind the picture (never later than its day)."""
    days = [entry["checked_at"] for entry in levels if entry["checked_at"]]
    days += [event["date"] for event in events]
    days += [inputs.facts_newest.isoformat()] if inputs.facts_newest else []
    days += [change["occurred_on"] for change in inputs.changes if change.get("occurred_on")]
    days += [entry["date"] for item in inputs.crossings for entry in item.get("history", [])]
    days += [item["since"] for item in inputs.crossings if item.get("kind") == "pair" and item.get("since")]
    days += [entry["date"] for item in inputs.missions for entry in item.get("history", [])]
    on_or_before = [day for day in days if day and day <= inputs.as_of.isoformat()]
    return max(on_or_before) if on_or_before else None


def _directives(
    country: str,
    official: dict[str, OfficialView],
    by_issuer: dict[str, list[FactView]],
    groups_by_issuer: dict[str, list[FactGroup]],
) -> list[dict[str, Any]]:
    """The strongest active directive of each issuer, since the first day it was stated, how many reports state
    it, and the newest of them quoted (`EVIDENCE_KEPT`)."""
    out = []
    for issuer in sorted(set(official) | set(groups_by_issuer)):
        candidates: list[tuple[str, dt.date, str]] = []
        view = official.get(issuer)
        if view and view.directive:
            candidates.append((view.directive, view.since, "official"))
        for group in groups_by_issuer.get(issuer, []):
            if group.action and group.action != "lowered":
                candidates.append((group.action, group.first, "news"))
        if not candidates:
            continue
        best = max(_strength(c[0]) for c in candidates)
        same = [c for c in candidates if _strength(c[0]) == best]
        news = [g for g in groups_by_issuer.get(issuer, []) if _strength(g.action) == best]
        confirmed = any(c[2] == "official" for c in same) or _stories_of(news) >= 2
        quoted = sorted(
            (
                f
                for f in by_issuer.get(issuer, [])
                if f.action and f.action != "lowered" and _strength(f.action) == best
            ),
            key=lambda f: (f.published, f.fact_id, f.article_id),
        )[-EVIDENCE_KEPT:]
        evidence = [(view.since, _directive_evidence(view))] if view and any(c[2] == "official" for c in same) else []
        evidence += [(f.published, _news_evidence(f)) for f in quoted]
        out.append(
            {
                "issuer": issuer,
                "subject": country,
                "directive": same[0][0],
                "since": min(c[1] for c in same).isoformat(),
                "confirmed": confirmed,
                "reported_by": sorted({o for g in news for o in g.outlets}),
                "sources": sorted({c[2] for c in same}),
                "in_consensus": in_consensus(issuer),
                "measures": scale_note(issuer),
                "reports": sum(g.count for g in news),
                "evidence": [item for _day, item in sorted(evidence, key=lambda pair: pair[0])],
            }
        )
    return sorted(out, key=lambda d: (-_strength(d["directive"]), d["issuer"]))


def _reasons(official: dict[str, OfficialView], by_issuer: dict[str, list[FactView]]) -> list[dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for view in official.values():
        quotes = _official_reason_quotes(view)
        for reason in view.reasons:
            entry = found.setdefault(reason, {"reason": reason, "issuers": [], "evidence": []})
            entry["issuers"].append(view.issuer)
            entry["evidence"].append({**_official_evidence(view), "quote": quotes.get(reason) or view.level_raw})
    for issuer, facts in by_issuer.items():
        for fact in facts:
            for item in fact.data.get("reason_evidence") or []:
                entry = found.setdefault(item["reason"], {"reason": item["reason"], "issuers": [], "evidence": []})
                if issuer not in entry["issuers"]:
                    entry["issuers"].append(issuer)
                entry["evidence"].append(
                    {
                        **_news_evidence(fact),
                        "quote": item["quote"],
                        "phrase": item["phrase"],
                        "start": item["start"],
                        "end": item["end"],
                    }
                )
            for reason in fact.data.get("reasons") or []:
                entry = found.setdefault(reason, {"reason": reason, "issuers": [], "evidence": []})
                if issuer not in entry["issuers"]:
                    entry["issuers"].append(issuer)
                if not entry["evidence"]:
                    entry["evidence"].append(_news_evidence(fact))
    for entry in found.values():
        entry["evidence_total"] = len(entry["evidence"])
        official_quotes = [e for e in entry["evidence"] if e.get("origin") == "official"]
        news_quotes = [e for e in entry["evidence"] if e.get("origin") != "official"]
        entry["evidence"] = official_quotes + news_quotes[-EVIDENCE_KEPT:]
    return sorted(found.values(), key=lambda r: (-len(r["issuers"]), r["reason"]))


def _crossing_summary(country: str, crossings: list[dict[str, Any]]) -> dict[str, Any]:
    by_neighbour: dict[str, dict[str, Any]] = {}
    for item in crossings:
        other = item["countries"][1] if item["countries"][0] == country else item["countries"][0]
        group = by_neighbour.setdefault(
            other,
            {
                "neighbour": other,
                "open": 0,
                "restricted": 0,
                "closed": 0,
                "unknown": 0,
                "crossings": [],
                "reported": [],
            },
        )
        if item["kind"] == "pair":
            if any(r["summary"].endswith(item["summary"]) and r["since"] == item["since"] for r in group["reported"]):
                continue  # one line per story: a second article saying the same on the same day adds nothing
            group["reported"].append(
                {
                    "actor": item["countries"][0],
                    "summary": f"{item['countries'][0]}→{item['countries'][1]} {item['summary']}",
                    "since": item["since"],
                    "consistent_with": item["consistent_with"],
                    "evidence": item["evidence"],
                }
            )
            continue
        group[item["status"]] = group.get(item["status"], 0) + 1
        group["crossings"].append(
            {k: item.get(k) for k in ("id", "names", "status", "origin", "since", "restrictions", "evidence")}
        )
    return {"by_neighbour": sorted(by_neighbour.values(), key=lambda g: g["neighbour"])}


def _fact_what(kind: str, actor: str, target: str | None, action: str | None, affected: int | None) -> str:
    if kind == "advisory":
        return f"{actor} advisory for {target or 'worldwide'}: {_words(action) or 'updated'}"
    if kind == "border":
        return f"{actor}→{target} crossings {_words(action)}" + (f" ({affected})" if affected else "")
    return f"{actor} mission in {target}: {_words(action)}"


def fact_events(facts: dict[int, FactView]) -> list[FactEvent]:
    """The timeline lines of facts by id (each fact, before lines saying the same are merged)."""
    return [
        FactEvent(f.published.isoformat(), f.kind, f.actor, f.target, f.action, fact_id) for fact_id, f in facts.items()
    ]


Key = tuple[str, str, str, str, str]


def _line_key(event: dict[str, Any]) -> Key:
    key: Key = event["_key"]
    return key


def timeline_lines(inputs: PictureInputs, facts: Iterable[FactEvent]) -> list[dict[str, Any]]:
    """Every line of the country's timeline, newest first: one line per day and official version, crossing or
    mission status, and per day and group of news facts (kind, actor, target, action). A line from news names
    the newest fact behind it (`fact_id`); what it says and its evidence are filled in when it is shown."""
    events: list[dict[str, Any]] = []
    for view in inputs.official_history:
        events.append(
            {
                "date": view.since.isoformat(),
                "kind": "official_advisory",
                "who": view.issuer,
                "what": f"{view.level_raw} (level {view.level})",
                "evidence": _official_evidence(view),
            }
        )
    for item in inputs.crossings:
        for entry in item.get("history", []):
            if entry["origin"] != "news":
                events.append(
                    {
                        "date": entry["date"],
                        "kind": "crossing_status",
                        "who": item["id"],
                        "what": f"{item['names'][0]} {_words(entry['status'])}",
                        "evidence": {"source_url": entry["source_url"], "origin": entry["origin"]},
                    }
                )
    for mission in inputs.missions:
        for entry in mission.get("history", []):
            if entry["origin"] != "news":
                events.append(
                    {
                        "date": entry["date"],
                        "kind": "mission_status",
                        "who": mission["mission_of"],
                        "what": f"{mission['mission_of']} {mission['type']} {_words(entry['status'])}",
                        "evidence": {
                            "source_url": entry["source_url"],
                            "quote": entry.get("quote"),
                            "origin": entry["origin"],
                        },
                    }
                )
    unique: dict[Key, dict[str, Any]] = {}
    for event in events:
        event["_key"] = (event["date"], event["kind"], event["who"], event["what"], "")
        unique[event["_key"]] = event
    for fact in facts:
        key = (fact.date, f"news_{fact.kind}", fact.actor, fact.target or "", fact.action or "")
        seen = unique.get(key)
        if seen is None or seen["fact_id"] < fact.fact_id:  # the newest fact behind a line speaks for it
            unique[key] = {"date": fact.date, "kind": key[1], "who": fact.actor, "fact_id": fact.fact_id, "_key": key}
    return sorted(unique.values(), key=_line_key, reverse=True)


def count_kinds(lines: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        counts[line["kind"]] = counts.get(line["kind"], 0) + 1
    return dict(sorted(counts.items()))


def encode_cursor(line: dict[str, Any]) -> str:
    """An opaque cursor: the key of the last line given (newest first); the next page starts after it, so lines
    added meanwhile neither repeat nor shift a page."""
    raw = json.dumps(list(_line_key(line)), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> Key | None:
    """The key a cursor holds, or None when it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    if not (isinstance(key, list) and len(key) == 5 and all(isinstance(part, str) for part in key)):
        return None
    return (key[0], key[1], key[2], key[3], key[4])


def page_of(lines: list[dict[str, Any]], after: Key | None, limit: int) -> tuple[list[dict[str, Any]], str | None]:
    """The lines after a cursor's key (all from the newest when None), at most `limit`, and the next cursor."""
    rest = [line for line in lines if after is None or _line_key(line) < after]
    page = rest[:limit]
    return page, (encode_cursor(page[-1]) if len(rest) > limit else None)


def _with_evidence(line: dict[str, Any], facts: dict[int, FactView]) -> dict[str, Any]:
    """A timeline line as shown: a line from news says what its newest fact says, and quotes it."""
    out = {k: v for k, v in line.items() if k not in ("_key", "fact_id")}
    if "fact_id" not in line:
        return out
    fact = facts[line["fact_id"]]
    affected = fact.data.get("crossings_affected") if fact.kind == "border" else None
    what = _fact_what(fact.kind, fact.actor, fact.target, fact.action, affected)
    return {**out, "what": what, "reported_by": fact.outlet, "evidence": _news_evidence(fact)}


def with_evidence(lines: list[dict[str, Any]], facts: dict[int, FactView]) -> list[dict[str, Any]]:
    return [_with_evidence(line, facts) for line in lines]
