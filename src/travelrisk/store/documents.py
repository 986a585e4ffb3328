"""Raw inputs kept verbatim, identified by content hash; and the insert-or-ignore both engines support."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from travelrisk.store.tables import Base, Document


def insert_ignore(session: Session, table: type[Base], rows: list[dict[str, Any]], conflict: list[str]) -> int:
    """INSERT ... ON CONFLICT DO NOTHING on SQLite and PostgreSQL; returns how many rows were new."""
    return len(insert_new(session, table, rows, conflict))


def insert_new(session: Session, table: type[Base], rows: list[dict[str, Any]], conflict: list[str]) -> list[Any]:
    """INSERT ... ON CONFLICT DO NOTHING; returns the primary keys of the rows that were new."""
    if not rows:
        return []
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    keys = list(table.__table__.primary_key.columns)  # type: ignore[attr-defined]
    statement = insert(table).on_conflict_do_nothing(index_elements=conflict).returning(*keys)
    # One compiled statement, executed for many rows (SQLAlchemy batches them as "insertmanyvalues");
    # RETURNING yields only the inserted rows on both engines (rowcount is not reliable for batches).
    return [row[0] for row in session.connection().execute(statement, rows).all()]


def rowcount(result: Any) -> int:
    """Rows an UPDATE or DELETE touched (0 when the driver cannot tell)."""
    return max(getattr(result, "rowcount", 0) or 0, 0)


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def save_document(
    session: Session,
    *,
    kind: str,
    source: str,
    content: bytes,
    url: str | None = None,
    published: dt.date | None = None,
    outlet: str | None = None,
) -> tuple[Document, bool]:
    """Store the bytes once; a second identical input returns the first document and `False`."""
    digest = sha256(content)
    created = insert_ignore(
        session,
        Document,
        [
            {
                "kind": kind,
                "source": source[:300],
                "url": url,
                "sha256": digest,
                "content": content,
                "published": published,
                "outlet": outlet,
                "retrieved_at": dt.datetime.now(dt.UTC),
            }
        ],
        ["sha256"],
    )
    document = session.execute(select(Document).where(Document.sha256 == digest)).scalar_one()
    return document, bool(created)
