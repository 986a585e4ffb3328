"""What every official-advisory adapter returns, and the normalisation they share."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

from travelrisk.errors import InputError
from travelrisk.geo.countries import is_official_name, resolve_names_in
from travelrisk.model import Advisory, Directive, Reason, Region
from travelrisk.model.lexicon import LEVEL_DIRECTIVES, level_from_wording, states_leave_now, tag_reasons
from travelrisk.model.scales import Scale, Step


@dataclass
class ParsedPayload:
    """The advisories in one payload, plus every destination that could not be used, by name."""

    source: str
    issuer: str
    observed_on: dt.date | None
    advisories: list[Advisory] = field(default_factory=list)
    items: int = 0  # destination entries read, mapped or not
    unmapped: list[str] = field(default_factory=list)  # destination names not matched to an ISO code
    without_level: list[str] = field(default_factory=list)  # destinations the payload gives no level for
    requires_as_of: bool = False  # the file carries no date of its own: the importer must be told one


def load_json(data: bytes, name: str) -> Any:
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise InputError(name, f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    except RecursionError as exc:
        raise InputError(name, "JSON nested too deeply") from exc


def require(condition: bool, name: str, reason: str) -> None:
    if not condition:
        raise InputError(name, reason)


_DUE_TO = re.compile(r"\b(?:due\s+to|because\s+of|owing\s+to|given|citing)\b", re.IGNORECASE)


def stated_reasons(text: str) -> list[Reason]:
    """Reasons named after "due to"/"because of" in official text; the rest of a page is context, not reasons."""
    reasons: list[Reason] = []
    lines = text.splitlines()
    for index, line in enumerate(lines):
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            match = _DUE_TO.search(sentence)
            if not match:
                continue
            stated = sentence[match.end() :]
            if not stated.strip(" :"):
                # "Do not travel to X due to:" followed by a list: the list items are the reasons.
                for item in lines[index + 1 : index + 12]:
                    if not item.rstrip().endswith((".", ";", ",")):
                        break
                    stated += " " + item
            for reason, _start, _end in tag_reasons(stated):
                if reason not in reasons:
                    reasons.append(reason)
    return reasons


def normalised_advisory(
    *,
    issuer: str,
    subject: str,
    level_raw: str,
    level: int | None = None,
    summary: str = "",
    regions: list[Region] | None = None,
    issued_at: dt.date | None = None,
    source_url: str | None = None,
    destination_name: str = "",
) -> Advisory:
    """One advisory on the common scale: level from the wording, directive from the level (or a leave order)."""
    if level is None:
        level = level_from_wording(level_raw)
    directive = LEVEL_DIRECTIVES.get(level) if level else None
    if level == 4 and summary and states_leave_now(summary):
        directive = Directive.LEAVE_IMMEDIATELY
    return Advisory(
        issuer=issuer,
        subject=subject,
        level=level,
        level_raw=level_raw.strip(),
        directive=directive,
        reasons=stated_reasons(summary),
        regions=regions or [],
        issued_at=issued_at,
        source_url=source_url,
        destination_name=destination_name.strip(),
        summary=summary[:4000],
    )


def scaled_advisory(
    scale: Scale,
    subject: str,
    step: Step,
    *,
    level_raw: str | None = None,
    statement: str = "",
    summary: str = "",
    regions: list[Region] | None = None,
    issued_at: dt.date | None = None,
    source_url: str | None = None,
    destination_name: str = "",
) -> Advisory:
    """One advisory of a government with a scale of its own: level and directive from the scale's step, the
    directive raised to `leave_immediately` when the level statement tells people to leave. `level_raw` is
    the source's own words (the step's wording when the payload gives only a code)."""
    return Advisory(
        issuer=scale.issuer,
        subject=subject,
        level=step.level,
        level_raw=(level_raw or step.wording).strip(),
        directive=scale.directive(step, statement or level_raw or ""),
        # Reason phrases are English; other languages' text is kept in the summary, untagged.
        reasons=stated_reasons(summary) if scale.language == "en" else [],
        regions=regions or [],
        issued_at=issued_at,
        source_url=source_url,
        destination_name=destination_name.strip(),
        summary=summary[:4000],
    )


def scaled_region(scale: Scale, name: str, step: Step, statement: str = "") -> Region:
    return Region(name=" ".join(name.split()).strip(" .,:;"), level=step.level, directive=scale.directive(step, statement))


def add_destination(payload: ParsedPayload, name: str, make: Any, *, codes: tuple[str, ...] | None = None) -> None:
    """Map a destination to its ISO codes and add one advisory per code (`make(iso2)` builds it).

    A name that names several countries ("Israel and the Occupied Palestinian Territories") is expanded;
    one that names none is reported in `unmapped`, never dropped silently.
    """
    payload.items += 1
    targets = list(codes) if codes else resolve_names_in(name)
    if not targets:
        payload.unmapped.append(name.strip() or "(empty name)")
        return
    for iso2 in targets:
        payload.advisories.append(make(iso2))


def _name_rank(advisory: Advisory) -> int:
    """2: the country's own name; 1: a name of this country only; 0: a multi-country or other name."""
    assert advisory.subject is not None
    if is_official_name(advisory.destination_name, advisory.subject):
        return 2
    return int(resolve_names_in(advisory.destination_name) == [advisory.subject])


def merge_duplicates(payload: ParsedPayload) -> None:
    """Keep one advisory per subject: an item naming only that country beats an expanded multi-country one;
    further items for the same code (Bonaire, Saba, ...) become regional entries of the first."""
    by_subject: dict[str, Advisory] = {}
    for advisory in payload.advisories:
        assert advisory.subject is not None
        kept = by_subject.get(advisory.subject)
        if kept is None:
            by_subject[advisory.subject] = advisory
            continue
        if _name_rank(advisory) > _name_rank(kept):
            kept, advisory = advisory, kept
        kept.regions.append(Region(name=advisory.destination_name, level=advisory.level, directive=advisory.directive))
        by_subject[kept.subject] = kept  # type: ignore[index]
    payload.advisories = list(by_subject.values())
