"""The job queue's tables (procrastinate's, beside travelrisk's own in the same PostgreSQL database)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Engine, text

_SCHEMA_LOCK_ID = 7240031119


def ensure_schema(engine: Engine, schema_sql: str) -> bool:
    """Create the queue's tables once (several processes may try at the same time); True when created."""
    with engine.begin() as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _SCHEMA_LOCK_ID})
        if connection.execute(text("SELECT to_regclass('procrastinate_jobs')")).scalar():
            return False
        # The raw driver runs it with no parameters, so the schema's own % signs are left alone.
        connection.connection.driver_connection.execute(schema_sql)  # type: ignore[union-attr]
    return True


def status(engine: Engine) -> dict[str, Any]:
    """Jobs per queue and state, live workers, the latest failures."""
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT queue_name, status, count(*) FROM procrastinate_jobs GROUP BY queue_name, status")
        ).all()
        failures = connection.execute(
            text(
                "SELECT id, task_name, attempts, scheduled_at FROM procrastinate_jobs WHERE status = 'failed' "
                "ORDER BY id DESC LIMIT 10"
            )
        ).all()
        workers = connection.execute(
            text("SELECT count(*) FROM procrastinate_workers WHERE last_heartbeat > now() - interval '1 minute'")
        ).scalar()
    queues: dict[str, dict[str, int]] = {}
    for queue, state, count in rows:
        queues.setdefault(queue, {})[state] = count
    return {
        "queues": queues,
        "live_workers": workers,
        "failures": [
            {
                "job": f[0],
                "task": f[1],
                "attempts": f[2],
                "scheduled_at": f[3].isoformat() if isinstance(f[3], dt.datetime) else f[3],
            }
            for f in failures
        ],
    }
