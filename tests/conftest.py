"""Shared fixtures: every database test runs against a real SQLite file and real PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import Engine, create_engine, text

from travelrisk.config import reload_settings
from travelrisk.services import TravelRisk
from travelrisk.store.db import dispose_engines, get_engine
from travelrisk.store.tables import Base

# Property tests judge the code, not the machine: on a shared, loaded machine example generation can be slow,
# which is no failure of what is tested (the examples and their number stay as each test sets them).
settings.register_profile("any-load", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("any-load")



def pytest_configure(config: pytest.Config) -> None:
    # pytest-xdist's workers run with COLUMNS=80 in their environment; the CLI's console, imported later with the
    # test modules, would keep that width and ignore the width a test gives the command it runs.
    os.environ.pop("COLUMNS", None)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The long runs (marked slow: a cluster of processes, an install) start first, so that with the tests spread over
    # the cores (scripts/test.sh) none of them is left running alone at the end.
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / "shared"
# Tests never reach the official sites: a `serve` or `run` a test starts syncs on a schedule only when asked.
os.environ.setdefault("TRAVELRISK_SYNC_EVERY", "0")
# Each test's app starts without rendering pages first (test_picture_bounded.py checks the warm-up itself).
os.environ.setdefault("TRAVELRISK_WARM_UP", "0")
POSTGRES_ADMIN_URL = os.environ.get("TRAVELRISK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def _postgres_available() -> str | None:
    try:
        engine = create_engine(POSTGRES_ADMIN_URL.replace("postgresql://", "postgresql+psycopg://"))
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as exc:
        return f"no PostgreSQL at {POSTGRES_ADMIN_URL}: {exc.__class__.__name__}"


_PG_UNAVAILABLE = _postgres_available()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh database on the PostgreSQL server for this test session, dropped afterwards."""
    if _PG_UNAVAILABLE:
        pytest.skip(_PG_UNAVAILABLE)
    name = f"travelrisk_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(
        POSTGRES_ADMIN_URL.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    base = POSTGRES_ADMIN_URL.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    dispose_engines()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _truncate(engine: Engine) -> None:
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(table.delete())


@pytest.fixture(autouse=True)
def _fresh_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Settings are read once per process; each test reads the environment it sets up (see reload_settings).
    Tests deliver to receivers on loopback, which webhooks refuse unless the operator allows it: allow it
    (tests/test_egress.py removes it to check the refusals)."""
    monkeypatch.setenv("TRAVELRISK_WEBHOOK_ALLOW", "127.0.0.0/8")
    reload_settings()
    yield
    reload_settings()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The URL of an empty, migrated database; also exported as TRAVELRISK_DATABASE_URL for the CLI."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'travelrisk.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    monkeypatch.setenv("TRAVELRISK_DATABASE_URL", url)
    monkeypatch.setenv("TRAVELRISK_DATA_DIR", str(tmp_path / "data"))
    reload_settings()
    engine = get_engine(url)
    if request.param == "postgresql":
        _truncate(engine)
    yield url
    if request.param == "sqlite":
        engine.dispose()


@pytest.fixture
def engine(db_url: str) -> Engine:
    return get_engine(db_url)


@pytest.fixture
def travelrisk(db_url: str) -> TravelRisk:
    return TravelRisk(db_url)


@pytest.fixture
def sqlite_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Engine:
    """Only SQLite, for tests about behaviour that does not depend on the engine."""
    url = f"sqlite:///{tmp_path / 'travelrisk.db'}"
    monkeypatch.setenv("TRAVELRISK_DATABASE_URL", url)
    monkeypatch.setenv("TRAVELRISK_DATA_DIR", str(tmp_path / "data"))
    reload_settings()
    return get_engine(url)


@pytest.fixture
def sqlite_travelrisk(sqlite_engine: Engine) -> TravelRisk:
    return TravelRisk()


def shared(*parts: str) -> Path:
    """A file of the shared data set; tests that need it skip, saying so, where it is not present."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not present: {path}")
    return path
