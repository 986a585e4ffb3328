"""Backfill on Dask distributed (a real LocalCluster): sharded JSON Lines, bulk storage, resumable, idempotent."""

from __future__ import annotations

import gzip
import json
import logging
import sqlite3
import sys
import threading
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import OperationalError
from typer.testing import CliRunner

from travelrisk.cli import app
from travelrisk.cluster.backfill import process_shard, run_backfill, shard_key
from travelrisk.model import Article
from travelrisk.services import TravelRisk
from travelrisk.services.news import prepare
from travelrisk.sources.news.readers import read_jsonl
from travelrisk.store import db
from travelrisk.store.db import session_scope
from travelrisk.store.tables import ArticleRecord, BackfillShard, Document, NewsFact

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.corpus import articles

runner = CliRunner()


def write_shards(directory: Path, shards: int, per_shard: int) -> list[Path]:
    records = list(articles(shards * per_shard, seed=21))
    paths = []
    for index in range(shards):
        path = directory / f"shard-{index:03d}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for record in records[index * per_shard : (index + 1) * per_shard]:
                fh.write(json.dumps(record) + "\n")
            if index == 0:
                fh.write("{broken json\n")
        paths.append(path)
    return paths


def totals(engine) -> tuple[int, int, int, int]:
    with session_scope(engine) as session:
        return tuple(
            session.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (Document, ArticleRecord, NewsFact, BackfillShard)
        )


@pytest.mark.slow
def test_backfill_on_a_local_dask_cluster_resumes_and_adds_nothing_twice(engine, db_url, tmp_path):
    paths = write_shards(tmp_path, shards=4, per_shard=25)
    # An interrupted run: the first shard was finished before the interruption.
    first = process_shard(str(paths[0]), db_url)
    assert (first["articles"], first["stored"], first["errors"]) == (25, 25, 1)
    result = runner.invoke(app, ["backfill", str(tmp_path), "--engine", "dask", "--workers", "2", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert set(summary) >= {"articles", "shards", "seconds", "articles_per_s"}
    assert (summary["shards"], summary["skipped_shards"], summary["articles"]) == (4, 1, 75)
    documents, stored, facts, shards = totals(engine)
    assert documents == stored == 100 and shards == 4 and facts > 0

    again = run_backfill([str(tmp_path)], workers=2, database_url=db_url)
    assert (again.skipped_shards, again.stored) == (4, 0)
    assert totals(engine) == (documents, stored, facts, shards)

    # A new shard repeating stored articles stores only the new ones.
    repeat = tmp_path / "shard-repeat.jsonl"
    repeat.write_text(
        paths[1].read_text()
        + json.dumps(
            {"id": "new-1", "text": "Chad closed its border with Sudan on Sunday, the interior ministry said."}
        )
        + "\n"
    )
    result = process_shard(str(repeat), db_url)
    assert (result["articles"], result["stored"]) == (26, 1)
    with session_scope(engine) as session:
        assert session.get(BackfillShard, shard_key(repeat)).stored == 1


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_backfill_leaves_postgresql_the_statistics_of_what_it_stored(db_url, tmp_path):
    """PostgreSQL plans from table statistics, which autovacuum refreshes late or never (it is off on some
    servers): after a backfill the planner knows the tables' sizes, not those of the empty tables it began with."""
    write_shards(tmp_path, shards=2, per_shard=10)
    summary = run_backfill([str(tmp_path)], engine="local", database_url=db_url)
    assert summary.stored == 20
    with db.get_engine(db_url).connect() as connection:
        facts = connection.execute(select(func.count()).select_from(NewsFact)).scalar_one()
        estimated = dict(
            connection.execute(
                text("SELECT relname, reltuples FROM pg_class WHERE relname IN ('articles', 'news_facts')")
            ).all()
        )
    assert facts > 0 and estimated == {"articles": 20, "news_facts": facts}


def test_backfill_usage_errors(sqlite_engine, tmp_path):
    assert runner.invoke(app, ["backfill", str(tmp_path / "missing"), "--engine", "dask"]).exit_code == 2
    assert runner.invoke(app, ["backfill", str(tmp_path), "--engine", "spark"]).exit_code == 2


def test_a_shard_interrupted_after_some_chunks_is_completed_without_duplicates(engine, travelrisk, db_url, tmp_path):
    (path,) = write_shards(tmp_path, shards=1, per_shard=35)
    # What a run killed mid-shard leaves behind: its first chunk committed, the shard not marked done.
    with path.open("rb") as stream:
        committed = [prepare(a) for a in list(read_jsonl(stream, str(path)))[:10] if isinstance(a, Article)]
    assert travelrisk.store_prepared(committed) == 10
    assert totals(engine)[1::2] == (10, 0)  # articles stored, shards done

    result = process_shard(str(path), db_url, chunk=10)
    assert (result["articles"], result["stored"], result["errors"]) == (35, 25, 1)
    documents, stored, _facts, shards = totals(engine)
    assert (documents, stored, shards) == (35, 35, 1)
    with session_scope(engine) as session:
        done = session.get(BackfillShard, shard_key(path))
        assert (done.articles, done.stored, done.errors) == (35, 25, 1)


@pytest.mark.parametrize(("held_for", "stored"), [(0.5, 10), (3.0, 0)])
def test_a_chunk_that_finds_sqlite_locked_is_tried_again(sqlite_engine, tmp_path, caplog, held_for, stored):
    (path,) = write_shards(tmp_path, shards=1, per_shard=10)
    with path.open("rb") as stream:
        chunk = [prepare(a) for a in read_jsonl(stream, str(path)) if isinstance(a, Article)]
    travelrisk = TravelRisk(str(sqlite_engine.url))
    # wait 0.2 s for the write lock instead of 30 s: five tries outlast a short hold and give up on a long one
    event.listen(sqlite_engine, "connect", lambda connection, _record: connection.execute("PRAGMA busy_timeout=200"))
    sqlite_engine.dispose()
    other_writer = sqlite3.connect(tmp_path / "travelrisk.db", isolation_level=None, check_same_thread=False)
    other_writer.execute("BEGIN IMMEDIATE")  # another worker's chunk, holding the lock
    release = threading.Timer(held_for, other_writer.commit)
    release.start()
    caplog.set_level(logging.WARNING, "travelrisk.news")
    try:
        if stored:
            assert travelrisk.store_prepared(chunk) == stored
        else:
            with pytest.raises(OperationalError, match="database is locked"):
                travelrisk.store_prepared(chunk)
    finally:
        release.join()
        other_writer.close()
    assert totals(sqlite_engine)[:2] == (stored, stored)  # stored once, or not at all: nothing half-written
    assert "found the database locked: try 2 of 5" in caplog.text


def test_a_chunk_stored_beside_the_next_extraction_still_stops_its_shard_when_it_fails(sqlite_engine, tmp_path):
    # chunks are stored in a thread while the next one is extracted; a chunk's failure must still end the shard
    (path,) = write_shards(tmp_path, shards=1, per_shard=30)
    TravelRisk(str(sqlite_engine.url))
    event.listen(sqlite_engine, "connect", lambda connection, _record: connection.execute("PRAGMA busy_timeout=100"))
    sqlite_engine.dispose()
    other_writer = sqlite3.connect(tmp_path / "travelrisk.db", isolation_level=None)
    other_writer.execute("BEGIN IMMEDIATE")  # held for the whole shard: every chunk finds the database locked
    try:
        with pytest.raises(OperationalError, match="database is locked"):
            process_shard(str(path), str(sqlite_engine.url), chunk=10)
    finally:
        other_writer.rollback()
        other_writer.close()
    assert totals(sqlite_engine) == (0, 0, 0, 0)  # nothing stored, the shard not marked done


@pytest.mark.parametrize("limit", [1, 1 << 40])
def test_a_bulk_writer_truncates_a_large_sqlite_wal(sqlite_engine, tmp_path, monkeypatch, limit):
    # two backfill workers keep SQLite from ever resetting its log: the writer truncates it past WAL_LIMIT
    (path,) = write_shards(tmp_path, shards=1, per_shard=10)
    with path.open("rb") as stream:
        chunk = [prepare(a) for a in read_jsonl(stream, str(path)) if isinstance(a, Article)]
    travelrisk = TravelRisk(str(sqlite_engine.url))
    monkeypatch.setattr(db, "WAL_LIMIT", limit)
    assert travelrisk.store_prepared(chunk) == 10
    wal = (tmp_path / "travelrisk.db-wal").stat().st_size
    assert (wal == 0) == (limit == 1)
    with closing(sqlite3.connect(tmp_path / "travelrisk.db")) as reader:  # checkpointed into the file, not lost
        assert reader.execute("SELECT count(*) FROM articles").fetchone() == (10,)


ARTICLES = Path(__file__).parent / "articles"


def _article_folder(folder: Path) -> list[Path]:
    """Project-written articles as an operator's archive: plain text, gzip-compressed text, an HTML page, an
    RSS feed and JSON Lines with one broken line."""
    texts = sorted(ARTICLES.glob("*.txt"))[:6]
    folder.mkdir()
    for path in texts[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "nested").mkdir()
    with gzip.open(folder / "nested" / f"{texts[3].stem}.txt.gz", "wb") as fh:
        fh.write(texts[3].read_bytes())
    (folder / "page.html").write_text(
        "<html><head><title>Border news</title></head><body><article><p>"
        + texts[4].read_text(encoding="utf-8").replace("\n", " ")
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "wire.jsonl").write_text(
        json.dumps({"id": "wire-1", "text": texts[5].read_text(encoding="utf-8")}) + "\n{not json\n",
        encoding="utf-8",
    )
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not an article format")  # not read
    return texts


def test_backfill_reads_every_article_format_in_this_process(engine, tmp_path):
    folder = tmp_path / "archive"
    _article_folder(folder)
    result = runner.invoke(app, ["backfill", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["engine"], summary["shards"], summary["articles"], summary["errors"]) == ("local", 6, 6, 1)
    assert summary["stored"] == 6
    # The bad record is named by its file and line.
    assert f"{folder / 'wire.jsonl'}:2: not valid JSON" in result.stderr
    documents, stored, facts, shards = totals(engine)
    assert (stored, shards) == (6, 6) and facts > 0

    again = runner.invoke(app, ["backfill", str(folder), "--json"])
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["skipped_shards"] == 6
    assert totals(engine) == (documents, stored, facts, shards)


def test_backfill_of_a_folder_with_nothing_to_read_exits_1(sqlite_engine, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "scan.pdf").write_bytes(b"%PDF-1.4")
    result = runner.invoke(app, ["backfill", str(empty)])
    assert result.exit_code == 1
    assert "nothing to read" in result.stderr and str(empty) in result.stderr

    unreadable = tmp_path / "unreadable"
    unreadable.mkdir()
    (unreadable / "broken.txt.gz").write_bytes(b"not gzip at all")
    result = runner.invoke(app, ["backfill", str(unreadable)])
    assert result.exit_code == 1
    assert "broken.txt.gz: not a valid gzip file" in result.stderr
