"""An honest picture (docs/levels.md): regional-only advice is not "no advice", not rated is not level 1,
coverage and data age are stated, unknown is not open, and manual facts alert like any other."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from travelrisk.cli import app
from travelrisk.services import TravelRisk
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
