"""A picture's answer stays bounded however much is stored: the newest events with counts and a cursor, the full
timeline paged (every event exactly once, stable while articles arrive), and the same levels, directives and
early warning as the picture computed from every stored fact."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import delete, select
from typer.testing import CliRunner

from travelrisk import TravelRisk
from travelrisk.api.app import create_app
from travelrisk.assess.picture import EVENTS_PAGE, HISTORY_KEPT, build_picture
from travelrisk.cli import app
from travelrisk.cluster.backfill import run_backfill
from travelrisk.errors import UsageError
from travelrisk.extract.pipeline import extract
from travelrisk.services import missions as missions_service
from travelrisk.services import news
from travelrisk.services import picture as picture_service
from travelrisk.sources.news.readers import article_from_text
from travelrisk.store import fact_counts
from travelrisk.store.db import alembic_config
from travelrisk.store.tables import FactCount, FactTotal, NewsFact, TimelineLine

from .conftest import FIXTURES

ARTICLES = FIXTURES.parent / "articles"
STORIES = ["seed_like_belarus.txt", "border_count_only.txt", "adv_us_level.txt", "adv_uk_lowered.txt"]
BEFORE_TIMELINE = "a1c5e9d3f7b2"
START = dt.date(2026, 1, 1)  # after the bundled advisories' history: news lines lead the timeline


def _texts() -> list[str]:
    texts = []
    for name in STORIES:
        text = (ARTICLES / name).read_text(encoding="utf-8")
        if text.startswith("date "):  # the day is given per copy below
            text = text.split("\n", 1)[1]
        texts.append(text)
    return texts


def fill(travelrisk: TravelRisk, count: int, *, first: int = 0) -> None:
    """`count` articles over the weeks after START, each a known story with a line of its own (distinct text)."""
    texts = _texts()
    for index in range(first, first + count):
        day = START + dt.timedelta(days=3 * index)
        text = f"{texts[index % len(texts)]}\n\nDispatch number {index} from the regional desk."
        article = article_from_text(text, article_id=f"a{index}", source="test", url=f"https://example.org/{index}")
        article = article.model_copy(update={"published": day})
        travelrisk.ingest(article, extract(article))


def keys(events: list[dict[str, Any]]) -> list[tuple[str, str, str, str]]:
    return [(e["date"], e["kind"], e["who"], e["what"]) for e in events]


def every_event(travelrisk: TravelRisk, country: str, limit: int, as_of: dt.date | None = None) -> list[dict[str, Any]]:
    pages, cursor = [], None
    while True:
        page = travelrisk.events_page(country, cursor=cursor, limit=limit, as_of=as_of)
        assert len(page["events"]) <= limit
        pages += page["events"]
        cursor = page["next"]
        if cursor is None:
            return pages


def full_picture(travelrisk: TravelRisk, country: str, as_of: dt.date) -> dict[str, Any]:
    """The picture computed from every stored fact (what a read did before answers were bounded)."""
    with travelrisk._session() as session:
        snapshot = picture_service.Snapshot(session, as_of, country)
        inputs = snapshot.inputs(country)
        every = picture_service._views(
            session, [(NewsFact.target == country) | (NewsFact.actor == country), NewsFact.published <= as_of]
        )
        full = dataclasses.replace(inputs, facts=every, groups=None, recent=None, events=None, facts_newest=None)
        return build_picture(full)


def test_brief_carries_the_newest_events_with_counts_and_a_cursor(travelrisk: TravelRisk) -> None:
    fill(travelrisk, 40)
    data = travelrisk.brief("BY", START + dt.timedelta(days=400))
    assert len(data["events"]) == EVENTS_PAGE
    assert data["events_total"] > EVENTS_PAGE
    assert sum(data["events_by_kind"].values()) == data["events_total"]
    assert data["events_next"]
    dates = [e["date"] for e in data["events"]]
    assert dates == sorted(dates, reverse=True)
    assert all(e["evidence"] for e in data["events"])
    every = every_event(travelrisk, "BY", EVENTS_PAGE, START + dt.timedelta(days=400))
    assert keys(every[:EVENTS_PAGE]) == keys(data["events"])


def test_paging_gives_every_event_exactly_once(travelrisk: TravelRisk) -> None:
    fill(travelrisk, 30)
    with travelrisk._session() as session:
        whole = picture_service.events(session, "BY", dt.date.min)
    for limit in (1, 7, 500):
        paged = every_event(travelrisk, "BY", limit)
        assert keys(paged) == keys(whole)
        assert len(set(keys(paged))) == len(paged) == travelrisk.events_page("BY")["events_total"]


def test_a_cursor_is_stable_while_articles_arrive(travelrisk: TravelRisk) -> None:
    fill(travelrisk, 20)
    first = travelrisk.events_page("BY", limit=5)
    fill(travelrisk, 6, first=20)  # newer articles: they come before the first page, not into the next one
    second = travelrisk.events_page("BY", cursor=first["next"], limit=5)
    assert not set(keys(first["events"])) & set(keys(second["events"]))
    assert second["events"][0]["date"] <= first["events"][-1]["date"]
    now = keys(every_event(travelrisk, "BY", 5))
    assert now[0] not in keys(first["events"])  # the new articles lead the timeline now
    after = now.index(keys(first["events"])[-1]) + 1
    assert keys(second["events"]) == now[after : after + 5]  # the page after the cursor, as if nothing had arrived


def test_a_foreign_cursor_is_refused(travelrisk: TravelRisk) -> None:
    fill(travelrisk, 2)
    with pytest.raises(UsageError, match="cursor"):
        travelrisk.events_page("BY", cursor="not-ours")


@pytest.mark.parametrize("days", [30, 200, 1000])
def test_bounded_picture_agrees_with_the_picture_from_every_fact(travelrisk: TravelRisk, days: int) -> None:
    fill(travelrisk, 60)
    as_of = START + dt.timedelta(days=days)
    for country in ("BY", "LT", "US"):
        bounded = travelrisk.brief(country, as_of)
        full = full_picture(travelrisk, country, as_of)
        for field in (
            "levels",
            "strictest",
            "median",
            "disagreement",
            "early_warning",
            "data_as_of",
            "regional",
            "missions",
        ):
            assert bounded[field] == full[field], (country, field)
        for field in ("events", "events_total", "events_by_kind", "events_next"):
            assert bounded[field] == full[field], (country, field)

        def without_quotes(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return [{k: v for k, v in item.items() if k not in ("evidence", "evidence_total")} for item in items]

        assert without_quotes(bounded["directives"]) == without_quotes(full["directives"])
        assert without_quotes(bounded["reasons"]) == without_quotes(full["reasons"])


def test_answers_stay_small_however_many_reports(travelrisk: TravelRisk) -> None:
    fill(travelrisk, 80)
    data = travelrisk.brief("BY")
    assert len(data["events"]) <= EVENTS_PAGE
    for directive in data["directives"]:
        assert len(directive["evidence"]) <= 6  # the official quote and the newest five reports
        assert directive["reports"] >= 1
    for reason in data["reasons"]:
        assert len(reason["evidence"]) <= 6
    for row in data["missions"]:
        assert len(row["history"]) <= HISTORY_KEPT


def test_events_command_and_route_page_the_timeline(travelrisk: TravelRisk, db_url: str) -> None:
    fill(travelrisk, 24)
    runner = CliRunner()
    result = runner.invoke(app, ["events", "BY", "--limit", "4", "--json"])
    assert result.exit_code == 0, result.output
    page = json.loads(result.stdout)
    assert len(page["events"]) == 4 and page["next"]
    result = runner.invoke(app, ["events", "BY", "--limit", "4", "--cursor", page["next"], "--json"])
    assert result.exit_code == 0, result.output
    after = json.loads(result.stdout)
    assert after["events"][0]["date"] <= page["events"][-1]["date"]
    assert not set(keys(after["events"])) & set(keys(page["events"]))
    assert runner.invoke(app, ["events", "BY", "--cursor", "xyz"]).exit_code == 2

    client = TestClient(create_app(db_url))
    body = client.get("/v1/countries/BY/events", params={"limit": 4}).json()
    assert keys(body["events"]) == keys(page["events"])
    body = client.get("/v1/countries/BY/events", params={"limit": 4, "cursor": body["next"]}).json()
    assert keys(body["events"]) == keys(after["events"])
    assert client.get("/v1/countries/BY/events", params={"cursor": "xyz"}).status_code == 400
    picture = client.get("/v1/countries/BY").json()
    assert picture["events_total"] == body["events_total"] and len(picture["events"]) <= EVENTS_PAGE


# ---------------------------------------------------------------- the maintained counts


def counts(travelrisk: TravelRisk) -> list[Any]:
    with travelrisk._session() as session:
        return sorted(fact_counts.counted(session), key=lambda row: row.key)


def totals(travelrisk: TravelRisk) -> list[tuple[Any, ...]]:
    """The overview's counts (`fact_totals`): one row per group over every outlet."""
    with travelrisk._session() as session:
        rows = fact_counts.counted(session, by_outlet=False)
    return sorted(
        (r.kind, r.actor, r.target, r.action, r.level, r.count, r.first, r.last, r.story_low, r.story_high)
        for r in rows
    )


def summed_over_outlets(rows: list[Any]) -> list[tuple[Any, ...]]:
    groups: dict[tuple[Any, ...], list[Any]] = {}
    for row in rows:
        groups.setdefault((row.kind, row.actor, row.target, row.action, row.level), []).append(row)
    return sorted(
        (
            *group,
            sum(r.count for r in same),
            min(r.first for r in same),
            max(r.last for r in same),
            min(r.story_low for r in same),
            max(r.story_high for r in same),
        )
        for group, same in groups.items()
    )


def lines(travelrisk: TravelRisk) -> list[tuple[Any, ...]]:
    """The maintained timeline rows, in key order."""
    with travelrisk._session() as session:
        return sorted(tuple(row) for row in session.execute(select(TimelineLine.__table__)).all())


def test_counts_are_kept_as_facts_are_stored_and_rebuild_gives_the_same(travelrisk: TravelRisk, tmp_path: Path) -> None:
    fill(travelrisk, 24)
    archive = tmp_path / "wire.jsonl"
    texts = _texts()
    with archive.open("w", encoding="utf-8") as fh:
        for index in range(30):
            day = START + dt.timedelta(days=5 * index + 1)
            text = f"{texts[(index + 1) % len(texts)]}\n\nWire copy {index}, filed late."
            record = {"id": f"w{index}", "published": day.isoformat(), "text": text, "outlet": f"Wire {index % 2}"}
            fh.write(json.dumps(record) + "\n")
    run_backfill([str(archive)], engine="local", workers=1, database_url=travelrisk.database_url)
    maintained = counts(travelrisk)
    with travelrisk._session() as session:
        from_facts = sorted(fact_counts.from_facts(session), key=lambda row: row.key)
    assert maintained == from_facts
    assert sum(row.count for row in maintained) > 54  # several facts per article
    kept_totals = totals(travelrisk)
    assert kept_totals == summed_over_outlets(from_facts)
    assert len(kept_totals) < len(maintained)  # the same groups from several outlets are one row here
    kept_lines = lines(travelrisk)
    assert {row[0] for row in kept_lines} >= {"BY", "LT", "US"}  # on the timelines of both sides
    before = {code: travelrisk.brief(code) for code in ("BY", "LT", "PL", "US", "GB")}
    result = CliRunner().invoke(app, ["rebuild", "--json"])
    assert result.exit_code == 0, result.output
    written = json.loads(result.stdout)
    assert written["fact_counts"] == len(maintained) and written["timeline_lines"] == len(kept_lines)
    assert counts(travelrisk) == maintained
    assert totals(travelrisk) == kept_totals
    assert lines(travelrisk) == kept_lines  # ingest and backfill kept what a rebuild computes
    for code, picture in before.items():
        assert travelrisk.brief(code) == picture


def test_rebuilt_pictures_equal_maintained_ones_for_every_country(travelrisk: TravelRisk) -> None:
    fill(travelrisk, 40)
    with travelrisk._session() as session:
        about = {code for row in fact_counts.counted(session) for code in (row.actor, row.target) if code}
    assert len(about) >= 4
    maintained = {code: travelrisk.brief(code) for code in sorted(about)}
    overview = travelrisk.countries()
    with travelrisk._session() as session:
        session.execute(delete(FactCount))  # the maintained state lost: pictures read from it change
        session.execute(delete(FactTotal))
        session.execute(delete(TimelineLine))
    assert travelrisk.countries() != overview
    assert travelrisk.brief("BY")["events_total"] < maintained["BY"]["events_total"]
    written = travelrisk.rebuild(stories=True)  # story ids recomputed from the texts, then the counts
    assert written == {"stories": 40, "fact_counts": len(counts(travelrisk)), "timeline_lines": len(lines(travelrisk))}
    for code, picture in maintained.items():
        assert travelrisk.brief(code) == picture, code
    assert travelrisk.countries() == overview


def test_a_failed_ingest_leaves_the_counts_unchanged(travelrisk: TravelRisk) -> None:
    fill(travelrisk, 4)
    before, before_lines = counts(travelrisk), lines(travelrisk)
    text = (ARTICLES / "seed_like_belarus.txt").read_text(encoding="utf-8") + "\n\nA copy that never lands."
    article = article_from_text(text, article_id="lost", source="test").model_copy(update={"published": START})
    with pytest.raises(RuntimeError), travelrisk._session() as session:
        news.ingest(session, article, extract(article))
        raise RuntimeError("the transaction fails after the article was stored")
    assert counts(travelrisk) == before and lines(travelrisk) == before_lines
    travelrisk.ingest(article, extract(article))
    assert counts(travelrisk) != before and lines(travelrisk) != before_lines


def test_the_overview_agrees_with_each_countrys_picture(travelrisk: TravelRisk) -> None:
    fill(travelrisk, 30)
    for as_of in (None, START + dt.timedelta(days=40)):
        for row in travelrisk.countries(as_of):
            if row["strictest"] is None and not row["coverage"]["data_as_of"]:
                continue
            picture = travelrisk.brief(row["country"], as_of)
            assert row["strictest"] == picture["strictest"]
            assert row["median"] == picture["median"]
            assert row["issuers"] == len(picture["levels"])
            assert row["early_warning"] == picture["early_warning"]["flagged"]
            assert row["coverage"]["data_as_of"] == picture["data_as_of"], row["country"]


def test_the_home_table_is_paged_and_filtered(travelrisk: TravelRisk, db_url: str) -> None:
    travelrisk.load_demo()  # the bundled advisories: well over one page of countries with advice
    rated = [row for row in travelrisk.countries() if row["strictest"]]
    assert len(rated) > 50
    client = TestClient(create_app(db_url))
    first, second = client.get("/").text, client.get("/", params={"page": 2}).text
    linked = [f'<td><a href="/countries/{row["country"]}">' for row in rated]
    assert sum(link in first for link in linked) == 50
    assert sum(link in second for link in linked) == min(50, len(rated) - 50)
    assert not [link for link in linked if link in first and link in second]
    assert 'rel="next"' in first and 'rel="prev"' in second
    found = client.get("/", params={"q": "belar"}).text
    assert '<td><a href="/countries/BY">' in found and sum(link in found for link in linked) == 1
    assert 'data-country="FR"' in found  # the map still shows every country
    assert "No country with advice matches" in client.get("/", params={"q": "zzzz"}).text


def test_the_migration_fills_the_timeline_as_ingest_keeps_it(travelrisk: TravelRisk) -> None:
    fill(travelrisk, 24)
    kept = lines(travelrisk)
    assert len(kept) > 24
    config = alembic_config(travelrisk.engine)
    command.downgrade(config, BEFORE_TIMELINE)  # a database from before the maintained timeline
    command.upgrade(config, "head")
    assert lines(travelrisk) == kept


def test_bounded_exits_give_the_statuses_and_newest_reports_of_the_full_answer(travelrisk: TravelRisk) -> None:
    fill(travelrisk, 40)
    as_of = START + dt.timedelta(days=400)
    for country in ("BY", "LT", "PL"):
        full = travelrisk.exits(country, as_of=as_of)
        bounded = travelrisk.exits(country, as_of=as_of, reports=3)

        def statuses(answer: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
            return {
                c["id"]: (state, c["since"], c["evidence"], c["restrictions"])
                for group in answer["neighbours"]
                for state in ("open", "restricted", "closed", "unknown")
                for c in group[state]
            }

        assert statuses(bounded) == statuses(full), country
        every = [r for group in full["neighbours"] for r in group["reported"]]
        newest = [r for group in bounded["neighbours"] for r in group["reported"]]
        assert len(newest) == min(3, len(every)), country
        assert all(r in every for r in newest), country  # the same report, reconciled the same way
        assert sorted(r["since"] for r in newest) == sorted(r["since"] for r in every)[len(every) - len(newest) :]
    reported = [r for g in travelrisk.exits("BY", as_of=as_of)["neighbours"] for r in g["reported"]]
    assert len(reported) > 3  # the bound was exercised


def test_mission_statuses_read_by_seeks_equal_those_from_every_status(travelrisk: TravelRisk) -> None:
    fill(travelrisk, 60)
    # manual updates between the news reports: they stay on the timeline however many reports follow
    travelrisk.set_mission("US", "BY", "reduced_services", source_url="https://example.org/m1", at=START)
    travelrisk.set_mission("US", "BY", "suspended", source_url="https://example.org/m2", at=START + dt.timedelta(90))
    checked = 0
    for as_of in (START + dt.timedelta(days=40), START + dt.timedelta(days=120), START + dt.timedelta(days=400)):
        for country in ("BY", "LT"):
            shown = travelrisk.brief(country, as_of)["missions"]
            with travelrisk._session() as session:
                operators = {row["mission_of"] for row in shown}
                every = missions_service.status_entries(session, {(op, country) for op in operators})
            full = [
                missions_service.mission_json(
                    None, row["mission_of"], country, every[(row["mission_of"], country)], as_of
                )
                for row in shown
            ]
            for bounded, whole in zip(shown, full, strict=True):
                for field in ("status", "since", "evidence", "origin"):
                    assert bounded[field] == whole[field], (country, as_of, field)
                assert bounded["history"] == whole["history"][-HISTORY_KEPT:], (country, as_of)
                assert bounded.get("history_total", len(whole["history"])) == len(whole["history"])
                checked += len(whole["history"]) > HISTORY_KEPT
    assert checked  # some mission had more statuses than are shown


@pytest.mark.parametrize("warm", [True, False])
def test_the_server_compiles_what_a_first_request_runs_before_it_listens(
    sqlite_travelrisk: TravelRisk, monkeypatch: pytest.MonkeyPatch, warm: bool
) -> None:
    """With the warm-up (the default of `serve`) the first requests for another country's picture and page and
    for the home page compile no SQL statement; without it they do (so this test can tell them apart)."""
    from sqlalchemy import event

    from travelrisk.config import reload_settings

    fill(sqlite_travelrisk, 8)
    monkeypatch.setenv("TRAVELRISK_WARM_UP", "1" if warm else "0")
    reload_settings()
    engine = sqlite_travelrisk.engine
    compiled: list[str] = []

    def record(_connection: Any, _cursor: Any, statement: str, _parameters: Any, context: Any, _many: bool) -> None:
        if context is not None and context.cache_hit == engine.dialect.CACHE_MISS:
            compiled.append(statement)

    with TestClient(create_app(sqlite_travelrisk.database_url)) as client:
        event.listen(engine, "before_cursor_execute", record)
        try:
            for path in ("/v1/countries/BY", "/countries/BY", "/"):
                response = client.get(path)
                assert response.status_code == 200 and "BY" in response.text, path
        finally:
            event.remove(engine, "before_cursor_execute", record)
    assert (compiled == []) is warm, "\n".join(s[:200] for s in compiled)
