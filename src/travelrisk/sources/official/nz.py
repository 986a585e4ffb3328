"""New Zealand's SafeTravel: the destinations listing (`/destinations` embeds every destination's
`adviceLevel` as JSON in `<div id="js-country-listing" data-content="...">`; the listing entries as JSON are
read too) and the destination pages (`/destinations/<slug>`, whose `js-advice-level-accordion` names the
national level and any regional ones).

`adviceLevel`: normal/low -> 1, medium -> 2, high -> 3, avoid -> 4. The listing has no regional levels; the
pages do ("Do not travel to the X region").
"""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import html as lxml_html

from travelrisk.errors import InputError
from travelrisk.geo.countries import resolve_name
from travelrisk.model import Region
from travelrisk.model.scales import SCALES, Step
from travelrisk.sources.pages import decode, find_date, first_text, fragment_text, load_page
from travelrisk.sources.payload import ParsedPayload, load_json, require, scaled_advisory, scaled_region
from travelrisk.sources.registry import OfficialSource, register_source

SCALE = SCALES["NZ"]
SITE = "https://www.safetravel.govt.nz"
LISTING_URL = SITE + "/destinations"


def _embedded(root: lxml_html.HtmlElement, element_id: str, name: str) -> Any:
    found = root.xpath(f'//*[@id="{element_id}"]/@data-content')
    if not found:
        return None
    try:
        return json.loads(str(found[0]))
    except (ValueError, RecursionError) as exc:
        raise InputError(name, f"the {element_id} data is not valid JSON ({exc})") from exc


def _listing_entries(document: Any) -> list[Any] | None:
    """The destination entries in a listing blob, whatever object wraps them."""
    if isinstance(document, list) and any(isinstance(e, dict) and "adviceLevel" in e for e in document):
        return document
    if isinstance(document, dict):
        for value in document.values():
            if (found := _listing_entries(value)) is not None:
                return found
    return None


def _parse_listing(entries: list[Any], name: str, fetched: Any = None) -> ParsedPayload:
    payload = ParsedPayload(source="nz", issuer="NZ", observed_on=find_date(str(fetched or "")))
    for index, entry in enumerate(entries, 1):
        require(isinstance(entry, dict), name, f"destination {index} is not an object")
        link = entry.get("link") if isinstance(entry.get("link"), dict) else {}
        title = str(link.get("title") or entry.get("code") or f"destination {index}")
        code = str(entry.get("code") or "").upper()
        payload.items += 1
        if not re.fullmatch(r"[A-Z]{2}", code):
            payload.unmapped.append(title)
            continue
        try:
            step = SCALE.step(entry.get("adviceLevel"))
        except KeyError:
            payload.without_level.append(f"{title} (adviceLevel {entry.get('adviceLevel')!r})")
            continue
        href = str(link.get("href") or "")
        payload.advisories.append(
            scaled_advisory(
                SCALE,
                code,
                step,
                issued_at=find_date(str(entry.get("updatedDate") or "")),
                source_url=SITE + href if href.startswith("/") else None,
                destination_name=title,
            )
        )
    if payload.observed_on is None:
        payload.observed_on = max((a.issued_at for a in payload.advisories if a.issued_at), default=None)
    return payload


def _parse_page(root: lxml_html.HtmlElement, items: list[Any], name: str) -> ParsedPayload:
    """One destination page: the first accordion item is the national level, the others regional ones."""
    country = first_text(root, "//h1") or first_text(root, "//title")
    payload = ParsedPayload(source="nz", issuer="NZ", observed_on=None, items=1)
    code = resolve_name(country)
    if code is None:
        payload.unmapped.append(country or "(no title)")
        return payload
    national: tuple[Step, dict[str, Any]] | None = None
    regions: list[Region] = []
    for item in items:
        require(isinstance(item, dict), name, "an advice-level item is not an object")
        try:
            step = SCALE.step(item.get("level"))
        except KeyError:
            continue
        subtitle = " ".join(str(item.get("subtitle") or "").split())
        area = re.sub(r"^(?:in|to)\s+(?:the\s+)?", "", subtitle, flags=re.IGNORECASE)
        whole = re.sub(r"^(?:the\s+)?rest\s+of\s+|\s+overall$", "", area, flags=re.IGNORECASE)
        if national is None and (not area or resolve_name(whole) == code):
            national = (step, item)
        else:
            regions.append(
                scaled_region(
                    SCALE, area or str(item.get("title") or ""), step, fragment_text(str(item.get("body") or ""))
                )
            )
    if national is None:
        payload.without_level.append(f"{country} (no national advice level on the page)")
        return payload
    step, item = national
    body = fragment_text(str(item.get("body") or ""))
    payload.observed_on = find_date(str(item.get("stillCurrentAt") or ""))
    payload.advisories.append(
        scaled_advisory(
            SCALE,
            code,
            step,
            level_raw=str(item.get("title") or step.wording),
            statement=body,
            summary=body,
            regions=regions,
            issued_at=find_date(str(item.get("lastUpdated") or "")),
            source_url=f"{LISTING_URL}/{re.sub(r'[^a-z0-9]+', '-', country.lower()).strip('-')}",
            destination_name=country,
        )
    )
    return payload


def parse_nz(data: bytes, name: str = "nz") -> ParsedPayload:
    start = decode(data, name).lstrip()[:1]
    if start in ("{", "["):
        document = load_json(data, name)
        entries = _listing_entries(document)
        require(entries is not None, name, "no destination entries with an adviceLevel")
        fetched = document.get("fetchedAt") if isinstance(document, dict) else None
        return _parse_listing(entries or [], name, fetched)
    root = load_page(data, name)
    listing = _embedded(root, "js-country-listing", name)
    if listing is not None:
        entries = _listing_entries(listing)
        require(entries is not None, name, "the destinations listing has no entries with an adviceLevel")
        return _parse_listing(entries or [], name)
    levels = _embedded(root, "js-advice-level-accordion", name)
    require(isinstance(levels, list) and bool(levels), name, "neither a destinations listing nor an advice level")
    return _parse_page(root, levels, name)


register_source(
    OfficialSource(
        name="nz",
        issuer="NZ",
        title="New Zealand, MFAT SafeTravel (destinations listing)",
        parser=parse_nz,
        live_urls=(LISTING_URL,),
        levels=SCALE.levels(),
        licence="SafeTravel, © New Zealand Ministry of Foreign Affairs and Trade (Crown copyright); text under "
        "CC BY 4.0 per safetravel.govt.nz/copyright. Attribution: SafeTravel (MFAT).",
    )
)
