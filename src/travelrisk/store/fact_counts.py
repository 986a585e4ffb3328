"""The maintained counts behind every country picture (`fact_counts`): added to in the transaction that stores
news facts (ingest and backfill), read instead of counting every stored fact, rebuilt from `news_facts`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import String, Table, bindparam, case, delete, func, literal, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from travelrisk.store.tables import ArticleRecord, FactCount, NewsFact


@dataclass(frozen=True)
class Counted:
    """One group of facts with what is known of it."""

    kind: str
    actor: str
    target: str | None
    action: str | None
    level: int | None
    outlet: str | None
    count: int
    first: dt.date
    last: dt.date
    story_low: int
    story_high: int

    @property
    def key(self) -> str:
        parts = (self.kind, self.actor, self.target, self.action, self.level, self.outlet)
        return "|".join("" if part is None else str(part) for part in parts)[:300]


def _merge(rows: Iterable[Counted]) -> list[Counted]:
    merged: dict[str, Counted] = {}
    for row in rows:
        seen = merged.get(row.key)
        merged[row.key] = (
            row
            if seen is None
            else Counted(
                row.kind,
                row.actor,
                row.target,
                row.action,
                row.level,
                row.outlet,
                seen.count + row.count,
                min(seen.first, row.first),
                max(seen.last, row.last),
                min(seen.story_low, row.story_low),
                max(seen.story_high, row.story_high),
            )
        )
    return list(merged.values())


def one(
    kind: str,
    actor: str,
    target: str | None,
    action: str | None,
    level: int | None,
    outlet: str | None,
    published: dt.date,
    story: int,
) -> Counted:
    """A single stored fact, counted."""
    return Counted(kind, actor, target, action, level, outlet, 1, published, published, story, story)


def add(session: Session, rows: Iterable[Counted]) -> None:
    """Count newly stored facts (in the caller's transaction: stored and counted together, or neither)."""
    # in key order: two writers adding to the same groups lock their rows in the same order (no deadlock)
    merged = sorted(_merge(rows), key=lambda row: row.key)
    if not merged:
        return
    table = FactCount.__table__
    assert isinstance(table, Table)
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    values = [
        {
            "key": row.key,
            "kind": row.kind,
            "actor": row.actor,
            "target": row.target,
            "action": row.action,
            "level": row.level,
            "outlet": row.outlet,
            "count": row.count,
            "first": row.first,
            "last": row.last,
            "story_low": row.story_low,
            "story_high": row.story_high,
        }
        for row in merged
    ]
    c = table.c
    if dialect == "postgresql":
        # every group in one statement of one array per column: a multi-row VALUES statement of twelve
        # placeholders per group costs the client more to build and parse than the upsert costs the server
        names = list(values[0])
        arrays = [func.unnest(bindparam(name, [v[name] for v in values], type_=ARRAY(c[name].type))) for name in names]
        statement = insert(table).from_select(names, select(*arrays))
    else:
        # one statement, compiled once and run over every row (SQLAlchemy batches it as multi-row VALUES):
        # building a fresh 500-row statement per batch cost more than the writes themselves
        statement = insert(table)
    new = statement.excluded
    upsert = statement.on_conflict_do_update(
        index_elements=[c.key],
        set_={
            "count": c.count + new["count"],
            "first": case((new["first"] < c.first, new["first"]), else_=c.first),
            "last": case((new["last"] > c.last, new["last"]), else_=c.last),
            "story_low": case((new.story_low < c.story_low, new.story_low), else_=c.story_low),
            "story_high": case((new.story_high > c.story_high, new.story_high), else_=c.story_high),
        },
    )
    if dialect == "postgresql":
        session.execute(upsert)
    else:
        session.execute(upsert, values)


def counted(session: Session, country: str | None = None, *, by_outlet: bool = True) -> list[Counted]:
    """The groups about a country (as actor or target), or every group; without `by_outlet` the outlets of a
    group are added up in SQL (outlet None): the overview needs no outlet names, and a group is kept once per
    outlet, so it would read tens of thousands of rows."""
    f = FactCount
    group = (f.kind, f.actor, f.target, f.action, f.level)
    if by_outlet:
        query = select(*group, f.outlet, f.count, f.first, f.last, f.story_low, f.story_high)
    else:
        query = select(
            *group,
            literal(None, String),
            func.sum(f.count),
            func.min(f.first),
            func.max(f.last),
            func.min(f.story_low),
            func.max(f.story_high),
        ).group_by(*group)
    if country is not None:
        query = query.where(or_(f.target == country, f.actor == country))
    # plain rows, not ORM objects
    return [Counted(*row) for row in session.execute(query)]


def newest_day(session: Session) -> dt.date | None:
    """The last day of any counted fact: the counts answer for any day on or after it."""
    return session.execute(select(func.max(FactCount.last))).scalar_one_or_none()


def from_facts(session: Session, as_of: dt.date | None = None, country: str | None = None) -> list[Counted]:
    """The same groups counted from the stored facts themselves (dated ones, on or before `as_of`)."""
    story = func.coalesce(NewsFact.story_id, NewsFact.article_id)
    columns = (NewsFact.kind, NewsFact.actor, NewsFact.target, NewsFact.action, NewsFact.level, ArticleRecord.outlet)
    query = (
        select(
            *columns,
            func.count(),
            func.min(NewsFact.published),
            func.max(NewsFact.published),
            func.min(story),
            func.max(story),
        )
        .join(ArticleRecord, ArticleRecord.id == NewsFact.article_id)
        .where(NewsFact.published.is_not(None))
        .group_by(*columns)
    )
    if as_of is not None:
        query = query.where(NewsFact.published <= as_of)
    if country is not None:
        query = query.where(or_(NewsFact.target == country, NewsFact.actor == country))
    return _merge(
        Counted(kind, actor, target, action, level, outlet, count, first, last, low, high)
        for kind, actor, target, action, level, outlet, count, first, last, low, high in session.execute(query)
        if first is not None and last is not None
    )


def rebuild(session: Session) -> int:
    """Recount every stored fact (in the caller's transaction); returns the number of groups."""
    session.execute(delete(FactCount))
    rows = from_facts(session)
    add(session, rows)
    return len(rows)
