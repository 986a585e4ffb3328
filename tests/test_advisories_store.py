"""Importing advisories into SQLite and PostgreSQL through the CLI contract: counts, show, history, changes."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from typer.testing import CliRunner

from travelrisk.cli import app
from travelrisk.store.db import session_scope
from travelrisk.store.tables import AdvisoryObservation, AdvisoryVersion, Change, Document

from .conftest import FIXTURES

ADV = FIXTURES / "advisories"
runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout


def run_json(*args: str):
    code, stdout = run(*args, "--json")
    assert code == 0, stdout
    return json.loads(stdout)


def counts(engine) -> dict[str, int]:
    with session_scope(engine) as session:
        return {
            table.__tablename__: session.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (Document, AdvisoryObservation, AdvisoryVersion, Change)
        }


def test_import_show_and_reimport_changes_nothing(engine):
    report = run_json("advisories", "import", "us-rss", str(ADV / "us_rss_excerpt_2025-10-08.xml"))
    assert report["totals"]["new_versions"] == 13 and report["totals"]["unmapped"] == []
    before = counts(engine)
    again = run_json("advisories", "import", "us-rss", str(ADV / "us_rss_excerpt_2025-10-08.xml"))
    assert again["totals"]["new_versions"] == 0 and again["totals"]["unchanged"] == 13
    assert again["files"][0]["already_stored"] is True
    assert counts(engine) == before

    rows = run_json("advisories", "show", "BY")
    assert len(rows) == 1
    row = rows[0]
    assert set(row) >= {
        "issuer",
        "subject",
        "level",
        "level_raw",
        "directive",
        "reasons",
        "regions",
        "issued_at",
        "since",
        "source_url",
    }
    assert (row["issuer"], row["subject"], row["level"], row["directive"]) == ("US", "BY", 4, "leave_immediately")
    assert row["since"] == "2025-08-28" and row["source_url"].startswith("https://travel.state.gov/")


def test_all_sources_side_by_side(engine):
    run_json("advisories", "import", "us-rss", str(ADV / "us_rss_excerpt_2025-10-08.xml"))
    run_json("advisories", "import", "au", str(ADV / "au_export_excerpt_2026-04-10.json"))
    run_json("advisories", "import", "archive", "--issuer", "IE", str(ADV / "ie_summary_2025-06-14.json"))
    run_json("advisories", "import", "uk", str(ADV / "uk_pages_2026-09.json"))
    run_json("advisories", "import", "ca", str(ADV / "ca_index_2026-09-26.json"))
    by_issuer = {r["issuer"]: r for r in run_json("advisories", "show", "BY")}
    assert {k: v["level"] for k, v in by_issuer.items()} == {"US": 4, "AU": 4, "IE": 4}
    assert by_issuer["AU"]["level_raw"] == "Do not travel" and by_issuer["IE"]["level_raw"] == "Do Not Travel"
    mexico = {r["issuer"]: r for r in run_json("advisories", "show", "MX")}
    assert mexico["GB"]["level"] == 2 and mexico["GB"]["regions"][0]["level"] == 3  # parts only: docs/levels.md
    assert mexico["CA"]["level"] == 2


def test_history_from_successive_snapshots_and_as_of(engine):
    for name in ("ie_summary_2025-06-12.json", "ie_summary_2025-07-05.json", "ie_summary_2025-06-14.json"):
        # out of order on purpose: a backfill may arrive after later snapshots
        day = name.split("_")[-1].removesuffix(".json")
        run_json("advisories", "import", "archive", "--issuer", "IE", "--as-of", day, str(ADV / name))
    versions = run_json("advisories", "history", "IL", "--issuer", "IE")
    assert [(v["from"], v["to"], v["level"]) for v in versions] == [
        ("2025-01-10", "2025-06-13", 3),
        ("2025-06-13", "2025-07-04", 4),
        ("2025-07-04", None, 3),
    ]
    assert run_json("advisories", "show", "IL", "--as-of", "2025-06-20")[0]["level"] == 4
    assert run_json("advisories", "show", "IL", "--as-of", "2025-06-01")[0]["level"] == 3
    assert run_json("advisories", "show", "IL", "--as-of", "2024-12-31") == []
    # Belarus did not change: one version only.
    assert len(run_json("advisories", "history", "BY", "--issuer", "IE")) == 1
    changes = run_json("advisories", "changes", "--since", "2025-01-01")
    kinds = [(c["country"], c["kind"], c["occurred_on"]) for c in changes if c["country"] == "IL"]
    assert ("IL", "level_up", "2025-06-13") in kinds and ("IL", "level_down", "2025-07-04") in kinds
    assert all(c["country"] in ("IL", "PS") for c in changes)


def test_uk_level_change_between_two_pages(engine):
    run_json("advisories", "import", "uk", str(ADV / "uk_niger_2025-10-23.json"), "--as-of", "2025-10-23")
    run_json("advisories", "import", "uk", str(ADV / "uk_niger_2025-10-30.json"), "--as-of", "2025-10-30")
    versions = run_json("advisories", "history", "NE")
    # Advice against parts only is national level 2 (docs/levels.md), then the whole country goes to 4.
    assert [(v["from"], v["level"]) for v in versions] == [("2025-10-22", 2), ("2025-10-29", 4)]
    assert {r["level"] for r in versions[0]["regions"]} == {3, 4}
    assert run_json("advisories", "show", "NE", "--as-of", "2025-10-25")[0]["level"] == 2
    assert run_json("advisories", "show", "NE", "--as-of", "2025-11-01")[0]["level"] == 4
    change = [c for c in run_json("advisories", "changes", "--since", "2025-10-01") if c["kind"] == "level_up"]
    assert change[0]["before"]["level"] == 2 and change[0]["after"]["level"] == 4


def test_bad_file_is_reported_and_the_rest_of_the_batch_lands(engine, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('[{"Title": "Chad - Level 4: Do Not Travel", "Category": ["CD"]}', encoding="utf-8")
    code, stdout = run("advisories", "import", "us-json", str(broken), str(ADV / "us_cadataapi_2026-09.json"), "--json")
    assert code == 1
    report = json.loads(stdout)
    assert report["files"][0]["error"].startswith("not valid JSON")
    assert report["files"][1]["advisories"] == 7
    assert counts(engine)["documents"] == 1


def test_usage_errors_exit_2(engine):
    code, _ = run("advisories", "import", "archive", str(ADV / "ie_summary_2025-06-14.json"))
    assert code == 2
    code, _ = run("advisories", "show", "Atlantis")
    assert code == 2
