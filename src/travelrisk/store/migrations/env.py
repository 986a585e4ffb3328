"""Alembic environment: runs on the engine handed over by `travelrisk.store.db.upgrade`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from travelrisk.store.tables import Base

# An arbitrary constant: every process that migrates the same PostgreSQL database takes this lock first.
_MIGRATION_LOCK_ID = 7_240_031_118


def run_migrations_online() -> None:
    engine = context.config.attributes["engine"]
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_lock(:id)"), {"id": _MIGRATION_LOCK_ID})
            connection.commit()
        try:
            context.configure(
                connection=connection,
                target_metadata=Base.metadata,
                render_as_batch=connection.dialect.name == "sqlite",
            )
            with context.begin_transaction():
                context.run_migrations()
            connection.commit()
        finally:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": _MIGRATION_LOCK_ID})
                connection.commit()


run_migrations_online()
