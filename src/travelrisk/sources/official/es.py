"""Spain's Recomendaciones de viaje (exteriores.gob.es/.../Detalle-recomendaciones-de-viaje.aspx?trc=<país>):
the "Notas importantes" section opens with a fixed banner sentence that states the level.

"NO HAY RESTRICCIONES ESPECÍFICAS" -> 1, "VIAJAR CON PRECAUCIÓN" -> 2, "extremar la precaución" / "aplazar el
viaje" / "salvo razón imperiosa" -> 3, "se desaconseja el viaje" / "se recomienda no viajar" -> 4. A clause
about zones ("Y ABSTENERSE DE HACERLO POR DETERMINADAS ZONAS") is a regional entry; the banner's other clause
is the national level.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

from lxml import html as lxml_html

from travelrisk.geo.languages import resolve_in
from travelrisk.model import Region
from travelrisk.model.scales import SCALES, Step, regional_only
from travelrisk.sources.pages import date_after, load_page, page_url, visible_text
from travelrisk.sources.payload import ParsedPayload, require, scaled_advisory, scaled_region
from travelrisk.sources.registry import OfficialSource, PageIndex, register_source

SCALE = SCALES["ES"]
SITE = "https://www.exteriores.gob.es"
PAGE_PREFIX = SITE + "/es/ServiciosAlCiudadano/Paginas/Detalle-recomendaciones-de-viaje.aspx?trc="
INDEX_URL = SITE + "/es/ServiciosAlCiudadano/Paginas/Recomendaciones-de-viaje.aspx"
_CLAUSES = re.compile(r"\s+y\s+(?=(?:abstener|evitar|no\s+viajar|extremar|aplazar|desaconsej|se\s+desaconseja))", re.I)
_ZONES = re.compile(
    r"\b(?:por|en|a|hacia)\s+(?P<area>(?:determinadas|algunas|ciertas|varias)\s+(?:zonas|regiones|áreas)|"
    r"(?:la|las)\s+(?:zonas?|regi[oó]n(?:es)?|provincias?)\b.+?)\s*\.?$",
    re.I,
)


def _country(root: lxml_html.HtmlElement, data_url: str | None) -> str:
    """The country as the page's address names it (`?trc=Nepal`)."""
    for url in [data_url, *root.xpath("//form/@action")]:
        trc = parse_qs(urlparse(str(url or "")).query).get("trc")
        if trc:
            return trc[0]
    return ""


def parse_es(data: bytes, name: str = "es") -> ParsedPayload:
    root = load_page(data, name)
    lines = visible_text(root).splitlines()
    require("Notas importantes" in lines, name, 'not an Exteriores travel page (no "Notas importantes")')
    banner = lines[lines.index("Notas importantes") + 1] if lines.index("Notas importantes") + 1 < len(lines) else ""
    first = re.split(r"(?<=\.)\s+", banner, maxsplit=1)[0]
    url = page_url(root)
    country = _country(root, url)
    payload = ParsedPayload(source="es", issuer="ES", observed_on=None, items=1)
    code = resolve_in(country, "es")
    if code is None:
        payload.unmapped.append(country or "(no country in the page address)")
        return payload
    national: Step | None = None
    regions: list[Region] = []
    for clause in _CLAUSES.split(first.rstrip(".")):
        found = SCALE.strongest_in(clause)
        if found is None:
            continue
        zones = _ZONES.search(clause)
        if zones:
            regions.append(scaled_region(SCALE, zones.group("area"), found[0], clause))
        elif national is None:
            national = found[0]
    if national is None and not regions:
        payload.without_level.append(f"{country} (no level wording in the Notas importantes banner)")
        return payload
    text = "\n".join(lines)
    payload.observed_on = date_after(text, "vigentes a")
    payload.advisories.append(
        scaled_advisory(
            SCALE,
            code,
            national or regional_only(),
            level_raw=first,
            statement=banner,
            regions=regions,
            issued_at=date_after(text, "actualización el") or payload.observed_on,
            source_url=(url or "").replace(":443", "") or None,
            destination_name=country,
        )
    )
    return payload


def page_urls(index: bytes) -> list[str]:
    """The country pages the recommendations index links to."""
    found = re.findall(rb"Detalle-recomendaciones-de-viaje\.aspx\?trc=([^\"'&<>\s]+)", index)
    return [PAGE_PREFIX + trc.decode("utf-8", "replace") for trc in dict.fromkeys(found)]


register_source(
    OfficialSource(
        name="es",
        issuer="ES",
        title="Spain, Ministerio de Asuntos Exteriores (Recomendaciones de viaje)",
        parser=parse_es,
        index=PageIndex(url=INDEX_URL, page_urls=page_urls, page_prefix=PAGE_PREFIX),
        levels=SCALE.levels(),
        licence="Recomendaciones de viaje, © Ministerio de Asuntos Exteriores, Unión Europea y Cooperación; site "
        "terms (aviso legal).",
    )
)
