"""API keys (only their hashes are stored) and a per-key rate limit shared by all API processes."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from travelrisk.store.tables import ApiKey, RateWindow


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create_key(session: Session, name: str) -> str:
    """A new key, returned once; the database keeps its hash and a short prefix to recognise it."""
    key = "trk_" + secrets.token_urlsafe(32)
    session.add(ApiKey(name=name, key_hash=hash_key(key), prefix=key[:8]))
    return key


def verify_key(session: Session, key: str | None) -> int | None:
    """The key's id when it is valid and not revoked."""
    if not key:
        return None
    return session.execute(
        select(ApiKey.id).where(ApiKey.key_hash == hash_key(key), ApiKey.revoked.is_(False))
    ).scalar_one_or_none()


def count_request(session: Session, key_id: int) -> int:
    """Count one request in this minute's window (atomically, in the database); returns the window's count."""
    window = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(RateWindow).values(key_id=key_id, window_start=window, count=1)
    statement = statement.on_conflict_do_update(
        index_elements=["key_id", "window_start"], set_={"count": RateWindow.count + 1}
    ).returning(RateWindow.count)
    return int(session.execute(statement).scalar_one())
