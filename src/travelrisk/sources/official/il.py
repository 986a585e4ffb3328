"""Israel's National Security Council travel warnings, from a daily extract of its gov.il collection:
`{"_meta": {...}, "countries": {ISO2: {"label", "details", "url", "nameHe", ...}}}`. Only the NSC's own strings
(`label`, `details`, `url`) are read; the extract's own numbers are not.

The NSC rates the terror threat to Israelis, not travel safety in general: 1 ללא אזהרה (no warning), 2 איום
מזדמן (occasional threat), 3 איום בינוני (medium threat), 4 איום גבוה (high threat); "חל איסור" (entry
banned) is 4. The scale is marked out of the cross-government consensus (see `travelrisk.model.scales`). A combined
level ("רמת איום משולבת") names each area's level as "(רמה N)"; "שאר שטחי ..." (the rest of the territory)
is the national one. The gov.il API itself (a POST collection) is not fetched: no real response of it was
available to build against.
"""

from __future__ import annotations

import re
from typing import Any

from travelrisk.model import Region
from travelrisk.model.scales import SCALES, Step, regional_only
from travelrisk.sources.pages import find_date
from travelrisk.sources.payload import ParsedPayload, load_json, require, scaled_advisory, scaled_region
from travelrisk.sources.registry import OfficialSource, register_source

SCALE = SCALES["IL"]
PAGE_URL = "https://www.gov.il/he/Departments/DynamicCollectors/travel-warnings-nsc"
_COMBINED = re.compile(r"רמת\s+איום\s+משולבת")
_LEVEL_N = re.compile(r"\(\s*רמה\s+([1-4])\s*\)")
_REST = re.compile(r"שאר\s+שטחי")


def _segments(details: str) -> list[tuple[Step, str, str]]:
    """(step, area, segment) for each "(רמה N)" statement of a combined entry."""
    out = []
    for segment in re.split(r"(?<=\.)\s+", details.strip()):
        number = _LEVEL_N.search(segment)
        if not number:
            continue
        head, colon, tail = segment.partition(":")
        # "<area>: <threat> (רמה N) ..." or "<threat> (רמה N) <advice>: <area>."
        area = head if colon and number.start() > len(head) else tail if colon else ""
        out.append((SCALE.step(number.group(1)), " ".join(area.split()).strip(" ."), segment.strip()))
    return out


def _entry(code: str, entry: dict[str, Any], payload: ParsedPayload) -> None:
    label = " ".join(str(entry.get("label") or "").split())
    details = " ".join(str(entry.get("details") or "").split())
    place = str(entry.get("nameHe") or code)
    regions: list[Region] = []
    level_raw = label
    step: Step | None = None
    if _COMBINED.search(label):
        for part_step, area, segment in _segments(details):
            if _REST.search(area) and step is None:
                step, level_raw = part_step, f"{label}: {segment}"
            else:
                regions.append(scaled_region(SCALE, area or segment, part_step, segment))
        if step is None and regions:
            step = regional_only()
    else:
        found = SCALE.strongest_in(label) or SCALE.strongest_in(details)
        step = found[0] if found else None
        banned = SCALE.strongest_in(details)
        if step is not None and banned and banned[0].key == "ban":  # "חל איסור": entry by Israelis is banned
            step = banned[0]
    if step is None:
        payload.without_level.append(f"{place} ({label or 'no label'})")
        return
    payload.advisories.append(
        scaled_advisory(
            SCALE,
            code,
            step,
            level_raw=level_raw or step.wording,
            summary=details,
            regions=regions,
            source_url=str(entry.get("url") or "") or None,
            destination_name=place,
        )
    )


def parse_il(data: bytes, name: str = "il") -> ParsedPayload:
    document = load_json(data, name)
    require(isinstance(document, dict), name, "expected a JSON object")
    countries = document.get("countries")
    require(isinstance(countries, dict), name, "no `countries` object (ISO2 -> NSC warning)")
    meta = document.get("_meta") if isinstance(document.get("_meta"), dict) else {}
    payload = ParsedPayload(source="il", issuer="IL", observed_on=find_date(str(meta.get("updated") or "")))
    payload.requires_as_of = payload.observed_on is None
    for code, entry in countries.items():
        require(isinstance(entry, dict), name, f"country {code!r} is not an object")
        payload.items += 1
        if not re.fullmatch(r"[A-Z]{2}", str(code)):
            payload.unmapped.append(str(entry.get("nameHe") or code))
            continue
        _entry(str(code), entry, payload)
    return payload


register_source(
    OfficialSource(
        name="il",
        issuer="IL",
        title="Israel, National Security Council travel warnings (threat to Israelis; outside the consensus)",
        parser=parse_il,
        levels=SCALE.levels(),
        licence="National Security Council travel warnings, © State of Israel (gov.il terms); read from a third "
        "party's daily extract of the NSC's own labels.",
    )
)
