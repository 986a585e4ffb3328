"""Request parameters read the same way on every route (and page): a country, a day."""

from __future__ import annotations

import datetime as dt

from travelrisk.errors import NotFound, UsageError
from travelrisk.geo.countries import is_country, resolve_name


def country_code(value: str) -> str:
    code = value.upper() if len(value) == 2 else resolve_name(value)
    if not code or not is_country(code):
        raise NotFound(f"{value!r} is not a country (ISO 3166 alpha-2 code or name)")
    return code


def day(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{name}={value!r} is not a date (YYYY-MM-DD)") from None
