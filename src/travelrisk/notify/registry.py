"""Travellers and trips, imported in bulk (CSV or JSON) or one by one; channels; the retention rule.

CSV header: `traveller_id,name,email,citizenship,country,region,start,end` (one row per trip); JSON: a list
of objects with the same fields. Rows with problems are rejected with their line (or item) number; valid
rows are imported. Personal data never goes to logs or error messages beyond the row number and field.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from travelrisk.config import settings
from travelrisk.geo.countries import is_country
from travelrisk.notify.channels import Message, channel
from travelrisk.notify.rules import default_organisation, valid_email
from travelrisk.store.documents import insert_ignore, rowcount
from travelrisk.store.tables import Alert, Channel, Delivery, Traveller, Trip

FIELDS = ["traveller_id", "name", "email", "citizenship", "country", "region", "start", "end"]


@dataclass
class ImportResult:
    imported: int = 0
    travellers: int = 0
    rejected: list[str] = field(default_factory=list)


def check_row(row: dict[str, Any], where: str) -> tuple[dict[str, Any] | None, list[str]]:
    problems = []
    external = str(row.get("traveller_id") or "").strip()
    if not external:
        problems.append("traveller_id is empty")
    email = str(row.get("email") or "").strip()
    if email and not valid_email(email):
        problems.append("email is not an address")
    citizenship = str(row.get("citizenship") or "").strip().upper()
    if citizenship and not is_country(citizenship):
        problems.append(f"citizenship {citizenship!r} is not an ISO 3166 alpha-2 code")
    country = str(row.get("country") or "").strip().upper()
    if not is_country(country):
        problems.append(f"country {country!r} is not an ISO 3166 alpha-2 code")
    dates = {}
    for name in ("start", "end"):
        try:
            dates[name] = dt.date.fromisoformat(str(row.get(name) or "").strip())
        except ValueError:
            problems.append(f"{name} {row.get(name)!r} is not a date (YYYY-MM-DD)")
    if not problems and dates["end"] < dates["start"]:
        problems.append("end is before start")
    if problems:
        return None, [f"{where}: {p}" for p in problems]
    return {
        "external_id": external[:200],
        "name": str(row.get("name") or "").strip()[:300],
        "email": email or None,
        "citizenship": citizenship or None,
        "country": country,
        "region": str(row.get("region") or "").strip()[:200],
        "start": dates["start"],
        "end": dates["end"],
    }, []


def check_items(items: list[Any]) -> tuple[list[dict[str, Any]], list[str]]:
    """Valid trip rows and the rejections (by item number) of decoded JSON objects."""
    rows: list[dict[str, Any]] = []
    rejected: list[str] = []
    for index, item in enumerate(items, 1):
        if not isinstance(item, dict):
            rejected.append(f"item {index}: not an object")
            continue
        row, problems = check_row(item, f"item {index}")
        rows += [row] if row else []
        rejected += problems
    return rows, rejected


def parse_rows(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Valid trip rows and the rejections (by line or item number) of a CSV or JSON file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        return [], [f"{path}: not UTF-8 text (byte {exc.start})"]
    if path.suffix.lower() == ".json" or text.lstrip()[:1] in ("[", "{"):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            return [], [f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})"]
        if isinstance(items, dict):
            items = items.get("travellers") or items.get("trips") or []
        if not isinstance(items, list):
            return [], [f"{path}: expected a list of travellers"]
        return check_items(items)
    rows: list[dict[str, Any]] = []
    rejected: list[str] = []
    reader = csv.DictReader(io.StringIO(text))
    missing = [f for f in ("traveller_id", "country", "start", "end") if f not in (reader.fieldnames or [])]
    if missing:
        return [], [f"line 1: missing column(s) {', '.join(missing)} (header: {','.join(FIELDS)})"]
    for line, item in enumerate(reader, 2):
        if None in item:
            rejected.append(f"line {line}: more fields than the header")
            continue
        row, problems = check_row(item, f"line {line}")
        rows += [row] if row else []
        rejected += problems
    return rows, rejected


def store_trips(session: Session, rows: list[dict[str, Any]]) -> tuple[int, int]:
    """Upsert travellers (by their organisation's id) and add their trips; returns (trips, travellers)."""
    organisation = default_organisation(session)
    by_external: dict[str, dict[str, Any]] = {}
    for row in rows:
        by_external[row["external_id"]] = row
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    people = [
        {
            "organisation_id": organisation.id,
            "external_id": e,
            "name": r["name"],
            "email": r["email"],
            "citizenship": r["citizenship"],
        }
        for e, r in by_external.items()
    ]
    if people:
        statement = dialect.insert(Traveller)
        statement = statement.on_conflict_do_update(
            index_elements=["organisation_id", "external_id"],
            set_={
                "name": statement.excluded.name,
                "email": statement.excluded.email,
                "citizenship": statement.excluded.citizenship,
            },
        )
        session.connection().execute(statement, people)
    ids: dict[str, int] = {}
    externals = list(by_external)
    for chunk in range(0, len(externals), 5000):
        ids.update(
            session.execute(
                select(Traveller.external_id, Traveller.id).where(
                    Traveller.organisation_id == organisation.id,
                    Traveller.external_id.in_(externals[chunk : chunk + 5000]),
                )
            ).all()
        )
    trips = [
        {
            "traveller_id": ids[r["external_id"]],
            "country": r["country"],
            "region": r["region"],
            "start": r["start"],
            "end": r["end"],
        }
        for r in rows
    ]
    added = 0
    for start in range(0, len(trips), 5000):
        added += insert_ignore(
            session, Trip, trips[start : start + 5000], ["traveller_id", "country", "region", "start", "end"]
        )
    return added, len(by_external)


def add_channel(session: Session, kind: str, target: str, *, secret: str | None = None) -> int:
    """Add (or find) one of the default organisation's channels, after the channel checked the target. Adding
    an existing channel with a secret replaces its secret (how a webhook's secrets are rotated)."""
    channel(kind).check(target, secret)
    organisation = default_organisation(session)
    insert_ignore(
        session,
        Channel,
        [{"organisation_id": organisation.id, "kind": kind, "target": target, "secret": secret, "active": True}],
        ["organisation_id", "kind", "target"],
    )
    found = session.execute(
        select(Channel).where(
            Channel.organisation_id == organisation.id, Channel.kind == kind, Channel.target == target
        )
    ).scalar_one()
    if secret is not None and found.secret != secret:
        found.secret = secret
    return found.id


def purge_expired(session: Session, today: dt.date | None = None) -> dict[str, int]:
    """The retention rule: trips purged a configurable time after they end (default 18 months), then
    travellers with no trips left; their finished alerts and deliveries go with them."""
    cutoff = (today or dt.date.today()) - dt.timedelta(days=settings().trip_retention_days)
    old = select(Trip.id).where(Trip.end < cutoff)
    old_alerts = select(Alert.id).where(Alert.trip_id.in_(old))
    deliveries = rowcount(session.execute(delete(Delivery).where(Delivery.alert_id.in_(old_alerts))))
    alerts = rowcount(session.execute(delete(Alert).where(Alert.trip_id.in_(old))))
    trips = rowcount(session.execute(delete(Trip).where(Trip.end < cutoff)))
    orphans = select(Traveller.id).where(~Traveller.id.in_(select(Trip.traveller_id)))
    session.execute(delete(Alert).where(Alert.traveller_id.in_(orphans)))
    travellers = rowcount(session.execute(delete(Traveller).where(Traveller.id.in_(orphans))))
    return {"trips": trips, "travellers": travellers, "alerts": alerts, "deliveries": deliveries}


def list_travellers(session: Session) -> list[dict[str, Any]]:
    """The default organisation's travellers with their trips (newest first)."""
    organisation = default_organisation(session)
    people = session.execute(
        select(Traveller).where(Traveller.organisation_id == organisation.id).order_by(Traveller.external_id)
    ).scalars()
    trips: dict[int, list[dict[str, Any]]] = {}
    for trip in session.execute(
        select(Trip)
        .join(Traveller, Traveller.id == Trip.traveller_id)
        .where(Traveller.organisation_id == organisation.id)
        .order_by(Trip.start.desc())
    ).scalars():
        trips.setdefault(trip.traveller_id, []).append(
            {
                "country": trip.country,
                "region": trip.region,
                "start": trip.start.isoformat(),
                "end": trip.end.isoformat(),
            }
        )
    return [
        {
            "traveller_id": person.external_id,
            "name": person.name,
            "email": person.email,
            "citizenship": person.citizenship,
            "trips": trips.get(person.id, []),
        }
        for person in people
    ]


def remove_traveller(session: Session, external_id: str) -> dict[str, int] | None:
    """Forget one traveller of the default organisation: their trips, alerts and deliveries go with them; None
    when there is no such traveller."""
    organisation = default_organisation(session)
    person = session.execute(
        select(Traveller).where(Traveller.organisation_id == organisation.id, Traveller.external_id == external_id)
    ).scalar_one_or_none()
    if person is None:
        return None
    their_alerts = select(Alert.id).where(Alert.traveller_id == person.id)
    deliveries = rowcount(session.execute(delete(Delivery).where(Delivery.alert_id.in_(their_alerts))))
    alerts = rowcount(session.execute(delete(Alert).where(Alert.traveller_id == person.id)))
    trips = rowcount(session.execute(delete(Trip).where(Trip.traveller_id == person.id)))
    session.execute(delete(Traveller).where(Traveller.id == person.id))
    return {"travellers": 1, "trips": trips, "alerts": alerts, "deliveries": deliveries}


def list_channels(session: Session) -> list[dict[str, Any]]:
    """The default organisation's channels (secrets are never shown, only whether one is set)."""
    organisation = default_organisation(session)
    return [
        {"id": c.id, "kind": c.kind, "target": c.target, "has_secret": bool(c.secret), "active": c.active}
        for c in session.execute(
            select(Channel).where(Channel.organisation_id == organisation.id).order_by(Channel.id)
        ).scalars()
    ]


def get_channel(session: Session, channel_id: int) -> Channel | None:
    organisation = default_organisation(session)
    found = session.get(Channel, channel_id)
    return found if found is not None and found.organisation_id == organisation.id else None


def remove_channel(session: Session, channel_id: int) -> dict[str, int] | None:
    """Remove one channel: what it has not delivered yet is dropped, what it delivered stays as history; None
    when there is no such channel."""
    if get_channel(session, channel_id) is None:
        return None
    unsent = rowcount(
        session.execute(
            delete(Delivery).where(Delivery.channel_id == channel_id, Delivery.status.in_(("pending", "sending")))
        )
    )
    session.execute(update(Delivery).where(Delivery.channel_id == channel_id).values(channel_id=None))
    session.execute(delete(Channel).where(Channel.id == channel_id))
    return {"channels": 1, "undelivered_dropped": unsent}


def test_message(row: Channel, now: dt.datetime) -> Message:
    """A message that says it is a test, for `channels test` (a new key each time: receivers must not drop it)."""
    stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
    return Message(
        key=f"test:{row.id}:{stamp}",
        recipient=row.target,
        subject="travelrisk test message",
        text=f"This is a test message from travelrisk to channel {row.id} ({row.kind}). No action is needed.\n",
        payload={"type": "test", "channel": row.id, "sent_at": now.isoformat()},
        cap=b"",
        secret=row.secret,
    )
