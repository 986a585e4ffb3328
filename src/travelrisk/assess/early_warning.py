"""Early warning (pure): an escalation signal per country from recent news, before governments move.

Signals, each weighted by how strongly it foreshadows a higher advisory level: other governments telling
their citizens to leave or not to travel; neighbours closing, restricting or threatening to close crossings;
embassy drawdowns, suspensions and evacuations; troop build-ups and armed conflict named as reasons. Each
independent story counts once per signal. The score maps to an implied level; the country is flagged when
that level is above its current official (median) level.
"""

from __future__ import annotations

import datetime as dt
import statistics
from typing import Any, Protocol

WINDOW_DAYS = 30
WEIGHTS = {
    ("advisory", "leave_immediately"): 3.0,
    ("advisory", "do_not_travel"): 1.5,
    ("advisory", "reconsider_travel"): 0.5,
    ("border", "closed"): 2.0,
    ("border", "threatened_closure"): 1.0,
    ("border", "restricted"): 1.0,
    ("mission", "evacuated"): 3.0,
    ("mission", "suspended"): 3.0,
    ("mission", "ordered_departure"): 2.5,
    ("mission", "authorized_departure"): 1.5,
    ("mission", "emergency_services_only"): 1.0,
    ("mission", "reduced_services"): 1.0,
    ("reason", "military_buildup"): 1.5,
    ("reason", "armed_conflict"): 1.0,
}
THRESHOLDS = ((6.0, 4), (3.0, 3), (1.5, 2))


class Fact(Protocol):
    kind: str
    actor: str
    target: str | None
    action: str | None
    published: dt.date
    data: dict[str, Any]
    story_id: int | None
    article_id: int


def implied_level(score: float) -> int:
    return next((level for threshold, level in THRESHOLDS if score >= threshold), 1)


def early_warning(
    country: str, as_of: dt.date, facts: list[Any], official_levels: dict[str, int], window_days: int = WINDOW_DAYS
) -> dict[str, Any]:
    start = as_of - dt.timedelta(days=window_days)
    drivers: dict[tuple[str, str, str], dict[str, Any]] = {}
    for fact in facts:
        if not start < fact.published <= as_of:
            continue
        signals = []
        if fact.kind == "advisory" and fact.target == country and fact.actor != country:
            signals.append(("advisory", fact.action or ""))
            signals += [("reason", r) for r in fact.data.get("reasons") or []]
        elif fact.kind == "border" and fact.target == country and fact.actor != country:
            signals.append(("border", fact.action or ""))
        elif fact.kind == "mission" and fact.target == country:
            signals.append(("mission", fact.action or ""))
        for signal in signals:
            weight = WEIGHTS.get(signal)
            if not weight:
                continue
            # One government's or neighbour's signal counts once however many stories repeat it.
            key = (signal[0], signal[1], fact.actor if signal[0] != "reason" else "")
            entry = drivers.setdefault(
                key,
                {
                    "signal": signal[0],
                    "value": signal[1],
                    "who": [],
                    "weight": weight,
                    "stories": set(),
                    "evidence": [],
                },
            )
            if fact.actor not in entry["who"]:
                entry["who"].append(fact.actor)
            entry["stories"].add(fact.story_id or fact.article_id)
            if len(entry["evidence"]) < 3:
                quoted = fact.data.get("evidence") or {}
                entry["evidence"].append(
                    {
                        "quote": quoted.get("quote"),
                        "published": fact.published.isoformat(),
                        "article_id": fact.article_id,
                    }
                )
    score = 0.0
    for entry in drivers.values():
        # A reason named by several governments weighs more, but with diminishing returns.
        multiplier = min(len(entry["who"]), 3) if entry["signal"] == "reason" else 1
        score += entry["weight"] * multiplier
    level = implied_level(score)
    current = statistics.median(official_levels.values()) if official_levels else None
    flagged = bool(drivers) and (current is None or level > current)
    return {
        "score": round(score, 2),
        "implied_level": level,
        "official_median": current,
        "flagged": flagged,
        "below_signal": sorted(issuer for issuer, lvl in official_levels.items() if lvl < level),
        "window_days": window_days,
        "drivers": [
            {**{k: v for k, v in entry.items() if k != "stories"}, "stories": len(entry["stories"])}
            for entry in sorted(drivers.values(), key=lambda e: -e["weight"])
        ],
    }
