"""The public git-scraped archive of daily summaries (marcolussetti/travel-advisories).

One row per destination with its level wording and dates, as `<gov>_summary.json` (an array of flat
objects) or `<gov>_summary.csv`, for US, UK, CA, AU and IE. The file carries no date of its own: the
importer dates it with `--as-of`, else with the newest date in its rows. The UK summary has no level
and later Irish ones say "No summary found": such rows are counted as `without_level`, not guessed.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from travelrisk.errors import InputError, UsageError
from travelrisk.model.lexicon import level_from_wording
from travelrisk.sources.markup import parse_date
from travelrisk.sources.payload import (
    ParsedPayload,
    add_destination,
    load_json,
    merge_duplicates,
    normalised_advisory,
    require,
)
from travelrisk.sources.registry import OfficialSource, register_source

ISSUER_ALIASES = {
    "US": "US",
    "UNITEDSTATES": "US",
    "USA": "US",
    "GB": "GB",
    "UK": "GB",
    "UNITEDKINGDOM": "GB",
    "CA": "CA",
    "CANADA": "CA",
    "AU": "AU",
    "AUSTRALIA": "AU",
    "IE": "IE",
    "IRELAND": "IE",
}
_NO_LEVEL = {"", "no summary found", "none", "null", "no travel advice"}
_DATE_KEYS = ("last_updated_advisory", "last_updated", "summary_last_updated")
_URL_KEYS = ("advisory_details_url", "details_url", "url")


def issuer_code(value: str) -> str:
    code = ISSUER_ALIASES.get(value.replace(" ", "").replace("_", "").upper())
    if code is None:
        raise UsageError(f"unknown issuer {value!r}: use one of US, GB (UK), CA, AU, IE")
    return code


def _rows(data: bytes, name: str) -> list[dict[str, Any]]:
    stripped = data.lstrip()
    if stripped[:1] in (b"[", b"{"):
        rows = load_json(data, name)
        require(isinstance(rows, list), name, "expected a JSON array of summary rows")
        require(all(isinstance(r, dict) for r in rows), name, "every summary row must be an object")
        return list(rows)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    if "\x00" in text:
        raise InputError(name, "binary data (NUL bytes) in a CSV file")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    require(
        bool(reader.fieldnames) and "destination" in (reader.fieldnames or []),
        name,
        "CSV without a `destination` column",
    )
    rows = []
    for line, row in enumerate(reader, 2):
        if None in row:
            raise InputError(name, f"line {line}: more fields than the header has")
        rows.append(row)
    return rows


def parse_archive(data: bytes, issuer: str, name: str = "archive") -> ParsedPayload:
    issuer = issuer_code(issuer)
    if not data.strip():
        raise InputError(name, "empty file")
    rows = _rows(data, name)
    payload = ParsedPayload(source="archive", issuer=issuer, observed_on=None)
    for index, row in enumerate(rows, 1):
        destination = str(row.get("destination") or "").strip()
        require(bool(destination), name, f"row {index} has no destination")
        level_raw = str(row.get("risk_level") or "").strip()
        number = row.get("risk_level_number")
        level = level_from_wording(level_raw) if level_raw else None
        if level is None and str(number or "").strip().lstrip("-").isdigit() and 1 <= int(str(number)) <= 4:
            level = int(str(number))
        if level_raw.lower() in _NO_LEVEL or destination.lower() == "no travel advice":
            payload.without_level.append(destination)
            continue
        issued = next((parse_date(row.get(k)) for k in _DATE_KEYS if row.get(k)), None)
        url = next((str(row[k]) for k in _URL_KEYS if row.get(k)), None)
        add_destination(
            payload,
            destination,
            lambda iso2, _r=level_raw, _l=level, _i=issued, _u=url, _d=destination: normalised_advisory(
                issuer=issuer,
                subject=iso2,
                level_raw=_r,
                level=_l,
                issued_at=_i,
                source_url=_u,
                destination_name=_d,
            ),
        )
    merge_duplicates(payload)
    payload.observed_on = max((a.issued_at for a in payload.advisories if a.issued_at), default=None)
    return payload


register_source(
    OfficialSource(
        name="archive",
        issuer=None,
        title="archived daily summaries (needs --issuer)",
        issuer_parser=parse_archive,
        issuers=("US", "GB", "CA", "AU", "IE"),
        levels={
            "Do not travel / Avoid all travel / Level 4": 4,
            "Reconsider travel / Avoid non-essential travel / Level 3": 3,
            "Exercise a high degree of caution / Increased caution / Level 2": 2,
            "Normal precautions / Level 1": 1,
        },
        licence="Each government's own terms; archived by marcolussetti/travel-advisories.",
    )
)
