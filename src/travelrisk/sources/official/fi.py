"""Finland's UM travel bulletins (um.fi/matkustustiedote/-/c/<ISO2>): a structured "Turvallisuustaso" (safety
level) element, `#safetyLevelMainLevel`, and the page's ISO code and dates in `data-` attributes.

"Noudata tavanomaista varovaisuutta" -> 1, "Noudata erityistä varovaisuutta" -> 2, "Vältä tarpeetonta
matkustamista" -> 3, "Vältä kaikkea matkustamista" -> 4. The first level phrase of the element is the national
level; a later phrase followed by an area ("... matkustamista X:n alueelle") is a regional one.
"""

from __future__ import annotations

import re

import pycountry

from travelrisk.model import Region
from travelrisk.model.scales import SCALES, Step
from travelrisk.sources.pages import find_date, load_page, page_url, visible_text
from travelrisk.sources.payload import ParsedPayload, require, scaled_advisory, scaled_region
from travelrisk.sources.registry import OfficialSource, register_source

SCALE = SCALES["FI"]
PAGE_URL = "https://um.fi/matkustustiedote/-/c/{iso2}"


def _statements(text: str) -> list[tuple[Step, str, str]]:
    """(step, area after the phrase, sentence) for each level phrase in the level element's text."""
    out = []
    for sentence in re.split(r"(?<=[.!])\s+|\n", text):
        found = SCALE.strongest_in(sentence)
        if found:
            step, match = found
            out.append((step, sentence[match.end() :].strip(" .,:;"), sentence.strip()))
    return out


def parse_fi(data: bytes, name: str = "fi") -> ParsedPayload:
    root = load_page(data, name)
    main = root.xpath('//*[@id="safetyLevelMainLevel"]')
    require(bool(main), name, "not a um.fi travel bulletin (no #safetyLevelMainLevel element)")
    codes = root.xpath('//*[contains(@class, "country-code")]/@data-country-code')
    country = " ".join(root.xpath('//*[contains(@class, "country-name")]/@data-country-name')) or str(
        codes[0] if codes else ""
    )
    payload = ParsedPayload(source="fi", issuer="FI", observed_on=None, items=1)
    code = str(codes[0]).upper() if codes else ""
    if not re.fullmatch(r"[A-Z]{2}", code) or pycountry.countries.get(alpha_2=code) is None:
        payload.unmapped.append(country or "(no country code)")
        return payload
    texts = [visible_text(main[0])] + [
        visible_text(e) for e in root.xpath('//*[contains(@class, "safetylevel")][not(@id="safetyLevelMainLevel")]')
    ]
    national: tuple[Step, str] | None = None
    regions: list[Region] = []
    for text in texts:
        for step, area, sentence in _statements(text.replace("Turvallisuustaso", "", 1)):
            if national is None and not area:
                national = (step, sentence)
            elif area:
                regions.append(scaled_region(SCALE, area, step, sentence))
    if national is None:
        payload.without_level.append(f"{country} (no level phrase in the Turvallisuustaso element)")
        return payload
    step, wording = national
    modified = root.xpath('//*[contains(@class, "modified-date")]/@data-modifydate')
    payload.observed_on = find_date(str(modified[0])) if modified else None
    payload.advisories.append(
        scaled_advisory(
            SCALE,
            code,
            step,
            level_raw=wording,
            statement=" ".join(texts),
            regions=regions,
            issued_at=payload.observed_on,
            source_url=page_url(root) or PAGE_URL.format(iso2=code),
            destination_name=country,
        )
    )
    return payload


register_source(
    OfficialSource(
        name="fi",
        issuer="FI",
        title="Finland, Ulkoministeriö travel bulletins (matkustustiedotteet)",
        parser=parse_fi,
        live_urls=tuple(PAGE_URL.format(iso2=c.alpha_2) for c in pycountry.countries),
        levels=SCALE.levels(),
        licence="Matkustustiedotteet, © Ulkoministeriö (Ministry for Foreign Affairs of Finland); site terms.",
    )
)
