"""The official-advisory adapters on real payload excerpts (pure: no database)."""

from __future__ import annotations

from travelrisk.model import Directive, Reason
from travelrisk.sources.official.archive import parse_archive
from travelrisk.sources.official.au import parse_au
from travelrisk.sources.official.ca import parse_ca
from travelrisk.sources.official.uk import parse_uk
from travelrisk.sources.official.us import destination_from_title, parse_us_json, parse_us_rss

from .conftest import FIXTURES

ADV = FIXTURES / "advisories"


def by_subject(payload):
    return {a.subject: a for a in payload.advisories}


def test_us_rss_maps_non_iso_tags_and_reads_level_reasons_regions():
    payload = parse_us_rss((ADV / "us_rss_excerpt_2025-10-08.xml").read_bytes())
    advisories = by_subject(payload)
    assert payload.observed_on.isoformat() == "2025-10-08"
    assert payload.unmapped == []
    belarus = advisories["BY"]  # tag BO
    assert (belarus.level, belarus.directive) == (4, Directive.LEAVE_IMMEDIATELY)
    assert belarus.level_raw == "Level 4: Do Not Travel"
    assert {Reason.HARASSMENT, Reason.ARBITRARY_LAW_ENFORCEMENT, Reason.CIVIL_UNREST} <= set(belarus.reasons)
    assert belarus.issued_at.isoformat() == "2025-08-28"
    assert belarus.regions == []  # "Do not travel to Belarus due to:" lists reasons, not regions
    colombia = advisories["CO"]
    assert colombia.level == 3
    assert [r.level for r in colombia.regions] == [4, 4]
    assert "Colombia-Venezuela border region" in [r.name for r in colombia.regions]
    # Tags that look like other ISO codes: AS is Australia, AU is Austria, SR (Department-specific) is Switzerland.
    assert advisories["AU"].destination_name == "Australia"
    assert advisories["AT"].destination_name == "Austria"
    assert advisories["CH"].destination_name == "Switzerland"
    # "See Summaries" item and its separate Hong Kong and Macau items.
    assert advisories["CN"].level == 2 and advisories["HK"].level == 2 and advisories["MO"].level == 3
    # One item for several territories is expanded; three items for one code become one with regions.
    assert {"GP", "MQ", "BL", "MF"} <= set(advisories)
    assert len([a for a in payload.advisories if a.subject == "BQ"]) == 1
    assert len(advisories["BQ"].regions) == 2


def test_us_title_variants():
    assert destination_from_title("Mexico Travel Advisory - Level 2: Exercise Increased Caution") == "Mexico"
    assert destination_from_title("Mainland China, Hong Kong & Macau - See Summaries - Level 2: X") == (
        "Mainland China, Hong Kong & Macau"
    )
    assert destination_from_title("Liechtenstein  - Level 1: Exercise Normal Precautions") == "Liechtenstein"


def test_us_json():
    payload = parse_us_json((ADV / "us_cadataapi_2026-09.json").read_bytes())
    advisories = by_subject(payload)
    assert advisories["SA"].level == 3 and advisories["SR"].level == 1  # NS is Suriname
    assert advisories["MO"].level == 3 and advisories["CI"].level == 2  # MC Macau, IV Côte d'Ivoire
    assert payload.observed_on.isoformat() == "2026-09-14"


def test_uk_pages_whole_country_and_parts():
    advisories = by_subject(parse_uk((ADV / "uk_pages_2026-09.json").read_bytes()))
    assert advisories["AF"].level == 4 and advisories["AF"].directive == Directive.DO_NOT_TRAVEL
    assert advisories["FR"].level == 1 and advisories["FR"].regions == []
    # Parts are regional entries at their own levels; with no whole-country status the national level is 2
    # (docs/levels.md: advice against parts says nothing about the rest, so it is neither 1 nor the parts' level).
    assert advisories["MX"].level == 2 and [r.level for r in advisories["MX"].regions] == [3]
    assert advisories["UA"].level == 2 and sorted(r.level for r in advisories["UA"].regions) == [3, 4]


def test_uk_page_names_its_regions():
    ukraine = parse_uk((ADV / "uk_ukraine_2026-10-07.json").read_bytes()).advisories[0]
    names = {r.name: r.level for r in ukraine.regions}
    assert names["Crimea"] == 4 and names["Border with Belarus"] == 4
    assert 3 in names.values()


def test_uk_index_has_no_levels_and_says_so():
    payload = parse_uk((ADV / "uk_index_2026-09.json").read_bytes())
    assert payload.advisories == [] and len(payload.without_level) == 12


def test_canada_index_and_country_file():
    advisories = by_subject(parse_ca((ADV / "ca_index_2026-09-26.json").read_bytes()))
    assert {k: a.level for k, a in advisories.items()} == {"AF": 4, "DZ": 2, "CI": 2, "IL": 3, "JP": 1, "MX": 2}
    assert "(with regional advisories)" in advisories["IL"].level_raw
    ukraine = parse_ca((ADV / "ca_cap_UA_2026-09-24.json").read_bytes()).advisories[0]
    assert (ukraine.subject, ukraine.level) == ("UA", 4)
    assert Reason.ARMED_CONFLICT in ukraine.reasons


def test_smartraveller_matches_names_and_splits_regional_advice():
    payload = parse_au((ADV / "au_export_excerpt_2026-04-10.json").read_bytes())
    advisories = by_subject(payload)
    assert {"BY", "TH", "IL", "PS", "BS", "CI", "KP"} <= set(advisories)
    assert payload.without_level == ["No travel advice (No travel advice)"]
    belarus = advisories["BY"]
    assert (belarus.level, belarus.directive) == (4, Directive.LEAVE_IMMEDIATELY)
    assert belarus.regions[0].name.startswith("near the borders of Latvia")
    thailand = advisories["TH"]
    assert thailand.level == 2  # regional "Do not travel" does not raise the national level
    assert sorted(r.level for r in thailand.regions) == [3, 4]
    assert any(r.name.startswith("Yala") for r in thailand.regions)


def test_archive_rows_and_rows_without_level():
    payload = parse_archive((ADV / "ie_summary_2025-06-14.json").read_bytes(), "IE")
    advisories = by_subject(payload)
    assert advisories["IL"].level == 4 and advisories["PS"].level == 4  # "Israel and the Occupied Territories"
    assert advisories["IL"].issued_at.isoformat() == "2025-06-13"
    csv_payload = parse_archive(
        b"destination,risk_level,last_updated,details_url\nAfghanistan,No summary found,2026-05-22T00:00:00,x\n"
        b"Chad,High Degree of Caution,2026-05-22T00:00:00,y\n",
        "Ireland",
    )
    assert csv_payload.without_level == ["Afghanistan"]
    assert [(a.subject, a.level) for a in csv_payload.advisories] == [("TD", 2)]


def test_us_rss_item_whose_tags_lost_their_terms():
    """A truncated feed can leave <category domain="Country-Tag"/> without a term: read by the title, no crash."""
    data = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>Mainland China, Hong Kong &amp; Macau - '
        b"See Summaries - Level 2: Exercise Increased Caution</title><category domain=\"Country-Tag\"/>"
        b'<category domain="Threat-Level"/></item></channel></rss>'
    )
    payload = parse_us_rss(data, "cut.xml")
    assert sorted(a.subject for a in payload.advisories) == ["CN", "HK", "MO"]
    assert {a.level for a in payload.advisories} == {2}
