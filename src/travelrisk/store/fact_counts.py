"""The maintained counts behind every country picture: added to in the transaction that stores news facts (ingest
and backfill), read instead of counting every stored fact, rebuilt from `news_facts`. `fact_counts` keeps a row
per group and outlet (a country's picture names the outlets), `fact_totals` one per group (the overview)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import String, Table, bindparam, case, delete, func, literal, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from travelrisk.store.tables import ArticleRecord, FactCount, FactTotal, NewsFact


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
    by_outlet = _merge(rows)
    _upsert(session, FactCount.__table__, by_outlet)
    _upsert(session, FactTotal.__table__, _merge(replace(row, outlet=None) for row in by_outlet))


def _upsert(session: Session, table: object, rows: list[Counted]) -> None:
    assert isinstance(table, Table)
    if not rows:
        return
    # in key order: two writers adding to the same groups lock their rows in the same order (no deadlock)
    merged = sorted(rows, key=lambda row: row.key)
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    c = table.c
    columns = [column.name for column in c]
    values = [{name: getattr(row, name) for name in columns} for row in merged]  # Counted names the columns
    if dialect == "postgresql":
        # every group in one statement of one array per column: a multi-row VALUES statement of twelve
        # placeholders per group costs the client more to build and parse than the upsert costs the server
        arrays = [func.unnest(bindparam(n, [v[n] for v in values], type_=ARRAY(c[n].type))) for n in columns]
        statement = insert(table).from_select(columns, select(*arrays))
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
    """The groups about a country (as actor or target), or every group; without `by_outlet` each group once over
    all its outlets (outlet None, from `fact_totals`): the overview needs no outlet names, and reading a row per
    group and outlet would grow with every outlet a backfill brings."""
    f: type[FactCount] | type[FactTotal] = FactCount if by_outlet else FactTotal
    outlet = FactCount.outlet if by_outlet else literal(None, String)
    query = select(
        f.kind, f.actor, f.target, f.action, f.level, outlet, f.count, f.first, f.last, f.story_low, f.story_high
    )
    if country is not None:
        query = query.where(or_(f.target == country, f.actor == country))
    # plain rows, not ORM objects
    return [Counted(*row) for row in session.execute(query)]


def busiest_country(session: Session) -> str | None:
    """The country most stored news facts are about (None before any)."""
    total = func.sum(FactTotal.count)
    query = select(FactTotal.target).where(FactTotal.target.is_not(None)).group_by(FactTotal.target)
    return session.execute(query.order_by(total.desc(), FactTotal.target).limit(1)).scalar_one_or_none()


def newest_day(session: Session) -> dt.date | None:
    """The last day of any counted fact: the counts answer for any day on or after it."""
    return session.execute(select(func.max(FactTotal.last))).scalar_one_or_none()


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
    """Recount every stored fact (in the caller's transaction); returns the number of groups by outlet."""
    session.execute(delete(FactCount))
    session.execute(delete(FactTotal))
    rows = from_facts(session)
    add(session, rows)
    return len(rows)
