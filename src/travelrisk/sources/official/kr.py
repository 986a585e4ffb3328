"""South Korea's MOFA overseas safety pages (0404.go.kr/ntnSafetyInfo/<id>/detail): the country header lists
each travel alert as a tag and the areas it covers ("여행금지 | 전 지역", whole country).

여행유의 (step 1) -> 2, 여행자제 (step 2) -> 3, 특별여행주의보 (special advisory) -> 3, 출국권고 (step 3) -> 4,
여행금지 (step 4, a legal travel ban with evacuation) -> 4 `leave_immediately`. An area tag of "전 지역"/"전지역"
(all areas, possibly "... 제외한 전지역", all except ...) is the national level, the others regional. The
data.go.kr API (per-area rows) needs a service key and has no stored real response: not used.
"""

from __future__ import annotations

import re

from travelrisk.geo.languages import resolve_in
from travelrisk.model import Region
from travelrisk.model.scales import SCALES, Step, regional_only
from travelrisk.sources.pages import find_date, first_text, load_page, visible_text
from travelrisk.sources.payload import ParsedPayload, require, scaled_advisory, scaled_region
from travelrisk.sources.registry import OfficialSource, register_source

SCALE = SCALES["KR"]
SITE = "https://www.0404.go.kr"
_WHOLE = re.compile(r"전\s*지역")


def parse_kr(data: bytes, name: str = "kr") -> ParsedPayload:
    root = load_page(data, name)
    korean = first_text(root, '//*[contains(@class, "country-name")]')
    english = first_text(root, '//*[contains(@class, "name-en")]')
    require(bool(korean or english), name, "not a 0404.go.kr country page (no country name)")
    payload = ParsedPayload(source="kr", issuer="KR", observed_on=None, items=1)
    code = resolve_in(english, "en") or resolve_in(korean, "ko")
    if code is None:
        payload.unmapped.append(korean or english)
        return payload
    national: tuple[Step, str] | None = None
    regions: list[Region] = []
    for item in root.xpath('//ul[contains(@class, "info-02")]/li'):
        tag = first_text(item, './/*[contains(@class, "box-tag")]')
        found = SCALE.strongest_in(tag) if tag else None
        if found is None:
            continue
        step = found[0]
        area = visible_text(item).replace("\n", " ").removeprefix(tag).strip()
        if national is None and _WHOLE.search(area):
            national = (step, f"{tag} {area}")
        else:
            regions.append(scaled_region(SCALE, area, step, tag))
    if national is None and not regions:
        payload.without_level.append(f"{korean or english} (no travel alert tag on the page)")
        return payload
    step, wording = national or (regional_only(), "")
    # The page lists its alert adjustments (여행 경보 조정) with their dates: the newest dates this advice.
    adjustments = root.xpath('//div[h5[contains(normalize-space(.), "경보 조정")]]//*[contains(@class, "date")]')
    dated = [d for span in root.xpath('//*[contains(@class, "country-board")]//*[contains(@class, "date")]')
             if (d := find_date(visible_text(span)))]  # fmt: skip
    issued = max((d for span in adjustments if (d := find_date(visible_text(span)))), default=None)
    payload.observed_on = max(dated, default=issued)
    page = re.search(r"ntnCd=(\d+)", data.decode("utf-8", "replace"))
    payload.advisories.append(
        scaled_advisory(
            SCALE,
            code,
            step,
            level_raw=wording or None,
            regions=regions,
            issued_at=issued,
            source_url=f"{SITE}/ntnSafetyInfo/{page.group(1)}/detail" if page else None,
            destination_name=korean or english,
        )
    )
    return payload


register_source(
    OfficialSource(
        name="kr",
        issuer="KR",
        title="South Korea, MOFA overseas safety travel alerts (0404.go.kr)",
        parser=parse_kr,
        levels=SCALE.levels(),
        licence="해외안전여행 (0404.go.kr), © Ministry of Foreign Affairs of Korea; website terms (KOGL types apply "
        "to its data.go.kr datasets).",
    )
)
