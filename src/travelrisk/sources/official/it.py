"""Italy's Viaggiare Sicuri country sheets (Farnesina): `/schede_paese/<ISO3>.json`, the security text split
into sections (`infoSicurezza.nodi`: Indicazioni generali, Aree di particolare cautela, Avvertenze, ...).

There is no level field: the level is read from Italy's own sentences. "sconsigliati i viaggi a qualsiasi
titolo" / "non recarsi" -> 4; "viaggi non essenziali" / "rinviare i viaggi" -> 3, in the general sections. The
"Aree di particolare cautela" section names areas ("massima prudenza ... nei distretti ...") as regional
entries; with areas and no national statement the rest of the country is 2 (doctrine), worded by the sheet's
own highlight of those areas; with neither, 1. The sheet names no country: the ISO3 code comes from the sheet's
address (`.../NPL.json`), else from the capital it lists.
"""

from __future__ import annotations

import re
from typing import Any

import pycountry

from travelrisk.geo.countries import country_name
from travelrisk.geo.languages import iso2_for_capital, iso2_for_iso3
from travelrisk.model import Region
from travelrisk.model.scales import SCALES, Step, regional_only
from travelrisk.sources.markup import parse_date
from travelrisk.sources.pages import fragment_text
from travelrisk.sources.payload import ParsedPayload, load_json, require, scaled_advisory, scaled_region
from travelrisk.sources.registry import OfficialSource, register_source

SCALE = SCALES["IT"]
SHEET_URL = "https://www.viaggiaresicuri.it/schede_paese/{iso3}.json"
_AREAS_NODE = "Aree-di-particolare-cautela"
_AREA = re.compile(
    r"\b(?:viaggi|recarsi|spostamenti|soggiorni)\s+(?:\w+\s+){0,3}?(?:in|nei|nella|nelle|nel|negli|verso|a|al|alle)\s+(?P<area>.+?)\s*\.?$"
    r"|\b(?:nei|nella|nelle|nel|negli)\s+(?P<place>.+?)\s*\.?$",
    re.IGNORECASE,
)


def _nodes(document: dict[str, Any], section: str) -> dict[str, str]:
    nodes = (document.get(section) or {}).get("nodi") if isinstance(document.get(section), dict) else None
    if not isinstance(nodes, dict):
        return {}
    return {
        key: fragment_text(str(node.get("contenuto") or "")) for key, node in nodes.items() if isinstance(node, dict)
    }


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!;])\s+|\n", text) if s.strip()]


def _country(document: dict[str, Any], name: str) -> tuple[str | None, str]:
    iso3 = re.search(r"\b([A-Z]{3})\.json\b", name)
    if iso3 and (code := iso2_for_iso3(iso3.group(1))):
        return code, iso3.group(1)
    facts = _nodes(document, "infoGenerali").get("Dati-paese", "")
    capital = re.search(r"CAPITALE\s*:\s*([^\n(;]+)", facts, re.IGNORECASE)
    return (iso2_for_capital(capital.group(1).strip()) if capital else None), ""


def parse_it(data: bytes, name: str = "it") -> ParsedPayload:
    document = load_json(data, name)
    require(isinstance(document, dict) and isinstance(document.get("infoSicurezza"), dict), name, "no infoSicurezza")
    security = _nodes(document, "infoSicurezza")
    require(bool(security), name, "infoSicurezza has no sections")
    code, iso3 = _country(document, name)
    payload = ParsedPayload(source="it", issuer="IT", observed_on=parse_date(document.get("updateDate")), items=1)
    if code is None:
        payload.unmapped.append(f"{name} (no ISO3 in the address and no known capital in the sheet)")
        return payload
    national: tuple[Step, str] | None = None
    for key, text in security.items():
        if key == _AREAS_NODE:
            continue
        for sentence in _sentences(text):
            found = SCALE.strongest_in(sentence)
            if found and found[0].level >= 3 and (national is None or found[0].level > national[0].level):
                national = (found[0], sentence)
    regions: list[Region] = []
    for sentence in _sentences(security.get(_AREAS_NODE, "")):
        found = SCALE.strongest_in(sentence)
        area = _AREA.search(sentence)
        if found and area:
            regions.append(scaled_region(SCALE, area.group("area") or area.group("place"), found[0], sentence))
    # The sheet's own one-line highlight of those areas (its first sentence; a pointer to the section follows).
    highlight = re.split(r"(?<=[.!])\s*(?=[A-ZÀ-Ý])", _nodes(document, "infoPrimopiano").get(_AREAS_NODE, ""))[0]
    if national is not None:
        step, wording = national
    elif regions:
        step, wording = regional_only(), f"Aree di particolare cautela: {highlight}" if highlight else ""
    else:
        step, wording = SCALE.step("1"), ""
    payload.advisories.append(
        scaled_advisory(
            SCALE,
            code,
            step,
            level_raw=" ".join(wording.split()) or None,
            statement=wording,
            summary="\n".join(security.values())[:4000],
            regions=regions,
            issued_at=payload.observed_on,
            source_url=SHEET_URL.format(iso3=iso3) if iso3 else None,
            destination_name=country_name(code),
        )
    )
    return payload


register_source(
    OfficialSource(
        name="it",
        issuer="IT",
        title="Italy, Farnesina Viaggiare Sicuri (country sheets)",
        parser=parse_it,
        live_urls=tuple(SHEET_URL.format(iso3=c.alpha_3) for c in pycountry.countries),
        levels=SCALE.levels(),
        licence="Viaggiare Sicuri, © Ministero degli Affari Esteri e della Cooperazione Internazionale; site terms.",
    )
)
