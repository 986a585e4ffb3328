"""Global Affairs Canada: `index-alpha-eng.json` (all countries) and `cta-cap-XX.json` (one country).

Both are keyed by ISO alpha-2. `advisory-state` 0–3 maps to level +1; "(with regional advisories)" and
`has-regional-advisory` mark regional advice, whose areas the per-country file names in one
`<div class="AdvisoryContainer ..."><h3>AREA - LEVEL</h3>` block each.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import html as lxml_html

from travelrisk.geo.countries import is_country
from travelrisk.model import Region
from travelrisk.model.lexicon import LEVEL_DIRECTIVES, level_from_wording
from travelrisk.sources.markup import html_to_text, parse_date
from travelrisk.sources.payload import ParsedPayload, add_destination, load_json, normalised_advisory, require
from travelrisk.sources.registry import OfficialSource, register_source

INDEX_URL = "https://data.international.gc.ca/travel-voyage/index-alpha-eng.json"
COUNTRY_URL = "https://data.international.gc.ca/travel-voyage/cta-cap-{iso}.json"
PAGE_URL = "https://travel.gc.ca/destinations/{slug}"


def _state_level(record: dict[str, Any], name: str, key: str) -> int | None:
    state = record.get("advisory-state")
    if state is None:
        return None
    require(isinstance(state, int) and 0 <= state <= 3, name, f"{key}: advisory-state {state!r} is not 0-3")
    return int(state) + 1


def _advisory_blocks(advisories_html: str) -> list[tuple[str, int | None, str]]:
    """(area, level, text) for each AdvisoryContainer block of a per-country file."""
    if not advisories_html.strip():
        return []
    root = lxml_html.fragment_fromstring(advisories_html, create_parent="div")
    blocks = []
    for container in root.xpath('.//div[contains(@class, "AdvisoryContainer")]') or [root]:
        heading = container.find(".//h3")
        title = " ".join(heading.text_content().split()) if heading is not None else ""
        area, _, wording = title.rpartition(" - ")
        blocks.append(
            (
                area.strip() or title,
                level_from_wording(wording or title),
                html_to_text(lxml_html.tostring(container, encoding="unicode")),
            )
        )
    return blocks


def parse_ca(data: bytes, name: str = "ca") -> ParsedPayload:
    document = load_json(data, name)
    require(isinstance(document, dict), name, "expected a JSON object")
    body = document.get("data")
    require(isinstance(body, dict), name, "no `data` object")
    generated = ((document.get("metadata") or {}).get("generated") or {}).get("date")
    payload = ParsedPayload(source="ca", issuer="CA", observed_on=parse_date(generated))
    records: dict[str, Any] = {body["country-iso"]: body} if "country-iso" in body else body
    for key, record in records.items():
        require(isinstance(record, dict), name, f"entry {key!r} is not an object")
        iso2 = str(record.get("country-iso") or key).upper()
        eng = record.get("eng") or {}
        destination = str(eng.get("name") or record.get("country-eng") or iso2)
        level = _state_level(record, name, key)
        level_raw = str(eng.get("advisory-text") or "")
        if level is None and not level_raw:
            payload.without_level.append(destination)
            continue
        regions: list[Region] = []
        summary = ""
        for area, area_level, text in _advisory_blocks(str(eng.get("advisories") or "")):
            if not summary:
                summary = text  # the first block is the national advice
                continue
            if area_level:
                regions.append(Region(name=area.title(), level=area_level, directive=LEVEL_DIRECTIVES[area_level]))
        slug = eng.get("url-slug")
        issued = parse_date((record.get("date-published") or {}).get("date")) or parse_date(eng.get("friendly-date"))
        codes = (iso2,) if re.fullmatch(r"[A-Z]{2}", iso2) and is_country(iso2) else None
        add_destination(
            payload,
            destination,
            lambda code, _l=level, _r=level_raw, _s=summary, _g=regions, _i=issued, _u=slug, _d=destination: (
                normalised_advisory(
                    issuer="CA",
                    subject=code,
                    level=_l,
                    level_raw=_r,
                    summary=_s,
                    regions=_g,
                    issued_at=_i,
                    source_url=PAGE_URL.format(slug=_u) if _u else None,
                    destination_name=_d,
                )
            ),
            codes=codes,
        )
    return payload


register_source(
    OfficialSource(
        name="ca",
        issuer="CA",
        title="Global Affairs Canada",
        parser=parse_ca,
        live_urls=(INDEX_URL,),
        levels={"advisory-state 0": 1, "advisory-state 1": 2, "advisory-state 2": 3, "advisory-state 3": 4},
        licence="Global Affairs Canada travel advice, Open Government Licence - Canada.",
    )
)
