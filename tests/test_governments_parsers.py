"""The parsers of the governments that publish in their own languages and scales, on their real samples
(`../shared/data/advisories/more/`; each test skips, saying so, where the shared data is absent). Pure: no
database. Each test checks the level mapping, the wording kept verbatim, the directive words in the source's
language, the regional entries and what is not rated."""

from __future__ import annotations

import datetime as dt

import pytest

from travelrisk import TravelRisk
from travelrisk.model import Directive
from travelrisk.sources.payload import ParsedPayload

from .conftest import shared


def parse(source: str, *path: str) -> ParsedPayload:
    file = shared("data", "advisories", "more", *path)
    return TravelRisk.parse(source, file.read_bytes(), str(file))


def only(payload: ParsedPayload, subject: str):
    [advisory] = [a for a in payload.advisories if a.subject == subject]
    return advisory


def regions(advisory) -> dict[str, tuple[int | None, Directive | None]]:
    return {r.name: (r.level, r.directive) for r in advisory.regions}


def test_germany_bulk_flags_and_dates():
    payload = parse("de", "DE", "travelwarning_bulk_2026-04-30.json")
    assert payload.items == 199 and len(payload.advisories) == 199 and payload.unmapped == []
    # The feed's own lastModified (2024-11-20) is stale: the newest entry dates the payload.
    assert payload.observed_on == dt.date(2026, 4, 29)
    levels = {a.subject: a.level for a in payload.advisories}
    assert sum(1 for level in levels.values() if level == 4) == 26  # warning
    assert sum(1 for level in levels.values() if level == 2) == 26  # partialWarning: rest of the country at 2
    belarus, japan, nepal = only(payload, "BY"), only(payload, "JP"), only(payload, "NP")
    assert (belarus.level, belarus.level_raw, belarus.directive) == (4, "Reisewarnung", Directive.DO_NOT_TRAVEL)
    assert belarus.issued_at == dt.date(2026, 4, 22)
    # A Teilreisewarnung never raises the national level: the areas are a regional entry at 4.
    assert (japan.level, japan.level_raw) == (2, "Teilreisewarnung")
    assert [(r.level, r.directive) for r in japan.regions] == [(4, Directive.DO_NOT_TRAVEL)]
    assert (nepal.level, nepal.level_raw) == (1, "keine Reise- oder Teilreisewarnung")


def test_germany_content_names_areas_and_who_must_leave():
    israel = only(parse("de", "DE", "content_markdown", "Israel.md"), "IL")
    assert (israel.level, israel.directive) == (4, Directive.DO_NOT_TRAVEL)  # "Vor Reisen nach Israel ... gewarnt"
    # "Deutsche Staatsangehörige, die sich derzeit im Gazastreifen oder im Westjordanland aufhalten, sollten ...
    # ausreisen": a leave directive for those areas, not for Israel.
    assert regions(israel) == {
        "Gazastreifen": (4, Directive.LEAVE_IMMEDIATELY),
        "Westjordanland": (4, Directive.LEAVE_IMMEDIATELY),
    }
    earlier = parse("de", "DE", "content_markdown", "Israel_2024-05-30.md")
    assert earlier.observed_on == dt.date(2024, 5, 30)  # from the file name; the text has no date
    assert only(earlier, "IL").regions == []  # the call to leave came later
    japan = only(parse("de", "DE", "content_markdown", "Japan.md"), "JP")
    assert japan.level == 2 and japan.level_raw == "Teilreisewarnung"
    [(area, (level, directive))] = regions(japan).items()
    assert "evakuierten Gebieten um das Kernkraftwerk Fukushima Daiichi" in area
    assert (level, directive) == (4, Directive.DO_NOT_TRAVEL)
    belarus = parse("de", "DE", "content_markdown", "Belarus.md")
    assert belarus.requires_as_of and belarus.observed_on is None
    assert only(belarus, "BY").level == 4


def test_germany_detail_and_flag_change_table():
    nepal = parse("de", "DE", "de-nepal.json")
    assert nepal.observed_on == dt.date(2026, 7, 9)
    assert only(nepal, "NP").level == 1 and "Innenpolitische Lage" in only(nepal, "NP").summary
    changes = parse("de", "DE", "travelwarning_flag_changes_2026-03-27_to_2026-05-03.csv")
    assert changes.observed_on == dt.date(2026, 5, 1)
    assert {a.subject: a.level for a in changes.advisories} == {
        "QA": 1, "SA": 1, "AE": 1, "BH": 1, "OM": 1, "JO": 1, "IL": 2,
    }  # fmt: skip
    assert {a.issued_at for a in changes.advisories} == {dt.date(2026, 4, 30)}


def test_netherlands_colours_from_the_template_sentences():
    belarus = only(parse("nl", "NL", "traveladvice_BLR_2026-08-17_EXCERPT.xml"), "BY")
    assert (belarus.level, belarus.level_raw) == (3, "Voor de rest van Belarus geldt kleurcode oranje.")
    assert regions(belarus) == {"het grensgebied tussen Belarus en Oekraïne": (4, Directive.DO_NOT_TRAVEL)}
    assert belarus.issued_at == dt.date(2026, 8, 17)
    listing = parse("nl", "NL", "traveladvice_list_output-json_2026-09_EXCERPT.json")
    levels = {a.subject: a.level for a in listing.advisories}
    assert levels == {"ES": 1, "IS": 1, "AE": 2, "SO": 4, "PS": 2, "BQ": 1}  # BQ-BO is Bonaire (BQ)
    assert regions(only(listing, "SO")) == {"de steden Berbera en Hargeisa": (3, Directive.RECONSIDER_TRAVEL)}
    # Palestinian Territories: only areas are coloured, so the rest of the territory is 2 (doctrine).
    assert sorted(r.level for r in only(listing, "PS").regions) == [2, 3, 4]


def test_switzerland_enum_and_no_advice():
    payload = parse("ch", "CH", "reisehinweise_AD-de_AF-de_2026-09-26_EXCERPT.json")
    afghanistan = only(payload, "AF")
    assert (afghanistan.level, afghanistan.directive) == (4, Directive.DO_NOT_TRAVEL)
    assert afghanistan.level_raw == "Von Reisen nach Afghanistan und von Aufenthalten jeder Art wird abgeraten."
    assert afghanistan.issued_at == dt.date(2026, 1, 22) and payload.observed_on == dt.date(2026, 9, 26)
    # Andorra: has_travel_advice false is "not rated", never level 1.
    assert [a.subject for a in payload.advisories] == ["AF"]
    assert payload.without_level == ["Andorra (the EDA publishes no travel advice for it)"]


def test_poland_codes():
    payload = parse("pl", "PL", "odyseusz_profile-panstw_2026-09-26_EXCERPT.json")
    assert {a.subject: (a.level, a.level_raw) for a in payload.advisories} == {
        "LT": (1, "Zachowaj zwykłą ostrożność"),
        "MT": (1, "Zachowaj zwykłą ostrożność"),
    }
    assert only(payload, "MT").issued_at == dt.date(2026, 8, 28)


def test_new_zealand_listing_and_page():
    listing = parse("nz", "NZ", "destinations_listing_entries_2026-09-26_EXCERPT.json")
    assert {a.subject: a.level for a in listing.advisories} == {
        "AF": 4, "AL": 2, "AS": 1, "AM": 1, "BH": 3, "BY": 4, "BE": 2, "BJ": 1, "AU": 1,
    }  # fmt: skip
    assert only(listing, "BH").level_raw == "Avoid non-essential travel"
    assert listing.observed_on == dt.date(2026, 9, 26)
    nepal = only(parse("nz", "NZ", "nz-nepal.html"), "NP")
    assert (nepal.level, nepal.level_raw, nepal.issued_at) == (2, "Exercise increased caution", dt.date(2026, 3, 18))
    assert "civil_unrest" in nepal.reasons  # English text: "due to the potential for ... civil unrest"


def test_japan_level_n_is_our_n_plus_one():
    for page in ("jp-nepal.html", "jp-nepal-detail.html"):
        payload = parse("jp", "JP", page)
        nepal = only(payload, "NP")
        # MOFA レベル1 (十分注意してください, "exercise sufficient caution") is our level 2, not 1.
        assert (nepal.level, nepal.directive) == (2, Directive.INCREASED_CAUTION)
        assert nepal.level_raw == "レベル1：十分注意してください。"
        assert payload.observed_on == dt.date(2026, 7, 9)  # the current block, not the 2024 one below it


def test_austria_security_level():
    afghanistan = only(parse("at", "AT", "at-afghanistan.html"), "AF")
    assert (afghanistan.level, afghanistan.directive) == (4, Directive.DO_NOT_TRAVEL)
    assert afghanistan.level_raw == "Reisewarnung (Sicherheitsstufe 4) für das ganze Land!"
    assert afghanistan.issued_at == dt.date(2025, 10, 1)  # "Unverändert gültig seit: 01.10.2025"


def test_hong_kong_alerts_regions_and_unrated_places():
    payload = parse("hk", "HK", "ota_index_2026-09-26_EXCERPT.json")
    israel = only(payload, "IL")
    assert (israel.level, israel.level_raw) == (4, "有嚴重威脅 (black: Severe threat)")
    myanmar = only(payload, "MM")  # amber for the country, red for its south-east
    assert myanmar.level == 2 and regions(myanmar) == {"south-eastern regions": (3, Directive.RECONSIDER_TRAVEL)}
    japan = only(payload, "JP")  # an alert for the Fukushima areas only: the rest of Japan is not rated
    assert japan.level is None and [r.level for r in japan.regions] == [2]
    assert "FR" not in {a.subject for a in payload.advisories}  # superseded (showInIndex 0)
    assert "AF" not in {a.subject for a in payload.advisories}  # information page only
    assert "Afghanistan (information page, no alert)" in payload.without_level


def test_korea_travel_ban():
    afghanistan = only(parse("kr", "KR", "kr-afghanistan.html"), "AF")
    assert (afghanistan.level, afghanistan.directive) == (4, Directive.LEAVE_IMMEDIATELY)
    assert afghanistan.level_raw == "여행금지 전 지역"
    assert afghanistan.issued_at == dt.date(2026, 7, 9)


def test_italy_reads_its_areas_of_caution():
    nepal = only(parse("it", "IT", "it-nepal.json"), "NP")  # found by the sheet's capital, Kathmandu
    assert nepal.level == 2 and nepal.level_raw.startswith("Aree di particolare cautela: la Regione del Terai")
    [(area, (level, _))] = regions(nepal).items()
    assert "regione del Terai" in area and level == 2
    assert nepal.issued_at == dt.date(2025, 1, 6)


def test_france_spain_finland_denmark_norway_ireland_pages():
    france = only(parse("fr", "FR", "fr-nepal-securite.html"), "NP")
    assert (france.level, france.level_raw) == (2, "L’ensemble du pays est en zone de vigilance renforcée.")
    spain = only(parse("es", "ES", "es-nepal.html"), "NP")
    assert spain.level == 2 and spain.level_raw.startswith("SE RECOMIENDA VIAJAR CON PRECAUCIÓN")
    assert regions(spain) == {"DETERMINADAS ZONAS": (4, Directive.DO_NOT_TRAVEL)}  # "ABSTENERSE DE HACERLO ..."
    finland = only(parse("fi", "FI", "fi-nepal.html"), "NP")
    assert (finland.level, finland.level_raw) == (2, "Noudata erityistä varovaisuutta")
    denmark = only(parse("dk", "DK", "dk-nepal.html"), "NP")
    assert (denmark.level, denmark.level_raw) == (2, "Vær ekstra forsigtig: Hele landet.")
    assert denmark.issued_at == dt.date(2026, 6, 24)
    norway = only(parse("no", "NO", "no-afghanistan.html"), "AF")
    # "Nordmenn som befinner seg i Afghanistan oppfordres til å forlate landet."
    assert (norway.level, norway.directive) == (4, Directive.LEAVE_IMMEDIATELY)
    assert norway.issued_at == dt.date(2021, 8, 4)  # "SIST OPPDATERT: 04.08.2021 - FORTSATT GYLDIG"
    ireland = only(parse("ie", "IE", "ie-nepal.html"), "NP")
    assert (ireland.level, ireland.level_raw, ireland.issued_at) == (2, "High Degree of Caution", dt.date(2026, 2, 10))


def test_no_advice_and_no_level_are_not_level_one():
    denmark = parse("dk", "DK", "dk-geen-advies.html")
    assert denmark.advisories == []
    assert denmark.without_level == ["Afghanistan (Denmark publishes no travel advice for it: not rated)"]
    feed = parse("no", "NO", "norway-rss.xml")  # the RSS of changed pages states no levels
    assert feed.advisories == [] and len(feed.without_level) == feed.items == 6


def test_israel_threat_levels_and_combined_entries():
    payload = parse("il", "IL", "nsc-warnings_DERIVED_2026-10-08_EXCERPT.json")
    levels = {a.subject: a.level for a in payload.advisories}
    assert levels == {"UZ": 3, "UY": 1, "AZ": 3, "ID": 3, "IR": 4, "ET": 1, "BY": 1, "GB": 2, "DE": 3, "IN": 2}
    # A combined level: "שאר שטחי ..." (the rest of the territory) is national, the others regional.
    assert [r.level for r in only(payload, "IN").regions] == [4]
    assert [r.level for r in only(payload, "UZ").regions] == [4]
    assert only(payload, "DE").level_raw == "רמת איום בינונית"


def test_slovakia_reads_only_records_with_a_level():
    payload = parse("sk", "SK", "opendata_mzv_sk_datastore_search_2026-05-03_EXCERPT.json")
    nicaragua = only(payload, "NI")
    # "2. stupeň - zvážiť nevyhnutnosť cestovania (... do určitých oblastí)": regional, step 2 is our 3.
    assert nicaragua.level == 2 and [r.level for r in nicaragua.regions] == [3]
    assert nicaragua.level_raw.startswith("2. stupeň - zvážiť nevyhnutnosť cestovania")
    assert len(payload.without_level) == 3  # notices without a risk level


@pytest.mark.parametrize(
    ("source", "path", "subject"),
    [
        ("de", ("DE", "travelwarning_bulk_2026-05-01.json"), "BY"),
        ("nl", ("NL", "traveladvice_BLR_2026-08-17_EXCERPT.xml"), "BY"),
        ("nz", ("NZ", "destinations_listing_entries_2026-09-26_EXCERPT.json"), "BY"),
        ("hk", ("HK", "ota_index_2026-09-26_EXCERPT.json"), "IL"),
    ],
)
def test_every_advisory_points_to_its_source(source, path, subject):
    advisory = only(parse(source, *path), subject)
    assert advisory.source_url and advisory.source_url.startswith("https://")
    assert advisory.issuer == source.upper()
