"""Every government's real samples imported through the CLI into SQLite and PostgreSQL: the picture of a
country side by side in many languages, history from successive German payloads (a real change day), Israel's
NSC levels outside the consensus, and places without advice kept out of the levels."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from travelrisk.cli import app

from .conftest import shared

runner = CliRunner()
GOVERNMENTS = (
    "AT",
    "CH",
    "DE",
    "DK",
    "ES",
    "FI",
    "FR",
    "HK",
    "IE",
    "IL",
    "IT",
    "JP",
    "KR",
    "NL",
    "NO",
    "NZ",
    "PL",
    "SK",
)


def run_json(*args: str):
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.stdout + str(result.exception)
    return json.loads(result.stdout)


def more(*parts: str) -> str:
    return str(shared("data", "advisories", "more", *parts))


def import_every_sample() -> list[dict]:
    """`advisories import <code> DIR` for each government's folder; the AA content Markdown (undated, from
    2024-11-20 per its SOURCE.md) file by file."""
    reports = [run_json("advisories", "import", code.lower(), more(code)) for code in GOVERNMENTS]
    markdown = [more("DE", "content_markdown", f) for f in ("Belarus.md", "Israel.md", "Japan.md")]
    reports.append(run_json("advisories", "import", "de", *markdown, "--as-of", "2024-11-20"))
    reports.append(run_json("advisories", "import", "de", more("DE", "content_markdown", "Israel_2024-05-30.md")))
    return reports


def shown(country: str) -> dict[str, dict]:
    return {row["issuer"]: row for row in run_json("advisories", "show", country)}


def test_every_sample_imports_and_the_countries_read_side_by_side(travelrisk):
    reports = import_every_sample()
    assert all(r["totals"]["failed"] == 0 and r["totals"]["unmapped"] == [] for r in reports), reports

    nepal = shown("NP")
    assert {"DE", "JP", "FR", "ES", "IT", "FI", "DK", "NZ"} <= set(nepal)
    assert nepal["JP"]["level_raw"] == "レベル1：十分注意してください。" and nepal["JP"]["level"] == 2
    assert nepal["FR"]["level_raw"] == "L’ensemble du pays est en zone de vigilance renforcée."
    assert nepal["DK"]["level_raw"] == "Vær ekstra forsigtig: Hele landet."
    assert nepal["FI"]["level_raw"] == "Noudata erityistä varovaisuutta"
    assert nepal["ES"]["level_raw"].startswith("SE RECOMIENDA VIAJAR CON PRECAUCIÓN")
    assert nepal["IT"]["level_raw"].startswith("Aree di particolare cautela")
    assert nepal["DE"]["level_raw"] == "keine Reise- oder Teilreisewarnung"
    assert nepal["NZ"]["level_raw"] == "Exercise increased caution"

    afghanistan = shown("AF")
    assert {issuer: afghanistan[issuer]["level"] for issuer in ("CH", "AT", "KR", "NO")} == dict.fromkeys(
        ("CH", "AT", "KR", "NO"), 4
    )
    assert afghanistan["NO"]["directive"] == "leave_immediately"  # "oppfordres til å forlate landet"
    assert "DK" not in afghanistan  # "Vi har ingen rejsevejledning for Afghanistan": no Danish level 1

    belarus = shown("BY")
    assert belarus["DE"]["level"] == 4 and belarus["NL"]["level"] == 3
    israel = shown("IL")
    assert israel["HK"]["level"] == 4 and israel["HK"]["level_raw"] == "有嚴重威脅 (black: Severe threat)"


def test_the_german_change_day_matches_the_flag_change_table(travelrisk):
    """Two successive bulk payloads: the changes found are exactly the real change day of the 33 days."""
    run_json("advisories", "import", "de", more("DE", "travelwarning_bulk_2026-04-30.json"))
    report = run_json("advisories", "import", "de", more("DE", "travelwarning_bulk_2026-05-01.json"))
    assert report["totals"]["new_versions"] == 7
    with open(more("DE", "travelwarning_flag_changes_2026-03-27_to_2026-05-03.csv"), encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == 7
    found = [
        c for c in travelrisk.advisory_changes(dt.date(2026, 1, 1)) if c["issuer"] == "DE" and c["kind"] == "level_down"
    ]
    assert {c["country"] for c in found} == {row["countryCode"] for row in table}
    # All on the AA's own change date (lastModified 2026-04-30T14:3xZ), not on the day the payload was read.
    assert {c["occurred_on"] for c in found} == {"2026-04-30"}
    for change in found:
        row = next(r for r in table if r["countryCode"] == change["country"])
        assert change["before"]["level"] == 4 and row["prev_warning"] == "true"
        assert change["after"]["level"] == (2 if row["partialWarning"] == "true" else 1)
    history = travelrisk.history("QA", "DE")
    assert [(v["level"], v["from"], v["to"]) for v in history][-2:] == [
        (4, history[-2]["from"], "2026-04-30"),
        (1, "2026-04-30", None),
    ]
    # Importing the change table itself adds nothing: it states the same states on the same dates.
    again = run_json(
        "advisories", "import", "de", more("DE", "travelwarning_flag_changes_2026-03-27_to_2026-05-03.csv")
    )
    assert again["totals"]["new_versions"] == 0 and again["totals"]["changes"] == 0


def test_successive_content_versions_add_a_regional_call_to_leave(travelrisk):
    run_json("advisories", "import", "de", more("DE", "content_markdown", "Israel_2024-05-30.md"))
    run_json("advisories", "import", "de", more("DE", "content_markdown", "Israel.md"), "--as-of", "2024-11-20")
    versions = travelrisk.history("IL", "DE")
    assert [(v["from"], v["to"], len(v["regions"])) for v in versions] == [
        ("2024-05-30", "2024-11-20", 0),
        ("2024-11-20", None, 2),
    ]
    assert {r["directive"] for r in versions[-1]["regions"]} == {"leave_immediately"}


def test_undated_content_needs_a_date(travelrisk):
    result = runner.invoke(app, ["advisories", "import", "de", more("DE", "content_markdown", "Belarus.md"), "--json"])
    report = json.loads(result.stdout)
    assert result.exit_code == 1 and report["totals"]["failed"] == 1
    assert "give --as-of" in report["files"][0]["error"]


def test_israel_is_shown_labelled_and_kept_out_of_the_consensus(travelrisk):
    for code in ("IL", "NL", "NZ"):
        run_json("advisories", "import", code.lower(), more(code))
    row = shown("BY")["IL"]
    assert row["in_consensus"] is False and "Israelis" in row["measures"]
    assert shown("BY")["NL"]["in_consensus"] is True and shown("BY")["NL"]["measures"] is None
    today = dt.date.today()
    belarus = travelrisk.brief("BY", today)
    # NSC level 1 for Belarus (no threat to Israelis) is shown but neither lowers the median nor counts.
    assert {e["issuer"]: e["in_consensus"] for e in belarus["levels"]} == {"IL": False, "NL": True, "NZ": True}
    assert (belarus["strictest"], belarus["median"]) == (4, 3.5)
    assert "IL" not in belarus["disagreement"]["summary"]
    assert belarus["outside_consensus"] == [
        {"issuer": "IL", "level": 1, "level_raw": "ללא אזהרה", "measures": row["measures"]}
    ]
    germany = travelrisk.brief("DE", today)  # only the NSC rates Germany in these samples
    assert germany["strictest"] is None and germany["median"] is None
    assert [e["issuer"] for e in germany["levels"]] == ["IL"] and germany["levels"][0]["level"] == 3


@pytest.mark.parametrize("code", ["DK", "HK", "CH"])
def test_places_without_advice_get_no_level(travelrisk, code):
    report = run_json("advisories", "import", code.lower(), more(code))
    assert report["totals"]["without_level"] >= 1
    unrated = {"DK": "AF", "HK": "AF", "CH": "AD"}[code]
    assert code not in shown(unrated)
