"""UK FCDO travel advice through the GOV.UK Content API.

Accepts a per-country page (`/api/content/foreign-travel-advice/<slug>`), a JSON object of such pages
keyed by slug, or the index (`/api/content/foreign-travel-advice`, which carries no `alert_status`: its
entries are used only to list the countries and their pages' URLs).
`alert_status`: [] -> 1; all-but-essential to the whole country -> 3; all travel to the whole country -> 4;
`*_to_parts` -> the named areas become regional entries at 3/4; with no whole-country status beside them the
national level is 2 (the FCDO states no level for the rest of the country: docs/levels.md), never 1.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import html as lxml_html

from travelrisk.errors import InputError
from travelrisk.model import Region
from travelrisk.model.lexicon import LEVEL_DIRECTIVES
from travelrisk.model.scales import REGIONAL_ONLY_LEVEL
from travelrisk.sources.markup import html_to_text, parse_date
from travelrisk.sources.payload import ParsedPayload, add_destination, load_json, normalised_advisory, require
from travelrisk.sources.registry import OfficialSource, PageIndex, register_source

INDEX_URL = "https://www.gov.uk/api/content/foreign-travel-advice"
PAGE_URL = "https://www.gov.uk/api/content/foreign-travel-advice/{slug}"

_WHOLE = {"avoid_all_travel_to_whole_country": 4, "avoid_all_but_essential_travel_to_whole_country": 3}
_PARTS = {"avoid_all_travel_to_parts": 4, "avoid_all_but_essential_travel_to_parts": 3}
_WORDING = {
    4: "FCDO advises against all travel",
    3: "FCDO advises against all but essential travel",
    REGIONAL_ONLY_LEVEL: "FCDO advises against travel to parts of the country only",
    1: "No FCDO advice against travel",
}


def _regions_from_parts(parts: list[Any], statuses: list[str]) -> list[Region]:
    """Named areas under the "Areas where FCDO advises against (all but essential) travel" headings."""
    regions: list[Region] = []
    for part in parts:
        if not isinstance(part, dict) or part.get("slug") != "warnings-and-insurance":
            continue
        body = str(part.get("body") or "")
        if not body.strip():
            continue
        root = lxml_html.fragment_fromstring(body, create_parent="div")
        level: int | None = None
        for element in root.iter("h2", "h3"):
            text = " ".join(element.text_content().split())
            if element.tag == "h2":
                lowered = text.lower()
                if "all but essential" in lowered:
                    level = 3
                elif "advises against" in lowered and "travel" in lowered:
                    level = 4
                else:
                    level = None
            elif level is not None and text.strip(" :"):
                regions.append(Region(name=text.strip(" :"), level=level, directive=LEVEL_DIRECTIVES[level]))
    if not regions:
        # No page text in the payload: record that parts of the country are affected, at which level.
        for status in statuses:
            if status in _PARTS:
                level = _PARTS[status]
                regions.append(Region(name="parts of the country", level=level, directive=LEVEL_DIRECTIVES[level]))
    return regions


def _page_to_advisory(page: dict[str, Any], payload: ParsedPayload, name: str) -> None:
    details = page.get("details")
    if not isinstance(details, dict):
        raise InputError(name, f"page {page.get('base_path', '?')} has no details object")
    statuses = details.get("alert_status")
    if not isinstance(statuses, list):
        raise InputError(name, f"page {page.get('base_path', '?')} has no alert_status list")
    unknown = [s for s in statuses if s not in _WHOLE and s not in _PARTS]
    require(not unknown, name, f"unknown alert_status {unknown!r}")
    country = details.get("country") or {}
    destination = str(country.get("name") or page.get("title", "").replace(" travel advice", ""))
    parts_only = any(s in _PARTS for s in statuses) and not any(s in _WHOLE for s in statuses)
    # Advice against parts of a country says nothing about the rest of it: not level 1 ("no advice against travel").
    level = max((_WHOLE[s] for s in statuses if s in _WHOLE), default=REGIONAL_ONLY_LEVEL if parts_only else 1)
    regions = _regions_from_parts(details.get("parts") or [], statuses)
    summary = " ".join(
        html_to_text(str(p.get("body") or ""))
        for p in details.get("parts") or []
        if isinstance(p, dict) and p.get("slug") == "warnings-and-insurance"
    )
    level_raw = _WORDING.get(level, "")
    if any(s in _PARTS for s in statuses):
        level_raw += " (parts: " + ", ".join(s.replace("_", " ") for s in statuses if s in _PARTS) + ")"
    base_path = str(page.get("base_path") or "")
    issued = parse_date(page.get("public_updated_at") or details.get("updated_at"))
    add_destination(
        payload,
        destination,
        lambda iso2: normalised_advisory(
            issuer="GB",
            subject=iso2,
            level=level,
            level_raw=level_raw,
            summary=summary,
            regions=regions,
            issued_at=issued,
            source_url=f"https://www.gov.uk{base_path}" if base_path else None,
            destination_name=destination,
        ),
    )


def parse_uk(data: bytes, name: str = "uk") -> ParsedPayload:
    document = load_json(data, name)
    require(isinstance(document, dict), name, "expected a JSON object (a GOV.UK Content API page or index)")
    payload = ParsedPayload(source="uk", issuer="GB", observed_on=None)
    if document.get("schema_name") == "travel_advice_index" or (
        "links" in document and "children" in (document.get("links") or {})
    ):
        # The index has no alert_status: it names the pages to fetch, it states no levels.
        children = (document.get("links") or {}).get("children")
        if not isinstance(children, list):
            raise InputError(name, "index without links.children")
        for child in children:
            title = str((child.get("details") or {}).get("country", {}).get("name") or child.get("title", ""))
            payload.without_level.append(title)
        return payload
    pages: list[dict[str, Any]]
    if "details" in document:
        pages = [document]
    else:
        pages = list(document.values())
        require(all(isinstance(p, dict) for p in pages), name, "expected an object of pages keyed by slug")
        require(bool(pages), name, "no pages in the file")
    for page in pages:
        _page_to_advisory(page, payload, name)
    dates = [parse_date(p.get("updated_at") or (p.get("details") or {}).get("updated_at")) for p in pages]
    payload.observed_on = max((d for d in dates if d), default=None)
    return payload


def page_urls(data: bytes) -> list[str]:
    """The URL of every country page the index lists."""
    return [PAGE_URL.format(slug=slug) for slug in slugs_from_index(data, INDEX_URL)]


def slugs_from_index(data: bytes, name: str = "uk-index") -> list[str]:
    """Country slugs listed by the index, for fetching each page."""
    document = load_json(data, name)
    try:
        children = document["links"]["children"]
    except (KeyError, TypeError) as exc:
        raise InputError(name, "index without links.children") from exc
    slugs = []
    for child in children:
        base_path = str(child.get("base_path") or "")
        match = re.match(r"^/foreign-travel-advice/([\w-]+)$", base_path)
        if match:
            slugs.append(match.group(1))
    return slugs


register_source(
    OfficialSource(
        name="uk",
        issuer="GB",
        title="UK FCDO (GOV.UK Content API)",
        parser=parse_uk,
        index=PageIndex(url=INDEX_URL, page_urls=page_urls, page_prefix=PAGE_URL.removesuffix("{slug}")),
        levels={
            "[] (no advice against travel)": 1,
            **_WHOLE,
            **{f"{k} (regional entries)": v for k, v in _PARTS.items()},
        },
        licence="GOV.UK foreign travel advice, Crown copyright, Open Government Licence v3.0.",
    )
)
