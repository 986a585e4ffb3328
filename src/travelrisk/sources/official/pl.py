"""Poland's MSZ country profiles (Odyseusz): `/api/v1/informacje/profile-panstw`, one JSON array of countries.

`bazowyKodPoziomuZagrozenia` is the country-wide baseline code (ZACHOWAJ_ZWYKLA_OSTROZNOSC -> 1, ...
MSZ_ODRADZA_WSZELKIE_PODROZE -> 4); `czyOstrzezeniaRegionalne` says regional warnings exist (their areas are
on the country page, not in this list). The response is large (base64 flag images); it is stored as received.
"""

from __future__ import annotations

import re

from travelrisk.model import Region
from travelrisk.model.scales import SCALES
from travelrisk.sources.markup import parse_date
from travelrisk.sources.payload import ParsedPayload, load_json, require, scaled_advisory
from travelrisk.sources.registry import OfficialSource, register_source

SCALE = SCALES["PL"]
LIST_URL = "https://odyseusz.gov.pl/api/v1/informacje/profile-panstw"
PAGE_URL = "https://odyseusz.gov.pl/{iso2}"
_REGIONAL = "regional warnings (czyOstrzezeniaRegionalne; areas on the country page)"


def parse_pl(data: bytes, name: str = "pl") -> ParsedPayload:
    profiles = load_json(data, name)
    require(isinstance(profiles, list), name, "expected a JSON array of country profiles")
    payload = ParsedPayload(source="pl", issuer="PL", observed_on=None)
    for index, profile in enumerate(profiles, 1):
        require(isinstance(profile, dict), name, f"profile {index} is not an object")
        code = str(profile.get("kodIso") or "").upper()
        require(bool(re.fullmatch(r"[A-Z]{2}", code)), name, f"profile {index} has no ISO kodIso")
        label = str(profile.get("nazwa") or code)
        payload.items += 1
        try:
            step = SCALE.step(profile.get("bazowyKodPoziomuZagrozenia"))
        except KeyError:
            raw = profile.get("bazowyKodPoziomuZagrozenia")
            payload.without_level.append(f"{label} ({'no level' if raw is None else f'unknown level {raw!r}'})")
            continue
        notice = str(profile.get("trescPowiadomieniaDluga") or "")
        regional = profile.get("czyOstrzezeniaRegionalne") is True
        payload.advisories.append(
            scaled_advisory(
                SCALE,
                code,
                step,
                statement=notice,
                summary=notice,
                regions=[Region(name=_REGIONAL)] if regional else [],
                issued_at=parse_date(profile.get("dataZatwierdzenia")),
                source_url=PAGE_URL.format(iso2=code),
                destination_name=label,
            )
        )
    payload.observed_on = max((a.issued_at for a in payload.advisories if a.issued_at), default=None)
    return payload


register_source(
    OfficialSource(
        name="pl",
        issuer="PL",
        title="Poland, Ministerstwo Spraw Zagranicznych (Odyseusz country profiles)",
        parser=parse_pl,
        live_urls=(LIST_URL,),
        levels=SCALE.levels(),
        licence="MSZ Odyseusz country profiles, © Ministerstwo Spraw Zagranicznych RP; terms not stated in the API.",
    )
)
