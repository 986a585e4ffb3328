"""The reader on short articles written for travelrisk in each of the 16 other languages (tests/articles/ml/):
one with an advisory, a border event and a mission event, one distractor that names countries and the words
of the facts without stating one. Each `.json` beside a `.txt` holds what the article states."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from travelrisk.extract.pipeline import extract
from travelrisk.model import Article
from travelrisk.model.vocabulary import LANGUAGES
from travelrisk.sources.news.readers import read_paths

ARTICLES = Path(__file__).parent / "articles" / "ml"
NAMES = sorted(path.stem for path in ARTICLES.glob("*.txt"))


def test_every_language_has_a_facts_article_and_a_distractor() -> None:
    for language in LANGUAGES:
        assert {f"{language}_facts", f"{language}_distractor"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_article(name: str) -> None:
    [article] = list(read_paths([str(ARTICLES / f"{name}.txt")]))
    gold = json.loads((ARTICLES / f"{name}.json").read_text(encoding="utf-8"))
    result = extract(article)
    assert result.language == gold["language"]
    assert {(a.issuer, a.subject, a.directive) for a in result.advisories} == {
        (a["issuer"], a["subject"], a["directive"]) for a in gold["advisories"]
    }
    assert {(b.country, b.neighbor, b.action) for b in result.border_events} == {
        (b["country"], b["neighbor"], b["action"]) for b in gold["border_events"]
    }
    assert {(m.mission_of, m.in_country, m.action) for m in result.mission_events} == {
        (m["mission_of"], m["in_country"], m["action"]) for m in gold["mission_events"]
    }
    assert set(result.countries_mentioned) == set(gold["countries_mentioned"])
    for item in [*result.advisories, *result.border_events, *result.mission_events]:
        # Evidence is quoted in the original language, at its place in the text.
        assert article.text[item.evidence.start : item.evidence.end] == item.evidence.quote


def test_reasons_stated_in_the_next_sentence_go_to_the_nearest_advice_only() -> None:
    [article] = list(read_paths([str(ARTICLES / "ru_reasons.txt")]))
    reasons = {(a.issuer, a.subject): [r.value for r in a.reasons] for a in extract(article).advisories}
    assert reasons == {("EE", "YE"): ["armed_conflict", "kidnapping"], ("GE", "NP"): []}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("pl_reasons", {"limited_flights", "limited_consular_capacity"}),
        ("tr_reasons", {"limited_flights", "wrongful_detention"}),
        ("zh_reasons", {"limited_flights", "wrongful_detention"}),
    ],
)
def test_reason_cue_words_of_each_language(name: str, expected: set[str]) -> None:
    [article] = list(read_paths([str(ARTICLES / f"{name}.txt")]))
    [advisory] = extract(article).advisories
    assert {r.value for r in advisory.reasons} == expected


def test_a_level_stated_in_the_sentence_after_the_advice_is_that_advice_s() -> None:
    [article] = list(read_paths([str(ARTICLES / "es_level.txt")]))
    [advisory] = extract(article).advisories
    assert (advisory.issuer, advisory.subject, advisory.directive, advisory.level) == ("PT", "HT", "do_not_travel", 4)



def _mission_events(text: str) -> set[tuple[str, str, str]]:
    result = extract(Article(id="inline", source="inline", text=text))
    return {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plural verbs for a list of governments, the mission words "legaciones" and "representación diplomática"
        (
            "date 2016-03-02 Chile y Perú cerraron sus embajadas en Trípoli el martes. Alemania e Italia cerraron "
            "también sus legaciones en Libia.",
            {("CL", "LY", "suspended"), ("PE", "LY", "suspended"), ("DE", "LY", "suspended"), ("IT", "LY", "suspended")},
        ),
        # "lo hizo" repeats the act for the government it names, not a host
        (
            "date 2016-03-02 Argentina y Uruguay cerraron sus embajadas en Libia el lunes, y Brasil lo hizo el jueves.",
            {("AR", "LY", "suspended"), ("UY", "LY", "suspended"), ("BR", "LY", "suspended")},
        ),
        # the verb first, its governments last; a clause of contrast has an owner of its own
        (
            "date 2016-03-02 Suspendieron las actividades de sus legaciones en Libia Colombia y México, mientras que "
            "Egipto anunció la suspensión de las actividades de su representación diplomática.",
            {("CO", "LY", "suspended"), ("MX", "LY", "suspended"), ("EG", "LY", "suspended")},
        ),
        ("date 2016-03-02 Niemcy zawiesiły działalność swojej ambasady w Libii.", {("DE", "LY", "suspended")}),
        ("date 2016-03-02 Vokietija sustabdė savo ambasados veiklą Libijoje.", {("DE", "LY", "suspended")}),
        ("date 2016-03-02 Vācija apturēja savas vēstniecības darbību Lībijā.", {("DE", "LY", "suspended")}),
        # ", et" opens a clause with its own governments and act; "effectifs" are the staff of the mission just named
        (
            "date 2014-08-02 La Suède a évacué son ambassade en Libye samedi, et la Belgique et le Danemark ont "
            "depuis suspendu les activités de leurs ambassades. La Norvège maintient son ambassade ouverte, mais a "
            "réduit ses effectifs au strict minimum.",
            {
                ("SE", "LY", "evacuated"),
                ("BE", "LY", "suspended"),
                ("DK", "LY", "suspended"),
                ("NO", "LY", "reduced_services"),
            },
        ),
        # "nello Yemen" names where the missions are, not their owner
        (
            "date 2016-03-02 Francia e Spagna hanno chiuso le loro ambasciate nello Yemen.",
            {("FR", "YE", "suspended"), ("ES", "YE", "suspended")},
        ),
    ],
)
def test_missions_closed_by_lists_of_governments_in_other_languages(text: str, expected: set) -> None:
    assert _mission_events(text) == expected


def test_lithuanian_back_reference_advice_after_its_place_gaza_and_emergencies_only() -> None:
    text = (
        "date 2024-04-14 URM ragina lietuvius išvykti iš Irano\n\nUžsienio reikalų ministerija ragina Lietuvos piliečius "
        "kuo skubiau išvykti iš Irano. Tą patį savo piliečiams patarė ir Suomijos bei Švedijos ministerijos. "
        "Į Gazos Ruožą vykti URM griežtai nerekomenduoja jau seniai.\n\nLietuvos ambasada Ankaroje veikia, tačiau "
        "teikia tik skubias konsulines paslaugas."
    )
    result = extract(Article(id="inline", source="inline", text=text))
    assert {(a.issuer, a.subject, a.directive.value if a.directive else None) for a in result.advisories} == {
        ("LT", "IR", "leave_immediately"),
        ("FI", "IR", "leave_immediately"),  # "Tą patį" (the same) repeats the advice for the governments it names
        ("SE", "IR", "leave_immediately"),
        ("LT", "PS", "do_not_travel"),  # the place and the journey before "nerekomenduoja"
    }
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {
        ("LT", "TR", "emergency_services_only")
    }


@pytest.mark.parametrize(
    ("text", "issuer", "directive"),
    [
        (
            "date 2020-03-18 Wegen der Corona-Pandemie rät das Auswärtige Amt ab sofort von nicht notwendigen, "
            "touristischen Reisen ins Ausland ab.",
            "DE",
            "reconsider_travel",
        ),
        (
            "date 2020-03-18 En raison de la pandémie de coronavirus, la France déconseille tous les voyages à "
            "l'étranger.",
            "FR",
            "do_not_travel",
        ),
        (
            "date 2020-03-18 Из-за пандемии коронавируса Россия рекомендует гражданам воздержаться от поездок за рубеж.",
            "RU",
            "do_not_travel",
        ),
    ],
)
def test_advice_for_travel_anywhere_abroad_is_worldwide_with_the_pandemic_its_reason(
    text: str, issuer: str, directive: str
) -> None:
    [advisory] = extract(Article(id="inline", source="inline", text=text)).advisories
    assert (advisory.issuer, advisory.subject, advisory.regions) == (issuer, None, ["worldwide"])
    assert advisory.directive == directive
    assert [r.value for r in advisory.reasons] == ["health"]


def test_german_border_clauses_after_a_comma_and_checks_at_borders_named_first() -> None:
    def borders(text: str) -> set[tuple[str, str, str]]:
        result = extract(Article(id="inline", source="inline", text=text))
        return {(b.country, b.neighbor, b.action.value) for b in result.border_events}

    # after a comma, states that go on with their own borders are a clause of their own
    assert borders(
        "date 2020-03-16 Ungarn hat seine Grenzen zu Österreich am Sonntag dichtgemacht, die Slowakei und Slowenien "
        "haben ihre Grenzen zu Österreich seit Montag für Ausländer geschlossen."
    ) == {("HU", "AT", "closed"), ("SK", "AT", "closed"), ("SI", "AT", "closed")}
    # the borders named before the verb, the Federal Police (Germany's) after it: checks at open borders
    assert borders(
        "date 2020-03-16 Die Grenzen zu Polen und Tschechien kontrolliert die Bundespolizei seit Montagmorgen."
    ) == {("DE", "PL", "restricted"), ("DE", "CZ", "restricted")}


def test_advice_whose_journeys_or_citizens_come_before_the_place_and_a_threat_in_the_past_tense() -> None:
    def read(text: str) -> tuple[set[tuple], set[tuple]]:
        result = extract(Article(id="inline", source="inline", text=text))
        advice = {(a.issuer, a.subject, a.directive.value if a.directive else None) for a in result.advisories}
        return advice, {(b.country, b.neighbor, b.action.value) for b in result.border_events}

    # pl: the journeys first, "odradza" after them
    advice, _ = read("date 2024-05-02 Wszelkie podróże do Sudanu od miesięcy odradza Polakom Ministerstwo Spraw Zagranicznych.")
    assert advice == {("PL", "SD", "do_not_travel")}
    # pl: "nie wykluczył" (did not rule out) a closure: a threat
    _, borders = read(
        "date 2024-05-02 Polska zamknęła przejście w Sławatyczach na granicy z Białorusią. Minister nie wykluczył, "
        "że zamknięte mogą zostać kolejne przejścia."
    )
    assert ("PL", "BY", "threatened_closure") in borders
    # de: "warnt seine Bürger ... vor Reisen nach", however much is said between
    advice, _ = read(
        "date 2024-05-02 Die Schweiz warnt ihre Bürger wegen der Kämpfe seit Tagen mit deutlichen Worten vor Reisen nach Libyen."
    )
    assert advice == {("CH", "LY", "do_not_travel")}


def test_a_missions_act_before_a_comma_is_no_border_clause() -> None:
    result = extract(
        Article(
            id="inline",
            source="inline",
            text="date 2014-08-01 Libye : Rome ferme son ambassade à Tripoli, l'Égypte menace de fermer sa frontière",
        )
    )
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {("EG", "LY", "threatened_closure")}
    assert {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events} == {("IT", "LY", "suspended")}
