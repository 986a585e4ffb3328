"""Days given by callers (`as_of`, `since`, an article's date): ISO dates within the range the pipeline can
reason about. Date arithmetic near year 1 or 9999 overflows (a window of N days before `as_of`), so days
outside the range are refused with a clear message instead."""

from __future__ import annotations

import datetime as dt

from travelrisk.errors import UsageError

EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2999, 12, 31)


def check_day(value: dt.date, name: str) -> dt.date:
    if not EARLIEST <= value <= LATEST:
        raise UsageError(f"{name}={value.isoformat()} is out of range ({EARLIEST} to {LATEST})")
    return value


def parse_day(value: str, name: str) -> dt.date:
    """`value` as a date (YYYY-MM-DD) in range, or a UsageError naming the parameter."""
    try:
        parsed = dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise UsageError(f"{name}={value!r} is not a date (YYYY-MM-DD)") from None
    return check_day(parsed, name)
