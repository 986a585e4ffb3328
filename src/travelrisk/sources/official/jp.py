"""Japan's MOFA overseas safety pages (anzen.mofa.go.jp): a country's 危険・スポット・広域情報 page or its
危険情報 detail page. The current 【危険レベル】 block lists areas ("●<area>") each with its level
("レベル1：十分注意してください。"); "全土" (the whole country) or "上記以外の地域" (everywhere else) is the
national one.

Japan's level 1 already asks for caution, so MOFA level N is our N + 1 (see `travelrisk.model.scales`): レベル1 -> 2,
レベル2 -> 3, レベル3 (渡航中止勧告) -> 4, レベル4 (退避勧告) -> 4 with `leave_immediately`; no 危険情報 -> 1.
The licensed XML open data (ezairyu.mofa.go.jp) would be the better route; no real XML was available to build
its parser against.
"""

from __future__ import annotations

import re
import unicodedata

from travelrisk.geo.languages import resolve_in
from travelrisk.model import Region
from travelrisk.model.scales import SCALES, Step, regional_only
from travelrisk.sources.pages import date_after, find_date, first_text, load_page, page_url, visible_text
from travelrisk.sources.payload import ParsedPayload, require, scaled_advisory, scaled_region
from travelrisk.sources.registry import OfficialSource, PageIndex, register_source

SCALE = SCALES["JP"]
SITE = "https://www.anzen.mofa.go.jp"
INDEX_URL = SITE + "/riskmap/"
PAGE_PREFIX = SITE + "/info/pcinfectionspothazardinfo_"
_LEVEL = re.compile(r"レベル\s*([1-4])\s*[:：]")
_WHOLE = re.compile(r"全土|上記以外の地域|その他の地域")
_NOTE = re.compile(r"\s*[《（(](?:継続|引き上げ|引き下げ|新規)[》）)]\s*$")
_TITLE_TAIL = re.compile(r"(?:の)?(?:危険・スポット・広域情報|危険情報).*$")


def _levels_block(lines: list[str]) -> list[tuple[str, str, str]]:
    """(area, MOFA level number, level wording) of the first 【危険レベル】 block (the current one)."""
    try:
        start = next(i for i, line in enumerate(lines) if line.startswith("【危険レベル】"))
    except StopIteration:
        return []
    pairs: list[tuple[str, str, str]] = []
    area = ""
    for line in lines[start + 1 :]:
        if line.startswith("【"):
            break
        normal = unicodedata.normalize("NFKC", line)
        level = _LEVEL.search(normal)
        if line.startswith("●"):
            area = line.lstrip("●").strip()
            if level:  # area and level on one line
                area = line[1 : level.start()].strip()
        if level:
            pairs.append((area, level.group(1), _NOTE.sub("", line[level.start() :]).strip()))
            area = ""
    return pairs


def parse_jp(data: bytes, name: str = "jp") -> ParsedPayload:
    root = load_page(data, name)
    heading = first_text(root, "//h1")
    country = _TITLE_TAIL.sub("", heading).strip()
    require(bool(country) and ("危険" in heading), name, "not a MOFA 危険情報 page (no 危険情報 heading)")
    text = visible_text(root)
    lines = text.splitlines()
    payload = ParsedPayload(source="jp", issuer="JP", observed_on=None, items=1)
    code = resolve_in(country, "ja")
    if code is None:
        payload.unmapped.append(country)
        return payload
    # The detail page says 更新日 (updated); the country page dates each 危険情報 just above its level block.
    before_block = lines[max(0, _line_of(lines, "【危険レベル】") - 6) : _line_of(lines, "【危険レベル】")]
    issued = date_after(text, "更新日") or find_date(" ".join(before_block))
    national: tuple[Step, str] | None = None
    regions: list[Region] = []
    for area, number, wording in _levels_block(lines):
        step = SCALE.step(number)
        if national is None and _WHOLE.search(area):
            national = (step, wording)
        else:
            regions.append(scaled_region(SCALE, area, step, wording))
    if national is None and not regions:
        none = SCALE.step("0")
        if none.pattern and none.pattern.search(text):
            national = (none, none.wording)
        else:
            payload.without_level.append(f"{country} (no 危険レベル block)")
            return payload
    step, wording = national or (regional_only(), "")
    payload.observed_on = issued
    payload.advisories.append(
        scaled_advisory(
            SCALE,
            code,
            step,
            level_raw=wording or None,
            statement=wording,
            summary="\n".join(lines[_line_of(lines, "【ポイント】") :][:12]) if "【ポイント】" in text else "",
            regions=regions,
            issued_at=issued,
            source_url=page_url(root),
            destination_name=country,
        )
    )
    return payload


def _line_of(lines: list[str], marker: str) -> int:
    return next((i for i, line in enumerate(lines) if line.startswith(marker)), 0)


def page_urls(index: bytes) -> list[str]:
    """The country pages the risk map links to (`/info/pcinfectionspothazardinfo_NNN.html`)."""
    found = re.findall(rb"pcinfectionspothazardinfo_(\d{3})\.html", index)
    return [f"{PAGE_PREFIX}{number.decode()}.html" for number in dict.fromkeys(found)]


register_source(
    OfficialSource(
        name="jp",
        issuer="JP",
        title="Japan, MOFA overseas safety pages (危険情報)",
        parser=parse_jp,
        index=PageIndex(url=INDEX_URL, page_urls=page_urls, page_prefix=PAGE_PREFIX),
        levels=SCALE.levels(),
        licence="海外安全ホームページ, © Ministry of Foreign Affairs of Japan; MOFA's open data is offered under "
        "the Public Data License (Version 1.0). Attribution: 外務省 海外安全ホームページ.",
    )
)
