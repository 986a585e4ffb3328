"""The newest day per key of a large table (each country's newest change, each embassy host's newest status),
read by seeks on an index (key, day): the keys are walked one by one (a recursive query: the next key is the
smallest one above the last), then each key's newest day on or before a day is one seek. The cost grows with
the number of keys, not of rows, where GROUP BY would read every row."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import FromClause, func, select
from sqlalchemy.orm import Session


def newest_day_per_key(session: Session, table: FromClause, key: str, day: str, until: dt.date) -> dict[str, dt.date]:
    """{key: its newest day on or before `until`} from the table's two columns (keys without one left out)."""
    walk = table.alias("walk")
    keys = select(func.min(table.c[key]).label("key")).cte("keys", recursive=True)
    following = select(func.min(walk.c[key])).where(walk.c[key] > keys.c.key).scalar_subquery()
    keys = keys.union_all(select(following).where(keys.c.key.is_not(None)))
    seek = table.alias("seek")
    newest = select(func.max(seek.c[day])).where(seek.c[key] == keys.c.key, seek.c[day] <= until).scalar_subquery()
    rows = session.execute(select(keys.c.key, newest.label("day")).where(keys.c.key.is_not(None))).all()
    return {k: d if isinstance(d, dt.date) else dt.date.fromisoformat(d) for k, d in rows if d is not None}
