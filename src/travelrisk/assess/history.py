"""Versions of one (issuer, subject) advisory from its dated observations (pure).

Observations may arrive in any order (archives are backfilled after live syncs), so versions are always
derived from the whole set: consecutive observations with the same content form one version.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from travelrisk.model import DIRECTIVE_STRENGTH, Directive


@dataclass(frozen=True, slots=True)
class Observed:
    id: int
    observed_on: dt.date
    content_hash: str
    issued_at: dt.date | None
    level: int | None
    directive: str | None
    regions: tuple[tuple[str, int | None], ...] = ()
    level_raw: str = ""
    source_url: str | None = None
    document_id: int | None = None


@dataclass(frozen=True, slots=True)
class Version:
    valid_from: dt.date
    valid_to: dt.date | None
    last_observed_on: dt.date
    first: Observed


@dataclass(frozen=True, slots=True)
class LevelChange:
    kind: str  # level_up | level_down | directive_issued | directive_lifted | regional_level_up
    occurred_on: dt.date
    before: Observed
    after: Observed
    region: str | None = None
    region_level: int | None = None


def derive_versions(observations: list[Observed]) -> list[Version]:
    """Group consecutive identical observations; a version starts on the source's own issue date when
    that date falls after the previous version was last seen, else on the day it was first observed."""
    ordered = sorted(observations, key=lambda o: (o.observed_on, o.id))
    runs: list[list[Observed]] = []
    for observation in ordered:
        if runs and runs[-1][-1].content_hash == observation.content_hash:
            runs[-1].append(observation)
        else:
            runs.append([observation])
    starts: list[dt.date] = []
    for index, run in enumerate(runs):
        first = run[0]
        start = first.observed_on
        previous_seen = runs[index - 1][-1].observed_on if index else None
        if first.issued_at and first.issued_at <= start and (previous_seen is None or first.issued_at > previous_seen):
            start = first.issued_at
        if starts and start <= starts[-1]:
            start = first.observed_on
        starts.append(start)
    return [
        Version(
            valid_from=starts[index],
            valid_to=starts[index + 1] if index + 1 < len(runs) else None,
            last_observed_on=run[-1].observed_on,
            first=run[0],
        )
        for index, run in enumerate(runs)
    ]


def _strength(directive: str | None) -> int:
    return DIRECTIVE_STRENGTH.get(Directive(directive), 0) if directive else 0


def level_changes(versions: list[Version]) -> list[LevelChange]:
    """Level up/down and directive issued/lifted between consecutive versions."""
    changes: list[LevelChange] = []
    for before, after in itertools.pairwise(versions):
        b, a = before.first, after.first
        if b.level is not None and a.level is not None and a.level != b.level:
            kind = "level_up" if a.level > b.level else "level_down"
            changes.append(LevelChange(kind, after.valid_from, b, a))
        if a.directive != b.directive and (a.directive or b.directive):
            kind = "directive_issued" if _strength(a.directive) > _strength(b.directive) else "directive_lifted"
            changes.append(LevelChange(kind, after.valid_from, b, a))
        # A region newly at level 3/4, or raised: regional advice never raises the national level.
        previous = dict(b.regions)
        for name, level in a.regions:
            if level and level >= 3 and level > (previous.get(name) or 0):
                changes.append(LevelChange("regional_level_up", after.valid_from, b, a, name, level))
    return changes
