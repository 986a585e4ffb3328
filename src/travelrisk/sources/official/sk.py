"""Slovakia's MZV open data (CKAN): the notices feed "Oznamy a upozornenia pred cestovaním"
(`datastore_search` of one resource), one record per notice, not one per country.

A record states a level only in `Stupen rizika CO` ("2. stupeň - zvážiť nevyhnutnosť cestovania (...)"); the
step's words, not its number, place it on the common scale (step 2, "consider whether travel is necessary",
is our 3). "(... do určitých oblastí)" makes it regional: the named areas at that level, the rest of the
country at 2 (doctrine). Records without a level are notices and are counted as without level.
"""

from __future__ import annotations

import re

from travelrisk.geo.languages import resolve_in
from travelrisk.model import Advisory
from travelrisk.model.scales import SCALES, regional_only
from travelrisk.sources.pages import find_date, fragment_text
from travelrisk.sources.payload import ParsedPayload, load_json, require, scaled_advisory, scaled_region
from travelrisk.sources.registry import OfficialSource, register_source

SCALE = SCALES["SK"]
RESOURCE_URL = (
    "https://opendata.mzv.sk/api/3/action/datastore_search?resource_id=d2b4a3bf-2606-4b28-a51a-277b0708c076&limit=500"
)
_AREAS = re.compile(r"\(([^()]*\bdo\s+(?:určitých|niektorých|vybraných)\s+oblastí[^()]*)\)", re.IGNORECASE)


def parse_sk(data: bytes, name: str = "sk") -> ParsedPayload:
    document = load_json(data, name)
    result = document.get("result") if isinstance(document, dict) else None
    require(isinstance(result, dict) and isinstance(result.get("records"), list), name, "no CKAN result.records")
    assert isinstance(result, dict)
    payload = ParsedPayload(source="sk", issuer="SK", observed_on=None)
    rated: dict[str, Advisory] = {}
    for index, record in enumerate(result["records"], 1):
        require(isinstance(record, dict), name, f"record {index} is not an object")
        place = str(record.get("Zauzivany slovensky nazov") or record.get("Stat") or "").strip()
        payload.items += 1
        code = resolve_in(place, "sk") or resolve_in(str(record.get("Oficialny anglicky nazov") or ""), "en")
        if code is None:
            payload.unmapped.append(place or f"record {index}")
            continue
        stated = " ".join(str(record.get("Stupen rizika CO") or "").split())
        found = SCALE.strongest_in(stated) if stated else None
        if found is None:
            payload.without_level.append(f"{place}: {record.get('Nadpis') or 'notice'} (no risk level)")
            continue
        step = found[0]
        changed = find_date(str(record.get("Datum zmeny") or ""))
        regional = _AREAS.search(stated)
        text = fragment_text(str(record.get("Text CO/ICV") or ""))
        advisory = scaled_advisory(
            SCALE,
            code,
            regional_only() if regional else step,
            level_raw=stated,
            statement=text,
            summary=text,
            regions=[scaled_region(SCALE, regional.group(1), step, stated)] if regional else [],
            issued_at=changed,
            destination_name=place,
        )
        previous = rated.get(code)
        if previous is None or (changed and previous.issued_at and changed > previous.issued_at):
            rated[code] = advisory
    payload.advisories = list(rated.values())
    payload.observed_on = max(
        (d for r in result["records"] if isinstance(r, dict) and (d := find_date(str(r.get("Datum zmeny") or "")))),
        default=None,
    )
    return payload


register_source(
    OfficialSource(
        name="sk",
        issuer="SK",
        title="Slovakia, MZV open data (travel notices)",
        parser=parse_sk,
        live_urls=(RESOURCE_URL,),
        levels=SCALE.levels(),
        licence="MZV SR open data (opendata.mzv.sk, CKAN); dataset licence not stated in the payload.",
    )
)
