"""Ireland's live travel-advice pages (ireland.ie/en/dfa/overseas-travel/advice/<slug>/): the "Security Status"
block, `div.accordion_travel.<status>` with its title ("High Degree of Caution") and explanation ("This is level
two of four ratings"). The archived daily summaries stay available through the `archive` source.

Normal Precautions -> 1, High Degree of Caution -> 2, Avoid Non-Essential Travel -> 3, Do Not Travel -> 4.
Further status blocks on a page name regional levels.
"""

from __future__ import annotations

import re

from travelrisk.geo.countries import resolve_name
from travelrisk.model import Region
from travelrisk.model.scales import SCALES, Step
from travelrisk.sources.pages import date_after, first_text, has_class, load_page, page_url, visible_text
from travelrisk.sources.payload import ParsedPayload, require, scaled_advisory, scaled_region
from travelrisk.sources.registry import OfficialSource, PageIndex, register_source

SCALE = SCALES["IE"]
SITE = "https://www.ireland.ie"
INDEX_URL = SITE + "/en/dfa/overseas-travel/advice/"


def parse_ie(data: bytes, name: str = "ie") -> ParsedPayload:
    root = load_page(data, name)
    blocks = root.xpath(f"//div[{has_class('accordion_travel')}]")
    require(bool(blocks), name, 'not an ireland.ie travel-advice page (no "Security Status" block)')
    country = first_text(root, "//h1")
    payload = ParsedPayload(source="ie", issuer="IE", observed_on=None, items=1)
    code = resolve_name(country)
    if code is None:
        payload.unmapped.append(country or "(no title)")
        return payload
    national: tuple[Step, str, str] | None = None
    regions: list[Region] = []
    for block in blocks:
        title = first_text(block, f".//*[{has_class('accordion__title')}]")
        found = SCALE.strongest_in(title)
        if found is None:
            continue
        body = first_text(block, f".//*[{has_class('accordion__content')}]")
        if national is None:
            national = (found[0], title, body)
        else:
            area = re.split(r"[.:]", body, maxsplit=1)[0]
            regions.append(scaled_region(SCALE, area or title, found[0], body))
    if national is None:
        payload.without_level.append(f"{country} (no security status)")
        return payload
    step, title, body = national
    text = visible_text(root)
    payload.observed_on = date_after(text, "Still current at:")
    payload.advisories.append(
        scaled_advisory(
            SCALE,
            code,
            step,
            level_raw=title,
            statement=body,
            summary=body,
            regions=regions,
            issued_at=date_after(text, "Updated on:") or payload.observed_on,
            source_url=page_url(root),
            destination_name=country,
        )
    )
    return payload


def page_urls(index: bytes) -> list[str]:
    found = re.findall(rb"/en/dfa/overseas-travel/advice/([a-z0-9-]+)/", index)
    return [f"{INDEX_URL}{slug.decode()}/" for slug in dict.fromkeys(found)]


register_source(
    OfficialSource(
        name="ie",
        issuer="IE",
        title="Ireland, Department of Foreign Affairs (live travel-advice pages)",
        parser=parse_ie,
        index=PageIndex(url=INDEX_URL, page_urls=page_urls, page_prefix=INDEX_URL),
        levels=SCALE.levels(),
        licence="Travel advice, © Department of Foreign Affairs, Ireland (ireland.ie); not published as open data.",
    )
)
