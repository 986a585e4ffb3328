"""Australia's Smartraveller `destinations-export`: no ISO codes, so destinations are matched by name
(falling back to the URL slug); regional advice is inside `field_advice_levels`, one "<level> <sentence>"
statement per level, joined with ", "."""

from __future__ import annotations

import re
from typing import Any

from travelrisk.geo.countries import resolve_names_in
from travelrisk.model import Region
from travelrisk.model.lexicon import LEVEL_DIRECTIVES
from travelrisk.sources.markup import clean_text, parse_date
from travelrisk.sources.payload import ParsedPayload, add_destination, load_json, normalised_advisory, require
from travelrisk.sources.registry import OfficialSource, register_source

EXPORT_URL = "https://www.smartraveller.gov.au/destinations-export"

_LEVELS = {
    "exercise normal safety precautions": 1,
    "exercise a high degree of caution": 2,
    "reconsider your need to travel": 3,
    "do not travel": 4,
}
_STATEMENT = re.compile(
    r"(?:^|,\s+)(Exercise normal safety precautions|Exercise a high degree of caution|"
    r"Reconsider your need to travel|Do not travel)\s+(?=\1)",
    re.IGNORECASE,
)
_LEVEL_PREFIX = re.compile(
    r"^(?:Exercise normal safety precautions|Exercise a high degree of caution|Reconsider your need to travel|"
    r"Do not travel)\s*(?:to:?|in:?)?\s*",
    re.IGNORECASE,
)
_AREA_END = re.compile(r"\s+due\s+to\b|\s+unless\b|\s+because\b|\.(?:\s|$)", re.IGNORECASE)


def _statements(advice_levels: str) -> list[tuple[int, str]]:
    """Split "Do not travel Do not travel to X due to ..., Reconsider ... Reconsider ... to Y" into (level, text)."""
    marks = list(_STATEMENT.finditer(advice_levels))
    out = []
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(advice_levels)
        out.append((_LEVELS[mark.group(1).lower()], advice_levels[mark.end() : end].strip()))
    return out


def _regions(statements: list[tuple[int, str]], destination: str) -> tuple[str, list[Region]]:
    """The national statement (naming the destination or "overall") and the regional ones."""
    national = ""
    regions: list[Region] = []
    own = set(resolve_names_in(destination))
    for level, text in statements:
        rest = _LEVEL_PREFIX.sub("", text, count=1)
        area = " ".join(_AREA_END.split(rest, maxsplit=1)[0].split()).strip(" ,.:")
        names_country = area and (set(resolve_names_in(area.split(" overall")[0])) & own) and len(area) < 80
        if not national and (" overall" in text or names_country or not area):
            national = text
            continue
        if area:
            regions.append(Region(name=area.rstrip(" ."), level=level, directive=LEVEL_DIRECTIVES[level]))
    return national, regions


def parse_au(data: bytes, name: str = "au") -> ParsedPayload:
    items = load_json(data, name)
    require(isinstance(items, list), name, "expected a JSON array of destinations")
    payload = ParsedPayload(source="au", issuer="AU", observed_on=None)
    for index, item in enumerate(items, 1):
        require(isinstance(item, dict), name, f"destination {index} is not an object")
        title = clean_text(str(item.get("title") or ""))
        require(bool(title), name, f"destination {index} has no title")
        level_raw = clean_text(str(item.get("field_overall_advice_level") or ""))
        level = _LEVELS.get(level_raw.lower())
        if level is None:
            payload.without_level.append(f"{title} ({level_raw or 'no level'})")
            continue
        advice_levels = clean_text(str(item.get("field_advice_levels") or ""))
        national, regions = _regions(_statements(advice_levels), title)
        summary = "\n".join(part for part in (national, clean_text(str(item.get("field_last_update") or ""))) if part)
        url = str(item.get("field_url") or "") or None
        issued = parse_date(item.get("changed"))
        name_for_match = re.sub(r"\s*\(.*?\)\s*", " ", title).strip()
        codes = tuple(resolve_names_in(name_for_match)) or _codes_from_url(url)

        def make(
            iso2: str,
            *,
            _r: str = level_raw,
            _l: int = level,
            _s: str = summary,
            _g: list[Region] = regions,
            _i: Any = issued,
            _u: str | None = url,
            _t: str = title,
        ) -> Any:
            return normalised_advisory(
                issuer="AU",
                subject=iso2,
                level=_l,
                level_raw=_r,
                summary=_s,
                regions=list(_g),
                issued_at=_i,
                source_url=_u,
                destination_name=_t,
            )

        add_destination(payload, title, make, codes=codes or None)
    payload.observed_on = max((a.issued_at for a in payload.advisories if a.issued_at), default=None)
    return payload


def _codes_from_url(url: str | None) -> tuple[str, ...]:
    if not url:
        return ()
    slug = url.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")
    return tuple(resolve_names_in(slug))


register_source(
    OfficialSource(
        name="au",
        issuer="AU",
        title="Australia Smartraveller",
        parser=parse_au,
        live_urls=(EXPORT_URL,),
        levels=_LEVELS,
        licence="Smartraveller destinations export, Commonwealth of Australia, CC BY 4.0.",
    )
)
