"""Crossings, exit advice and missions (issue bar), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select
from typer.testing import CliRunner

from travelrisk.cli import app
from travelrisk.geo.crossings import fold, parse_crossings_csv, resolve_crossing
from travelrisk.geo.status import StatusEntry
from travelrisk.services.crossings import _any_within, status_days
from travelrisk.store.db import session_scope
from travelrisk.store.tables import Change, CrossingRecord

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
