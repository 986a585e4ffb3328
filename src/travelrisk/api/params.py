"""Request parameters read the same way on every route (and page): a country, a day."""

from __future__ import annotations

import datetime as dt

from travelrisk.errors import NotFound
from travelrisk.geo.countries import is_country, resolve_name
from travelrisk.model.days import parse_day


def country_code(value: str) -> str:
    code = value.upper() if len(value) == 2 else resolve_name(value)
    if not code or not is_country(code):
        raise NotFound(f"{value!r} is not a country (ISO 3166 alpha-2 code or name)")
    return code


def day(value: str | None, name: str) -> dt.date | None:
    return None if value is None else parse_day(value, name)
