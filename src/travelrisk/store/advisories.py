"""Official advisories in the database: observations as seen, and the versions derived from them."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from travelrisk.model import Advisory
from travelrisk.store.documents import insert_ignore
from travelrisk.store.tables import AdvisoryObservation, AdvisoryVersion


def content_hash(advisory: Advisory) -> str:
    return hashlib.sha256(json.dumps(advisory.content_key(), default=str).encode()).hexdigest()


def insert_observations(
    session: Session, advisories: list[Advisory], *, observed_on: dt.date, source: str, document_id: int
) -> None:
    """One payload's advisories as observations of `observed_on` (an observation stored before adds nothing)."""
    rows = []
    for advisory in advisories:
        assert advisory.subject is not None
        rows.append(
            {
                "issuer": advisory.issuer,
                "subject": advisory.subject,
                "observed_on": observed_on,
                "content_hash": content_hash(advisory),
                "level": advisory.level,
                "level_raw": advisory.level_raw,
                "directive": advisory.directive.value if advisory.directive else None,
                "reasons": [r.value for r in advisory.reasons],
                "regions": [r.model_dump(mode="json") for r in advisory.regions],
                "issued_at": advisory.issued_at,
                "source_url": advisory.source_url,
                "destination_name": advisory.destination_name,
                "summary": advisory.summary,
                "source": source,
                "document_id": document_id,
            }
        )
    for chunk_start in range(0, len(rows), 200):
        insert_ignore(
            session,
            AdvisoryObservation,
            rows[chunk_start : chunk_start + 200],
            ["issuer", "subject", "observed_on", "content_hash"],
        )


def observations(session: Session, issuer: str, subjects: list[str]) -> dict[str, list[AdvisoryObservation]]:
    """Every observation of these (issuer, subject) pairs, by subject."""
    by_subject: dict[str, list[AdvisoryObservation]] = defaultdict(list)
    for row in session.execute(
        select(AdvisoryObservation).where(
            AdvisoryObservation.issuer == issuer, AdvisoryObservation.subject.in_(subjects)
        )
    ).scalars():
        by_subject[row.subject].append(row)
    return by_subject


def version_keys(session: Session, issuer: str, subjects: list[str]) -> dict[str, set[tuple[dt.date, int]]]:
    """The stored versions of these pairs as (valid_from, first observation id), by subject."""
    existing: dict[str, set[tuple[dt.date, int]]] = defaultdict(set)
    for version in session.execute(
        select(AdvisoryVersion).where(AdvisoryVersion.issuer == issuer, AdvisoryVersion.subject.in_(subjects))
    ).scalars():
        existing[version.subject].add((version.valid_from, version.observation_id))
    return existing


def replace_versions(
    session: Session, issuer: str, subject: str, versions: list[tuple[dt.date, dt.date | None, dt.date, int]]
) -> None:
    """Replace a pair's versions: (valid_from, valid_to, last_observed_on, first observation id) each."""
    session.execute(
        delete(AdvisoryVersion).where(AdvisoryVersion.issuer == issuer, AdvisoryVersion.subject == subject)
    )
    session.add_all(
        AdvisoryVersion(
            issuer=issuer,
            subject=subject,
            valid_from=valid_from,
            valid_to=valid_to,
            last_observed_on=last_observed_on,
            observation_id=observation_id,
        )
        for valid_from, valid_to, last_observed_on, observation_id in versions
    )


@dataclass(frozen=True)
class CurrentAdvisory:
    observation: AdvisoryObservation
    valid_from: dt.date
    valid_to: dt.date | None


def current_advisories(session: Session, subject: str, as_of: dt.date | None = None) -> list[CurrentAdvisory]:
    """Each issuer's version in force on `as_of` (today when None)."""
    as_of = as_of or dt.date.today()
    rows = session.execute(
        select(AdvisoryVersion, AdvisoryObservation)
        .join(AdvisoryObservation, AdvisoryObservation.id == AdvisoryVersion.observation_id)
        .where(
            AdvisoryVersion.subject == subject,
            AdvisoryVersion.valid_from <= as_of,
            or_(AdvisoryVersion.valid_to.is_(None), AdvisoryVersion.valid_to > as_of),
        )
        .order_by(AdvisoryVersion.issuer)
    ).all()
    return [CurrentAdvisory(obs, version.valid_from, version.valid_to) for version, obs in rows]


def all_current(session: Session, as_of: dt.date | None = None) -> list[CurrentAdvisory]:
    """Every (issuer, subject) version in force on `as_of`, in one query."""
    as_of = as_of or dt.date.today()
    rows = session.execute(
        select(AdvisoryVersion, AdvisoryObservation)
        .join(AdvisoryObservation, AdvisoryObservation.id == AdvisoryVersion.observation_id)
        .where(
            AdvisoryVersion.valid_from <= as_of,
            or_(AdvisoryVersion.valid_to.is_(None), AdvisoryVersion.valid_to > as_of),
        )
    ).all()
    return [CurrentAdvisory(obs, version.valid_from, version.valid_to) for version, obs in rows]


def history(session: Session, subject: str, issuer: str | None = None) -> list[CurrentAdvisory]:
    query = (
        select(AdvisoryVersion, AdvisoryObservation)
        .join(AdvisoryObservation, AdvisoryObservation.id == AdvisoryVersion.observation_id)
        .where(AdvisoryVersion.subject == subject)
        .order_by(AdvisoryVersion.issuer, AdvisoryVersion.valid_from)
    )
    if issuer:
        query = query.where(AdvisoryVersion.issuer == issuer)
    return [CurrentAdvisory(obs, version.valid_from, version.valid_to) for version, obs in session.execute(query)]


def last_observed(session: Session, as_of: dt.date, subject: str | None = None) -> dict[tuple[str, str], dt.date]:
    """The last day each (issuer, subject) was seen in an import or sync, on or before `as_of`."""
    query = (
        select(AdvisoryObservation.issuer, AdvisoryObservation.subject, func.max(AdvisoryObservation.observed_on))
        .where(AdvisoryObservation.observed_on <= as_of)
        .group_by(AdvisoryObservation.issuer, AdvisoryObservation.subject)
    )
    if subject:
        query = query.where(AdvisoryObservation.subject == subject)
    return {(issuer, subj): day for issuer, subj, day in session.execute(query)}


def issuer_reach(session: Session, as_of: dt.date) -> dict[str, tuple[dt.date | None, int]]:
    """Every government with stored advice (ever), with its last import or sync on or before `as_of` and how
    many destinations it covered by then (None, 0 when all its data is later)."""
    reach: dict[str, tuple[dt.date | None, int]] = {
        issuer: (None, 0) for issuer in session.execute(select(AdvisoryObservation.issuer).distinct()).scalars()
    }
    for issuer, checked_at, destinations in session.execute(
        select(
            AdvisoryObservation.issuer,
            func.max(AdvisoryObservation.observed_on),
            func.count(AdvisoryObservation.subject.distinct()),
        )
        .where(AdvisoryObservation.observed_on <= as_of)
        .group_by(AdvisoryObservation.issuer)
    ):
        reach[issuer] = (checked_at, destinations)
    return reach
