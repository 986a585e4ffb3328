"""Compact storage: integer LSH band keys (and their migration), the schema the migrations build, on SQLite and
PostgreSQL. The articles here are written for these tests."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, select, text

from tests.conftest import _PG_UNAVAILABLE, POSTGRES_ADMIN_URL
from travelrisk.assess.stories import band_keys, signature
from travelrisk.model import Article
from travelrisk.services import TravelRisk
from travelrisk.services.news import prepare
from travelrisk.store import stories as stories_store
from travelrisk.store.articles import crossings_counted, extraction_of
from travelrisk.store.db import alembic_config, dispose_engines, make_engine, session_scope
from travelrisk.store.documents import document_content, read_document, sha256
from travelrisk.store.tables import ArticleBand, ArticleRecord, Base, Document

BEFORE_BAND_KEYS = "e5a7c3b1d9f2"

HARBOUR = (
    "Fishermen in the northern harbour town of Velmora stayed ashore for a third day on Tuesday as a storm "
    "pushed waves over the sea wall and flooded the market square. The mayor said the council had opened two "
    "school halls for families whose ground floors were under water, and volunteers carried sandbags along "
    "the promenade until late in the evening. Ferry crossings to the outer islands were cancelled, and the "
    "port authority asked skippers to double their moorings before the next high tide. Forecasters expect "
    "the wind to ease on Thursday, though heavy rain may keep rivers high into the weekend. Shopkeepers on "
    "the waterfront counted the damage while the town's only bakery handed out bread to anyone who asked."
)
ORCHARD = (
    "Apple growers in the hill valleys report the smallest harvest in a decade after a late frost in April "
    "killed most of the blossom. A cooperative that buys from three hundred farms said it would pay members "
    "an advance on next year's crop so they can keep their seasonal pickers, and the regional bank has "
    "offered to delay loan repayments by six months. Cider makers are importing fruit for the first time, "
    "and some small producers have decided to skip the season altogether. Agronomists say frost fans and "
    "later-flowering varieties could protect future crops, but both cost more than most family orchards can "
    "spend at once, and the growers' association has asked the ministry for help with the investment."
)
LIBRARY = (
    "The city library reopened its reading rooms on Monday after a two-year renovation that replaced the "
    "leaking roof, added a lift and moved the children's section to the ground floor. Librarians spent the "
    "summer carrying back some eighty thousand books from a warehouse on the ring road, and a local choir "
    "sang on the front steps as the doors opened. The building now stays open until nine on weekdays, and a "
    "small cafe run by a social enterprise serves coffee in the former map room. Visitors queued for library "
    "cards all morning, and the director said more than a thousand people had signed up by lunchtime, "
    "many of them students looking for a quiet place to work before their exams in the spring."
)


def near_copy(body: str, outlet: str) -> str:
    """The same wire story as another outlet runs it: its own headline, the last sentence dropped."""
    sentences = body.split(". ")
    return f"{outlet} reports.\n\n" + ". ".join(sentences[:-1]) + "."


def article(name: str, body: str) -> Article:
    return Article(id=name, source="tests", text=body, published=dt.date(2026, 3, 2), outlet=name.split("-")[0])


def corpus() -> list[tuple[Article, str]]:
    """(article, the name of the story it belongs to)."""
    return [
        (article("alpha-1", HARBOUR), "harbour"),
        (article("alpha-2", ORCHARD), "orchard"),
        (article("beta-1", near_copy(HARBOUR, "Beta News")), "harbour"),
        (article("gamma-1", LIBRARY), "library"),
        (article("gamma-2", near_copy(ORCHARD, "Gamma Daily")), "orchard"),
        (article("delta-1", near_copy(HARBOUR, "Delta Wire")), "harbour"),
    ]


def stories(engine: Engine) -> dict[str, int]:
    with session_scope(engine) as session:
        return {
            name: story for name, story in session.execute(select(ArticleRecord.article_id, ArticleRecord.story_id))
        }


def assert_grouped(found: dict[str, int], ids: dict[str, int]) -> None:
    """Each near-copy carries the story id of the first article of its story, which is that article's id."""
    first: dict[str, str] = {}
    for item, story in corpus():
        first.setdefault(story, item.id)
        assert found[item.id] == ids[first[story]], item.id


def article_ids(engine: Engine) -> dict[str, int]:
    with session_scope(engine) as session:
        return {name: row_id for name, row_id in session.execute(select(ArticleRecord.article_id, ArticleRecord.id))}


def test_band_keys_are_64_bit_and_near_copies_share_some(engine):
    original, copy, other = (signature(t) for t in (HARBOUR, near_copy(HARBOUR, "Beta News"), LIBRARY))
    keys = band_keys(original)
    assert len(keys) == 32 == len(set(keys)) and all(-(2**63) <= k < 2**63 for k in keys)
    assert set(keys) & set(band_keys(copy))
    assert not set(keys) & set(band_keys(other))


def test_near_copies_form_one_story_in_a_backfill_and_on_ingest(travelrisk, engine):
    items = corpus()
    # The first four in one backfill chunk (near-copies found within the chunk), the rest one at a time
    # against the stored bands.
    assert travelrisk.store_prepared([prepare(a) for a, _ in items[:4]]) == 4
    for item, _story in items[4:]:
        assert travelrisk.ingest(item).stored
    assert_grouped(stories(engine), article_ids(engine))
    with session_scope(engine) as session:
        rows = session.execute(select(ArticleBand.key, ArticleBand.article_id)).all()
    assert len(rows) == 32 * len(items)


def test_band_lookups_read_the_newest_copies_only_and_still_find_the_story(travelrisk, engine, monkeypatch):
    # a text syndicated thousands of times must not make each new copy read and compare every earlier one
    monkeypatch.setattr(stories_store, "NEWEST_PER_BAND", 2)
    copies = [article(f"copy-{n}", near_copy(HARBOUR, f"Outlet {n}")) for n in range(5)]
    assert travelrisk.store_prepared([prepare(a) for a in copies]) == 5
    assert travelrisk.ingest(article("copy-late", near_copy(HARBOUR, "Late Wire"))).stored
    ids = article_ids(engine)
    with session_scope(engine) as session:
        keys = [
            key for (key,) in session.execute(select(ArticleBand.key).where(ArticleBand.article_id == ids["copy-4"]))
        ]
        found = stories_store.band_candidates(session, keys)
    assert found and all(len(articles) <= 2 for articles in found.values())
    newest = sorted(ids[name] for name in ("copy-3", "copy-4", "copy-late"))[-2:]
    assert any(set(articles) == set(newest) for articles in found.values())  # the newest two, not the first two
    assert len(set(stories(engine).values())) == 1  # every copy, the late one too, in the first copy's story


@contextlib.contextmanager
def empty_database(store: str, tmp_path: Path) -> Iterator[Engine]:
    if store == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
        yield engine
        engine.dispose()
        return
    if _PG_UNAVAILABLE:
        pytest.skip(_PG_UNAVAILABLE)
    name = f"travelrisk_migrate_{uuid.uuid4().hex[:10]}"
    admin = create_engine(
        POSTGRES_ADMIN_URL.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/" + name)
    try:
        yield engine
    finally:
        engine.dispose()
        dispose_engines()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_the_migration_turns_stored_bands_into_integer_keys(store, tmp_path):
    with empty_database(store, tmp_path) as engine:
        config = alembic_config(engine)
        command.upgrade(config, BEFORE_BAND_KEYS)
        texts = {"old-1": HARBOUR, "old-2": near_copy(HARBOUR, "Old Wire"), "old-3": LIBRARY}
        ids: dict[str, int] = {}
        with engine.begin() as connection:
            for number, (name, body) in enumerate(texts.items(), start=1):
                document = connection.execute(
                    text(
                        "INSERT INTO documents (kind, source, sha256, retrieved_at, content) "
                        "VALUES ('article', 'tests', :sha, :now, :content) RETURNING id"
                    ),
                    {"sha": f"{number:064d}", "now": dt.datetime.now(dt.UTC), "content": body.encode()},
                ).scalar_one()
                ids[name] = connection.execute(
                    text(
                        "INSERT INTO articles (document_id, article_id, published, story_id, minhash, extraction, "
                        "extracted_at) VALUES (:document, :name, :day, :story, :minhash, '{}', :now) RETURNING id"
                    ),
                    {
                        "document": document,
                        "name": name,
                        "day": dt.date(2026, 3, 1),
                        "story": ids.get("old-1"),
                        "minhash": signature(body).tobytes(),
                        "now": dt.datetime.now(dt.UTC),
                    },
                ).scalar_one()
                connection.execute(
                    text("INSERT INTO article_bands (band, digest, article_id) VALUES (0, :digest, :id)"),
                    {"digest": "0" * 32, "id": ids[name]},
                )
            connection.execute(text("UPDATE articles SET story_id = id WHERE story_id IS NULL OR article_id = 'old-3'"))
        command.upgrade(config, "head")
        with session_scope(engine) as session:
            stored = session.execute(select(ArticleBand.article_id, ArticleBand.key)).all()
        by_article: dict[int, set[int]] = {}
        for article_id, key in stored:
            by_article.setdefault(article_id, set()).add(key)
        assert by_article == {ids[name]: set(band_keys(signature(body))) for name, body in texts.items()}
        dispose_engines()
        # A new near-copy joins the migrated story.
        travelrisk = TravelRisk(str(engine.url.render_as_string(hide_password=False)))
        assert travelrisk.ingest(article("new-1", near_copy(HARBOUR, "New Wire"))).stored
        assert stories(travelrisk.engine)["new-1"] == ids["old-1"]


BEFORE_COUNTED_CROSSINGS = "c2d6e8a1f4b9"


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_the_migration_marks_count_only_border_reports_as_ingest_does(store, tmp_path):
    """A border report with a number of crossings and none named gets the number; every other fact stays NULL."""
    stored = {
        "counted": ("border", {"crossings_affected": 2, "crossings_total": 6, "crossing_names": []}),
        "named": ("border", {"crossings_affected": 1, "crossing_names": ["Kamenny Log"]}),
        "no number": ("border", {"crossings_affected": None, "crossing_names": []}),
        "advisory": ("advisory", {"level": 4}),
    }
    with empty_database(store, tmp_path) as engine:
        config = alembic_config(engine)
        command.upgrade(config, BEFORE_COUNTED_CROSSINGS)
        with engine.begin() as connection:
            document = connection.execute(
                text(
                    "INSERT INTO documents (kind, source, sha256, retrieved_at, content) "
                    "VALUES ('article', 'tests', :sha, :now, :content) RETURNING id"
                ),
                {"sha": "1" * 64, "now": dt.datetime.now(dt.UTC), "content": b"text"},
            ).scalar_one()
            article_id = connection.execute(
                text(
                    "INSERT INTO articles (document_id, article_id, published, extraction, extracted_at) "
                    "VALUES (:document, 'old', :day, '{}', :now) RETURNING id"
                ),
                {"document": document, "day": dt.date(2026, 3, 1), "now": dt.datetime.now(dt.UTC)},
            ).scalar_one()
            for name, (kind, data) in stored.items():
                connection.execute(
                    text(
                        "INSERT INTO news_facts (article_id, kind, actor, target, action, published, data) "
                        "VALUES (:article, :kind, 'LT', 'BY', :name, :day, :data)"
                    ),
                    {
                        "article": article_id,
                        "kind": kind,
                        "name": name,
                        "day": dt.date(2026, 3, 1),
                        "data": json.dumps(data),
                    },
                )
        command.upgrade(config, "head")
        with engine.connect() as connection:
            counted = dict(connection.execute(text("SELECT action, crossings_counted FROM news_facts")).all())
        assert counted == {"counted": 2, "named": None, "no number": None, "advisory": None}
        assert counted == {name: crossings_counted(data) for name, (_kind, data) in stored.items()}


BORDER_NEWS = (
    "Finland closed all crossing points on its border with Russia on Thursday, the interior ministry said. "
    "The United States told its citizens not to travel to Russia because of the war in Ukraine."
)


def test_texts_are_stored_compressed_and_read_back_exactly(travelrisk, engine):
    items = [article("alpha-1", HARBOUR * 3), article("alpha-2", BORDER_NEWS), article("alpha-3", "Short.")]
    travelrisk.store_prepared([prepare(items[0])])
    for item in items[1:]:
        travelrisk.ingest(item)
    with session_scope(engine) as session:
        documents = {d.sha256: d for d in session.execute(select(Document)).scalars()}
        for item in items:
            document = documents[sha256(item.text.encode())]
            assert document_content(document) == item.text.encode() == read_document(session, document.id)
        long_one = documents[sha256(items[0].text.encode())]
        assert long_one.content_encoding == "zlib" and len(long_one.content) < len(items[0].text) / 2
        # Too short to gain from compression: kept as received.
        assert documents[sha256(b"Short.")].content_encoding is None


def test_the_extraction_is_stored_once_and_read_back_whole(travelrisk, engine):
    from travelrisk.extract.pipeline import extract

    news = article("alpha-2", BORDER_NEWS)
    expected = extract(news)
    assert expected.advisories and expected.border_events
    travelrisk.ingest(news, expected)
    with session_scope(engine) as session:
        record = session.execute(select(ArticleRecord)).scalar_one()
        assert "advisories" not in record.extraction and "border_events" not in record.extraction
        assert extraction_of(session, record.id) == expected


def test_the_migrations_build_the_tables_the_code_declares(engine):
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


ARTICLES = Path(__file__).parent / "articles"


def _dated_copies() -> list[Article]:
    """The project's own test articles, each as three dated reports (a rerun of one story on other days), so
    that several writers derive statuses of the same crossings and missions."""
    out = []
    for path in sorted(ARTICLES.glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        for day in (3, 9, 20):
            out.append(
                Article(
                    id=f"{path.stem}-{day}",
                    source="tests",
                    text=f"{body}\n\nFiled on day {day}.",
                    published=dt.date(2025, 5, day),
                    outlet=f"outlet-{day}",
                )
            )
    return out


def test_concurrent_backfill_writers_store_each_article_and_change_once(engine):
    import random
    import threading

    from travelrisk.services.news import store_prepared

    prepared = [prepare(a) for a in _dated_copies()]
    rng = random.Random(4)
    # Four writers at once, each with an overlapping share of the archive in its own order.
    chunks = [rng.sample(prepared, k=len(prepared) * 3 // 5) for _ in range(4)]
    barrier = threading.Barrier(len(chunks))
    errors: list[BaseException] = []

    def write(chunk: list) -> None:
        barrier.wait()
        try:
            store_prepared(engine, chunk)
        except BaseException as exc:  # collected: the assertion below names it
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(chunk,)) for chunk in chunks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    stored = {p.digest for chunk in chunks for p in chunk}
    duplicates = {
        "texts": "SELECT sha256 FROM documents GROUP BY sha256 HAVING count(*) > 1",
        "articles": "SELECT document_id FROM articles GROUP BY document_id HAVING count(*) > 1",
        "facts": "SELECT article_id, kind, actor, target, action FROM news_facts GROUP BY 1, 2, 3, 4, 5 "
        "HAVING count(*) > 1",
        "changes": "SELECT kind, subject_ref, occurred_on, region, CAST(after AS TEXT) FROM changes "
        "GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1",
        "mission_events": "SELECT operator, host, status, effective_on, article_id FROM mission_events "
        "GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1",
    }
    with engine.connect() as connection:
        for name, sql in duplicates.items():
            assert connection.execute(text(sql)).all() == [], name
        documents, articles, facts, changes = (
            connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("documents", "articles", "news_facts", "changes")
        )
    assert documents == articles == len(stored)
    assert facts == sum(len(p.facts) for p in prepared if p.digest in stored) > 0
    assert changes > 0
    # What the bulk path wrote (COPY on PostgreSQL) reads back as extracted: JSON, dates, signatures.
    from travelrisk.extract.pipeline import extract

    some = next(p for p in chunks[0] if len(p.facts) >= 2)
    with session_scope(engine) as session:
        record = session.execute(select(ArticleRecord).where(ArticleRecord.article_id == some.article.id)).scalar_one()
        assert extraction_of(session, record.id) == extract(some.article)
        assert record.minhash == some.minhash.tobytes() and record.published == some.article.published


def test_rebuild_stories_recomputes_signatures_bands_and_joins_split_stories(travelrisk, engine):
    items = corpus()
    for item, _story in items:  # one at a time: each sees the ones before
        travelrisk.store_prepared([prepare(item)])
    ids = article_ids(engine)
    # What two writers storing near-copies at the same moment can leave: a copy in a story of its own; and
    # a signature and bands from an older scheme.
    with engine.begin() as connection:
        connection.execute(text("UPDATE articles SET story_id = id, minhash = NULL"))
        connection.execute(text("UPDATE news_facts SET story_id = article_id"))
        connection.execute(text("DELETE FROM article_bands WHERE article_id = :id"), {"id": ids["beta-1"]})
    assert stories(engine)["beta-1"] == ids["beta-1"]

    assert travelrisk.rebuild_stories() == len(items)
    assert_grouped(stories(engine), ids)
    with session_scope(engine) as session:
        minhash = session.execute(select(ArticleRecord.minhash).where(ArticleRecord.id == ids["beta-1"])).scalar_one()
        bands = session.execute(select(ArticleBand.key).where(ArticleBand.article_id == ids["beta-1"])).scalars()
        assert set(bands) == set(band_keys(signature(items[2][0].text)))
        assert minhash == signature(items[2][0].text).tobytes()
        assert len(session.execute(select(ArticleBand)).all()) == 32 * len(items)
    with engine.connect() as connection:
        assert (
            connection.execute(
                text(
                    "SELECT count(*) FROM news_facts f JOIN articles a ON a.id = f.article_id WHERE f.story_id <> a.story_id"
                )
            ).scalar_one()
            == 0
        )


def test_many_trips_are_stored_once_though_a_key_column_is_a_reserved_word(travelrisk):
    """Enough trips for the bulk path (COPY on PostgreSQL), whose conflict key names the column "end"."""
    items = [
        {"traveller_id": f"t{n}", "name": f"Traveller {n}", "country": "BY", "start": "2026-11-01", "end": "2026-12-20"}
        for n in range(150)
    ]
    first = travelrisk.add_travellers(items)
    again = travelrisk.add_travellers(items)
    assert (first.imported, first.travellers) == (150, 150)
    assert again.imported == 0
    assert len(travelrisk.travellers()) == 150


def test_a_database_at_the_newest_revision_is_not_migrated_again(engine):
    from alembic.script import ScriptDirectory

    from travelrisk.store import db

    assert db.head_revision() == ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert db._at_head(engine)  # the fixture's database was migrated: a command's start skips Alembic
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :old"), {"old": BEFORE_BAND_KEYS})
    try:
        assert not db._at_head(engine)  # behind: the next start migrates it
    finally:
        # (the PostgreSQL database is shared by the session's tests: a later one must not migrate a schema that is new)
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": db.head_revision()})
