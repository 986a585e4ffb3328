"""The Netherlands' NederlandWereldwijd open data (CC0): one country's travel advice as XML (the default) or
JSON, or the list of all countries (`?output=json`).

There is no level field (`classification` is "no longer supported"): the colour is read from the fixed
sentences of the introduction. "De kleurcode van het reisadvies voor <land> is <kleur>" and "Voor de rest van
<land> geldt kleurcode <kleur>" state the national colour; "... is <kleur> voor <gebied>" and "Voor <gebied>
geldt kleurcode <kleur>" name regional ones. Ids are ISO alpha-3, except BQ-BO/BQ-SA/BQ-SE (Caribbean
Netherlands) and XKX (Kosovo).
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from travelrisk.errors import InputError
from travelrisk.geo.languages import iso2_for_iso3
from travelrisk.model import Region
from travelrisk.model.scales import SCALES, Step, regional_only
from travelrisk.sources.markup import parse_date
from travelrisk.sources.pages import decode, fragment_text
from travelrisk.sources.payload import (
    ParsedPayload,
    load_json,
    merge_duplicates,
    require,
    scaled_advisory,
    scaled_region,
)
from travelrisk.sources.registry import OfficialSource, register_source

SCALE = SCALES["NL"]
LIST_URL = (
    "https://opendata.nederlandwereldwijd.nl/v2/sources/nederlandwereldwijd/infotypes/traveladvice?output=json&rows=500"
)
_COLOUR = r"(?P<colour>groen|geel|oranje|rood)"
_NATIONAL = re.compile(rf"\bkleurcode\s+van\s+het\s+reisadvies\s+voor\s+(?P<area>.+?)\s+is\s+{_COLOUR}\b", re.I)
_REST = re.compile(rf"\bvoor\s+de\s+rest\s+van\s+(?P<area>.+?)\s+geldt\s+kleurcode\s+{_COLOUR}\b", re.I)
_REGION_AFTER = re.compile(rf"\bkleurcode\s+van\s+het\s+reisadvies\s+is\s+{_COLOUR}\s+voor\s+(?P<area>.+?)\.?$", re.I)
_REGION_BEFORE = re.compile(rf"\bvoor\s+(?P<area>.+?)\s+geldt\s+kleurcode\s+{_COLOUR}\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_BQ = {"BQ-BO": "Bonaire", "BQ-SA": "Saba", "BQ-SE": "Sint Eustatius"}


def _colours(introduction: str) -> tuple[tuple[Step, str] | None, list[Region], str]:
    """The national colour and its sentence, the regional colours, and the text they were read from."""
    lines = fragment_text(introduction).splitlines()
    text = " ".join(" ".join(lines).split())
    national: tuple[Step, str] | None = None
    regions: list[Region] = []
    sentences = [s for line in lines for s in _SENTENCE.split(" ".join(line.split()))]
    for index, sentence in enumerate(sentences):
        following = sentences[index + 1] if index + 1 < len(sentences) else ""
        if match := (_REST.search(sentence) or _NATIONAL.search(sentence)):
            national = (SCALE.step(match.group("colour").lower()), sentence)
        elif match := (_REGION_AFTER.search(sentence) or _REGION_BEFORE.search(sentence)):
            step = SCALE.step(match.group("colour").lower())
            regions.append(scaled_region(SCALE, match.group("area"), step, f"{sentence} {following}"))
    return national, regions, text


def _document(doc: dict[str, Any], payload: ParsedPayload, name: str) -> None:
    ident = str(doc.get("isocode") or doc.get("id") or "").strip().upper()
    require(bool(ident), name, "a document without id/isocode")
    location = str(doc.get("location") or ident)
    payload.items += 1
    code = "BQ" if ident in _BQ else iso2_for_iso3(ident)
    if code is None:
        payload.unmapped.append(f"{location} ({ident})")
        return
    national, regions, text = _colours(str(doc.get("introduction") or ""))
    if national is None and not regions:
        payload.without_level.append(f"{location} (no colour in the introduction)")
        return
    step, sentence = national or (regional_only(), "")
    following = text[text.find(sentence) + len(sentence) :].split(".")[0] if sentence else ""
    payload.advisories.append(
        scaled_advisory(
            SCALE,
            code,
            step,
            level_raw=sentence or step.wording,
            statement=f"{sentence} {following}",
            summary=text,
            regions=regions,
            issued_at=parse_date(doc.get("lastmodified")),
            source_url=str(doc.get("canonical") or "") or None,
            destination_name=_BQ.get(ident, location),
        )
    )


def _xml_documents(data: bytes, name: str) -> list[dict[str, Any]]:
    if b"<!ENTITY" in data[:65536] or b"<!DOCTYPE" in data[:65536]:
        raise InputError(name, "DOCTYPE/entity declarations are not allowed (possible XML bomb)")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(name, f"not well-formed XML: {exc}") from exc
    documents = [root] if root.tag == "document" else list(root.iter("document"))
    require(bool(documents), name, "no <document> element")
    return [{child.tag: (child.text or "") for child in doc if isinstance(child.tag, str)} for doc in documents]


def parse_nl(data: bytes, name: str = "nl") -> ParsedPayload:
    start = decode(data, name).lstrip()[:1]
    if start == "<":
        documents = _xml_documents(data, name)
    else:
        loaded = load_json(data, name)
        documents = loaded if isinstance(loaded, list) else [loaded]
        require(all(isinstance(d, dict) for d in documents), name, "expected a travel-advice object or a list of them")
    require(bool(documents), name, "no travel-advice documents")
    payload = ParsedPayload(source="nl", issuer="NL", observed_on=None)
    for document in documents:
        _document(document, payload, name)
    merge_duplicates(payload)
    payload.observed_on = max((a.issued_at for a in payload.advisories if a.issued_at), default=None)
    return payload


register_source(
    OfficialSource(
        name="nl",
        issuer="NL",
        title="Netherlands, Ministerie van Buitenlandse Zaken (NederlandWereldwijd open data)",
        parser=parse_nl,
        live_urls=(LIST_URL,),
        levels=SCALE.levels(),
        licence="NederlandWereldwijd open data, CC0 1.0 Universal (stated in each payload).",
    )
)
