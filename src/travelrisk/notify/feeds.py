"""Public feeds of alert-worthy changes: Atom (RFC 4287) and the latest CAP document per country.

Feeds carry the changes that alerted someone, never the travellers they alerted."""

from __future__ import annotations

import datetime as dt
from typing import Any

from lxml import etree
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from travelrisk.config import settings
from travelrisk.model import Change
from travelrisk.notify.cap import build_cap
from travelrisk.notify.message import content_for
from travelrisk.notify.rules import DEFAULT_RULES, concerns
from travelrisk.store import tables
from travelrisk.store.changes import as_change
from travelrisk.store.tables import Alert, Delivery, Traveller

ATOM = "http://www.w3.org/2005/Atom"
_EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def public_changes(session: Session, *, country: str | None = None, limit: int = 100) -> list[tuple[Change, int]]:
    """Alert-worthy changes by the default rules, alerted or not (the feed does not depend on travellers)."""
    query = select(tables.Change).order_by(tables.Change.occurred_on.desc(), tables.Change.id.desc()).limit(limit * 5)
    if country:
        query = query.where(tables.Change.country == country)
    out = []
    for change in map(as_change, session.execute(query).scalars()):
        if concerns(change, DEFAULT_RULES):
            out.append((change, 2 if change.confirmed and change.reported_by else 1))
        if len(out) >= limit:
            break
    return out


def atom_feed(session: Session, public_url: str) -> bytes:
    items = public_changes(session)
    feed = etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM})
    etree.SubElement(feed, f"{{{ATOM}}}title").text = "travelrisk alerts"
    etree.SubElement(feed, f"{{{ATOM}}}id").text = f"{public_url.rstrip('/')}/feeds/alerts.atom"
    updated = max((c.recorded_at or _EPOCH for c, _ in items), default=_EPOCH)
    etree.SubElement(feed, f"{{{ATOM}}}updated").text = _time(updated)
    etree.SubElement(feed, f"{{{ATOM}}}link", href=f"{public_url.rstrip('/')}/feeds/alerts.atom", rel="self")
    author = etree.SubElement(feed, f"{{{ATOM}}}author")
    etree.SubElement(author, f"{{{ATOM}}}name").text = "travelrisk"
    for change, version in items:
        content = content_for(change.to_json())
        entry = etree.SubElement(feed, f"{{{ATOM}}}entry")
        etree.SubElement(entry, f"{{{ATOM}}}id").text = f"tag:travelrisk,2026:change-{change.id}-v{version}"
        etree.SubElement(entry, f"{{{ATOM}}}title").text = content.headline
        etree.SubElement(entry, f"{{{ATOM}}}updated").text = _time(change.recorded_at or _EPOCH)
        etree.SubElement(entry, f"{{{ATOM}}}link", href=f"{public_url.rstrip('/')}/countries/{change.country}")
        etree.SubElement(entry, f"{{{ATOM}}}category", term=change.kind)
        etree.SubElement(entry, f"{{{ATOM}}}summary").text = content.description
    return bytes(etree.tostring(feed, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def latest_cap(session: Session, country: str, public_url: str) -> bytes | None:
    """The CAP document of the latest alert-worthy change for a country (scope Public)."""
    items = public_changes(session, country=country, limit=1)
    if not items:
        return None
    change, version = items[0]
    data = change.to_json()
    config = settings()
    return build_cap(
        change=data,
        content=content_for(data),
        version=version,
        sent=change.recorded_at or _EPOCH,
        web=f"{public_url.rstrip('/')}/countries/{country}",
        previous_sent=change.recorded_at,
        sender=config.cap_sender,
        contact=config.cap_contact,
        expires_after=dt.timedelta(days=config.cap_expires_days),
    )


def _time(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.replace(microsecond=0).isoformat()


def alerts_list(session: Session, *, limit: int = 200) -> list[dict[str, Any]]:
    """Recent alerts for `alerts list`: the change, who (traveller id only) and the delivery state."""
    rows = session.execute(
        select(Alert, tables.Change, Traveller.external_id)
        .join(tables.Change, tables.Change.id == Alert.change_id)
        .outerjoin(Traveller, Traveller.id == Alert.traveller_id)
        .order_by(Alert.id.desc())
        .limit(limit)
    ).all()
    states: dict[int, str] = (
        dict(
            session.execute(
                select(
                    Delivery.alert_id,
                    func.group_concat(Delivery.status)
                    if session.get_bind().dialect.name == "sqlite"
                    else func.string_agg(Delivery.status, ","),
                )
                .where(Delivery.alert_id.in_([a.id for a, _c, _t in rows]))
                .group_by(Delivery.alert_id)
            ).all()
        )
        if rows
        else {}
    )
    out = []
    for alert, change, external in rows:
        content = content_for(as_change(change).to_json())
        out.append(
            {
                "alert_id": alert.id,
                "version": alert.version,
                "country": alert.country,
                "traveller_id": external,
                "may_be_affected": alert.may_be_affected,
                "headline": content.headline,
                "label": content.label,
                "change_id": change.id,
                "kind": change.kind,
                "occurred_on": change.occurred_on.isoformat(),
                "deliveries": sorted((states.get(alert.id) or "").split(",")) if states.get(alert.id) else [],
            }
        )
    return out
