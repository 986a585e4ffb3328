"""Raw inputs kept verbatim, identified by content hash; and the insert-or-ignore both engines support."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
import zlib
from typing import Any

from sqlalchemy import JSON, Table, select
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
    keys = list(table.__table__.primary_key.columns)  # type: ignore[attr-defined]
    if dialect == "postgresql" and len(rows) >= COPY_FROM:
        return _copied_insert_ignore(session, table, rows, conflict, keys[0].name)
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(table).on_conflict_do_nothing(index_elements=conflict).returning(*keys)
    # One compiled statement, executed for many rows (SQLAlchemy batches them as "insertmanyvalues");
    # RETURNING yields only the inserted rows on both engines (rowcount is not reliable for batches).
    return [row[0] for row in session.connection().execute(statement, rows).all()]


def insert_new_keys(session: Session, table: type[Base], rows: list[dict[str, Any]], key: str) -> list[Any]:
    """INSERT ... ON CONFLICT (key) DO NOTHING for many rows in one statement, in the rows' order; returns the
    `key` values of the rows that were new."""
    if not rows:
        return []
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql" and len(rows) >= COPY_FROM:
        return _copied_insert_ignore(session, table, rows, [key], key)
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    column = table.__table__.columns[key]
    statement = insert(table).on_conflict_do_nothing(index_elements=[key]).returning(column)
    return [row[0] for row in session.connection().execute(statement, rows).all()]


COPY_FROM = 100  # PostgreSQL: from this many rows on, insert-or-ignore goes through COPY


def _copied_insert_ignore(
    session: Session, table: type[Base], rows: list[dict[str, Any]], conflict: list[str], returning: str
) -> list[Any]:
    """PostgreSQL's insert-or-ignore of many rows: COPY into a temporary table, then one INSERT ... SELECT
    ... ORDER BY the rows' order ... ON CONFLICT DO NOTHING RETURNING `returning` of the new rows. A multi-row
    VALUES statement of thousands of placeholders costs more to build and parse than to run."""
    target = table.__table__
    assert isinstance(target, Table)
    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    keys = ", ".join(f'"{c}"' for c in conflict)  # quoted: a column may be a reserved word ("end")
    staging = f"_incoming_{target.name}_{uuid.uuid4().hex[:8]}"
    connection = session.connection()
    connection.exec_driver_sql(
        f'CREATE TEMPORARY TABLE "{staging}" ON COMMIT DROP AS '
        f'SELECT {names}, 0 AS "_row" FROM "{target.name}" WITH NO DATA'
    )
    _copy_rows(session, target, staging, [*columns, "_row"], [{**row, "_row": n} for n, row in enumerate(rows)])
    result = connection.exec_driver_sql(
        f'INSERT INTO "{target.name}" ({names}) SELECT {names} FROM "{staging}" ORDER BY "_row" '
        f'ON CONFLICT ({keys}) DO NOTHING RETURNING "{returning}"'
    )
    new = [row[0] for row in result.all()]
    connection.exec_driver_sql(f'DROP TABLE "{staging}"')
    return new


def _copy_rows(session: Session, target: Table, name: str, columns: list[str], rows: list[dict[str, Any]]) -> None:
    """COPY rows into the table `name` (shaped like `target`: JSON columns are sent as JSON text)."""
    as_json = {c for c in columns if c in target.c and isinstance(target.c[c].type, JSON)}
    driver = session.connection().connection.driver_connection
    assert driver is not None
    listed = ", ".join(f'"{c}"' for c in columns)
    with driver.cursor() as cursor, cursor.copy(f'COPY "{name}" ({listed}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([json.dumps(row[c]) if c in as_json and row[c] is not None else row[c] for c in columns])


def bulk_insert(session: Session, table: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert many new rows (no conflicts expected) in the session's transaction, in the rows' order: on
    PostgreSQL with COPY (one stream, no statement text to build and parse per batch), elsewhere as one
    executemany INSERT."""
    if not rows:
        return
    target = table.__table__
    assert isinstance(target, Table)
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        connection.execute(target.insert(), rows)
        return
    _copy_rows(session, target, target.name, list(rows[0]), rows)


def rowcount(result: Any) -> int:
    """Rows an UPDATE or DELETE touched (0 when the driver cannot tell)."""
    return max(getattr(result, "rowcount", 0) or 0, 0)


ZLIB = "zlib"
_LEVEL = 6  # ~3x smaller news text at ~0.1 ms per article; higher levels gain little


def pack(content: bytes) -> tuple[bytes, str | None]:
    """The bytes to store and their `content_encoding`: zlib-compressed unless that does not make them smaller."""
    packed = zlib.compress(content, _LEVEL)
    return (packed, ZLIB) if len(packed) < len(content) else (content, None)


def unpack(stored: bytes, encoding: str | None) -> bytes:
    """The bytes as received, from what `pack` stored (rows stored before compression have no encoding)."""
    if encoding is None:
        return bytes(stored)
    if encoding == ZLIB:
        return zlib.decompress(stored)
    raise ValueError(f"unknown content encoding {encoding!r}")


def document_content(document: Document) -> bytes:
    """A stored document's bytes exactly as received: the one way document content is read."""
    return unpack(document.content, document.content_encoding)


def read_document(session: Session, document_id: int) -> bytes:
    """The bytes of the stored document `document_id`, exactly as received."""
    stored, encoding = session.execute(
        select(Document.content, Document.content_encoding).where(Document.id == document_id)
    ).one()
    return unpack(stored, encoding)


def read_documents(session: Session, document_ids: list[int]) -> dict[int, bytes]:
    """The bytes of several stored documents exactly as received, by id."""
    out: dict[int, bytes] = {}
    wanted = sorted(set(document_ids))
    for start in range(0, len(wanted), 1000):
        for document_id, stored, encoding in session.execute(
            select(Document.id, Document.content, Document.content_encoding).where(
                Document.id.in_(wanted[start : start + 1000])
            )
        ):
            out[document_id] = unpack(stored, encoding)
    return out


def document_row(
    *,
    kind: str,
    source: str,
    content: bytes,
    url: str | None,
    published: dt.date | None,
    outlet: str | None,
    retrieved_at: dt.datetime,
    digest: str | None = None,
    packed: tuple[bytes, str | None] | None = None,
) -> dict[str, Any]:
    """A `documents` row: identified by the SHA-256 of the bytes as received, stored packed (`packed`: what
    `pack(content)` gave, when it was computed beforehand, outside the write transaction)."""
    stored, encoding = packed or pack(content)
    return {
        "kind": kind,
        "source": source[:300],
        "url": url,
        "sha256": digest or sha256(content),
        "content": stored,
        "content_encoding": encoding,
        "published": published,
        "outlet": outlet,
        "retrieved_at": retrieved_at,
    }


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
    row = document_row(
        kind=kind,
        source=source,
        content=content,
        url=url,
        published=published,
        outlet=outlet,
        retrieved_at=dt.datetime.now(dt.UTC),
        digest=digest,
    )
    created = insert_ignore(session, Document, [row], ["sha256"])
    document = session.execute(select(Document).where(Document.sha256 == digest)).scalar_one()
    return document, bool(created)
