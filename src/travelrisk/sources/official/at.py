"""Austria's BMEIA country pages (bmeia.gv.at/reise-services/reiseinformation/land/<slug>): a "Sicherheitsstufe"
(security level 1-4, the four-step scale in force since 1 October 2025) in the sidebar, and statements such as
"Reisewarnung (Sicherheitsstufe 4) für das ganze Land!" or "Hohes Sicherheitsrisiko (Sicherheitsstufe 3) im
Grenzgebiet zu X" in the page.

1 Guter Sicherheitsstandard -> 1, 2 Sicherheitsrisiko -> 2, 3 Hohes Sicherheitsrisiko -> 3, 4 Reisewarnung -> 4.
A statement for "das ganze Land" or "den Rest des Landes" is the national level; others name regional ones.
"""

from __future__ import annotations

import re

from travelrisk.geo.languages import resolve_in
from travelrisk.model import Region
from travelrisk.model.scales import SCALES, Step, regional_only
from travelrisk.sources.pages import date_after, first_text, load_page, page_url, visible_text
from travelrisk.sources.payload import ParsedPayload, require, scaled_advisory, scaled_region
from travelrisk.sources.registry import OfficialSource, PageIndex, register_source

SCALE = SCALES["AT"]
SITE = "https://www.bmeia.gv.at"
INDEX_URL = SITE + "/reise-services/reisewarnungen"
PAGE_PREFIX = SITE + "/reise-services/reiseinformation/land/"
_STUFE = re.compile(r"\(?\s*Sicherheitsstufe\s*([1-4])\s*\)?", re.IGNORECASE)
_WHOLE = re.compile(r"\b(?:ganze|gesamte)n?\s+Land\b|\bRest\s+des\s+Landes\b|\bübrigen\s+Land", re.IGNORECASE)
_AREA_LEAD = re.compile(r"^(?:für|in|im|in\s+den|in\s+der|in\s+die|auf)\s+", re.IGNORECASE)


def parse_at(data: bytes, name: str = "at") -> ParsedPayload:
    root = load_page(data, name)
    sidebar = first_text(root, '(//*[contains(@class, "country-security")])[last()]')
    require(bool(_STUFE.search(sidebar)), name, "not a BMEIA country page (no Sicherheitsstufe)")
    country = " ".join(" ".join(root.xpath("//h1/text()")).split()) or first_text(root, "//h1")
    payload = ParsedPayload(source="at", issuer="AT", observed_on=None, items=1)
    code = resolve_in(country, "de")
    if code is None:
        payload.unmapped.append(country or "(no title)")
        return payload
    national: tuple[Step, str] | None = None
    regions: list[Region] = []
    seen: set[str] = set()
    context: list[str] = []  # the cards holding the level statements: where a call to leave would be
    for paragraph in root.xpath('//*[contains(@class, "panel-group")]//p'):
        statement = visible_text(paragraph).replace("\n", " ")
        stufe = _STUFE.search(statement)
        if not stufe or statement in seen:
            continue
        seen.add(statement)
        context += [visible_text(card) for card in paragraph.xpath('ancestor::div[contains(@class, "card")][1]')]
        step = SCALE.step(stufe.group(1))
        area = _AREA_LEAD.sub("", statement[stufe.end() :].strip(" !.:"))
        if _WHOLE.search(area) or not area:
            national = national or (step, statement.strip())
        else:
            regions.append(scaled_region(SCALE, area, step, statement))
    if national is None and not regions:
        number = _STUFE.search(sidebar)
        assert number is not None
        national = (SCALE.step(number.group(1)), f"Sicherheitsstufe {number.group(1)}")
    step, wording = national or (regional_only(), "")
    text = visible_text(root)
    payload.observed_on = date_after(text, "Stand")
    payload.advisories.append(
        scaled_advisory(
            SCALE,
            code,
            step,
            level_raw=wording or None,
            statement=" ".join([wording, *context]),
            regions=regions,
            issued_at=date_after(text, "gültig seit:") or payload.observed_on,
            source_url=page_url(root),
            destination_name=country,
        )
    )
    return payload


def page_urls(index: bytes) -> list[str]:
    """The country pages the travel-warning overview links to."""
    found = re.findall(rb"/reise-services/reiseinformation/land/([a-z0-9-]+)", index)
    return [PAGE_PREFIX + slug.decode() for slug in dict.fromkeys(found)]


register_source(
    OfficialSource(
        name="at",
        issuer="AT",
        title="Austria, BMEIA Reiseinformation (Sicherheitsstufen)",
        parser=parse_at,
        index=PageIndex(url=INDEX_URL, page_urls=page_urls, page_prefix=PAGE_PREFIX),
        levels=SCALE.levels(),
        licence="BMEIA Reiseinformation, © Bundesministerium für europäische und internationale Angelegenheiten; "
        "website terms.",
    )
)
