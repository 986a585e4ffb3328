"""`travelrisk extract --store`: articles kept verbatim with their extraction, once, in SQLite and PostgreSQL."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from typer.testing import CliRunner

from travelrisk.cli import app
from travelrisk.store.articles import extraction_of
from travelrisk.store.db import session_scope
from travelrisk.store.documents import document_content
from travelrisk.store.tables import ArticleRecord, Document, NewsFact

from .conftest import FIXTURES  # noqa: F401 - shared fixtures
from .test_extract_articles import ARTICLES

runner = CliRunner()


def count(engine, table) -> int:
    with session_scope(engine) as session:
        return session.execute(select(func.count()).select_from(table)).scalar_one()


def test_store_keeps_article_and_facts_once(engine):
    path = str(ARTICLES / "adv_canada_haiti.txt")
    result = runner.invoke(app, ["extract", path, "--store"])
    assert result.exit_code == 0, result.output
    [printed] = [json.loads(line) for line in result.stdout.splitlines()]
    assert printed["id"] == "adv_canada_haiti" and printed["published"] == "2024-03-07"
    assert (count(engine, Document), count(engine, ArticleRecord)) == (1, 1)
    facts = count(engine, NewsFact)
    assert facts == len(printed["advisories"]) + len(printed["border_events"]) + len(printed["mission_events"]) > 0
    with session_scope(engine) as session:
        document = session.execute(select(Document)).scalar_one()
        record = session.execute(select(ArticleRecord)).scalar_one()
        text = document_content(document).decode("utf-8")
        assert text.startswith("Ottawa tells Canadians")
        assert document.retrieved_at is not None and len(document.sha256) == 64
        extraction = extraction_of(session, record.id)
        assert extraction.model_dump(mode="json") == {k: printed[k] for k in extraction.model_dump(mode="json")}
        assert extraction.advisories[0].evidence.quote in text

    again = runner.invoke(app, ["extract", path, "--store"])
    assert again.exit_code == 0
    assert (count(engine, Document), count(engine, ArticleRecord), count(engine, NewsFact)) == (1, 1, facts)


def test_table_and_json_formats(sqlite_engine):
    result = runner.invoke(app, ["extract", str(ARTICLES / "border_kyrgyz.txt"), "--format", "json"])
    [item] = json.loads(result.stdout)
    assert item["border_events"][0]["country"] == "KZ"
    result = runner.invoke(app, ["extract", str(ARTICLES / "border_kyrgyz.txt"), "--format", "table"])
    assert result.exit_code == 0 and "KZ" in result.output
    assert runner.invoke(app, ["extract", "x", "--format", "xml"]).exit_code == 2


def test_extract_leaves_the_garbage_collector_as_it_found_it(sqlite_engine):
    # the command freezes what is loaded while it reads (speed); a process that runs it goes on collecting
    import gc

    before = gc.get_freeze_count()
    result = runner.invoke(app, ["extract", str(ARTICLES / "border_kyrgyz.txt"), "--format", "jsonl"])
    assert result.exit_code == 0 and json.loads(result.stdout.splitlines()[0])["border_events"]
    assert gc.get_freeze_count() == before == 0


def test_a_reader_fault_on_one_article_names_it_and_the_rest_are_read(tmp_path, monkeypatch):
    import travelrisk.cli.news as news

    (tmp_path / "a_good.txt").write_text("date 2024-03-01 Latvia closed the Silene crossing with Belarus.\n")
    (tmp_path / "b_fault.txt").write_text("date 2024-03-01 This text makes the reader fail.\n")
    (tmp_path / "c_good.txt").write_text("date 2024-03-02 Poland reopened the Bobrowniki crossing with Belarus.\n")
    real = news.extract

    def failing_on_one(article):  # a fault injected where the reader would raise on a real article
        if "makes the reader fail" in article.text:
            raise ValueError("min() arg is an empty sequence")
        return real(article)

    monkeypatch.setattr(news, "extract", failing_on_one)
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [(b["country"], b["action"]) for line in lines for b in line["border_events"]] == [
        ("LV", "closed"),
        ("PL", "opened"),
    ]
    assert "b_fault.txt: could not be read: ValueError: min() arg is an empty sequence" in result.output
