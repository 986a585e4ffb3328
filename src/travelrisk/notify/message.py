"""What an alert says: headline, description, instruction and the evidence, from its Change (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from travelrisk.geo.countries import country_name


@dataclass(frozen=True)
class Content:
    headline: str
    description: str
    instruction: str
    event: str
    response_type: str  # CAP responseType
    urgency: str
    severity: str
    certainty: str
    category: str
    label: str  # "official" or "reported by <outlet>"


def _words(value: str | None) -> str:
    return (value or "").replace("_", " ")


def content_for(change: dict[str, Any]) -> Content:
    """The message of a change; `change` is its JSON form (see advisories.change_json)."""
    kind, after, before = change["kind"], change.get("after") or {}, change.get("before") or {}
    country = country_name(change["country"])
    issuer = change.get("issuer") or ""
    confirmed = bool(change.get("confirmed"))
    label = (
        "official"
        if confirmed and not change.get("reported_by")
        else (f"reported by {change['reported_by']}" + (" (confirmed)" if confirmed else ""))
    )
    evidence = change.get("evidence") or {}
    quote = evidence.get("quote") or ""
    certainty = "Observed" if confirmed else "Likely"
    directive = after.get("directive")
    level = after.get("level")
    if kind in ("directive_issued", "directive_reported") and directive == "leave_immediately":
        headline = f"{issuer} tells its citizens to leave {country} immediately"
        instruction = (
            f"Leave {country} now by the safest available means. Check open border crossings and "
            "flights before moving; follow your organisation's evacuation plan."
        )
        response, urgency, severity = "Evacuate", "Immediate", "Extreme"
    elif directive == "do_not_travel" or (kind == "level_up" and level == 4):
        headline = f"{issuer} advises against all travel to {country}" + (f" (level {level})" if level else "")
        instruction = f"Do not travel to {country}. If you are there, review your departure plans now."
        response, urgency, severity = "Avoid", "Expected", "Severe"
    elif kind in ("level_up", "regional_level_up"):
        where = f"{change.get('region')} ({country})" if change.get("region") else country
        headline = f"{issuer} raised its advice for {where} to level {level} ({after.get('level_raw', '')})".strip()
        instruction = f"Reconsider travel to {where}; postpone non-essential trips."
        response, urgency, severity = "Assess", "Expected", "Moderate" if (level or 0) < 4 else "Severe"
    elif kind == "crossing_status":
        status = after.get("status")
        pair = "–".join(after.get("countries") or [change["country"]])
        headline = f"{after.get('crossing', change.get('subject_ref'))} crossing ({pair}) is now {status}"
        instruction = (
            "Plan your exit through a crossing that is still open."
            if status in ("closed", "restricted")
            else "This crossing is open again; check its conditions before travelling."
        )
        response, urgency, severity = "Monitor", "Expected", "Moderate"
    elif kind == "mission_status":
        headline = f"{issuer} embassy in {country}: {_words(after.get('status'))}"
        instruction = "Consular help may be limited; register with your embassy and keep emergency contacts."
        response, urgency, severity = "Monitor", "Expected", "Moderate"
    else:
        headline = f"{_words(kind)} for {country}"
        instruction = "Review the country brief."
        response, urgency, severity = "Monitor", "Unknown", "Unknown"
    description = headline + "."
    if before:
        description += (
            f" Before: {_words(str(before.get('status') or before.get('level_raw') or before.get('level') or ''))}."
        )
    if quote:
        description += f" “{quote}”"
    description += f" ({label}; {change.get('occurred_on')})"
    return Content(
        headline=headline,
        description=description,
        instruction=instruction,
        event=f"Travel risk: {_words(kind)}",
        response_type=response,
        urgency=urgency,
        severity=severity,
        certainty=certainty,
        category="Security" if kind != "mission_status" else "Safety",
        label=label,
    )
