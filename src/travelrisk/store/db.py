"""Engine, sessions and migrations. SQLite (WAL) by default; PostgreSQL by URL."""

from __future__ import annotations

import contextlib
import hashlib
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVarTuple

from sqlalchemy import (
    ColumnElement,
    Engine,
    Row,
    Select,
    any_,
    bindparam,
    create_engine,
    event,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import QueryableAttribute, Session, sessionmaker

from travelrisk.errors import ConfigError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def _normalise_url(url: str) -> str:
    # Users write postgresql://...; SQLAlchemy's default driver for that is psycopg2, we ship psycopg 3.
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(url: str) -> Engine:
    url = _normalise_url(url)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def get_engine(url: str, *, migrate: bool = True) -> Engine:
    """One engine per URL per process; the schema is brought up to date on first use."""
    url = _normalise_url(url)
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = make_engine(url)
            if migrate:
                upgrade(engine)
            _engines[url] = engine
    return engine


def refresh_statistics(engine: Engine) -> None:
    """Let PostgreSQL's planner see what a bulk write stored (a backfill, a rebuild): it plans from table
    statistics, which autovacuum refreshes late or, where it is off, never; a picture read planned on the
    statistics of an empty table walks the wrong index of a large archive. SQLite keeps no statistics unless
    asked, and its plans were measured without them: nothing to do there."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("ANALYZE"))


def dispose_engines() -> None:
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


_REVISION = re.compile(r'^(revision|down_revision) = "([0-9a-f]+)"', re.M)


def head_revision() -> str | None:
    """The newest migration's revision read off the migration files' text, without importing Alembic: the one
    revision no other migration revises (None when that is not exactly one, e.g. after a merge)."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for name, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            (revisions if name == "revision" else revised).add(value)
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else None


def _at_head(engine: Engine) -> bool:
    head = head_revision()
    if head is None:
        return False
    try:
        with engine.connect() as connection:
            current = list(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())
    except DBAPIError:  # no version table yet: a new database
        return False
    return current == [head]


def upgrade(engine: Engine) -> None:
    """Apply every Alembic migration not yet applied (idempotent; safe with several processes). A database
    already at the newest revision is left alone without loading Alembic (~0.3 s of every command's start)."""
    if _at_head(engine):
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


def schema_revision(engine: Engine) -> str:
    """The database's schema revision; a `ConfigError` when it is not the code's (a migration is missing)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current != head:
        raise ConfigError(f"database schema is at {current}, the code needs {head}")
    return current or ""


@contextlib.contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A transaction: committed when the block ends, rolled back on any error so nothing half-written stays."""
    factory = sessionmaker(engine, expire_on_commit=False)
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


WAL_LIMIT = 256 * 1024 * 1024  # bytes of SQLite write-ahead log after which a bulk writer truncates it


def truncate_large_wal(engine: Engine) -> bool:
    """On SQLite, checkpoint the write-ahead log into the database and truncate it once it is over WAL_LIMIT;
    True when it was truncated. SQLite's own checkpoints never reset the log while another connection holds a
    snapshot, and two backfill workers always do (one waits for the write lock while the other writes), so the
    log grew past the database itself (2.4 GB at ~60,000 articles). The TRUNCATE checkpoint waits (busy
    timeout) for the other writer's transaction to end; if it cannot, it is tried after the next chunk."""
    path = engine.url.database
    if engine.dialect.name != "sqlite" or not path or path == ":memory:":
        return False
    wal = Path(f"{path}-wal")
    if not wal.exists() or wal.stat().st_size <= WAL_LIMIT:
        return False
    with engine.connect() as connection:
        busy, _frames, _copied = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return busy == 0


_KEY_LOCK_NAMESPACE = b"travelrisk-key-lock"


def lock_keys(session: Session, names: Iterable[str]) -> None:
    """Serialise writers that derive from the same named state (a crossing, a mission's pair), not all
    writers: on PostgreSQL, one transaction-level advisory lock per name, taken in ascending lock-id order so
    two transactions never wait on each other in a cycle; released at commit or rollback. SQLite has one
    writer at a time already: nothing to take."""
    if session.get_bind().dialect.name != "postgresql":
        return
    ids = sorted(
        {
            int.from_bytes(
                hashlib.blake2b(name.encode("utf-8"), digest_size=8, key=_KEY_LOCK_NAMESPACE).digest(),
                "big",
                signed=True,
            )
            for name in names
        }
    )
    if ids:
        # one statement, the locks taken in the array's (ascending) order: a backfill chunk takes a hundred or
        # more, and one round trip each cost more than the locks
        session.execute(
            text("SELECT count(pg_advisory_xact_lock(id)) FROM unnest(CAST(:ids AS BIGINT[])) AS id"), {"ids": ids}
        )


def data_version(engine: Engine) -> str:
    """A short hash that changes whenever anything a read shows changes (for ETags and caches)."""
    with engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT (SELECT max(id) FROM documents), (SELECT max(id) FROM changes), "
                "(SELECT max(id) FROM crossing_events), (SELECT max(id) FROM mission_events), "
                "(SELECT count(*) FROM crossings), (SELECT max(id) FROM alerts), (SELECT max(version) FROM alerts)"
            )
        ).one()
    return hashlib.sha1(repr(tuple(row)).encode()).hexdigest()[:16]


def ping(engine: Engine) -> str:
    """The dialect's name, once the database answered."""
    with engine.connect() as connection:
        connection.exec_driver_sql("SELECT 1")
    return engine.dialect.name


IN_LIST = 1000  # values per IN (...) list where the database has no array parameters (SQLite)
_Row = TypeVarTuple("_Row")


def among(
    session: Session, column: ColumnElement[Any] | QueryableAttribute[Any], values: Sequence[Any]
) -> Iterator[ColumnElement[bool]]:
    """Conditions "`column` is one of `values`", to run one query per condition. PostgreSQL: one, with one array
    parameter (`= ANY`), whatever the number of values: an IN list of a thousand placeholders costs more to
    render and parse on the client than the index probes cost the server. SQLite: IN lists of `IN_LIST`."""
    if not values:
        return
    if session.get_bind().dialect.name == "postgresql":
        yield column == any_(bindparam("among", list(values), type_=ARRAY(column.type)))
        return
    for start in range(0, len(values), IN_LIST):
        yield column.in_(values[start : start + IN_LIST])


def rows_among(
    session: Session,
    query: Select[*_Row],
    column: ColumnElement[Any] | QueryableAttribute[Any],
    values: Sequence[Any],
) -> list[Row[*_Row]]:
    """The rows of `query` whose `column` is one of `values` (`among`)."""
    rows: list[Row[*_Row]] = []
    for condition in among(session, column, values):
        rows += session.execute(query.where(condition)).all()
    return rows
