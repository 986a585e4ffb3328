"""The extractor on articles written for travelrisk: every fact type, other countries and issuers, distractors."""

from __future__ import annotations

from pathlib import Path

import pytest

from travelrisk.extract.pipeline import extract
from travelrisk.sources.news.readers import read_paths

ARTICLES = Path(__file__).parent / "articles"


def extracted(name: str):
    [article] = list(read_paths([str(ARTICLES / f"{name}.txt")]))
    return article, extract(article)


def advisory_keys(result) -> dict:
    return {(a.issuer, a.subject): a for a in result.advisories}


def border_keys(result) -> dict:
    return {(b.country, b.neighbor, b.action.value): b for b in result.border_events}


def mission_keys(result) -> set:
    return {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}


def test_every_evidence_quote_is_the_span_of_the_original_text():
    for path in sorted(ARTICLES.glob("*.txt")):
        [article] = list(read_paths([str(path)]))
        result = extract(article)
        for item in [*result.advisories, *result.border_events, *result.mission_events]:
            assert article.text[item.evidence.start : item.evidence.end] == item.evidence.quote, path.name
            assert 0 < item.confidence <= 1


def test_leave_now_with_reasons_and_embassy_closed():
    _, result = extracted("adv_canada_haiti")
    advisory = advisory_keys(result)[("CA", "HT")]
    assert advisory.directive == "leave_immediately"
    assert {"crime", "kidnapping"} <= set(advisory.reasons)
    assert ("CA", "HT", "suspended") in mission_keys(result)


def test_level_raised_with_previous_level():
    _, result = extracted("adv_us_level")
    advisory = advisory_keys(result)[("US", "NI")]
    assert (advisory.level, advisory.previous_level, advisory.directive) == (3, 2, "reconsider_travel")
    assert "arbitrary_law_enforcement" in advisory.reasons


def test_lowered_advice():
    _, result = extracted("adv_uk_lowered")
    assert advisory_keys(result)[("GB", "TN")].directive == "lowered"
    assert result.border_events == []  # "areas close to the Libyan border" is not a closure


def test_one_issuer_several_subjects_strongest_directive_wins():
    _, result = extracted("adv_india_list")
    advisories = advisory_keys(result)
    assert set(advisories) == {("IN", "IR"), ("IN", "LB")}
    assert advisories[("IN", "LB")].directive == "leave_immediately"


def test_embassy_alert_counts_as_its_government():
    _, result = extracted("adv_china_japan")
    assert advisory_keys(result)[("CN", "JP")].directive == "increased_caution"


def test_worldwide_advisory_has_no_subject():
    _, result = extracted("adv_worldwide")
    [advisory] = result.advisories
    assert (advisory.issuer, advisory.subject, advisory.regions) == ("NZ", None, ["worldwide"])
    assert advisory.directive in ("do_not_travel", "leave_immediately")


def test_regional_travel_warning():
    _, result = extracted("adv_germany_regional")
    assert ("DE", "UA") in advisory_keys(result)


def test_border_counts_names_and_threats():
    _, result = extracted("border_kyrgyz")
    opened = border_keys(result)[("KZ", "KG", "opened")]
    assert (opened.crossings_affected, opened.crossings_total) == (3, 5)
    _, result = extracted("border_turkey_syria")
    events = border_keys(result)
    assert "Oncupinar" in events[("TR", "SY", "restricted")].crossing_names
    assert ("TR", "SY", "threatened_closure") in events
    _, result = extracted("border_count_only")
    events = border_keys(result)
    assert ("NO", "RU", "threatened_closure") in events
    assert events[("FI", "RU", "closed")].crossings_affected == 3


def test_mission_events():
    _, result = extracted("mission_sweden")
    assert {("SE", "IQ", "evacuated"), ("SE", "IQ", "suspended")} <= mission_keys(result)
    _, result = extracted("mission_reopen")
    assert ("IT", "LY", "reopened") in mission_keys(result)
    _, result = extracted("mission_drawdown")
    assert {("US", "AF", "ordered_departure"), ("US", "AF", "emergency_services_only")} <= mission_keys(result)


@pytest.mark.parametrize(
    "name",
    [
        "distractor_lockdown",
        "distractor_hurricane",
        "distractor_reception",
        "distractor_visa",
        "distractor_passport",
        "distractor_terror_level",
        "distractor_sanctions",
    ],
)
def test_distractors_yield_no_facts(name):
    _, result = extracted(name)
    assert (result.advisories, result.border_events, result.mission_events) == ([], [], [])


def test_countries_by_name_demonym_metonym_and_boilerplate():
    from travelrisk.model import Article

    text = (
        "Washington and the Kremlin traded barbs as Belarusian troops massed near Lithuania. "
        "Chad Smith reported from Minsk.\nAlso watch | Interfax-Ukraine bulletin"
    )
    result = extract(Article(id="x", source="x", text=text))
    assert set(result.countries_mentioned) == {"US", "RU", "BY", "LT", "UA"}  # "Chad" here is a person


@pytest.mark.parametrize(
    ("heading", "headline"),
    [
        ("Related stories:", "Poland shuts Bobrowniki crossing with Belarus"),
        ("Susiję straipsniai:", "Lietuva uždarė Šumsko punktą pasienyje su Baltarusija"),
    ],
)
def test_the_headlines_under_a_related_articles_heading_are_other_stories(heading, headline):
    from travelrisk.model import Article

    body = "date 2025-03-02 Hauliers queued at the border all weekend, drivers said.\n\n"
    listed = extract(Article(id="x", source="x", text=f"{body}{heading}\n{headline}\nAnother headline here\n"))
    told = extract(Article(id="y", source="y", text=f"{body}{headline}.\n"))
    assert listed.border_events == []
    assert told.border_events  # the same words as the article's own sentence state a closure
