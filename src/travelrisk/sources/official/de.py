"""Germany's Auswärtiges Amt: the open-data API (`/opendata/travelwarning`, all countries with their warning
flags; `/opendata/travelwarning/{id}`, one country with its `content` HTML), plus two derived forms of it: a
table of flag changes between daily snapshots (CSV) and a country's `content` as Markdown.

Flags: `warning` (Reisewarnung) -> 4; `partialWarning` (Teilreisewarnung) -> the named areas at 4 and the rest of
the country at 2 (the doctrine for areas without a "rest of the country" level); none -> 1, unless the text
advises against all travel to the country ("Von Reisen nach X wird abgeraten" -> 3). The content's security
section names the areas ("Vor Aufenthalten in ... wird gewarnt") and who should leave ("sollten ... ausreisen").
The feed's top-level `lastModified` is stale; each entry's own `lastModified`/`effective` date it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from travelrisk.errors import InputError
from travelrisk.geo.languages import resolve_in
from travelrisk.model import Advisory, Region
from travelrisk.model.scales import SCALES, Step, regional_only
from travelrisk.sources.markup import clean_text
from travelrisk.sources.pages import decode
from travelrisk.sources.payload import ParsedPayload, load_json, require, scaled_advisory, scaled_region
from travelrisk.sources.registry import OfficialSource, register_source

SCALE = SCALES["DE"]
BULK_URL = "https://www.auswaertiges-amt.de/opendata/travelwarning"
DETAIL_URL = "https://www.auswaertiges-amt.de/opendata/travelwarning/{content_id}"
_FLAGS = ("warning", "partialWarning", "situationWarning", "situationPartWarning")
_PARTS = "parts of the country (Teilreisewarnung)"

# The level statements of the security section, and the area each one names.
_AREA = r"(?:nach|in|im|ins|in\s+die|in\s+den|in\s+das|auf|an)\s+(?P<area>.+?)"
_WARNED = re.compile(
    rf"\bVor\s+(?:nicht\s+notwendigen\s+)?(?:Reisen|Aufenthalten)\s+{_AREA}\s+wird\s+(?:dringend\s+)?gewarnt", re.I
)
_ADVISED = re.compile(
    rf"\bVon\s+(?:nicht\s+notwendigen\s+|touristischen\s+)?Reisen\s+{_AREA}\s+wird\s+(?:dringend\s+)?abgeraten", re.I
)
_WARNING_FOR = re.compile(
    r"\bEs\s+besteht\s+eine\s+(?:Teil)?[Rr]eisewarnung\s+für\s+(?:den\s+|die\s+|das\s+)?(?P<area>[^.]+)", re.I
)
_STAYING_IN = re.compile(
    r"\bdie\s+sich\s+(?:derzeit\s+|noch\s+)?(?:in|im|in\s+der|in\s+den)\s+(?P<area>.+?)\s+aufhalten", re.I
)
_SECURITY_HEADING = re.compile(r"^Sicherheit\b\s*(?:[–-]\s*(?P<kind>Teilreisewarnung|Reisewarnung))?", re.I)
_SPLIT_AREAS = re.compile(r"\s*,\s*|\s+(?:und|oder)\s+(?:(?:in|im|in\s+die|in\s+den|in\s+das)\s+)?", re.I)
_ARTICLE = re.compile(r"^(?:die|den|das|der)\s+", re.I)


@dataclass
class _Statements:
    """What the security section says: a whole-country step, named areas, and whether people must leave."""

    national: tuple[Step, str] | None = None
    leave_national: str = ""
    regions: list[Region] = field(default_factory=list)
    kind: str | None = None  # the section heading's "Reisewarnung" / "Teilreisewarnung"


def _names_country(area: str, subject: str) -> bool:
    if re.search(r"\b(?:ganze|gesamte)n?\s+Land\b", area, re.I):
        return True
    return any(resolve_in(_ARTICLE.sub("", part), "de") == subject for part in _SPLIT_AREAS.split(area) if part)


def _area_names(area: str) -> list[str]:
    return [_ARTICLE.sub("", part).strip() for part in _SPLIT_AREAS.split(area) if part.strip()]


def _read_statements(lines: list[str], subject: str) -> _Statements:
    """The level statements under the "Sicherheit" heading, before its first subsection (the AA puts them there)."""
    found = _Statements()
    lead: list[str] = []
    inside = False
    for line in lines:
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
            if inside:
                break
            security = _SECURITY_HEADING.match(heading)
            if security and line.startswith("##") and not line.startswith("###"):
                inside = True
                found.kind = security.group("kind")
            continue
        if inside:
            lead.append(line)
    for sentence in re.split(r"(?<=[.!])\s+", " ".join(lead)):
        warned = _WARNED.search(sentence) or _WARNING_FOR.search(sentence)
        advised = _ADVISED.search(sentence)
        staying = _STAYING_IN.search(sentence)
        if SCALE.leave is not None and SCALE.leave.search(sentence) and staying:
            if _names_country(staying.group("area"), subject):
                found.leave_national = sentence
            else:
                step = SCALE.step("warning")
                found.regions += [scaled_region(SCALE, n, step, sentence) for n in _area_names(staying.group("area"))]
            continue
        for match, step in ((warned, SCALE.step("warning")), (advised, SCALE.step("advised_against"))):
            if match is None:
                continue
            if _names_country(match.group("area"), subject):
                if found.national is None or step.level > found.national[0].level:
                    found.national = (step, sentence)
            else:
                found.regions.append(scaled_region(SCALE, match.group("area"), step, sentence))
            break
    return found


def _security_section(lines: list[str]) -> list[str]:
    """The "Sicherheit" section (headings as plain lines): the summary kept with the advisory."""
    out: list[str] = []
    for line in lines:
        if line.startswith("## ") or line.startswith("##\t"):
            if out:
                break
            if _SECURITY_HEADING.match(line.lstrip("#").strip()):
                out.append(line.lstrip("#").strip())
        elif out:
            out.append(line.lstrip("#").strip())
    return out


def _country_advisory(
    subject: str,
    name: str,
    flags: dict[str, bool] | None,
    lines: list[str],
    *,
    issued_at: dt.date | None,
    source_url: str | None,
) -> Advisory:
    """One country from its flags (None: unknown, read from the text) and its content lines (may be empty)."""
    said = _read_statements(lines, subject)
    if flags is None:  # Markdown content: the section heading says which warning applies
        flags = {f: False for f in _FLAGS}
        flags["warning"] = said.kind == "Reisewarnung" or bool(said.national and said.national[0].level == 4)
        flags["partialWarning"] = said.kind == "Teilreisewarnung"
    statement = said.national[1] if said.national else ""
    regions = list(said.regions)
    if flags["warning"]:
        step = SCALE.step("warning")
    elif said.national is not None:
        step, statement = said.national
    elif flags["partialWarning"]:
        step = regional_only("Teilreisewarnung")
        if not regions:
            regions.append(scaled_region(SCALE, _PARTS, SCALE.step("partialWarning")))
    elif flags["situationWarning"]:
        step = SCALE.step("situationWarning")
    else:
        step = SCALE.step("none")
    if flags["situationPartWarning"] and not regions:
        regions.append(
            scaled_region(SCALE, "parts of the country (situationPartWarning)", SCALE.step("situationWarning"))
        )
    return scaled_advisory(
        SCALE,
        subject,
        step,
        level_raw=step.wording if step.key != "advised_against" else statement,
        statement=" ".join(s for s in (statement, said.leave_national) if s),
        summary="\n".join(_security_section(lines))[:4000],
        regions=regions,
        issued_at=issued_at,
        source_url=source_url,
        destination_name=name,
    )


def _day(value: Any) -> dt.date | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 32503680000:
        return None
    return dt.datetime.fromtimestamp(value, dt.UTC).date()


def _html_lines(content: str) -> list[str]:
    """The content HTML as lines, headings marked "## " like the Markdown form."""
    if not content.strip():
        return []
    try:
        root = lxml_html.fragment_fromstring(content, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    lines = []
    for element in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "li"):
        text = clean_text(element.text_content()).replace("\n", " ")
        if text:
            lines.append(("#" * int(element.tag[1]) + " " + text) if element.tag[0] == "h" else text)
    return lines


def _parse_api(document: Any, name: str) -> ParsedPayload:
    require(isinstance(document, dict) and isinstance(document.get("response"), dict), name, "no `response` object")
    payload = ParsedPayload(source="de", issuer="DE", observed_on=None)
    seen: list[dt.date] = []
    for content_id, entry in document["response"].items():
        if content_id in ("lastModified", "contentList"):
            continue  # the feed's own (stale) date and its list of ids
        require(isinstance(entry, dict), name, f"entry {content_id!r} is not an object")
        code = str(entry.get("countryCode") or "").upper()
        require(bool(re.fullmatch(r"[A-Z]{2}", code)), name, f"entry {content_id!r} has no ISO countryCode")
        flags = {flag: entry.get(flag) for flag in _FLAGS}
        bad = [flag for flag, value in flags.items() if not isinstance(value, bool)]
        require(not bad, name, f"entry {content_id!r}: {', '.join(bad)} missing or not true/false")
        if modified := _day(entry.get("lastModified")):
            seen.append(modified)
        payload.items += 1
        payload.advisories.append(
            _country_advisory(
                code,
                str(entry.get("countryName") or code),
                flags,
                _html_lines(str(entry.get("content") or "")),
                issued_at=_day(entry.get("effective")) or _day(entry.get("lastModified")),
                source_url=DETAIL_URL.format(content_id=content_id),
            )
        )
    require(payload.items > 0, name, "no country entries in `response`")
    payload.observed_on = max(seen, default=None)
    return payload


def _parse_flag_changes(text: str, name: str) -> ParsedPayload:
    """Each row: a country whose flags changed between two daily snapshots; its state after the change."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = {"snapshot_date", "countryCode", *_FLAGS} - set(reader.fieldnames or [])
    require(not missing, name, f"flag-change table without column(s) {', '.join(sorted(missing))}")
    payload = ParsedPayload(source="de", issuer="DE", observed_on=None)
    snapshots: list[dt.date] = []
    for line, row in enumerate(reader, 2):
        require(None not in row, name, f"line {line}: more fields than the header has")
        code = str(row.get("countryCode") or "").upper()
        require(bool(re.fullmatch(r"[A-Z]{2}", code)), name, f"line {line}: no ISO countryCode")
        values = {flag: str(row.get(flag) or "").strip().lower() for flag in _FLAGS}
        require(all(v in ("true", "false") for v in values.values()), name, f"line {line}: flags must be true/false")
        snapshot = _iso_day(row.get("snapshot_date"))
        if snapshot is None:
            raise InputError(name, f"line {line}: snapshot_date is not YYYY-MM-DD")
        snapshots.append(snapshot)
        payload.items += 1
        payload.advisories.append(
            _country_advisory(
                code,
                str(row.get("countryName") or code),
                {flag: value == "true" for flag, value in values.items()},
                [],
                issued_at=_iso_day(row.get("effective_utc")) or _iso_day(row.get("lastModified_utc")),
                source_url=DETAIL_URL.format(content_id=row.get("contentId")) if row.get("contentId") else None,
            )
        )
    require(payload.items > 0, name, "no rows in the flag-change table")
    payload.observed_on = max(snapshots)
    return payload


def _iso_day(value: Any) -> dt.date | None:
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value or ""))
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def _parse_markdown(text: str, name: str) -> ParsedPayload:
    """A country's content as Markdown: "# <Land>: Reise- und Sicherheitshinweise", then its sections."""
    lines = []
    for raw in text.splitlines():
        line = _MD_LINK.sub(r"\1", raw).replace("**", "").replace("*", "").replace("_", " ").strip(" >\t")
        if line:
            lines.append(line)
    title = re.match(r"#\s+(?P<country>[^:]+):\s*Reise-\s+und\s+Sicherheitshinweise", lines[0] if lines else "")
    require(title is not None, name, 'not AA content: no "# <Land>: Reise- und Sicherheitshinweise" title')
    assert title is not None
    dated = re.search(r"\d{4}-\d{2}-\d{2}", name.rsplit("/", 1)[-1])
    payload = ParsedPayload(source="de", issuer="DE", observed_on=_iso_day(dated.group(0)) if dated else None)
    payload.requires_as_of = payload.observed_on is None
    payload.items = 1
    country = title.group("country").strip()
    code = resolve_in(country, "de")
    if code is None:
        payload.unmapped.append(country)
        return payload
    payload.advisories.append(_country_advisory(code, country, None, lines, issued_at=None, source_url=None))
    return payload


def parse_de(data: bytes, name: str = "de") -> ParsedPayload:
    text = decode(data, name)
    start = text.lstrip()[:1]
    if start in ("{", "["):
        return _parse_api(load_json(data, name), name)
    if start == "#":
        return _parse_markdown(text, name)
    if "countryCode" in text.split("\n", 1)[0]:
        if "\x00" in text:
            raise InputError(name, "binary data (NUL bytes) in a CSV file")
        return _parse_flag_changes(text, name)
    raise InputError(name, "not an Auswärtiges Amt payload (API JSON, flag-change CSV or content Markdown)")


register_source(
    OfficialSource(
        name="de",
        issuer="DE",
        title="Germany, Auswärtiges Amt (open-data API)",
        parser=parse_de,
        live_urls=(BULK_URL,),
        levels=SCALE.levels(),
        licence="Auswärtiges Amt open data (travel warnings); terms linked from the API's OpenAPI description. "
        "Attribution: Auswärtiges Amt.",
    )
)
