"""Crossings, exit advice and missions (issue bar), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import event, func, select
from typer.testing import CliRunner

from travelrisk.cli import app
from travelrisk.geo.crossings import fold, parse_crossings_csv, resolve_crossing
from travelrisk.geo.status import StatusEntry, status_as_of
from travelrisk.services.crossings import (
    _any_within,
    all_crossings,
    pair_reports,
    status_days,
    status_entries,
    status_entries_as_of,
)
from travelrisk.store.db import session_scope
from travelrisk.store.tables import Change, CrossingEvent, CrossingRecord

from .conftest import FIXTURES, shared  # noqa: F401

runner = CliRunner()
SEED_LIKE = FIXTURES.parent / "articles" / "seed_like_belarus.txt"


def run_json(*args: str):
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def lithuanian(report: dict, status: str) -> set[str]:
    group = next(g for g in report["neighbours"] if g["neighbour"] == "LT")
    return {c["names"][0] for c in group[status]}


def test_exit_advice_over_time(engine):
    report = run_json("exits", "BY", "--as-of", "2023-08-20")
    assert lithuanian(report, "open") == {"Medininkai", "Šalčininkai", "Lavoriškės", "Raigardas"}
    closed = next(g for g in report["neighbours"] if g["neighbour"] == "LT")["closed"]
    assert {(c["names"][0], c["since"]) for c in closed} == {("Tverečius", "2023-08-18"), ("Šumskas", "2023-08-18")}
    assert closed[0]["evidence"]["source_url"].startswith("https://")
    report = run_json("exits", "BY", "--as-of", "2024-03-02")
    assert lithuanian(report, "open") == {"Medininkai", "Šalčininkai"}
    assert lithuanian(report, "restricted") == set()
    latvia = next(g for g in run_json("exits", "BY", "--as-of", "2023-09-20")["neighbours"] if g["neighbour"] == "LV")
    assert [c["names"][0] for c in latvia["open"] + latvia["restricted"]] == ["Pāternieki"]
    assert latvia["open"][0]["restrictions"]


def test_exits_from_a_city_are_nearest_first(engine):
    report = run_json("exits", "BY", "--from", "Minsk", "--as-of", "2023-08-25")
    distances = [g["distance_km"] for g in report["neighbours"] if g["distance_km"] is not None]
    assert distances == sorted(distances) and len(distances) >= 3
    assert report["neighbours"][0]["neighbour"] == "LT"
    poland = next(g for g in report["neighbours"] if g["neighbour"] == "PL")
    assert poland["entry_restrictions"][0]["restriction"].startswith("US citizens may not enter Poland")
    assert runner.invoke(app, ["exits", "BY", "--from", "Atlantis"]).exit_code == 2


def test_seed_article_gives_pair_knowledge_and_mission_status(engine):
    assert runner.invoke(app, ["extract", str(SEED_LIKE), "--store"]).exit_code == 0
    rows = run_json("crossings", "BY")
    [pair] = [r for r in rows if r["kind"] == "pair" and r["countries"] == ["LT", "BY"]]
    assert pair["summary"] == "2 of 6 crossings closed, names not stated"
    assert "two of its six" in pair["evidence"]["quote"]
    assert pair["consistent_with"] == ["Tverečius", "Šumskas"] and pair["reconciled"] is True
    crossing = next(r for r in rows if r["id"] == "LT-BY-MEDININKAI")
    assert set(crossing) >= {"id", "countries", "names", "mode", "status", "since", "restrictions", "evidence"}

    [embassy] = run_json("missions", "--of", "US", "--in", "BY")
    assert (embassy["status"], embassy["since"]) == ("emergency_services_only", "2023-08-22")
    assert "emergency" in embassy["evidence"]["quote"]
    assert embassy["history"][0] == {
        "date": "2022-02-28",
        "status": "suspended",
        "origin": "bundled",
        "source_url": embassy["history"][0]["source_url"],
        "quote": embassy["history"][0]["quote"],
    }
    assert embassy["history"][0]["source_url"].startswith("https://travel.state.gov/")
    [before] = run_json("missions", "--of", "US", "--in", "BY", "--as-of", "2023-08-01")
    assert (before["status"], before["since"]) == ("suspended", "2022-02-28")
    with session_scope(engine) as session:
        kinds = set(session.execute(select(Change.kind)).scalars())
    assert "mission_status" in kinds


def test_named_closure_from_news_and_manual_update(engine, tmp_path):
    article = tmp_path / "silene.txt"
    article.write_text(
        "date 2023-09-19 Latvia suspended traffic at the Silene border crossing with Belarus on "
        "Tuesday evening, the border guard said.",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["extract", str(article), "--store"]).exit_code == 0
    silene = next(r for r in run_json("crossings", "BY", "--as-of", "2023-09-20") if r["id"] == "LV-BY-SILENE")
    assert silene["status"] == "closed"
    result = runner.invoke(
        app,
        [
            "crossings",
            "set",
            "LV-BY-SILENE",
            "open",
            "--source",
            "https://example.org/n",
            "--note",
            "reopened",
            "--at",
            "2024-01-10",
        ],
    )
    assert result.exit_code == 0, result.output
    silene = next(r for r in run_json("crossings", "BY", "--as-of", "2024-01-11") if r["id"] == "LV-BY-SILENE")
    assert (silene["status"], silene["since"], silene["evidence"]["origin"]) == ("open", "2024-01-10", "manual")
    bad = runner.invoke(app, ["crossings", "set", "LV-BY-SILENE", "ajar", "--source", "https://example.org"])
    assert bad.exit_code == 2
    assert runner.invoke(app, ["crossings", "set", "NOPE", "open", "--source", "https://x.org"]).exit_code == 2


def test_crossing_names_resolve_with_or_without_diacritics():
    assert resolve_crossing("Salcininkai").id == "LT-BY-SALCININKAI"
    assert resolve_crossing("Šalčininkai").id == "LT-BY-SALCININKAI"
    assert resolve_crossing("Benyakoni").id == "LT-BY-SALCININKAI"  # the Belarusian side
    assert resolve_crossing("Kuznica Bialostocka", ("PL", "BY")).id == "PL-BY-KUZNICA"
    assert fold("Połowce Šumskas") == "Polowce Sumskas"


def test_malformed_user_csv_reports_lines_and_imports_nothing(engine, tmp_path):
    good = "id,country,neighbour,name,mode,lat,lon\nFI-RU-X1,FI,RU,Testijärvi,road,61.1,28.9\n"
    bad = good + "FI-RU-X2,FI,ZZ,Other,road,61.2,28.8\nFI-RU-X3,FI,RU,,boat,91,28\nFI-RU-X1,FI,RU,Dup,road,,\n"
    path = tmp_path / "mine.csv"
    path.write_text(bad, encoding="utf-8")
    result = runner.invoke(app, ["crossings", "import", str(path)])
    assert result.exit_code == 1
    for expected in (
        "line 3: neighbour 'ZZ'",
        "line 4: name is empty",
        "line 4: mode 'boat'",
        "line 4: coordinates 91,28 are out of range",
        "line 5: id 'FI-RU-X1' appears twice",
    ):
        assert expected in result.output, result.output
    with session_scope(engine) as session:
        assert session.execute(select(func.count()).select_from(CrossingRecord)).scalar_one() == 0
    path.write_text(good, encoding="utf-8")
    assert runner.invoke(app, ["crossings", "import", str(path)]).exit_code == 0
    assert any(r["id"] == "FI-RU-X1" for r in run_json("crossings", "FI"))


def test_csv_parser_accepts_the_documented_format():
    [crossing] = parse_crossings_csv(
        "id,country,neighbour,name,name_other_side,other_names,mode,lat,lon,coord_precision,restrictions,"
        "baseline,source\nX-1,EE,RU,Narva,Ivangorod,Narva-1|Narva bridge,pedestrian,59.37,28.2,checkpoint,"
        "pedestrians only,open,https://example.org\n",
        "doc.csv",
    )
    assert crossing.names == ["Narva", "Ivangorod", "Narva-1", "Narva bridge"]
    assert (crossing.mode, crossing.coord_precision) == ("pedestrian", "checkpoint")


def test_pair_report_reconciles_statuses_within_fourteen_days_either_side():
    day = dt.date(2024, 5, 20)
    entries = {
        "A": [StatusEntry(day + dt.timedelta(days=15), "closed", "news"), StatusEntry(day, "open", "news")],
        "B": [StatusEntry(day - dt.timedelta(days=14), "closed", "manual")],
        "C": [StatusEntry(day + dt.timedelta(days=14), "closed", "news")],
    }
    days = status_days(entries, {"A", "B", "C"})
    assert days[("A", "closed")] == [day + dt.timedelta(days=15)]
    assert not _any_within(days[("A", "closed")], day, 14)  # fifteen days after: outside
    assert _any_within(days[("B", "closed")], day, 14) and _any_within(days[("C", "closed")], day, 14)
    assert not _any_within(days.get(("B", "open"), []), day, 14)


def test_status_on_a_day_read_by_seeks_equals_the_status_over_every_report(engine):
    """A long news history (repeats, two statuses on one day, a manual entry) gives the same status, since and
    entry on every day whether every status is read or only the days that decide."""
    crossing = "LT-BY-MEDININKAI"
    start = dt.date(2024, 1, 1)
    pattern = ["open"] * 6 + ["closed", "open"] + ["closed"] * 5 + ["restricted", "restricted", "open"]
    rows = []
    for i, status in enumerate(pattern * 3):
        on = start + dt.timedelta(days=(i * 3) // 2)  # two reports on some days
        rows.append((on, status, "news", f"n{i}"))
    rows.append((start + dt.timedelta(days=20), "closed", "manual", "m1"))
    rows.append((start + dt.timedelta(days=20), "open", "news", "late"))
    now = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
    with session_scope(engine) as session:
        for on, status, origin, key in rows:
            session.add(
                CrossingEvent(
                    crossing_id=crossing,
                    status=status,
                    restrictions="",
                    effective_on=on,
                    origin=origin,
                    source_url="https://example.org/" + key,
                    note=key,
                    evidence={"quote": key},
                    recorded_at=now,
                    dedupe_key=f"t:{key}",
                )
            )
    baseline = all_crossings_baseline(engine, crossing)
    with session_scope(engine) as session:
        every = status_entries(session, {crossing}, evidence=False)[crossing]
        checked = 0
        for offset in range(-3, 80):
            day = start + dt.timedelta(days=offset)
            few = status_entries_as_of(session, {crossing}, day)[crossing]
            assert len(few) <= len(every)
            whole, bounded = status_as_of(baseline, every, day), status_as_of(baseline, few, day)
            assert (bounded.status, bounded.since, bounded.entry) == (whole.status, whole.since, whole.entry), day
            checked += whole.since is not None
        assert checked > 50
        late = status_entries_as_of(session, {crossing}, start + dt.timedelta(days=79))[crossing]
        assert len(late) < len(every) // 2  # the repeats of old days are not read


def all_crossings_baseline(engine, crossing_id: str) -> str:
    with session_scope(engine) as session:
        return all_crossings(session)[crossing_id].undated_status


def test_count_only_reports_reconcile_the_same_with_statuses_read_around_each(engine):
    assert runner.invoke(app, ["extract", str(SEED_LIKE), "--store"]).exit_code == 0
    day = dt.date.today()
    with session_scope(engine) as session:
        crossings = all_crossings(session)
        mine = {c.id for c in crossings.values() if "BY" in c.countries()}
        every = status_entries(session, mine, evidence=False)
        read_around = pair_reports(session, "BY", day, crossings, limit=20)
        assert read_around and read_around == pair_reports(session, "BY", day, crossings, limit=20, entries=every)
        assert any(r["consistent_with"] for r in read_around)
        every_report = pair_reports(session, "BY", day, crossings)  # no limit: one query over both sides
        newest = max(every_report, key=lambda r: r["since"])
        [one] = pair_reports(session, "BY", day, crossings, limit=1)  # each side's newest, merged
        assert one["since"] == newest["since"] and len(every_report) >= len(read_around)


def test_count_only_reports_are_read_on_their_own_index(engine):
    """The newest count-only reports of each side are a walk of a partial index holding only those, not of every
    border fact of the country (whose JSON was read until enough turned up: the whole history when few do)."""
    assert runner.invoke(app, ["extract", str(SEED_LIKE), "--store"]).exit_code == 0
    statements: list[tuple[str, object]] = []

    def keep(_conn, _cursor, statement, parameters, _context, _executemany):
        if "crossings_counted" in statement:
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        with session_scope(engine) as session:
            reports = pair_reports(session, "BY", dt.date.today(), all_crossings(session), limit=5)
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    assert reports and len(statements) == 2  # one walk per side
    postgres = engine.dialect.name == "postgresql"
    explain = "EXPLAIN " if postgres else "EXPLAIN QUERY PLAN "
    with engine.connect() as connection:
        if postgres:  # a handful of rows: make the planner show whether the index can serve the query at all
            connection.exec_driver_sql("SET enable_seqscan = off")
        plans = [
            str(connection.exec_driver_sql(explain + statement, parameters).all())
            for statement, parameters in statements
        ]
    assert ["ix_fact_counted_actor" in plans[0], "ix_fact_counted_target" in plans[1]] == [True, True], plans
