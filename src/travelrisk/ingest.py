"""Ingesting one article: store it, derive crossing and mission statuses and Changes from its facts, and
write the alerts they cause — all in one transaction, so nothing is half-stored and nothing is lost."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from travelrisk.assess.stories import assign_story
from travelrisk.crossings import all_crossings, record_crossing_change, status_timeline
from travelrisk.geo.crossings import Crossing, resolve_crossing
from travelrisk.geo.status import StatusEntry, Timeline
from travelrisk.missions import record_mission_event
from travelrisk.missions import status_timelines as mission_status_timelines
from travelrisk.model import Article, Extraction
from travelrisk.notify.rules import enqueue_alerts, update_alerts
from travelrisk.store.articles import store_article_in
from travelrisk.store.db import get_engine, session_scope
from travelrisk.store.documents import insert_ignore
from travelrisk.store.tables import ArticleRecord, Change, CrossingEvent, NewsFact

_BORDER_STATUS = {"closed": "closed", "opened": "open", "restricted": "restricted"}


@dataclass
class Ingested:
    stored: bool
    article_id: int | None = None
    changes: list[int] = field(default_factory=list)


def ingest(engine: Engine | None, article: Article, extraction: Extraction, *, outlet: str | None = None) -> Ingested:
    with session_scope(engine or get_engine()) as session:
        return ingest_in(session, article, extraction, outlet=outlet)


def ingest_in(session: Session, article: Article, extraction: Extraction, *, outlet: str | None = None) -> Ingested:
    record = store_article_in(session, article, extraction, outlet=outlet)
    if record is None:
        return Ingested(stored=False)
    assign_story(session, record, article.text)
    facts = list(session.execute(select(NewsFact).where(NewsFact.article_id == record.id)).scalars())
    before = _max_change_id(session)
    derive_from_facts(session, facts, {record.id: record})
    changes = list(session.execute(select(Change.id).where(Change.id > before)).scalars())
    enqueue_alerts(session, changes)
    return Ingested(stored=True, article_id=record.id, changes=changes)


def derive_from_facts(session: Session, facts: list[NewsFact], records: dict[int, ArticleRecord]) -> None:
    """Crossing and mission statuses and news-reported directive Changes from stored facts."""
    # Loaded once per batch and kept current as events are stored: a backfill batch holds thousands of facts.
    pairs = {(f.actor, f.target) for f in facts if f.kind == "mission" and f.target}
    mission_timelines = mission_status_timelines(session, pairs) if pairs else {}
    crossings = all_crossings(session) if any(f.kind == "border" for f in facts) else {}
    crossing_timelines: dict[str, Timeline] = {}
    for fact in facts:
        record = records[fact.article_id]
        on = record.published or dt.date.today()
        evidence = _evidence(fact, record)
        if fact.kind == "border":
            _crossing_events(session, fact, record, on, evidence, crossings, crossing_timelines)
        elif fact.kind == "mission" and fact.target:
            record_mission_event(
                session,
                operator=fact.actor,
                host=fact.target,
                status=fact.action or "",
                on=on,
                origin="news",
                evidence=evidence,
                source_url=record.url,
                article_id=record.id,
                document_id=record.document_id,
                confirmed=False,
                reported_by=record.outlet or "news",
                known=mission_timelines[(fact.actor, fact.target)],
            )
        elif fact.kind == "advisory":
            _advisory_change(session, fact, record, on, evidence)


def _max_change_id(session: Session) -> int:
    return max(session.execute(select(Change.id).order_by(Change.id.desc()).limit(1)).scalars().all() or [0])


def _evidence(fact: NewsFact, record: ArticleRecord) -> dict[str, Any]:
    quoted = fact.data.get("evidence") or {}
    return {
        "quote": quoted.get("quote"),
        "start": quoted.get("start"),
        "end": quoted.get("end"),
        "document_id": record.document_id,
        "article_id": record.id,
        "outlet": record.outlet,
        "url": record.url,
        "published": record.published.isoformat() if record.published else None,
        "origin": "news",
        "confidence": fact.data.get("confidence"),
    }


def _crossing_events(
    session: Session,
    fact: NewsFact,
    record: ArticleRecord,
    on: dt.date,
    evidence: dict[str, Any],
    crossings: dict[str, Crossing],
    timelines: dict[str, Timeline],
) -> None:
    status = _BORDER_STATUS.get(fact.action or "")
    names = fact.data.get("crossing_names") or []
    if status is None or not names or fact.target is None:
        return  # threats and count-only reports stay as pair-level knowledge (see crossings.pair_reports)
    when = dt.date.fromisoformat(fact.data["effective_date"]) if fact.data.get("effective_date") else on
    for name in names:
        crossing = resolve_crossing(name, (fact.actor, fact.target))
        crossing = crossings.get(crossing.id) if crossing else None
        if crossing is None or {crossing.country, crossing.neighbour} != {fact.actor, fact.target}:
            continue
        if crossing.id not in timelines:
            timelines[crossing.id] = status_timeline(session, crossing)
        timeline = timelines[crossing.id]
        before = timeline.status_on(when)
        created = insert_ignore(
            session,
            CrossingEvent,
            [
                {
                    "crossing_id": crossing.id,
                    "status": status,
                    "restrictions": "",
                    "effective_on": when,
                    "origin": "news",
                    "source_url": record.url,
                    "note": f"reported as {fact.action} ({name})",
                    "evidence": {**evidence, "name_in_text": name},
                    "article_id": record.id,
                    "recorded_at": dt.datetime.now(dt.UTC),
                    "dedupe_key": f"news:{crossing.id}:{when}:{status}:{record.id}",
                }
            ],
            ["dedupe_key"],
        )
        if created:
            timeline.add(StatusEntry(when, status, "news"))
            record_crossing_change(
                session,
                crossing,
                before,
                status,
                when,
                evidence,
                confirmed=False,
                reported_by=record.outlet,
                document_id=record.document_id,
            )


SAME_REPORT_DAYS = 30  # reports of the same directive within this many days are one change


def _advisory_change(
    session: Session, fact: NewsFact, record: ArticleRecord, on: dt.date, evidence: dict[str, Any]
) -> None:
    """A directive reported by the news is a Change ("reported by <outlet>") until an official source or a
    second independent story confirms it; confirming updates the change (and its alerts), it adds no new one."""
    if not fact.action or fact.action in ("lowered", "normal_precautions", "increased_caution") or not fact.target:
        return
    subject_ref = f"{fact.actor}->{fact.target}"
    earlier = (
        session.execute(
            select(Change).where(
                Change.kind == "directive_reported",
                Change.subject_ref == subject_ref,
                Change.occurred_on >= on - dt.timedelta(days=SAME_REPORT_DAYS),
                Change.occurred_on <= on,
            )
        )
        .scalars()
        .all()
    )
    change = next((c for c in earlier if (c.after or {}).get("directive") == fact.action), None)
    if change is None:
        key = f"news-advisory:{subject_ref}:{fact.action}:{on}"
        insert_ignore(
            session,
            Change,
            [
                {
                    "kind": "directive_reported",
                    "country": fact.target,
                    "issuer": fact.actor,
                    "subject_ref": subject_ref,
                    "region": None,
                    "before": None,
                    "after": {"directive": fact.action, "level": fact.level},
                    "evidence": evidence,
                    "occurred_on": on,
                    "confirmed": False,
                    "reported_by": record.outlet or "news",
                    "document_id": record.document_id,
                    "dedupe_key": key,
                    "recorded_at": dt.datetime.now(dt.UTC),
                }
            ],
            ["dedupe_key"],
        )
        return
    stories = set(
        session.execute(
            select(ArticleRecord.story_id)
            .join(NewsFact, NewsFact.article_id == ArticleRecord.id)
            .where(
                NewsFact.kind == "advisory",
                NewsFact.actor == fact.actor,
                NewsFact.target == fact.target,
                NewsFact.action == fact.action,
                ArticleRecord.published >= change.occurred_on,
            )
        ).scalars()
    )
    if len(stories) >= 2 and not change.confirmed:
        change.confirmed = True
        update_alerts(session, [change.id])
