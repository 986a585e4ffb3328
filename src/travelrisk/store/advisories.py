"""Official advisories in the database: observations, derived versions and the changes between them."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from travelrisk.assess.history import Observed, derive_versions, level_changes
from travelrisk.model import Advisory
from travelrisk.store.documents import insert_ignore
from travelrisk.store.tables import AdvisoryObservation, AdvisoryVersion, Change, Document


@dataclass
class RecordResult:
    new_versions: int = 0
    unchanged: int = 0
    changes: list[int] = field(default_factory=list)
    confirmed: list[int] = field(default_factory=list)  # news-reported changes an official source now confirms


def content_hash(advisory: Advisory) -> str:
    return hashlib.sha256(json.dumps(advisory.content_key(), default=str).encode()).hexdigest()


def _observed(row: AdvisoryObservation) -> Observed:
    regions = tuple((r.get("name", ""), r.get("level")) for r in (row.regions or []))
    return Observed(row.id, row.observed_on, row.content_hash, row.issued_at, row.level, row.directive, regions)


def record_observations(
    session: Session, advisories: list[Advisory], *, observed_on: dt.date, source: str, document: Document
) -> RecordResult:
    """Store one payload's advisories as observations of `observed_on`, re-derive the affected versions and
    record the level/directive changes between them — all in the caller's transaction."""
    result = RecordResult()
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
                "document_id": document.id,
            }
        )
    for chunk_start in range(0, len(rows), 200):
        insert_ignore(
            session,
            AdvisoryObservation,
            rows[chunk_start : chunk_start + 200],
            ["issuer", "subject", "observed_on", "content_hash"],
        )
    pairs_by_issuer: dict[str, list[str]] = defaultdict(list)
    for advisory in advisories:
        pairs_by_issuer[advisory.issuer].append(advisory.subject or "")
        result.confirmed += confirm_reported(
            session,
            advisory.issuer,
            advisory.subject or "",
            advisory.directive.value if advisory.directive else None,
            advisory.level,
        )
    for issuer, subjects in pairs_by_issuer.items():
        for chunk_start in range(0, len(subjects), 300):
            _rederive(session, issuer, subjects[chunk_start : chunk_start + 300], document, result)
    return result


def _rederive(session: Session, issuer: str, subjects: list[str], document: Document, result: RecordResult) -> None:
    observations = session.execute(
        select(AdvisoryObservation).where(
            AdvisoryObservation.issuer == issuer, AdvisoryObservation.subject.in_(subjects)
        )
    ).scalars()
    by_subject: dict[str, list[AdvisoryObservation]] = defaultdict(list)
    for row in observations:
        by_subject[row.subject].append(row)
    existing: dict[str, set[tuple[dt.date, int]]] = defaultdict(set)
    for version in session.execute(
        select(AdvisoryVersion).where(AdvisoryVersion.issuer == issuer, AdvisoryVersion.subject.in_(subjects))
    ).scalars():
        existing[version.subject].add((version.valid_from, version.observation_id))
    rows_by_id = {row.id: row for rows in by_subject.values() for row in rows}
    for subject in set(subjects):
        versions = derive_versions([_observed(row) for row in by_subject[subject]])
        derived = {(v.valid_from, v.first.id) for v in versions}
        before = existing[subject]
        if derived == before:
            result.unchanged += 1
            continue
        result.new_versions += len(derived - before)
        if not derived - before:
            result.unchanged += 1
        session.execute(
            delete(AdvisoryVersion).where(AdvisoryVersion.issuer == issuer, AdvisoryVersion.subject == subject)
        )
        session.add_all(
            AdvisoryVersion(
                issuer=issuer,
                subject=subject,
                valid_from=v.valid_from,
                valid_to=v.valid_to,
                last_observed_on=v.last_observed_on,
                observation_id=v.first.id,
            )
            for v in versions
        )
        for change in level_changes(versions):
            after_row = rows_by_id[change.after.id]
            before_row = rows_by_id[change.before.id]
            key = f"advisory:{issuer}:{subject}:{change.occurred_on}:{change.kind}:{change.region or ''}"[:300]
            after_state = _state(after_row)
            if change.region:
                after_state = {
                    **after_state,
                    "region": change.region,
                    "level": change.region_level,
                    "national_level": after_row.level,
                }
            created = insert_ignore(
                session,
                Change,
                [
                    {
                        "kind": change.kind,
                        "country": subject,
                        "issuer": issuer,
                        "subject_ref": f"{issuer}->{subject}",
                        "region": change.region,
                        "before": _state(before_row),
                        "after": after_state,
                        "evidence": {
                            "quote": after_row.level_raw,
                            "source_url": after_row.source_url,
                            "document_id": after_row.document_id,
                        },
                        "occurred_on": change.occurred_on,
                        "confirmed": True,
                        "reported_by": None,
                        "document_id": document.id,
                        "dedupe_key": key,
                        "recorded_at": dt.datetime.now(dt.UTC),
                    }
                ],
                ["dedupe_key"],
            )
            if created:
                result.changes.append(session.execute(select(Change.id).where(Change.dedupe_key == key)).scalar_one())


def _state(row: AdvisoryObservation) -> dict[str, Any]:
    return {"level": row.level, "level_raw": row.level_raw, "directive": row.directive}


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


def changes_since(
    session: Session, since: dt.date, *, country: str | None = None, kinds: tuple[str, ...] | None = None
) -> list[Change]:
    query = select(Change).where(Change.occurred_on >= since).order_by(Change.occurred_on, Change.id)
    if country:
        query = query.where(Change.country == country)
    if kinds:
        query = query.where(Change.kind.in_(kinds))
    return list(session.execute(query).scalars())


def confirm_reported(
    session: Session, issuer: str, subject: str, directive: str | None, level: int | None
) -> list[int]:
    """Mark news-reported directives for (issuer, subject) confirmed when an official source now states at least
    as much; returns the ids of the Changes that became confirmed (their alerts are updated, not resent)."""
    from travelrisk.model import DIRECTIVE_STRENGTH, Directive

    strength = DIRECTIVE_STRENGTH.get(Directive(directive), -1) if directive else -1
    confirmed = []
    rows = session.execute(
        select(Change).where(
            Change.kind == "directive_reported",
            Change.subject_ref == f"{issuer}->{subject}",
            Change.confirmed.is_(False),
        )
    ).scalars()
    for change in rows:
        reported = (change.after or {}).get("directive")
        reported_strength = DIRECTIVE_STRENGTH.get(Directive(reported), -1) if reported else -1
        if reported_strength <= strength or (
            level and (change.after or {}).get("level") and level >= change.after["level"]
        ):
            change.confirmed = True
            confirmed.append(change.id)
    return confirmed
