"""France's Conseils aux voyageurs (diplomatie.gouv.fr/fr/information-par-pays/<slug>/conseils-aux-voyageurs-
securite): the "Zones de vigilance" section names each zone's colour in prose under the map.

vert "vigilance normale" -> 1, jaune "vigilance renforcée" -> 2, orange "déconseillé sauf raison impérative"
-> 3, rouge "formellement déconseillé" -> 4. "L’ensemble du pays" or "le reste du pays/territoire" is the
national level; a sentence naming another area is a regional one. There is no feed (the old RSS is gone).
"""

from __future__ import annotations

import re

from travelrisk.geo.languages import resolve_in
from travelrisk.model import Region
from travelrisk.model.scales import SCALES, Step, regional_only
from travelrisk.sources.pages import date_after, first_text, load_page, page_url, visible_text
from travelrisk.sources.payload import ParsedPayload, require, scaled_advisory, scaled_region
from travelrisk.sources.registry import OfficialSource, PageIndex, register_source

SCALE = SCALES["FR"]
SITE = "https://www.diplomatie.gouv.fr"
INDEX_URL = SITE + "/fr/conseils-aux-voyageurs/conseils-par-pays-destination/"
PAGE_PREFIX = SITE + "/fr/information-par-pays/"
_WHOLE = re.compile(
    r"\bl[’']ensemble\s+du\s+(?:pays|territoire)\b|\b(?:le\s+)?reste\s+du\s+(?:pays|territoire)\b", re.I
)
_SECTION_END = ("Avertissement", "Risques encourus")
_AREA_AFTER = re.compile(r"\bse\s+rendre\s+(?:dans|à|en|au|aux)\s+(?P<area>.+?)(?:[,.;]|$)", re.I)
_AREA_BEFORE = re.compile(r"^(?P<area>.+?)\s+(?:est|sont|reste|restent)\s+", re.I)


def _zone_sentences(lines: list[str]) -> tuple[list[str], str]:
    """The sentences of the "Zones de vigilance" section and its "Dernière actualisation" line."""
    try:
        start = lines.index("Zones de vigilance")
    except ValueError:
        return [], ""
    sentences, updated = [], ""
    for line in lines[start + 1 : start + 25]:
        if line.startswith(_SECTION_END):
            break
        if line.startswith("Dernière actualisation"):
            updated = line
            continue
        sentences += [s for s in re.split(r"(?<=[.!])\s+", line) if s]
    return sentences, updated


def parse_fr(data: bytes, name: str = "fr") -> ParsedPayload:
    root = load_page(data, name)
    lines = visible_text(root).splitlines()
    sentences, updated = _zone_sentences(lines)
    require(bool(sentences), name, 'not a France Diplomatie security page (no "Zones de vigilance" section)')
    country = first_text(root, "//h1")
    payload = ParsedPayload(source="fr", issuer="FR", observed_on=None, items=1)
    code = resolve_in(country, "fr")
    if code is None:
        payload.unmapped.append(country or "(no title)")
        return payload
    national: tuple[Step, str] | None = None
    regions: list[Region] = []
    for sentence in sentences:
        found = SCALE.strongest_in(sentence)
        if found is None:
            continue
        step = found[0]
        if _WHOLE.search(sentence):
            national = national or (step, sentence)
            continue
        area = _AREA_AFTER.search(sentence) or _AREA_BEFORE.search(sentence)
        regions.append(scaled_region(SCALE, area.group("area") if area else sentence, step, sentence))
    if national is None and not regions:
        payload.without_level.append(f"{country} (no zone colour in the text)")
        return payload
    step, wording = national or (regional_only(), "")
    payload.observed_on = date_after(updated, "actualisation le")
    payload.advisories.append(
        scaled_advisory(
            SCALE,
            code,
            step,
            level_raw=wording or None,
            statement=" ".join(sentences),
            summary=" ".join(sentences),
            regions=regions,
            issued_at=payload.observed_on,
            source_url=(page_url(root) or "").replace("http://", "https://", 1) or None,
            destination_name=country,
        )
    )
    return payload


def page_urls(index: bytes) -> list[str]:
    """The security page of every country the destination index links to."""
    slugs = re.findall(rb"/fr/conseils-aux-voyageurs/conseils-par-pays-destination/([a-z0-9-]+)/", index)
    slugs += re.findall(rb"/fr/information-par-pays/([a-z0-9-]+)/", index)
    return [f"{PAGE_PREFIX}{slug.decode()}/conseils-aux-voyageurs-securite" for slug in dict.fromkeys(slugs)]


register_source(
    OfficialSource(
        name="fr",
        issuer="FR",
        title="France, Ministère de l’Europe et des Affaires étrangères (Conseils aux voyageurs)",
        parser=parse_fr,
        index=PageIndex(url=INDEX_URL, page_urls=page_urls, page_prefix=PAGE_PREFIX),
        levels=SCALE.levels(),
        licence="Conseils aux voyageurs, © Ministère de l’Europe et des Affaires étrangères; site terms, no "
        "open-data licence.",
    )
)
