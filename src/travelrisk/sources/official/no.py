"""Norway's reiseinformasjon (regjeringen.no/.../velg-land/reiseinfo_<slug>/id<N>/): a "Reiseadvarsel for X"
fact box when the ministry advises against travel, and the RSS of recently changed pages (which carries no
level: its items are counted as without level).

"Utenriksdepartementet fraråder alle reiser til X" -> 4 (with "oppfordres til å forlate landet",
`leave_immediately`); "fraråder reiser som ikke er strengt nødvendige" -> 3; a page without a Reiseadvarsel -> 1.
A Reiseadvarsel naming an area rather than the country is a regional entry.
"""

from __future__ import annotations

import re

from travelrisk.errors import InputError
from travelrisk.geo.languages import resolve_in
from travelrisk.model import Region
from travelrisk.model.scales import SCALES, Step, regional_only
from travelrisk.sources.pages import date_after, decode, first_text, has_class, load_page, page_url, visible_text
from travelrisk.sources.payload import ParsedPayload, require, scaled_advisory, scaled_region
from travelrisk.sources.registry import OfficialSource, PageIndex, register_source

SCALE = SCALES["NO"]
SITE = "https://www.regjeringen.no"
INDEX_URL = SITE + "/no/tema/utenrikssaker/reiseinformasjon/velg-land/"
_AREA = re.compile(r"\breiser\s+(?:som\s+ikke\s+er\s+(?:strengt\s+)?nødvendige\s+)?til\s+(?P<area>.+?)\s*\.?$", re.I)
_TITLE_TAIL = re.compile(r"\s*[-–]\s*reiseinformasjon.*$", re.I)


def _parse_feed(data: bytes, name: str) -> ParsedPayload:
    if b"<!ENTITY" in data[:65536]:
        raise InputError(name, "XML entity declarations are not allowed (possible XML bomb)")
    import feedparser  # here, not at import: every picture loads the source registry, few parse RSS

    feed = feedparser.parse(data)
    require(bool(feed.entries), name, "no RSS items")
    payload = ParsedPayload(source="no", issuer="NO", observed_on=None)
    for entry in feed.entries:
        payload.items += 1
        title = _TITLE_TAIL.sub("", str(entry.get("title") or "")).strip() or "(untitled item)"
        payload.without_level.append(f"{title} (changed page; the feed states no level)")
    return payload


def parse_no(data: bytes, name: str = "no") -> ParsedPayload:
    text = decode(data, name)
    if re.match(r"\s*(?:<\?xml[^>]*>\s*)?<rss\b", text):
        return _parse_feed(data, name)
    root = load_page(data, name)
    heading = first_text(root, "//h1")
    require("reiseinformasjon" in heading.lower(), name, "not a regjeringen.no reiseinformasjon page")
    country = _TITLE_TAIL.sub("", heading).strip()
    payload = ParsedPayload(source="no", issuer="NO", observed_on=None, items=1)
    code = resolve_in(country, "nb")
    if code is None:
        payload.unmapped.append(country)
        return payload
    national: tuple[Step, str] | None = None
    regions: list[Region] = []
    warnings = [
        box
        for box in root.xpath(f"//*[{has_class('factbox')}]")
        if first_text(box, f".//*[{has_class('factbox-title')}]").startswith("Reiseadvarsel")
    ]
    statement = " ".join(visible_text(box).replace("\n", " ") for box in warnings)
    for box in warnings:
        for sentence in re.split(r"(?<=[.!])\s+", first_text(box, f".//*[{has_class('factbox-content')}]")):
            found = SCALE.strongest_in(sentence)
            if found is None:
                continue
            area = _AREA.search(sentence)
            if area is None or resolve_in(area.group("area"), "nb") == code:
                national = national or (found[0], sentence)
            else:
                regions.append(scaled_region(SCALE, area.group("area"), found[0], statement))
    if national is None:
        national = (regional_only(), "") if regions else (SCALE.step("none"), "")
    step, wording = national
    page_text = visible_text(root)
    payload.observed_on = date_after(page_text, "Sist oppdatert:")
    warned_on = date_after(statement, "SIST OPPDATERT:")
    payload.advisories.append(
        scaled_advisory(
            SCALE,
            code,
            step,
            level_raw=wording or None,
            statement=statement,
            summary=statement,
            regions=regions,
            issued_at=warned_on or payload.observed_on,
            source_url=page_url(root),
            destination_name=country,
        )
    )
    return payload


def page_urls(index: bytes) -> list[str]:
    """The country pages the "velg land" index (or the RSS of changes) links to."""
    found = re.findall(rb"/no/tema/utenrikssaker/reiseinformasjon/velg-land/(reiseinfo_[\w-]+/id\d+)/", index)
    return [f"{INDEX_URL}{path.decode()}/" for path in dict.fromkeys(found)]


register_source(
    OfficialSource(
        name="no",
        issuer="NO",
        title="Norway, Utenriksdepartementet (reiseinformasjon)",
        parser=parse_no,
        index=PageIndex(url=INDEX_URL, page_urls=page_urls, page_prefix=INDEX_URL + "reiseinfo_"),
        levels=SCALE.levels(),
        licence="Reiseinformasjon, © Utenriksdepartementet (regjeringen.no); site terms.",
    )
)
