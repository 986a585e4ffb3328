"""API keys (only their hashes are stored) and a per-key rate limit shared by all API processes."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from sqlalchemy import Engine, select
from sqlalchemy.dialects import postgresql, sqlite

from travelrisk.store.db import get_engine, session_scope
from travelrisk.store.tables import ApiKey, RateWindow


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create_key(name: str, *, engine: Engine | None = None) -> str:
    """A new key, returned once; the database keeps its hash and a short prefix to recognise it."""
    key = "trk_" + secrets.token_urlsafe(32)
    with session_scope(engine or get_engine()) as session:
        session.add(ApiKey(name=name, key_hash=hash_key(key), prefix=key[:8]))
    return key


def verify_key(key: str | None, *, engine: Engine) -> int | None:
    """The key's id when it is valid and not revoked."""
    if not key:
        return None
    with session_scope(engine) as session:
        row = session.execute(
            select(ApiKey.id).where(ApiKey.key_hash == hash_key(key), ApiKey.revoked.is_(False))
        ).scalar_one_or_none()
    return row


def allow(key_id: int, limit_per_minute: int, *, engine: Engine) -> bool:
    """Count one request in this minute's window (atomically, in the database); False over the limit."""
    window = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    with session_scope(engine) as session:
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        statement = dialect.insert(RateWindow).values(key_id=key_id, window_start=window, count=1)
        statement = statement.on_conflict_do_update(
            index_elements=["key_id", "window_start"], set_={"count": RateWindow.count + 1}
        ).returning(RateWindow.count)
        count = session.execute(statement).scalar_one()
    return count <= limit_per_minute
