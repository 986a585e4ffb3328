"""`travelrisk rebuild`: everything the store maintains from what it keeps, recomputed from the stored
documents and facts. Each step is one function over the caller's transaction, listed in REBUILDS; a rebuild
runs them all in one transaction, so a reader sees the old state or the new, never half of it."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from travelrisk.store import fact_counts
from travelrisk.store import timeline as timeline_store

# name -> step (returns how many rows it wrote); add a step here to have `travelrisk rebuild` run it
REBUILDS: dict[str, Callable[[Session], int]] = {
    "fact_counts": fact_counts.rebuild,
    "timeline_lines": timeline_store.rebuild,
}


def rebuild(session: Session, only: list[str] | None = None) -> dict[str, int]:
    """Run the rebuild steps (all, or those named) in the caller's transaction; rows written by each."""
    return {name: step(session) for name, step in REBUILDS.items() if only is None or name in only}
