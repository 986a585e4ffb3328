"""An honest picture (docs/levels.md): regional-only advice is not "no advice", not rated is not level 1,
coverage and data age are stated, unknown is not open, and manual facts alert like any other."""

from __future__ import annotations

import datetime as dt
import json
import re
import time

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from travelrisk.api.app import create_app
from travelrisk.cli import app
from travelrisk.cli.common import cut
from travelrisk.config import reload_settings
from travelrisk.services import TravelRisk
from travelrisk.services.picture import source_issuers
from travelrisk.sources.official.uk import parse_uk

from .conftest import FIXTURES

runner = CliRunner()


def run_json(*args: str):
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def bundled(db_url: str) -> TravelRisk:
    """A database holding the bundled data, as after `travelrisk init`."""
    facade = TravelRisk(db_url)
    facade.load_demo()
    return facade


def _uk_page(statuses: list[str], body: str = "") -> bytes:
    page = json.loads((FIXTURES / "advisories" / "uk_niger_2025-10-23.json").read_text())
    page["details"]["alert_status"] = statuses
    page["details"]["parts"] = [{"slug": "warnings-and-insurance", "title": "Warnings", "body": body}]
    return json.dumps(page).encode()


def test_uk_advice_against_parts_only_is_national_level_2_with_the_parts_at_their_levels():
    body = (
        "<h2>Areas where FCDO advises against all travel</h2><h3>The northern border area</h3>"
        "<h2>Areas where FCDO advises against all but essential travel</h2><h3>The capital</h3>"
    )
    [advisory] = parse_uk(
        _uk_page(["avoid_all_travel_to_parts", "avoid_all_but_essential_travel_to_parts"], body)
    ).advisories
    assert advisory.level == 2 and advisory.directive == "increased_caution"
    assert "parts of the country" in advisory.level_raw
    assert [(r.name, r.level) for r in advisory.regions] == [("The northern border area", 4), ("The capital", 3)]

    # A whole-country status still decides the national level; no advice at all is level 1.
    [whole] = parse_uk(_uk_page(["avoid_all_but_essential_travel_to_whole_country", "avoid_all_travel_to_parts"])).advisories
    assert whole.level == 3 and [r.level for r in whole.regions] == [4]
    [none] = parse_uk(_uk_page([])).advisories
    assert none.level == 1 and none.regions == []


def test_bundled_uk_ukraine_entry_is_not_level_1_and_keeps_a_region_at_4(bundled):
    rows = run_json("advisories", "show", "UA")
    [uk] = [row for row in rows if row["issuer"] == "GB"]
    assert uk["level"] != 1 and uk["level"] >= 2
    assert any(region["level"] == 4 for region in uk["regions"])


def test_brief_says_how_old_its_data_is_and_which_governments_rate_the_country(bundled):
    picture = run_json("brief", "BY")
    today = dt.date.today().isoformat()
    assert picture["data_as_of"] and picture["data_as_of"] < today  # the newest record, not simply today
    governments = {row["issuer"]: row for row in bundled.governments()}
    # every government with a source is tracked, whether or not anything of it is stored
    assert set(governments) == source_issuers() and len(governments) >= 22
    assert {i for i, row in governments.items() if row["checked_at"]} == {"AU", "CA", "GB", "IE", "US"}
    assert governments["DE"]["checked_at"] is None and governments["DE"]["stale"] is True
    coverage = {c["issuer"]: c for c in picture["coverage"]}
    assert set(coverage) == set(governments)
    # The bundled UK data holds a few pages only: Belarus is not in it, which is not the same as not rated.
    assert coverage["GB"]["state"] == "no_data" and coverage["GB"]["level"] is None
    assert coverage["DE"]["state"] == "no_data" and coverage["DE"]["checked_at"] is None
    assert {i for i, c in coverage.items() if c["state"] == "rated"} == {"AU", "CA", "IE", "US"}
    for entry in picture["levels"]:
        assert entry["checked_at"] and entry["checked_at"] <= picture["data_as_of"]
        assert entry["stale"] is True  # months old as of today
    counted = sum(1 for c in coverage.values() if c["in_consensus"])
    assert picture["disagreement"]["summary"] == f"4 of {counted} governments rate it; all 4 at level 4"
    assert "all agree" not in json.dumps(picture)

    # A worldwide feed that leaves a country out does not rate it (no government rates itself).
    own = {c["issuer"]: c["state"] for c in run_json("brief", "US")["coverage"]}
    assert own["US"] == "not_rated" and own["GB"] == "no_data"


def test_stale_follows_the_setting_and_the_day_of_the_view(bundled, monkeypatch):
    checked = {entry["issuer"]: entry["checked_at"] for entry in run_json("brief", "BY")["levels"]}
    day = dt.date.fromisoformat(checked["CA"]) + dt.timedelta(days=3)
    as_of = run_json("brief", "BY", "--as-of", day.isoformat())
    ca = next(entry for entry in as_of["levels"] if entry["issuer"] == "CA")
    assert ca["checked_at"] == checked["CA"] and ca["stale"] is False
    assert as_of["data_as_of"] <= day.isoformat()
    monkeypatch.setenv("TRAVELRISK_STALE_DAYS", "100000")
    reload_settings()
    assert not any(entry["stale"] for entry in run_json("brief", "BY")["levels"])


def test_human_brief_and_the_api_carry_data_age_and_coverage(bundled, db_url):
    result = runner.invoke(app, ["brief", "BY"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert "Newest data behind this picture: 20" in text
    assert re.search(r"no data for it from [A-Z, ]*\bGB\b", text) and "rated by AU, CA, IE, US" in text
    with TestClient(create_app(db_url)) as client:
        body = client.get("/v1/countries/BY").json()
        assert body["data_as_of"] and {c["issuer"] for c in body["coverage"]} >= {"GB", "US"}
        page = client.get("/countries/BY").text
        assert "Newest data behind this page" in page and re.search(r"no data for it from [A-Z, ]*\bGB\b", page)
        home = client.get("/").text
        assert "Newest data:" in home and "US 2025-10-08" in home
        alerts = client.get("/alerts").text
        assert "The newest alert is from" in alerts and "older than 14 days" in alerts  # the 2023-24 demo stories
        assert re.search(r"4 of (\d+) tracked", home) and int(re.search(r"4 of (\d+) tracked", home)[1]) >= 21


def test_a_crossing_without_a_dated_sourced_status_is_unknown_and_never_a_way_out(db_url):
    rows = [row for row in run_json("crossings", "IL") if row["kind"] == "crossing"]
    assert rows and "Jordan" not in {name for row in rows for name in row["names"]}  # a country, not a crossing
    for row in rows:
        assert row["origin"] in ("un_locode", "reference")  # places named without a status
        if row["status"] == "open":
            assert row["since"] and row["evidence"].get("source_url"), row
    assert {row["status"] for row in rows} == {"unknown"}
    assert {row["origin"] for row in rows} == {"un_locode", "reference"}  # Allenby Bridge is a reference row
    exits = run_json("exits", "IL")
    for group in exits["neighbours"]:
        assert not group["open"] and not group["restricted"] and group["distance_km"] is None
    assert {c["names"][0] for g in exits["neighbours"] for c in g["unknown"]} >= {"Rosh Hanikra"}

    # A curated crossing keeps its sourced status and says where it comes from.
    belarus = {row["id"]: row for row in run_json("crossings", "BY") if row["kind"] == "crossing"}
    assert belarus["LT-BY-MEDININKAI"]["origin"] == "curated" and belarus["LT-BY-MEDININKAI"]["status"] != "unknown"


def test_a_recorded_status_makes_an_unknown_crossing_known(db_url):
    set_ = runner.invoke(app, ["crossings", "set", "IL-LB-RHN", "closed", "--source", "https://example.org/notice"])
    assert set_.exit_code == 0, set_.output
    [rosh] = [row for row in run_json("crossings", "IL") if row["id"] == "IL-LB-RHN"]
    assert rosh["status"] == "closed" and rosh["evidence"]["origin"] == "manual" and rosh["since"]


def test_as_of_views_show_no_restriction_that_starts_later(db_url):
    rows = {row["id"]: row for row in run_json("crossings", "BY", "--as-of", "2023-08-20")}
    assert not any("2024" in (row["restrictions"] or "") for row in rows.values())
    assert rows["LT-BY-MEDININKAI"]["status"] == "open" and rows["LT-BY-MEDININKAI"]["restrictions"] == ""
    assert rows["PL-BY-TERESPOL"]["restrictions"]  # standing text that names no later day is still shown


def test_a_mission_without_a_dated_status_is_unknown_not_normal(db_url):
    rows = run_json("missions", "--of", "FR", "--in", "DE")
    assert rows and {row["status"] for row in rows} == {"unknown"}
    assert all(row["origin"] == "wikidata" for row in rows)


def test_a_manual_closure_today_alerts_a_traveller_there_today(bundled, tmp_path):
    today = dt.date.today()
    trips = tmp_path / "trips.csv"
    trips.write_text(
        f"traveller_id,country,start,end\nnow1,BY,{today - dt.timedelta(days=2)},{today + dt.timedelta(days=5)}\n",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["travellers", "import", str(trips)]).exit_code == 0
    result = runner.invoke(
        app, ["crossings", "set", "LT-BY-MEDININKAI", "closed", "--source", "https://example.org/closure"]
    )
    assert result.exit_code == 0, result.output
    alerts = [r for r in run_json("alerts", "list") if r["traveller_id"] == "now1"]
    assert [(r["kind"], r["country"]) for r in alerts] == [("crossing_status", "BY")]
    missions = runner.invoke(
        app, ["missions", "set", "US", "BY", "reduced_services", "--source", "https://example.org/embassy"]
    )
    assert missions.exit_code == 0, missions.output
    kinds = {r["kind"] for r in run_json("alerts", "list") if r["traveller_id"] == "now1"}
    assert kinds == {"crossing_status", "mission_status"}


def test_the_human_brief_speaks_words_names_publishers_and_quotes_what_it_states(bundled):
    assert runner.invoke(
        app, ["missions", "set", "US", "BY", "emergency_services_only", "--source", "https://example.org/embassy"]
    ).exit_code == 0
    result = runner.invoke(app, ["brief", "BY"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert not re.findall(r"\b[a-z]+_[a-z_]+\b", text), re.findall(r"\b[a-z]+_[a-z_]+\b", text)
    assert "emergency services only" in text
    for adapter in ("— au", "— us-rss", "— archive", "— uk"):
        assert adapter not in text
    assert "Smartraveller (Australian Government)" in text
    # "Leave immediately" is shown with the sentence that says it, never with "Do not travel".
    [au] = [d for d in run_json("brief", "BY")["directives"] if d["issuer"] == "AU"]
    assert au["directive"] == "leave_immediately"
    assert re.search(r"\bleave\b", au["evidence"][0]["quote"], re.I), au["evidence"][0]["quote"]
    # A quote is cut at a word boundary, and one sentence giving several reasons is shown once.
    for quote in re.findall(r"“([^”]*)…”", text):
        assert quote[-1].isalpha() or quote[-1] in ".)’'", quote
    assert sum(line.count("Do not travel to Belarus due to") for line in text.splitlines()) <= 1


def test_cut_keeps_whole_words():
    assert cut("alpha beta gamma", 12) == "alpha beta…"
    assert cut("short", 12) == "short"


def test_changes_show_before_and_after_for_crossings_and_their_evidence(db_url):
    assert runner.invoke(
        app,
        ["crossings", "set", "LV-BY-PATERNIEKI", "closed", "--source", "https://example.org/lv", "--at", "2024-02-01"],
    ).exit_code == 0
    result = runner.invoke(app, ["changes", "--since", "2024-01-01"], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    line = next(line for line in result.stdout.splitlines() if "2024-02-01" in line)
    assert "open → closed" in line and "https://example.org/lv" in line and "recorded by hand" in line
    assert "- → -" not in result.stdout


def test_pages_are_rendered_once_per_data_version_and_answer_304_to_a_client_that_has_them(bundled, db_url):
    with TestClient(create_app(db_url)) as client:
        # (a page's version is its data's and its day's, since it says how old its data is: a run that crosses
        # midnight between the two requests gets a new page, rightly, so it asks again)
        for _attempt in range(2):
            day = dt.date.today()
            first = client.get("/")
            again = client.get("/", headers={"If-None-Match": first.headers["etag"]})
            if dt.date.today() == day:
                break
        assert first.status_code == 200 and first.headers["etag"]
        assert first.headers["content-encoding"] == "gzip" and "Newest data:" in first.text
        assert again.status_code == 304 and again.content == b""
        country = client.get("/countries/BY")
        assert client.get("/countries/BY", headers={"If-None-Match": country.headers["etag"]}).status_code == 304
        atom = client.get("/feeds/alerts.atom")
        assert atom.headers["content-type"].startswith("application/atom+xml") and atom.text.startswith("<?xml")
        assert client.get("/feeds/alerts.atom", headers={"If-None-Match": atom.headers["etag"]}).status_code == 304

        # New data makes a new version: the page is rendered again and its ETag changes.
        bundled.set_crossing("LT-BY-MEDININKAI", "closed", source_url="https://example.org/notice")
        time.sleep(0.6)  # another process wrote: the API re-reads the data version at most twice a second
        changed = client.get("/countries/BY", headers={"If-None-Match": country.headers["etag"]})
        assert changed.status_code == 200 and changed.headers["etag"] != country.headers["etag"]
        assert "Medininkai" in changed.text
