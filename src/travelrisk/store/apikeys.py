"""API keys (only their hashes are stored) and a per-key rate limit shared by all API processes."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from travelrisk.errors import NotFound, UsageError
from travelrisk.store.tables import ApiKey, RateWindow


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


SCOPES = ("read", "write", "alerts")  # read: authenticated reads; write: POSTs; alerts: your travellers' alerts
DEFAULT_SCOPES = ("read", "write")


@dataclass(frozen=True)
class KeyInfo:
    id: int
    scopes: frozenset[str]


def create_key(
    session: Session, name: str, *, scopes: tuple[str, ...] = DEFAULT_SCOPES, expires_at: dt.datetime | None = None
) -> str:
    """A new key, returned once; the database keeps its hash and a short prefix to recognise it."""
    unknown = sorted(set(scopes) - set(SCOPES))
    if unknown or not scopes:
        raise UsageError(f"scopes {unknown or '(none)'}: choose among {', '.join(SCOPES)}")
    key = "trk_" + secrets.token_urlsafe(32)
    ordered = " ".join(s for s in SCOPES if s in scopes)
    session.add(ApiKey(name=name, key_hash=hash_key(key), prefix=key[:8], scopes=ordered, expires_at=expires_at))
    return key


def verify_key(session: Session, key: str | None) -> KeyInfo | None:
    """The key's id and scopes when it is valid: known, not revoked, not expired."""
    if not key:
        return None
    row = session.execute(
        select(ApiKey.id, ApiKey.scopes, ApiKey.expires_at).where(
            ApiKey.key_hash == hash_key(key), ApiKey.revoked.is_(False)
        )
    ).one_or_none()
    if row is None:
        return None
    expires_at = row.expires_at
    if expires_at is not None:
        if expires_at.tzinfo is None:
            expires_at = expires_at.replace(tzinfo=dt.UTC)
        if expires_at <= dt.datetime.now(dt.UTC):
            return None
    return KeyInfo(id=row.id, scopes=frozenset(row.scopes.split()))


def list_keys(session: Session) -> list[dict[str, Any]]:
    """Every key's name, prefix, scopes and state (never the key or its hash)."""
    now = dt.datetime.now(dt.UTC)
    out = []
    for key in session.execute(select(ApiKey).order_by(ApiKey.id)).scalars():
        expires = key.expires_at.replace(tzinfo=key.expires_at.tzinfo or dt.UTC) if key.expires_at else None
        state = "revoked" if key.revoked else "expired" if expires and expires <= now else "active"
        out.append(
            {
                "id": key.id,
                "name": key.name,
                "prefix": key.prefix,
                "scopes": key.scopes.split(),
                "created_at": key.created_at.isoformat() if key.created_at else None,
                "expires_at": expires.isoformat() if expires else None,
                "state": state,
            }
        )
    return out


def revoke_key(session: Session, which: str) -> int:
    """Revoke a key by its id or its prefix (`trk_xxxx`); returns its id."""
    query = (
        select(ApiKey).where(ApiKey.id == int(which))
        if which.isdigit()
        else select(ApiKey).where(ApiKey.prefix == which[:8])
    )
    found = list(session.execute(query).scalars())
    if not found:
        raise NotFound(f"no API key {which!r} (give its id or prefix, see `apikeys list`)")
    if len(found) > 1:
        raise UsageError(f"{which!r} matches {len(found)} keys: give the id")
    found[0].revoked = True
    return found[0].id


def count_request(session: Session, key_id: int) -> int:
    """Count one request in this minute's window (atomically, in the database); returns the window's count."""
    window = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(RateWindow).values(key_id=key_id, window_start=window, count=1)
    statement = statement.on_conflict_do_update(
        index_elements=["key_id", "window_start"], set_={"count": RateWindow.count + 1}
    ).returning(RateWindow.count)
    return int(session.execute(statement).scalar_one())
