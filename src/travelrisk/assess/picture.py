"""One explainable picture per country (pure): each government's level and wording, the directives, the
reasons with their quotes, regional advice, crossings, missions, a timeline, changes and early warning.

Official feeds outrank news reports of the same advisory; a news-reported advisory is kept as "reported by
<outlet>" with its quote until an official source or a second independent story confirms it.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
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


def _independent_stories(facts: list[FactView]) -> int:
    return len({f.story_id or f.article_id for f in facts})


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
    for issuer, facts in sorted(by_issuer.items()):
        if issuer in official:
            continue  # the official feed outranks a report of the same advisory
        strongest = max(facts, key=lambda f: (_strength(f.action), f.level or 0, f.published))
        level = strongest.level or (
            DIRECTIVE_LEVEL.get(Directive(strongest.action))
            if strongest.action and strongest.action != "lowered"
            else None
        )
        levels.append(
            {
                "issuer": issuer,
                "level": level,
                "level_raw": strongest.action or "advisory reported",
                "directive": strongest.action,
                "since": min(f.published for f in facts).isoformat(),
                "source": "news",
                "confirmed": _independent_stories(facts) >= 2,
                "reported_by": strongest.outlet or "news",
                "source_url": strongest.url,
                "regional": bool(strongest.data.get("regions")),
                "in_consensus": in_consensus(issuer),
                "measures": scale_note(issuer),
                "evidence": _news_evidence(strongest),
                **_age(max(f.published for f in facts), inputs),
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

    directives = _directives(inputs.country, official, by_issuer)
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
    events = _timeline(inputs)
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
        "missions": [m for m in inputs.missions if m["status"] not in ("normal", "unknown") or m["history"]],
        "events": events,
        "changes": inputs.changes,
        "early_warning": early_warning(
            inputs.country,
            inputs.as_of,
            inputs.facts,
            {o.issuer: o.level for o in official.values() if o.level and in_consensus(o.issuer)},
        ),
    }


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
    days += [change["occurred_on"] for change in inputs.changes if change.get("occurred_on")]
    days += [entry["date"] for item in inputs.crossings for entry in item.get("history", [])]
    days += [item["since"] for item in inputs.crossings if item.get("kind") == "pair" and item.get("since")]
    days += [entry["date"] for item in inputs.missions for entry in item.get("history", [])]
    on_or_before = [day for day in days if day and day <= inputs.as_of.isoformat()]
    return max(on_or_before) if on_or_before else None


def _directives(country: str, official: dict[str, OfficialView], by_issuer: dict[str, list[FactView]]) -> list[dict[str, Any]]:
    """The strongest active directive of each issuer, since the first day it was stated, with every source."""
    out = []
    for issuer in sorted(set(official) | set(by_issuer)):
        candidates: list[tuple[str, dt.date, dict[str, Any], str]] = []
        view = official.get(issuer)
        if view and view.directive:
            candidates.append((view.directive, view.since, _directive_evidence(view), "official"))
        for fact in by_issuer.get(issuer, []):
            if fact.action and fact.action != "lowered":
                candidates.append((fact.action, fact.published, _news_evidence(fact), "news"))
        if not candidates:
            continue
        best = max(_strength(c[0]) for c in candidates)
        same = [c for c in candidates if _strength(c[0]) == best]
        news = [f for f in by_issuer.get(issuer, []) if _strength(f.action) == best]
        confirmed = any(c[3] == "official" for c in same) or _independent_stories(news) >= 2
        out.append(
            {
                "issuer": issuer,
                "subject": country,
                "directive": same[0][0],
                "since": min(c[1] for c in same).isoformat(),
                "confirmed": confirmed,
                "reported_by": sorted({f.outlet or "news" for f in news}) if news else [],
                "sources": sorted({c[3] for c in same}),
                "in_consensus": in_consensus(issuer),
                "measures": scale_note(issuer),
                "evidence": [c[2] for c in sorted(same, key=lambda c: c[1])],
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
    return sorted(found.values(), key=lambda r: (-len(r["issuers"]), r["reason"]))


def _crossing_summary(country: str, crossings: list[dict[str, Any]]) -> dict[str, Any]:
    by_neighbour: dict[str, dict[str, Any]] = {}
    for item in crossings:
        other = item["countries"][1] if item["countries"][0] == country else item["countries"][0]
        group = by_neighbour.setdefault(
            other,
            {"neighbour": other, "open": 0, "restricted": 0, "closed": 0, "unknown": 0, "crossings": [], "reported": []},
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


def _timeline(inputs: PictureInputs) -> list[dict[str, Any]]:
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
    for fact in inputs.facts:
        if fact.kind == "advisory":
            what = f"{fact.actor} advisory for {fact.target or 'worldwide'}: {_words(fact.action) or 'updated'}"
        elif fact.kind == "border":
            count = fact.data.get("crossings_affected")
            what = f"{fact.actor}→{fact.target} crossings {_words(fact.action)}" + (f" ({count})" if count else "")
        else:
            what = f"{fact.actor} mission in {fact.target}: {_words(fact.action)}"
        events.append(
            {
                "date": fact.published.isoformat(),
                "kind": f"news_{fact.kind}",
                "who": fact.actor,
                "what": what,
                "reported_by": fact.outlet,
                "evidence": _news_evidence(fact),
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
    unique = {(e["date"], e["kind"], e["who"], e["what"]): e for e in events}
    return sorted(unique.values(), key=lambda e: e["date"], reverse=True)
