"""Denmark's rejsevejledninger (um.dk/rejse-og-ophold/rejse-til-udlandet/rejsevejledninger/<slug>): one advice
block per area, its severity in the CSS modifier `travel-guide-accordion__item--{minimal|low|medium|high}` and
its words beside it ("Vær ekstra forsigtig: Hele landet.").

minimal -> 1, low ("Vær ekstra forsigtig") -> 2, medium (ikke-nødvendige rejser frarådes) -> 3, high (alle
rejser frarådes) -> 4. "Hele landet" (the whole country) or "resten af landet" is national; other areas are
regional. "Vi har ingen rejsevejledning for X" means Denmark gives no advice for X: not rated, never level 1.
"""

from __future__ import annotations

import re

from travelrisk.geo.languages import resolve_in
from travelrisk.model import Region
from travelrisk.model.scales import SCALES, Step, regional_only
from travelrisk.sources.pages import date_after, first_text, has_class, load_page, page_url, visible_text
from travelrisk.sources.payload import ParsedPayload, require, scaled_advisory, scaled_region
from travelrisk.sources.registry import OfficialSource, PageIndex, register_source

SCALE = SCALES["DK"]
SITE = "https://um.dk"
INDEX_URL = SITE + "/rejse-og-ophold/rejse-til-udlandet/rejsevejledninger"
PAGE_PREFIX = INDEX_URL + "/"
_SEVERITY = re.compile(r"travel-guide-accordion__item--(minimal|low|medium|high)\b")
_WHOLE = re.compile(r"^(?:hele\s+landet|resten\s+af\s+landet)\b", re.IGNORECASE)
_NO_ADVICE_FOR = re.compile(r"\bingen\s+rejsevejledning\s+for\s+(?P<country>.+?)\s*$", re.IGNORECASE)


def parse_dk(data: bytes, name: str = "dk") -> ParsedPayload:
    root = load_page(data, name)
    heading = first_text(root, "//h1")
    require(bool(heading), name, "not a um.dk travel guide (no heading)")
    payload = ParsedPayload(source="dk", issuer="DK", observed_on=None, items=1)
    if SCALE.not_rated and SCALE.not_rated.search(heading):
        no_advice = _NO_ADVICE_FOR.search(heading)
        country = no_advice.group("country") if no_advice else heading
        if resolve_in(country, "da") is None:
            payload.unmapped.append(country)
        else:
            payload.without_level.append(f"{country} (Denmark publishes no travel advice for it: not rated)")
        return payload
    code = resolve_in(heading, "da")
    if code is None:
        payload.unmapped.append(heading)
        return payload
    national: tuple[Step, str] | None = None
    regions: list[Region] = []
    for item in root.xpath('//li[contains(@class, "travel-guide-accordion__item--")]'):
        severity = _SEVERITY.search(str(item.get("class") or ""))
        if severity is None:
            continue
        step = SCALE.step(severity.group(1))
        title = first_text(item, f".//*[{has_class('travel-guide-accordion__title')}]")
        area = first_text(item, f".//*[{has_class('travel-guide-accordion__subtitle')}]")
        wording = f"{title} {area}".strip()
        if national is None and (_WHOLE.match(area) or not area):
            national = (step, wording)
        else:
            regions.append(scaled_region(SCALE, area or title, step, visible_text(item)))
    require(national is not None or bool(regions), name, "a um.dk travel guide without advice blocks")
    step, wording = national or (regional_only(), "")
    text = visible_text(root)
    payload.observed_on = date_after(text, "Gyldig:")
    payload.advisories.append(
        scaled_advisory(
            SCALE,
            code,
            step,
            level_raw=wording or None,
            statement=wording,
            regions=regions,
            issued_at=date_after(text, "opdateret:") or payload.observed_on,
            source_url=page_url(root),
            destination_name=heading,
        )
    )
    return payload


def page_urls(index: bytes) -> list[str]:
    found = re.findall(rb"/rejse-og-ophold/rejse-til-udlandet/rejsevejledninger/([a-z0-9-]+)", index)
    return [PAGE_PREFIX + slug.decode() for slug in dict.fromkeys(found)]


register_source(
    OfficialSource(
        name="dk",
        issuer="DK",
        title="Denmark, Udenrigsministeriet (rejsevejledninger)",
        parser=parse_dk,
        index=PageIndex(url=INDEX_URL, page_urls=page_urls, page_prefix=PAGE_PREFIX),
        levels=SCALE.levels(),
        licence="Rejsevejledninger, © Udenrigsministeriet (Ministry of Foreign Affairs of Denmark); site terms.",
    )
)
