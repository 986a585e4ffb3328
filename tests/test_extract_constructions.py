"""The reader on articles written for travelrisk, one per hard construction, scored like the acceptance does.

Each `tests/articles/*.json` is ground truth in the shared schema for the `.txt` beside it; the shared scorer
(`../shared/tools/score_extractions.py`) scores the output of `travelrisk extract DIR --format jsonl`.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SHARED
from travelrisk.extract.pipeline import extract
from travelrisk.model import Article
from travelrisk.sources.news.readers import read_paths

ARTICLES = Path(__file__).parent / "articles"
SCORER = SHARED / "tools" / "score_extractions.py"


def _scorer():
    if not SCORER.exists():
        pytest.skip(f"no shared scorer at {SCORER}")
    spec = importlib.util.spec_from_file_location("score_extractions", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _extracted(name: str):
    [article] = list(read_paths([str(ARTICLES / f"{name}.txt")]))
    return article, extract(article)


@pytest.fixture(scope="module")
def predictions(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pred") / "predictions.jsonl"
    command = [str(Path(sys.executable).parent / "travelrisk"), "extract", str(ARTICLES), "--format", "jsonl"]
    out.write_text(subprocess.run(command, capture_output=True, text=True, check=True).stdout, encoding="utf-8")
    return out


def test_own_articles_score_with_the_shared_scorer(predictions):
    result = _scorer().score(ARTICLES, predictions)
    assert result["articles"] >= 7
    # (every round's batches are kept with what they still miss at the round's end: 144 of the 923 articles were
    # written in one round, scored at their first reading at 0.47-0.94 and kept as they read now; the figures still
    # catch a change that loses events elsewhere: 0.868 and 0.961 when the last 32 were added; 1,072 articles in
    # the twenty-second round, 0.879 and 0.951 after its four read batches joined; 1,136 in the twenty-third, 0.880
    # and 0.951 after its four read batches joined; 1,200 in the twenty-fourth, 0.880 and 0.957 likewise; 1,243 in
    # the twenty-fifth, 0.887 and 0.957 likewise; 1,307 in the twenty-sixth, 0.889 and 0.958 likewise; 1,371 in the
    # twenty-seventh, 0.891 and 0.958 likewise; 1,435 in the twenty-eighth, 0.893 and 0.957 likewise; 1,563 in the
    # twenty-ninth, 0.888 and 0.958 after its eight read batches joined; 1,627 in the thirtieth, 0.882 and 0.958 after
    # its four read batches joined; 1,691 in the thirty-first, 0.881 and 0.958 likewise; 1,755 in the thirty-second,
    # 0.879 and 0.959 likewise; 1,819 in the thirty-fourth, 0.882 and 0.959 likewise; 1,883 in the thirty-fifth,
    # 0.882 and 0.959 likewise; 1,947 in the thirty-sixth, 0.882 and 0.958 likewise; 2,012 in the thirty-seventh,
    # 0.885 and 0.959 with its four read batches and one article of ours; 2,076 in the thirty-eighth, 0.885 and 0.959
    # with its four read batches; 2,140 in the thirty-ninth, 0.883 and 0.960 likewise; 2,204 in the fortieth, 0.883 and
    # 0.957 likewise)
    assert result["event_micro"]["f1"] >= 0.86, result
    assert result["advisory_level_acc"] >= 0.95, result
    assert result["advisory_directive_acc"] >= 0.9
    assert result["advisory_reasons_f1"] >= 0.8
    assert result["countries_mentioned_f1"] >= 0.95


def test_issuer_list_and_back_references_give_each_government_its_advisory():
    _, result = _extracted("list_issuers_leave")
    pairs = {(a.issuer, a.subject): a.directive for a in result.advisories}
    assert pairs == {(c, "GW"): "leave_immediately" for c in ("NO", "DK", "FI", "IS", "SE", "AT", "CH")}


def test_unnamed_countries_are_not_an_issuer_and_joined_governments_are_not_subjects():
    _, result = _extracted("list_issuers_after")
    assert {a.subject for a in result.advisories} == {"BF"}
    assert {a.issuer for a in result.advisories} == {"BE", "NL", "PT", "ES", "IT", "GR"}


def test_listed_missions_each_get_the_event_and_background_is_not_one():
    _, result = _extracted("mission_list_closed")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("JP", "PG", "suspended"),
        ("KR", "PG", "suspended"),
        ("NZ", "PG", "suspended"),
    }


def test_other_scales_keep_their_wording_and_meaning():
    _, result = _extracted("scales_other")
    advisories = {a.issuer: a for a in result.advisories}
    assert (advisories["KR"].level, advisories["KR"].directive) == (3, "leave_immediately")
    assert (advisories["HK"].level, advisories["HK"].directive) == (None, "reconsider_travel")
    assert "red" in advisories["HK"].level_raw
    assert (advisories["JP"].level, advisories["JP"].directive, advisories["JP"].level_raw) == (
        4,
        "leave_immediately",
        "Level 4",
    )


def test_reasons_from_the_next_sentence_carry_that_sentence():
    article, result = _extracted("several_subjects_reasons")
    mali = next(a for a in result.advisories if a.subject == "ML")
    assert set(mali.reasons) == {"terrorism", "kidnapping"}
    for evidence in mali.reason_evidence:
        assert evidence.quote.startswith("The department cited")
        assert article.text[evidence.start : evidence.end] == evidence.quote
        assert evidence.phrase in evidence.quote


def test_partial_closure_counts_the_crossings_left_open():
    _, result = _extracted("border_partial")
    closed = next(b for b in result.border_events if (b.country, b.action.value) == ("HN", "closed"))
    assert (closed.crossings_affected, closed.crossings_total, closed.crossings_open) == (3, 5, 2)
    assert ("HN", "GT", "restricted") in {(b.country, b.neighbor, b.action.value) for b in result.border_events}


def test_ground_truth_files_are_in_the_shared_schema():
    for path in sorted(ARTICLES.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert (ARTICLES / f"{path.stem}.txt").exists()
        assert {"advisories", "border_events", "mission_events", "countries_mentioned", "distractor"} <= set(gold)
        if gold["distractor"]:
            assert gold["advisories"] == gold["border_events"] == gold["mission_events"] == []


def test_mission_back_reference_and_lifted_departure():
    _, result = _extracted("mission_same_and_lifted")
    events = {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}
    assert {("SE", "LK", "ordered_departure"), ("FI", "LK", "ordered_departure")} <= events
    assert ("US", "LK", "departure_lifted") in events
    assert not {("US", "LK", "ordered_departure"), ("US", "LK", "authorized_departure")} & events


def test_reasons_before_the_directive_and_two_sentences_after_it():
    article, result = _extracted("reasons_around")
    reasons = {a.subject: set(a.reasons) for a in result.advisories}
    assert reasons == {"MR": {"kidnapping"}, "ML": {"terrorism"}, "NE": {"terrorism"}}
    mali = next(a for a in result.advisories if a.subject == "ML")
    [evidence] = mali.reason_evidence
    assert evidence.quote.startswith("Terrorist groups have raided")
    assert article.text[evidence.start : evidence.end] == evidence.quote


def test_mission_clauses_each_name_their_own_government():
    _, result = _extracted("mission_clauses")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("SE", "MD", "ordered_departure"),
        ("FI", "MD", "ordered_departure"),
        ("NL", "MD", "emergency_services_only"),
        ("AT", "MD", "authorized_departure"),
        ("NO", "MD", "suspended"),
    }


def test_border_side_after_a_passive_verb_exceptions_and_conditions():
    _, result = _extracted("border_sides_exceptions")
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("PK", "AF", "closed"),
        ("PE", "EC", "restricted"),
        ("GT", "HN", "restricted"),
        ("BI", "RW", "threatened_closure"),
        ("UG", "KE", "opened"),
    }


def test_leave_without_a_place_travel_bans_on_countries_and_philippine_levels():
    _, result = _extracted("adv_implied_subject_bans")
    assert {(a.issuer, a.subject): (a.level, a.directive) for a in result.advisories} == {
        ("US", "NE"): (None, "leave_immediately"),
        ("FR", "NE"): (None, "leave_immediately"),
        ("KR", "NE"): (None, "do_not_travel"),
        ("PH", "NE"): (4, "leave_immediately"),
    }


def test_quoted_directives_attribution_and_softer_wording():
    _, result = _extracted("adv_quoted_attribution")
    assert {(a.issuer, a.subject): a.directive for a in result.advisories} == {
        ("US", "MZ"): "do_not_travel",
        ("GB", "MZ"): None,
        ("PT", "MZ"): "do_not_travel",
        ("NL", "MZ"): "lowered",
    }
    assert next(a for a in result.advisories if a.issuer == "PT").regions == ["northern provinces"]


def test_joint_border_actions_and_a_government_opening_all_its_land_borders():
    _, result = _extracted("border_joint_plural")
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("MX", "GT", "opened"),
        ("MX", "BZ", "opened"),
        ("TD", "SD", "closed"),
        ("SD", "TD", "closed"),
        ("TD", "SD", "opened"),
        ("SD", "TD", "opened"),
    }


def test_where_staff_go_is_not_the_host():
    _, result = _extracted("mission_destinations")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("CN", "CF", "evacuated"),
        ("TR", "CF", "suspended"),
    }


def test_issuers_listed_after_countries_including_and_similar_warnings_from():
    _, result = _extracted("list_issuers_including")
    assert {(a.issuer, a.subject): a.directive for a in result.advisories} == {
        ("US", "GW"): "do_not_travel",
        ("ES", "GW"): "do_not_travel",
        ("PT", "GW"): "do_not_travel",
        ("GR", "GW"): "do_not_travel",
        ("FR", "GW"): "do_not_travel",
        ("DE", "GW"): "do_not_travel",
        ("JP", "GW"): "leave_immediately",
    }


def test_headline_host_before_embassy_and_staff_sent_home():
    _, result = _extracted("mission_headline_return")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("CA", "NI", "suspended"),
        ("CA", "NI", "authorized_departure"),
        ("CA", "NI", "ordered_departure"),
    }


def test_border_both_governments_named_and_closures_to_pedestrians():
    _, result = _extracted("border_two_sides_named")
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("KG", "TJ", "opened"),
        ("TJ", "KG", "opened"),
        ("RU", "LV", "closed"),
        ("HU", "RS", "restricted"),
    }


def test_level_changes_standing_levels_and_levels_per_list():
    _, result = _extracted("adv_levels_changes")
    got = {(a.issuer, a.subject): (a.level, a.directive) for a in result.advisories}
    assert got == {
        ("US", "CO"): (3, "lowered"),
        ("US", "VE"): (4, "do_not_travel"),
        ("IL", "BR"): (2, "increased_caution"),
        ("IL", "AR"): (2, "increased_caution"),
        ("IL", "KZ"): (3, "reconsider_travel"),
        ("IL", "UZ"): (3, "reconsider_travel"),
        ("HK", "TH"): (None, "increased_caution"),
        ("HK", "MM"): (None, "reconsider_travel"),
    }
    colombia = next(a for a in result.advisories if a.subject == "CO")
    assert (colombia.previous_level, colombia.level_raw) == (4, "from Level 4 to Level 3")


def test_crossings_said_to_remain_open():
    _, result = _extracted("border_open_counts")
    got = {
        (b.country, b.neighbor, b.action.value): (b.crossings_affected, b.crossings_total, b.crossings_open)
        for b in result.border_events
    }
    assert got == {("FI", "RU", "closed"): (4, None, 2), ("LT", "BY", "closed"): (2, 6, 4)}


def test_the_seed_counts_the_crossings_left_open():
    from tests.conftest import SHARED

    seed = SHARED / "seed" / "belarus-2023-08-22.txt"
    if not seed.exists():
        pytest.skip(f"no seed story at {seed}")
    [article] = list(read_paths([str(seed)]))
    closed = next(b for b in extract(article).border_events if (b.country, b.action.value) == ("LT", "closed"))
    assert (closed.crossings_affected, closed.crossings_total, closed.crossings_open) == (2, 6, 4)


def test_expelled_diplomats_and_those_countries():
    _, result = _extracted("mission_expulsion")
    events = {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}
    assert events == {(c, "NI", "suspended") for c in ("CR", "PA", "HN")} | {
        ("NI", c, "suspended") for c in ("CR", "PA", "HN")
    }


def test_evacuation_advisories_ban_lists_precautions_and_according_to():
    _, result = _extracted("adv_phrasings_more")
    assert {(a.issuer, a.subject): a.directive for a in result.advisories} == {
        ("JP", "GN"): "leave_immediately",
        ("KR", "GN"): "do_not_travel",
        ("CN", "GN"): "increased_caution",
        ("AU", "SL"): "do_not_travel",
    }


def test_high_commissions_passive_authorization_drawdowns_and_pull_outs():
    _, result = _extracted("mission_phrasings_more")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("AU", "PG", "suspended"),
        ("US", "PG", "authorized_departure"),
        ("NZ", "PG", "ordered_departure"),
        ("JP", "PG", "evacuated"),
    }


def test_talk_about_borders_states_no_border_event():
    _, result = _extracted("distractor_border_talk")
    assert result.border_events == []
    assert result.advisories == []


def test_the_warning_follows_belongs_to_the_advice_before_it():
    _, result = _extracted("reasons_follows")
    assert {a.subject: a.reasons for a in result.advisories} == {"GN": ["kidnapping"], "MM": ["limited_flights"]}


def test_limited_consular_capacity_in_its_usual_wordings():
    _, result = _extracted("reasons_consular")
    assert {a.subject: set(a.reasons) for a in result.advisories} == {
        "ER": {"limited_consular_capacity"},
        "SO": {"limited_consular_capacity", "terrorism"},
    }


def test_levels_per_list_advisory_titles_and_removed_alerts():
    _, result = _extracted("adv_titles_removals")
    assert {(a.issuer, a.subject): (a.level, a.directive) for a in result.advisories} == {
        ("US", "FJ"): (3, "reconsider_travel"),
        ("US", "TO"): (3, "reconsider_travel"),
        ("US", "WS"): (4, "do_not_travel"),
        ("HK", "VN"): (None, "lowered"),
    }


def test_not_recommended_and_added_to_a_no_travel_list():
    _, result = _extracted("adv_not_recommended_lists")
    assert {(a.issuer, a.subject): a.directive for a in result.advisories} == {
        ("EE", "LB"): "do_not_travel",
        ("GB", "SY"): "do_not_travel",
    }


def test_border_named_by_both_adjectives_without_an_actor():
    _, result = _extracted("border_actorless_pair")
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("NO", "RU", "closed"),
        ("TH", "LA", "closed"),
    }


def test_staff_who_have_left_and_minimal_staffing():
    _, result = _extracted("mission_left_minimal")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("DE", "NE", "evacuated"),
        ("IT", "NE", "reduced_services"),
        ("NL", "NE", "evacuated"),
    }


def test_a_reason_given_with_unnamed_governments_frames_the_list_after_it():
    _, result = _extracted("reasons_framing_list")
    assert {a.issuer: a.reasons for a in result.advisories} == {
        "SE": ["armed_conflict"],
        "FI": ["armed_conflict"],
        "DK": ["armed_conflict"],
    }


def test_advice_restated_after_the_sentence_that_gives_its_reason():
    _, result = _extracted("reasons_restated")
    assert {a.issuer: a.reasons for a in result.advisories} == {"SE": ["armed_conflict"], "FI": ["armed_conflict"]}


def test_standing_levels_according_to_and_bare_level_changes():
    _, result = _extracted("adv_level_wordings")
    got = {(a.issuer, a.subject): (a.level, a.previous_level) for a in result.advisories}
    assert got == {("US", "BO"): (2, None), ("AU", "EC"): (3, 2)}


def test_descriptive_anaphora_and_neighbouring_sentences_about_other_places():
    _, result = _extracted("adv_descriptive_anaphora")
    got = {(a.issuer, a.subject): (a.directive, set(a.reasons)) for a in result.advisories}
    assert got == {
        ("GB", "LK"): ("reconsider_travel", {"civil_unrest"}),
        ("RU", "HT"): ("do_not_travel", {"crime"}),
    }


def test_stopping_short_of_asking_people_to_leave():
    _, result = _extracted("adv_not_asked_to_leave")
    assert {(a.issuer, a.subject): a.directive for a in result.advisories} == {("QA", "LB"): "increased_caution"}


def test_plain_words_against_travel():
    _, result = _extracted("adv_avoid_stay_away")
    assert {a.issuer: a.directive for a in result.advisories} == {
        "EG": "reconsider_travel",
        "JO": "do_not_travel",
        "IQ": "do_not_travel",
        "BH": "do_not_travel",
        "MA": "do_not_travel",
    }


def test_consular_services_suspended_is_reduced_services():
    _, result = _extracted("mission_consular_suspended")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("US", "SD", "reduced_services")
    }


def test_only_one_crossing_open_is_a_restriction_with_its_open_count():
    _, result = _extracted("border_state_open")
    got = {
        (b.country, b.neighbor, b.action.value): (b.crossings_affected, b.crossings_open) for b in result.border_events
    }
    assert got == {("LT", "BY", "restricted"): (None, 1)}


def test_the_country_that_struck_does_not_close_the_crossing():
    _, result = _extracted("border_strike_closure")
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {("LB", "SY", "closed")}


def test_a_partial_reopening_opens_and_a_partial_closure_restricts():
    _, result = _extracted("border_partial_reopening")
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("TD", "SD", "opened"),
        ("NE", "NG", "restricted"),
    }


def test_an_opening_asked_for_is_not_an_opening():
    _, result = _extracted("border_demanded")
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {("GT", "MX", "opened")}


def test_a_closed_airport_is_not_a_closed_embassy_and_a_neighbour_is_not_a_host():
    _, result = _extracted("mission_other_subject_closed")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {("IT", "ML", "reopened")}


def test_letters_whose_lower_case_is_longer_do_not_shift_the_fact_words():
    # "İ".lower() is two characters: the fact words found in the lower-cased text must still point at their own
    # sentence, however many such letters come before it.
    towns = "İzmir, İstanbul, İskenderun, İnegöl, İznik, İdil, İmranlı, İpsala, İslahiye, İliç, İkizdere, İvrindi"
    text = (
        f"Heavy rain flooded {towns} and other towns over the weekend.\n"
        f"Volunteers from {towns} were clearing roads on Monday.\n"
        "Iran closed its border with Iraq.\n"
    )
    result = extract(Article(id="dotted", source="dotted.txt", published=dt.date(2024, 1, 2), text=text))
    assert [(b.country, b.neighbor, b.action.value) for b in result.border_events] == [("IR", "IQ", "closed")]
    assert result.border_events[0].evidence.quote == "Iran closed its border with Iraq."


def test_no_mission_operating_and_a_following_sentence_about_the_same_mission():
    _, result = _extracted("mission_none_operating_services_only")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("CA", "VE", "suspended"),  # "there is no Canadian embassy or consulate operating in Venezuela"
        ("CH", "BY", "reduced_services"),  # its routine consular work suspended: the embassy still works
        ("CH", "BY", "emergency_services_only"),  # the next sentence, naming no mission, narrows it further
    }
    follow = next(m for m in result.mission_events if m.action.value == "emergency_services_only")
    assert follow.evidence.quote.startswith("From now on only emergency help")


def test_wordings_of_translated_and_quoted_copy():
    _, result = _extracted("translated_wordings")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("CA", "PE", "ordered_departure"),  # the staff named inside quotation marks
        ("CA", "PE", "reduced_services"),  # the consular services at the embassy suspended, not the embassy
    }
    [advisory] = result.advisories
    assert (advisory.issuer, advisory.subject, advisory.level, advisory.previous_level) == ("US", "PE", 4, 3)
    assert advisory.level_raw is not None and "class" in advisory.level_raw


def test_run_together_names_and_a_sentence_going_on_about_the_crossing():
    article, result = _extracted("border_continued_runtogether")
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("HU", "RS", "closed"),  # "...border shutHungary closes": the name is read where words run together
        ("AL", "MK", "closed"),
        ("AL", "MK", "opened"),  # "It was reopened in March last year.": the crossing of the sentence before
    }
    opened = next(b for b in result.border_events if b.action.value == "opened")
    assert article.text[opened.evidence.start : opened.evidence.end] == "It was reopened in March last year."


def test_a_sentence_after_no_border_event_is_not_read_as_one():
    text = "Albania held elections on Sunday.\nIt was closed to the press, observers said.\n"
    result = extract(Article(id="x", source="x.txt", published=dt.date(2024, 1, 2), text=text))
    assert result.border_events == []


def test_clauses_of_two_governments_the_country_before_any_advice_and_the_same_again_for_missions():
    _, result = _extracted("clauses_and_repeats")
    assert {(a.issuer, a.subject, a.directive) for a in result.advisories} == {
        ("NO", "GA", "leave_immediately"),  # "to leave the country": the country the article is about
        ("GB", "GA", "reconsider_travel"),  # "..., while Denmark told its nationals to leave": two clauses
        ("DK", "GA", "leave_immediately"),
    }
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("KZ", "GA", "suspended"),  # "shuttered its embassy"
        ("UZ", "GA", "suspended"),  # "Uzbekistan did the same": the mission event before, not an advisory
        ("UA", "BY", "suspended"),  # "has stopped working"
    }


def test_the_ministry_of_the_sentence_before_and_institutions_named_with_their_country():
    _, result = _extracted("adv_unnamed_speaker_institutions")
    assert {(a.issuer, a.subject, a.directive) for a in result.advisories} == {
        ("PL", "IR", "do_not_travel"),  # "The ministry advised ...": Poland's, named in the sentence before
        ("VN", "KH", "do_not_travel"),  # "the Ministry of Foreign Affairs of Vietnam"
        ("DE", "IQ", "do_not_travel"),  # "Germany's Foreign Office" (not Britain's): against all travel
        ("NL", "SR", "reconsider_travel"),  # "raised its travel advice ... to orange"
    }


def test_governments_named_inside_an_unnamed_group_and_diplomats_expelled():
    _, result = _extracted("mission_included_expelled")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("BE", "ML", "suspended"),  # "Several European countries, including Belgium, Austria and Portugal, ..."
        ("AT", "ML", "suspended"),
        ("PT", "ML", "suspended"),
        ("CA", "IR", "suspended"),  # Iran's diplomats, expelled, are not a mission acting in Iran
        ("IN", "UA", "suspended"),  # "shifted to Poland": where it went is not the host
        ("GB", "SD", "suspended"),
        ("GB", "SD", "evacuated"),  # "... closed and diplomats evacuated"
    }


def test_lists_of_the_governments_whose_missions_act():
    _, result = _extracted("mission_owner_lists")
    found = {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}
    assert found >= {
        *((c, "SS", "suspended") for c in ("NO", "SE", "FI")),  # "the embassies of Norway, Sweden and Finland"
        *((c, "SS", "suspended") for c in ("KE", "UG")),  # "... include those of Kenya and Uganda"
        *((c, "ET", "suspended") for c in ("NL", "BE", "DK")),  # "the Dutch, Belgian and Danish embassies"
        *((c, "SO", "evacuated") for c in ("EG", "JO", "QA")),  # "diplomats from Egypt, Jordan and Qatar have left"
    }
    # "in several countries, including Chad and Niger" lists hosts: never owners
    assert not {owner for owner, _host, _action in found} & {"TD", "NE"}


def test_a_level_with_the_government_named_after_it():
    _, result = _extracted("adv_level_attributed_after")
    assert {(a.issuer, a.subject, a.level, a.directive) for a in result.advisories} == {
        ("US", "MX", 2, "increased_caution"),  # "Mexico remains at Level 2, the State Department said"
        ("US", "PE", 3, "reconsider_travel"),  # "Peru is under a Level 3 advisory"
    }


def test_owners_listed_after_the_action():
    text = (
        "Countries that have evacuated their embassies in Sudan include Norway, Poland and Chile.\n"
        "Other governments, like Peru and Ghana, have closed their embassies in Yemen.\n"
        "The US shut its consulates in several countries, including Chad, after the riots.\n"
    )
    result = extract(Article(id="lists", source="lists.txt", published=dt.date(2024, 1, 2), text=text))
    found = {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}
    assert {(c, "SD", "evacuated") for c in ("NO", "PL", "CL")} <= found  # "... include Norway, Poland and Chile"
    assert {(c, "YE", "suspended") for c in ("PE", "GH")} <= found  # "Other governments, like Peru and Ghana, ..."
    assert "TD" not in {owner for owner, _host, _action in found}


def test_governments_named_after_their_advice_and_so_did():
    _, result = _extracted("adv_named_after_unnamed")
    assert {(a.issuer, a.subject, a.directive) for a in result.advisories} == {
        ("CL", "BO", "leave_immediately"),  # "Several governments have told ... They include Chile, ..."
        ("PY", "BO", "leave_immediately"),
        ("UY", "BO", "leave_immediately"),
        ("PE", "BO", "do_not_travel"),
        ("EC", "BO", "do_not_travel"),  # "So did Ecuador."
    }
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("AR", "BO", "suspended"),
        ("BR", "BO", "suspended"),  # "So did Brazil." after the embassy's closure
    }


def test_a_closure_kept_is_not_a_closure_threatened():
    text = (
        "The mayor of Ouanaminthe warned that Haiti would keep its border gate with the Dominican Republic closed.\n"
        "Estonia warned that it might close its border with Russia.\n"
    )
    result = extract(Article(id="kept", source="kept.txt", published=dt.date(2024, 1, 2), text=text))
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("HT", "DO", "closed"),  # "would keep ... closed": the closure goes on
        ("EE", "RU", "threatened_closure"),  # "might close": threatened
    }


def test_missions_closed_without_an_auxiliary_and_an_ambassador_sent_home_is_not_advice():
    text = (
        "The Chilean embassy in Quito closed its doors on Sunday.\n"
        "The Peruvian embassy in Caracas closed indefinitely, officials in Lima said.\n"
        "The Argentine mission in La Paz has been evacuated.\n"
        "Uruguay recalled its ambassador from Bolivia and asked Bolivia's ambassador to leave.\n"
    )
    result = extract(Article(id="doors", source="doors.txt", published=dt.date(2024, 1, 2), text=text))
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("CL", "EC", "suspended"),
        ("PE", "VE", "suspended"),
        ("AR", "BO", "evacuated"),
    }
    assert result.advisories == []  # an ambassador told to leave is a diplomatic step, not travel advice


def test_more_wordings_of_advice_and_a_way_out_is_not_a_subject():
    text = (
        "Malaysia has barred its citizens from travelling to Nepal.\n"
        "Argentina recommended against travel to Bolivia.\n"
        "The Czech foreign ministry raised its warning for Kenya to the highest degree.\n"
        "The Dutch government said Dutch nationals in Syria should leave via Jordan.\n"
    )
    result = extract(Article(id="more", source="more.txt", published=dt.date(2024, 1, 2), text=text))
    assert {(a.issuer, a.subject, a.directive) for a in result.advisories} == {
        ("MY", "NP", "do_not_travel"),
        ("AR", "BO", "do_not_travel"),
        ("CZ", "KE", "do_not_travel"),
        ("NL", "SY", "leave_immediately"),  # "via Jordan" is the way out, not a place advised about
    }


def test_governments_of_a_mission_action_named_in_the_next_sentence():
    text = (
        "Several embassies have closed in Managua. They include those of Spain and Mexico.\n"
        "Two consulates have closed in Honduras.\n"
        "They are worried about the unrest in Guatemala.\n"
    )
    result = extract(Article(id="named", source="named.txt", published=dt.date(2024, 1, 2), text=text))
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("ES", "NI", "suspended"),
        ("MX", "NI", "suspended"),  # "They include those of Spain and Mexico."
    }  # "They are worried about ... Guatemala" names no government of the consulates


def test_borders_closed_by_a_list_with_one_neighbour_and_the_same_again():
    text = (
        "Several countries, including Kenya, Uganda and Ethiopia, have closed their borders with South Sudan.\n"
        "Chile told its citizens to avoid all travel to Peru.\n"
        "Bolivia closed two crossings on its border with Peru. Ecuador did the same.\n"
    )
    result = extract(Article(id="same", source="same.txt", published=dt.date(2024, 1, 2), text=text))
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("KE", "SS", "closed"),  # "their borders with South Sudan": not with each other
        ("UG", "SS", "closed"),
        ("ET", "SS", "closed"),
        ("BO", "PE", "closed"),
        ("EC", "PE", "closed"),  # "Ecuador did the same": its own border with Peru
    }
    assert {(a.issuer, a.subject) for a in result.advisories} == {("CL", "PE")}  # not repeated for Ecuador


def test_a_level_whose_number_contradicts_its_instruction_is_not_on_the_common_scale():
    # Some scales run the other way (Israel's counter-terrorism bureau once rated the gravest threat "Level 1"):
    # such a number is kept as written, never shown as the common level 1.
    text = (
        "The counter-terrorism bureau placed Chechnya's neighbour Dagestan at Level 1 and said Israelis there "
        "should leave Russia immediately.\n"
    )
    result = extract(Article(id="inv", source="inv.txt", published=dt.date(2019, 9, 2), text=text))
    [advisory] = [a for a in result.advisories if a.subject == "RU"] or [None]
    assert advisory is not None and advisory.directive == "leave_immediately"
    assert advisory.level is None and advisory.level_raw == "Level 1"


def test_advice_of_translated_copy_mfa_of_and_leave_without_to():
    text = (
        "The MFA of the Russian Federation recommended to citizens to refrain from trips to Moldova.\n"
        "Armenia's Ministry of Foreign Affairs recommended Armenian citizens leave Syria.\n"
    )
    result = extract(Article(id="mfa", source="mfa.txt", published=dt.date(2024, 1, 2), text=text))
    assert {(a.issuer, a.subject, a.directive) for a in result.advisories} == {
        ("RU", "MD", "do_not_travel"),  # "The MFA of the Russian Federation"
        ("AM", "SY", "leave_immediately"),  # "recommended Armenian citizens leave"
    }


def test_a_border_action_denied_is_not_one():
    text = (
        "Greece has no plans to close its border with Albania.\n"
        "Kenya will not reopen its border with Somalia, the minister said.\n"
        "Hungary ruled out closing its border with Serbia.\n"
        "Croatia closed its border with Serbia.\n"
        "Serbia has not closed its side of the border.\n"
    )
    result = extract(Article(id="deny", source="deny.txt", published=dt.date(2024, 1, 2), text=text))
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {("HR", "RS", "closed")}


def test_the_same_advice_for_more_places():
    text = (
        "Ireland advised against all travel to Haiti. The same advice applies to Cuba.\n"
        "Portugal told its citizens to leave Mali. The warning also covers Niger and Chad.\n"
    )
    result = extract(Article(id="ext", source="ext.txt", published=dt.date(2024, 1, 2), text=text))
    assert {(a.issuer, a.subject, a.directive) for a in result.advisories} == {
        ("IE", "HT", "do_not_travel"),
        ("IE", "CU", "do_not_travel"),  # "The same advice applies to Cuba": Ireland's, about Cuba
        ("PT", "ML", "leave_immediately"),
        ("PT", "NE", "leave_immediately"),  # "The warning also covers Niger and Chad": places, not issuers
        ("PT", "TD", "leave_immediately"),
    }


def test_advice_nobody_in_the_sentence_gives_after_a_named_institution():
    text = (
        "Russia shelled Kharkiv on Monday.\n"
        "Travellers should avoid all travel to Moldova.\n"
        "The State Department updated its guidance on Tuesday.\n"
        "Travelers are urged to reconsider travel to Nicaragua.\n"
        "Australia lowers Fiji travel advice\n"
    )
    result = extract(Article(id="inst", source="inst.txt", published=dt.date(2024, 1, 2), text=text))
    pairs = {(a.issuer, a.subject, a.directive) for a in result.advisories}
    assert ("US", "NI", "reconsider_travel") in pairs  # the State Department named in the sentence before
    assert ("AU", "FJ", "lowered") in pairs  # "Fiji travel advice": the title names the place
    assert not any(subject == "MD" for _issuer, subject, _directive in pairs)  # Russia acting is no institution


def test_it_refers_to_the_government_just_spoken_of_not_the_last_issuer():
    text = (
        "Japan told its citizens to leave Sudan on Monday.\n"
        "Norway's foreign ministry said it was arranging a flight for its nationals.\n"
        "It has advised against all travel to Sudan since April.\n"
    )
    result = extract(Article(id="it", source="it.txt", published=dt.date(2024, 1, 2), text=text))
    assert {(a.issuer, a.subject, a.directive) for a in result.advisories} == {
        ("JP", "SD", "leave_immediately"),
        ("NO", "SD", "do_not_travel"),  # "It has advised ...": Norway's ministry, named just before
    }


def test_staff_flown_out_is_an_evacuation():
    text = "Canada had flown its embassy staff out of Port-au-Prince, and the embassy was temporarily closed.\n"
    result = extract(Article(id="flown", source="flown.txt", published=dt.date(2024, 1, 2), text=text))
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("CA", "HT", "evacuated"),
        ("CA", "HT", "suspended"),  # the second "embassy" starts a phrase of its own
    }


def test_a_similar_position_repeats_the_advice_for_its_government():
    text = (
        "Latvia called on its citizens to refrain from trips to Belarus.\n"
        "The Lithuanian Foreign Ministry expressed a similar position.\n"
    )
    result = extract(Article(id="pos", source="pos.txt", published=dt.date(2024, 1, 2), text=text))
    assert {(a.issuer, a.subject, a.directive) for a in result.advisories} == {
        ("LV", "BY", "do_not_travel"),
        ("LT", "BY", "do_not_travel"),
    }


def test_missions_working_reduced_and_limited_capacity_stays_a_reason():
    text = (
        "The embassy of Armenia in Georgia reduced the number of diplomats.\n"
        "The Austrian embassy in Iran is working with a minimum of staff.\n"
        "The Chinese embassy in Nepal continues to work in a limited mode.\n"
        "The advisory cites the limited capacity of the Irish embassy in Mexico to assist citizens.\n"
    )
    result = extract(Article(id="red", source="red.txt", published=dt.date(2024, 1, 2), text=text))
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("AM", "GE", "reduced_services"),
        ("AT", "IR", "reduced_services"),
        ("CN", "NP", "reduced_services"),
    }  # an embassy's limited capacity to assist is a reason of advice, not an event


def test_following_a_neighbours_lead_only_possibly_is_a_threat():
    text = (
        "Norway closed its border with Russia on Friday.\n"
        "Finland said it could follow Norway's lead if arrivals kept rising.\n"
    )
    result = extract(Article(id="lead", source="lead.txt", published=dt.date(2024, 1, 2), text=text))
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("NO", "RU", "closed"),
        ("FI", "RU", "threatened_closure"),  # "could follow Norway's lead": Finland's own border, possibly
    }


def test_more_reason_wordings():
    text = (
        "Poland advised against all travel to Israel because of rocket fire and flight cancellations.\n"
        "Chile advised against all travel to Burkina Faso, citing militant attacks.\n"
    )
    result = extract(Article(id="why", source="why.txt", published=dt.date(2024, 1, 2), text=text))
    reasons = {(a.issuer, a.subject): set(a.reasons) for a in result.advisories}
    assert reasons == {
        ("PL", "IL"): {"armed_conflict", "limited_flights"},
        ("CL", "BF"): {"terrorism"},
    }


def test_a_colour_is_read_on_its_issuers_scale():
    _, result = _extracted("adv_colour_scales")
    got = {(a.issuer, a.subject): (a.level, a.directive) for a in result.advisories}
    assert got == {("NL", "HT"): (None, "do_not_travel"), ("HK", "HT"): (None, "reconsider_travel")}
    dutch = next(a for a in result.advisories if a.issuer == "NL")
    assert "red" in (dutch.level_raw or "")


def test_levels_after_a_contrast_belong_to_the_government_named_there():
    _, result = _extracted("adv_levels_contrast")
    got = {(a.issuer, a.subject): (a.level, a.directive) for a in result.advisories}
    assert got == {
        ("GB", "NE"): (None, "do_not_travel"),
        ("US", "NE"): (4, "do_not_travel"),
        ("JP", "BF"): (3, "do_not_travel"),
        ("MY", "ML"): (None, "reconsider_travel"),
        ("ID", "ML"): (None, "reconsider_travel"),
        ("US", "ML"): (4, "do_not_travel"),
        ("IL", "TD"): (4, "leave_immediately"),
        ("IL", "SD"): (4, "do_not_travel"),
        ("IL", "SN"): (2, "increased_caution"),
        ("US", "GH"): (1, "lowered"),
    }


def test_reasons_in_other_words():
    _, result = _extracted("adv_reason_wordings")
    reasons = {(a.issuer, a.subject): set(a.reasons) for a in result.advisories}
    assert reasons == {
        ("NO", "BI"): {"health", "wrongful_detention"},
        ("DK", "MR"): {"terrorism"},
        ("FI", "MZ"): {"limited_consular_capacity"},
        ("SE", "GN"): {"civil_unrest"},
        ("AT", "YE"): {"limited_flights"},
    }


def test_a_staff_cut_with_an_ordered_departure_is_the_departure():
    _, result = _extracted("mission_drawdown_staff_cut")
    got = {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}
    assert got == {("SE", "ZW", "ordered_departure"), ("NL", "ZW", "reduced_services")}


def test_a_sentence_set_in_the_speaking_country_names_the_issuer():
    _, result = _extracted("adv_setting_speaker")
    got = {(a.issuer, a.subject): a.directive for a in result.advisories}
    assert got == {
        ("LT", "BY"): "leave_immediately",
        ("EE", "BY"): None,
        ("FI", "BY"): "leave_immediately",
        ("PL", "BY"): "leave_immediately",
    }


def test_each_place_takes_the_level_written_after_it():
    _, result = _extracted("adv_levels_per_place")
    got = {(a.issuer, a.subject): (a.level, a.directive) for a in result.advisories}
    assert got == {
        ("US", "GN"): (4, "do_not_travel"),
        ("US", "SL"): (4, "do_not_travel"),
        ("US", "GH"): (2, "lowered"),
        ("JP", "SO"): (4, "leave_immediately"),
        ("JP", "ER"): (4, "leave_immediately"),
        ("JP", "SS"): (4, "leave_immediately"),
        ("KR", "YE"): (4, "do_not_travel"),
        ("KR", "OM"): (3, "leave_immediately"),
        ("US", "CU"): (3, "reconsider_travel"),
        ("US", "HN"): (None, "reconsider_travel"),
    }
    cuba = next(a for a in result.advisories if a.subject == "CU")
    assert cuba.previous_level == 2


def test_exemptions_restrict_and_a_crossing_out_of_service_is_closed_by_the_speaker():
    _, result = _extracted("border_out_of_service_exemptions")
    got = {(b.country, b.neighbor, b.action.value) for b in result.border_events}
    assert got == {("TH", "LA", "restricted"), ("AM", "TR", "closed")}


def test_a_named_government_repeats_advice_unnamed_governments_gave():
    _, result = _extracted("adv_unnamed_then_named")
    got = {(a.issuer, a.subject): a.directive for a in result.advisories}
    assert got == {("IS", "MZ"): "leave_immediately", ("EE", "MW"): "do_not_travel"}


def test_one_border_with_a_list_of_neighbours_is_one_event_per_neighbour():
    _, result = _extracted("border_one_border_many_neighbours")
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("EC", "PE", "closed"),
        ("EC", "CO", "closed"),
        ("RU", "GE", "closed"),
        ("RU", "AZ", "closed"),
        ("RU", "KZ", "closed"),
        ("KZ", "CN", "closed"),
        ("KG", "CN", "closed"),
    }


def test_an_advisory_named_by_its_giver_and_a_level_lifted_to_the_top():
    _, result = _extracted("adv_given_from_lifted_up")
    pairs = {(a.issuer, a.subject): (a.directive, a.level) for a in result.advisories}
    assert pairs == {
        ("TW", "TH"): (None, None),  # "a travel warning from Taiwan": Taiwan gives it, about Thailand
        ("IL", "TR"): ("leave_immediately", 4),  # lifted to level 4: raised, not lowered
        ("AU", "LB"): ("leave_immediately", None),  # "Australia went further and urged": Australia, not the embassy
    }


def test_an_old_closure_recalled_in_a_relative_clause_is_background():
    _, result = _extracted("mission_dated_aside")
    assert [(m.mission_of, m.in_country, m.action.value) for m in result.mission_events] == [("BE", "CD", "suspended")]


def test_neighbours_listed_after_a_colon_and_an_actor_before_a_relative_clause():
    _, result = _extracted("border_listed_neighbours_relative")
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        *(("NE", n, "opened") for n in ("DZ", "BF", "LY", "ML", "TD")),  # "the junta in Niamey ... reopening"
        ("RW", "CD", "closed"),  # "Rwanda, which Kinshasa accuses ..., closed": Rwanda acts, not Kinshasa
    }


def test_regional_advice_takes_the_country_of_unnamed_advice_and_a_new_statement_names_no_place():
    _, result = _extracted("adv_statement_bounds_places")
    assert {(a.issuer, a.subject, a.directive) for a in result.advisories} == {
        ("GB", "CD", "leave_immediately"),
        ("JP", "LB", "leave_immediately"),  # not Jordan, where "it would send an aircraft"
        ("US", "UA", "leave_immediately"),  # "..., and urged US citizens in Ukraine to leave": Ukraine only
        ("US", "BY", "do_not_travel"),
    }


def test_a_reopening_set_for_a_date_counts_and_conditional_advice_does_not():
    _, result = _extracted("adv_supposed_mission_planned")
    assert result.advisories == []  # "could advise ... if the unrest spreads"
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("CH", "IR", "reopened"),  # "will reopen next month"
        ("CA", "SD", "suspended"),  # "would reopen when it is safe": closed until then
    }


def test_a_dateline_is_no_actor_and_advice_naming_only_its_government_is_about_the_story():
    _, result = _extracted("wire_dateline_focus")
    advice = {(a.issuer, a.subject): (a.directive, sorted(a.reasons)) for a in result.advisories}
    assert advice == {
        ("GB", "KE"): ("increased_caution", []),  # "stay away from demonstrations" is a tip, not do-not-travel
        ("AU", "KE"): ("increased_caution", ["civil_unrest", "crime"]),
        ("DE", "KE"): ("do_not_travel", ["terrorism"]),  # "because of attacks by al-Shabaab"
    }
    [german] = [a for a in result.advisories if a.issuer == "DE"]
    assert german.regions == ["counties of Mandera, Wajir and Garissa"]


def test_owners_after_a_dateline_and_issuers_listed_before_a_clause_of_their_own():
    _, result = _extracted("mission_wire_evacuations")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        *((owner, "SD", "evacuated") for owner in ("US", "GB", "FR", "IT", "NL", "DE", "CA")),
        ("DE", "SD", "suspended"),  # "flew their diplomats out ..., and suspended embassy operations": both owners
        ("CA", "SD", "suspended"),
    }
    assert {(a.issuer, a.subject) for a in result.advisories} == {("JP", "SD"), ("NO", "SD"), ("CA", "SD")}


def test_a_crossing_named_alone_gives_its_two_countries():
    _, result = _extracted("border_named_crossing_only")
    assert {(b.country, b.neighbor, b.action.value, tuple(b.crossing_names)) for b in result.border_events} == {
        ("PS", "EG", "closed", ("Rafah",)),
        ("EE", "RU", "restricted", ("Narva",)),  # "with exemptions"
        ("RU", "GE", "restricted", ("Upper Lars",)),  # the side whose name is written acts
    }


def test_a_travel_warning_means_what_its_issuers_scale_says():
    _, result = _extracted("adv_travel_warning_scale")
    assert {(a.issuer, a.subject): a.directive for a in result.advisories} == {
        ("DE", "IL"): "do_not_travel",  # Reisewarnung: against all travel
        ("AT", "LB"): "do_not_travel",
        ("AT", "IR"): "do_not_travel",
        ("IT", "IL"): None,  # a warning that states no directive
        ("JP", "PS"): "leave_immediately",  # "its highest-level travel warning": Japan's top level is to evacuate
        ("CA", "IL"): "do_not_travel",  # "its highest risk category"
        ("PH", "LB"): "leave_immediately",  # "the mandatory repatriation of Filipino workers"
        ("KR", "IL"): "do_not_travel",  # "a special travel advisory"
    }


def test_reasons_after_the_advice_and_places_inside_its_cause():
    _, result = _extracted("reasons_cited_after")
    assert {(a.issuer, a.subject): sorted(a.reasons) for a in result.advisories} == {
        ("CA", "MX"): ["crime"],  # "Mexico's state of Guerrero" is a place
        ("AU", "PG"): ["civil_unrest", "limited_consular_capacity"],  # "The government cited ..." next
        ("FR", "NE"): ["limited_flights"],  # "the closure of the airspace"
        ("IE", "LB"): ["armed_conflict"],  # not Israel: "as fears grew of a war between Israel and Hezbollah"
        ("AU", "IL"): [],  # the reason cited in Poland's clause after it is Poland's
        ("PL", "IR"): ["armed_conflict"],
        ("JP", "YE"): [],  # the sentence before gives the why of a decision on Sudan
    }


def test_a_lifted_travel_ban_is_a_lowering():
    _, result = _extracted("adv_lifted_ban")
    assert {(a.issuer, a.subject): (a.directive, a.level, a.previous_directive) for a in result.advisories} == {
        ("SA", "LB"): ("lowered", None, "do_not_travel"),
        ("CA", "TH"): ("lowered", None, "reconsider_travel"),  # "dropped its advisory against non-essential travel"
        ("US", "MX"): ("lowered", 2, None),  # "downgraded Mexico's rating to Level 2"
    }


def test_a_level_in_a_contrast_is_its_own_governments_and_the_level_left_is_kept():
    _, result = _extracted("adv_levels_compared")
    found = {(a.issuer, a.subject): (a.level, a.previous_level, a.directive) for a in result.advisories}
    assert found == {
        ("GB", "YE"): (None, None, "do_not_travel"),  # not the US's Level 4
        ("CA", "YE"): (None, None, "do_not_travel"),
        ("US", "YE"): (4, None, "do_not_travel"),  # "while the US advisory stays at Level 4": about Yemen
        ("AU", "LK"): (2, 3, "lowered"),  # "to level 2, ..., from level 3"
        ("US", "NP"): (2, 3, "lowered"),  # "to Level 2 from Level 3"
        ("US", "CU"): (2, 3, "lowered"),  # 'from "Level 3: Reconsider Travel" to "Level 2: ..."'
        ("US", "MX"): (4, None, "do_not_travel"),  # "Mexico's Guerrero and Tamaulipas states at Level 4"
        ("KR", "HT"): (4, None, "do_not_travel"),  # "designated Haiti a Level 4 country"
    }
    # the instruction written with the new level is not the one left; the one written with the old level is
    assert {(a.subject, a.previous_directive) for a in result.advisories if a.previous_directive} == {
        ("CU", "reconsider_travel")
    }


def _border_counts(result) -> dict[tuple[str, str, str], tuple[int | None, int | None, int | None]]:
    """(country, neighbour, action) -> (crossings affected, total, open) of each border event."""
    return {
        (b.country, b.neighbor, b.action.value): (b.crossings_affected, b.crossings_total, b.crossings_open)
        for b in result.border_events
    }


def test_a_border_closed_beside_other_closures_and_a_count_of_all_crossings():
    _, result = _extracted("border_other_objects")
    found = _border_counts(result)
    assert found == {
        ("DO", "HT", "closed"): (None, None, None),  # beside "suspended visas"
        ("RU", "GE", "closed"): (None, None, None),  # "its airspace and land borders"
        ("PL", "BY", "closed"): (2, 6, 2),  # "Of the six crossings": the total; not the trade halt of LT
        ("PK", "AF", "opened"): (1, None, None),  # "while trade through it remains suspended": no closure
        **{("NE", neighbour, "opened"): (None, None, None) for neighbour in ("DZ", "LY", "TD")},  # "— A, B and C"
    }
    [poland] = [b for b in result.border_events if b.country == "PL"]
    assert poland.crossing_names == ["Bobrowniki", "Kuznica"]


def test_a_polish_crossing_is_found_without_its_regional_adjective():
    from travelrisk.geo.crossings import crossing_names_in, resolve_crossing

    assert [(name, [c.id for c in found]) for name, found in crossing_names_in("shut Kuznica and Bobrowniki")] == [
        ("Kuznica", ["PL-BY-KUZNICA"]),
        ("Bobrowniki", ["PL-BY-BOBROWNIKI"]),
    ]
    crossing = resolve_crossing("Kuźnica")
    assert crossing is not None and crossing.id == "PL-BY-KUZNICA"


def test_a_state_news_agency_speaks_for_its_government_and_areas_to_avoid_are_regions():
    _, result = _extracted("adv_state_agency")
    found = {(a.issuer, a.subject): (a.directive, a.regions, a.reasons) for a in result.advisories}
    assert found == {
        ("SA", "LB"): ("leave_immediately", [], []),  # "..., the Saudi Press Agency reported"
        ("KW", "LB"): ("leave_immediately", [], []),  # "issued similar calls"
        ("BH", "LB"): ("leave_immediately", [], []),
        ("TH", "KH"): ("do_not_travel", ["areas of Cambodia near the border"], ["armed_conflict"]),
        ("CA", "VN"): ("increased_caution", [], []),  # '"...," reads Canada's advisory'
        # not Ghana: "and said its embassy in Accra ..."; the help it can offer is the advice's reason
        ("AU", "NE"): ("do_not_travel", [], ["limited_consular_capacity"]),
        ("LT", "BY"): ("do_not_travel", [], []),  # "not to travel there": the border's other side just named
    }


def test_owners_listed_after_embassies_of_and_owners_after_a_contrast():
    _, result = _extracted("mission_lists_contrasts")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("ES", "LY", "suspended"),  # "The embassies of Spain, Portugal and Greece in Tripoli closed"
        ("PT", "LY", "suspended"),
        ("GR", "LY", "suspended"),
        ("FR", "NE", "reduced_services"),  # not Italy's, whose embassy works as usual; Rome is not a host
        ("US", "HT", "ordered_departure"),
        ("CA", "HT", "authorized_departure"),  # "..., and Ottawa authorized": a new clause's subject
        ("DE", "IQ", "reduced_services"),  # "the German embassy ... reduced its staff": not the Netherlands'
        ("US", "LB", "ordered_departure"),  # "were ordered to leave the U.S. embassy in Beirut"
        ("ES", "RU", "reduced_services"),  # "had cut its staff by half"
        ("US", "NE", "ordered_departure"),  # "was not yet evacuating ... but ordered the departure": not denied
        ("NL", "LY", "reopened"),  # "is open again"
        ("GR", "SD", "suspended"),  # not Kenya: "its staff are working from Nairobi"
    }
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {("TD", "SD", "restricted")}


def test_services_limited_while_the_mission_is_closed_are_the_closures():
    from travelrisk.extract.missions import merge_mission_events
    from travelrisk.model import Evidence, MissionAction, MissionEvent

    def event(action: MissionAction, quote: str) -> MissionEvent:
        return MissionEvent(
            mission_of="CA",
            in_country="SD",
            action=action,
            text=quote,
            evidence=Evidence(quote=quote, start=0, end=1),
            confidence=0.75,
        )

    closed = event(MissionAction.SUSPENDED, "Canada suspended operations at its embassy in Khartoum.")
    limited = event(MissionAction.REDUCED_SERVICES, "Limited consular services are provided from Nairobi.")
    assert merge_mission_events([closed, limited]) == [closed]
    assert merge_mission_events([limited]) == [limited]


def test_advice_that_could_be_given_on_a_condition_is_no_event():
    _, result = _extracted("distractor_conditional")
    assert (result.advisories, result.border_events, result.mission_events) == ([], [], [])
    assert set(result.countries_mentioned) == {"MX", "US", "IN", "JP", "RU"}


def test_lists_one_item_a_line_under_a_heading():
    _, result = _extracted("list_bullets")
    assert {(a.issuer, a.subject): (a.level, a.directive) for a in result.advisories} == {
        **{(issuer, "LB"): (None, "leave_immediately") for issuer in ("SA", "KW", "GB", "CA")},
        ("US", "CY"): (2, "increased_caution"),  # "United States: Level 2, ..." under "Travel advice for Cyprus"
        ("IL", "CY"): (None, "do_not_travel"),
    }
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("SE", "LB", "suspended"),
        ("NO", "LB", "suspended"),
    }


def test_joining_list_items_keeps_every_offset_and_leaves_prose_alone():
    from travelrisk.extract.text import join_list_items

    listed = "Embassies closed:\n\n• Sweden\n- Norway\n2. the Netherlands\n\nNext paragraph."
    joined = join_list_items(listed)
    assert len(joined) == len(listed)
    assert joined.split("\n")[0].split() == ["Embassies", "closed:", "Sweden,", "Norway,", "the", "Netherlands"]
    assert joined.endswith("\n\nNext paragraph.")
    prose = "He said:\nThe border will stay closed until the vote, and the crossings at both ends are shut."
    assert join_list_items(prose) is prose
    one_item = "Closed:\n• Sweden\n\nNorway reopened its embassy in Kyiv after a long pause in the spring."
    assert join_list_items(one_item) is one_item


def test_advice_echoed_repeated_and_issued_the_same_after_a_semicolon():
    _, result = _extracted("adv_echoes")
    found = {(a.issuer, a.subject): a.directive for a in result.advisories}
    assert found == {
        **{(issuer, "LB"): "leave_immediately" for issuer in ("DE", "NL", "DK", "FI", "ES", "PT")},
        **{(issuer, "IL"): "do_not_travel" for issuer in ("TR", "JO", "EG")},  # not Turkey's advice about Jordan
        **{(issuer, "IR"): "leave_immediately" for issuer in ("AE", "KW", "QA")},  # "a call repeated by"
        **{(issuer, "IQ"): "leave_immediately" for issuer in ("IT", "FR", "GR")},  # "in line with advice from"
        **{(issuer, "BY"): "leave_immediately" for issuer in ("PL", "LT", "LV")},  # not Estonia, after "while"
        **{(issuer, "NE"): "leave_immediately" for issuer in ("AT", "CH")},  # "Austria, like Switzerland, told"
    }


def test_advice_about_a_region_named_alone_is_about_its_country():
    _, result = _extracted("adv_regions_alone")
    assert {(a.issuer, a.subject): a.regions for a in result.advisories} == {
        ("GB", "UA"): ["Crimea", "Donbas"],  # "Britain now advises": a subject after a dateline and an adverb
        ("NZ", "PH"): ["Mindanao"],
        ("US", "MX"): ["Tamaulipas", "Sinaloa", "Colima"],  # "The State Department" is no "the state" anaphor
        ("JP", "MD"): ["Transnistria"],
    }
    assert "UA" not in result.countries_mentioned  # a region is not a country mentioned


def test_regions_are_found_as_written_with_the_country_they_lie_in():
    from travelrisk.geo.regions import regions_in

    text = "fighting in North Darfur, Cox's Bazar and Caquetá; not in Sudanese towns or Crimeans"
    assert [(r.name, r.iso2) for r in regions_in(text)] == [
        ("North Darfur", "SD"),
        ("Cox's Bazar", "BD"),
        ("Caquetá", "CO"),
    ]
    assert [(r.name, r.start) for r in regions_in(text, 20)] == [("Cox's Bazar", 26), ("Caquetá", 42)]


def test_a_closure_reported_by_the_acting_sides_officials_and_a_closure_at_night():
    _, result = _extracted("border_reported_part_time")
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("LT", "BY", "closed"),  # "The border with Belarus was closed ..., Lithuanian officials said"
        ("EE", "RU", "restricted"),  # "close the Narva crossing at night"
    }


def test_levels_for_several_places_and_directives_with_their_own_places():
    _, result = _extracted("adv_places_per_directive")
    assert {(a.issuer, a.subject): (a.level, a.directive) for a in result.advisories} == {
        ("JP", "IL"): (3, "do_not_travel"),  # "raised the danger level for Israel to 3 and for Lebanon to 4"
        ("JP", "LB"): (4, "leave_immediately"),
        ("AU", "IL"): (None, "reconsider_travel"),  # not the "do not travel" that has its own place after it
        ("AU", "PS"): (None, "do_not_travel"),
        ("IE", "ES"): (None, "reconsider_travel"),
        ("IE", "MT"): (None, "reconsider_travel"),
        ("IE", "IT"): (None, "do_not_travel"),  # "& no travel to Italy"
    }


def test_countries_listed_on_a_governments_list_are_its_places():
    _, result = _extracted("adv_list_membership")
    assert {(a.issuer, a.subject) for a in result.advisories} == {
        *(("US", subject) for subject in ("AF", "KP", "SY", "ML", "BF", "NE")),  # not Mali advising the US
        ("DE", "SD"),  # "Countries with the highest warning level include ...": places, not governments
        ("DE", "MM"),
    }


def test_list_items_that_are_sentences_are_not_joined():
    from travelrisk.extract.text import join_list_items

    points = "Key points:\n- The US told its citizens to leave.\n- Britain closed its embassy in Kabul.\n"
    assert join_list_items(points) is points
    names = "Embassies closed:\n- Sweden\n- Norway.\n"
    assert join_list_items(names) == "Embassies closed:   Sweden,  Norway.\n"


def test_crossings_left_open_are_counted_apart_and_a_closure_not_ruled_out_is_a_threat():
    _, result = _extracted("border_counts_open")
    found = _border_counts(result)
    assert found == {
        ("FI", "RU", "closed"): (6, 8, 2),  # "only two of the eight crossings ... remain open"
        ("EE", "RU", "threatened_closure"): (None, None, None),  # "is not ruling out closing"
        ("PL", "BY", "closed"): (1, None, 2),  # "leaving only the Terespol and Koroszczyn checkpoints open"
    }
    [poland] = [b for b in result.border_events if b.country == "PL"]
    assert poland.crossing_names == ["Kuznica"]  # not the checkpoints left open


def test_issuers_joining_a_list_given_by_a_list_and_among_those():
    _, result = _extracted("adv_lists_joined_and_given_by")
    assert {(a.issuer, a.subject) for a in result.advisories} == {
        *((issuer, "LB") for issuer in ("NO", "SE", "FI", "CA", "JP", "AU")),  # "joining a growing list of countries"
        *((issuer, "CY") for issuer in ("IE", "MT", "GR")),  # 'raised to "..." by Ireland, Malta and Greece'
        *((issuer, "IR") for issuer in ("PL", "RS", "HU")),  # "Among those urging ... were": not Ireland again
    }
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {("TR", "LB", "evacuated")}


def test_governments_doing_the_same_besides_in_addition_too_and_after():
    _, result = _extracted("adv_others_too")
    assert {(a.issuer, a.subject) for a in result.advisories} == {
        *((issuer, "IL") for issuer in ("JP", "KR", "TW")),  # "Besides Japan, South Korea and Taiwan also raised"
        *((issuer, "HT") for issuer in ("US", "CA", "AU", "IE")),  # "In addition to the US, ..."; "Ireland, too,"
        *((issuer, "JM") for issuer in ("GB", "DE", "FR")),  # "have been issued by Britain, Germany and France"
        *((issuer, "NE") for issuer in ("ES", "IT", "PT", "BE")),  # "..., after Italy, Portugal and Belgium."
    }


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("after an exchange of fire on the border", {"armed_conflict"}),
        ("citing the danger of a regional conflagration", {"armed_conflict"}),
        ("after a bombing in Marawi", {"terrorism"}),
        ("because of the bombing campaign", set()),
    ],
)
def test_reason_words_added_for_wire_copy(phrase: str, expected: set[str]) -> None:
    from travelrisk.extract.reasons import tag_reasons

    assert {reason for reason, _start, _end in tag_reasons(phrase)} == expected


def test_a_known_crossing_named_alone_is_what_closes_but_not_its_town():
    _, result = _extracted("border_crossings_by_name")
    assert _border_counts(result) == {
        ("PK", "AF", "closed"): (2, None, None),  # "shut Torkham and Chaman"
        ("PK", "AF", "opened"): (1, None, None),  # "Torkham was reopened"
        ("JO", "IL", "closed"): (1, None, None),  # "closed the King Hussein Bridge"
        ("LV", "BY", "closed"): (1, None, 1),  # not Russia, named in what the closure leaves open
        ("AF", "PK", "closed"): (1, None, None),  # "Torkham was closed on both sides" ("Further south": no threat)
        ("LB", "SY", "closed"): (None, None, None),  # "..., Lebanese security officials said"
    }  # not "schools in Narva were closed", "reopened Chaman's main bazaar", "no crossings were closed"
    [bridge] = [b for b in result.border_events if b.country == "JO"]
    assert bridge.crossing_names == ["King Hussein Bridge"]


def test_a_mission_in_a_city_that_is_no_capital_takes_the_city_s_country():
    _, result = _extracted("mission_consulate_cities")
    found = {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}
    assert found == {
        ("US", "IQ", "ordered_departure"),  # Erbil; not Iran, named in the cause
        ("FR", "LY", "suspended"),  # Benghazi
        ("GB", "PK", "ordered_departure"),  # Karachi
        ("DE", "SY", "reopened"),  # not the UK's: "the Foreign Office" beside Germany is Germany's
        ("CH", "LY", "reduced_services"),  # "a reduced team"
    }  # not the US embassy "closed to the public on Monday for a national holiday"


def test_a_bare_foreign_office_speaks_for_the_government_acting_or_addressed_beside_it():
    texts = {
        "The Foreign Office urged Germans to leave Lebanon immediately.": "DE",
        "The Foreign Office told Britons to leave Lebanon.": "GB",
        "The Foreign Office advised against all travel to Lebanon.": "GB",
    }
    for text, issuer in texts.items():
        result = extract(Article(id="x", source="test", text=text, published=dt.date(2025, 6, 1)))
        assert [(a.issuer, a.subject) for a in result.advisories] == [(issuer, "LB")], text


def _borders(text: str) -> set[tuple[str, str, str]]:
    result = extract(Article(id="x", source="test", text=text, published=dt.date(2025, 6, 1)))
    return {(b.country, b.neighbor, b.action.value) for b in result.border_events}


def _advice(text: str) -> list[tuple]:
    result = extract(Article(id="x", source="test", text=text, published=dt.date(2025, 6, 1)))
    return [(a.issuer, a.subject, a.level, a.previous_level, a.directive.value if a.directive else None) for a in result.advisories]


def test_a_place_moved_between_levels_is_rated_at_the_level_it_went_to():
    assert _advice("The State Department moved Venezuela from Level 4 to Level 3 on Tuesday.") == [
        ("US", "VE", 3, 4, "lowered")
    ]
    assert _advice("The State Department moved Venezuela to Level 3 from Level 4.") == [("US", "VE", 3, 4, "lowered")]
    assert _advice("The US raised Niger from Level 3 to Level 4.") == [("US", "NE", 4, 3, "do_not_travel")]


def test_a_place_kept_at_a_quoted_level_name_is_its_subject():
    assert _advice('Australia keeps Myanmar at "Do not travel", the highest of its four levels.') == [
        ("AU", "MM", None, None, "do_not_travel")
    ]
    assert _advice('Ireland\'s Department of Foreign Affairs has Israel at "avoid non-essential travel".') == [
        ("IE", "IL", None, None, "reconsider_travel")
    ]


def test_a_staff_rule_is_no_advice_and_regions_are_named_by_what_they_lie_near():
    _, result = _extracted("adv_staff_rules_and_border_provinces")
    found = {(a.issuer, a.subject): (a.level, a.directive.value, a.regions) for a in result.advisories}
    assert found == {
        ("US", "TH"): (1, "normal_precautions", []),  # "tells US government employees not to travel": their rule
        ("CA", "TH"): (None, "do_not_travel", ["provinces near the Malaysian border"]),
        ("JP", "MM"): (4, "leave_immediately", ["Shan State"]),  # the region before the level; "there" is its
        ("BH", "LB"): (None, "leave_immediately", []),
        ("SA", "LB"): (None, "leave_immediately", []),  # "renewed an earlier appeal to Saudi citizens to depart"
    }


def test_lifted_bans_unless_necessary_and_counts_kept_to_their_own_country():
    _, result = _extracted("adv_bans_lifted_unless_necessary")
    found = {(a.issuer, a.subject): a.directive.value for a in result.advisories}
    assert found == {
        **{(issuer, "LB"): "lowered" for issuer in ("SA", "AE", "KW")},  # "lifted bans on their citizens travelling"
        ("QA", "LB"): "increased_caution",
        ("ES", "VE"): "reconsider_travel",  # "avoid travelling to Venezuela unless strictly necessary"
        ("PT", "VE"): "reconsider_travel",
        ("US", "VE"): "do_not_travel",
    }
    [us] = [a for a in result.advisories if a.issuer == "US"]
    assert "limited_consular_capacity" in [r.value for r in us.reasons]  # "the absence of a US embassy"
    assert _border_counts(result) == {("RO", "UA", "opened"): (1, None, None), ("PL", "BY", "closed"): (2, None, None)}
    # Norway threatens; the counts are of Finland's closure in the relative clause
    _, norway = _extracted("border_count_only")
    assert _border_counts(norway)[("NO", "RU", "threatened_closure")] == (None, None, None)


def test_a_border_area_named_after_a_neighbour_is_an_area_of_the_advice_s_country():
    text = "The Netherlands raised its travel advice for Israel to orange, and to red for the Gaza border area."
    assert [(issuer, subject) for issuer, subject, *_ in _advice(text)] == [("NL", "IL")]


def test_worldwide_advice_and_each_government_s_clause_keeps_its_own_level_and_place():
    _, result = _extracted("adv_worldwide_and_clauses")
    found = {(a.issuer, a.subject): (a.level, a.directive.value, a.regions) for a in result.advisories}
    assert found == {
        ("US", None): (4, "do_not_travel", ["worldwide"]),  # "a global Level 4 health advisory"
        ("CA", None): (None, "reconsider_travel", ["worldwide"]),  # "travel outside the country"
        ("GB", None): (None, "reconsider_travel", ["worldwide"]),  # ", and the Foreign Office": its own clause
        ("US", "LK"): (2, "increased_caution", []),
        ("GB", "LK"): (None, "reconsider_travel", []),  # not Level 2; "the island" named in the clause before
        ("GB", "HK"): (None, "increased_caution", []),  # "In Hong Kong, the UK urged": the UK acts
    }  # Japan and South Korea, acting after "while", are no places of the UK's advice


def _missions(text: str) -> set[tuple[str, str, str]]:
    result = extract(Article(id="x", source="test", text=text, published=dt.date(2025, 6, 1)))
    return {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}


def test_relocated_embassies_and_visa_work_suspended_beside_other_operations():
    assert _missions("Spain and Italy temporarily relocated their embassies in Kyiv to Lviv.") == {
        ("ES", "UA", "suspended"),
        ("IT", "UA", "suspended"),
    }
    # "operations and suspended visa services": the operations were scaled down, the visa work suspended
    assert _missions("The Indian mission in Dhaka has scaled down its operations and suspended visa services.") == {
        ("IN", "BD", "reduced_services")
    }


def test_reasons_given_after_the_advice_and_a_subject_s_named_region():
    text = (
        "The Foreign Office on Saturday urged British nationals to leave Lebanon while commercial flights are still "
        "available. The warning reflects the risk that the conflict between Israel and Hezbollah could escalate."
    )
    [advice] = extract(Article(id="x", source="test", text=text, published=dt.date(2024, 8, 3))).advisories
    assert [r.value for r in advice.reasons] == ["armed_conflict"]  # Israel named in the why is no other advice
    text = "The US has kept its advisory for Mexico's Tamaulipas state at Level 4 over the prevalence of violent crime."
    [advice] = extract(Article(id="x", source="test", text=text, published=dt.date(2024, 8, 3))).advisories
    assert (advice.subject, advice.regions, [r.value for r in advice.reasons]) == ("MX", ["Tamaulipas"], ["crime"])
    text = "Ireland advised against all travel to Niger, given the coup and the closure of the country's airspace."
    [advice] = extract(Article(id="x", source="test", text=text, published=dt.date(2024, 8, 3))).advisories
    assert "limited_flights" in [r.value for r in advice.reasons]


def test_train_services_suspended_beside_a_border_are_no_closure():
    text = (
        "India suspended train services to Bangladesh and said its border force was on high alert along the "
        "frontier, though land ports at Petrapole and Benapole remained open for cargo."
    )
    result = extract(Article(id="x", source="test", text=text, published=dt.date(2024, 8, 5)))
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {("IN", "BD", "restricted")}


def test_an_evacuation_promised_after_another_instruction_is_no_advice_to_leave():
    text = "The Federal Government has urged Nigerians living in Sudan to remain calm as it works to evacuate them."
    assert _advice(text) == []
    assert _advice("The ministry urged Nigerians living in Sudan to leave immediately.") == [
        ("NG", "SD", None, None, "leave_immediately")
    ]


def test_a_range_of_governments_acts_and_a_warning_not_issued_is_none():
    text = "A string of countries, from Norway to New Zealand, have now told their nationals to get out of Lebanon."
    assert [(issuer, subject) for issuer, subject, *_ in _advice(text)] == [("NO", "LB"), ("NZ", "LB")]
    assert _advice("Saudi Arabia and the UAE have not issued travel warnings for Lebanon.") == []


def test_an_agency_acts_a_bridge_is_named_alone_and_the_two_countries_reopen_each_side():
    _, result = _extracted("border_sides_by_agency_and_both")
    assert _border_counts(result) == {
        ("TH", "KH", "closed"): (None, None, None),
        # "The Colombian migration agency ... the Simón Bolívar and Francisco de Paula Santander bridges": the second
        # is named beside a known one
        ("CO", "VE", "opened"): (2, None, None),
        ("JO", "SY", "opened"): (None, None, None),  # "..., the two countries said"
        ("SY", "JO", "opened"): (None, None, None),
    }
    assert [(a.issuer, a.subject, a.directive.value) for a in result.advisories] == [("TH", "KH", "leave_immediately")]


def test_levels_after_previously_are_previous_and_the_regions_are_each_place():
    _, result = _extracted("adv_previous_levels_plural_places")
    found = {(a.issuer, a.subject): (a.level, a.previous_level, a.directive.value) for a in result.advisories}
    assert found == {("KR", "IL"): (None, 1, "leave_immediately"), ("KR", "PS"): (None, 4, "leave_immediately")}


def test_countries_given_as_examples_in_brackets_carry_the_sentence_s_level():
    _, result = _extracted("adv_examples_in_brackets")
    found = {a.subject: (a.issuer, a.level, a.directive.value) for a in result.advisories}
    assert found == {
        **{c: ("IL", 2, "increased_caution") for c in ("SE", "DK", "NO", "JP", "KR", "CA", "MX")},
        **{c: ("IL", 3, "reconsider_travel") for c in ("GE", "AM", "MA", "TN", "DZ")},
    }


def test_staff_ordered_out_and_allowed_back():
    _, result = _extracted("mission_ordered_out_and_back")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("GB", "KW", "departure_lifted"),  # "allow its diplomats to return to Kuwait"
        ("GB", "KW", "ordered_departure"),  # "ordered staff out of Kuwait"
        ("GB", "BH", "ordered_departure"),  # "ordered out family members ... from Bahrain"
        ("GB", "BH", "departure_lifted"),  # "but lifted the order"
    }


def test_sides_in_talks_a_request_and_a_confirmation_do_not_act():
    _, result = _extracted("border_talks_requests_reports")
    assert _border_counts(result) == {("PK", "AF", "closed"): (1, None, None), ("PK", "AF", "opened"): (1, None, None)}


def test_advice_under_a_line_naming_a_country_is_about_that_country():
    _, result = _extracted("adv_headed_country_lines")
    found = {(a.issuer, a.subject): (a.directive.value, a.regions) for a in result.advisories}
    assert found == {
        ("NZ", "JM"): ("do_not_travel", ["parishes of St Elizabeth and Westmoreland"]),  # a hurricane named: still advice
        ("NZ", "FJ"): ("reconsider_travel", ["western districts"]),
    }  # "stay safe outside New Zealand" made New Zealand the place of the advice after it


def test_a_host_before_but_a_possible_evacuation_and_a_limited_ability_are_no_events():
    _, result = _extracted("mission_clause_potential_ability")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("US", "OM", "ordered_departure"),
        ("US", "QA", "authorized_departure"),  # not Oman's: Muscat is named before ", but the department ..."
    }  # not "a possible evacuation", nor "a limited ability to provide emergency consular services"


def test_trucks_then_all_vehicles_staff_who_departed_and_citizens_abroad():
    _, result = _extracted("misc_staff_left_abroad_trucks")
    assert _border_counts(result) == {("TR", "BG", "restricted"): (1, None, None), ("TR", "BG", "closed"): (1, None, None)}
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {("PE", "EC", "evacuated")}
    assert {(a.issuer, a.subject, a.directive.value) for a in result.advisories} == {
        ("IL", "RU", "do_not_travel"),
        ("IL", None, "increased_caution"),  # "Israelis staying abroad are urged to exercise caution"
    }


def test_overseas_travel_avoided_and_a_global_warning_to_be_careful_are_worldwide():
    assert _advice("The New Zealand government is advising citizens to avoid overseas travel.") == [
        ("NZ", None, None, None, "do_not_travel")
    ]
    text = "The State Department issued a “global security warning” to US citizens abroad, urging them to be careful."
    assert _advice(text) == [("US", None, None, None, "increased_caution")]
    assert _advice("Ireland told its citizens in Lebanon to come home now.") == [
        ("IE", "LB", None, None, "leave_immediately")
    ]


def test_a_month_is_no_threat_a_closed_post_is_a_state_and_each_side_is_named_after_the_action():
    assert _borders("Eritrea closed its border with Ethiopia in May 1998 when the war began.") == {("ER", "ET", "closed")}
    assert _borders("Drivers wait at the closed border post between Benin and Niger in Malanville.") == set()
    assert _borders("The border reopened on the Beninese side is still closed on the Niger side.") == {
        ("BJ", "NE", "opened"),
        ("NE", "BJ", "closed"),
    }


def test_a_government_holding_a_level_for_a_place_gives_it_and_a_place_moved_up_is_rated():
    # "has a Level 3 warning for Honduras": the holder is the giver, not a place at Level 3
    assert _advice("The U.S. has a Level 3 travel warning for Honduras.") == [("US", "HN", 3, None, "reconsider_travel")]
    assert _advice("Mexico has a Level 2 advisory from the State Department.") == [("US", "MX", 2, None, "increased_caution")]
    # (the top of New Zealand's four levels is Level 4, as the shared annotations read "the highest level")
    assert _advice("New Zealand moved Israel up to its highest level, do not travel.") == [
        ("NZ", "IL", 4, None, "do_not_travel")
    ]
    # "down from Level 3" is where the advice was, not a place's level
    assert _advice("The US advisory is now at Level 2 for Peru, down from Level 3.") == [("US", "PE", 2, 3, "lowered")]


def test_departure_recommendations_and_colour_zones_and_codes_are_levels_of_their_scales():
    assert _advice("South Korea issued a level-3 departure recommendation for Israel.") == [
        ("KR", "IL", 3, None, "leave_immediately")
    ]
    assert _advice("France's foreign ministry has placed the whole of Niger in its red zone.") == [("FR", "NE", None, None, "do_not_travel")]
    assert _advice("The Netherlands raised its travel advice for Israel to code red.") == [
        ("NL", "IL", None, None, "do_not_travel")
    ]
    assert _advice("The Dutch foreign ministry set code orange for Lebanon.") == [("NL", "LB", None, None, "reconsider_travel")]
    assert _advice("Residents in the red zone of the wildfire were evacuated from Greece.") == []


def test_a_crossing_named_by_its_other_side_a_numbered_crossing_and_a_gerund_subject():
    def borders(text: str) -> dict[tuple[str, str, str], tuple[int | None, list[str]]]:
        result = extract(Article(id="x", source="test", text=text, published=dt.date(2025, 6, 1)))
        return {(b.country, b.neighbor, b.action.value): (b.crossings_affected, b.crossing_names) for b in result.border_events}

    # Kapitan Andreevo is the Bulgarian name of the crossing whose Turkish side is Kapıkule
    assert borders("The crossing at Kapitan Andreevo was shut to trucks on Monday.") == {
        ("BG", "TR", "restricted"): (1, ["Kapitan Andreevo"])
    }
    assert borders("Kapıkule was closed on Monday.") == {("TR", "BG", "closed"): (1, ["Kapıkule"])}
    # one numbered crossing, not two; the one left to use is not shut
    assert borders("Estonia will close the Narva-2 crossing at night, leaving pedestrians to use Narva-1.") == {
        ("EE", "RU", "restricted"): (1, ["Narva-2"])
    }
    assert borders("Niger kept the border with Benin closed, despite Benin reopening its side.") == {
        ("NE", "BJ", "closed"): (None, []),
        ("BJ", "NE", "opened"): (None, []),
    }


def test_a_directed_departure_of_officials_dependants_and_foreign_diplomats_expelled():
    assert _missions(
        "The Australian Government has directed the departure of dependants of Australian officials from Israel and Lebanon."
    ) == {("AU", "IL", "ordered_departure"), ("AU", "LB", "ordered_departure")}
    # the junta sends other governments' diplomats home: no mission of Niger's; "its embassy" is Russia's
    text = (
        "Russia said it would temporarily relocate its embassy in Niamey to Abuja after the junta in Niger "
        "ordered foreign diplomats to leave."
    )
    assert _missions(text) == {("RU", "NE", "suspended")}
    assert _missions("The junta in Niger ordered foreign diplomats to leave the country.") == set()


def _reasons(text: str) -> dict[tuple[str, str | None], list[str]]:
    result = extract(Article(id="x", source="test", text=text, published=dt.date(2025, 6, 1)))
    return {(a.issuer, a.subject): [r.value for r in a.reasons] for a in result.advisories}


def test_causes_after_over_and_as_and_reasons_of_flights_help_hospitals_and_arrests():
    assert _reasons('Australia raised its advice for Fiji to "reconsider your need to travel" over violent crime.') == {
        ("AU", "FJ"): ["crime"]
    }
    assert _reasons("France recommended that its nationals leave Mali as jihadist attacks intensified.") == {
        ("FR", "ML"): ["terrorism"]
    }
    text = (
        "Washington raised its Chad advisory to Level 4, noting that flights out of N'Djamena had become scarce "
        "and the embassy could only offer limited help."
    )
    assert _reasons(text) == {("US", "TD"): ["limited_flights", "limited_consular_capacity"]}
    assert _reasons("Canada told Canadians to avoid all travel to Haiti, pointing to a lack of functioning hospitals.") == {
        ("CA", "HT"): ["health"]
    }
    assert _reasons("Germany warned against travel to Iran, where foreigners risk being arbitrarily arrested.") == {
        ("DE", "IR"): ["wrongful_detention"]
    }


def test_similar_calls_stop_at_a_contrast_and_a_crossing_named_in_apposition():
    text = (
        "Several Western governments urged their citizens to leave Lebanon immediately. Britain, Canada and "
        "Australia issued similar calls, while France said it was preparing contingency plans."
    )
    assert {(a[0], a[1], a[4]) for a in _advice(text)} == {
        ("GB", "LB", "leave_immediately"),
        ("CA", "LB", "leave_immediately"),
        ("AU", "LB", "leave_immediately"),
    }
    result = extract(
        Article(id="x", source="test", text="Finland will close Raja-Jooseppi, its last open crossing point on the Russian border.")
    )
    assert [(b.country, b.neighbor, b.action.value, b.crossings_affected, b.crossing_names) for b in result.border_events] == [
        ("FI", "RU", "closed", 1, ["Raja-Jooseppi"])
    ]


def test_a_government_in_a_clause_of_its_own_advises_about_the_place_of_the_clause_before():
    text = (
        "The advice differs: the US rates Peru at Level 2; Canada urges a high degree of caution; and the UK "
        "advises against all but essential travel to parts of the south."
    )
    assert {(a[0], a[1], a[4]) for a in _advice(text)} == {
        ("US", "PE", "increased_caution"),
        ("CA", "PE", "increased_caution"),
        ("GB", "PE", "reconsider_travel"),
    }


def test_the_border_areas_of_a_country_are_its_own_and_the_areas_end_before_the_next_verb():
    result = extract(
        Article(
            id="x",
            source="test",
            text="Smartraveller says Australians should not travel to the border areas of Laos and should exercise "
            "a high degree of caution elsewhere.",
        )
    )
    assert [(a.issuer, a.subject, a.directive.value, a.regions) for a in result.advisories] == [
        ("AU", "LA", "do_not_travel", ["border areas of Laos"])
    ]


def test_an_ordinal_level_a_colour_step_down_and_a_region_named_alone():
    assert _advice("Japan raised its alert for Niger to the fourth and highest level.") == [
        ("JP", "NE", 4, None, "leave_immediately")  # Japan's level 4 is to evacuate
    ]
    assert _advice("South Korea raised its advisory for Israel to the second-highest level.") == [("KR", "IL", None, None, None)]
    assert _advice("The Dutch foreign ministry changed its travel advice for Bali from orange to yellow.") == [
        ("NL", "ID", None, None, "lowered")
    ]
    assert _advice("Britain advises against all travel to the east coast of Sabah.") == [("GB", "MY", None, None, "do_not_travel")]


def test_a_recommendation_that_people_of_an_irregular_demonym_leave():
    assert _advice("Prague raised its warning for Lebanon to the highest level, recommending that Czechs leave.") == [
        ("CZ", "LB", None, None, "leave_immediately")
    ]


def test_lifted_or_eased_restrictions_reopen_and_entry_barred_through_a_border_closes_it():
    assert _borders("Poland lifted the restrictions at its border with Belarus on Monday.") == {("PL", "BY", "opened")}
    assert _borders("Ghana eased restrictions at its border with Togo.") == {("GH", "TG", "opened")}
    assert _borders("Ghana restricted traffic at its border with Togo.") == {("GH", "TG", "restricted")}
    assert _borders("Ecuador barred entry through its border with Peru except for cargo.") == {("EC", "PE", "restricted")}
    assert _borders("Ecuador barred entry through its border with Peru.") == {("EC", "PE", "closed")}


def test_a_headline_that_only_names_the_story_gives_no_reasons_one_that_reports_the_advice_does():
    framed = "Israel-Iran conflict\n\nThe UK Foreign Office now advises against all travel to Israel."
    assert _reasons(framed) == {("GB", "IL"): []}
    reported = "France Warns Of Terrorism Risk In Mali\n\nThe French Foreign Ministry advised its nationals not to travel to Mali."
    assert _reasons(reported) == {("FR", "ML"): ["terrorism"]}


def test_maritime_borders_with_islands_and_a_border_that_may_be_next():
    text = "Colombia closed its border with Ecuador. The maritime borders with the islands of Jamaica and Haiti have also been shut."
    assert _borders(text) == {("CO", "EC", "closed"), ("CO", "JM", "closed"), ("CO", "HT", "closed")}
    # without the sea, countries that do not meet share no border
    assert _borders("Colombia closed its border with Ecuador and with Jamaica.") == {("CO", "EC", "closed")}
    text = "Chile said it was closing the border with Bolivia, and that its border with Peru may be next."
    assert _borders(text) == {("CL", "BO", "closed"), ("CL", "PE", "threatened_closure")}


def test_a_border_they_want_to_reopen_is_not_reopened_and_one_they_want_to_close_is_threatened():
    assert _borders("Iraq and Syria have said they want to reopen their frontier.") == set()
    assert _borders("Poland wants to close its border with Belarus.") == {("PL", "BY", "threatened_closure")}
    assert _borders("Jordan will reopen the border with Syria next week.") == {("JO", "SY", "opened")}


def test_the_owner_of_a_reopening_named_by_its_demonym_and_where_an_ambassador_sat_is_no_host():
    text = (
        "Spain reopened its embassy in Damascus on Monday. Portugal reopened its embassy a month ago.\n\n"
        "Announcing the Spanish reopening, the ministry thanked its ambassador to Syria, who until now had been "
        "based in Beirut. The embassy will at first work with reduced staff."
    )
    assert _missions(text) == {
        ("ES", "SY", "reopened"),
        ("PT", "SY", "reopened"),
        ("ES", "SY", "reduced_services"),
    }


def test_a_closure_of_this_border_was_told_before_and_a_message_from_a_government_names_who_closes():
    assert _borders("Traders say Togo has as much to lose as Ghana with the closure of this border.") == set()
    assert _borders("Togo announced the closure of its border with Ghana.") == {("TG", "GH", "closed")}
    text = "Latvia said it had received a letter from Belarus stating that the Silene checkpoint would be shut."
    assert _borders(text) == {("BY", "LV", "closed")}


def test_a_list_of_governments_advice_under_a_headline_naming_the_country():
    text = (
        "What governments are telling their citizens about Mali\n\n"
        "Here is a summary of the latest advice:\n\n"
        "- United States: Level 4, do not travel; U.S. citizens should depart as soon as possible.\n"
        "- United Kingdom: advises against all travel.\n"
        "- Canada: avoid all travel."
    )
    assert {(a[0], a[1], a[4]) for a in _advice(text)} == {
        ("US", "ML", "leave_immediately"),
        ("GB", "ML", "do_not_travel"),
        ("CA", "ML", "do_not_travel"),
    }
    # a headline's label is its topic, not a government (Peru gives no advice about the US)
    headline = "Peru: Travel Advisory Raised to Level 3\n\nThe State Department raised the advisory for Peru to Level 3."
    assert {(a[0], a[1]) for a in _advice(headline)} == {("US", "PE")}


def test_visa_work_halted_a_drawdown_of_most_diplomats_a_mission_that_never_closed_and_one_opened_again():
    assert _missions("The Danish embassy in Minsk halted visa processing but remains open for emergencies.") == {
        ("DK", "BY", "reduced_services")
    }
    assert _missions("The embassy said visa processing times would improve in Minsk.") == set()
    assert _missions("Ottawa pulled most of its diplomats out of Haiti.") == {("CA", "HT", "ordered_departure")}
    assert _missions("Spain's embassy in Kyiv never closed during the war, the minister noted.") == set()
    assert _missions("Finland announced it would open an embassy in Kyiv again next month.") == {("FI", "UA", "reopened")}


def test_strikes_on_a_place_are_armed_conflict():
    text = "Australia urged its nationals to leave Israel. The decision follows strikes on Israeli air bases."
    assert _reasons(text) == {("AU", "IL"): ["armed_conflict"]}


def test_the_utmost_caution():
    assert _advice("Oman advised its nationals to exercise the utmost caution in Iraq.") == [
        ("OM", "IQ", None, None, "increased_caution")
    ]


def test_warned_about_travel_is_advice_and_a_level_for_places_listed_after_it():
    text = (
        "The State Department has warned Americans about travel to Mexico. Two states are under a Level 4 "
        '"do not travel" warning, including Guerrero and Colima.'
    )
    result = extract(Article(id="x", source="test", text=text, published=dt.date(2025, 6, 1)))
    assert [(a.issuer, a.subject, a.level, a.regions) for a in result.advisories] == [("US", "MX", 4, ["Guerrero", "Colima"])]


def test_crossings_named_as_still_open_a_name_listed_with_a_known_one_and_a_total_of_a_country():
    def border(text: str) -> list[tuple]:
        result = extract(Article(id="x", source="test", text=text, published=dt.date(2025, 6, 1)))
        return [
            (b.country, b.neighbor, b.action.value, b.crossings_affected, b.crossings_total, b.crossings_open, b.crossing_names)
            for b in result.border_events
        ]

    assert border("Poland has closed all but one of its crossings with Belarus; only Terespol remains open.") == [
        ("PL", "BY", "closed", None, None, 1, [])
    ]
    text = "Of Estonia's three road crossings with Russia, only Narva remains open after the closures of Koidula and Luhamaa."
    assert border(text) == [("EE", "RU", "closed", 2, 3, 1, ["Koidula", "Luhamaa"])]


def test_an_embassy_alert_is_its_governments_advice_about_where_it_sits_and_during_the_protests_is_a_reason():
    text = "The U.S. Embassy in Dakar issued a security alert urging Americans to avoid the city centre during the protests."
    result = extract(Article(id="x", source="test", text=text, published=dt.date(2025, 6, 1)))
    assert [(a.issuer, a.subject, [r.value for r in a.reasons]) for a in result.advisories] == [("US", "SN", ["civil_unrest"])]


def test_similar_advice_between_two_statements_and_neighbouring_countries_and_warnings_beside_a_contrast():
    text = "Japan urged its citizens in Syria to leave; South Korea and China gave similar advice, but India only told its nationals to stay alert."
    assert {(a[0], a[1], a[4]) for a in _advice(text)} == {
        ("JP", "SY", "leave_immediately"),
        ("KR", "SY", "leave_immediately"),
        ("CN", "SY", "leave_immediately"),
        ("IN", "SY", "increased_caution"),
    }
    text = "Britain advised against all travel to Chad. It also advised against all but essential travel to neighbouring Niger."
    assert {(a[0], a[1], a[4]) for a in _advice(text)} == {("GB", "TD", "do_not_travel"), ("GB", "NE", "reconsider_travel")}
    text = "Germany issued travel warnings for Iran and Iraq, while Austria warned only against travel to Iraq."
    assert {(a[0], a[1]) for a in _advice(text)} == {("DE", "IR"), ("DE", "IQ"), ("AT", "IQ")}


def test_a_colour_that_remains_the_place_left_by_evacuees_and_a_region_to_avoid():
    text = "Hong Kong raised the Outbound Travel Alert for Israel to black. The alert for Jordan remains red."
    assert {(a[0], a[1], a[4]) for a in _advice(text)} == {("HK", "IL", "do_not_travel"), ("HK", "JO", "reconsider_travel")}
    assert _advice("The flood alert for the region remains red, officials in Bangladesh said.") == []
    text = "Malaysia said it would evacuate its citizens from Lebanon and urged those remaining to leave immediately."
    assert _advice(text) == [("MY", "LB", None, None, "leave_immediately")]
    text = "Thailand's foreign ministry raised its travel alert for Myanmar's border areas and urged Thais to avoid the region."
    assert _advice(text) == [("TH", "MM", None, None, "do_not_travel")]


def test_unless_necessary_after_a_list_in_quotes_and_an_unstable_political_situation():
    text = 'Turkey advised its citizens not to travel to Libya, Iraq and Yemen "unless absolutely necessary".'
    assert {(a[1], a[4]) for a in _advice(text)} == {
        ("LY", "reconsider_travel"),
        ("IQ", "reconsider_travel"),
        ("YE", "reconsider_travel"),
    }
    text = "Russia advised its citizens to refrain from travel to Armenia, citing the unstable political situation."
    assert _reasons(text) == {("RU", "AM"): ["civil_unrest"]}


def test_places_that_are_all_at_a_level():
    text = "Chad, Mali and Niger are all at Level 4, according to the State Department, while Ghana is at Level 1."
    assert {(a[0], a[1], a[2]) for a in _advice(text)} == {("US", "TD", 4), ("US", "ML", 4), ("US", "NE", 4), ("US", "GH", 1)}


def test_advice_considered_asked_about_or_denied_is_not_given():
    assert _advice("The US is considering raising its travel advisory for Cuba to Level 4, officials said.") == []
    assert _advice("Asked whether Germany would issue a travel warning for Egypt, the spokesman declined to comment.") == []
    assert _advice("Rumours that Italy had told its citizens to leave Tunisia were false, the embassy said.") == []
    assert _advice("The ministry denied reports that it had urged Poles to leave Belarus.") == []
    assert _advice("After considering the risks, Canada advised against all travel to Haiti.") == [
        ("CA", "HT", None, None, "do_not_travel")
    ]


def test_border_and_mission_actions_denied_called_false_or_asked_about_are_not_events():
    def facts(text: str) -> set[tuple[str, str, str]]:
        return _borders(text) | _missions(text)

    assert facts("Rumours that Latvia had closed its border with Russia were false, the border guard said.") == set()
    assert facts("The ministry denied reports that the German embassy in Kyiv had been closed.") == set()
    assert facts("Asked whether the US would evacuate its embassy in Amman, the spokesman said no decision had been made.") == set()
    assert facts("The US is considering evacuating its embassy in Amman.") == set()
    # a government weighing a border closure threatens it
    assert facts("Estonia is considering closing its border with Russia.") == {("EE", "RU", "threatened_closure")}


def test_help_an_embassy_cannot_give_is_a_reason_wherever_the_sentence_says_it():
    text = "The State Department warned Americans not to travel to Chad and said it would not be able to organise an evacuation."
    assert _reasons(text) == {("US", "TD"): ["limited_consular_capacity"]}


def test_a_place_put_on_or_taken_off_a_list_of_a_level():
    assert _advice("The US removed Cuba from its list of Level 4 countries.") == [("US", "CU", None, 4, "lowered")]
    assert _advice("The US put Cuba on its list of Level 4 countries.") == [("US", "CU", 4, None, "do_not_travel")]
    assert _advice("Britain took Egypt off its no-travel list.") == [("GB", "EG", None, None, "lowered")]


def test_a_level_the_advice_had_before_is_its_previous_level():
    assert _advice("The advisory for Belize, previously at Level 2, now stands at Level 3 after the State Department update.") == [
        ("US", "BZ", 3, 2, "reconsider_travel")
    ]
    assert _advice("The State Department lowered the advisory for Peru to Level 1; it had been at Level 2 since the protests.") == [
        ("US", "PE", 1, 2, "lowered")
    ]


def test_neither_nor_gives_no_advice_and_to_avoid_travel_is_advice_against_it():
    assert _advice("Neither Britain nor the US has asked its citizens to leave Taiwan.") == []
    assert _advice("Only India has issued an advisory for Nepal, asking its nationals to avoid travel.") == [
        ("IN", "NP", None, None, "do_not_travel")
    ]
    assert _advice("The embassy urged Americans in Nigeria to avoid travel at night.") == []


def test_a_special_advisory_in_a_headline_clause():
    assert {(a[0], a[1], a[4]) for a in _advice("Japan urges citizens to avoid travel to Iran; S. Korea issues special advisory")} == {
        ("JP", "IR", "do_not_travel"),
        ("KR", "IR", "do_not_travel"),
    }


def test_partial_closures_open_to_some_traffic_or_people_only():
    assert _borders("Norway's border with Russia will only be open to freight traffic at Storskog.") == {("NO", "RU", "restricted")}
    assert _borders("Poland allowed only Polish citizens and EU residents to cross its border with Belarus.") == {
        ("PL", "BY", "restricted")
    }
    assert _borders("Georgia closed its border with Armenia to foreigners but let its own citizens return.") == {
        ("GE", "AM", "restricted")
    }
    assert _borders("Estonia reduced the opening hours of the Narva crossing to eight hours a day.") == {("EE", "RU", "restricted")}
    assert _borders("Latvia limited the number of vehicles crossing into Russia to 100 a day.") == {("LV", "RU", "restricted")}


def test_the_place_of_a_cause_the_sentence_opens_with_is_not_advised_about_unless_people_are_told_to_leave_it():
    text = "Following the coup in Niger, France advised its citizens not to travel to Mali and Chad."
    assert {(a[0], a[1]) for a in _advice(text)} == {("FR", "ML"), ("FR", "TD")}
    assert _advice("Amid fighting in Sudan, Egypt urged its citizens to leave.") == [("EG", "SD", None, None, "leave_immediately")]
    # a cause after the advice: its places are not advised about either, and it gives the reason
    assert _reasons("Germany issued a travel warning for Israel as fighting continued in Lebanon.") == {("DE", "IL"): ["armed_conflict"]}
    assert _reasons("Canada told its citizens to leave Haiti. The country has been in turmoil for years.") == {
        ("CA", "HT"): ["civil_unrest"]
    }


def test_denmarks_red_is_advice_against_all_travel():
    assert _advice('Denmark raised its travel advice for Iraq to red ("advises against all travel").') == [
        ("DK", "IQ", None, None, "do_not_travel")
    ]


def test_a_crossing_named_by_both_its_sides_is_one_crossing():
    result = extract(Article(id="x", source="test", text="Traffic resumed at the Medyka-Shehyni crossing after the blockade ended."))
    assert [(b.country, b.neighbor, b.action.value, b.crossings_affected, b.crossing_names) for b in result.border_events] == [
        ("PL", "UA", "opened", 1, ["Medyka-Shehyni"])
    ]


def test_a_passive_relative_clause_is_about_the_border_and_places_a_border_is_crossed_at():
    text = "Mali's junta reopened land borders with Senegal and Guinea, which had been closed since 2021."
    assert _borders(text) == {
        ("ML", "SN", "opened"),
        ("ML", "GN", "opened"),
        ("ML", "SN", "closed"),
        ("ML", "GN", "closed"),
    }
    result = extract(Article(id="x", source="test", text="Kenya said it would reopen its border with Somalia at Mandera and Liboi."))
    assert [(b.country, b.neighbor, b.crossings_affected, b.crossing_names) for b in result.border_events] == [
        ("KE", "SO", 2, ["Mandera", "Liboi"])
    ]


def test_a_border_named_by_its_side_where_that_side_has_one_neighbour():
    assert _borders("The US President threatened to shut the southern border.") == {("US", "MX", "threatened_closure")}
    assert _borders("Finland closed its eastern border on Thursday.") == {("FI", "RU", "closed")}
    assert _borders("Poland closed its eastern border.") == set()  # Belarus or Ukraine: not said


def test_a_mission_in_a_city_the_missions_data_lacks():
    assert _missions("The U.S. consulate in Peshawar suspended all services after the attack.") == {("US", "PK", "suspended")}
    assert _missions("The Indian consulate in Jalalabad was closed.") == {("IN", "AF", "suspended")}


def test_people_of_a_country_blocking_its_side_and_a_crossing_named_where_it_is():
    assert _borders("Ukraine's border guard said Polish protesters were blocking trucks at three crossings.") == {
        ("PL", "UA", "restricted")
    }
    text = "Rwanda closed its main border crossing with the Democratic Republic of Congo at Gisenyi on Saturday."
    result = extract(Article(id="x", source="test", text=text))
    assert [(b.country, b.neighbor, b.crossings_affected, b.crossing_names) for b in result.border_events] == [
        ("RW", "CD", 1, ["Gisenyi"])
    ]


def test_governments_repeating_advice_in_a_clause_of_the_same_sentence_are_issuers_not_places():
    expected = [("DE", "IR", None, None, "do_not_travel")] + [(c, "IR", None, None, None) for c in ("FR", "IT", "ES")]
    # "issued similar warnings" is a directive phrase of its own: the clause repeats the advice all the same
    assert _advice("Germany issued a travel warning for Iran; France, Italy and Spain issued similar warnings.") == expected
    # after ", and" the list opens a new clause: France, Italy and Spain are not more places of Germany's warning
    assert _advice("Germany issued a travel warning for Iran, and France, Italy and Spain issued similar warnings.") == expected
    text = (
        "Germany told its citizens to leave Iran; France, Italy and Spain issued similar warnings, and the "
        "Netherlands raised Iran to code red."
    )
    assert _advice(text) == [(c, "IR", None, None, "leave_immediately") for c in ("DE", "FR", "IT", "ES")] + [
        ("NL", "IR", None, None, "do_not_travel")
    ]


def test_a_scale_named_without_travel_words_and_a_rating_after_an_opening_phrase():
    assert _advice("The Netherlands put Iran at code red.") == [("NL", "IR", None, None, "do_not_travel")]
    assert _advice("The hospital declared a code red after the fire.") == []
    assert _advice("Under the current guidance, the United States lists Mexico at Level 2.") == [
        ("US", "MX", 2, None, "increased_caution")
    ]
    text = "Ireland's Department of Foreign Affairs rates Egypt at \"high degree of caution\"."
    assert _advice(text) == [("IE", "EG", None, None, "increased_caution")]


def test_a_clause_about_what_the_advice_was_before_is_its_previous_state():
    text = (
        "Britain's Foreign Office now advises against all but essential travel to Tunisia; the advice had "
        "previously been against all travel."
    )
    [advice] = extract(Article(id="x", source="test", text=text)).advisories
    assert (advice.directive.value, advice.previous_directive.value) == ("lowered", "do_not_travel")
    assert _advice("The US raised Niger to Level 4, and the advisory had been at Level 3 since March.") == [
        ("US", "NE", 4, 3, "do_not_travel")
    ]
    # a weaker advice before is a raise, not a lowering
    text = (
        "Australia told its citizens to reconsider their need to travel to Fiji, and it had previously advised a "
        "high degree of caution."
    )
    assert _advice(text) == [("AU", "FJ", None, None, "reconsider_travel")]


def test_services_cut_back_or_curtailed_are_reduced():
    assert _missions("The Dutch and Belgian embassies in Niamey remain open but have cut back consular services.") == {
        ("NL", "NE", "reduced_services"),
        ("BE", "NE", "reduced_services"),
    }
    assert _missions("The US embassy in Port-au-Prince curtailed its operations.") == {("US", "HT", "reduced_services")}
    assert _missions("The airline cut back services to Niamey.") == set()


def test_an_order_to_citizens_is_advice_and_an_order_to_staff_is_not():
    assert _advice("The US ordered its citizens to leave South Sudan.") == [("US", "SS", None, None, "leave_immediately")]
    assert _advice("The US ordered embassy staff to leave South Sudan.") == []
    assert _advice("An ordered departure is a mandatory order to leave post for embassy staff.") == []


def test_reasons_from_a_long_cause_clause_and_from_what_the_advice_itself_mentions():
    text = "New Zealand told its nationals to leave Lebanon, as the conflict between Israel and Hezbollah escalated."
    # the places of the cause are not advised about
    assert _reasons(text) == {("NZ", "LB"): ["armed_conflict"]}
    text = (
        "The UK Foreign Office now advises against all travel to Niger. Its guidance mentions a heightened risk of "
        "terrorism and the possibility of further unrest after the coup."
    )
    assert _reasons(text) == {("GB", "NE"): ["terrorism", "civil_unrest"]}
    text = "Japan raised its travel warning for the Sulu archipelago, where militants have abducted foreigners."
    assert _reasons(text) == {("JP", "PH"): ["kidnapping"]}


def test_a_vague_escalation_or_instability_is_no_stated_reason():
    text = "Belgium urged its citizens to leave Lebanon amid an escalation in the region."
    assert _reasons(text) == {("BE", "LB"): []}
    text = "Ireland changed its advice for Israel because of growing instability."
    assert _reasons(text) == {("IE", "IL"): []}
    # named kinds still are
    text = "Ireland changed its advice for Israel because of political instability and the risk of military escalation."
    assert _reasons(text) == {("IE", "IL"): ["civil_unrest", "armed_conflict"]}


def test_a_governments_decision_to_act_at_the_border_is_its_own_side():
    text = "Niger's junta said it would keep its border with Benin closed, despite Benin's decision to reopen its side."
    assert _borders(text) == {("NE", "BJ", "closed"), ("BJ", "NE", "opened")}


def test_a_government_putting_or_keeping_a_level_on_a_place_gives_it():
    assert _advice("The US put a level-four warning on Iraq.") == [("US", "IQ", 4, None, "do_not_travel")]
    assert _advice("The US kept a Level 3 advisory for Mexico.") == [("US", "MX", 3, None, "reconsider_travel")]
    # the wording of the level between the advisory and its place
    text = "Canada has a Level 4 advisory — avoid all travel — in place for Yemen."
    assert _advice(text) == [("CA", "YE", 4, None, "do_not_travel")]


def test_advice_down_from_a_stronger_wording_is_a_lowering():
    text = "Australia's Smartraveller now says \"reconsider your need to travel\" to Nigeria, down from \"do not travel\"."
    [advice] = extract(Article(id="x", source="test", text=text)).advisories
    assert (advice.issuer, advice.subject, advice.directive.value) == ("AU", "NG", "lowered")
    assert advice.previous_directive is not None and advice.previous_directive.value == "do_not_travel"
    text = "The US raised its advice for Haiti to do not travel, up from reconsider travel."
    assert _advice(text) == [("US", "HT", None, None, "do_not_travel")]


def test_doing_the_same_as_an_act_just_named_repeats_no_earlier_advice():
    text = (
        "The Foreign Office continues to advise against all travel to Sudan.\n\n"
        "France began evacuating its nationals, and Germany said it was preparing to do the same."
    )
    assert _advice(text) == [("GB", "SD", None, None, "do_not_travel")]


def test_advice_for_areas_located_only_by_another_country_is_about_the_story_country():
    text = (
        "Canada advises a high degree of caution across Mexico.\n\n"
        "The UK Foreign Office has not changed its advice, which warns against all but essential travel to some "
        "areas near the US border."
    )
    assert _advice(text) == [("CA", "MX", None, None, "increased_caution"), ("GB", "MX", None, None, "reconsider_travel")]


def test_a_crossing_name_listed_at_a_sentence_start_has_no_article():
    text = "Lithuania will close two checkpoints with Belarus. The Šumskas and Tverečius crossings will shut on Friday."
    result = extract(Article(id="x", source="test", text=text))
    assert [b.crossing_names for b in result.border_events] == [["Šumskas", "Tverečius"]]


def test_a_border_with_no_neighbour_named_takes_one_the_story_names_that_meets_it():
    text = (
        "South Korea's foreign ministry raised its alert for Myanmar to Level 3. The Korean embassy in Yangon has "
        "reduced its staff, a Korean official said.\n\n"
        "China closed the Chinshwehaw crossing after shells landed on its side of the border."
    )
    # South Korea is named as often as Myanmar, but does not border China
    assert ("CN", "MM", "closed") in _borders(text)


def test_one_kind_of_traffic_stopped_is_a_restriction_and_who_controls_a_crossing_does_not_act():
    text = "Kazakhstan suspended passenger traffic at its checkpoints on the border with China because of the outbreak."
    assert _borders(text) == {("KZ", "CN", "restricted")}
    assert _borders("Georgia halted cargo traffic through the Upper Lars checkpoint with Russia.") == {
        ("GE", "RU", "restricted")
    }
    text = "The Rafah crossing, Gaza's only gateway to the world not controlled by Israel, remained shut for a third week."
    assert _borders(text) == {("PS", "EG", "closed")}


def test_places_rated_in_a_contrast_clause_or_by_a_passive_are_the_issuers_places():
    text = (
        "The State Department has Russia at Level 4 and Ukraine at Level 4, while Belarus sits at Level 4 and "
        "Moldova at Level 2."
    )
    assert _advice(text) == [
        ("US", "RU", 4, None, "do_not_travel"),
        ("US", "UA", 4, None, "do_not_travel"),
        ("US", "BY", 4, None, "do_not_travel"),
        ("US", "MD", 2, None, "increased_caution"),
    ]
    assert _advice("Israel is currently rated Level 3 by the State Department, with Gaza at Level 4.") == [
        ("US", "IL", 3, None, "reconsider_travel"),
        ("US", "PS", 4, None, "do_not_travel"),
    ]
    # the verb is not repeated for the second level
    assert _advice("The US advisory for China is Level 3, and for Hong Kong and Macau Level 2.") == [
        ("US", "CN", 3, None, "reconsider_travel"),
        ("US", "HK", 2, None, "increased_caution"),
        ("US", "MO", 2, None, "increased_caution"),
    ]
    assert _advice("The US on Tuesday issued a Level 3 advisory for Jamaica, up from Level 2.") == [
        ("US", "JM", 3, 2, "reconsider_travel")
    ]


def test_diplomats_taken_out_of_a_country_are_not_its_diplomats_and_an_offensive_is_armed_conflict():
    assert _missions("Israel began evacuating families of diplomats from Ukraine.") == {("IL", "UA", "ordered_departure")}
    assert _missions("Diplomats from Germany and France have left Niger.") == {
        ("DE", "NE", "evacuated"),
        ("FR", "NE", "evacuated"),
    }
    text = "France told its nationals to leave Ukraine amid fears of a Russian offensive on Kyiv."
    assert _reasons(text) == {("FR", "UA"): ["armed_conflict"]}
    text = "Britain urged its citizens to leave Lebanon because of a ground offensive in the south."
    assert _reasons(text) == {("GB", "LB"): ["armed_conflict"]}


def test_the_why_of_another_governments_closure_next_to_advice_is_not_the_advices():
    text = "Germany told its citizens to leave Niger. The French embassy in Niamey was closed after protests."
    assert _reasons(text) == {("DE", "NE"): []}
    text = "Germany told its citizens to leave Niger. Nigeria closed its border with Niger after the coup."
    assert _reasons(text) == {("DE", "NE"): []}
    # the government's own staff ordered out for a reason share it with its advice
    text = (
        "The US told its citizens not to travel to South Sudan. It also ordered non-emergency staff to leave the "
        "embassy in Juba because of rising crime."
    )
    assert _reasons(text) == {("US", "SS"): ["crime"]}


def test_an_embassy_finally_closed_past_an_aside_or_not_reopened_is_closed():
    assert _missions("The French embassy in Niamey, besieged by protesters, was finally closed in December.") == {
        ("FR", "NE", "suspended")
    }
    assert _missions("The US embassy in Kabul, which closed in 2021 when the Taliban took over, has not reopened.") == {
        ("US", "AF", "suspended")
    }
    assert _missions("The US embassy in Kabul has not reopened its visa section.") == set()


def test_back_references_that_say_the_same_or_mirror_the_earlier_advice():
    text = "The United States told its citizens to leave Lebanon on Saturday. Canada's advice mirrors that of the US."
    assert _advice(text) == [("US", "LB", None, None, "leave_immediately"), ("CA", "LB", None, None, "leave_immediately")]
    text = "The US embassy told Americans to leave Haiti. The Canadian and British governments have said the same."
    assert _advice(text) == [(c, "HT", None, None, "leave_immediately") for c in ("US", "CA", "GB")]


def test_a_list_of_embassies_named_before_their_host_and_then_evacuated():
    assert _missions("The embassies of Spain, Italy and Portugal in Khartoum were evacuated over the weekend.") == {
        ("ES", "SD", "evacuated"),
        ("IT", "SD", "evacuated"),
        ("PT", "SD", "evacuated"),
    }


def test_explainer_lines_labelled_with_places_under_a_governments_heading():
    text = (
        "The State Department's latest advisories:\n\n"
        "Mexico: Level 2 – Exercise Increased Caution\n\n"
        "Colombia – Level 3: Reconsider Travel\n\n"
        "Haiti: Level 4 (Do Not Travel)"
    )
    assert _advice(text) == [
        ("US", "MX", 2, None, "increased_caution"),
        ("US", "CO", 3, None, "reconsider_travel"),
        ("US", "HT", 4, None, "do_not_travel"),
    ]
    # under a place's heading the labels are the governments
    text = "Travel advice for Haiti:\n\nUnited States: Level 4, do not travel\n\nCanada: avoid all travel"
    assert _advice(text) == [("US", "HT", 4, None, "do_not_travel"), ("CA", "HT", None, None, "do_not_travel")]
    text = (
        'The State Department\'s advisory for Israel is "Reconsider travel (Level 3)", while Gaza is '
        '"Do not travel (Level 4)".'
    )
    assert _advice(text) == [("US", "IL", 3, None, "reconsider_travel"), ("US", "PS", 4, None, "do_not_travel")]


def test_a_similar_warning_repeats_the_strongest_instruction_of_a_statement_in_two_clauses():
    text = (
        "Australia raised its travel advice for Indonesia after a volcano erupted on Bali.\n\n"
        'Smartraveller now advises Australians to "reconsider your need to travel" to the Karangasem regency, while '
        'the rest of Bali remains at "exercise a high degree of caution".\n\n'
        "New Zealand's foreign ministry issued a similar warning."
    )
    assert _advice(text) == [("AU", "ID", None, None, "reconsider_travel"), ("NZ", "ID", None, None, "reconsider_travel")]
    assert _reasons(text)[("AU", "ID")] == ["natural_disaster"]


def test_diplomats_returned_to_a_closed_embassy_reopen_it():
    assert _missions("Washington returned diplomats to its embassy in Caracas after a five-year absence.") == {
        ("US", "VE", "reopened")
    }
    assert _missions("Washington said it would return diplomats to its embassy in Caracas when it is safe.") == set()


def test_an_institution_named_in_a_sentence_of_no_advice_speaks_for_the_lines_after_it():
    text = (
        "Here is what the U.S. State Department says about each country.\n\n"
        "Jamaica\nTravel advisory level: 3 (Reconsider Travel)\n\n"
        "Bahamas\nTravel advisory level: 2"
    )
    assert _advice(text) == [("US", "JM", 3, None, "reconsider_travel"), ("US", "BS", 2, None, "increased_caution")]


def test_quoted_advice_that_a_governments_advisory_reads():
    text = '"Reconsider travel to Colombia," reads the US advisory, which cites crime and terrorism.'
    assert _advice(text) == [("US", "CO", None, None, "reconsider_travel")]
    assert _reasons(text) == {("US", "CO"): ["crime", "terrorism"]}


def test_a_level_in_an_aside_is_the_asides_governments_own_rating():
    text = "The US, which already has Russia at Level 4, told its citizens in Ukraine to leave immediately."
    assert _advice(text) == [("US", "RU", 4, None, "do_not_travel"), ("US", "UA", None, None, "leave_immediately")]
    text = "The UK, like the US, which has Haiti at Level 4, advises against all travel to Haiti."
    assert sorted(_advice(text)) == [("GB", "HT", None, None, "do_not_travel"), ("US", "HT", 4, None, "do_not_travel")]
    # "advisory" is no verb of telling: the aside's advice is its own, the call to leave is about Lebanon
    text = "Canada, whose advisory for Israel is at its highest level, urged citizens to leave Lebanon."
    assert _advice(text) == [("CA", "IL", 4, None, "do_not_travel"), ("CA", "LB", None, None, "leave_immediately")]


def test_soldiers_seizing_power_is_unrest():
    text = "Britain has advised its citizens against all travel to Niger, where soldiers seized power last week."
    assert _reasons(text) == {("GB", "NE"): ["civil_unrest"]}


def test_every_way_out_listed_is_no_place_and_the_highest_of_four_levels():
    text = 'The DFA said Irish citizens in Iran should leave "as soon as possible" via Turkey or Armenia.'
    assert _advice(text) == [("IE", "IR", None, None, "leave_immediately")]
    text = "Poland's foreign ministry raised its travel warning for Israel to the highest of four levels."
    assert _advice(text) == [("PL", "IL", 4, None, "do_not_travel")]  # the top of four is Level 4


def test_officials_in_a_country_speak_for_it_and_one_crossing_left_open_is_a_restriction():
    assert _borders("Officials in Niger said the land border with Benin would stay closed.") == {("NE", "BJ", "closed")}
    result = extract(
        Article(id="x", source="test", text="Only one crossing on the border with Belarus remains open, Lithuania said.")
    )
    assert _border_counts(result) == {("LT", "BY", "restricted"): (None, None, 1)}
    assert _borders("Only the Vaalimaa crossing remains open on the Finnish-Russian border.") == {("FI", "RU", "restricted")}
    assert _borders("The border with Belarus was closed on Tuesday, Lithuania said.") == {("LT", "BY", "closed")}


def test_a_government_that_has_a_place_at_a_level_rates_it():
    assert _advice("The US has Mexico at level 2.") == [("US", "MX", 2, None, "increased_caution")]
    assert _advice("Mexico has been at level 2 since 2020.") == []


def test_what_the_advisory_said_later_gives_its_reasons():
    text = (
        "The US kept its advisory for Chad at Level 3 on Monday. Officials described the review as routine. "
        "The advisory said there is a risk of kidnapping and that the embassy's ability to help is severely restricted."
    )
    assert _reasons(text) == {("US", "TD"): ["kidnapping", "limited_consular_capacity"]}
    # a quotation the advice is said to read, with the reasons inside it
    text = (
        "Canada advised against all travel to Mali.\n\n"
        '"Terrorist attacks occur frequently," the advisory read, "and rebels have seized towns in the north."'
    )
    assert _reasons(text) == {("CA", "ML"): ["terrorism", "armed_conflict"]}


def test_a_closure_that_lets_only_one_kind_of_traffic_pass_and_an_arabic_article_in_a_crossing_name():
    text = "South Africa temporarily closed the Beitbridge border post with Zimbabwe to ease congestion; only cargo trucks may pass."
    assert _borders(text) == {("ZA", "ZW", "restricted")}
    assert _borders("South Africa temporarily closed the Beitbridge border post with Zimbabwe.") == {("ZA", "ZW", "closed")}
    result = extract(Article(id="x", source="test", text="Iraq has reopened the al-Qaim border crossing with Syria."))
    assert [(b.action.value, b.crossing_names) for b in result.border_events] == [("opened", ["al-Qaim"])]


def test_a_colour_keeps_its_own_wording_and_belgiums_red_is_its_top():
    def raw(text: str) -> list[tuple[str, str | None, str | None]]:
        result = extract(Article(id="x", source="test", text=text))
        return [(a.subject or "", a.level_raw, a.directive.value if a.directive else None) for a in result.advisories]

    assert raw("The Netherlands raised its travel advice for Lebanon to code red.") == [("LB", "code red", "do_not_travel")]
    assert raw("Hong Kong raised the travel alert for Thailand to amber and for Myanmar to red.") == [
        ("TH", "amber", "increased_caution"),
        ("MM", "red", "reconsider_travel"),
    ]
    assert raw("Belgium's travel advice now puts Israel in the red category.") == [
        ("IL", "in the red category", "do_not_travel")
    ]


def test_a_call_to_leave_before_any_advice_is_about_the_storys_country_and_a_repeat_before_a_contrast():
    text = (
        "Governments scrambled to get their citizens out of Lebanon as fighting spread. "
        "Britain, Canada and Australia all urged their nationals to leave on any available commercial flight."
    )
    assert [(a[0], a[1], a[4]) for a in _advice(text)] == [
        ("GB", "LB", "leave_immediately"),
        ("CA", "LB", "leave_immediately"),
        ("AU", "LB", "leave_immediately"),
    ]
    assert _advice("Britain urged its nationals to leave.") == []  # no country spoken of
    text = (
        "Britain urged its nationals to leave Lebanon. Saudi Arabia and Kuwait issued similar calls, "
        "while Jordan advised its citizens against travelling to Lebanon."
    )
    assert [(a[0], a[1], a[4]) for a in _advice(text)] == [
        ("GB", "LB", "leave_immediately"),
        ("SA", "LB", "leave_immediately"),
        ("KW", "LB", "leave_immediately"),
        ("JO", "LB", "do_not_travel"),
    ]


def test_a_country_named_after_a_level_owns_its_scale_and_countries_at_a_level_are_places():
    text = "Nineteen countries are at Level 4 of the US travel advisory scale, including Russia, Ukraine and Iran."
    assert _advice(text) == [
        ("US", "RU", 4, None, "do_not_travel"),
        ("US", "UA", 4, None, "do_not_travel"),
        ("US", "IR", 4, None, "do_not_travel"),
    ]
    assert _advice("Countries under a Level 4 US advisory include Russia and Iran.") == [
        ("US", "RU", 4, None, "do_not_travel"),
        ("US", "IR", 4, None, "do_not_travel"),
    ]
    # governments listed after the advice they give are still its issuers
    assert [(a[0], a[1]) for a in _advice("Several countries are urging their citizens to leave Lebanon, including Britain and Canada.")] == [
        ("GB", "LB"),
        ("CA", "LB"),
    ]


def test_a_titles_government_before_its_place_and_labels_with_dashes():
    text = (
        "U.S. Travel Advisory: Russia – Level 4: Do Not Travel\n"
        "Do not travel to Russia due to the consequences of the invasion of Ukraine."
    )
    assert _advice(text) == [("US", "RU", 4, None, "do_not_travel")]
    text = "Travel advisories for Haiti:\nUnited States – Level 4: Do not travel\nCanada – avoid all travel"
    assert _advice(text) == [("US", "HT", 4, None, "do_not_travel"), ("CA", "HT", None, None, "do_not_travel")]


def test_a_belligerents_strikes_an_invasion_and_a_quake_are_reasons():
    assert _reasons("Britain told its citizens to leave Lebanon as Israeli strikes intensified.") == {
        ("GB", "LB"): ["armed_conflict"]
    }
    assert _reasons("South Korea banned travel to Ukraine after Russia invaded.") == {("KR", "UA"): ["armed_conflict"]}
    assert _reasons("New Zealand warned against travel to Vanuatu after a powerful quake struck Port Vila.") == {
        ("NZ", "VU"): ["natural_disaster"]
    }
    # a workers' strike is no war
    assert _reasons("France advised against travel to Niger during the general strikes.") == {("FR", "NE"): []}


def test_further_closures_said_possible_after_a_closure_threaten_the_same_border():
    first = "Lithuania will close two more checkpoints on its border with Belarus, the government decided on Wednesday. "
    assert _borders(first + "The interior minister said further closures could follow if the situation worsened.") == {
        ("LT", "BY", "closed"),
        ("LT", "BY", "threatened_closure"),
    }
    assert _borders(first + "Further closures followed in 2024.") == {("LT", "BY", "closed")}


def test_one_border_event_told_twice_in_a_sentence_is_the_named_sides():
    text = "Traffic through the Rafah crossing resumed on Wednesday as Egypt opened its side to allow aid into Gaza."
    assert _borders(text) == {("EG", "PS", "opened")}
    # two sides each named acting stay two events
    text = "Poland reopened the Dorohusk crossing, and Ukraine reopened Yahodyn on its side."
    assert _borders(text) == {("PL", "UA", "opened"), ("UA", "PL", "opened")}


def test_a_lowering_states_its_new_instruction_or_the_one_it_left():
    def previous(text: str) -> list[tuple[str, str | None]]:
        result = extract(Article(id="x", source="test", text=text))
        return [(a.directive.value if a.directive else "", a.previous_directive.value if a.previous_directive else None) for a in result.advisories]

    # the instruction the advice now gives is no previous one
    assert previous("Canada has downgraded its warning for Egypt, now asking travellers to exercise a high degree of caution.") == [
        ("lowered", None)
    ]
    assert previous('The US advisory for Colombia was relaxed to "exercise increased caution" last year.') == [("lowered", None)]
    # the instruction eased or no longer given is
    assert previous("Britain eased its travel advice for Sri Lanka, no longer advising against all but essential travel.") == [
        ("lowered", "reconsider_travel")
    ]
    assert previous("The State Department eased its advice against all travel to Ukraine's west.") == [("lowered", "do_not_travel")]


def test_a_place_dropped_or_bumped_to_a_level():
    assert _advice("The US dropped Ethiopia to Level 3 from Level 4.") == [("US", "ET", 3, 4, "lowered")]
    assert _advice("The US bumped Jamaica up to Level 3 on Tuesday.") == [("US", "JM", 3, None, "reconsider_travel")]
    assert _advice("Sales dropped to level 3 in March.") == []


def test_ways_out_named_after_a_call_to_leave_are_no_places_of_the_advice():
    assert [(a[0], a[1]) for a in _advice("China urged its citizens in Israel to leave as soon as possible via land crossings into Jordan.")] == [
        ("CN", "IL")
    ]
    assert [(a[0], a[1]) for a in _advice("Britain told its nationals to leave Lebanon through the airport or by sea to Cyprus.")] == [
        ("GB", "LB")
    ]
    assert [(a[0], a[1]) for a in _advice("Canada urged citizens to leave Israel on commercial flights to Jordan or Egypt.")] == [
        ("CA", "IL")
    ]


def test_the_embassy_a_sentence_talks_about_is_where_the_next_sentences_embassy_is():
    text = (
        "The US rates Iran at Level 4. The department warned that the embassy in Baghdad could not help Americans "
        "leave. It authorized the departure of non-emergency personnel and their families from the embassy."
    )
    assert _missions(text) == {("US", "IQ", "authorized_departure")}


def test_a_ban_on_vehicles_by_registration_is_no_border_event_and_allowing_only_some_traffic_restricts():
    text = "Estonia, Latvia and Lithuania said they would close their borders with Russia and Belarus to Russian-registered cars."
    assert _borders(text) == set()
    assert _borders("Finland closed its border with Russia to cars with Russian number plates.") == set()
    assert _borders("Poland closed the Kukuryki crossing to trucks.") == {("PL", "BY", "restricted")}
    assert _borders("Nepal sealed its border with India ahead of the elections, allowing only emergency vehicles.") == {
        ("NP", "IN", "restricted")
    }


def test_a_neighbours_fighting_right_after_the_advice_is_its_why_and_a_coincidence_is_not():
    assert _reasons("Germany warned against travel to Lebanon. Hezbollah and Israel have been exchanging fire across the border.") == {
        ("DE", "LB"): ["armed_conflict"]
    }
    assert _reasons("The Netherlands raised its advice for Israel to orange. Rocket attacks from Gaza continue.") == {
        ("NL", "IL"): ["armed_conflict"]
    }
    assert _reasons("Germany warned against travel to Lebanon. The warning coincided with clashes on the border.") == {
        ("DE", "LB"): []
    }
    assert _reasons("Germany warned against travel to Lebanon. France has seen protests over pensions.") == {("DE", "LB"): []}


def test_a_level_raised_in_the_passive_by_a_government_and_far_from_its_noun():
    assert _advice("The warning level for Taiwan was raised to 2 out of 4 by Japan.") == [("JP", "TW", 2, None, "reconsider_travel")]
    assert _advice("The level of the US travel advisory for Nicaragua was raised to three.") == [
        ("US", "NI", 3, None, "reconsider_travel")
    ]
    assert _advice("The travel advisory for Haiti was raised to Level 4 by the United States on Friday.") == [
        ("US", "HT", 4, None, "do_not_travel")
    ]


def test_staff_returned_to_an_embassy_reopen_it():
    assert _missions("Britain returned staff to its embassy in Tehran after a two-month absence.") == {("GB", "IR", "reopened")}
    assert _missions("Britain would return staff to its embassy in Tehran when it is safe.") == set()


def test_bombings_of_a_named_attack_are_terrorism_and_a_belligerents_bombings_war():
    text = "Britain advised against all but essential travel to Sri Lanka after the Easter Sunday bombings."
    assert _reasons(text) == {("GB", "LK"): ["terrorism"]}
    text = "Britain advised against all travel to Syria after the Russian bombings of Aleppo."
    assert _reasons(text) == {("GB", "SY"): ["armed_conflict"]}


def test_a_level_named_apart_from_its_number_keeps_only_the_scale_word_and_number_as_its_wording():
    result = extract(Article(id="x", source="test", text="South Korea raised the travel alert level for Israel to 3 and for Lebanon to 4."))
    assert [(a.subject, a.level, a.level_raw) for a in result.advisories] == [("IL", 3, "level 3"), ("LB", 4, "level 4")]


def test_two_acts_joined_by_and_keep_their_own_levels_and_places():
    # The level of the first act is not the second's, and each act's places are its own.
    assert _advice("Seoul raised its travel alert for Israel to level 3 and issued a special travel advisory for Lebanon.") == [
        ("KR", "IL", 3, None, "leave_immediately"),
        ("KR", "LB", None, None, "do_not_travel"),
    ]
    assert _advice("Seoul raised the alert for Israel to level 3 and put Lebanon under a special travel advisory.") == [
        ("KR", "IL", 3, None, "leave_immediately"),
        ("KR", "LB", None, None, "do_not_travel"),
    ]
    assert _advice("The US raised its travel advisory for Israel to Level 4 and updated its advice for Jordan.") == [
        ("US", "IL", 4, None, "do_not_travel"),
        ("US", "JO", None, None, None),
    ]
    # One act with two places keeps one level for both.
    assert _advice("The US raised its travel advisory for Israel and Jordan to Level 4.") == [
        ("US", "IL", 4, None, "do_not_travel"),
        ("US", "JO", 4, None, "do_not_travel"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Niger refused to reopen its border with Benin.",
        "Talks on reopening the border between Niger and Benin stalled.",
        "Traders urged Niger to reopen its border with Benin.",
        "Britain has refused to close its embassy in Kabul despite the fighting.",
        "Talks on reopening the Canadian embassy in Tehran have stalled.",
        "Lawmakers urged the State Department to evacuate the US embassy in Baghdad.",
        "Britain declined to tell its citizens to leave Lebanon.",
    ],
)
def test_what_is_refused_talked_about_or_asked_of_a_government_is_not_done(text: str) -> None:
    result = extract(Article(id="x", source="test", text=text, published=dt.date(2025, 6, 1)))
    assert (result.advisories, result.border_events, result.mission_events) == ([], [], [])


def test_a_closure_kept_despite_calls_to_reopen_is_the_closure_alone():
    assert _borders("Niger has kept its border with Benin closed despite calls to reopen it.") == {("NE", "BJ", "closed")}
    # the same verbs done are events
    assert _borders("Niger reopened its border with Benin after talks in Cotonou.") == {("NE", "BJ", "opened")}
    assert _missions("Canada reopened its embassy in Tehran after talks on the nuclear deal.") == {("CA", "IR", "reopened")}


def test_a_closure_told_only_as_the_time_of_something_else_is_no_event_of_the_speaker():
    text = "Finland closed the Salla crossing on Friday. Russian border guards said queues had formed at Salla before it closed."
    assert _borders(text) == {("FI", "RU", "closed")}
    assert _borders("Russian border guards said queues had formed at Salla until they were closed.") == set()


def test_a_government_demanding_another_withdraw_its_diplomats_is_an_expulsion_not_a_request():
    assert _missions("Venezuela called on Argentina to withdraw its diplomats from Caracas.") == {("AR", "VE", "suspended")}
    assert _missions("Lawmakers called on Argentina to withdraw its diplomats from Caracas.") == set()


def test_advice_to_avoid_in_the_gerund():
    assert _advice("Israel's National Security Council recommended avoiding travel to Jordan.") == [
        ("IL", "JO", None, None, "do_not_travel")
    ]
    assert _advice("The ministry advised Thais against going to Laos, recommending avoiding all travel to Laos.") == [
        ("TH", "LA", None, None, "do_not_travel")
    ]


def test_reasons_of_threats_against_a_people_troops_massed_and_attacks_that_multiplied():
    assert _reasons("Israel urged its citizens to leave Turkey, citing threats against Israelis.") == {("IL", "TR"): ["terrorism"]}
    assert _reasons("France told its nationals to leave Mali as jihadist attacks multiplied.") == {("FR", "ML"): ["terrorism"]}
    text = "The US urged Americans to leave Ukraine amid fears of a Russian invasion, with thousands of troops massed on the border."
    assert _reasons(text) == {("US", "UA"): ["armed_conflict", "military_buildup"]}
    # the way out while it lasts is no reason (the annotation's call)
    assert _reasons("Ireland told citizens to leave Lebanon while commercial flights are still available.") == {("IE", "LB"): []}


def test_missions_of_governments_listed_after_the_action_they_took():
    expected = {("NO", "AF", "suspended"), ("DK", "AF", "suspended"), ("FI", "AF", "suspended")}
    assert _missions("At least a dozen countries closed their embassies in Kabul, among them Norway, Denmark and Finland.") == expected
    assert _missions("Twelve countries closed their embassies in Kabul, including Norway, Denmark and Finland.") == expected
    # a list of places is no list of owners
    assert _missions("Several countries closed their embassies in Kabul and Kandahar.") == set()


def test_places_listed_after_a_rating_and_countries_a_government_says_not_to_visit():
    assert _advice("Russia remains at Level 4, the State Department's highest warning, as do Iran and Iraq.") == [
        ("US", "RU", 4, None, "do_not_travel"),
        ("US", "IR", 4, None, "do_not_travel"),
        ("US", "IQ", 4, None, "do_not_travel"),
    ]
    # a government rating it: the governments after "as do" rate it too
    assert {a[0] for a in _advice("The US has Syria at Level 4, as do Britain and Canada.")} == {"US", "GB", "CA"}
    text = "These are the countries the State Department says Americans should not visit:\n\nAfghanistan (Level 4)\nBelarus (Level 4)"
    assert _advice(text) == [("US", "AF", 4, None, "do_not_travel"), ("US", "BY", 4, None, "do_not_travel")]


def test_a_place_at_a_scale_owners_highest_level_and_countries_listed_after_their_level():
    assert _advice("Haiti is now at the State Department's highest level, \"Do Not Travel.\"") == [
        ("US", "HT", 4, None, "do_not_travel")
    ]
    assert _advice("The US has 19 countries at Level 4, including Iran, Syria and North Korea.") == [
        ("US", "IR", 4, None, "do_not_travel"),
        ("US", "SY", 4, None, "do_not_travel"),
        ("US", "KP", 4, None, "do_not_travel"),
    ]
    # a level named beside no place rates none
    assert _advice("The US has 19 countries at Level 4.") == []


def test_an_embassy_ordered_shut_by_its_host_is_the_expelled_governments():
    assert _missions("The French embassy in Niamey was ordered shut by the junta.") == {("FR", "NE", "suspended")}
    assert _missions("Niger's junta expelled the French ambassador and ordered the embassy closed.") == {
        ("FR", "NE", "suspended")
    }
    # its own embassy, after expelling another's diplomats
    assert _missions("Britain expelled Russian diplomats and closed its embassy in Moscow.") == {("GB", "RU", "suspended")}


def test_a_crossing_open_only_part_of_the_day_is_restricted():
    assert _borders("Lithuania said the Medininkai checkpoint would operate only during daytime hours.") == {
        ("LT", "BY", "restricted")
    }
    assert _borders("Lithuania said the Medininkai checkpoint would operate as usual.") == set()


def test_a_border_named_by_the_country_beyond_it_locates_an_area_of_the_country_named_next():
    assert _advice("Britain warned against all travel to within 10 km of the Venezuela border in Colombia.") == [
        ("GB", "CO", None, None, "do_not_travel")
    ]
    assert _advice("The United States urged citizens not to travel to the Syria border region in northern Turkey.") == [
        ("US", "TR", None, None, "do_not_travel")
    ]
    # two places advised about stay two
    assert {a[1] for a in _advice("Canada advises against all travel to Syria and to the border area in Turkey.")} == {
        "SY",
        "TR",
    }


def test_advice_about_a_border_area_named_by_a_demonym_is_about_the_place_spoken_of():
    text = "Britain updated its travel advice for Tunisia. It still advises against all travel to the Libyan border area."
    assert _advice(text) == [("GB", "TN", None, None, "do_not_travel")]


def test_the_level_left_written_as_a_bare_number_after_the_new_one():
    assert _advice("The advisory level for Burundi was lowered to 3 from 4 by the US in March.") == [
        ("US", "BI", 3, 4, "lowered")
    ]


def test_a_border_a_government_is_ready_to_open_is_not_opened_and_a_closure_so_offered_is_threatened():
    assert _borders("Armenia said it was ready to open its border with Turkey.") == set()
    assert _borders("Uzbekistan is prepared to reopen its border with Afghanistan, officials said.") == set()
    assert _borders("Uzbekistan reopened its border with Afghanistan, officials said.") == {("UZ", "AF", "opened")}
    assert _borders("Poland said it was ready to close its border with Belarus.") == {("PL", "BY", "threatened_closure")}


def test_a_named_crossing_with_an_aside_before_its_verb_and_one_closed_to_some_traffic():
    text = "The Chaman border crossing, a key trade route between Pakistan and Afghanistan, was closed on Sunday."
    assert _borders(text) == {("PK", "AF", "closed")}
    # the trade is what was halted: no crossing closed
    assert _borders("Pakistan halted trade with Afghanistan, a key partner, on Sunday.") == set()
    assert _borders("Afghan officials said Pakistan had closed Torkham to pedestrians but kept it open for trucks.") == {
        ("PK", "AF", "restricted")
    }


def test_an_embassy_that_will_close_and_services_cut_to_emergencies():
    assert _missions("The Dutch foreign ministry said its embassy in Bamako would close at the end of the year.") == {
        ("NL", "ML", "suspended")
    }
    # a closure on a condition has not happened
    assert _missions("The Dutch embassy in Bamako said it would close if the security situation deteriorated.") == set()
    assert _missions("The U.S. Embassy in Moscow has cut consular services to emergencies only.") == {
        ("US", "RU", "emergency_services_only")
    }
    assert _missions("The US embassy in Moscow has limited its services to emergencies.") == {
        ("US", "RU", "emergency_services_only")
    }


def test_advice_to_postpone_non_urgent_travel_and_to_get_out():
    assert _advice("Indonesia's foreign ministry has asked its citizens to postpone non-urgent travel to Iran.") == [
        ("ID", "IR", None, None, "reconsider_travel")
    ]
    assert _advice("Britain urged its citizens to leave Lebanon. Australia has also told its citizens to get out.") == [
        ("GB", "LB", None, None, "leave_immediately"),
        ("AU", "LB", None, None, "leave_immediately"),
    ]


def test_reasons_right_after_a_quote_repeating_the_advice_and_a_help_that_was_limited():
    text = (
        'The State Department raised its travel advisory for Iraq to Level 4. "U.S. citizens should not travel to '
        'Iraq," the department said. It said the embassy\'s ability to provide routine services was limited.'
    )
    assert _reasons(text) == {("US", "IQ"): ["limited_consular_capacity"]}
    # an embassy that will not offer routine services reports its own event: no reason of the advice
    text = (
        "The US Embassy in Kinshasa urged Americans to leave the DRC immediately. The embassy said it will not be "
        "able to offer routine services and will only help in emergencies."
    )
    assert _reasons(text) == {("US", "CD"): []}


def test_a_border_shut_and_reopened_later_in_a_participle_clause():
    expected = {("PL", "BY", "closed"), ("PL", "BY", "opened")}
    assert _borders("Poland shut its border with Belarus in September, reopening it after two weeks.") == expected
    assert _borders("Poland shut its border with Belarus in September before reopening it two weeks later.") == expected
    # the reopening named as a state before the verb that acts
    assert _borders("After the reopening, Poland shut its border with Belarus again.") == {("PL", "BY", "closed")}


def test_a_crossing_that_stopped_accepting_one_kind_of_traffic_is_restricted():
    assert _borders("The Belarusian side of the Kozlovichi checkpoint has stopped accepting trucks, Belarus's border committee said.") == {
        ("BY", "PL", "restricted")
    }
    assert _borders("Russian border guards stopped letting cars through at the Ivangorod checkpoint.") == {("RU", "EE", "restricted")}
    # people it stopped are no traffic turned away
    assert _borders("Polish border guards stopped a truck carrying cigarettes at the Kukuryki checkpoint.") == set()


def test_a_government_cautioning_its_people_who_plan_trips_there():
    assert _advice("Zakharova cautioned Russian citizens planning trips to Georgia to take the situation into account.") == [
        ("RU", "GE", None, None, "increased_caution")
    ]
    assert _advice("Beijing cautioned Chinese tourists considering trips to Japan about rising safety risks.") == [
        ("CN", "JP", None, None, "increased_caution")
    ]
    # the people of no government: no advice
    assert _advice("Tour operators cautioned tourists planning trips to Egypt about the heat.") == []


def test_a_closure_named_as_a_time_in_the_future_is_no_event():
    text = "Five other crossings are expected to remain open once the Narva checkpoint closes, Estonia said."
    assert _borders(text) == set()
    assert _borders("Estonia said it will close the Narva checkpoint once the new terminal opens.") == {("EE", "RU", "closed")}


def test_a_country_labelled_with_its_other_name_in_brackets_is_no_dateline():
    text = (
        "US travel advisories: the countries Americans are told not to visit\n\n"
        "Afghanistan – Level 4: Do Not Travel\nBurma (Myanmar) – Level 4: Do Not Travel"
    )
    assert _advice(text) == [("US", "AF", 4, None, "do_not_travel"), ("US", "MM", 4, None, "do_not_travel")]
    # an agency's name in brackets still opens a dateline: where the story was filed is no place of the advice
    text = "NAIROBI, Kenya (AP) — The U.S. urged Americans to leave Sudan immediately."
    assert _advice(text) == [("US", "SD", None, None, "leave_immediately")]


def test_borders_that_follow_another_governments_act_or_decline_to():
    # following suit: the neighbour of the event just reported
    text = "Latvia closed the Silene crossing on Tuesday. Lithuania followed suit a day later, shutting two of its checkpoints."
    assert _borders(text) == {("LV", "BY", "closed"), ("LT", "BY", "closed")}
    # declining to follow: no event
    assert _borders("Norway said it would not follow Finland in closing its border with Russia.") == set()
    # the same act in an elliptic clause, at its own crossing
    result = extract(Article(id="x", source="test", text="Poland reopened the Bobrowniki crossing, and so did Lithuania at Medininkai."))
    assert {(b.country, b.neighbor, b.action.value, tuple(b.crossing_names)) for b in result.border_events} == {
        ("PL", "BY", "opened", ("Bobrowniki",)),
        ("LT", "BY", "opened", ("Medininkai",)),
    }
    # a new clause's subject after "and" acts on its own side
    assert _borders("The Dominican Republic closed all its border crossings with Haiti, and Haiti responded by closing its side.") == {
        ("DO", "HT", "closed"),
        ("HT", "DO", "closed"),
    }


def test_a_mission_event_repeated_by_so_did():
    assert _missions("Sweden closed its embassy in Tehran, and so did Denmark.") == {("SE", "IR", "suspended"), ("DK", "IR", "suspended")}


def test_missiles_launched_are_a_reason_and_another_story_after_meanwhile_is_none():
    text = "Australia raised its travel advice for Israel to do not travel. The decision comes after Iran launched hundreds of missiles at Israel overnight."
    assert _reasons(text) == {("AU", "IL"): ["armed_conflict"]}
    assert _reasons("Italy urged its nationals to leave Lebanon. Meanwhile, the price of oil rose on fears of a wider war.") == {
        ("IT", "LB"): []
    }


def test_the_remaining_open_crossings_named_after_a_closure():
    result = extract(Article(id="x", source="test", text="Poland closed the Bobrowniki crossing; the remaining open crossings are Terespol and Kukuryki."))
    [event] = result.border_events
    assert (event.crossing_names, event.crossings_affected, event.crossings_open) == (["Bobrowniki"], 1, 2)


def test_a_government_whose_advice_another_echoes_by_its_demonym_gives_it_too():
    assert {a[0] for a in _advice("Ireland echoed the British advice, telling its citizens to leave Lebanon immediately.")} == {"IE", "GB"}
    # a demonym for something else is no government giving advice
    assert {a[0] for a in _advice("Ireland echoed British concerns, telling its citizens to leave Lebanon immediately.")} == {"IE"}


def test_a_war_named_as_when_is_no_reason():
    text = (
        "Israel's National Security Council raised its warning for Georgia to level 3. It said that since the "
        "beginning of the war, increased efforts by terrorist groups to attack Israelis have been detected."
    )
    assert _reasons(text) == {("IL", "GE"): ["terrorism"]}


def test_nationals_urged_to_quit_a_country():
    assert _advice("France and Germany urge nationals to quit Niger") == [
        ("FR", "NE", None, None, "leave_immediately"),
        ("DE", "NE", None, None, "leave_immediately"),
    ]
    # "quite" is no quitting
    assert _advice("France said the situation in Niger was quite calm.") == []


def test_travel_that_should_be_avoided():
    assert _advice("Travel to Sudan should be avoided, the Egyptian government said.") == [("EG", "SD", None, None, "do_not_travel")]
    assert _advice("Non-essential travel to Sudan should be avoided, the Egyptian government said.") == [
        ("EG", "SD", None, None, "reconsider_travel")
    ]


def test_clashes_with_protesters_are_unrest_and_between_armies_are_conflict():
    assert _reasons("The US warned Americans against travel to Bangladesh amid violent clashes between students and police.") == {
        ("US", "BD"): ["civil_unrest"]
    }
    assert _reasons("Britain told its nationals to leave Sudan amid clashes between the army and paramilitary forces.") == {
        ("GB", "SD"): ["armed_conflict"]
    }


def test_embassy_staff_sent_home_is_an_ordered_departure():
    assert _missions("The UK sent home non-essential embassy staff from Niger.") == {("GB", "NE", "ordered_departure")}
    assert _missions("The UK sent its non-essential embassy staff home from Niger.") == {("GB", "NE", "ordered_departure")}
    # people of no mission
    assert _missions("The UK sent home aid workers from Niger.") == set()


def test_refraining_except_for_essential_reasons_is_reconsidering():
    assert _advice("Spain advised Spaniards to avoid travelling to Venezuela except for essential reasons.") == [
        ("ES", "VE", None, None, "reconsider_travel")
    ]
    assert _advice("Germany advised against travel to Iran other than for urgent business.") == [
        ("DE", "IR", None, None, "reconsider_travel")
    ]
    # the place name the directive runs into, then the qualifier
    assert _advice("Italians are told to avoid Iraq unless absolutely necessary.") == [
        ("IT", "IQ", None, None, "reconsider_travel")
    ]
    assert _advice("Italians are told to avoid Iraq except in cases of absolute necessity.") == [
        ("IT", "IQ", None, None, "reconsider_travel")
    ]
    # an emergency evacuation is no qualifier of the travel advised against
    assert _advice("Norway advises against all travel to Sudan, except in an emergency evacuation.") == [
        ("NO", "SD", None, None, "do_not_travel")
    ]


def test_a_country_before_unless_is_no_acting_subject():
    # ("Iraq unless": the word ending in "s" is no verb of Iraq's)
    assert _advice("The Italian government told citizens to avoid Iraq unless absolutely necessary.") == [
        ("IT", "IQ", None, None, "reconsider_travel")
    ]


def test_a_place_designated_a_travel_ban_country():
    assert _advice("South Korea designated Haiti a travel-ban country from August 1.") == [
        ("KR", "HT", None, None, "do_not_travel")
    ]
    assert _advice('South Korea designated Haiti a travel-ban country, its Level 4 "black" alert, from August 1.') == [
        ("KR", "HT", 4, None, "do_not_travel")
    ]
    assert _advice("Seoul declared Ukraine a no-travel zone.") == [("KR", "UA", None, None, "do_not_travel")]


def test_fighting_that_erupted_is_no_eruption_and_a_series_of_bombings_is_terrorism():
    assert _reasons("Italy urged its citizens to leave Libya. Clashes between rival militias have erupted in Tripoli.") == {
        ("IT", "LY"): ["armed_conflict"]
    }
    assert _reasons("Japan raised its warning for Indonesia to Level 2 after Mount Semeru erupted.") == {
        ("JP", "ID"): ["natural_disaster"]
    }
    assert _reasons("The UK issued a travel warning for Turkey following a series of bombings in Istanbul and Ankara.") == {
        ("GB", "TR"): ["terrorism"]
    }


def test_a_named_crossing_gives_the_other_side():
    assert _borders("Chad reopened the Adre crossing on Thursday.") == {("TD", "SD", "opened")}
    assert _borders("Thailand closed the Hat Lek checkpoint and the Chong Chom crossing.") == {("TH", "KH", "closed")}
    assert _borders("Egypt reopened the Salloum crossing.") == {("EG", "LY", "opened")}
    # a crossing the bundled data does not know names no other side
    assert _borders("Chad reopened the Old Kolo bridge on Thursday.") == set()
    assert _borders("Chad reopened the Ngueli bridge on Thursday.") == {("TD", "CM", "opened")}  # (a crossing it knows)


def test_a_level_moved_later_in_the_sentence_is_the_previous_one():
    assert _advice("The US placed Saudi Arabia under a Level 3 warning in 2022 but lowered it to Level 2 last year.") == [
        ("US", "SA", 2, 3, "lowered")
    ]
    assert _advice("The US issued a Level 2 advisory for Peru in May and raised it to Level 3 in June.") == [
        ("US", "PE", 3, 2, "reconsider_travel")
    ]
    # two places, each with its own level: nothing was moved
    assert _advice("The State Department kept Mali at Level 4 but lowered the advisory for Benin to Level 2.") == [
        ("US", "ML", 4, None, "do_not_travel"),
        ("US", "BJ", 2, None, "lowered"),
    ]


def test_a_storm_ahead_of_which_advice_is_raised_is_its_reason():
    assert _reasons("The State Department raised its travel advisory for Jamaica to level 4 ahead of Hurricane Melissa.") == {
        ("US", "JM"): ["natural_disaster"]
    }
    assert _reasons("The State Department raised its travel advisory for Jamaica to level 4 as Hurricane Melissa approached.") == {
        ("US", "JM"): ["natural_disaster"]
    }


def test_the_government_whose_lead_was_followed_gave_the_same_advice():
    assert _advice("Following the US lead, Britain raised its travel advice for Haiti to advise against all travel.") == [
        ("GB", "HT", None, None, "do_not_travel"),
        ("US", "HT", None, None, "do_not_travel"),
    ]
    assert _advice("Following the lead of France, Belgium urged Belgians to leave Niger.") == [
        ("BE", "NE", None, None, "leave_immediately"),
        ("FR", "NE", None, None, "leave_immediately"),
    ]
    # a decision followed is no advice of the same kind
    assert _advice("Following the US decision to close its embassy, Britain told its citizens to leave Niger.") == [
        ("GB", "NE", None, None, "leave_immediately")
    ]


def test_missions_back_in_or_returned_to_a_capital_reopened():
    assert _missions("The embassies of France, Italy and Poland are back in Kyiv.") == {
        ("FR", "UA", "reopened"),
        ("IT", "UA", "reopened"),
        ("PL", "UA", "reopened"),
    }
    assert _missions("Diplomatic missions of Latvia and Estonia have returned to Kyiv.") == {
        ("LV", "UA", "reopened"),
        ("EE", "UA", "reopened"),
    }
    assert _missions("There are again in Kyiv the embassies of Slovenia and Georgia.") == {
        ("SI", "UA", "reopened"),
        ("GE", "UA", "reopened"),
    }
    # "once again" is no condition; a mission that will return has not
    assert _missions("The embassy of Turkey is once again in Kyiv.") == {("TR", "UA", "reopened")}
    assert _missions("The embassies of France and Italy will have returned to Kyiv by May.") == set()
    assert _missions("The embassy is again in talks with Kyiv.") == set()


def test_a_partial_reopening_is_a_reopening_on_its_terms():
    assert _borders("Jordan partially reopened the Jaber crossing, allowing only trucks to pass.") == {("JO", "SY", "opened")}
    assert _borders("Jordan reopened the Jaber crossing, but only for trucks.") == {("JO", "SY", "opened")}
    # a restriction with its own verb is a second act
    assert _borders("Finland reopened the Vaalimaa crossing and restricted traffic at Nuijamaa to trucks.") == {
        ("FI", "RU", "opened"),
        ("FI", "RU", "restricted"),
    }


def test_an_article_without_line_breaks_masks_only_the_furnitures_title():
    text = (
        "Lithuania closed two of its six crossings with Belarus on Friday. Also watch | Gravitas | What is "
        "behind the border row? Latvia shut the Silene crossing on Saturday, and Poland said it would close its "
        "border if the situation worsened."
    )
    assert _borders(text) == {("LT", "BY", "closed"), ("LV", "BY", "closed"), ("PL", "BY", "threatened_closure")}


def test_windows_line_breaks_read_as_line_breaks():
    lines = [
        "Travel advice for the region",
        "",
        "Canada: avoid all travel to Haiti due to kidnapping.",
        "Mexico: exercise a high degree of caution due to crime.",
    ]
    unix = extract(Article(id="u", source="test", text="\n".join(lines)))
    windows = extract(Article(id="w", source="test", text="\r\n".join(lines)))
    assert windows.model_dump(exclude={"id"}) == unix.model_dump(exclude={"id"})
    assert "\r" not in windows.advisories[0].evidence.quote


def test_a_government_that_only_spoke_further_back_gives_no_unattributed_advice():
    text = (
        "Brazil closed its border with Peru on Monday.\n\n"
        "Protests spread to three more cities on Sunday.\n\n"
        "Shops stayed closed in the capital.\n\n"
        "Police used tear gas near the parliament.\n\n"
        "Travellers are urged to avoid all travel to Peru."
    )
    assert _advice(text) == []
    # the government that spoke just before gives it
    assert _advice("Brazil closed its border with Peru on Monday. Travellers are urged to avoid all travel to Peru.") == [
        ("BR", "PE", None, None, "do_not_travel")
    ]


def test_a_growing_number_of_countries_names_no_government():
    text = (
        "Officials in Brazil declined to comment. A growing number of countries are recommending that their citizens "
        "leave Russia. They include Poland and Romania."
    )
    assert {(a.issuer, a.subject) for a in extract(Article(id="x", source="test", text=text)).advisories} == {
        ("PL", "RU"),
        ("RO", "RU"),
    }


def test_citizens_told_to_return_home_get_no_remembered_government():
    text = (
        "Brazil closed its border with Peru on Monday. "
        "“Israelis there should immediately leave the area and return to Israel,” read the warning."
    )
    assert _advice(text) == []


def test_citizens_told_to_depart_from_a_place_are_told_by_their_government():
    assert _advice("The US urged all American citizens to promptly depart from Haiti.") == [
        ("US", "HT", None, None, "leave_immediately")
    ]


def test_a_quote_between_the_news_and_its_list_keeps_the_list():
    text = (
        "Singapore's Ministry of Foreign Affairs advised citizens to defer travelling to three countries.\n\n"
        '"We are monitoring the situation closely," a spokesperson said.\n\n'
        "The countries are Iran, Iraq and Lebanon."
    )
    assert {(a.issuer, a.subject) for a in extract(Article(id="x", source="test", text=text)).advisories} == {
        ("SG", "IR"),
        ("SG", "IQ"),
        ("SG", "LB"),
    }


def test_the_ministry_named_three_lines_before_speaks_past_a_quote():
    text = (
        "Israel's Foreign Ministry: Avoid Ethiopia\n\n"
        '"We are monitoring the situation closely," a spokesperson said.\n\n'
        "Foreign Ministry: Avoid Ethiopia\n\n"
        "The Foreign Ministry issued a warning against visiting Ethiopia."
    )
    assert {(a.issuer, a.subject) for a in extract(Article(id="x", source="test", text=text)).advisories} == {("IL", "ET")}


def test_the_why_after_a_statement_repeating_the_advice():
    text = (
        "The United States told Americans not to travel to Venezuela.\n\n"
        '"We are monitoring the situation closely," a spokesperson said.\n\n'
        "The State Department has issued a Level 4 advisory for Venezuela.\n\n"
        "Americans there risk wrongful detention and kidnapping."
    )
    assert _reasons(text) == {("US", "VE"): ["wrongful_detention", "kidnapping"]}


def test_a_named_operation_or_a_flood_of_people_is_no_disaster():
    text = "Britain advised against all travel to Gaza. Hamas launched Operation Al-Aqsa Flood on Saturday."
    assert _reasons(text) == {("GB", "PS"): []}
    assert _reasons("Germany advised against travel to Lebanon. A flood of refugees crossed the border.") == {
        ("DE", "LB"): []
    }


def test_governments_abbreviated_in_a_headline_are_unnamed():
    text = "Officials in Brazil declined to comment.\n\nMany govts urge their citizens to leave Ukraine\n\nThey include the US and Italy."
    assert {(a.issuer, a.subject) for a in extract(Article(id="x", source="test", text=text)).advisories} == {
        ("US", "UA"),
        ("IT", "UA"),
    }


def test_the_advisory_named_past_other_news_still_gives_its_why():
    text = (
        "The State Department told Americans not to travel to Bangladesh.\n\n"
        "Meanwhile, Germany's chancellor met the French president in Berlin to discuss trade.\n\n"
        "Shops stayed shut in Dhaka on Sunday.\n\n"
        "Students gathered at the university.\n\n"
        "Prices of rice rose again.\n\n"
        "The advisory also cites the risk of terrorist attacks."
    )
    assert _reasons(text) == {("US", "BD"): ["terrorism"]}


def test_advice_for_a_region_before_its_words_and_people_abroad_everywhere():
    assert _advice('Australia downgraded its advice for Bali to "exercise a high degree of caution".') == [
        ("AU", "ID", None, None, "lowered")
    ]
    assert _advice('Australia raised its advice for Bali to "reconsider your need to travel".') == [
        ("AU", "ID", None, None, "reconsider_travel")
    ]
    text = "Israel's National Security Council urged Israelis abroad to exercise caution and avoid crowds."
    result = extract(Article(id="x", source="test", text=text))
    assert [(a.issuer, a.subject, a.regions, a.directive) for a in result.advisories] == [
        ("IL", None, ["worldwide"], "increased_caution")
    ]


def test_synonyms_of_the_words_the_readers_know():
    # "called on their nationals": governments not named, then named
    text = "European countries called on their nationals to leave Lebanon. Today, Belgium gave this advice to its nationals."
    assert {(a.issuer, a.subject) for a in extract(Article(id="x", source="test", text=text)).advisories} == {("BE", "LB")}
    text = "The U.S. Embassy in Kenya issued an alert. The Consular Section of the Embassy will be shut for routine services."
    assert _missions(text) == {("US", "KE", "emergency_services_only")}
    assert _missions("There is no U.S. mission or consulate operating in Venezuela.") == {("US", "VE", "suspended")}


def test_staff_directed_or_pulled_out():
    assert _missions("The United States directed staff out of Iraq on June 22.") == {("US", "IQ", "ordered_departure")}
    assert _missions("The State Department directed out family members and non-emergency employees from Lebanon.") == {
        ("US", "LB", "ordered_departure")
    }
    # families pulled out leave the mission working; the embassy pulled out is gone
    assert _missions("Israel has pulled out the families of embassy diplomats in Kyiv.") == {("IL", "UA", "ordered_departure")}
    assert _missions("India fully pulled out its embassy in Kabul.") == {("IN", "AF", "evacuated")}


def test_a_frontier_is_a_border():
    # a region located by the frontier with a neighbour is no advice about the neighbour
    text = "Australia told its citizens to leave Israel. You should not travel to Israeli frontier areas with Lebanon."
    assert _advice(text) == [("AU", "IL", None, None, "leave_immediately")]
    text = (
        "Canada and Mexico have pressed Washington for months. The US will open its land frontiers to "
        "nonessential travel in November."
    )
    assert _borders(text) == {("US", "CA", "opened"), ("US", "MX", "opened")}


def test_an_all_capital_headline_keeps_its_appositive():
    text = "LITHUANIA TO CLOSE TWO MORE CHECKPOINTS WITH RUSSIAN ALLY BELARUS\nVilnius decided to seal two crossings."
    assert _borders(text) == {("LT", "BY", "closed")}


def test_places_listed_before_a_quoted_rating_under_a_government_heading():
    _, result = _extracted("explainer_government_headings")
    pairs = {(a.issuer, a.subject): a.directive for a in result.advisories}
    assert pairs[("AU", "IL")] == "do_not_travel"  # "keeps Lebanon and Israel at 'Do not travel'"
    assert pairs[("AU", "LB")] == "leave_immediately"  # the stronger call of the next sentence
    assert not {issuer for issuer, _subject in pairs} & {"LB", "IL"}  # "the highest of its four levels" restates


def test_a_reaction_to_closures_is_no_closure_and_open_crossings_are_not_the_closed_ones():
    _, result = _extracted("border_reaction_not_closure")
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("PL", "BY", "closed"),
        ("LT", "BY", "closed"),
        ("LT", "BY", "threatened_closure"),
    }
    _, result = _extracted("border_all_but_one_kept_open")
    borders = {b.country: b for b in result.border_events}
    assert (borders["LB"].action.value, borders["LB"].crossing_names, borders["LB"].crossings_open) == ("closed", [], 1)
    assert (borders["JO"].crossing_names, borders["JO"].crossings_open) == (["Jaber"], None)


def test_mission_owners_in_relative_and_subordinate_clauses():
    _, result = _extracted("mission_relative_clause_owner")
    events = {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}
    assert ("DE", "HT", "ordered_departure") in events  # "by Germany, which withdrew its ambassador and staff"
    assert ("CA", "HT", "ordered_departure") not in events
    _, result = _extracted("mission_departure_lifted_headline")
    events = {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}
    assert ("FR", "NE", "suspended") in events and ("US", "NE", "suspended") not in events  # "... as France shuts its"
    assert ("US", "NE", "departure_lifted") in events


def test_a_similar_change_repeats_a_lowering_and_a_contrasted_level_is_its_own():
    _, result = _extracted("adv_similar_change_lowered")
    pairs = {(a.issuer, a.subject): a.directive for a in result.advisories}
    assert pairs == {("CA", "LK"): "lowered", ("NZ", "LK"): "lowered", ("AU", "LK"): "increased_caution"}
    _, result = _extracted("adv_levels_contrasted_quoted")
    levels = {a.subject: (a.level, a.directive) for a in result.advisories}
    assert levels["CL"] == (1, "lowered") and levels["BO"] == (2, "increased_caution")


def test_advice_for_unnamed_parts_of_the_country_of_the_story():
    _, result = _extracted("adv_parts_of_country_unnamed")
    assert {(a.issuer, a.subject, a.directive) for a in result.advisories} == {("GB", "TH", "reconsider_travel")}


def test_a_speakers_reasons_stay_with_its_advice_and_an_appositive_ally_does_not_act():
    _, result = _extracted("adv_french_scale_reasons_attributed")
    reasons = {a.issuer: set(a.reasons) for a in result.advisories}
    assert reasons["FR"] == {"terrorism", "kidnapping"}  # "The ministry pointed to ..." after France's advice
    assert reasons["DE"] == set()  # not Germany's, stated after it
    _, result = _extracted("border_appositive_ally")
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {("TR", "AM", "closed")}


def test_missions_without_a_named_host_are_in_the_capital_named_before():
    _, result = _extracted("mission_background_capital_host")
    assert {(m.mission_of, m.in_country) for m in result.mission_events} == {
        (owner, "AF") for owner in ("US", "GB", "DE", "FR")
    }


def test_news_in_other_languages_reads_leave_calls_counts_and_places_of_a_kind():
    _, result = _extracted("ml_news_it")
    assert {(a.issuer, a.subject, a.directive) for a in result.advisories} >= {
        ("FR", "LB", "leave_immediately"),  # "hanno chiesto ai propri cittadini di partire"
        ("GB", "LB", "leave_immediately"),
    }
    _, result = _extracted("ml_news_uk")
    assert ("UA", "PS", "leave_immediately") in {(a.issuer, a.subject, a.directive) for a in result.advisories}
    _, result = _extracted("ml_news_fr")
    assert {("IT", "NE"), ("DE", "NE")} <= {(a.issuer, a.subject) for a in result.advisories}  # "quitter le pays"
    _, result = _extracted("ml_news_ru")
    lithuania = next(b for b in result.border_events if b.country == "LT")
    assert lithuania.crossings_affected == 2  # "два из шести": two of six
    _, result = _extracted("ml_news_de")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("DE", "IR", "emergency_services_only")  # "arbeitet nur noch eingeschränkt und bietet lediglich Notfallhilfe an"
    }


def test_news_in_other_scripts_reads_objects_places_there_and_crossings_by_their_written_name():
    _, result = _extracted("ml_news_fa")
    assert {(a.issuer, a.subject) for a in result.advisories} == {("DE", "IR"), ("FR", "IR"), ("GB", "IR")}
    _, result = _extracted("ml_news_ko")
    assert ("KR", "IL", "leave_immediately") in {(a.issuer, a.subject, a.directive) for a in result.advisories}
    _, result = _extracted("ml_news_zh")
    assert [(b.country, b.neighbor, b.crossing_names) for b in result.border_events] == [("EG", "PS", ["拉法"])]
    _, result = _extracted("ml_news_ja")
    assert {(m.mission_of, m.action.value) for m in result.mission_events} == {("JP", "reduced_services")}


def test_a_call_to_leave_in_its_own_clause_keeps_the_other_places_at_their_advice():
    _, result = _extracted("ml_news2_pt")
    directives = {(a.issuer, a.subject): a.directive for a in result.advisories}
    for issuer in ("PT", "ES", "IT"):  # "... e pede aos portugueses que se encontram no Líbano que saiam do país"
        assert directives[(issuer, "LB")] == "leave_immediately"
        assert directives[(issuer, "IL")] == directives[(issuer, "IR")] == "do_not_travel"
    _, result = _extracted("ml_news2_de")
    assert [b.crossing_names for b in result.border_events if b.country == "FI"] == [["Raja-Jooseppi"]]


def test_eased_advice_and_a_security_level_downgraded_are_lowerings():
    _, result = _extracted("levels_eased_security_level")
    found = {a.issuer: (a.directive, a.level, a.previous_level) for a in result.advisories}
    assert found == {"DE": ("lowered", None, None), "AT": ("lowered", 2, 3)}


def test_advice_eased_on_a_condition_is_not_given_and_a_blockade_ended_opens():
    _, result = _extracted("distractor_airlines_resume_once_eased")
    assert result.advisories == []  # "once governments eased their advice"
    _, result = _extracted("border_blockade_lifted")
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {("PL", "UA", "opened")}


def test_scales_described_around_a_level_do_not_rate_the_place_at_their_top():
    _, result = _extracted("levels_scale_described")
    found = {(a.issuer, a.subject): (a.level, a.directive) for a in result.advisories}
    assert found == {
        ("US", "HT"): (3, "reconsider_travel"),  # "one step below the highest level, Level 4"
        ("CA", "CO"): (None, "reconsider_travel"),  # "the second-highest of its four levels"
        ("US", "VE"): (4, "do_not_travel"),  # "its highest level, Level 4"
        ("TW", "IL"): (None, "do_not_travel"),
        ("TW", "LB"): (None, "reconsider_travel"),  # "and kept Lebanon at orange"
    }


def test_news_in_other_languages_two_border_clauses_a_corresponding_call_and_an_elided_place():
    _, result = _extracted("ml_news3_es")
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("DZ", "NE", "closed"),  # "Argelia cerró su frontera con Níger"
        ("NG", "NE", "closed"),  # "y Nigeria anunció el cierre de sus pasos fronterizos"
    }
    _, result = _extracted("ml_news3_de")
    assert ("DE", "LB", "leave_immediately") in {(a.issuer, a.subject, a.directive) for a in result.advisories}
    _, result = _extracted("ml_news3_fr")
    assert ("FR", "HT", "leave_immediately") in {(a.issuer, a.subject, a.directive) for a in result.advisories}


def test_told_to_relocate_to_safer_countries_is_a_call_to_leave():
    assert _advice("Kenya's foreign ministry has told Kenyans living in Haiti to relocate to safer countries.") == [
        ("KE", "HT", None, None, "leave_immediately")
    ]
    assert _advice("The embassy told citizens in Lebanon to relocate to safer areas.") == []


def test_negation_prefixed_to_a_verb_and_a_return_home_called_for():
    _, result = _extracted("ml_news4_lt")
    assert {(b.country, b.action.value) for b in result.border_events} == {("LT", "closed")}  # not "neuždarys"
    _, result = _extracted("ml_news4_lv")
    assert {a.directive for a in result.advisories} == {"leave_immediately"}  # "nekavējoties atgriezties Latvijā"
    _, result = _extracted("ml_news4_ko")
    assert {(m.mission_of, m.action.value) for m in result.mission_events} == {("KR", "ordered_departure")}


def test_a_country_named_far_after_the_words_of_leaving_is_not_the_place_left():
    _, result = _extracted("ml_news5_pt")
    assert {(a.issuer, a.subject) for a in result.advisories} == {("BR", "NE")}  # not "... organizados pela França"
    assert ("BR", "NE", "suspended") in {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}


def test_a_cause_opening_the_sentence_names_no_issuer_and_a_category_rates_the_place_before_it():
    _, result = _extracted("adv_red_sea_roundup")
    pairs = {(a.issuer, a.subject): (a.level, a.directive) for a in result.advisories}
    assert ("US", "YE") not in pairs  # "After US and British strikes ..., several governments updated"
    assert pairs[("NL", "YE")] == (None, "do_not_travel")  # "placed Yemen in its red category"
    assert pairs[("NL", "SA")] == (None, "reconsider_travel")  # "raised the code for Saudi Arabia's ... to orange"
    assert pairs[("JP", "YE")] == (4, "leave_immediately")  # "remained at 4"
    assert pairs[("JP", "OM")] == (None, "increased_caution")  # "and urged those in ... Oman to stay alert"


def test_the_evidence_of_advice_is_the_sentence_that_tells_it_not_the_headline():
    _, result = _extracted("seed_like_belarus")
    [advice] = [a for a in result.advisories if a.issuer == "US"]
    assert "leave the country immediately" in advice.evidence.quote


def test_advice_stated_in_two_languages_is_one_advisory():
    text = (
        "Australians in Lebanon should leave immediately, the government said.\n\n"
        "استرالیا از شهروندان خود خواست لبنان را ترک کنند و به این کشور سفر نکنند."
    )
    result = extract(Article(id="x", source="test", text=text))
    assert [(a.issuer, a.subject, a.directive) for a in result.advisories] == [("AU", "LB", "leave_immediately")]


def test_the_body_states_the_advice_the_headline_sums_up():
    _, result = _extracted("adv_headline_sums_up_body")
    [advice] = result.advisories
    assert (advice.issuer, advice.subject, advice.directive) == ("GB", "NC", "reconsider_travel")
    assert advice.evidence.quote.startswith("The Foreign Office on Monday advised against all but essential travel")


def test_governments_naming_only_themselves_repeat_the_place_and_the_home_government_speaks_unnamed():
    _, result = _extracted("ml_news6_de")
    assert {(a.issuer, a.subject) for a in result.advisories} == {("DE", "YE"), ("AT", "YE"), ("CH", "YE")}
    _, result = _extracted("ml_news_de")
    assert ("DE", "LB") in {(a.issuer, a.subject) for a in result.advisories}  # "Für den Libanon gilt ... Reisewarnung"
    assert ("AT", "LB") not in {(a.issuer, a.subject) for a in result.advisories}
    _, result = _extracted("ml_news6_zh")
    found = {(a.issuer, a.subject): a.directive for a in result.advisories}
    assert found[("CN", "IL")] == "do_not_travel"  # "尽快回国，并暂勿前往以色列": not the call to return home
    assert found[("CN", "LB")] == "leave_immediately"  # "在黎中国公民": Lebanon by one character


def test_places_given_different_levels_in_one_foreign_sentence_each_keep_their_own():
    _, result = _extracted("ml_news6_ja")
    assert {(a.subject, a.level, a.directive) for a in result.advisories} == {
        ("PS", 4, "leave_immediately"),  # Japan's level 4 is to evacuate
        ("IL", 3, "do_not_travel"),
    }


def test_korean_and_before_the_actor_lists_both_states_and_arabic_similar_calls_repeat_the_advice():
    _, result = _extracted("ml_news7_ko")
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("TH", "MM", "closed"),  # "태국과 중국은 미얀마와의 국경 검문소 일부를 폐쇄했다"
        ("CN", "MM", "closed"),
    }
    _, result = _extracted("ml_news7_ar")
    assert {a.issuer for a in result.advisories} == {"JO", "SA", "AE"}  # "دعوات مماثلة"


def test_governments_that_joined_a_growing_number_of_countries_give_that_advice():
    _, result = _extracted("adv_joined_a_growing_number")
    assert {(a.issuer, a.subject, a.directive) for a in result.advisories} == {
        ("IT", "VE", "do_not_travel"),  # "Italy and Spain ... joined a growing number of countries warning ..."
        ("ES", "VE", "do_not_travel"),
        ("US", "VE", "do_not_travel"),
    }


def test_a_new_clause_with_its_own_speaker_owns_its_mission_and_part_of_the_staff_is_a_drawdown():
    _, result = _extracted("mission_new_clause_speaker_partial_evacuation")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("US", "SS", "ordered_departure"),
        ("DE", "SS", "suspended"),
        ("NL", "SS", "ordered_departure"),  # "..., and the Netherlands said it had evacuated most of its staff"
    }


def test_a_ministry_that_does_not_advise_against_travel_gives_no_advice_against_it():
    _, result = _extracted("distractor_does_not_advise_against")
    assert result.advisories == []
    assert _advice("The FCDO currently doesn't advise against travel to Thailand.") == []
    assert _advice("Americans should not travel to Haiti, the State Department said.") == [
        ("US", "HT", None, None, "do_not_travel")
    ]


def test_a_level_left_a_class_of_places_and_a_scale_explained_give_no_new_level():
    # "raised ... from Level 2" says where it was, not where it went
    assert _advice("The State Department raised Bangladesh from Level 2 on Wednesday.") == [
        ("US", "BD", None, 2, None)
    ]
    _, result = _extracted("lv_travel_trade_roundup")
    found = {a.subject: (a.level, a.directive.value if a.directive else None) for a in result.advisories}
    assert found["BD"] == (3, "reconsider_travel")  # the heading's Level 3, raised "from Level 2"
    assert found["TZ"] == (2, "increased_caution")  # not "trips to Level 4 destinations" of the insurers' line
    _, result = _extracted("lv_japan_mofa")
    # "Japan's four danger ratings run from Level 1 ... to Level 4": the scale, not a lowering for the US
    assert {(a.issuer, a.subject, a.level, a.previous_level) for a in result.advisories} == {
        ("JP", "AF", 4, None),
        ("JP", "US", 3, None),
    }


def test_reasons_named_as_the_main_risks_and_places_left_out_of_the_advice():
    _, result = _extracted("lv_travel_trade_roundup")
    tz = next(a for a in result.advisories if a.subject == "TZ")
    assert set(tz.reasons) == {"terrorism", "harassment"}  # "with terrorism and ... named as the main risks"
    _, result = _extracted("lv_philippines_alert")
    assert {(a.subject, a.level) for a in result.advisories} == {("LB", 4), ("IL", 2)}  # not "outside the Gaza envelope"


def test_a_place_with_a_part_named_and_a_place_where_a_level_applies_are_rated():
    _, result = _extracted("lv_smartraveller_explainer")
    found = {a.subject: a.level for a in result.advisories}
    assert found["PG"] == 3  # "Papua New Guinea's capital Port Moresby moved up a level, to three"
    _, result = _extracted("lv_korea_special")
    found = {(a.issuer, a.subject): a.level for a in result.advisories}
    assert found[("KR", "PS")] == 4  # "The Gaza Strip, where Level 4 ... has applied"
    assert ("PS", "IL") not in found


def test_the_place_of_the_story_is_the_one_named_not_the_governments_whose_people_are_addressed():
    _, result = _extracted("rs_why_warnings")
    assert {(a.issuer, a.subject, a.directive.value) for a in result.advisories} == {
        ("GB", "SS", "do_not_travel"),  # "to the whole country": South Sudan, not Germany named five times
        ("CA", "SS", "do_not_travel"),
        ("DE", "SS", "leave_immediately"),
    }
    _, result = _extracted("lv_japan_mofa")
    # "its Japanese staff left for Istanbul on a British military plane": the plane's country owns no mission
    assert {(m.mission_of, m.in_country) for m in result.mission_events} == {("JP", "AF")}


def test_a_level_keeps_to_its_own_act_and_a_label_people_use_is_no_rating():
    _, result = _extracted("lv_israel_nsc")
    found = {a.subject: (a.level, a.previous_level) for a in result.advisories}
    # "issued Level 4 warnings for Egypt and Jordan, which had been at Level 3, and advised against any travel to
    # Morocco, where the warning was raised to Level 3": each act its own level
    assert found["MA"][0] == 3
    assert found["EG"] == found["JO"] == (4, 3)
    _, result = _extracted("distractor_level_metaphors")
    # 'a "Level 4" label in some foreign media reports' is no government's level; the US's Level 3 is
    # (and Britain's advice "only against travel to a few neighbourhoods of Kingston")
    assert {(a.issuer, a.subject, a.level) for a in result.advisories} == {("US", "JM", 3), ("GB", "JM", None)}
    assert all(a.reasons == [] for a in result.advisories)  # not the "war zone" a hotelier's quote names


def test_reasons_a_standing_level_reflects_and_a_sentence_of_its_own_advice_frames_no_other():
    _, result = _extracted("rs_us_security_alert")
    us = next(a for a in result.advisories if a.issuer == "US")
    assert set(us.reasons) == {"kidnapping", "crime", "civil_unrest", "health"}  # "..., reflecting kidnapping, ..."
    _, result = _extracted("rs_singapore_mfa")
    lb = next(a for a in result.advisories if a.subject == "LB")
    assert lb.reasons == []  # the flights of the advice to those in Iran and Israel are not Lebanon's why


def test_the_place_before_where_is_the_place_of_the_advice_in_its_clause():
    _, result = _extracted("lv_canada_regions")
    found = {a.subject: a.directive.value for a in result.advisories}
    assert found == {"MX": "do_not_travel", "CO": "increased_caution"}  # "Colombia, where Canada also advises ..."


def test_a_list_after_a_count_at_a_level_takes_the_level():
    _, result = _extracted("lv_us_levels_list")
    levels = {a.subject: a.level for a in result.advisories}
    # "rates 21 countries at Level 4 ... Among them are Russia, Ukraine, ..."
    assert all(levels[c] == 4 for c in ("RU", "UA", "BY", "IR", "KP", "SY", "YE", "LY", "ML", "BF", "HT"))
    assert levels["NG"] == levels["PK"] == 3


def test_reasons_the_advising_government_gives_a_paragraph_later_add_to_its_own_advice_only():
    _, result = _extracted("rs_wire_background")
    reasons = {a.issuer: set(a.reasons) for a in result.advisories}
    # '"... extremely volatile," the British Foreign Office said ..., adding that the airport was closed and ...'
    assert reasons["GB"] == {"armed_conflict", "limited_flights", "limited_consular_capacity"}
    assert reasons["FR"] == {"armed_conflict"}
    assert {a.subject for a in result.advisories} == {"CD"}  # not the "Rwanda-backed" rebels' backer
    _, result = _extracted("rs_reasons_before")
    # "Those still in the country should consider leaving": soft, not a call to leave now
    assert {(a.issuer, a.directive.value) for a in result.advisories} == {("NL", "do_not_travel"), ("BE", "do_not_travel")}


def test_embassies_that_reopen_are_those_that_closed_and_one_that_stays_closed_is_suspended():
    _, result = _extracted("mission_embassy_background")
    events = {(m.mission_of, m.action.value) for m in result.mission_events}
    assert {o for o, action in events if action == "reopened"} == {"US", "IT", "ES", "GR"}  # "The embassies reopened"
    assert {o for o, action in events if action == "reduced_services"} == {"GB", "FR"}
    _, result = _extracted("rs_wire_background")
    # "... and that the embassy would stay closed until further notice"
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {("FR", "CD", "suspended")}


def test_foreign_advice_joined_after_an_embassy_sentence_and_these_countries():
    _, result = _extracted("ml_news9_de")
    # "Österreich schloss sich der Warnung an": the warning, not the embassy's core team of the sentence before
    assert ("AT", "IR") in {(a.issuer, a.subject) for a in result.advisories}
    assert {(m.mission_of, m.action.value) for m in result.mission_events} == {("DE", "reduced_services")}  # Kernteam
    _, result = _extracted("ml_news9_pl")
    # "Polaków przebywających w tych krajach ... wezwał do ich niezwłocznego opuszczenia": each of the three
    assert {(a.subject, a.directive.value) for a in result.advisories} == {
        ("BF", "leave_immediately"),
        ("ML", "leave_immediately"),
        ("NE", "leave_immediately"),
    }


def test_foreign_offers_of_flights_are_no_advice_and_stronger_regional_wording_counts():
    _, result = _extracted("ml_news9_fr")
    assert {a.issuer for a in result.advisories} == {"FR"}  # "proposé ... un vol spécial pour quitter le pays"
    assert {(m.mission_of, m.action.value) for m in result.mission_events} == {("FR", "reduced_services")}
    _, result = _extracted("ml_news9_es")
    assert result.advisories[0].directive == "do_not_travel"  # "desaconseja viajar en cualquier circunstancia"
    _, result = _extracted("ml_news9_ar")
    assert {(m.mission_of, m.action.value) for m in result.mission_events} == {("KW", "suspended")}  # "علقت أعمالها"
    _, result = _extracted("ml_news9_zh")
    assert "limited_flights" in result.advisories[0].reasons or "limited_flights" in result.advisories[1].reasons


def test_advice_said_to_be_unchanged_is_no_event_and_a_sentence_of_other_advice_frames_none():
    _, result = _extracted("distractor_embassy_visa_row")
    assert result.advisories == [] and result.mission_events == []  # "Travel advice for Ghana has not changed."
    _, result = _extracted("adv_region_anaphor")
    # "Several governments have told their citizens to leave Lebanon as Israeli air strikes intensify" is the why of
    # that advice, not of Britain's and Canada's advice about Israel's north in the next sentence
    found = {(a.issuer, a.subject): a.reasons for a in result.advisories}
    assert found[("GB", "IL")] == [] and found[("CA", "IL")] == []
    _, result = _extracted("reasons_restated")
    # ("Fearing a war with Azerbaijan, several governments are urging their citizens to get out.": that advice names
    # no place, so it is the list's after it)
    assert all(a.reasons == ["armed_conflict"] for a in result.advisories)


def test_a_counted_regional_group_names_its_members_and_a_deadline_to_leave_is_a_call_to_leave():
    _, result = _extracted("news_qatar_2017")
    # "Saudi Arabia, the UAE, Bahrain and Egypt severed ... the three Gulf states gave their citizens two weeks to leave"
    assert {(a.issuer, a.subject, a.directive.value) for a in result.advisories} == {
        ("SA", "QA", "leave_immediately"),
        ("AE", "QA", "leave_immediately"),
        ("BH", "QA", "leave_immediately"),
    }
    assert _advice_missions("Saudi Arabia ordered Qatari diplomats out within 48 hours.") == {("QA", "SA", "suspended")}


def test_a_contrast_after_a_reason_opens_a_clause_with_its_own_governments():
    _, result = _extracted("news_sri_lanka_2019")
    # "..., citing terrorism, while India, China and Japan urged their citizens to be vigilant"
    assert {a.issuer for a in result.advisories if a.directive == "increased_caution"} >= {"IN", "CN", "JP", "US"}


def test_soft_postponement_families_flown_home_and_only_aid_let_through():
    _, result = _extracted("news_zika_2016")
    # "should consider postponing trips to Brazil, Colombia and El Salvador": advice of no stated strength
    assert {(a.issuer, a.subject, a.directive) for a in result.advisories} == {
        (i, s, None) for i in ("IE", "NZ") for s in ("BR", "CO", "SV")
    }
    _, result = _extracted("news_myanmar_2021")
    assert ("KR", "ordered_departure") in {(m.mission_of, m.action.value) for m in result.mission_events}
    _, result = _extracted("news_haiti_2024_dr")
    assert {b.action.value for b in result.border_events} == {"closed", "restricted"}  # "Only ... allowed through"


def _advice_missions(text: str) -> set[tuple]:
    result = extract(Article(id="x", source="test", text=text, published=dt.date(2025, 6, 1)))
    return {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}


def test_worldwide_calls_to_come_home_and_embassies_in_unnamed_places():
    _, result = _extracted("news_covid_2020")
    assert {(a.issuer, a.subject, a.directive.value) for a in result.advisories} == {
        ("US", None, "leave_immediately"),  # "Americans abroad should arrange to return to the United States immediately"
        ("CA", None, "leave_immediately"),  # "... also told their citizens to come home", after worldwide advice
        ("AU", None, "leave_immediately"),
    }
    assert result.mission_events == []  # "Several U.S. embassies have suspended routine visa services"


def test_a_ministry_seat_is_no_place_of_advice_and_a_growing_list_of_governments_is_unnamed():
    _, result = _extracted("news_nepal_2015")
    # "The Foreign Office in London said travellers should defer trips to the country"
    gb = next(a for a in result.advisories if a.issuer == "GB")
    assert (gb.subject, gb.directive.value, gb.reasons) == ("NP", "do_not_travel", ["natural_disaster"])
    _, result = _extracted("news_ukraine_2022_list")
    assert "RU" not in {a.issuer for a in result.advisories}  # "A growing list of governments has told ... as Russia masses"
    # "Britain: ... should leave ... Most embassy staff have been withdrawn.": the line's government, not the one before
    assert {(m.mission_of, m.action.value) for m in result.mission_events} == {
        ("US", "ordered_departure"),
        ("GB", "ordered_departure"),
    }
    assert _advice("Chinese citizens there should move to a safe place or return home as soon as possible, it said.") == []


def test_reasons_of_occupations_marches_on_a_capital_and_many_cancelled_flights():
    _, result = _extracted("news_hongkong_2019")
    found = {a.issuer: (a.directive.value, set(a.reasons)) for a in result.advisories}
    # "after protesters occupied the city's airport, forcing the cancellation of hundreds of flights"
    assert found["SG"] == ("increased_caution", {"civil_unrest", "limited_flights"})
    assert found["TW"][0] == "reconsider_travel"  # orange, "avoid non-essential travel"
    _, result = _extracted("news_ethiopia_2021")
    us = next(a for a in result.advisories if a.issuer == "US")
    assert us.reasons == ["armed_conflict"]  # "as Tigrayan forces ... threatened to march on Addis Ababa"


def test_a_way_out_through_crossings_with_a_neighbour_is_no_place_of_advice():
    _, result = _extracted("news_israel_iran_2025")
    assert {(a.issuer, a.subject) for a in result.advisories} == {("CN", "IL")}  # "through the land crossings with Jordan"


def test_a_turkish_cause_before_its_word_names_no_government_and_a_case_marks_a_whole_list():
    _, result = _extracted("ml_news10_tr")
    # "İran'ın İsrail'e yönelik saldırısının ardından vatandaşlarımızın ... İsrail, Filistin ve Lübnan'a seyahat ..."
    assert {(a.issuer, a.subject, a.directive.value) for a in result.advisories} == {
        ("TR", "IL", "reconsider_travel"),
        ("TR", "PS", "reconsider_travel"),
        ("TR", "LB", "reconsider_travel"),
        ("TR", "IR", "increased_caution"),
    }


def test_foreign_plain_advice_against_trips_and_reasons_of_escalation_and_suspended_air_links():
    _, result = _extracted("ml_news10_it")
    found = {(a.issuer, a.subject): (a.directive.value, a.reasons) for a in result.advisories}
    assert found[("IT", "IR")][0] == "do_not_travel"  # "Si sconsigliano inoltre i viaggi in Iran"
    assert found[("IT", "LB")][1] == ["armed_conflict"]  # "a causa del rischio di un'escalation militare"
    _, result = _extracted("ml_news10_ru")
    assert all("limited_flights" in a.reasons for a in result.advisories)  # "авиасообщение частично приостановлено"


def test_a_second_government_after_a_reason_names_a_region_of_the_place_and_trips_put_off():
    _, result = _extracted("news_peru_2023")
    assert {(a.issuer, a.directive.value) for a in result.advisories} == {
        ("US", "reconsider_travel"),
        ("CA", "reconsider_travel"),  # "..., citing civil unrest, and Canada told Canadians to avoid ... the Puno region"
        ("CL", "do_not_travel"),  # "asked Chileans planning trips to Peru to postpone them"
    }


def test_an_ambassador_who_left_with_another_country_s_convoy_and_a_reopening_within_days():
    _, result = _extracted("news_sudan_2023")
    assert ("NL", "SD", "evacuated") in {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}
    _, result = _extracted("news_syria_2024")
    # "Turkey said it would reopen its embassy in the capital within days."
    assert ("TR", "SY", "reopened") in {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}


def test_both_countries_after_unnamed_governments_advice_and_only_letting_in_some():
    _, result = _extracted("news_armenia_2020")
    # "France told its nationals to avoid the border regions of both countries" after unnamed governments' advice
    assert {(a.issuer, a.subject) for a in result.advisories} == {("FR", "AM"), ("FR", "AZ")}
    _, result = _extracted("news_bolivia_2019")
    # "tightened controls ... and would only let in people with valid travel documents"
    assert ("PE", "BO", "restricted") in {(b.country, b.neighbor, b.action.value) for b in result.border_events}
    assert ("PE", "BO", "closed") not in {(b.country, b.neighbor, b.action.value) for b in result.border_events}


def test_the_advisory_comes_amid_fears_of_a_retaliatory_attack():
    _, result = _extracted("news_india_mea_israel")
    assert all(a.reasons == ["armed_conflict"] for a in result.advisories)
    assert {a.subject for a in result.advisories} == {"IR", "IL"}
    _, result = _extracted("distractor_exercise_caution_finance")
    assert result.advisories == []  # investors' caution, "do not travel too far down the risk curve"


def test_foreign_those_in_a_place_are_told_to_leave_it_and_names_and_reasons_of_four_languages():
    _, result = _extracted("ml_news11_lt")
    found = {a.subject: a.directive.value for a in result.advisories}
    assert found == {"LB": "leave_immediately", "IL": "do_not_travel", "IR": "do_not_travel"}  # "Libane esantiems ..."
    _, result = _extracted("ml_news11_lv")
    assert ("LV", "PS") in {(a.issuer, a.subject) for a in result.advisories}  # "Palestīnu"
    _, result = _extracted("ml_news11_ja")
    assert result.advisories[0].reasons[:1] == ["civil_unrest"]  # "クーデター"


def test_a_similar_advisory_repeats_the_statement_not_its_weaker_follow_up_and_an_embassy_seat_is_no_place():
    _, result = _extracted("wire_bernama_style")
    # "... defer all travel to Israel and Palestine following the escalation of violence ... register with the Embassy
    # of Malaysia in Amman, Jordan ... Indonesia's foreign ministry issued a similar advisory"
    assert {(a.issuer, a.subject, a.directive.value) for a in result.advisories} == {
        (i, s, "do_not_travel") for i in ("MY", "ID") for s in ("IL", "PS")
    }
    assert all(a.reasons == ["armed_conflict"] for a in result.advisories if a.issuer == "MY")


def test_governments_compared_in_gapped_clauses_each_about_the_country_of_the_story():
    _, result = _extracted("analysis_levels_compared")
    # "The United States has had the country at Level 4 ...; Canada advises against all travel; Britain against all but
    # essential travel outside Port-au-Prince, and against all travel to the capital itself. France's "red"
    # classification covers the whole country, while Germany has not issued a formal travel warning, advising instead
    # against non-essential travel."
    assert {(a.issuer, a.subject, a.directive.value) for a in result.advisories} == {
        ("US", "HT", "do_not_travel"),
        ("CA", "HT", "do_not_travel"),
        ("GB", "HT", "do_not_travel"),
        ("FR", "HT", "do_not_travel"),
        ("DE", "HT", "reconsider_travel"),
    }


def test_a_press_release_names_its_reasons_and_a_remote_office_and_unchanged_advice_are_no_events():
    _, result = _extracted("govuk_press_release")
    assert [(a.subject, a.directive.value, set(a.reasons)) for a in result.advisories] == [
        ("ML", "leave_immediately", {"armed_conflict", "kidnapping"})
    ]  # not "travel advice for neighbouring Burkina Faso and Niger is unchanged"
    assert {m.in_country for m in result.mission_events} == {"ML"}  # not "remotely from Dakar, Senegal"


def test_a_list_of_embassies_each_with_its_state_under_missions_named_without_governments():
    _, result = _extracted("explainer_embassies_table")
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("US", "SD", "suspended"),  # "- United States: closed; staff evacuated on April 22."
        ("US", "SD", "evacuated"),
        ("GB", "SD", "suspended"),
        ("GB", "SD", "evacuated"),
        ("DE", "SD", "suspended"),  # "- Germany: closed."
        ("EG", "SD", "reduced_services"),  # "- Egypt: open, with reduced staff."
    }  # (not "Sudan: which embassies have closed?", a question; nor China's open embassy)


def test_foreign_coups_are_civil_unrest_and_a_korean_cause_names_no_government():
    _, result = _extracted("ml_news12_es")
    assert set(result.advisories[0].reasons) == {"civil_unrest", "limited_flights"}  # "tras el golpe de Estado y el cierre ..."
    text = "외교부는 14일 이란의 이스라엘 공격에 따라 이스라엘 전역에 발령 중인 여행경보 3단계(출국권고)를 유지했다."
    result = extract(Article(id="x", source="test", text=text, published=dt.date(2024, 4, 14)))
    assert {(a.issuer, a.subject, a.level) for a in result.advisories} == {("KR", "IL", 3)}  # not Iran's "attack on Israel"


def test_plural_people_of_two_word_countries_and_roadblocks_are_a_safety_tip():
    _, result = _extracted("news_dirco_statement")
    # "DIRCO has urged South Africans in Lebanon to leave ..."
    found = {(a.issuer, a.subject, a.directive.value) for a in result.advisories}
    assert ("ZA", "LB", "leave_immediately") in found
    # "Kenya's foreign ministry issued a similar call to the ... Kenyans working in Lebanon": what South Africa said
    # about Lebanon, not its last words (about Israel)
    assert ("KE", "LB", "leave_immediately") in found
    _, result = _extracted("news_nz_local")
    # "stay away from roadblocks" is a tip; the standing level is "avoid non-essential travel"
    assert [(a.issuer, a.subject, a.directive.value) for a in result.advisories] == [("NZ", "NC", "reconsider_travel")]


def test_diplomats_moved_overland_are_evacuated_and_remaining_diplomats_recalled_are_drawn_down():
    _, result = _extracted("news_libya_2014")
    # "shut its embassy in Tripoli ... and moved its diplomats overland to Tunisia"
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events if m.mission_of == "US"} == {
        ("US", "LY", "suspended"),
        ("US", "LY", "evacuated"),
    }
    _, result = _extracted("news_drc_2025")
    # "recalled its remaining diplomats from Kinshasa"; embassies attacked are no act of their owners
    assert {(m.mission_of, m.action.value) for m in result.mission_events} == {
        ("RW", "ordered_departure"),
        ("US", "reduced_services"),
    }


def test_a_demand_for_advice_and_a_denied_claim_are_no_advice_and_protests_are_a_tip():
    _, result = _extracted("opposition_calls_georgia")
    # "urged ministers to advise Britons against all but essential travel": asked of the government, not given;
    # "told their citizens to stay away from the protests": a safety tip
    assert [(a.issuer, a.subject, a.directive.value, a.reasons) for a in result.advisories] == [
        ("GB", "GE", "do_not_travel", [])
    ]
    _, result = _extracted("factcheck_canada_mexico")
    assert [(a.issuer, a.directive.value) for a in result.advisories] == [("CA", "reconsider_travel")]


def test_a_checkpoint_for_cars_only_is_restricted_and_where_traffic_is_sent_stays_open():
    _, result = _extracted("trucking_salcininkai")
    assert [(b.country, b.neighbor, b.action.value, b.crossing_names) for b in result.border_events] == [
        ("LT", "BY", "restricted", ["Šalčininkai"])  # (not Medininkai, where the lorries are rerouted)
    ]


def test_a_gapped_scale_back_and_no_more_visas_are_reduced_services():
    _, result = _extracted("denmark_closes_embassies")
    # "Denmark shuts embassy in Ouagadougou, scales back in Bamako"
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("DK", "BF", "suspended"),
        ("DK", "ML", "reduced_services"),
    }


def test_reasons_of_tribal_violence_limited_help_far_from_the_capital_and_flights_that_could_be_cut():
    _, result = _extracted("png_embassy_alert")
    (advisory,) = result.advisories
    assert set(advisory.reasons) == {"civil_unrest", "crime", "limited_consular_capacity"}
    assert advisory.regions == ["Enga province"]  # the headline's "Enga" told again by its longer name
    _, result = _extracted("japan_level4_rakhine")
    (advisory,) = result.advisories
    assert (advisory.level, advisory.directive.value) == (4, "leave_immediately")
    assert set(advisory.reasons) == {"armed_conflict", "limited_flights"}


def test_a_briefing_transcript_they_closed_their_border_is_the_government_named_before():
    _, result = _extracted("briefing_transcript_haiti")
    # "I would refer you to the Dominican government. As I understand it, they have closed their land border with
    # Haiti to everyone except their own citizens and diplomats."
    assert [(b.country, b.neighbor, b.action.value) for b in result.border_events] == [("DO", "HT", "restricted")]
    assert {(m.mission_of, m.action.value) for m in result.mission_events} == {
        ("US", "emergency_services_only"),
        ("US", "ordered_departure"),
    }


def test_a_country_where_governments_advise_is_the_story_country():
    _, result = _extracted("football_haiti_venue")
    assert {(a.issuer, a.subject, a.directive.value) for a in result.advisories} == {
        ("US", "HT", "do_not_travel"),
        ("CA", "HT", "do_not_travel"),
        ("FR", "HT", "do_not_travel"),
    }


def test_a_decade_of_closings_and_reopenings_told_with_it_and_brought_back():
    _, result = _extracted("feature_tripoli_embassies")
    # "The British ambassador's residence in Tripoli ... The embassy closed in July 2014 ..., reopened in 2017";
    # "France moved its diplomats to Tunis in 2014 and brought them back in 2021" (Tunis is where they went: out of
    # the country, an evacuation too, which the article's notes accept)
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("GB", "LY", "suspended"),
        ("GB", "LY", "reopened"),
        ("FR", "LY", "suspended"),
        ("FR", "LY", "evacuated"),
        ("FR", "LY", "reopened"),
    }
    text = "The British embassy in Tripoli closed in July 2014. It reopened for the second time in 2022."
    assert _missions(text) == {("GB", "LY", "suspended"), ("GB", "LY", "reopened")}


def test_foreign_body_directive_over_headline_and_emergency_help_is_no_condition():
    _, result = _extracted("ml_news13_it")
    # headline "sconsiglia i viaggi", body "rinviare i viaggi non essenziali": the body tells it
    assert [(a.issuer, a.subject, a.directive.value) for a in result.advisories] == [("IT", "BD", "reconsider_travel")]
    # "resterà chiusa al pubblico ..., ma garantirà l'assistenza consolare in caso di emergenza": no condition,
    # one state
    assert [(m.mission_of, m.in_country, m.action.value) for m in result.mission_events] == [
        ("IT", "BD", "emergency_services_only")
    ]
    _, result = _extracted("ml_news13_de")
    # "die Gefahr willkürlicher Festnahmen": arrests, not the enforcement of laws
    assert set(result.advisories[0].reasons) == {"armed_conflict", "wrongful_detention"}


def test_a_crossing_closed_to_passengers_and_cargo_is_closed_and_one_left_to_walkers_is_restricted():
    _, result = _extracted("allenby_shooting")
    # "the King Hussein Bridge, as the crossing is known on its side, would stay closed to passengers and cargo"
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("IL", "JO", "closed"),
        ("JO", "IL", "closed"),
    }
    _, result = _extracted("gallabat_metema")
    # "kept the Gallabat crossing on their side open, though only for people on foot"
    assert [(b.country, b.neighbor, b.action.value) for b in result.border_events] == [("SD", "ET", "restricted")]


def test_a_blocked_road_to_a_crossing_and_a_side_is_no_people_adjective():
    _, result = _extracted("dorohusk_farmers")
    assert [(b.country, b.neighbor, b.action.value, b.crossing_names) for b in result.border_events] == [
        ("PL", "UA", "restricted", ["Dorohusk"])
    ]
    text = (
        "Ukraine's ambassador said the blocking of the roads to the border crossings by Polish carriers was a blow "
        "to Ukraine, which is suffering from Russian aggression."
    )
    assert _borders(text) == {("PL", "UA", "restricted")}  # not Russia: "from Russian aggression" is no side


def test_all_embassy_staff_recalled_with_a_people_adjective_is_a_drawdown():
    _, result = _extracted("thailand_cambodia_2025")
    assert [(m.mission_of, m.in_country, m.action.value) for m in result.mission_events] == [
        ("KH", "TH", "ordered_departure")
    ]


def test_leave_through_available_means_said_to_people_of_a_country_s_origin():
    _, result = _extracted("india_iran_available_means")
    # "asked Indian nationals and persons of Indian origin in Iran to leave the country through available means"
    (advisory,) = result.advisories
    assert (advisory.issuer, advisory.subject, advisory.directive.value) == ("IN", "IR", "leave_immediately")
    assert set(advisory.reasons) == {"armed_conflict", "limited_flights"}  # "Iran's airspace remained closed"


def test_a_level_after_a_paragraph_of_reasons_with_an_aside_is_the_same_government_s():
    _, result = _extracted("us_venezuela_level4_list")
    # "Colombia, next door, is at Level 3." after the Level 4's reasons and the missing embassy
    assert {(a.issuer, a.subject, a.level) for a in result.advisories} == {("US", "VE", 4), ("US", "CO", 3)}


def test_foreign_emergency_only_missions_and_a_japanese_cause_names_no_place():
    _, result = _extracted("ml_news14_ko")
    # "긴급 상황을 제외한 영사 업무를 중단했다": consular work stopped except in emergencies
    assert [(m.mission_of, m.in_country, m.action.value) for m in result.mission_events] == [
        ("KR", "IL", "emergency_services_only")
    ]
    _, result = _extracted("ml_news14_pt")
    # "reduziu seus serviços ao atendimento de emergências"
    assert [(m.mission_of, m.action.value) for m in result.mission_events] == [("BR", "emergency_services_only")]
    _, result = _extracted("ml_news14_ja")
    # "イスラエル軍とヒズボラの戦闘が激化していることを受け": Israel is named in the cause, not rated
    assert [(a.issuer, a.subject, a.level) for a in result.advisories] == [("JP", "LB", 4)]


def test_chinese_turmoil_and_violent_clashes_are_unrest():
    _, result = _extracted("ml_news14_zh")
    assert [(a.subject, a.reasons) for a in result.advisories] == [("BD", ["civil_unrest"])]


def test_a_press_release_s_reasons_stay_with_its_first_advice_and_evacuation_flights_are_a_call_to_leave():
    _, result = _extracted("press_release_nz_mfat")
    # '"... our ability to provide consular assistance is extremely limited." We have also advised against all travel
    # to Israel.': the quote's why is Lebanon's
    assert {(a.subject, a.directive.value, tuple(a.reasons)) for a in result.advisories} == {
        ("LB", "leave_immediately", ("limited_consular_capacity",)),
        ("IL", "do_not_travel", ()),
    }
    _, result = _extracted("liveblog_niger_coup")
    # "Germany urges its citizens in Niger to take the French evacuation flights" (Italy's special flight is an offer)
    assert [(a.issuer, a.subject, a.directive.value) for a in result.advisories] == [("DE", "NE", "leave_immediately")]


def test_no_travel_warning_at_all_and_pickpockets_and_an_erupting_mountain():
    _, result = _extracted("analysis_egypt_two_views")
    found = {(a.issuer, a.directive.value, tuple(a.reasons)) for a in result.advisories}
    assert found == {("GB", "do_not_travel", ("terrorism",)), ("DE", "increased_caution", ("crime",))}
    _, result = _extracted("qa_bali_agung")
    assert set(result.advisories[0].reasons) == {"natural_disaster", "limited_flights"}


def test_a_closure_recapped_as_what_a_reopening_ends_is_an_event_of_its_own():
    _, result = _extracted("kenya_somalia_reopen")
    # "Kenya will reopen three crossing points ..., ending a closure that began in 2011"
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("KE", "SO", "opened"),
        ("KE", "SO", "closed"),
    }
    _, result = _extracted("chad_sudan_adre")
    # "it would reopen the Adre crossing ..., six months after it shut the route"
    assert {(b.country, b.action.value) for b in result.border_events} == {("SD", "opened"), ("SD", "closed")}


def test_foreign_lists_of_missions_with_their_staff_and_emergency_services_only():
    _, result = _extracted("ml3_fr_missions")
    # a headline's topic before the colon ("Haïti : ...") is the place, "une partie de leur personnel diplomatique",
    # "réduit les effectifs de leur ambassade" (a staff cut, reduced services as in English: dev 312), "restait ouverte
    # mais ne fournissait plus que des services d'urgence"
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("DE", "HT", "evacuated"),
        ("IT", "HT", "evacuated"),
        ("ES", "HT", "evacuated"),
        ("US", "HT", "reduced_services"),
        ("FR", "HT", "emergency_services_only"),
    }
    _, result = _extracted("ml3_pl_embassy")
    # "Konsulat generalny we Lwowie pozostaje otwarty": open all along, not reopened
    assert "reopened" not in {m.action.value for m in result.mission_events}


def test_a_german_cause_before_the_advice_names_no_government_and_both_countries_are_both():
    _, result = _extracted("ml3_de_levels")
    # "hat nach den israelischen Angriffen auf iranische Atomanlagen eine Reisewarnung für den Iran ausgesprochen";
    # "Österreich und die Schweiz raten ebenfalls von Reisen in beide Länder ab"
    found = {(a.issuer, a.subject) for a in result.advisories}
    assert found == {(i, s) for i in ("DE", "AT", "CH") for s in ("IR", "IL")}
    israel = next(a for a in result.advisories if (a.issuer, a.subject) == ("DE", "IL"))
    assert set(israel.reasons) == {"armed_conflict", "limited_flights"}  # "die Schließung des Luftraums"


def test_a_scale_explained_is_no_advice_and_a_level_had_before_is_the_previous_one():
    _, result = _extracted("lv2_japan_ukraine_level4")
    # "On the ministry's scale, Level 1 asks travellers to take extra care, Level 2 to drop non-essential trips ..."
    found = {(a.issuer, a.subject, a.level) for a in result.advisories}
    assert found == {("JP", "UA", 4), ("US", "UA", None), ("GB", "UA", None)}
    _, result = _extracted("lv2_korea_mozambique")
    # "It ranks above Level 2, ... and below Level 3, ...", then "Most of Mozambique had been at Level 2 until now."
    (advisory,) = result.advisories
    assert advisory.previous_level == 2 and advisory.level != 2


def test_a_place_a_relative_clause_rates_and_reasons_in_a_bulleted_list_and_the_sentence_after_it():
    _, result = _extracted("lv2_trade_cruise_lebanon")
    # "The bigger headache is Israel, which the department moved to Level 3"
    assert {(a.issuer, a.subject, a.level) for a in result.advisories} == {("US", "LB", 4), ("US", "IL", 3)}
    # "It also authorized family members of staff at the U.S. Embassy in Beirut, and some non-emergency employees,
    # to leave the country"
    assert [(m.mission_of, m.in_country, m.action.value) for m in result.mission_events] == [
        ("US", "LB", "authorized_departure")
    ]
    _, result = _extracted("lv2_ohio_haiti_list")
    # "The advisory lists:" and four bullets with glosses, then "It also warns that ... ability ... is extremely limited"
    reasons = set(result.advisories[0].reasons)
    assert reasons == {"kidnapping", "crime", "civil_unrest", "health", "limited_consular_capacity"}


def test_an_insurance_explainer_states_no_advice_and_an_embassy_moved_abroad_stays_in_its_host():
    _, result = _extracted("lv2_insurance_distractor")
    assert result.advisories == [] and result.mission_events == []  # "American-issued policies", a scale described
    _, result = _extracted("bm2_uk_embassy_tripoli_tunis")
    # "Britain moves its Libya embassy to Tunis": suspended in Libya, not in Tunisia
    assert ("GB", "LY", "suspended") in {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}
    assert all(m.in_country != "TN" for m in result.mission_events)
    _, result = _extracted("bm2_rasjdir_reopening")
    # "While it was shut, many travellers made a long detour through ... Dehiba-Wazin": a time, not a closure by Tunisia
    assert {(b.country, b.action.value, b.crossings_affected) for b in result.border_events} == {
        ("LY", "opened", 1),
        ("LY", "closed", 1),
    }


def test_a_foreign_safety_tip_about_protests_is_no_reason():
    _, result = _extracted("ml_news13_es")
    # "extremar las precauciones y evitar las zonas de protesta": caution, and a place to keep away from
    (advisory,) = result.advisories
    assert (advisory.issuer, advisory.directive.value, advisory.reasons) == ("PE", "increased_caution", [])


def test_foreign_levels_before_their_word_a_back_reference_after_its_verb_and_a_place_before_its_embassy():
    _, result = _extracted("ml4_pl_two_countries")
    # "podniosło ... ostrzeżenia dla Nigru i Burkiny Faso do czwartego, najwyższego stopnia ... po wojskowych przewrotach"
    assert {(a.subject, a.level) for a in result.advisories} == {("NE", 4), ("BF", 4)}
    assert all("civil_unrest" in a.reasons for a in result.advisories)
    _, result = _extracted("ml4_ru_leave_list")
    # "В субботу их примеру последовала Германия"; "распорядился о выезде большинства сотрудников посольства"
    assert ("DE", "UA") in {(a.issuer, a.subject) for a in result.advisories}
    assert [(m.mission_of, m.action.value) for m in result.mission_events] == [("US", "ordered_departure")]
    _, result = _extracted("ml4_zh_haiti")
    # "外交部和中国驻多米尼加使馆 ... 暂勿前往海地": the embassy's seat is no place advised about; "机场 ... 暂停商业航班"
    # suspends flights, not the embassy
    assert [(a.issuer, a.subject, a.reasons) for a in result.advisories] == [("CN", "HT", ["crime", "kidnapping"])]
    assert [(m.mission_of, m.in_country, m.action.value) for m in result.mission_events] == [("US", "HT", "evacuated")]
    _, result = _extracted("ml4_uk_border_trucks")
    # "польські колеги пропускатимуть лише вантажні автомобілі": trucks only
    assert ("PL", "UA", "restricted") in {(b.country, b.neighbor, b.action.value) for b in result.border_events}


def test_reasons_a_sentence_opens_with_before_the_government_that_advises():
    _, result = _extracted("en5_longsentence_niger_canada")
    (advisory,) = result.advisories
    assert {"kidnapping", "terrorism", "limited_flights", "civil_unrest"} <= set(advisory.reasons)


def test_reasons_announced_then_listed_one_by_one_and_the_sides_of_a_conflict_as_a_cause():
    _, result = _extracted("en5_podcast_bangladesh")
    # "They give two reasons. The first is the civil unrest itself: weeks of clashes, a curfew ... The second is that,
    # having ordered non-emergency staff ... out of Dhaka, the embassy can do very little for Americans ..."
    reasons = {a.issuer: set(a.reasons) for a in result.advisories}
    assert reasons["US"] == {"civil_unrest", "limited_consular_capacity"}
    assert reasons["GB"] == {"civil_unrest", "limited_flights"}  # "flights have been badly disrupted"
    _, result = _extracted("en5_three_issuers_iran")
    # "the Chinese Embassy in Tehran said the conflict between Israel and Iran was escalating and that Chinese nationals
    # should leave": the embassy's host, not both sides of the conflict
    assert {(a.issuer, a.subject) for a in result.advisories} == {("CN", "IR"), ("US", "IR"), ("IN", "IR")}


def test_help_that_cannot_reach_citizens_and_overwhelmed_hospitals_are_reasons():
    for name, reason in (
        ("en5_localtv_peru_family", "limited_consular_capacity"),  # "may be unable to reach U.S. citizens"
        ("en5_markets_ukraine_airlines", "limited_consular_capacity"),  # "would not be in a position to evacuate"
        ("en5_regions_turkey_quake", "health"),  # "hospitals there were overwhelmed"
    ):
        _, result = _extracted(name)
        assert reason in result.advisories[0].reasons, name


def test_a_country_moved_down_from_a_level_and_another_also_lowered_are_the_places_rated():
    text = (
        "The U.S. State Department on Tuesday moved Japan down from Level 4 to Level 3.\n\n"
        "Mexico was also lowered to Level 3."
    )
    assert {advice[:3] for advice in _advice(text)} == {("US", "JP", 3), ("US", "MX", 3)}


def test_foreign_home_ministry_guessed_in_a_headline_gives_way_to_the_government_the_body_names():
    _, result = _extracted("ml7_de_austria_lowered")
    # "Außenministerium hebt Reisewarnung für Israel auf" (unnamed: German by default), then "Das österreichische
    # Außenministerium hat ...": Austria's, and so are the sentences after it ("nachdem Israel und der Iran ..." a cause)
    assert {(a.issuer, a.subject) for a in result.advisories} == {("AT", "IL"), ("AT", "IR"), ("AT", "PS")}


def test_foreign_words_inside_other_words_and_scales_explained():
    _, result = _extracted("ml7_fa_turkey_crossing")
    assert result.advisories == []  # "به ترکیه بروند": to go to Turkey (ترک is only "leave" as a verb)
    _, result = _extracted("ml7_lv_two_subjects")
    # "ierobežotajām iespējām" (limited means) holds no border; "norādot uz Krievijas karu pret Ukrainu" is a cause
    assert result.border_events == []
    assert {a.subject for a in result.advisories} == {"RU", "BY"}
    _, result = _extracted("ml7_ko_special_advisory")
    # "특별여행주의보는 여행경보 2단계와 3단계 사이에 해당하는 조치다": between two levels, no level of its own
    assert [(a.level, a.directive.value) for a in result.advisories] == [(None, "do_not_travel")]
    assert [m.action.value for m in result.mission_events] == ["ordered_departure"]  # "직원을 일시적으로 줄여"
    _, result = _extracted("ml7_ja_level3_country")
    # "レベル2（不要不急の渡航は止めてください）からレベル3（渡航は止めてください（渡航中止勧告））に引き上げた"
    assert [(a.level, a.previous_level, a.directive.value) for a in result.advisories] == [(3, 2, "do_not_travel")]
    _, result = _extracted("ml7_it_leave_regions")
    # "ha invitato ... i connazionali presenti nelle regioni del Tigray, dell'Amhara e dell'Afar a lasciare l'Etiopia"
    assert [(a.issuer, a.directive.value) for a in result.advisories] == [("IT", "leave_immediately")]
    assert [(m.mission_of, m.action.value) for m in result.mission_events] == [("US", "ordered_departure")]


def test_reasons_a_minister_set_out_in_the_sentence_after_and_a_crossing_kept_open_in_a_headline():
    _, result = _extracted("en6_kenya_drc_advisory")
    # "... set out the reasons at a briefing in Nairobi." then '"There is heavy fighting ..., the airport there is
    # shut, and yesterday we saw rioting crowds ..."'
    assert set(result.advisories[0].reasons) == {"armed_conflict", "limited_flights", "civil_unrest"}
    _, result = _extracted("en6_colombia_venezuela_runoff")
    # "Colombia to close Venezuela crossings for runoff, keeps Simon Bolivar bridge open to voters"; "shut six of its
    # seven official crossing points"
    closed = [b for b in result.border_events if (b.neighbor, b.action.value) == ("VE", "closed")]
    assert [b.crossings_affected for b in closed] == [6]


def test_a_foreign_crossing_named_in_the_sentence_before_tells_the_other_side():
    _, result = _extracted("ml_news14_tr")
    # "... Refah Sınır Kapısı açıldığında ... Mısır, sınır kapısını yardım kamyonları dışında kapalı tutuyor."
    assert [(b.country, b.neighbor, b.action.value) for b in result.border_events] == [("EG", "PS", "restricted")]


def test_cases_made_up_and_claims_withdrawn_give_no_advice():
    _, result = _extracted("en8_opinion_distractor_advisories")
    # "Suppose the State Department moved Jamaica to Level 4 tomorrow.", "Or imagine Britain's Foreign Office ...",
    # "Or Canada telling its citizens to avoid ..."
    assert result.advisories == []
    _, result = _extracted("en8_correction_canada_peru")
    # "Correction: An earlier version of this story said Canada had advised against all travel to Peru."
    assert [(a.issuer, a.directive.value) for a in result.advisories] == [("CA", "reconsider_travel")]


def test_all_travel_that_is_not_strictly_necessary_and_a_place_moved_to_a_level_named_in_words():
    _, result = _extracted("en8_highest_levels_ethiopia")
    # "The Netherlands moved Ethiopia to the second-highest level of its own system, advising against all travel that
    # is not strictly necessary."
    assert {(a.issuer, a.directive.value) for a in result.advisories} == {
        ("DE", "leave_immediately"),
        ("NL", "reconsider_travel"),
    }
    _, result = _extracted("en8_jordan_iraq_turaibil_reopen")
    # "... switched to suppliers in Turkey and Iran while the border was shut": a time, no closure by Iran
    assert all(b.country in ("JO", "IQ") for b in result.border_events)


def test_foreign_sides_named_by_a_people_s_adjective_and_more_reasons_named_after_the_advice():
    _, result = _extracted("ml9_uk_poland_cars_only")
    # "Міністерство закордонних справ України повідомило, що польська сторона ... обмежує рух": Poland acts
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("PL", "UA", "restricted"),
        ("PL", "UA", "opened"),
    }
    _, result = _extracted("ml9_ru_nepal_belarus")
    # "Среди причин в министерстве назвали и приостановку работы международного аэропорта ..."
    russia = next(a for a in result.advisories if a.issuer == "RU")
    assert set(russia.reasons) == {"civil_unrest", "limited_flights"}
    _, result = _extracted("ml9_fr_canada_two_levels")
    # "Pour Israël, l'avis demeure inchangé : Ottawa demande d'éviter les voyages non essentiels"
    assert {(a.issuer, a.subject) for a in result.advisories} == {("CA", "LB"), ("CA", "IL")}


def test_taiwan_s_ministry_known_by_the_word_for_its_people():
    _, result = _extracted("ml9_zh_taiwan_niger_red")
    # "外交部27日宣布，將西非國家尼日的旅遊警示由橙色提升為紅色，建議國人不宜前往 ... 應儘速離境"
    assert ("TW", "NE", "leave_immediately") in {(a.issuer, a.subject, a.directive.value) for a in result.advisories}


def test_turkish_those_who_want_to_leave_are_told_a_way_out_not_to_leave():
    _, result = _extracted("ml9_tr_libya_leave")
    # "Libya'dan ayrılmak isteyenler, Tunus sınırındaki Ras Cedir kapısını ... kullanabilir": no advice about Tunisia
    assert {a.subject for a in result.advisories} == {"LY"}


def test_a_capital_that_opens_the_sentence_withdraws_its_own_staff():
    _, result = _extracted("ml9_es_peru_caracas_closed")
    # "Caracas, por su parte, retiró a todo su personal diplomático de Lima.": Venezuela's mission in Peru, none left
    assert ("VE", "PE", "suspended") in {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}


def test_foreign_words_for_borders_inside_other_words_lists_after_a_verb_and_visa_terms():
    _, result = _extracted("ml11_lt_israel_evacuated")
    # "Užsienio reikalų ministerija" (foreign affairs) holds no border; "ambasada Izraelyje ... buvo evakuota:
    # diplomatai ... pervežti į Jordaniją": evacuated from Israel, to Jordan
    assert result.border_events == []
    assert [(m.mission_of, m.in_country, m.action.value) for m in result.mission_events] == [("LT", "IL", "evacuated")]
    _, result = _extracted("ml11_ar_gulf_lebanon_similar")
    # "دعت المملكة العربية السعودية والإمارات العربية المتحدة ... إلى مغادرته", then "واتخذت الكويت خطوة مماثلة"
    assert {(a.issuer, a.subject, a.directive.value) for a in result.advisories} == {
        (issuer, "LB", "leave_immediately") for issuer in ("SA", "AE", "KW")
    }
    _, result = _extracted("ml11_lv_vientuli_closed")
    # "arī turpmāk būs atvērts Terehovas robežšķērsošanas punkts": open as before, not reopened
    assert [b.action.value for b in result.border_events] == ["closed"]
    _, result = _extracted("ml11_fa_visa_waiver_distractor")
    assert result.border_events == [] and result.advisories == []  # a visa waiver's terms ("فقط ... فرودگاه‌ها")
    _, result = _extracted("ml11_ja_ukraine_embassy_rzeszow")
    # "陸路で出国する場合、ポーランドやモルドバ、ルーマニアとの国境の検問所が大変混雑": how people leave, no mission's event
    assert [(m.mission_of, m.in_country, m.action.value) for m in result.mission_events] == [("JP", "UA", "suspended")]


def test_none_of_them_and_all_of_them_after_a_list_of_governments_advice():
    _, result = _extracted("en10_explainer_nicaragua")
    # "None of the five tells its citizens who are already in Nicaragua to leave.": no call to leave; "All of them
    # point to the violence that has followed the protests ...": the why of each line's advice
    assert {a.directive.value for a in result.advisories} == {"reconsider_travel"}
    assert all("civil_unrest" in a.reasons for a in result.advisories)


def test_a_denial_that_follows_a_verb_the_reasons_it_gives_and_a_part_of_the_staff_pulled_out():
    _, result = _extracted("en10_quote_us_russia")
    assert result.border_events == []  # "The Kremlin has denied that it intends to close Russia's borders ..."
    _, result = _extracted("en10_qa_jamaica")
    # "It reissued the advisory ... The reasons it gives are violent crime, ... and hospitals that may not be able to
    # deal with serious emergencies"
    us = next(a for a in result.advisories if a.issuer == "US")
    assert set(us.reasons) == {"crime", "health"}
    _, result = _extracted("en10_digest_three_countries")
    # "Canada pulled 41 of its diplomats out of India ... It has also paused in-person services at its consulates"
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("CA", "IN", "ordered_departure"),
        ("CA", "IN", "reduced_services"),
    }


def test_foreign_any_title_staff_taken_towards_a_neighbour_and_an_evacuation_advisory_beside_an_embassy():
    _, result = _extracted("ml13_it_israel_iran_acausa")
    # "La Farnesina sconsiglia a qualsiasi titolo i viaggi in Israele e in Iran": against any travel, no exception
    assert {(a.subject, a.directive.value) for a in result.advisories} == {("IL", "do_not_travel"), ("IR", "do_not_travel")}
    _, result = _extracted("ml13_fr_swiss_libya_leave")
    # "Les collaborateurs de l'ambassade ont été évacués ... par la route vers la Tunisie": evacuated from Libya
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("CH", "LY", "suspended"),
        ("CH", "LY", "evacuated"),
    }
    _, result = _extracted("ml13_ja_sudan_level4_suspended")
    # "スーダン全土にレベル4の退避勧告　日本大使館は業務を一時停止": the evacuation advice is the advisory's, not the embassy's
    assert [(m.mission_of, m.action.value) for m in result.mission_events] == [("JP", "suspended")]


def test_a_foreign_clause_after_a_semicolon_acts_on_its_own_borders_and_a_home_government_with_no_border_there():
    _, result = _extracted("ml13_de_niger_emergency_only")
    # "Die Militärjunta öffnete ... die Landgrenzen zu Algerien, Burkina Faso, Libyen, Mali und dem Tschad wieder; die
    # Grenzen zu Nigeria und Benin bleiben dagegen geschlossen." (a German story: Germany has no border there)
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        *(("NE", other, "opened") for other in ("DZ", "BF", "LY", "ML", "TD")),
        ("NE", "NG", "closed"),
        ("NE", "BJ", "closed"),
    }


def test_the_strongest_advice_keeps_its_own_level_and_places_rated_after_an_aside_or_in_a_category():
    _, result = _extracted("rs14_mindanao_blast_foreign_advisories_regions")
    # "keeps the Philippines as a whole at Level 2 ... puts the Sulu Archipelago at Level 4, "Do Not Travel"": one
    # entry per government and place, the strongest advice with its level
    us = next(a for a in result.advisories if a.issuer == "US")
    assert (us.level, us.directive) == (4, "do_not_travel")
    text = "The United States has lowered its travel advisory for Jamaica to Level 2. "
    assert _advice(text + "The Bahamas and the Dominican Republic, two close competitors, are also at Level 2.") == [
        ("US", "JM", 2, None, "lowered"),
        ("US", "BS", 2, None, "increased_caution"),
        ("US", "DO", 2, None, "increased_caution"),
    ]
    text = "The United States has kept India at Level 2. "
    for rated in ("Pakistan, for comparison, sits in Category 3.", "Pakistan is in Category 3."):
        assert ("US", "PK", 3, None, "reconsider_travel") in _advice(text + rated), rated
    # the scale's owner: "on the United States' four-level scale", "On Washington's scale"
    text = "Singapore advised its citizens to avoid Indonesia. "
    for rated in (
        "Indonesia remains at Level 2 on the United States' four-level scale because of terrorism.",
        "On Washington's scale, Indonesia remains at Level 2.",
    ):
        assert ("US", "ID", 2, None, "increased_caution") in _advice(text + rated), rated


def test_no_warning_in_place_and_told_not_to_leave_are_no_advice():
    assert _advice("The British Foreign Office has no warning against travel to Jamaica in place.") == []
    assert _advice("Canada has no advisory against travel to Jamaica.") == []
    text = "New Zealand raised its advice for New Caledonia to level three. "
    assert _advice(text + "Guests in a hotel in Noumea had been told not to leave the building.") == [
        ("NZ", "NC", 3, None, "reconsider_travel")
    ]


def test_a_territory_described_its_flights_named_and_the_updated_advisory_giving_reasons():
    # "the French Pacific territory" is New Caledonia, not France; "the French flights" are planes, not a place
    text = (
        "New Zealanders are told to avoid non-essential travel to New Caledonia. The ministry raised its advice for "
        'the French Pacific territory to "avoid non-essential travel", level three on the four-level scale.'
    )
    assert {(a.issuer, a.subject) for a in extract(Article(id="x", source="t", text=text)).advisories} == {("NZ", "NC")}
    text = "Germany's foreign office urged the roughly 100 Germans still in Niger to leave on the French flights."
    assert _advice(text) == [("DE", "NE", None, None, "leave_immediately")]
    # "The updated advisory points to ...": the advice named again gives its why, and few flights are one
    text = (
        "New Zealand raised its advice for New Caledonia to level three. The updated advisory points to ongoing "
        "civil unrest and the closure of the airport, which has left all commercial flights suspended."
    )
    assert _reasons(text) == {("NZ", "NC"): ["civil_unrest", "limited_flights"]}
    _, result = _extracted("wire14_niger_coup_us_drawdown_borders_reopen")
    # "It raised its travel advisory for the West African country to Level 4 ... warning that flight options had
    # been severely limited": the host of the mission event just reported
    us = next(a for a in result.advisories if a.issuer == "US")
    assert (us.subject, us.level, us.previous_level) == ("NE", 4, 3)
    assert "limited_flights" in us.reasons


def test_foreign_regions_name_the_place_a_hong_konger_and_a_polish_ordinal_level():
    _, result = _extracted("ml14_de_mosambik_cabo_delgado_teilreisewarnung")
    # "rät von nicht notwendigen Reisen in die Provinzen Cabo Delgado und Niassa ab": Mozambique's provinces
    assert {(a.issuer, a.subject) for a in result.advisories} == {("DE", "MZ"), ("AT", "MZ"), ("CH", "MZ")}
    # "könne ... nur sehr eingeschränkt konsularische Hilfe leisten": a reason, no mission event
    assert result.mission_events == []
    assert "limited_consular_capacity" in next(a for a in result.advisories if a.issuer == "DE").reasons
    text = (
        "The government issued an amber outbound travel alert for Indonesia on Monday, urging Hongkongers who plan "
        "to visit to monitor the situation and exercise caution."
    )
    assert _advice(text) == [("HK", "ID", None, None, "increased_caution")]
    # "w czwartek" is on Thursday, "do czwartego, najwyższego stopnia" the fourth level
    text = (
        "Ministerstwo Spraw Zagranicznych podniosło w czwartek poziom ostrzeżenia dla Pakistanu do czwartego, "
        "najwyższego stopnia i odradza wszelkie podróże do tego kraju."
    )
    assert _advice(text) == [("PL", "PK", 4, None, "do_not_travel")]


def test_the_advice_own_words_after_it_a_refusal_to_follow_and_storm_evacuations_of_residents():
    _, result = _extracted("rs14_us_level4_ukraine_russia_belarus_reasons")
    us = {a.subject: a for a in result.advisories if a.issuer == "US"}
    # "The department also reissued its Level 4 advisory for Russia. It lists ... harassment ..., the embassy's
    # limited ability to assist ..., COVID-19 ..., terrorism ... and the arbitrary enforcement of local law."
    assert {"harassment", "limited_consular_capacity", "health", "terrorism", "arbitrary_law_enforcement"} <= set(
        us["RU"].reasons
    )
    # the headline's "orders embassy families out of Kyiv, lists reasons behind ... warnings for Ukraine, Russia and
    # Belarus": the other predicate's places are no hosts; "the bloc did not intend to follow suit": no advice
    assert {(m.mission_of, m.in_country) for m in result.mission_events} == {("US", "UA"), ("GB", "UA")}
    assert ("GB", "BE") not in {(a.issuer, a.subject) for a in result.advisories}
    _, result = _extracted("rs14_iran_detention_risk_european_advice")
    reasons = {a.issuer: set(a.reasons) for a in result.advisories}
    # "It says British and British-Iranian nationals face a significant risk of arbitrary detention"; "attacks by
    # militant groups"; "laws ... can be enforced unpredictably", "its ability to provide consular assistance ... is
    # extremely limited"
    assert reasons["GB"] == {"crime", "terrorism", "wrongful_detention"}
    assert reasons["IE"] == {"arbitrary_law_enforcement", "limited_consular_capacity"}
    _, result = _extracted("rs14_haiti_matthew_cholera_canada_us")
    # "... Florida, where more than two million people had been told to evacuate": no advice of the Bahamas
    assert {(a.issuer, a.subject) for a in result.advisories} == {("CA", "HT"), ("US", "HT")}
    _, result = _extracted("rs14_new_caledonia_airport_shut_nz_australia")
    assert result.mission_events == []  # "a reopening date for commercial flights had not been set"


def test_mission_phrasings_emergencies_appointments_staff_on_an_evacuation_flight_and_plans_not_made():
    assert _missions(
        "PRAGUE - The Czech embassy in Moscow will deal only with emergencies involving Czech citizens for now."
    ) == {("CZ", "RU", "emergency_services_only")}
    assert _missions(
        "The United States Consulate General in Lagos has cancelled all routine visa and American citizen services "
        "appointments until further notice."
    ) == {("US", "NG", "reduced_services")}
    assert _missions(
        "Norway's foreign ministry said the staff of its embassy had left Sudan on a French evacuation flight and "
        "that the embassy would stay closed until further notice."
    ) == {("NO", "SD", "evacuated"), ("NO", "SD", "suspended")}
    # "too early to discuss reopening", "no immediate plans to resume operations": closed since 2012, not reopened
    assert _missions(
        "The United States, whose embassy in Damascus has been closed since February 2012, said it was too early to "
        "discuss reopening."
    ) == {("US", "SY", "suspended")}
    _, result = _extracted("ms15_damascus_turkish_embassy_reopens_2024")
    assert ("GB", "SY", "reopened") not in {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}


def test_crossings_thrown_open_and_a_border_waited_for():
    assert _borders("The Torkham and Chaman crossings were thrown open on Tuesday morning.") == {("PK", "AF", "opened")}
    assert _borders("Afghan officials said long lines of vehicles were waiting for the border with Pakistan to reopen.") == set()


def test_places_left_out_a_recommendation_to_refrain_and_agencies_by_name():
    text = (
        "Taiwan's Centers for Disease Control on Saturday placed the rest of mainland China, excluding Hong Kong and "
        'Macau, under a Level 2 "Alert" travel notice.'
    )
    assert [(a[0], a[1]) for a in _advice(text)] == [("TW", "CN")]
    for text in (
        "Russia recommended that Russians refrain from travelling to Israel and Iran.",
        "Russia's Federal Agency for Tourism (Rosturizm) repeated its recommendation that Russians refrain from "
        "travelling to Israel and Iran.",
        "Rosturizm: refrain from trips to Israel and Iran",
    ):
        assert {(a[0], a[1], a[4]) for a in _advice(text)} == {
            ("RU", "IL", "do_not_travel"),
            ("RU", "IR", "do_not_travel"),
        }, text
    assert _advice(
        "The United States raised its travel advisory for Chile on Monday from Level 1, \"Exercise Normal "
        "Precautions\", to Level 2, \"Exercise Increased Caution\", due to civil unrest."
    )[0][:4] == ("US", "CL", 2, 1)


def test_foreign_missions_premises_a_plantao_a_crossing_closed_by_note_and_none_left_open():
    _, result = _extracted("ml15_it_tripoli_ambasciata_sospesa")
    # "Stati Uniti, Francia e Regno Unito avevano chiuso le loro sedi già la scorsa estate": their missions
    assert {(m.mission_of, m.action.value) for m in result.mission_events if m.mission_of != "IT"} == {
        ("US", "suspended"),
        ("FR", "suspended"),
        ("GB", "suspended"),
    }
    assert {(a.issuer, a.subject) for a in result.advisories} == {("IT", "LY")}
    _, result = _extracted("ml15_pt_brasil_haiti_plantao_consular")
    # "o Itamaraty recomenda que os brasileiros evitem viajar ao Haiti"; "mantém apenas um plantão telefônico"
    assert [(a.issuer, a.subject, a.directive) for a in result.advisories] == [("BR", "HT", "do_not_travel")]
    assert ("BR", "HT", "emergency_services_only") in {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}
    _, result = _extracted("ml15_ru_finland_lotta_all_closed")
    # "ноту посольства Финляндии ..., в которой уведомляют о решении ... закрыть ... пункт пропуска"; "не останется
    # ни одного открытого ... пункта пропуска"
    assert result.mission_events == []
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {("FI", "RU", "closed")}


def test_foreign_seat_of_a_government_and_the_advice_own_why_over_the_sentence_before():
    _, result = _extracted("ml14_es_eeuu_venezuela_nivel4")
    # "En Madrid, el Ministerio de Asuntos Exteriores mantiene su recomendación de no viajar a Venezuela salvo por
    # motivos imprescindibles, debido a la elevada inseguridad ciudadana y a la grave escasez de medicamentos"
    spain = next(a for a in result.advisories if a.issuer == "ES")
    assert (spain.subject, spain.directive) == ("VE", "reconsider_travel")
    assert set(spain.reasons) == {"crime", "health"}  # not the protests and arrests of the sentence before
    assert ("US", "ES") not in {(a.issuer, a.subject) for a in result.advisories}


def test_reasons_listed_one_a_line_the_department_speaking_again_and_levels_as_the_third_of_four():
    _, result = _extracted("dr16_newsday_trinidad_soe_risks_listed_2025")
    reasons = {a.issuer: set(a.reasons) for a in result.advisories}
    # "The advisory cites:" then one risk a line; "Among the risks it lists:" ... "home invasion" is a crime
    assert reasons["CA"] == {"crime", "civil_unrest"}
    assert reasons["US"] == {"crime", "kidnapping", "terrorism"}
    _, result = _extracted("dr16_irishtimes_peru_dfa_spokeswoman_reason_2023")
    # "A spokeswoman for the department said the decision reflected ..." after Britain's and Canada's advice
    reasons = {a.issuer: set(a.reasons) for a in result.advisories}
    assert reasons == {"IE": {"civil_unrest", "limited_flights"}, "GB": set(), "CA": set()}
    _, result = _extracted("dr16_rnz_solomons_riots_third_of_four_levels_2021")
    nz = next(a for a in result.advisories if a.issuer == "NZ")
    assert (nz.level, nz.reasons) == (3, ["civil_unrest"])  # "the third of four levels"; looting crowds before it


def test_foreign_border_that_locates_regions_a_headline_topic_and_the_same_government_same_level():
    _, result = _extracted("ml16_it_ecuador_province_confine")
    # "Ecuador, la Farnesina sconsiglia ... nelle province ... al confine con la Colombia": Ecuador's provinces;
    # "senza però chiudere i valichi": no closure
    assert [(a.issuer, a.subject, a.directive) for a in result.advisories] == [("IT", "EC", "do_not_travel")]
    assert result.border_events == []
    _, result = _extracted("ml14_fr_benin_pendjari_zone_rouge")
    assert ("BF", "FR") not in {(a.issuer, a.subject) for a in result.advisories}  # "la bande frontalière avec le Burkina"
    _, result = _extracted("wire16_gaza_2023_rafah_opens_erez_shut_israel_turkey_staff")
    # "raised its travel warning for Turkey to level 4 ... It issued the same warning for Egypt and Jordan."
    levels = {a.subject: a.level for a in result.advisories if a.issuer == "IL"}
    assert levels == {"TR": 4, "EG": 4, "JO": 4}


def test_persian_trips_postponed_and_a_decision_about_reopening_to_come():
    _, result = _extracted("ml16_fa_iraq_khosravi_chazabeh")
    # "سفر خود را تا عادی شدن اوضاع به تعویق بیندازند": postpone their trips; "تصمیم درباره بازگشایی ... گرفته خواهد
    # شد": a decision about reopening is still to be taken
    assert [(a.issuer, a.subject, a.directive) for a in result.advisories] == [("IR", "IQ", "do_not_travel")]
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {("IR", "IQ", "closed")}


def test_every_border_of_the_country_reopened_takes_the_neighbours_the_article_names():
    # "reopened the country's land and air borders, a day after sealing them" with the six neighbours named later
    _, result = _extracted("wire16_chad_2021_borders_shut_reopened_us_drawdown")
    opened = {b.neighbor for b in result.border_events if (b.country, b.action.value) == ("TD", "opened")}
    assert opened == {"LY", "NE", "NG", "CM", "CF", "SD"}
    # "reopened the country's land, sea and air borders ..., three days after closing them" (a Xinhua dateline
    # names no side); the neighbours from "shares land borders with Cameroon, Equatorial Guinea and ..."
    _, result = _extracted("wire16_gabon_2023_borders_reopen_french_consulate_chinese_alert")
    events = {(b.neighbor, b.action.value) for b in result.border_events if b.country == "GA"}
    assert events == {(n, action) for n in ("CM", "GQ", "CG") for action in ("opened", "closed")}


def _keys(result) -> tuple[set, set, set]:
    return (
        {(a.issuer, a.subject, a.directive) for a in result.advisories},
        {(b.country, b.neighbor, b.action.value) for b in result.border_events},
        {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events},
    )


def test_a_back_references_own_why_and_missions_that_followed():
    _, result = _extracted("wr18_south_sudan_2016_germany_closes_juba_embassy_italy_follows")
    reasons = {a.issuer: set(a.reasons) for a in result.advisories if a.subject == "SS"}
    # "A, B and C have told their citizens to leave ..., and Canada issued a similar warning, noting that flights ..."
    assert reasons["CA"] == {"limited_flights"}
    assert reasons["GB"] == reasons["DE"] == reasons["NL"] == set()
    _, result = _extracted("wr18_yemen_2015_india_shuts_sanaa_embassy_djibouti_camp_office")
    advice, _, missions = _keys(result)
    # "The United States, Britain and France closed their embassies ..., and Germany, Italy and Japan followed
    # within the week"
    assert {(c, "YE", "suspended") for c in ("US", "GB", "FR", "DE", "IT", "JP")} <= missions
    # "seats on Indian and Pakistani flights" names no place; "who had asked to leave" was no advice
    assert {(i, s) for i, s, _d in advice} == {("IN", "YE"), ("BD", "YE"), ("NP", "YE")}


def test_checks_restored_restrict_a_border_and_a_list_of_visitors_origins_is_no_advice():
    _, result = _extracted("bd18_radioprague_czech_shuts_most_german_austrian_crossings_2020")
    _, borders, _ = _keys(result)
    # "close most road crossings on its borders with Germany and Austria ... and to restore checks at the points that
    # stay open"
    assert {("CZ", "DE", "closed"), ("CZ", "AT", "closed"), ("CZ", "DE", "restricted"), ("CZ", "AT", "restricted")} <= borders
    assert ("CZ", "DE", "opened") not in borders
    _, result = _extracted("ev19_gulftoday_srilanka_easter_advice_2019")
    assert {a.subject for a in result.advisories} == {"LK"}  # not "visitors from Britain, India, Denmark, ..."


def test_foreign_missions_repeated_in_the_same_sentence_and_owned_by_the_subject_after_the_verb():
    _, result = _extracted("ml19_uk_sudan_evakuatsiia_chad_2023")
    _, _, missions = _keys(result)
    # "... а згодом їхньому прикладу наслідували Італія та Нідерланди"; "про евакуацію своїх дипломатів ...
    # повідомила Велика Британія" (and "Того ж дня" is no Togo)
    assert {(c, "SD", "evacuated") for c in ("US", "GB", "FR", "DE", "IT", "NL")} <= missions
    assert "TG" not in result.countries_mentioned and all(m[1] == "SD" for m in missions)
    _, result = _extracted("ml19_it_kabul_ambasciata_torkham_2021")
    _, _, missions = _keys(result)
    # "La Spagna ha annunciato l'evacuazione dei propri diplomatici e dei collaboratori afghani, e Paesi Bassi e
    # Svezia hanno seguito l'esempio"
    assert {("ES", "AF", "evacuated"), ("NL", "AF", "evacuated"), ("SE", "AF", "evacuated")} <= missions


def test_foreign_vocabulary_of_this_round():
    _, result = _extracted("ml18_de_aethiopien_ausreise_botschaft_2021")
    advice, _, missions = _keys(result)
    # "Italien und die Türkei zogen am Abend nach"; "nur noch im Notbetrieb"; "Auch London verringerte das Personal"
    assert {("IT", "ET", "leave_immediately"), ("TR", "ET", "leave_immediately")} <= advice
    assert {("DE", "ET", "emergency_services_only"), ("GB", "ET", "reduced_services")} <= missions
    _, result = _extracted("ml19_zh_hasakesitan_huoerguosi_baketu_2022")
    advice, _, missions = _keys(result)
    # "请勿前往" with "批准 ... 非紧急人员及家属自愿撤离": the staff's departure is no call to leave
    assert ("US", "KZ", "do_not_travel") in advice
    assert {("US", "KZ", "authorized_departure"), ("CN", "KZ", "emergency_services_only")} <= missions
    _, result = _extracted("ml19_lv_somija_raja_jooseppi_2023")
    _, borders, _ = _keys(result)
    # "patvēruma" (asylum) holds no opening; "atvērts paliks" stays open; "gatava ... slēgt" threatens
    assert not any(action == "opened" for _c, _n, action in borders)
    assert ("EE", "RU", "threatened_closure") in borders
    _, result = _extracted("ml19_ko_israel_lowered_iran_embassy_return_2025")
    advice, _, _ = _keys(result)
    # "미국과 영국, 프랑스는 자국민에게 이란 여행을 하지 말라는 ..."; "일본 외무성 ... 레벨 3 ...에서 레벨 2로 낮췄다"
    assert {(c, "IR", "do_not_travel") for c in ("US", "GB", "FR")} <= advice
    japan = next(a for a in result.advisories if a.issuer == "JP")
    assert (japan.subject, japan.level) == ("IL", 2)


def test_governments_after_an_opening_phrase_of_cause_act_and_a_quoted_adverb_keeps_the_subject():
    _, result = _extracted("wr18_lebanon_2024_which_countries_told_citizens_leave_roundup")
    advice, _, _ = _keys(result)
    # "Last October, days after the Hamas attack on southern Israel, Germany, the Netherlands and Denmark urged ..."
    assert {(c, "LB", "leave_immediately") for c in ("DE", "NL", "DK")} <= advice
    assert not any(s == "IL" and i != "JP" for i, s, _d in advice)  # the opening phrase's place is no advice's
    assert not any(i == "US" and s != "LB" for i, s, _d in advice)  # the governments are no places of the US
    # under the heading "United States", "Americans should leave" is about Lebanon, not the heading's country
    assert ("US", "LB", "leave_immediately") in advice
    _, result = _extracted("rs18_india_france_iran_israel_2024")
    advice, _, _ = _keys(result)
    # 'Foreign Minister ... said France "strongly" asked its nationals to refrain from travelling to Iran, Israel,
    # Lebanon and the Palestinian territories ..., and announced that the families ... would return to France'
    assert {("FR", s, "do_not_travel") for s in ("IR", "IL", "LB", "PS")} <= advice
    assert not any(s == "FR" or (i == "IN" and s in ("LB", "PS")) for i, s, _d in advice)


def test_table_rows_name_places_levels_and_reasons_of_the_articles_government():
    _, result = _extracted("ex17_us_advisories_what_changed_since_last_year_2024")
    by_subject = {a.subject: a for a in result.advisories if a.issuer == "US"}
    # "Niger | 4: Do Not Travel | 3 | crime, terrorism, kidnapping": the first cell the place, "4:" the level now
    assert (by_subject["NE"].level, by_subject["NE"].directive) == (4, "do_not_travel")
    assert {"crime", "terrorism", "kidnapping"} <= set(by_subject["NE"].reasons)
    assert (by_subject["LK"].level, by_subject["IL"].level) == (2, 3)
    # "Israel itself went from Level 2 to Level 3": the place rated, not a government
    assert not any(a.issuer == "IL" for a in result.advisories)
    _, result = _extracted("ex17_fco_travel_warnings_country_by_country_2016")
    advice, _, _ = _keys(result)
    # "Kenya | Against all travel | Within 60km of the Somali border": the other cells name no places
    assert {("GB", "KE", "do_not_travel"), ("GB", "TR", "do_not_travel"), ("GB", "LY", "do_not_travel")} <= advice
    assert not any(i in ("KE", "TR", "TN", "LY") for i, _s, _d in advice)
    assert not any(s == "FR" for _i, s, _d in advice)  # "France | No advice against travel | -"
    _, result = _extracted("lv18_japan_times_russia_belarus_danger_table_2022")
    advice, _, _ = _keys(result)
    assert {i for i, _s, _d in advice} == {"JP"} and ("JP", "MD", "reconsider_travel") in advice


def test_mission_lists_closures_to_the_public_and_all_of_them_again():
    _, result = _extracted("ms20_eurasianet_almaty_consulates_unrest_2022")
    _, _, missions = _keys(result)
    # "Germany, Turkey and South Korea have shut their consulates-general in Almaty until further notice"
    assert {("DE", "KZ", "suspended"), ("TR", "KZ", "suspended"), ("KR", "KZ", "suspended")} <= missions
    assert ("CN", "KZ", "emergency_services_only") in missions  # "it was dealing with emergencies only"
    _, result = _extracted("ms20_premiumtimes_abuja_missions_terror_alert_2022")
    _, _, missions = _keys(result)
    assert {("IE", "NG", "suspended"), ("DK", "NG", "suspended")} <= missions  # "closed to the public on Monday"
    _, result = _extracted("ms20_dpa_turkey_adana_families_ordered_out_2016")
    _, _, missions = _keys(result)
    # "The Dutch and Belgian consulates in Istanbul also closed their doors to the public that day. All of them have
    # since reopened."
    assert {("NL", "TR", "reopened"), ("BE", "TR", "reopened")} <= missions
    _, result = _extracted("mission_owner_lists")
    _, _, missions = _keys(result)
    # "The US shut its consulates in several countries, including Chad and Niger."
    assert {m for m in missions if m[0] == "US"} == {("US", "TD", "suspended"), ("US", "NE", "suspended")}


def test_places_rated_between_dashes_and_with_also_and_the_speaker_before_a_rated_place():
    _, result = _extracted("lv20_yonhap_korea_myanmar_level3_2021")
    by_pair = {(a.issuer, a.subject): a for a in result.advisories}
    # "Six countries -- Afghanistan, Iraq, Libya, Somalia, Syria and Yemen -- currently remain under the Level 4 ban"
    assert all(by_pair[("KR", c)].level == 4 for c in ("AF", "IQ", "LY", "SO", "SY", "YE"))
    assert not any(subject == "US" for _issuer, subject in by_pair)
    _, result = _extracted("lv20_toi_israel_nsc_passover_table_2025")
    advice, _, _ = _keys(result)
    assert {("IL", "JO"), ("IL", "TR"), ("IL", "AE")} <= {(i, s) for i, s, _d in advice}  # "also remain at Level 4"
    _, result = _extracted("wr20_liveblog_baghdad_green_zone_clashes_2022")
    advice, _, missions = _keys(result)
    # "A State Department spokesperson calls reports that the US embassy was being evacuated ... "false". Iraq has
    # been at Level 4, "Do Not Travel", on the department's four-tier scale ..."
    assert ("US", "IQ", "do_not_travel") in advice and ("US", "IQ", "evacuated") not in missions
    assert not any(owner == "GB" for owner, _host, _action in missions)  # "The UN mission in Iraq, UNAMI, ..."


def test_hearsay_denials_and_private_tellers_give_no_events():
    _, result = _extracted("ls20_ttgasia_thailand_fake_warning_distractor_2025")
    # "Posts circulating on Weibo and Douyin ... claimed that China, South Korea and India had told their citizens to
    # leave Thailand"
    assert not result.advisories
    _, result = _extracted("ls20_ap_yemen_embassies_close_2015")
    # "foreign workers, among them Indians, Filipinos and Ethiopians, ... their employers had told them to go home"
    assert not any(a.issuer in ("IN", "PH", "ET") for a in result.advisories)
    _, result = _extracted("wr20_reuters_juba_fighting_evacuations_2016")
    # "Kenya's foreign ministry dismissed a local newspaper report that Nairobi would close its embassy in Juba"
    assert not any(m.mission_of == "KE" for m in result.mission_events)
    _, result = _extracted("ls20_reuters_russia_mobilisation_leave_2022")
    advice, _, _ = _keys(result)
    # "... are among the countries that had already told their nationals to go."; "Latvia and Lithuania followed
    # suit on Wednesday, with Riga noting that ..."
    assert {("US", "RU"), ("BG", "RU"), ("RO", "RU"), ("LV", "RU"), ("LT", "RU")} <= {(i, s) for i, s, _d in advice}
    assert ("LT", "LV") not in {(i, s) for i, s, _d in advice}


def test_datelines_with_their_date_name_no_actor():
    _, result = _extracted("rs20_kyodo_japan_embassy_harassment_china_2023")
    advice, _, _ = _keys(result)
    # "BEIJING, Aug. 30 (Kyodo) -- The Japanese Embassy in Beijing has urged Japanese nationals in China to take extra
    # care for their safety, owing to a surge in harassing telephone calls ..."
    assert ("JP", "CN", "increased_caution") in advice
    japan = next(a for a in result.advisories if (a.issuer, a.subject) == ("JP", "CN"))
    assert "harassment" in japan.reasons
    _, result = _extracted("ev19_pna_dfa_ebola_alerts_lowered_2016")
    # "MANILA, Jan. 7 (PNA) -- The Department of Foreign Affairs (DFA) has lowered ...": the filing place's ministry
    assert {a.issuer for a in result.advisories} == {"PH"}


def test_foreign_vocabulary_of_round_sixteen():
    _, result = _extracted("ml20b_ukrinform_kyiv_embassies_air_attack_2024")
    _, _, missions = _keys(result)
    # "Посольства США, Італії, Іспанії та Греції в Києві зачинилися"; "Румунська амбасада обмежилася лише
    # невідкладними консульськими справами"; "знову відчинило двері"
    assert {("US", "UA", "suspended"), ("IT", "UA", "suspended"), ("RO", "UA", "emergency_services_only")} <= missions
    assert ("ES", "UA", "reopened") in missions
    _, result = _extracted("ml20b_xinhua_hongqilafu_kouan_biguan_2023")
    _, borders, _ = _keys(result)
    # "进入冬季闭关期" closes; "双方将积极推动…常年开放", "将另行公布" open nothing
    assert ("CN", "PK", "closed") in borders and not any(action == "opened" for _c, _n, action in borders)
    _, result = _extracted("ml20b_lusa_guine_bissau_fronteiras_2025")
    _, borders, missions = _keys(result)
    # "reabriram hoje todas as fronteiras do país"; "apenas para situações urgentes"
    assert {("GW", "SN", "opened"), ("GW", "GN", "opened")} <= borders
    assert ("PT", "GW", "emergency_services_only") in missions
    _, result = _extracted("ml20b_irna_torkham_chaman_basteh_2025")
    advice, borders, _ = _keys(result)
    # "دوشنبه" is Monday; "از سفر به مناطق مرزی افغانستان و پاکستان خودداری کنند"; "در دستور کار نیست"
    assert "TJ" not in result.countries_mentioned and not any("TJ" in b for b in borders)
    assert {("IR", "AF", "do_not_travel"), ("IR", "PK", "do_not_travel")} <= advice
    assert ("IR", "AF", "closed") not in borders
    _, result = _extracted("ml20b_ansa_controlli_confine_slovenia_2023")
    _, borders, _ = _keys(result)
    # "controlli temporanei alle frontiere con Polonia, Repubblica Ceca e Svizzera, mentre l'Austria li mantiene ..."
    assert {("DE", "PL", "restricted"), ("DE", "CZ", "restricted"), ("DE", "CH", "restricted")} <= borders
    assert ("DE", "SI", "restricted") not in borders


def _read_text(text: str):
    return extract(Article(id="inline", source="inline", text=text))


def test_a_closure_the_government_would_not_hesitate_to_make_is_threatened():
    result = _read_text(
        "date 2024-03-02 Caracas said on Friday it would reopen the border with Colombia gradually. Interior "
        "Minister Pedro Ramos warned that Venezuela would not hesitate to close the border again if smugglers "
        "abused the reopening."
    )
    _, borders, _ = _keys(result)
    assert ("VE", "CO", "threatened_closure") in borders
    assert ("VE", "CO", "closed") not in borders
    # a plain refusal is still no event
    result = _read_text("date 2024-03-02 Hungary will not close its border with Serbia, the interior minister said.")
    assert not result.border_events


def test_a_mission_named_as_the_home_governments_own_is_its_mission():
    # Turkish "Büyükelçiliğimiz" (our embassy), Korean "주수단 대사관" and Japanese "在スーダン大使館" (the embassy stationed
    # in Sudan) name the home government's mission without its country
    for text, home in (
        ("date 2023-04-24 Dışişleri Bakanlığı, Hartum Büyükelçiliğimizin faaliyetlerinin geçici olarak "
         "durdurulduğunu açıkladı. Sudan'da çatışmalar sürüyor.", "TR"),
        ("date 2023-04-24 외교부는 24일 주수단 대사관을 잠정 폐쇄했다고 밝혔다. 수단에서는 교전이 계속되고 있다.", "KR"),
        ("date 2023-04-24 外務省は24日、在スーダン大使館を一時閉館したと発表した。スーダンでは戦闘が続いている。", "JP"),
    ):
        _, _, missions = _keys(_read_text(text))
        assert (home, "SD", "suspended") in missions, text
    # another government's mission keeps its own country
    _, _, missions = _keys(_read_text("date 2023-04-24 外務省によると、在スーダン米国大使館は一時閉館した。"))
    assert ("US", "SD", "suspended") in missions and ("JP", "SD", "suspended") not in missions


def test_a_border_named_by_both_sides_locates_an_area_of_the_country_advised_about():
    _advice = lambda text: {(a.issuer, a.subject) for a in _read_text(text).advisories}  # noqa: E731
    # Libya is named only in the border's name: the advice is Egypt's
    assert _advice(
        "date 2023-10-18 The Foreign Office has not changed its advice for Egypt. It advises against all travel to "
        "North Sinai and to within 20km of the Egypt-Libya border, citing a high threat of terrorism."
    ) == {("GB", "EG")}
    # near the border of two countries the story is about: each is advised about
    assert _advice(
        "date 2025-05-08 India and Pakistan traded fire for a second night. Canada told its citizens to avoid all "
        "travel to areas near the India-Pakistan border. Pakistan and India both claimed success."
    ) == {("CA", "IN"), ("CA", "PK")}


def test_the_speaker_is_no_place_and_a_rating_line_names_its_place():
    result = _read_text(
        "date 2025-05-21 Tourists love Jamaica. The U.S. State Department now says it is a little safer to go. The "
        "department lowered its travel advisory for the island to Level 2 on Tuesday. Mexico as a whole is at Level 2, "
        "the department says."
    )
    assert {(a.issuer, a.subject, a.level) for a in result.advisories} == {("US", "JM", 2), ("US", "MX", 2)}
    result = _read_text(
        "date 2024-12-19 Israel's National Security Council updated its travel warnings on Thursday:\n\n"
        "• Netherlands — raised to Level 3 from Level 2.\n\n"
        "• Australia — Level 2 nationwide, but Melbourne was raised to Level 3 after the attack on the Adass Israel "
        "synagogue.\n\n"
        "• Georgia — lowered to Level 2 from Level 3."
    )
    assert {(a.issuer, a.subject) for a in result.advisories} == {("IL", "NL"), ("IL", "AU"), ("IL", "GE")}
    result = _read_text("date 2025-06-20 Citing the military conflict, the FDFA advises against all travel to Iran.")
    assert {(a.issuer, a.subject) for a in result.advisories} == {("CH", "IR")}


def test_unnamed_rulers_close_every_border_and_an_unknown_reopening_is_none():
    result = _read_text(
        "date 2022-10-02 OUAGADOUGOU (Wire) - Soldiers took over state television in Burkina Faso on Friday. The new "
        "military leadership said that land and air borders were closed from midnight. There was no word on when the "
        "frontiers with Mali, Niger and Ghana would reopen."
    )
    _, borders, _ = _keys(result)
    assert borders == {("BF", "ML", "closed"), ("BF", "NE", "closed"), ("BF", "GH", "closed")}
    # a crossing among twenty counted is no country's every border
    result = _read_text("date 2021-01-12 Beitbridge and Lebombo among 20 land borders shut to most travellers")
    assert {b.country for b in result.border_events} <= {"ZA", "ZW", "MZ"}
    assert len(result.border_events) <= 2


def test_some_diplomats_brought_home_is_a_drawdown():
    _, _, missions = _keys(_read_text(
        "date 2023-10-18 Israel's foreign ministry has brought some of its diplomats home from Cairo, officials said."
    ))
    assert missions == {("IL", "EG", "ordered_departure")}


def test_a_with_clause_names_who_acts_and_it_is_the_government_just_named():
    result = _read_text(
        "date 2022-10-02 Western governments scrambled to protect their citizens in Burkina Faso after crowds "
        "attacked the French embassy, with Germany and the Netherlands urging nationals to get out."
    )
    assert {(a.issuer, a.subject) for a in result.advisories} == {("DE", "BF"), ("NL", "BF")}
    result = _read_text(
        "date 2022-10-02 Belgium urged its nationals in Burkina Faso to be careful. The U.S. State Department on "
        "Saturday ordered non-emergency employees to depart Ouagadougou. It kept Burkina Faso at Level 4, citing "
        "terrorism."
    )
    assert ("US", "BF", 4) in {(a.issuer, a.subject, a.level) for a in result.advisories}
    assert ("BE", "BF", 4) not in {(a.issuer, a.subject, a.level) for a in result.advisories}


def test_foreign_vocabulary_of_round_seventeen():
    def advice(text: str) -> set[tuple[str, str | None, str]]:
        return {(a.issuer, a.subject, a.directive.value) for a in _read_text(text).advisories if a.directive}

    # "für die Nachbarländer X und Y": the places a noun for countries introduces
    assert advice(
        "date 2025-09-10 Das Auswärtige Amt fordert alle Deutschen auf, Mali zu verlassen. Auch für die Nachbarländer "
        "Burkina Faso und Niger gilt eine Reisewarnung des Auswärtigen Amts."
    ) >= {("DE", "BF", "do_not_travel"), ("DE", "NE", "do_not_travel")}
    # a report rejected as false ("wies ... als Falschmeldung zurück") closes nothing
    assert not _read_text(
        "date 2025-09-10 Berichte, wonach Kamerun seine Grenze zu Nigeria geschlossen habe, wies ein Sprecher in Jaunde "
        "als Falschmeldung zurück."
    ).border_events
    # Italian "andarsene" after the governments a relative clause acts for
    assert advice(
        "date 2025-10-30 La decisione italiana segue quelle di Washington, Londra e Berlino, che hanno chiesto ai "
        "propri cittadini di andarsene immediatamente dal Mali."
    ) >= {("US", "ML", "leave_immediately"), ("GB", "ML", "leave_immediately"), ("DE", "ML", "leave_immediately")}
    # Arabic with its marks written: "تجنّب السفر"; "عمّان" is Amman, not Oman; the followers inside "حذت ... حذو"
    assert advice("date 2024-09-20 دعت قطر مواطنيها إلى تجنّب السفر إلى لبنان.") == {("QA", "LB", "do_not_travel")}
    result = _read_text(
        "date 2024-09-20 دعت السفارة السعودية في بيروت المواطنين السعوديين إلى مغادرة لبنان فوراً. وحذت الكويت "
        "والبحرين حذو الرياض وعمّان."
    )
    assert "JO" in result.countries_mentioned and "OM" not in result.countries_mentioned
    assert {(a.issuer, a.subject) for a in result.advisories} >= {("KW", "LB"), ("BH", "LB")}
    # back-references: Polish "Podobne zalecenia wydały ... resorty dyplomacji Litwy i Łotwy", Portuguese "avisos no
    # mesmo sentido", German "Die Schweiz tat es Österreich gleich" (the name inside is who led, not who followed)
    assert {("LT", "GE"), ("LV", "GE")} <= {(i, s) for i, s, _d in advice(
        "date 2024-12-02 MSZ odradza wszelkie podróże do Gruzji. Podobne zalecenia wydały w ostatnich dniach resorty "
        "dyplomacji Litwy i Łotwy."
    )}
    assert {("GB", "MZ"), ("FR", "MZ")} <= {(i, s) for i, s, _d in advice(
        "date 2024-12-02 O MNE português desaconselha viagens não essenciais a Moçambique. O Reino Unido e a França já tinham "
        "emitido avisos no mesmo sentido."
    )}
    # "Desde Bogotá, la Cancillería recomendó ...": the capital the ministry speaks from is no place of the advice
    assert ("CO", "VE", "do_not_travel") in advice(
        "date 2015-09-08 Venezuela cerró la frontera con Colombia. Desde Bogotá, la Cancillería recomendó a los "
        "colombianos abstenerse de viajar a los estados venezolanos de Táchira y Zulia."
    )
    # a level written as an ordinal before its noun ("ceturtā, augstākā līmeņa", "четвёртый уровень", "cuarto nivel")
    for text in (
        'date 2022-01-07 ASV Valsts departaments izdeva ceturtā, augstākā līmeņa brīdinājumu "Neceļojiet" attiecībā uz '
        "Kazahstānu.",
        "date 2022-01-07 Госдепартамент США рекомендовал американцам воздержаться от поездок в Казахстан, присвоив "
        "стране четвёртый уровень опасности.",
    ):
        assert [(a.issuer, a.subject, a.level) for a in _read_text(text).advisories] == [("US", "KZ", 4)], text
    # Portuguese "encerrados ao público ..., assegurando apenas o atendimento de situações de emergência"
    _, _, missions = _keys(_read_text(
        "date 2024-11-07 A Embaixada de Portugal em Maputo está encerrada ao público desde esta manhã, assegurando "
        "apenas o atendimento de situações de emergência."
    ))
    assert missions == {("PT", "MZ", "emergency_services_only")}
    # Russian: regions named by a demonym before their noun ("для тайских провинций"), "до второго" (to the second),
    # "воздержитесь от необязательных поездок" (non-essential trips only)
    assert [(a.issuer, a.subject, a.level, a.directive.value if a.directive else None) for a in _read_text(
        'date 2025-07-25 МИД Японии повысил уровень опасности до второго ("воздержитесь от необязательных поездок") '
        "для тайских провинций Сурин и Сисакет."
    ).advisories] == [("JP", "TH", 2, "reconsider_travel")]
    # "Podobne ostrzeżenia wydały Niemcy i Austria, których resorty ... również odradzają ...": the names' own
    # relative clause repeats the advice; they give it, and are no places of it
    assert {(i, s) for i, s, _d in advice(
        "date 2022-12-12 MSZ odradza podróże do północnego Kosowa. Podobne ostrzeżenia wydały wcześniej Niemcy i "
        "Austria, których resorty dyplomacji również odradzają wyjazdy na północ Kosowa."
    )} == {("PL", "XK"), ("DE", "XK"), ("AT", "XK")}
    # Ukrainian "утримуватися від будь-яких поїздок", "не радить українцям їхати", "лише у невідкладних випадках"
    result = _read_text(
        "date 2023-11-07 Про це повідомив речник МЗС України. У МЗС нагадали, що рекомендація утримуватися від будь-яких "
        "поїздок до Ізраїлю залишається чинною. Так само відомство не радить українцям їхати до Лівану. Консульський "
        "відділ Посольства України в Ізраїлі прийматиме відвідувачів лише у невідкладних випадках."
    )
    assert {(a.issuer, a.subject) for a in result.advisories} == {("UA", "IL"), ("UA", "LB")}
    assert _keys(result)[2] == {("UA", "IL", "emergency_services_only")}
    # each government's clause of one sentence is a statement of its own (and a list with one verb is still a list)
    assert {(i, s, d) for i, s, d in advice(
        "date 2025-10-28 Latvija ragina nevykti į Baltarusiją, Lenkija – ne tik nevykti, bet ir išvykti iš šios šalies, "
        "o Estija pataria vengti visų nebūtinų kelionių į Baltarusiją."
    )} == {("LV", "BY", "do_not_travel"), ("PL", "BY", "do_not_travel"), ("EE", "BY", "reconsider_travel")}
    assert {(i, s) for i, s, _d in advice(
        "date 2024-08-04 Francja, Niemcy i Włochy wezwały swoich obywateli do opuszczenia Libanu."
    )} == {("FR", "LB"), ("DE", "LB"), ("IT", "LB")}
    swiss = {(i, s) for i, s, _d in advice(
        "date 2023-08-08 Das Auswärtige Amt rät von Reisen nach Äthiopien ab. Die Schweiz tat es Deutschland gleich."
    )}
    assert ("CH", "ET") in swiss


def test_foreign_page_furniture_names_no_actor_and_stopped_traffic_closes():
    result = _read_text(
        "date 2023-12-22 La France a décidé de fermer son ambassade au Niger, a annoncé le ministère des affaires "
        "étrangères.\n\nLire aussi | Au Niger, la junte se tourne vers le Mali et le Burkina Faso\n\n"
        "Le Niger reste classé en rouge sur la carte du ministère : il est formellement déconseillé de s'y rendre."
    )
    assert {(a.issuer, a.subject) for a in result.advisories} == {("FR", "NE")}
    assert "BF" in result.countries_mentioned  # (the furniture's names still count as mentioned)
    _, borders, _ = _keys(_read_text(
        "date 2024-05-02 Україна припинила рух через усі пункти пропуску на кордоні з Росією та Білоруссю."
    ))
    assert borders == {("UA", "RU", "closed"), ("UA", "BY", "closed")}


def test_verb_final_lists_and_the_level_a_raise_ends_at():
    result = _read_text(
        "date 2025-06-20 外務省はイランの危険情報を引き上げました。イスラエルについても、これまで「レベル2」だった地域を含め"
        "全土を「レベル3」に引き上げ、どのような目的であれ渡航はやめるよう呼びかけています。"
    )
    israel = next(a for a in result.advisories if (a.issuer, a.subject) == ("JP", "IL"))
    assert (israel.level, israel.directive.value if israel.directive else None) == (3, "do_not_travel")
    # "영국, 프랑스, 독일도 ...": the list the marked name ends evacuates its own diplomats
    _, _, missions = _keys(_read_text(
        "date 2023-04-25 영국, 프랑스, 독일도 군 수송기를 동원해 자국 외교관과 국민을 수단에서 대피시켰다."
    ))
    assert missions == {("GB", "SD", "evacuated"), ("FR", "SD", "evacuated"), ("DE", "SD", "evacuated")}
    # "미국과 영국, 일본 등 주요국도 ... 대사관 인력을 폴란드 등 인접국으로 옮긴": the list "등" ends, its mark after the noun
    _, _, missions = _keys(_read_text(
        "date 2022-03-03 미국과 영국, 일본 등 주요국도 이미 키이우 주재 대사관 인력을 폴란드 등 인접국으로 옮긴 상태다."
    ))
    assert missions == {("US", "UA", "evacuated"), ("GB", "UA", "evacuated"), ("JP", "UA", "evacuated")}
    # "..., ドイツも大使らを隣国ドミニカ共和国に移した": where staff were moved to, and a government "も" marks, host nothing
    _, _, missions = _keys(_read_text(
        "date 2024-03-12 ハイチの治安が悪化している。米国は10日、軍のヘリコプターで大使館の非緊急要員を国外に退避させ、"
        "ドイツも大使らを隣国ドミニカ共和国に移した。"
    ))
    assert ("US", "HT", "evacuated") in missions and not any(host in ("DE", "DO") for _o, host, _a in missions)
    # "英軍機で" (on a British military plane): whose aircraft is no owner; "カタールに退避" no host of the closure either
    _, _, missions = _keys(_read_text(
        "date 2021-08-18 カブールでは各国の大使館が相次いで閉鎖している。韓国政府は15日に大使館を一時閉鎖し、大使ら館員3人が"
        "17日に米軍機でカタールに退避したと明らかにした。"
    ))
    assert missions == {("KR", "AF", "suspended"), ("KR", "AF", "evacuated")}


def test_the_speakers_we_acts_at_a_border_not_the_country_its_quote_names():
    _, borders, _ = _keys(_read_text(
        'date 2024-07-18 The interior minister said the government was watching Narva closely. "If we see Russia '
        'pushing migrants towards our border, as happened in Finland, we are ready to close Narva as well," he said.'
    ))
    assert borders == {("EE", "RU", "threatened_closure")}


def test_a_governments_recapped_mission_act_in_an_aside_is_an_event():
    # a government's act recalled in its aside is annotated as background; a mission's own past state is not
    _, _, missions = _keys(_read_text(
        "date 2025-08-08 Canada, which suspended operations at its own embassy in Caracas in 2019, is somewhat less "
        "blunt than Washington."
    ))
    assert missions == {("CA", "VE", "suspended")}
    _, _, missions = _keys(_read_text(
        "date 2022-06-23 India on Thursday re-established its diplomatic presence in Afghanistan, sending a small team "
        "to its embassy in Kabul."
    ))
    assert ("IN", "AF", "reopened") in missions
    _, _, missions = _keys(_read_text(
        "date 2024-09-17 The US embassy in Kinshasa, which had been closed for two days last year because of protests, "
        "said on Tuesday that it was following events closely."
    ))
    assert not missions
    _, _, missions = _keys(_read_text(
        "date 2024-04-14 Israel's foreign ministry, which temporarily closed 28 of its embassies around the world last "
        "week, said it was reviewing security. Iran fired drones at Israel."
    ))
    assert not missions


def test_reasons_said_of_flights_consular_help_and_street_clashes():
    from travelrisk.extract.reasons import tag_reasons

    def tags(text: str) -> set[str]:
        return {reason.value for reason, _start, _end in tag_reasons(text)}

    assert "limited_flights" in tags("citing the closure of La Tontouta International Airport to commercial flights")
    assert "limited_flights" in tags("because commercial flights out of Tehran have yet to fully resume")
    assert "limited_flights" in tags("the shrinking number of flights out of the country")
    assert "limited_consular_capacity" in tags('its ability to provide consular help in Iran was "extremely limited"')
    assert "limited_consular_capacity" in tags("the embassy was unlikely to be able to help Americans leave")
    # clashes told with protests are street clashes; clashes of armies are armed conflict
    assert tags("because of protests, roadblocks and violent clashes") == {"civil_unrest"}
    assert "armed_conflict" in tags("after clashes between the army and rebels near the border")


def test_land_ports_that_stop_and_begin_clearing_passengers():
    _, borders, _ = _keys(_read_text(
        "date 2023-01-10 Chinese authorities stopped clearing passengers at land ports on the Vietnamese border in "
        "early 2020. On Sunday Beijing began processing passengers again at some of its land ports."
    ))
    assert borders == {("CN", "VN", "closed"), ("CN", "VN", "opened")}


def test_a_clause_subject_with_an_irregular_verb_and_dependants_who_left():
    result = _read_text(
        "date 2021-11-26 Australia has raised its travel advice for Solomon Islands and New Zealand has told its "
        "citizens not to travel to Honiara. The Australian High Commission in Honiara was closed to the public today, "
        "and the dependants of some of its staff left for Brisbane on Thursday night."
    )
    assert ("AU", "NZ") not in {(a.issuer, a.subject) for a in result.advisories}
    _, _, missions = _keys(result)
    assert {("AU", "SB", "suspended"), ("AU", "SB", "ordered_departure")} <= missions
    _, _, missions = _keys(_read_text(
        "date 2025-06-18 Britain said dependants of British embassy staff in Tel Aviv had been temporarily withdrawn. "
        "The Swiss embassy in Tehran was closed; the ambassador and staff left overland."
    ))
    assert {("GB", "IL", "ordered_departure"), ("CH", "IR", "evacuated")} <= missions


def test_the_same_said_of_their_own_diplomats_repeats_the_mission_act():
    result = _read_text(
        "date 2023-04-24 The Netherlands' embassy in Khartoum is closed, the foreign ministry confirmed, and its "
        "remaining staff left with the German flights. Spain and Sweden said the same of their own diplomats."
    )
    _, _, missions = _keys(result)
    assert {("NL", "SD", "evacuated"), ("ES", "SD", "evacuated"), ("SE", "SD", "evacuated")} <= missions
    assert not result.advisories


def test_every_crossing_closed_but_one_named_is_restricted_and_that_one_is_not_shut():
    result = _read_text(
        "date 2024-12-09 Lebanon has closed all of its official land crossings with Syria except Masnaa, the main "
        "crossing on the Beirut-Damascus road."
    )
    assert [(b.country, b.neighbor, b.action.value, b.crossing_names) for b in result.border_events] == [
        ("LB", "SY", "restricted", [])
    ]


def test_a_clause_after_a_semicolon_names_no_place_of_the_last_advice():
    result = _read_text(
        "date 2025-06-18 Governments moved to get their citizens out:\n\n"
        "- India: citizens in Iran told to leave by any available means; about 110 students moved from Urmia into "
        "Armenia."
    )
    assert {(a.issuer, a.subject) for a in result.advisories} == {("IN", "IR")}
    # (a list that goes on past the semicolon is still the advice's)
    result = _read_text("date 2024-08-04 Britain advised against all travel to Syria; and to Yemen.")
    assert {(a.issuer, a.subject) for a in result.advisories} == {("GB", "SY"), ("GB", "YE")}


def test_a_government_that_rates_a_place_is_not_rated_and_a_mission_repeated_is_no_advice():
    result = _read_text(
        "date 2024-08-04 Sweden closed its embassy in Beirut. The U.S. Embassy in Beirut told Americans to leave "
        "Lebanon. Washington has rated Lebanon at Level 4."
    )
    assert {(a.issuer, a.subject) for a in result.advisories} == {("US", "LB")}
    result = _read_text(
        "date 2024-08-04 Sweden said it was temporarily closing its embassy in Beirut. Norway did likewise with its "
        "own mission later in the day."
    )
    assert not result.advisories
    _, _, missions = _keys(result)
    assert missions == {("SE", "LB", "suspended"), ("NO", "LB", "suspended")}


def test_a_governments_travel_service_by_its_two_word_name_acts():
    result = _read_text(
        "date 2022-07-12 Singapore's Ministry of Foreign Affairs urged Singaporeans to defer all non-essential travel "
        "to Sri Lanka, and New Zealand's Safe Travel service did the same within hours."
    )
    assert {(a.issuer, a.subject) for a in result.advisories} == {("SG", "LK"), ("NZ", "LK")}
    # "with a skeleton staff for emergency cases only": emergencies only, not merely fewer staff
    _, _, missions = _keys(_read_text(
        "date 2025-10-30 Kenya urged its citizens to avoid non-essential travel to Tanzania. The High Commission in Dar "
        "es Salaam will stay open with a skeleton staff for emergency cases only, the statement said."
    ))
    assert missions == {("KE", "TZ", "emergency_services_only")}


def test_a_subdivision_advised_about_gives_its_country_only_when_a_government_advises():
    result = _read_text(
        "date 2022-09-16 Britain's Foreign Office now also advises against all but essential travel to the rest of "
        "Batken region, citing armed clashes."
    )
    assert [(a.issuer, a.subject, a.regions) for a in result.advisories] == [("GB", "KG", ["Batken"])]
    result = _read_text(
        "date 2024-09-27 The Department of Hydrology and Meteorology has issued a heavy rainfall warning for Lumbini "
        "province and urged people to avoid unnecessary travel to riverbanks in Lumbini province."
    )
    assert not result.advisories


def test_a_level_on_a_governments_scale_named_after_the_place_and_the_top_of_a_four_level_scale():
    # the scale's owner after the level, with "scale" the only word of advice in the sentence
    assert _advice("Chad is at Level 4 on the US scale, the highest, because of terrorism.") == [
        ("US", "TD", 4, None, "do_not_travel")
    ]
    assert _advice("Ecuador sits at Level 3 on Washington's four-step scale.") == [
        ("US", "EC", 3, None, "reconsider_travel")
    ]
    # a scale with no owner named is none of a government's: a storm's category or a domestic alert
    assert _advice("The cyclone reached Level 4 on the Saffir-Simpson scale as it neared Cuba.") == []
    # the government owns the level by its possessive, before or after it: the place is not the issuer
    assert _advice("Somalia remains at the highest level of Australia's advice.") == [
        ("AU", "SO", 4, None, "do_not_travel")
    ]
    assert _advice("Yemen stays on Canada's highest risk level, avoid all travel.") == [
        ("CA", "YE", 4, None, "do_not_travel")
    ]
    # (adjectives between the possessive and the level: "under Japan's separate infectious-disease Level 3")
    result = _read_text("date 2021-02-10 Laos remains under Japan's separate infectious-disease Level 3.")
    assert [(a.issuer, a.subject, a.level) for a in result.advisories] == [("JP", "LA", 3)]
    # the top of a four-level scale is its Level 4, the wording kept; a scale of no known size gives no number
    result = _read_text("date 2025-03-02 Canada raised its advisory for Libya to the highest level, avoid all travel.")
    [advisory] = result.advisories
    assert (advisory.level, advisory.level_raw) == (4, "highest level")
    assert _advice("Britain has its highest warning in place for Sudan.") == [("GB", "SD", None, None, "do_not_travel")]


def test_a_roundups_lines_labelled_in_capitals_and_a_dash_name_the_government_past_the_dateline():
    intro = "Governments have rewritten their travel advice for Laos after the floods. " * 8
    text = (
        "date 2025-09-02 Laos floods: where the advice stands\nBy Mia Chan\n\n"
        f"VIENTIANE - {intro}\n\n"
        'AUSTRALIA - Level 3, "Reconsider your need to travel", since Friday.\n\n'
        'JAPAN - Danger Level 2 ("avoid non-essential travel") for the southern provinces.\n'
    )
    # (the dateline at the top of the story stays where it was filed, no actor: Laos gives no advice)
    found = {(a.issuer, a.subject, a.level) for a in _read_text(text).advisories}
    assert found == {("AU", "LA", 3), ("JP", "LA", 2)}
    # right after a short lead; a line whose act opens with an article after the dash ("— A Level 4 ban covering
    # all of ...") is its government's, not a rating of that government's country
    text = (
        "date 2024-08-05 The Monday Briefing\n\nGovernments spent the weekend rewriting their advice for Lebanon as "
        "fears of a wider war grew.\n\nJAPAN - Danger Level 3 for the whole country.\n\nSOUTH KOREA — A Level 4 "
        "travel ban covering all of Lebanon takes effect today.\n"
    )
    assert {(a.issuer, a.subject, a.level) for a in _read_text(text).advisories} == {("JP", "LB", 3), ("KR", "LB", 4)}


def test_exercise_sufficient_caution_is_increased_caution():
    # Japan's level-1 wording in English
    assert _advice("Japan asked travellers to Laos to exercise sufficient caution.") == [
        ("JP", "LA", None, None, "increased_caution")
    ]


def test_areas_along_a_countrys_own_border_with_another_are_that_countrys():
    assert _advice("Britain advises against all travel to areas near Syria's border with Turkey.") == [
        ("GB", "SY", None, None, "do_not_travel")
    ]


def test_public_consular_work_suspended_is_reduced_services():
    assert _missions("The Canadian embassy in Tehran suspended public consular appointments after the protests.") == {
        ("CA", "IR", "reduced_services")
    }


def test_villagers_told_to_evacuate_and_guests_unable_to_leave_are_no_advice():
    text = (
        "date 2019-06-02 Volcano erupts near Port Moresby\n\nResidents of about a dozen villages near the crater were told "
        "to evacuate immediately. Hotels in the capital were asked to offer cheaper rooms to guests unable to leave, "
        "Australian and Japanese tourists among them."
    )
    assert _read_text(text).advisories == []


def test_airspace_named_by_its_countries_adjectives_is_no_place_of_travel_advice():
    assert _advice(
        "Pakistan told its citizens to avoid all non-essential travel to Iraq, while the aviation authority advised "
        "Pakistani airlines to stay out of Iranian, Iraqi and Gulf airspace."
    ) == [("PK", "IQ", None, None, "reconsider_travel")]


def test_a_region_moved_to_an_advice_is_a_place_of_it():
    result = _read_text('date 2023-01-20 Japan moved the Puno region to "avoid non-essential travel" on Friday.')
    assert [(a.issuer, a.subject, a.directive.value, a.regions) for a in result.advisories] == [
        ("JP", "PE", "reconsider_travel", ["Puno"])
    ]


def test_a_countrys_holidaymakers_are_its_people_and_advice_not_given_is_none():
    # "popular with U.S. vacationers": the issuer's people, not a place of its advice
    assert _advice(
        "The State Department refreshed its advisory for Belize on Monday and lowered one island popular with U.S. "
        "vacationers to Level 1."
    ) == [("US", "BZ", 1, None, "normal_precautions")]
    # "had not told them to stay away": no advice
    assert _advice(
        "Dutch and Belgian holidaymakers kept coming to Egypt's resorts, since their governments had not told them to "
        "stay away from the coast."
    ) == []


def test_a_neighbour_following_suit_shuts_its_own_side():
    assert _borders(
        "Ghana shut the Aflao and Elubo crossings with Togo and Ivory Coast on Friday. "
        "Togo followed suit on Saturday at its end of the Aflao post."
    ) >= {("GH", "TG", "closed"), ("TG", "GH", "closed")}
    # (the follower's own side, not a border with itself)
    assert _borders("Ghana closed its border with Togo. Togo followed suit a day later.") == {
        ("GH", "TG", "closed"),
        ("TG", "GH", "closed"),
    }


def test_a_closure_on_the_table_or_being_considered_is_threatened():
    assert _borders(
        'Kenya\'s interior minister said shutting the crossings with Somalia was "on the table" and would be settled '
        "by the cabinet on Thursday."
    ) == {("KE", "SO", "threatened_closure")}
    assert _borders(
        "Peru's government said a temporary closure of its crossings with Bolivia was being considered."
    ) == {("PE", "BO", "threatened_closure")}


def test_no_intention_of_closing_in_quotes_is_no_closure():
    assert _borders('Senegal says it has "no intention" of closing its side of the frontier with Mali.') == set()


def test_a_crossing_left_for_pedestrians_only_after_a_closure_is_restricted():
    assert _borders(
        "Armenia closed its checkpoints on the border with Georgia on Sunday. The service said the Bagratashen post "
        "would let through pedestrians only until further notice."
    ) == {("AM", "GE", "closed"), ("AM", "GE", "restricted")}


def test_borders_reopened_and_embassies_in_the_same_sentence():
    # what reopens is the borders, not a mission
    assert _missions(
        "Gabon live: France orders non-essential staff out of Libreville as the army reopens the land borders"
    ) == {("FR", "GA", "ordered_departure")}
    assert _missions(
        "To sum up: Paris has pulled some staff out of its embassy, and Gabon's land frontiers are open again to the "
        "east and south, with buses leaving for Yaoundé and Madrid."
    ) <= {("FR", "GA", "ordered_departure")}


def test_open_to_provide_emergency_services_and_a_future_return_to_normal():
    assert _missions(
        'The State Department said its embassy in Port-au-Prince "remains open to provide emergency services to U.S. '
        'citizens" and will return to normal operations step by step.'
    ) == {("US", "HT", "emergency_services_only")}


def test_one_governments_missions_in_other_places_did_the_same():
    assert _missions(
        "The Canadian embassy in Bamako went down to emergency services only on Monday. The Canadian missions in "
        "Niamey and Ouagadougou did the same."
    ) == {
        ("CA", "ML", "emergency_services_only"),
        ("CA", "NE", "emergency_services_only"),
        ("CA", "BF", "emergency_services_only"),
    }


def test_a_region_set_off_inside_a_list_of_places_and_a_place_put_on_the_same_level():
    assert _advice(
        "Singapore raised its advice for Myanmar to Level 4. Laos, including Vientiane, and Cambodia were moved to "
        "Level 4 on Monday, and Vietnam was placed on the same level a day later."
    ) == [
        ("SG", "MM", 4, None, "do_not_travel"),
        ("SG", "LA", 4, None, "do_not_travel"),
        ("SG", "KH", 4, None, "do_not_travel"),
        ("SG", "VN", 4, None, "do_not_travel"),
    ]


def test_staff_brought_home_from_two_cities():
    assert _missions("Turkey's foreign ministry has brought home its diplomatic staff from Tripoli and Benghazi.") == {
        ("TR", "LY", "evacuated")
    }


def test_a_crossing_that_lets_only_some_nationalities_through_is_restricted():
    assert _borders(
        "Hundreds of migrants waited on the Serbian side of the border after Croatia stopped letting them through, "
        "allowing only Syrians and Afghans with valid papers to continue."
    ) == {("HR", "RS", "restricted")}
    assert _borders(
        "Slovenian police at the Obrezje crossing would admit only Syrian and Iraqi nationals arriving from Croatia."
    ) == {("SI", "HR", "restricted")}


def test_closed_to_walk_in_visitors_but_giving_emergency_help_and_a_territorys_capital():
    assert _missions(
        "The Irish embassy in Bangkok is closed to walk-in visitors but continues to provide emergency consular "
        "assistance."
    ) == {("IE", "TH", "emergency_services_only")}
    # a territory's capital names the territory, not the state it belongs to
    assert _missions("Australia temporarily closed its consulate-general in Nouméa on Tuesday.") == {
        ("AU", "NC", "suspended")
    }


def test_a_visa_measure_in_a_relative_aside_leaves_the_advice_and_british_columbia_is_no_britain():
    assert _advice(
        "Pakistan, which suspended visa services in Bangladesh last week, has told its nationals in Bangladesh to "
        "exercise extreme caution."
    ) == [("PK", "BD", None, None, "increased_caution")]
    assert _advice("The embassy said visa services for Pakistanis would resume, and urged applicants to be careful.") == []
    result = _read_text("date 2023-10-20 Students from British Columbia were told to stay alert in Vancouver.")
    assert "GB" not in result.countries_mentioned


def test_whose_air_strikes_is_no_issuer_of_the_warnings_that_follow():
    assert _advice("As Turkish air strikes on northern Iraq intensified this week, a wave of travel warnings followed.") == []


def test_a_closure_by_a_named_body_of_a_country_is_that_countrys():
    assert _borders(
        "Georgia's border police say the Upper Lars checkpoint is temporarily closed by the Border Guard Service of "
        "the Federal Security Service of Russia."
    ) == {("RU", "GE", "closed")}


def test_congo_named_as_a_neighbour_is_the_congo_that_borders_the_country():
    assert _borders("Gabon closed its land borders with Cameroon, Equatorial Guinea and Congo on Wednesday.") == {
        ("GA", "CM", "closed"),
        ("GA", "GQ", "closed"),
        ("GA", "CG", "closed"),
    }
    # Rwanda borders only the Democratic Republic: "Congo" stays that one
    assert _borders("Rwanda closed its border with Congo after the shelling of Gisenyi.") == {("RW", "CD", "closed")}


def test_a_ban_on_a_countrys_people_travelling_to_a_place_is_advice_against_travel():
    assert _advice(
        "Bahrain did not issue a new statement: its ban on Bahrainis travelling to Iraq, in place since 2020, "
        "remains in force."
    ) == [("BH", "IQ", None, None, "do_not_travel")]


def test_what_a_level_means_is_said_of_no_place():
    result = _read_text(
        "date 2022-02-10 How Asian governments grade the danger in Laos. The State Department keeps Laos at Level 2. "
        "Seoul kept its own alert for Laos at Level 1. In the Korean and American schemes the top rung is Level 4, "
        "while Vietnam has a three-step list, with Level 3 meaning citizens must come home."
    )
    advice = {(a.issuer, a.subject, a.level) for a in result.advisories}
    assert advice == {("US", "LA", 2), ("KR", "LA", 1)}
    # the same words beside a level given to a place keep the advice
    assert _advice("Tokyo placed Haiti at Level 4, meaning citizens should leave.") == [
        ("JP", "HT", 4, None, "leave_immediately")
    ]


def test_a_foreign_ministry_called_by_where_it_sits_speaks_for_its_government():
    result = _read_text(
        "date 2021-08-03 Unrest spreads in Eswatini. Britain already advises against all but essential travel to "
        "Eswatini. Jakarta asked Indonesians to stay vigilant, and Malaysia's Wisma Putra told Malaysians to defer "
        "non-essential trips."
    )
    advice = {(a.issuer, a.subject) for a in result.advisories}
    assert ("MY", "SZ") in advice
    assert ("ID", "MY") not in advice


def test_crossings_kept_closed_to_travellers_are_closed():
    assert _borders("Laos has kept its checkpoints with Thailand closed to travellers since April.") == {
        ("LA", "TH", "closed")
    }
    # to one kind of traffic only, a restriction
    assert _borders("Laos has kept its checkpoints with Thailand closed to trucks since April.") == {
        ("LA", "TH", "restricted")
    }


def test_it_after_a_government_named_as_a_subject_is_that_government():
    result = _read_text(
        "date 2024-05-02 Italy still tells its citizens not to travel to Chad. Its embassy in N'Djamena has been shut "
        "since March. Spain chose another path. It ended in April the authorised departure of staff from its "
        "N'Djamena embassy and lowered its advice for Chad to Level 3 from Level 4."
    )
    advice, _, missions = _keys(result)
    assert ("ES", "TD", "lowered") in advice
    assert ("IT", "TD", "lowered") not in {(i, s, d) for i, s, d in advice}
    assert ("ES", "TD", "departure_lifted") in missions
    assert ("IT", "TD", "departure_lifted") not in missions


def test_a_crossing_not_yet_reopened_is_still_closed():
    assert _borders("Niger has still not reopened its border with Benin, traders said.") == {("NE", "BJ", "closed")}
    assert _borders("Niger has not yet reopened the frontier with Benin.") == {("NE", "BJ", "closed")}


def test_traffic_limited_to_some_travellers_and_the_side_blamed_for_a_closure():
    assert _borders("Tajikistan says traffic across its border with Uzbekistan was limited to returning citizens.") == {
        ("TJ", "UZ", "restricted")
    }
    assert _borders(
        "Armenia's border service says traffic on the Armenian-Georgian border has stopped, and blames the Georgian "
        "side, which it says shut its checkpoints at dawn."
    ) == {("GE", "AM", "closed")}


def test_plans_dropped_new_buildings_and_sealed_frontiers_described_are_no_events():
    # a plan shelved or told in the past is not a reopening
    assert _borders("Ethiopia shelves plan to reopen Eritrea border after clashes.") == set()
    assert _borders(
        "The frontier, shut by Ethiopia since 2018, was to be reopened in stages, starting with the crossing at Zalambessa."
    ) == {("ET", "ER", "closed")}
    assert _borders("Djibouti has put on hold its plan to reopen the frontier with Eritrea.") == set()
    # a building opened at a crossing in use is no opening of the border
    assert _borders("A new customs terminal opens at the Georgia-Turkey frontier at Sarpi.") == set()
    # "a sealed and heavily guarded frontier" describes it; the reopening is the event
    assert _borders(
        "Eritrea and Ethiopia reopened two crossings, reuniting families split by a sealed and heavily guarded frontier."
    ) == {("ER", "ET", "opened"), ("ET", "ER", "opened")}


def test_a_holiday_dating_an_aside_leaves_the_mission_action_and_the_utmost_caution_is_advice():
    assert _missions(
        "The British embassy in Tripoli, whose gate was stormed by a crowd on Christmas Day, has suspended all "
        "consular services."
    ) == {("GB", "LY", "reduced_services")}
    assert _missions("The British embassy in Tripoli will be closed for Christmas.") == set()
    assert _advice(
        "Spain's foreign ministry recommended \"the utmost caution\" in Bolivia over the weekend of the vote."
    ) == [("ES", "BO", None, None, "increased_caution")]


def test_a_mission_brought_down_to_a_number_of_staff_is_reduced():
    assert _missions("Dhaka ordered that the Indian high commission in Dhaka be brought down to 25 staff.") == {
        ("IN", "BD", "reduced_services")
    }
    assert _missions("The Bangladeshi high commission in New Delhi will shrink to the same number.") == {
        ("BD", "IN", "reduced_services")
    }


def test_the_embassy_a_country_is_covered_from_is_no_place_of_the_advice():
    assert _advice(
        "France advises against all travel to Mali. Canada, which covers Mali from its embassy in Dakar, already rates "
        "the country at Level 4."
    ) == [("FR", "ML", None, None, "do_not_travel"), ("CA", "ML", 4, None, "do_not_travel")]


def test_a_level_lowered_from_one_to_another_with_what_the_first_asks_between():
    assert _advice(
        "Japan lowered its danger information for Uganda from Level 2, under which citizens are asked to put off "
        "trips that are not urgent, to Level 1."
    ) == [("JP", "UG", 1, 2, "lowered")]


def test_order_restored_is_no_reopening_and_entry_on_conditions_is_a_restriction():
    # what "until order is restored" restores is order, not the crossing
    assert _borders('Honduras saw riots at El Florido. Guatemala closed the crossing with Honduras "until order is restored".') == {
        ("GT", "HN", "closed")
    }
    assert _borders("Troops were sent to restore order at the crossing between Guatemala and Honduras.") == set()
    assert _borders(
        "Guatemala kept its border with Honduras open, but officers are only admitting people who carry a passport."
    ) == {("GT", "HN", "restricted")}


def test_nothing_closed_and_a_dismissed_report_are_no_closures_and_a_demonym_side_acts():
    assert _borders("Armenia and Azerbaijan share no open crossing, so nothing there has \"closed\" this week.") == set()
    assert _borders(
        "Rumours on messaging apps this week that Nepal had sealed the crossing with India were dismissed by the police."
    ) == set()
    # the side named by its adjective acts, not the service that reports it
    assert _borders("Uzbekistan's border service said the Tajik side had stopped all traffic across their frontier.") == {
        ("TJ", "UZ", "closed")
    }


def test_travel_advised_against_in_the_passive():
    assert _advice("Travel to Haiti is now strongly advised against, Belgium's foreign ministry said.") == [
        ("BE", "HT", None, None, "do_not_travel")
    ]
    # (non-essential travel advised against is not all travel)
    assert _advice("Belgium's foreign ministry says non-essential travel to Haiti is advised against.") != [
        ("BE", "HT", None, None, "do_not_travel")
    ]
    assert _advice(
        "Belgium's foreign ministry has redrawn its map of Haiti. Travel to the north of Haiti is formally advised "
        "against."
    ) == [("BE", "HT", None, None, "do_not_travel")]


def test_a_question_whether_others_follow_suit_repeats_no_advice():
    assert _advice(
        "Britain told its citizens to leave Haiti. Asked whether France and Spain would follow suit, a spokesman "
        "declined to comment."
    ) == [("GB", "HT", None, None, "leave_immediately")]


def test_a_government_weighing_or_mulling_a_closure_threatens_it():
    assert _borders("Chile suspends the Chacalluta crossing; Peru weighs closing its side") == {
        ("CL", "PE", "closed"),
        ("PE", "CL", "threatened_closure"),
    }
    assert _borders("Lithuania is mulling the closure of its border with Belarus.") == {("LT", "BY", "threatened_closure")}


def test_staff_taken_out_of_a_mission_the_sentence_closes_are_evacuated():
    assert _missions(
        "Austria and Belgium said they were temporarily shutting their embassies in Kabul and moving their diplomats "
        "out of the country."
    ) == {("AT", "AF", "suspended"), ("BE", "AF", "suspended"), ("AT", "AF", "evacuated"), ("BE", "AF", "evacuated")}
    # (only the families leave: a departure of some, the mission closed to the public)
    assert _missions(
        "Austria closed its embassy in Kabul to the public and moved the families of its diplomats out of the country."
    ) == {("AT", "AF", "suspended"), ("AT", "AF", "ordered_departure")}


def test_staff_moved_to_another_country_is_an_evacuation_and_a_move_inside_it_is_not():
    assert _missions("Norway closed its embassy in Juba, with its diplomats relocating to the Ugandan capital.") == {
        ("NO", "SS", "suspended"),
        ("NO", "SS", "evacuated"),
    }
    assert _missions("Norway relocated its ambassador and remaining diplomats in South Sudan to Nairobi.") == {
        ("NO", "SS", "suspended"),
        ("NO", "SS", "evacuated"),
    }
    assert _missions("Norway closed its embassy in Kyiv and moved its diplomats to Lviv.") == {("NO", "UA", "suspended")}


def test_a_high_commission_closed_no_embassy_since_and_missions_in_each_other_s_capitals():
    assert _missions("The British High Commission in Honiara closed to the public on Friday.") == {("GB", "SB", "suspended")}
    assert _missions("Canada has not had an embassy in Syria since the civil war began.") == {("CA", "SY", "suspended")}
    assert _missions("Qatar and Bahrain closed their embassies in each other's capitals.") == {
        ("QA", "BH", "suspended"),
        ("BH", "QA", "suspended"),
    }
    assert _missions("Qatar and Bahrain cut ties in 2017. Both embassies were shut within a week.") == {
        ("QA", "BH", "suspended"),
        ("BH", "QA", "suspended"),
    }


def test_families_or_non_essential_staff_sent_home_are_an_ordered_departure():
    assert _missions("The families of Italian diplomats in Beirut have been asked to return to Italy.") == {
        ("IT", "LB", "ordered_departure")
    }
    assert _missions(
        "Non-essential staff and family members of the Pakistani High Commission in Dhaka were flown to Karachi."
    ) == {("PK", "BD", "ordered_departure")}
    assert _missions("The Pakistani High Commission in Dhaka flew its non-essential staff and their families home.") == {
        ("PK", "BD", "ordered_departure")
    }
    # (flown out of the embassy by the military: an evacuation, as before)
    assert _missions("The US military flew non-essential staff out of the US embassy in Port-au-Prince by helicopter.") == {
        ("US", "HT", "evacuated")
    }


def test_limited_assistance_given_and_counter_hours_cut_reduce_a_mission_s_services():
    assert _missions("The Samoan High Commission in Port Vila was providing limited consular assistance from a hotel.") == {
        ("WS", "VU", "reduced_services")
    }
    assert _missions("India's consulate-general in Mandalay has cut its public counter hours to two mornings a week.") == {
        ("IN", "MM", "reduced_services")
    }
    # (what the embassy could give is the advice's reason, no event)
    assert _missions(
        "Canada advised against all travel to Niger; its embassy in Niamey could provide only limited assistance."
    ) == set()


def test_a_government_after_a_comma_and_with_its_own_verb_gives_its_own_advice():
    assert _advice("Ireland advises against all travel to Belarus, and Canada keeps the country at Level 4.") == [
        ("IE", "BY", None, None, "do_not_travel"),
        ("CA", "BY", 4, None, "do_not_travel"),
    ]
    # a government matched by the advice gives it too; a country's strike is no place of it
    assert _advice("New Zealand rates Peru at Level 2, \"exercise increased caution\", matching Canada.") == [
        ("NZ", "PE", 2, None, "increased_caution"),
        ("CA", "PE", 2, None, "increased_caution"),
    ]
    assert _advice("Kuwait urged its citizens in Iraq to leave, the first Gulf state to do so since a US drone strike hit Baghdad.") == [
        ("KW", "IQ", None, None, "leave_immediately")
    ]


def test_a_government_with_an_apposition_acts_and_the_island_is_not_the_government_that_just_advised():
    assert _advice(
        "Fiji's hopes of a good season took a blow as Britain, the island nation's biggest source market, told its "
        "citizens to avoid all but essential travel to Fiji."
    ) == [("GB", "FJ", None, None, "reconsider_travel")]
    assert _advice(
        "Britain advised against all but essential travel to Sri Lanka. New Zealand did the same. China, the "
        "island's largest lender, reminded Chinese nationals to strengthen safety precautions."
    ) == [
        ("GB", "LK", None, None, "reconsider_travel"),
        ("NZ", "LK", None, None, "reconsider_travel"),
        ("CN", "LK", None, None, "increased_caution"),
    ]


def test_a_headline_that_names_no_acting_side_takes_the_side_the_story_names():
    text = (
        "Second Friendship Bridge shut as Myawaddy fighting flares\n\n"
        "Thailand closed the Second Friendship Bridge at Mae Sot to all traffic on Saturday as fighting raged in Myawaddy."
    )
    assert _borders(text) == {("TH", "MM", "closed")}


def test_a_line_labelled_with_a_country_whose_clause_has_its_own_speaker_names_the_place():
    text = (
        "The FCDO warns against travel to parts of several countries. Some examples:\n\n"
        "- Nigeria: the FCDO advises against all travel to Borno State.\n"
        "- Mali: it advises against all travel to the whole country.\n"
        "- Niger: it advises against all travel to the regions bordering Mali."
    )
    assert [(a[0], a[1]) for a in _advice(text)] == [("GB", "NG"), ("GB", "ML"), ("GB", "NE")]


def test_governments_opening_a_clause_after_a_semicolon_are_no_places_of_the_advice_before():
    assert _advice("Malaysia advises against all travel to Myanmar; Thailand and Laos flag risks near the border.") == [
        ("MY", "MM", None, None, "do_not_travel")
    ]


def test_a_round_up_section_line_opening_with_a_country_in_capitals_names_the_place_of_its_advice():
    text = (
        "Weekly security round-up\n\n"
        "HONG KONG - Risk rating raised from LOW to MODERATE\n"
        "Protests grew sharply over the week. The US Consulate General has urged American citizens to exercise caution."
    )
    assert [(a[0], a[1], a[4]) for a in _advice(text)] == [("US", "HK", "increased_caution")]


def test_a_country_is_the_state_it_was_part_of_on_the_day_the_article_was_published():
    text = "Macedonia closed its Blace crossing with Kosovo on Wednesday, and Uganda shut its border with South Sudan."
    def facts(day: dt.date) -> tuple[set[tuple[str, str, str]], list[str]]:
        result = extract(Article(id="x", source="test", text=text, published=day))
        return {(b.country, b.neighbor, b.action.value) for b in result.border_events}, result.countries_mentioned

    # (Kosovo's side was Serbia's, within Yugoslavia, until 2008; Juba's Sudan's until 2011)
    borders_1999, countries_1999 = facts(dt.date(1999, 4, 1))
    assert borders_1999 == {("MK", "RS", "closed"), ("UG", "SD", "closed")}
    assert "XK" not in countries_1999 and "SS" not in countries_1999
    borders_2012, _ = facts(dt.date(2012, 4, 1))
    assert borders_2012 == {("MK", "XK", "closed"), ("UG", "SS", "closed")}
