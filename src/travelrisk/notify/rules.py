"""Which Changes alert whom, and writing those alerts (and their outbox rows) in the caller's transaction.

Default rules: a level raised to 3 or 4 by any issuer; any `leave_immediately` / `do_not_travel` directive
(also when only the news reports it: people in danger cannot wait for a second source); a crossing closed,
restricted or reopened in the country or on its borders; a mission status change there. Travellers are
matched by trip: there on the change date, or starting within the window (default 30 days).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import String, and_, cast, literal, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from travelrisk.config import settings
from travelrisk.geo.countries import normalise_name
from travelrisk.model import Change
from travelrisk.store import changes as change_store
from travelrisk.store.documents import rowcount
from travelrisk.store.tables import Alert, Channel, Delivery, Organisation, Traveller, Trip, utcnow

DEFAULT_RULES: dict[str, Any] = {
    "min_level": 3,
    "directives": ["leave_immediately", "do_not_travel"],
    "crossings": True,
    "missions": True,
    "news_reports": True,
}
ALERTING_DIRECTIVES = {"leave_immediately", "do_not_travel"}


def rules_for(organisation: Organisation) -> dict[str, Any]:
    return {**DEFAULT_RULES, **(organisation.rules or {})}


def concerns(change: Change, rules: dict[str, Any]) -> list[str]:
    """The countries whose travellers a change concerns under `rules` (empty: it alerts nobody)."""
    after = change.after or {}
    if not change.confirmed and not rules["news_reports"]:
        return []
    if change.kind == "level_up":
        return [change.country] if (after.get("level") or 0) >= rules["min_level"] else []
    if change.kind in ("directive_issued", "directive_reported"):
        return [change.country] if after.get("directive") in rules["directives"] else []
    if change.kind == "regional_level_up":
        return [change.country] if (after.get("level") or 0) >= rules["min_level"] else []
    if change.kind == "crossing_status" and rules["crossings"]:
        return list(dict.fromkeys(after.get("countries") or [change.country]))
    if change.kind == "mission_status" and rules["missions"]:
        return [change.country]
    return []


def region_matches(trip_region: str, change_region: str) -> bool:
    """A trip's region is in a regional advisory's area when their names share a significant word."""
    stop = {
        "the",
        "of",
        "and",
        "region",
        "regions",
        "province",
        "provinces",
        "state",
        "states",
        "area",
        "areas",
        "oblast",
        "district",
        "county",
        "city",
        "border",
        "within",
        "km",
        "parts",
        "all",
        "other",
    }
    trip_words = {w for w in normalise_name(trip_region).split() if w not in stop and len(w) > 2}
    change_words = {w for w in normalise_name(change_region).split() if w not in stop and len(w) > 2}
    return bool(trip_words & change_words)


def _trip_window(on: dt.date, window_days: int) -> Any:
    """Trips under way on the change date, or starting within the window after it."""
    return or_(
        and_(Trip.start <= on, Trip.end >= on),
        and_(Trip.start > on, Trip.start <= on + dt.timedelta(days=window_days)),
    )


def enqueue_alerts(session: Session, change_ids: list[int]) -> int:
    """Write the alerts and outbox rows the changes cause; returns how many alerts were written."""
    if not change_ids:
        return 0
    window = settings().alert_window_days
    written = 0
    organisations = list(session.execute(select(Organisation)).scalars())
    for change in change_store.load(session, change_ids):
        for organisation in organisations:
            countries = concerns(change, rules_for(organisation))
            if countries:
                written += _write_alerts(session, change, organisation, countries, window)
    return written


def _write_alerts(
    session: Session, change: Change, organisation: Organisation, countries: list[str], window: int
) -> int:
    assert change.id is not None  # a stored change
    now = utcnow()
    base = (
        select(Trip.id, Trip.traveller_id, Trip.country, Trip.region)
        .join(Traveller, Traveller.id == Trip.traveller_id)
        .where(
            Traveller.organisation_id == organisation.id,
            Trip.country.in_(countries),
            _trip_window(change.occurred_on, window),
        )
    )
    if change.region:
        # A regional advisory alerts trips in that region and marks trips with no region "may be affected".
        rows = []
        for trip_id, traveller_id, country, region in session.execute(base):
            if not region:
                rows.append((trip_id, traveller_id, country, True))
            elif region_matches(region, change.region):
                rows.append((trip_id, traveller_id, country, False))
        if not rows:
            return 0
        values = [
            {
                "organisation_id": organisation.id,
                "change_id": change.id,
                "traveller_id": t,
                "trip_id": i,
                "country": c,
                "may_be_affected": m,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for i, t, c, m in rows
        ]
        for start in range(0, len(values), 2000):
            session.execute(_insert_alerts(session).values(values[start : start + 2000]))
    else:
        selected = (
            select(
                literal(organisation.id),
                literal(change.id),
                Trip.traveller_id,
                Trip.id,
                Trip.country,
                literal(False),
                literal(1),
                literal(now),
                literal(now),
            )
            .join(Traveller, Traveller.id == Trip.traveller_id)
            .where(
                Traveller.organisation_id == organisation.id,
                Trip.country.in_(countries),
                _trip_window(change.occurred_on, window),
            )
        )
        session.execute(
            _insert_alerts(session).from_select(
                [
                    "organisation_id",
                    "change_id",
                    "traveller_id",
                    "trip_id",
                    "country",
                    "may_be_affected",
                    "version",
                    "created_at",
                    "updated_at",
                ],
                selected,
            )
        )
    return _write_deliveries(session, change.id, version=None)


def _insert_alerts(session: Session) -> Any:
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(Alert).on_conflict_do_nothing(index_elements=["change_id", "trip_id"])


def _write_deliveries(session: Session, change_id: int, version: int | None) -> int:
    """Outbox rows for the alerts of one change (at their current version): the traveller's own email and
    each active channel of the organisation. Keys name no personal data."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    now = utcnow()
    columns = [
        "alert_id",
        "alert_version",
        "channel_kind",
        "channel_id",
        "recipient",
        "idempotency_key",
        "status",
        "attempts",
        "next_attempt_at",
    ]

    def key(*parts: Any) -> Any:
        expression = literal("a") + cast(Alert.id, String)
        for part in parts:
            expression = expression + (part if isinstance(part, str) else cast(part, String))
        return expression

    own = (
        select(
            Alert.id,
            Alert.version,
            literal("email"),
            literal(None),
            Traveller.email,
            key(":v", Alert.version, ":email:t", Traveller.id),
            literal("pending"),
            literal(0),
            literal(now),
        )
        .join(Traveller, Traveller.id == Alert.traveller_id)
        .where(Alert.change_id == change_id, Traveller.email.is_not(None), Traveller.email != "")
    )
    channels = (
        select(
            Alert.id,
            Alert.version,
            Channel.kind,
            Channel.id,
            Channel.target,
            key(":v", Alert.version, ":ch", Channel.id),
            literal("pending"),
            literal(0),
            literal(now),
        )
        .join(Channel, and_(Channel.organisation_id == Alert.organisation_id, Channel.active.is_(True)))
        .where(Alert.change_id == change_id)
    )
    if version is not None:
        own = own.where(Alert.version == version)
        channels = channels.where(Alert.version == version)
    total = 0
    for query in (own, channels):
        statement = (
            dialect.insert(Delivery)
            .from_select(columns, query)
            .on_conflict_do_nothing(index_elements=["idempotency_key"])
        )
        result = session.execute(statement)
        total += rowcount(result)
    return total


def update_alerts(session: Session, change_ids: list[int]) -> int:
    """A change was confirmed: its alerts get a new version (CAP msgType Update), not new alerts."""
    if not change_ids:
        return 0
    result = session.execute(
        update(Alert).where(Alert.change_id.in_(change_ids)).values(version=Alert.version + 1, updated_at=utcnow())
    )
    for change_id in change_ids:
        _write_deliveries(session, change_id, version=None)
    return rowcount(result)


def default_organisation(session: Session) -> Organisation:
    organisation = session.execute(select(Organisation).where(Organisation.name == "default")).scalar_one_or_none()
    if organisation is None:
        organisation = Organisation(name="default", rules={})
        session.add(organisation)
        session.flush()
    return organisation


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value))
