"""Keeping the data fresh: each live source's sync state (`sources status`, /metrics) and the scheduler that
syncs the sources and polls the news feeds on the embedded default (`serve`, `travelrisk run`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from travelrisk.sources import mirror
from travelrisk.sources.registry import live_sources
from travelrisk.store import syncstate


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def sources_status(session: Session, now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Every live source: where it is fetched from, its last success and last error, the next scheduled run;
    a source never synced says so (nulls), never a made-up success."""
    now = now or dt.datetime.now(dt.UTC)
    known = syncstate.states(session)
    rows = []
    for name, source in live_sources().items():
        state = known.get(name, {})
        success = state.get("last_success_at")
        first = source.index.url if source.index else source.live_urls[0]
        rows.append(
            {
                "source": name,
                "issuer": source.issuer,
                "url": mirror.address(source, first),
                "mirrored": mirror.override(source) is not None,
                "last_attempt_at": _iso(state.get("last_attempt_at")),
                "last_success_at": _iso(success),
                "last_success_age_seconds": round((now - success).total_seconds(), 1) if success else None,
                "last_error_at": _iso(state.get("last_error_at")),
                "last_error": state.get("last_error"),
                "failures": state.get("failures", 0),
                "next_run_at": _iso(state.get("next_run_at")),
            }
        )
    return rows
