"""The maintained timeline of news (`timeline_lines`): one row per country, day and group of dated facts,
added to in the transaction that stores the facts, read a page at a time newest first, rebuilt from
`news_facts`. A page costs the same however long the timeline is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, Table, and_, case, delete, func, or_, select, tuple_, union_all
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from travelrisk.store.tables import NewsFact, TimelineLine

NEWS = "news_"  # a news line's kind on the timeline is "news_" and the fact's kind
# A timeline line's key, as the timeline orders and a cursor holds it: day (YYYY-MM-DD), kind, actor, target, action.
Key = tuple[str, str, str, str, str]


@dataclass(frozen=True)
class Line:
    """A stored news line: its day, the facts' kind, actor, target and action, and the newest fact behind it."""

    day: str  # YYYY-MM-DD
    kind: str
    actor: str
    target: str | None
    action: str | None
    fact_id: int


def _lines_of(article_ids: Sequence[int] | None) -> Select[tuple[object, ...]]:
    """The lines the articles' dated facts give (all stored facts: None), each (country, day, kind, actor,
    target, action, newest fact), in key order. A fact is on its target's timeline and, when its actor is
    another country, on its actor's: the two halves never give the same key (target = country, or not)."""
    f = NewsFact
    target = func.coalesce(f.target, "")
    action = func.coalesce(f.action, "")
    where = [f.published.is_not(None)]
    if article_ids is not None:
        where.append(f.article_id.in_(article_ids))
    on_target = (
        select(f.target, f.published, f.kind, f.actor, target, action, func.max(f.id))
        .where(*where, f.target.is_not(None))
        .group_by(f.target, f.published, f.kind, f.actor, action)
    )
    on_actor = (
        select(f.actor, f.published, f.kind, f.actor, target, action, func.max(f.id))
        .where(*where, or_(f.target.is_(None), f.target != f.actor))
        .group_by(f.actor, f.published, f.kind, target, action)
    )
    both = union_all(on_target, on_actor).subquery()
    # in key order: two writers touching the same lines lock them in the same order (no deadlock)
    return select(*both.c).order_by(*both.c[:6])


def add_articles(session: Session, article_ids: Sequence[int]) -> None:
    """Put the dated facts of newly stored articles on the timelines (in the caller's transaction)."""
    if article_ids:
        _upsert(session, _lines_of(sorted(article_ids)))


def _upsert(session: Session, lines: Select[tuple[object, ...]]) -> None:
    table = TimelineLine.__table__
    assert isinstance(table, Table)
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = insert(table).from_select(["country", "day", "kind", "actor", "target", "action", "fact_id"], lines)
    newer = statement.excluded.fact_id
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[c for c in table.primary_key.columns],
            set_={"fact_id": case((newer > table.c.fact_id, newer), else_=table.c.fact_id)},
        )
    )


def _lines(rows: Iterable[tuple[dt.date, str, str, str, str, int]]) -> list[Line]:
    return [
        Line(day.isoformat(), kind, actor, target or None, action or None, fact_id)
        for day, kind, actor, target, action, fact_id in rows
    ]


def page(
    session: Session, country: str, as_of: dt.date, after: Key | None = None, limit: int | None = None
) -> list[Line]:
    """The country's news lines on or before `as_of`, newest first (timeline order), after a cursor's key;
    at most `limit` (None: all)."""
    t = TimelineLine
    query = select(t.day, t.kind, t.actor, t.target, t.action, t.fact_id).where(t.country == country, t.day <= as_of)
    if after is not None:
        query = query.where(_after(after))
    query = query.order_by(t.day.desc(), t.kind.desc(), t.actor.desc(), t.target.desc(), t.action.desc())
    if limit is not None:
        query = query.limit(limit)
    return _lines(session.execute(query).all())


def _after(key: Key) -> ColumnElement[bool]:
    """Lines that come after (are older than) a timeline key, which may be a news line's or another kind's."""
    t = TimelineLine
    day = dt.date.fromisoformat(key[0])
    if key[1].startswith(NEWS):
        rest = (key[1].removeprefix(NEWS), key[2], key[3], key[4])
        return or_(t.day < day, and_(t.day == day, tuple_(t.kind, t.actor, t.target, t.action) < tuple_(*rest)))
    # another kind sorts before every news kind of its day ("crossing_status") or after all of them ("official_…")
    return t.day <= day if key[1] > NEWS else t.day < day


def counts(session: Session, country: str, as_of: dt.date) -> dict[str, int]:
    """The country's news lines on or before `as_of`, counted by timeline kind ("news_advisory", …)."""
    t = TimelineLine
    rows = session.execute(
        select(t.kind, func.count()).where(t.country == country, t.day <= as_of).group_by(t.kind)
    ).all()
    return {NEWS + kind: count for kind, count in rows}


def present(session: Session, country: str, keys: Iterable[Key]) -> set[Key]:
    """Which of these news-line keys are on the country's stored timeline."""
    t = TimelineLine
    wanted = [k for k in keys if k[1].startswith(NEWS)]
    if not wanted:
        return set()
    rows = session.execute(
        select(t.day, t.kind, t.actor, t.target, t.action).where(
            t.country == country,
            or_(
                *(
                    and_(
                        t.day == dt.date.fromisoformat(k[0]),
                        t.kind == k[1].removeprefix(NEWS),
                        t.actor == k[2],
                        t.target == k[3],
                        t.action == k[4],
                    )
                    for k in wanted
                )
            ),
        )
    ).all()
    return {(day.isoformat(), NEWS + kind, actor, target, action) for day, kind, actor, target, action in rows}


def rebuild(session: Session) -> int:
    """Recompute every timeline from the stored facts (in the caller's transaction); returns the lines written."""
    session.execute(delete(TimelineLine))
    _upsert(session, _lines_of(None))
    return int(session.execute(select(func.count()).select_from(TimelineLine)).scalar_one())
