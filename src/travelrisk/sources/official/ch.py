"""Switzerland's FDFA (EDA) travel advice through the JSON API behind its site (`/eda-prod/reisehinweise`):
one entry per country and language (`AF-de`), as a list, an API page (`{"value": [...]}`) or a single entry.

`advice_against`: `none` -> 1, `tourists` -> 3 ("Von touristischen und anderen nicht dringenden Reisen ... wird
abgeraten"), `general` -> 4 ("Von Reisen ... und von Aufenthalten jeder Art wird abgeraten"), `regional` -> the
areas named in the text, the rest of the country at 2 (doctrine). `has_travel_advice: false`: the EDA publishes
no advice for the place (not rated). German entries are read; French and Italian ones only when no German one
exists. The endpoint is not documented as public: expect it to change.
"""

from __future__ import annotations

import re
from typing import Any

import pycountry

from travelrisk.geo.languages import resolve_in
from travelrisk.model import Region
from travelrisk.model.scales import SCALES, Step
from travelrisk.sources.pages import find_date, fragment_text
from travelrisk.sources.payload import ParsedPayload, load_json, require, scaled_advisory, scaled_region
from travelrisk.sources.registry import OfficialSource, register_source

SCALE = SCALES["CH"]
API_URL = "https://cb-api-gateway.scs.scs-sdweb.ch/eda-prod/reisehinweise"
ENTRY_URL = API_URL + "/id/{iso2}-de"
_AGAINST = re.compile(
    r"\bVon\s+(?:[\w-]+\s+){0,6}?Reisen\s+(?:nach|in|im|ins|in\s+die|in\s+den|in\s+das|an|auf)\s+(?P<area>.+?)\s+"
    r"(?P<any>und\s+von\s+Aufenthalten\s+jeder\s+Art\s+)?wird\s+(?:dringend\s+)?abgeraten",
    re.IGNORECASE,
)


def _text(value: Any) -> str:
    return fragment_text(str(value.get("html") or "")) if isinstance(value, dict) else ""


def _statements(entry: dict[str, Any], subject: str) -> tuple[str, list[Region]]:
    """The sentence advising against travel to the whole country, and the areas advised against."""
    national = ""
    regions: list[Region] = []
    texts = [_text(entry.get("update_information")), _text(entry.get("general_assessment"))]
    texts += [_text(chapter) for chapter in entry.get("chapters") or [] if isinstance(chapter, dict)]
    seen: set[str] = set()
    for text in texts:
        for sentence in re.split(r"(?<=[.!])\s+|\n", text):
            match = _AGAINST.search(sentence)
            if not match:
                continue
            area = match.group("area")
            if resolve_in(re.sub(r"^(?:die|den|das)\s+", "", area), "de") == subject:
                national = national or sentence.removeprefix("Weiterhin gültig:").strip()
            elif area not in seen:
                seen.add(area)
                step = SCALE.step("general" if match.group("any") else "tourists")
                regions.append(scaled_region(SCALE, area, step, sentence))
    return national, regions


def _entries(document: Any, name: str) -> list[dict[str, Any]]:
    if isinstance(document, dict) and isinstance(document.get("value"), list):
        document = document["value"]
    entries = document if isinstance(document, list) else [document]
    require(all(isinstance(e, dict) for e in entries), name, "expected EDA entries (objects)")
    require(bool(entries), name, "no entries")
    chosen: dict[str, dict[str, Any]] = {}
    for entry in entries:
        code = str(entry.get("iso_code") or "").upper()
        require(bool(re.fullmatch(r"[A-Z]{2}", code)), name, f"entry {entry.get('id')!r} has no ISO iso_code")
        if code not in chosen or entry.get("language") == "de":
            chosen[code] = entry
    return list(chosen.values())


def parse_ch(data: bytes, name: str = "ch") -> ParsedPayload:
    payload = ParsedPayload(source="ch", issuer="CH", observed_on=None)
    observed = []
    for entry in _entries(load_json(data, name), name):
        code = str(entry["iso_code"]).upper()
        country = pycountry.countries.get(alpha_2=code)
        label = getattr(country, "name", code)
        payload.items += 1
        if valid := find_date(str(entry.get("valid_on") or "")):
            observed.append(valid)
        if entry.get("has_travel_advice") is False:
            payload.without_level.append(f"{label} (the EDA publishes no travel advice for it)")
            continue
        try:
            step: Step = SCALE.step(entry.get("advice_against"))
        except KeyError:
            payload.without_level.append(f"{label} (unknown advice_against {entry.get('advice_against')!r})")
            continue
        sentence, regions = _statements(entry, code)
        payload.advisories.append(
            scaled_advisory(
                SCALE,
                code,
                step,
                level_raw=sentence if sentence and step.pattern and step.pattern.search(sentence) else step.wording,
                summary="\n".join(_text(c) for c in entry.get("chapters") or [] if isinstance(c, dict))[:4000],
                regions=regions if step.key != "general" else [],
                issued_at=find_date(str(entry.get("published_at") or "")),
                source_url=ENTRY_URL.format(iso2=code),
                destination_name=label,
            )
        )
    payload.observed_on = max(observed, default=None)
    return payload


register_source(
    OfficialSource(
        name="ch",
        issuer="CH",
        title="Switzerland, FDFA/EDA travel advice (site API)",
        parser=parse_ch,
        live_urls=tuple(ENTRY_URL.format(iso2=c.alpha_2) for c in pycountry.countries),
        levels=SCALE.levels(),
        licence="EDA travel advice (Reisehinweise), © Swiss Confederation; website terms, no open-data licence stated.",
    )
)
