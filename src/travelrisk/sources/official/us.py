"""US State Department: the `TAsTWs.xml` RSS feed and the `cadataapi` JSON.

Country tags are FIPS 10-4 based, not ISO ("BO" is Belarus); titles vary ("Mexico Travel Advisory -
Level 2: ...", "Mainland China, Hong Kong & Macau - See Summaries - Level 2: ..."). The title's name is
matched first and the tag is the fallback, because the Department's tags deviate from FIPS in places.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from lxml import html as lxml_html

from travelrisk.errors import InputError
from travelrisk.geo.countries import resolve_names_in, us_state_tags
from travelrisk.model import Region
from travelrisk.model.lexicon import LEVEL_DIRECTIVES
from travelrisk.sources.markup import html_to_text, parse_date
from travelrisk.sources.payload import (
    ParsedPayload,
    add_destination,
    load_json,
    merge_duplicates,
    normalised_advisory,
    require,
)
from travelrisk.sources.registry import OfficialSource, register_source

RSS_URL = "https://travel.state.gov/_res/rss/TAsTWs.xml"
JSON_URL = "https://cadataapi.state.gov/api/TravelAdvisories"

_TITLE_TAIL = re.compile(
    r"\s*-\s*(?:See (?:Individual )?Summaries\s*-\s*)?Level\s*[1-4].*$|\s+Travel Advisory\b.*$|\s*-\s*See .*$",
    re.IGNORECASE,
)
_REGION_HEADINGS = re.compile(
    r"^(Do Not Travel|Reconsider Travel|Exercise Increased Caution)\s+(?:to|in)\s*:?\s*$", re.IGNORECASE
)
_HEADING_LEVELS = {"do not travel": 4, "reconsider travel": 3, "exercise increased caution": 2}


def destination_from_title(title: str) -> str:
    return _TITLE_TAIL.sub("", title).strip(" -")


def _codes(name: str, tags: list[str]) -> tuple[str, ...] | None:
    """ISO codes for an item: by its name when the name is a country, else by its Country-Tag(s)."""
    by_name = resolve_names_in(name)
    if len(by_name) == 1:
        return tuple(by_name)
    table = us_state_tags()
    by_tag = tuple(iso for tag in tags for iso in table.get(tag.strip().upper(), ()))
    return by_tag or (tuple(by_name) if by_name else None)


def regions_from_description(description_html: str) -> list[Region]:
    """Regional advice: items of the lists under "Do Not Travel to:" / "Reconsider Travel to:" headings."""
    if not description_html.strip():
        return []
    try:
        root = lxml_html.fragment_fromstring(description_html, create_parent="div")
    except (ValueError, lxml_html.etree.ParserError):
        return []
    regions: list[Region] = []
    current: int | None = None
    for element in root.iter("p", "ul", "h3", "h4"):
        text = " ".join(element.text_content().split())
        if element.tag != "ul":
            heading = _REGION_HEADINGS.match(text)
            current = _HEADING_LEVELS[heading.group(1).lower()] if heading else None
            continue
        if current is None:
            continue
        for item in element.iter("li"):
            name = " ".join(item.text_content().split())
            name = re.split(r"\s+due\s+to\b", name, maxsplit=1)[0].strip(" .;:")
            name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
            if name:
                regions.append(Region(name=name, level=current, directive=LEVEL_DIRECTIVES[current]))
        current = None
    return regions


def national_part(summary: str) -> str:
    """The description up to its first regional list: the reasons stated there are the national ones."""
    lines = summary.splitlines()
    for index, line in enumerate(lines):
        if _REGION_HEADINGS.match(line.strip()):
            return "\n".join(lines[:index])
    return summary


def parse_us_rss(data: bytes, name: str = "us-rss") -> ParsedPayload:
    if not data.strip():
        raise InputError(name, "empty file")
    if b"<!ENTITY" in data[:65536]:
        # No real feed declares entities; entity expansion is how XML bombs work.
        raise InputError(name, "XML entity declarations are not allowed (possible XML bomb)")
    import feedparser  # here, not at import: every picture loads the source registry, few parse RSS

    feed = feedparser.parse(data)
    if not feed.entries:
        problem = feed.get("bozo_exception")
        raise InputError(name, f"no RSS items found{f' ({problem})' if problem else ''}")
    observed = parse_date(feed.feed.get("published") or feed.feed.get("updated"))
    payload = ParsedPayload(source="us-rss", issuer="US", observed_on=observed)
    for index, entry in enumerate(feed.entries, 1):
        title = (entry.get("title") or "").strip()
        if not title:
            raise InputError(name, f"item {index} has no title")
        # A truncated feed can leave a tag without its term (None): such tags say nothing.
        tags = [t.get("term") or "" for t in entry.get("tags", []) if t.get("scheme") == "Country-Tag"]
        identifier = entry.get("dc_identifier") or ""
        if not tags and identifier:
            tags = [identifier.split(",")[0]]
        threat = next((t.get("term") or "" for t in entry.get("tags", []) if t.get("scheme") == "Threat-Level"), "")
        description = entry.get("summary", "") or ""
        destination = destination_from_title(title)
        level_raw = threat or title
        summary = html_to_text(description)

        def make(
            iso2: str,
            *,
            _d: str = destination,
            _raw: str = level_raw,
            _s: str = summary,
            _html: str = description,
            _e: dict[str, Any] = entry,
        ) -> object:
            return normalised_advisory(
                issuer="US",
                subject=iso2,
                level_raw=_raw,
                summary=national_part(_s),
                regions=regions_from_description(_html),
                issued_at=parse_date(_e.get("published")),
                source_url=_e.get("link"),
                destination_name=_d,
            )

        add_destination(payload, destination, make, codes=_codes(destination, tags))
    merge_duplicates(payload)
    if payload.observed_on is None:
        payload.observed_on = max((a.issued_at for a in payload.advisories if a.issued_at), default=None)
    return payload


def parse_us_json(data: bytes, name: str = "us-json") -> ParsedPayload:
    items = load_json(data, name)
    require(isinstance(items, list), name, "expected a JSON array of advisories")
    payload = ParsedPayload(source="us-json", issuer="US", observed_on=None)
    for index, item in enumerate(items, 1):
        require(isinstance(item, dict), name, f"item {index} is not an object")
        title = item.get("Title")
        require(isinstance(title, str) and bool(title.strip()), name, f"item {index} has no Title")
        categories = item.get("Category") or []
        require(isinstance(categories, list), name, f"item {index}: Category is not a list")
        destination = destination_from_title(title)
        summary = html_to_text(str(item.get("Summary") or ""))
        issued = parse_date(item.get("Updated") or item.get("Published"))

        def make(
            iso2: str,
            *,
            _d: str = destination,
            _t: str = title,
            _s: str = summary,
            _i: dt.date | None = issued,
            _item: dict[str, Any] = item,
        ) -> object:
            return normalised_advisory(
                issuer="US",
                subject=iso2,
                level_raw=_t.split(" - ")[-1],
                summary=national_part(_s),
                issued_at=_i,
                regions=regions_from_description(str(_item.get("Summary") or "")),
                source_url=_item.get("Link"),
                destination_name=_d,
            )

        add_destination(payload, destination, make, codes=_codes(destination, [str(c) for c in categories]))
    merge_duplicates(payload)
    payload.observed_on = max((a.issued_at for a in payload.advisories if a.issued_at), default=None)
    return payload


US_LEVELS = {
    "Level 1: Exercise Normal Precautions": 1,
    "Level 2: Exercise Increased Caution": 2,
    "Level 3: Reconsider Travel": 3,
    "Level 4: Do Not Travel": 4,
}
US_LICENCE = "US State Department travel advisories: a work of the US government, public domain."

register_source(
    OfficialSource(
        name="us-rss",
        issuer="US",
        title="US State Department RSS",
        parser=parse_us_rss,
        live_urls=(RSS_URL,),
        levels=US_LEVELS,
        licence=US_LICENCE,
    )
)
register_source(
    OfficialSource(
        name="us-json",
        issuer="US",
        title="US State Department cadataapi",
        parser=parse_us_json,
        live_urls=(JSON_URL,),
        levels=US_LEVELS,
        licence=US_LICENCE,
    )
)
