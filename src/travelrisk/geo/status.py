"""Status over time, for crossings and missions (pure): the latest dated entry on or before a day wins."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class StatusEntry:
    date: dt.date
    status: str
    origin: str  # bundled | news | manual
    restrictions: str = ""
    source_url: str | None = None
    note: str = ""
    evidence: dict[str, Any] | None = None
    reported_by: str | None = None
    ref: int | None = None  # the stored row, when its evidence is read only if the entry is shown


@dataclass(frozen=True)
class StatusAsOf:
    status: str
    since: dt.date | None  # None: since before any dated record (e.g. "closed before 2023")
    entry: StatusEntry | None
    history: list[StatusEntry] = field(default_factory=list)


# When two sources give a status for the same day, the more authoritative one is shown.
_ORIGIN_RANK = {"manual": 3, "bundled": 2, "news": 1}


def _order(entry: StatusEntry) -> tuple[dt.date, int]:
    return entry.date, _ORIGIN_RANK.get(entry.origin, 0)


def status_as_of(baseline: str, entries: list[StatusEntry], as_of: dt.date) -> StatusAsOf:
    """The status on `as_of` from dated entries (in any order) and the status before the first of them."""
    dated = sorted((e for e in entries if e.date <= as_of), key=_order)
    if not dated:
        return StatusAsOf(baseline, None, None, [])
    current = dated[-1]
    since = current.date
    for entry in reversed(dated[:-1]):  # a repeated status does not restart "since"
        if entry.status != current.status:
            break
        since = entry.date
    return StatusAsOf(current.status, since, current, dated)


class Timeline:
    """One crossing's or mission pair's dated statuses kept in order, for the many lookups of a batch (a
    backfill may hold thousands of reports on one embassy): a lookup is a bisect, not a sort. Agrees with
    `status_as_of`: among entries of the same day and rank, the one added last wins."""

    def __init__(self, baseline: str, entries: Iterable[StatusEntry] = ()) -> None:
        self.baseline = baseline
        self._entries = sorted(entries, key=_order)
        self._keys = [_order(e) for e in self._entries]

    def add(self, entry: StatusEntry) -> None:
        key = _order(entry)
        index = bisect.bisect_right(self._keys, key)
        self._keys.insert(index, key)
        self._entries.insert(index, entry)

    def status_on(self, day: dt.date) -> str:
        index = bisect.bisect_right(self._keys, (day, max(_ORIGIN_RANK.values()) + 1))
        return self._entries[index - 1].status if index else self.baseline
