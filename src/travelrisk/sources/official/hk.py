"""Hong Kong's Outbound Travel Alert (Security Bureau): one static JSON, `ota_index.json`.

Three alert colours: amber (有威脅跡象, Signs of threat) -> 2, red (有明顯威脅, Significant threat) -> 3, black
(有嚴重威脅, Severe threat) -> 4. The OTA covers only some places: a place without an alert is not rated (the
`otherInfoNonOTA` places have information pages and no alert). An entry whose English title carries a
parenthesis ("Myanmar (south-eastern regions)") is regional; `showInIndex: 0` entries are superseded history.
The wording kept is the Chinese title with the colour and the English title the source gives beside it.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from travelrisk.errors import InputError
from travelrisk.model import Advisory, Region
from travelrisk.model.scales import SCALES, Step
from travelrisk.sources.payload import ParsedPayload, load_json, require, scaled_advisory, scaled_region
from travelrisk.sources.registry import OfficialSource, register_source

SCALE = SCALES["HK"]
INDEX_URL = "https://www.sb.gov.hk/json/ota_index/ota_index.json"
PAGE_URL = "https://www.sb.gov.hk/eng/ota/{file}"
_AREA = re.compile(r"^(?P<country>[^(]+?)\s*\((?P<area>.+)\)\s*$")


def _day(value: Any) -> dt.date | None:
    match = re.match(r"(\d{4})(\d{2})(\d{2})", str(value or ""))
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def parse_hk(data: bytes, name: str = "hk") -> ParsedPayload:
    document = load_json(data, name)
    require(isinstance(document, dict) and isinstance(document.get("otas"), list), name, "no `otas` list")
    payload = ParsedPayload(source="hk", issuer="HK", observed_on=_day(document.get("validFrom")))
    national: dict[str, tuple[Step, str, dict[str, Any], str]] = {}
    regional: dict[str, list[tuple[Region, dict[str, Any]]]] = {}
    for index, bucket in enumerate(document["otas"], 1):
        require(isinstance(bucket, dict), name, f"alert group {index} is not an object")
        try:
            step = SCALE.step(bucket.get("level"))
        except KeyError as exc:
            raise InputError(name, f"alert group {index}: unknown level {bucket.get('level')!r}") from exc
        wording = f"{bucket.get('titleTc') or ''} ({step.key}: {bucket.get('titleEn') or ''})".strip()
        advice = re.sub(r"<[^>]+>", " ", html.unescape(str(bucket.get("adviceEn") or "")))
        countries = bucket.get("countries") or []
        require(isinstance(countries, list), name, f"alert group {index}: countries is not a list")
        for place in countries:
            require(isinstance(place, dict), name, f"alert group {index}: a place is not an object")
            if place.get("showInIndex") != 1:
                continue  # superseded: kept by the source as history
            payload.items += 1
            title = " ".join(str(place.get("titleEn") or "").split())
            code = str(place.get("countryCode") or "").upper()
            if not re.fullmatch(r"[A-Z]{2}", code):
                payload.unmapped.append(title or "(no title)")
                continue
            area = _AREA.match(title)
            if area:
                region = scaled_region(SCALE, area.group("area"), step)
                regional.setdefault(code, []).append((region, place))
            elif code not in national or step.level > national[code][0].level:
                national[code] = (step, wording, place, " ".join(advice.split()))
    for place in document.get("otherInfoNonOTA") or []:
        if isinstance(place, dict) and place.get("showInIndex") == 1:
            payload.without_level.append(f"{place.get('titleEn') or '?'} (information page, no alert)")
    for code in sorted(set(national) | set(regional)):
        regions = [region for region, _ in regional.get(code, [])]
        places = [place for _, place in regional.get(code, [])]
        if code in national:
            step, wording, place, advice = national[code]
            advisory = scaled_advisory(
                SCALE,
                code,
                step,
                level_raw=wording,
                summary=advice,
                regions=regions,
                issued_at=_day(place.get("updateDate")),
                source_url=PAGE_URL.format(file=place.get("countryFileName")) if place.get("countryFileName") else None,
                destination_name=str(place.get("titleEn") or code),
            )
        else:
            # Alerts for areas only: the rest of the country has no alert, which is "not rated", not level 1.
            first = places[0]
            advisory = Advisory(
                issuer="HK",
                subject=code,
                level=None,
                level_raw="no Outbound Travel Alert for the rest of the country",
                regions=regions,
                issued_at=max((d for p in places if (d := _day(p.get("updateDate")))), default=None),
                source_url=PAGE_URL.format(file=first.get("countryFileName")) if first.get("countryFileName") else None,
                destination_name=_AREA.sub(r"\g<country>", str(first.get("titleEn") or code)),
            )
        payload.advisories.append(advisory)
    return payload


register_source(
    OfficialSource(
        name="hk",
        issuer="HK",
        title="Hong Kong, Security Bureau Outbound Travel Alert",
        parser=parse_hk,
        live_urls=(INDEX_URL,),
        levels=SCALE.levels(),
        licence="Outbound Travel Alert, © Government of the Hong Kong SAR (Security Bureau); website terms.",
    )
)
