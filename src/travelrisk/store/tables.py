"""SQLAlchemy 2 tables. Raw inputs are kept verbatim in `documents`; everything else derives from them."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Document(Base):
    """A payload or article exactly as received, identified by the SHA-256 of its bytes. `content` is stored
    compressed when `content_encoding` says so ("zlib"; null: the bytes as received, as in rows stored before
    compression); `store.documents.document_content` is the one reader."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # advisory | article
    source: Mapped[str] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    retrieved_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    published: Mapped[dt.date | None] = mapped_column(Date)
    outlet: Mapped[str | None] = mapped_column(String(200))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    content_encoding: Mapped[str | None] = mapped_column(String(10))


class AdvisoryObservation(Base):
    """One issuer's advice on one destination as seen in one payload on one date."""

    __tablename__ = "advisory_observations"
    __table_args__ = (
        UniqueConstraint("issuer", "subject", "observed_on", "content_hash", name="uq_observation"),
        Index("ix_observation_pair", "issuer", "subject", "observed_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    issuer: Mapped[str] = mapped_column(String(2))
    subject: Mapped[str] = mapped_column(String(2))
    observed_on: Mapped[dt.date] = mapped_column(Date)
    content_hash: Mapped[str] = mapped_column(String(64))
    level: Mapped[int | None] = mapped_column(Integer)
    level_raw: Mapped[str] = mapped_column(Text)
    directive: Mapped[str | None] = mapped_column(String(30))
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    regions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    issued_at: Mapped[dt.date | None] = mapped_column(Date)
    source_url: Mapped[str | None] = mapped_column(Text)
    destination_name: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(30))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))


class AdvisoryVersion(Base):
    """A run of identical observations of one (issuer, subject): valid from `valid_from` until `valid_to`."""

    __tablename__ = "advisory_versions"
    __table_args__ = (UniqueConstraint("issuer", "subject", "valid_from", name="uq_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    issuer: Mapped[str] = mapped_column(String(2))
    subject: Mapped[str] = mapped_column(String(2), index=True)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    last_observed_on: Mapped[dt.date] = mapped_column(Date)
    observation_id: Mapped[int] = mapped_column(ForeignKey("advisory_observations.id"))


class Change(Base):
    """Something that changed for a country, with before/after and evidence; alerts are made from these."""

    __tablename__ = "changes"
    __table_args__ = (
        Index("ix_change_subject", "kind", "subject_ref", "occurred_on"),
        # A country's changes since a day, in day order (brief, `changes --country`, the country page).
        Index("ix_change_country_day", "country", "occurred_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    country: Mapped[str] = mapped_column(String(2))
    issuer: Mapped[str | None] = mapped_column(String(2))
    subject_ref: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(Text)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    evidence: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=True)
    reported_by: Mapped[str | None] = mapped_column(String(200))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    dedupe_key: Mapped[str] = mapped_column(String(300), unique=True)


class ArticleRecord(Base):
    """A stored news article's extraction; the text itself is the linked document. `extraction` keeps the
    extraction without its facts, which are the article's `news_facts` rows (`store.articles.extraction_of`
    puts them back together)."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    article_id: Mapped[str] = mapped_column(String(300))
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    outlet: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(Text)
    story_id: Mapped[int | None] = mapped_column(Integer, index=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    extraction: Mapped[dict[str, Any]] = mapped_column(JSON)
    extracted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


_COUNTED = text("crossings_counted IS NOT NULL")


class NewsFact(Base):
    """One extracted fact, flattened for queries by country: actor acts on/about target."""

    __tablename__ = "news_facts"
    __table_args__ = (
        Index("ix_fact_target", "target", "published"),
        Index("ix_fact_actor", "actor"),
        Index("ix_fact_actor_kind_day", "actor", "kind", "published"),
        Index("ix_fact_target_kind_day", "target", "kind", "published"),
        # the newest reports of one advisory group (issuer, directive, level) about a country: a seek each
        Index("ix_fact_advice", "target", "kind", "actor", "action", "level", "published"),
        # the newest count-only border reports of one side, a rare kind of fact: a short walk however long the
        # country's border news is
        *(
            Index(f"ix_fact_counted_{side}", side, "published", "id", sqlite_where=_COUNTED, postgresql_where=_COUNTED)
            for side in ("actor", "target")
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # advisory | border | mission
    actor: Mapped[str] = mapped_column(String(2))  # issuer | closing country | mission_of
    target: Mapped[str | None] = mapped_column(String(2))  # subject | neighbour | in_country
    action: Mapped[str | None] = mapped_column(String(30))  # directive | border action | mission action
    level: Mapped[int | None] = mapped_column(Integer)
    published: Mapped[dt.date | None] = mapped_column(Date)
    story_id: Mapped[int | None] = mapped_column(Integer)
    # a border report's number of crossings affected when it names none ("closed two of six"); NULL otherwise
    crossings_counted: Mapped[int | None] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class _FactGroup:
    """The columns of a counted group of news facts: how many say the same thing, their first and last day and
    the lowest and highest story behind them."""

    key: Mapped[str] = mapped_column(String(300), primary_key=True)  # the group's fields joined: one row per group
    kind: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str] = mapped_column(String(2))
    target: Mapped[str | None] = mapped_column(String(2))
    action: Mapped[str | None] = mapped_column(String(30))
    level: Mapped[int | None] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)
    first: Mapped[dt.date] = mapped_column(Date)
    last: Mapped[dt.date] = mapped_column(Date)
    story_low: Mapped[int] = mapped_column(Integer)
    story_high: Mapped[int] = mapped_column(Integer)


class FactCount(_FactGroup, Base):
    """The maintained country picture's counts: stored news facts that say the same thing (kind, actor, target,
    action, level, outlet). Written in the transaction that stores the facts; `travelrisk rebuild` recomputes
    it from `news_facts`. Facts of undated articles are not counted here (a picture reads those whole)."""

    __tablename__ = "fact_counts"
    __table_args__ = (Index("ix_fact_count_target", "target"), Index("ix_fact_count_actor", "actor"))

    outlet: Mapped[str | None] = mapped_column(String(200))


class FactTotal(_FactGroup, Base):
    """The same counts over every outlet: what the overview of all countries reads (one row per group, where
    `fact_counts` keeps one per group and outlet and so grows with the outlets of a backfill). Written beside
    `fact_counts`, rebuilt with it."""

    __tablename__ = "fact_totals"


# Text compared byte by byte, as Python compares str: a timeline's keyset pages are ordered the same in SQL and
# in Python (PostgreSQL's default collation would put "do_not_travel" and "donate" in another order).
_ORDERED_CODE = String(2).with_variant(String(2, collation="C"), "postgresql")
_ORDERED_KIND = String(20).with_variant(String(20, collation="C"), "postgresql")
_ORDERED_WORD = String(30).with_variant(String(30, collation="C"), "postgresql")


class TimelineLine(Base):
    """The maintained timeline of news: one row per country, day and group of dated news facts that say the same
    (kind, actor, target, action), naming the newest fact behind it. A fact is on the timelines of its actor and its
    target. Written in the transaction that stores the facts (`store.timeline`); `travelrisk rebuild` recomputes it.
    The primary key is the order a timeline is read in, newest first, so a page is a short index range
    (SQLite: a WITHOUT ROWID table, the rows live in that index)."""

    __tablename__ = "timeline_lines"
    __table_args__ = ({"sqlite_with_rowid": False},)

    country: Mapped[str] = mapped_column(_ORDERED_CODE, primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(_ORDERED_KIND, primary_key=True)
    actor: Mapped[str] = mapped_column(_ORDERED_CODE, primary_key=True)
    target: Mapped[str] = mapped_column(_ORDERED_CODE, primary_key=True)  # "" for none
    action: Mapped[str] = mapped_column(_ORDERED_WORD, primary_key=True)  # "" for none
    fact_id: Mapped[int] = mapped_column(Integer)


class FetchState(Base):
    """Validators of the last successful fetch of a URL, for conditional GET."""

    __tablename__ = "fetch_state"

    url: Mapped[str] = mapped_column(String(500), primary_key=True)
    etag: Mapped[str | None] = mapped_column(String(300))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    fetched_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SourceSync(Base):
    """What happened the last times an official source was synced: for `sources status`, the scheduler's
    backoff and the per-source age in /metrics."""

    __tablename__ = "source_sync"

    source: Mapped[str] = mapped_column(String(100), primary_key=True)
    last_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_success_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_error_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0)  # consecutive failed syncs (backoff)
    new_versions: Mapped[int] = mapped_column(Integer, default=0)  # of the last successful sync
    next_run_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class Lease(Base):
    """A named lease one process holds at a time (the scheduler's run): taken by an atomic update of an
    expired row, so two processes on one database never both hold it."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200), default="")
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class CrossingRecord(Base):
    """A crossing added by a user (CSV or API); bundled crossings live in the package data."""

    __tablename__ = "crossings"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    country: Mapped[str] = mapped_column(String(2))
    neighbour: Mapped[str] = mapped_column(String(2))
    name: Mapped[str] = mapped_column(String(200))
    name_other_side: Mapped[str] = mapped_column(String(200), default="")
    other_names: Mapped[list[Any]] = mapped_column(JSON, default=list)
    mode: Mapped[str] = mapped_column(String(20), default="road")
    lat: Mapped[float | None] = mapped_column()
    lon: Mapped[float | None] = mapped_column()
    coord_precision: Mapped[str] = mapped_column(String(60), default="none")
    restrictions: Mapped[str] = mapped_column(Text, default="")
    baseline: Mapped[str] = mapped_column(String(20), default="open")
    source: Mapped[str] = mapped_column(Text, default="")


class CrossingEvent(Base):
    """A dated status of one crossing, from news, a manual update or an import (bundled facts are in code)."""

    __tablename__ = "crossing_events"
    __table_args__ = (
        Index("ix_crossing_event", "crossing_id", "effective_on"),
        Index("ix_crossing_event_origin_status", "crossing_id", "origin", "status", "effective_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    crossing_id: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20))
    restrictions: Mapped[str] = mapped_column(Text, default="")
    effective_on: Mapped[dt.date] = mapped_column(Date)
    origin: Mapped[str] = mapped_column(String(20))  # news | manual
    source_url: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    dedupe_key: Mapped[str] = mapped_column(String(300), unique=True)


class MissionStatusEvent(Base):
    """A dated operating status of one country's missions in another, from news or a manual update."""

    __tablename__ = "mission_events"
    __table_args__ = (
        Index("ix_mission_event", "operator", "host", "effective_on"),
        # each status's newest and first day for one embassy, from the index alone (missions.bounded_entries)
        Index("ix_mission_event_status", "operator", "host", "origin", "status", "effective_on"),
        Index("ix_mission_event_host_day", "host", "effective_on"),  # each host's newest status (the overview)
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    operator: Mapped[str] = mapped_column(String(2))
    host: Mapped[str] = mapped_column(String(2))
    status: Mapped[str] = mapped_column(String(30))
    effective_on: Mapped[dt.date] = mapped_column(Date)
    origin: Mapped[str] = mapped_column(String(20))
    source_url: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    dedupe_key: Mapped[str] = mapped_column(String(300), unique=True)


class ArticleBand(Base):
    """MinHash LSH bands of stored articles, one 64-bit key per band (`assess.stories.band_keys`): articles
    sharing a key are near-duplicate candidates. The primary key (key, article_id) is the lookup index itself
    (SQLite: a WITHOUT ROWID table, so the rows live in that index and nowhere else)."""

    __tablename__ = "article_bands"
    __table_args__ = ({"sqlite_with_rowid": False},)

    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), primary_key=True, autoincrement=False)


class Organisation(Base):
    """Who travellers belong to, with its alert rules (JSON; defaults in notify.rules.DEFAULT_RULES)."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Traveller(Base):
    """Minimal personal data: an id the organisation knows, a name, an email, a citizenship."""

    __tablename__ = "travellers"
    __table_args__ = (UniqueConstraint("organisation_id", "external_id", name="uq_traveller"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    external_id: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str | None] = mapped_column(String(320))
    citizenship: Mapped[str | None] = mapped_column(String(2))


class Trip(Base):
    __tablename__ = "trips"
    __table_args__ = (
        UniqueConstraint("traveller_id", "country", "region", "start", "end", name="uq_trip"),
        Index("ix_trip_country_dates", "country", "start", "end"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    traveller_id: Mapped[int] = mapped_column(ForeignKey("travellers.id", ondelete="CASCADE"))
    country: Mapped[str] = mapped_column(String(2))
    region: Mapped[str] = mapped_column(String(200), default="")
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)


class Channel(Base):
    """Where an organisation's alerts go besides each traveller's own email: webhooks and desk addresses."""

    __tablename__ = "channels"
    __table_args__ = (UniqueConstraint("organisation_id", "kind", "target", name="uq_channel"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    kind: Mapped[str] = mapped_column(String(20))  # webhook | email
    target: Mapped[str] = mapped_column(Text)
    secret: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Alert(Base):
    """A Change that concerns one traveller's trip; updated in place when the change is confirmed."""

    __tablename__ = "alerts"
    __table_args__ = (UniqueConstraint("change_id", "trip_id", name="uq_alert"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    change_id: Mapped[int] = mapped_column(ForeignKey("changes.id"), index=True)
    traveller_id: Mapped[int | None] = mapped_column(ForeignKey("travellers.id", ondelete="SET NULL"))
    trip_id: Mapped[int | None] = mapped_column(ForeignKey("trips.id", ondelete="SET NULL"))
    country: Mapped[str] = mapped_column(String(2), index=True)
    may_be_affected: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Delivery(Base):
    """The outbox: one message of one alert version to one recipient on one channel, sent at least once."""

    __tablename__ = "deliveries"
    __table_args__ = (Index("ix_delivery_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), index=True)
    alert_version: Mapped[int] = mapped_column(Integer, default=1)
    channel_kind: Mapped[str] = mapped_column(String(20))  # webhook | email
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channels.id"))
    recipient: Mapped[str] = mapped_column(Text)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending|sending|delivered|dead
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class ApiKey(Base):
    """An API key: only the SHA-256 of the key is stored; the key itself is shown once, when created."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    scopes: Mapped[str] = mapped_column(String(100), default="read write", server_default="read write alerts")
    expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class RateWindow(Base):
    """Requests per key per minute, counted in the database so every API process shares the limit."""

    __tablename__ = "rate_windows"

    key_id: Mapped[int] = mapped_column(ForeignKey("api_keys.id", ondelete="CASCADE"), primary_key=True)
    window_start: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class BackfillShard(Base):
    """A finished backfill shard: recorded in the transaction that stored its articles, so a rerun skips it."""

    __tablename__ = "backfill_shards"

    key: Mapped[str] = mapped_column(String(600), primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    articles: Mapped[int] = mapped_column(Integer)
    stored: Mapped[int] = mapped_column(Integer)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    finished_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
