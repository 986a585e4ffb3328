"""The reader on news in other languages: one language-independent reading over each language's vocabulary
(model/vocabulary/), on sentences written for these tests."""

from __future__ import annotations

import pytest

from travelrisk import extract
from travelrisk.extract.vocabulary_patterns import vocabulary
from travelrisk.model import Article
from travelrisk.model.vocabulary import LANGUAGES


def read(text: str):  # type: ignore[no-untyped-def]
    return extract(Article(id="t", source="t", text="date 2025-05-01 " + text))


def test_every_language_has_a_vocabulary() -> None:
    for language in LANGUAGES:
        compiled = vocabulary(language)
        assert compiled is not None and compiled.vocabulary.language == language
    assert vocabulary("xx") is None


# Case endings a name takes in the inflecting languages (a few of each, enough to build the forms news writes).
_ENDINGS = {
    "ru": ("", "а", "и", "у", "ой", "ю", "е"),
    "uk": ("", "а", "и", "у", "ою", "і", "ю"),
    "pl": ("", "a", "y", "i", "ę", "ą", "ie", "u"),
    "lt": ("", "os", "ai", "ą", "oje", "ijos", "iją"),
    "lv": ("", "as", "ai", "u", "ā", "ijas", "iju"),
}


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang not in ("zh", "ja", "ko")])
def test_no_fact_word_is_found_inside_a_country_name(language: str) -> None:
    # "Łotwa" holds Polish "otw" (open), "Apvienotā Karaliste" Latvian "kar" (war), "عربستان" Persian "بست"
    # (closed), "Бухарест" Russian "арест" (arrest): a name is never a fact word.
    from travelrisk.geo.multilingual import _all_names

    compiled = vocabulary(language)
    assert compiled is not None
    patterns = [
        *(p for _d, p in compiled.directives),
        *(p for _a, p in compiled.border_actions),
        *(p for _a, p in compiled.mission_actions),
        *(p for _r, p in compiled.reasons),
        compiled.border,
        compiled.mission,
        compiled.advisory,
    ]
    names = {name for _iso2, _kind, name in _all_names(language)}
    forms = {name + ending for name in names for ending in _ENDINGS.get(language, ("",))}
    found = sorted({(form, p.pattern[:40]) for form in forms for p in patterns if (m := p.search(form)) and m.group(0).strip()})
    assert found == []


def test_russian_call_to_leave_names_issuer_and_subject_with_the_quote_in_russian() -> None:
    text = "Министерство иностранных дел Эстонии призвало своих граждан немедленно покинуть Иран."
    extraction = read(text)
    assert extraction.language == "ru"
    (advisory,) = extraction.advisories
    assert (advisory.issuer, advisory.subject, advisory.directive) == ("EE", "IR", "leave_immediately")
    assert advisory.evidence.quote == text


def test_similar_advice_by_other_governments() -> None:
    text = (
        "Министерство иностранных дел Эстонии призвало своих граждан немедленно покинуть Иран.\n"
        "Ранее аналогичные рекомендации выпустили власти Финляндии и Швеции."
    )
    pairs = {(a.issuer, a.subject, a.directive) for a in read(text).advisories}
    assert pairs == {("EE", "IR", "leave_immediately"), ("FI", "IR", "leave_immediately"), ("SE", "IR", "leave_immediately")}


def test_german_border_closure_acts_on_the_named_states_crossings() -> None:
    text = "Österreich hat am Montag zwei Grenzübergänge zu Slowenien geschlossen, teilte das Innenministerium mit."
    (event,) = read(text).border_events
    assert (event.country, event.neighbor, event.action, event.crossings_affected) == ("AT", "SI", "closed", 2)


def test_arabic_mission_owner_and_host() -> None:
    text = "أعلنت وزارة الخارجية أن السفارة الكندية في الخرطوم أغلقت أبوابها مؤقتا بسبب القتال."
    events = read(text).mission_events
    assert [(e.mission_of, e.in_country, e.action) for e in events] == [("CA", "SD", "suspended")]


def test_chinese_without_spaces() -> None:
    text = "泰国宣布自即日起关闭与柬埔寨接壤的两个口岸。"
    (event,) = read(text).border_events
    assert (event.country, event.neighbor, event.action, event.crossings_affected) == ("TH", "KH", "closed", 2)


@pytest.mark.parametrize(
    "text",
    [
        # A denial states nothing.
        "Министерство иностранных дел опровергло сообщения о закрытии посольства Франции в Минске.",
        # Tourism news: no directive, no border action, no mission action.
        "Испанские туристы всё чаще выбирают Марокко и Португалию для летнего отдыха.",
        # Sanctions and visas: entry bans on officials, easier visas, are no advice to travellers.
        "Россия ввела запрет на въезд для ряда британских чиновников в ответ на санкции Лондона.",
        "Deutschland rät Reisenden aus Indien, ihre Visa früher zu beantragen, und warnt vor Reisen ohne Visum nach Polen.",
    ],
)
def test_distractors_state_no_fact(text: str) -> None:
    extraction = read(text)
    assert not extraction.advisories and not extraction.border_events and not extraction.mission_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Advice against non-essential travel is weaker than advice against all travel, in every language.
        ("El Gobierno de Chile recomienda a sus ciudadanos evitar viajes no esenciales a Bolivia.", ("CL", "BO", "reconsider_travel")),
        ("La Farnesina sconsiglia viaggi non essenziali in Tunisia ai cittadini italiani.", ("IT", "TN", "reconsider_travel")),
        ("MSZ odradza podróże do Gruzji, które nie są konieczne.", ("PL", "GE", "reconsider_travel")),
        ("MSZ odradza wszelkie podróże do Wenezueli.", ("PL", "VE", "do_not_travel")),
        ("Il ministero degli Esteri sconsiglia viaggi a qualsiasi titolo in Libia.", ("IT", "LY", "do_not_travel")),
        ("Le ministère français appelle ses ressortissants à quitter le Niger dans les meilleurs délais.", ("FR", "NE", "leave_immediately")),
        ("أوصت وزارة الخارجية الأردنية المواطنين بتجنب السفر غير الضروري إلى ليبيا.", None),
    ],
)
def test_directive_strength(text: str, expected: tuple[str, str, str] | None) -> None:
    found = {(a.issuer, a.subject, a.directive) for a in read(text).advisories}
    if expected is None:
        assert not any(d == "do_not_travel" for _i, _s, d in found)  # non-essential travel is not all travel
    else:
        assert expected in found


def test_a_level_stated_alone_means_what_it_means_on_the_issuers_scale() -> None:
    text = "Госдепартамент США повысил уровень опасности для Никарагуа до 3."
    (advisory,) = read(text).advisories
    assert (advisory.issuer, advisory.subject, advisory.level, advisory.directive) == ("US", "NI", 3, "reconsider_travel")


def test_reasons_after_the_cause_word_in_the_articles_language() -> None:
    text = "МИД Болгарии рекомендовал гражданам воздержаться от поездок в Судан из-за боевых действий и похищений."
    (advisory,) = read(text).advisories
    assert (advisory.issuer, advisory.subject, advisory.directive) == ("BG", "SD", "do_not_travel")
    assert advisory.reasons == ["armed_conflict", "kidnapping"]
    assert [r.phrase for r in advisory.reason_evidence] == ["боевых действий", "похищений"]


def test_an_exception_weakens_advice_against_travel() -> None:
    # "We advise our citizens to avoid travel to Libya except in compelling cases" (Turkish, written for this test).
    text = "Dışişleri Bakanlığı: Vatandaşlarımızın zorunlu haller dışında Libya'ya seyahat etmekten kaçınmalarını tavsiye ediyoruz."
    pairs = {(a.issuer, a.subject, a.directive) for a in read(text).advisories}
    assert pairs == {("TR", "LY", "reconsider_travel")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Verb-final languages: the ministry speaks unnamed, the country after its topic particle is the subject.
        ("外務省は、スーダンの危険情報をレベル4に引き上げ、退避を勧告しました。", ("JP", "SD", "leave_immediately")),
        ("외교부는 이스라엘 전역에 여행경보 3단계(출국권고)를 발령했다.", ("KR", "IL", "leave_immediately")),
        ("Ārlietu ministrija neiesaka ceļot uz Baltkrieviju.", ("LV", "BY", "do_not_travel")),
        ("Le Canada déconseille tout voyage en Haïti.", ("CA", "HT", "do_not_travel")),
    ],
)
def test_more_directives(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(a.issuer, a.subject, a.directive) for a in read(text).advisories}


def test_the_other_side_from_a_named_crossing_and_a_capital_as_host() -> None:
    (border,) = read("Lietuva uždarė Šalčininkų pasienio punktą.").border_events
    assert (border.country, border.neighbor, border.action, border.crossing_names) == ("LT", "BY", "closed", ["Šalčininkų"])
    (mission,) = read("ABD'nin Kiev Büyükelçiliği yeniden açıldı.").mission_events
    assert (mission.mission_of, mission.in_country, mission.action) == ("US", "UA", "reopened")


def test_a_lowering_from_one_level_to_another() -> None:
    text = "Госдепартамент США понизил уровень опасности для Грузии с 3 до 2."
    (advisory,) = read(text).advisories
    assert (advisory.issuer, advisory.subject, advisory.directive) == ("US", "GE", "lowered")
    assert (advisory.previous_level, advisory.level) == (3, 2)


def test_a_chinese_level_in_chinese_numerals_for_the_object_of_the_raised_warning() -> None:
    # "The Korean foreign ministry raised the travel alert for all of Thailand to the third level": the place is
    # the object marked by 将, and level 3 on Korea's scale tells people to leave
    (advisory,) = read("韩国外交部将泰国全境的旅行警报上调至第三级。").advisories
    assert (advisory.issuer, advisory.subject, advisory.level, advisory.directive) == ("KR", "TH", 3, "leave_immediately")
    (advisory,) = read("美国国务院将缅甸的旅行警告维持在第四级。").advisories
    assert (advisory.issuer, advisory.subject, advisory.level, advisory.directive) == ("US", "MM", 4, "do_not_travel")


def test_portuguese_closing_an_embassy() -> None:
    (event,) = read("Portugal encerrou temporariamente a sua embaixada em Bamako.").mission_events
    assert (event.mission_of, event.in_country, event.action) == ("PT", "ML", "suspended")


def test_an_evacuation_named_as_the_cause_of_a_closure_is_no_event_of_its_own() -> None:
    # "Since 4 May the embassy of Norway in Kyiv works again; it had closed because of a forced evacuation"
    text = "З 4 травня у Києві знову запрацювало посольство Норвегії, яке закривалося через вимушену евакуацію."
    assert {(e.mission_of, e.in_country, e.action) for e in read(text).mission_events} == {
        ("NO", "UA", "reopened"),
        ("NO", "UA", "suspended"),
    }


def test_german_regions_of_a_country_and_the_country_they_border() -> None:
    # "For the regions of Russia bordering Belarus a travel warning applies as well", after the ministry's advice
    text = (
        "Das Auswärtige Amt rät von Reisen nach Russland ab. "
        "Für die an Belarus angrenzenden Regionen Russlands gilt darüber hinaus eine Reisewarnung."
    )
    assert {(a.issuer, a.subject) for a in read(text).advisories} == {("DE", "RU")}


def test_a_state_named_only_after_the_verb_describes_the_border_the_article_is_about() -> None:
    # "Estonia is preparing to close its border with Russia. The minister said the authorities are ready to close
    # the last checkpoint on the Estonian-Russian border."
    text = (
        "Эстония готовится закрыть границу с Россией. По словам министра, власти страны готовы закрыть "
        "последний КПП на эстонско-российской границе."
    )
    assert {(b.country, b.neighbor, b.action) for b in read(text).border_events} == {("EE", "RU", "threatened_closure")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the Brazilian government announced that Venezuela's border with Brazil will stay closed": the border's
        # owner closes it, the side after "com o" is the neighbour
        ("O governo brasileiro anunciou que a fronteira da Venezuela com o Brasil ficará fechada.", ("VE", "BR")),
        ("Le gouvernement malien a annoncé que la frontière du Mali avec le Niger reste fermée.", ("ML", "NE")),
        ("Il governo svizzero ha detto che il confine dell'Austria con l'Italia è stato chiuso.", ("AT", "IT")),
    ],
)
def test_the_other_side_after_a_preposition_and_its_article(text: str, expected: tuple[str, str]) -> None:
    assert {(b.country, b.neighbor) for b in read(text).border_events} == {expected}


def test_korean_evacuation_recommendation() -> None:
    # "The Japanese government issued an evacuation recommendation for all of Lebanon."
    (advisory,) = read("일본 정부는 레바논 전역에 대해 대피 권고를 발령했다.").advisories
    assert (advisory.issuer, advisory.subject, advisory.directive) == ("JP", "LB", "leave_immediately")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The Korean government temporarily closed the embassy in Sudan and evacuated its staff": the government its
        # particle marks owns the mission; the country beside the mission word is where it is
        ("韓国政府はスーダンの大使館を一時閉鎖し、職員を退避させた。", {("KR", "SD", "suspended"), ("KR", "SD", "evacuated")}),
        # "The US government ordered the embassy staff in Lebanon to withdraw": an order, not also an evacuation
        ("미국 정부는 레바논 주재 대사관 직원들에게 철수를 명령했다.", {("US", "LB", "ordered_departure")}),
    ],
)
def test_missions_in_verb_final_languages(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(e.mission_of, e.in_country, e.action) for e in read(text).mission_events} == expected


def test_lithuanian_work_of_a_checkpoint_resumed() -> None:
    # "Lithuania resumed the work of the Šalčininkai border checkpoint."
    (event,) = read("Lietuva atnaujino Šalčininkų pasienio punkto darbą.").border_events
    assert (event.country, event.neighbor, event.action) == ("LT", "BY", "opened")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The State Department lowered its travel advice for Peru to level 3"
        ("Le Département d’État a abaissé son avis de voyage pour le Pérou au niveau 3.", ("US", "PE", 3, "lowered")),
        # "The State Department raised the alert for Iraq to level 4"
        ("Il Dipartimento di Stato ha alzato al livello 4 l'allerta per l'Iraq.", ("US", "IQ", 4, "do_not_travel")),
        # "The State Department raised the warning level for Iraq to 4"
        ("Departament Stanu podniósł poziom ostrzeżenia dla Iraku do 4.", ("US", "IQ", 4, "do_not_travel")),
    ],
)
def test_levels_in_french_italian_and_polish(text: str, expected: tuple) -> None:
    (advisory,) = read(text).advisories
    assert (advisory.issuer, advisory.subject, advisory.level, advisory.directive) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La frontière entre la France et la Belgique reste ouverte malgré les grèves.",  # "remains open"
        "Die Grenze zwischen Deutschland und Polen bleibt geöffnet.",
        "Граница между Россией и Казахстаном остается открытой.",
        "Granica między Polską a Litwą pozostaje otwarta.",
    ],
)
def test_a_border_that_remains_open_is_no_reopening(text: str) -> None:
    assert read(text).border_events == []


def test_french_staff_brought_home() -> None:
    # "France closed its embassy in Mali and brought its staff home"
    events = read("La France a fermé son ambassade au Mali et rapatrié son personnel.").mission_events
    assert {(e.mission_of, e.in_country, e.action) for e in events} == {("FR", "ML", "suspended"), ("FR", "ML", "evacuated")}


def test_a_turkish_case_ending_marks_the_whole_list() -> None:
    # "The Foreign Ministry called for no travel to Iraq and Syria": the dative ending on the last name only
    advisories = read("Türkiye Dışişleri Bakanlığı, Irak ve Suriye'ye seyahat edilmemesi çağrısında bulundu.").advisories
    assert {(a.issuer, a.subject, a.directive) for a in advisories} == {("TR", "IQ", "do_not_travel"), ("TR", "SY", "do_not_travel")}


def test_a_turkish_subject_before_a_comma_is_not_part_of_the_list_after_it() -> None:
    # "Ankara advised its citizens in Iraq to leave the country": the comma ends the subject
    (advisory,) = read("Ankara, Irak'taki vatandaşlarına ülkeyi terk etmelerini tavsiye etti.").advisories
    assert (advisory.issuer, advisory.subject, advisory.directive) == ("TR", "IQ", "leave_immediately")


def test_each_place_takes_its_own_change_of_level() -> None:
    # "The ministry lowered Qatar from level 2 to level 1 and Jordan from level 3 to level 2"
    text = "외교부는 카타르를 여행경보 2단계에서 1단계로, 요르단을 3단계에서 2단계로 각각 하향 조정했다."
    found = {(a.subject, a.level, a.previous_level) for a in read(text).advisories}
    assert found == {("QA", 1, 2), ("JO", 2, 3)}


@pytest.mark.parametrize(
    ("text", "owner", "host"),
    [
        ("L'ambassade de France à Bamako a suspendu la délivrance des visas.", "FR", "ML"),
        ("Посольство России в Вильнюсе приостановило выдачу виз.", "RU", "LT"),
        ("Посольство України в Москві призупинило видачу віз.", "UA", "RU"),
        ("Die deutsche Botschaft in Teheran hat die Visavergabe ausgesetzt.", "DE", "IR"),
        ("La embajada de España en Caracas suspendió la emisión de visados.", "ES", "VE"),
        ("L'ambasciata italiana a Teheran ha sospeso il rilascio dei visti.", "IT", "IR"),
        ("A embaixada do Brasil em Cabul suspendeu a emissão de vistos.", "BR", "AF"),
        ("Ambasada RP w Mińsku wstrzymała wydawanie wiz.", "PL", "BY"),
        ("Türkiye'nin Tahran Büyükelçiliği vize işlemlerini askıya aldı.", "TR", "IR"),
    ],
)
def test_visa_work_suspended_is_a_service_cut_not_a_closure(text: str, owner: str, host: str) -> None:
    assert {(m.mission_of, m.in_country, m.action.value) for m in read(text).mission_events} == {
        (owner, host, "reduced_services")
    }


def test_places_listed_with_a_border_word_after_advice_are_not_more_places_of_it() -> None:
    text = (
        "Das Auswärtige Amt fordert alle Deutschen auf, Niger zu verlassen.\n\n"
        "Auch Italien rief seine Staatsbürger zur Ausreise auf. Die französische Botschaft in Niamey wurde nach "
        "Protesten geschlossen.\n\n"
        "Nigeria und Benin haben ihre Grenzen zu Niger geschlossen."
    )
    result = read(text)
    assert {(a.issuer, a.subject): [r.value for r in a.reasons] for a in result.advisories} == {
        ("DE", "NE"): [],
        ("IT", "NE"): [],  # the French closure's why is not Italy's
    }
    assert {(b.country, b.neighbor, b.action.value) for b in result.border_events} == {
        ("NG", "NE", "closed"),
        ("BJ", "NE", "closed"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Посольство России в Тель-Авиве временно закрыто.",
        "L'ambassade de France à Tel-Aviv reste fermée.",
    ],
)
def test_an_embassy_in_tel_aviv_is_in_israel(text: str) -> None:
    assert {m.in_country for m in read(text).mission_events} == {"IL"}


@pytest.mark.parametrize(
    ("text", "issuer", "subject"),
    [
        ("La Cancillería de Colombia recomendó a los colombianos abstenerse de viajar a Venezuela.", "CO", "VE"),
        ("O Itamaraty recomendou aos brasileiros que se abstenham de viajar ao Líbano.", "BR", "LB"),
        ("La Farnesina invita gli italiani ad astenersi dai viaggi in Libano.", "IT", "LB"),
    ],
)
def test_refraining_from_travel_is_do_not_travel(text: str, issuer: str, subject: str) -> None:
    assert [(a.issuer, a.subject, a.directive.value) for a in read(text).advisories] == [
        (issuer, subject, "do_not_travel")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MSZ zaleca unikanie podróży do Libanu, które nie są konieczne.", ("PL", "LB", "reconsider_travel")),
        ("MSZ zaleca unikanie wszelkich podróży do Libanu.", ("PL", "LB", "do_not_travel")),
        ("La Farnesina raccomanda di evitare viaggi non essenziali in Israele.", ("IT", "IL", "reconsider_travel")),
        # the people addressed after "aux" are the issuer's, not a place
        ("Le ministère recommande aux Français de faire preuve d'une grande prudence au Liban.", ("FR", "LB", "increased_caution")),
    ],
)
def test_avoiding_travel_that_is_not_needed_and_people_addressed(text: str, expected: tuple[str, str, str]) -> None:
    assert [(a.issuer, a.subject, a.directive.value) for a in read(text).advisories] == [expected]


def test_japanese_call_to_evacuate_the_region_just_named() -> None:
    text = (
        "外務省は、ミャンマー北部シャン州の危険レベルを「レベル４（退避勧告）」に引き上げた。\n\n"
        "中国外務省も自国民に対し、同地域からの退避を呼びかけた。"
    )
    assert [(a.issuer, a.subject, a.directive.value) for a in read(text).advisories] == [
        ("JP", "MM", "leave_immediately"),
        ("CN", "MM", "leave_immediately"),
    ]


def test_places_listed_after_a_place_and_governments_joined_by_bei() -> None:
    text = (
        "Ārlietu ministrija aicina Latvijas valstspiederīgos nedoties uz Izraēlu un Libānu.\n\n"
        "Igaunija un Lietuva sniegušas līdzīgus ieteikumus."
    )
    assert {(a.issuer, a.subject) for a in read(text).advisories} == {
        (issuer, subject) for issuer in ("LV", "EE", "LT") for subject in ("IL", "LB")
    }
    text = (
        "Užsienio reikalų ministerija rekomenduoja Lietuvos piliečiams nevykti į Iraną.\n\n"
        "Panašias rekomendacijas paskelbė ir Latvija bei Estija."
    )
    assert {(a.issuer, a.subject) for a in read(text).advisories} == {("LT", "IR"), ("LV", "IR"), ("EE", "IR")}


def test_an_institution_labelling_a_headline_speaks_and_german_should_leave() -> None:
    assert [(a.issuer, a.subject, a.directive.value) for a in read("Auswärtiges Amt: Deutsche sollen Israel verlassen.").advisories] == [
        ("DE", "IL", "leave_immediately")
    ]
    # a country as the label is what the line is about
    assert [(a.issuer, a.subject) for a in read("Haití: Exteriores pide a los españoles salir del país.").advisories] == [
        ("ES", "HT")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Эстония закрыла пункт пропуска «Нарва» на границе с Россией на ночное время.", ("EE", "RU", "restricted", 1)),
        # a partial reopening stays a reopening (the annotation's convention: "restricted" is only its alternative)
        ("Польша частично открыла границу с Белоруссией для грузовиков.", ("PL", "BY", "opened", None)),
        # "unlimited" is no restriction
        ("Польша на неограниченный срок закрыла все погранпереходы на границе с Беларусью.", ("PL", "BY", "closed", None)),
        ("Polska zamknęła na czas nieograniczony przejście w Kuźnicy na granicy z Białorusią.", ("PL", "BY", "closed", 1)),
        ("Ukraina wznowiła odprawę na przejściu granicznym w Dorohusku.", ("UA", "PL", "opened", 1)),
        ("Литва приостановила работу двух пунктов пропуска на границе с Белоруссией.", ("LT", "BY", "closed", 2)),
    ],
)
def test_partial_border_actions_negated_restrictions_and_counts_in_the_genitive(
    text: str, expected: tuple[str, str, str, int | None]
) -> None:
    assert [(b.country, b.neighbor, b.action.value, b.crossings_affected) for b in read(text).border_events] == [expected]


@pytest.mark.parametrize(
    ("text", "owner", "host"),
    [
        ("Die deutsche Botschaft in Beirut ist nur noch in Notfällen erreichbar.", "DE", "LB"),
        ("L'ambassade de France à Beyrouth n'assure plus que les urgences.", "FR", "LB"),
        ("La embajada de España en Kiev atiende solo emergencias.", "ES", "UA"),
        ("A embaixada do Brasil em Beirute segue funcionando, mas com atendimento restrito a emergências.", "BR", "LB"),
        ("L'ambasciata d'Italia a Kiev è aperta solo per le emergenze.", "IT", "UA"),
        ("Ambasada RP w Kijowie przyjmuje wyłącznie w sprawach nagłych.", "PL", "UA"),
        ("Türkiye'nin Kiev Büyükelçiliği yalnızca acil durumlarda hizmet veriyor.", "TR", "UA"),
        ("السفارة الأردنية في بيروت تستقبل الحالات الطارئة فقط.", "JO", "LB"),
        ("中国驻乌克兰大使馆仅受理紧急领事保护案件。", "CN", "UA"),
        ("在ウクライナ日本大使館は緊急案件のみ対応している。", "JP", "UA"),
        ("주우크라이나 한국대사관은 긴급 민원만 처리한다.", "KR", "UA"),
    ],
)
def test_an_embassy_serving_emergencies_only(text: str, owner: str, host: str) -> None:
    assert {(m.mission_of, m.in_country, m.action.value) for m in read(text).mission_events} == {
        (owner, host, "emergency_services_only")
    }


def test_spanish_embassy_on_reduced_staff_then_others_ordering_their_staff_out() -> None:
    text = (
        "La embajada de México en Puerto Príncipe operará con personal reducido.\n\n"
        "Estados Unidos y Canadá ya habían ordenado la salida de su personal no esencial."
    )
    assert {(m.mission_of, m.in_country, m.action.value) for m in read(text).mission_events} == {
        ("MX", "HT", "reduced_services"),
        ("US", "HT", "ordered_departure"),
        ("CA", "HT", "ordered_departure"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estados Unidos autorizó la salida voluntaria del personal no esencial de su embajada en Beirut.", ("US", "LB", "authorized_departure")),
        ("Os EUA autorizaram a saída voluntária de funcionários não essenciais da embaixada em Beirute.", ("US", "LB", "authorized_departure")),
        ("Gli Stati Uniti hanno autorizzato la partenza volontaria del personale non essenziale dell'ambasciata a Beirut.", ("US", "LB", "authorized_departure")),
        ("Das US-Außenministerium hat den Angehörigen des Botschaftspersonals in Beirut die freiwillige Ausreise erlaubt.", ("US", "LB", "authorized_departure")),
        ("Departament Stanu zezwolił pracownikom ambasady w Bejrucie na dobrowolny wyjazd.", ("US", "LB", "authorized_departure")),
        ("美国国务院批准驻黎巴嫩大使馆非必要人员自愿离开。", ("US", "LB", "authorized_departure")),
        # a staff cut is a drawdown in Latvian, Japanese and Chinese ("samazināja personālu", "館員を削減"); in Lithuanian,
        # Russian, Ukrainian and Arabic, as in English, the mission works on with fewer people: reduced services
        ("Lietuvos ambasada Kyjive sumažino personalą.", ("LT", "UA", "reduced_services")),
        ("中国驻苏丹大使馆缩减馆员。", ("CN", "SD", "ordered_departure")),
        ("Lietuvos ambasada Kyjive teikia ribotas konsulines paslaugas.", ("LT", "UA", "reduced_services")),
    ],
)
def test_departures_authorised_staff_cut_and_services_limited_in_more_languages(text: str, expected: tuple[str, str, str]) -> None:
    result = read(text)
    assert [(m.mission_of, m.in_country, m.action.value) for m in result.mission_events] == [expected]
    assert result.advisories == []  # ("非必要人员": non-essential staff, not non-essential travel)


def test_arabic_evacuated_diplomats_and_a_crossing_opened_for_some_only() -> None:
    assert [(m.mission_of, m.in_country, m.action.value) for m in read("أجلت الكويت دبلوماسييها من السودان.").mission_events] == [
        ("KW", "SD", "evacuated")
    ]
    # the state named acts, not the people the crossing serves; opened for some only stays a reopening (the
    # annotation's convention for partial reopenings)
    result = read("فتحت مصر معبر رفح أمام الجرحى الفلسطينيين فقط.")
    assert [(b.country, b.neighbor, b.action.value) for b in result.border_events] == [("EG", "PS", "opened")]


def test_chinese_clearance_resumed_at_the_crossings_is_a_reopening() -> None:
    assert [(b.country, b.neighbor, b.action.value) for b in read("中国恢复了与越南的口岸通关。").border_events] == [
        ("CN", "VN", "opened")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Latvija atsāka robežšķērsošanas punkta "Pāternieki" darbu.', ("LV", "BY", "opened", 1)),
        ("Lietuva nuo penktadienio uždaro du iš šešių pasienio punktų prie sienos su Baltarusija.", ("LT", "BY", "closed", 2)),
        # the neighbour's name is no crossing name, however like one it is
        ("A Argentina fechou a fronteira com o Chile após o terremoto.", ("AR", "CL", "closed", None)),
    ],
)
def test_baltic_reopenings_and_counts_and_a_country_name_is_no_crossing(text: str, expected: tuple) -> None:
    assert [(b.country, b.neighbor, b.action.value, b.crossings_affected) for b in read(text).border_events] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Auswärtige Amt rät von Reisen nach Haiti ab.", ("DE", "HT", "reconsider_travel")),
        # the institution named after the advice gives it
        ("Von Reisen in die Russische Föderation wird abgeraten, teilte das Auswärtige Amt mit.", ("DE", "RU", "reconsider_travel")),
        ("Das Auswärtige Amt rät dringend von Reisen in den Libanon ab.", ("DE", "LB", "do_not_travel")),
        ("Das Auswärtige Amt warnt vor Reisen nach Iran.", ("DE", "IR", "do_not_travel")),
    ],
)
def test_german_advice_against_travel_and_its_urgent_form(text: str, expected: tuple[str, str, str]) -> None:
    assert [(a.issuer, a.subject, a.directive.value) for a in read(text).advisories] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "МИД России рекомендовал воздержаться от поездок в Ливан из-за угрозы терактов и вооружённых столкновений.",
        "МЗС України закликає громадян утриматися від поїздок до Ізраїлю через загрозу терактів і збройних зіткнень.",
    ],
)
def test_russian_and_ukrainian_attacks_and_armed_clashes_are_reasons(text: str) -> None:
    [advice] = read(text).advisories
    assert sorted(r.value for r in advice.reasons) == ["armed_conflict", "terrorism"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("외교부는 태국 남부 지역에 대한 특별여행주의보를 해제했다.", ("KR", "TH", "lowered")),
        ("外務省はタイ南部の退避勧告を解除した。", ("JP", "TH", "lowered")),
        ("中国外交部解除了对泰国的旅行提醒。", ("CN", "TH", "lowered")),
        ("رفعت السعودية الحظر عن سفر مواطنيها إلى لبنان.", ("SA", "LB", "lowered")),
        ("قررت السعودية حظر سفر مواطنيها إلى لبنان.", ("SA", "LB", "do_not_travel")),
    ],
)
def test_advice_lifted_and_a_travel_ban(text: str, expected: tuple[str, str, str]) -> None:
    assert [(a.issuer, a.subject, a.directive.value) for a in read(text).advisories] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the stem-changing verb ("recomienda", not "recomenda") and the people addressed before the words of leaving
        ("El Ministerio de Asuntos Exteriores recomienda a los españoles abandonar Haití lo antes posible.", ("ES", "HT")),
        ("El Gobierno recomienda a los ciudadanos españoles abandonar Haití.", ("ES", "HT")),
        # Polish citizens who "should (without delay) leave"
        ("Polscy obywatele powinni niezwłocznie opuścić Liban, apeluje MSZ.", ("PL", "LB")),
        ("MSZ: obywatele polscy powinni opuścić Liban.", ("PL", "LB")),
    ],
)
def test_advice_to_leave_addressed_to_its_own_people(text: str, expected: tuple[str, str]) -> None:
    assert [(a.issuer, a.subject, a.directive.value) for a in read(text).advisories] == [(*expected, "leave_immediately")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place named before the call to leave "the country"
        (
            "Le ministère des Affaires étrangères a relevé son niveau d'alerte pour le Liban et appelle les Français "
            "à quitter le pays.",
            [("FR", "LB")],
        ),
        # the subject after the verb, before "its citizens"; "Neben Deutschland" gives it too
        (
            "Neben Deutschland riefen auch Frankreich und Italien ihre Staatsangehörigen zur Ausreise aus dem Libanon auf.",
            [("DE", "LB"), ("FR", "LB"), ("IT", "LB")],
        ),
        # governments named after a call to leave by governments not named, without the place
        (
            "Mehrere EU-Staaten haben ihre Bürger aufgefordert, den Libanon zu verlassen. "
            "Auch Spanien und Portugal riefen ihre Staatsangehörigen zur Ausreise auf.",
            [("ES", "LB"), ("PT", "LB")],
        ),
    ],
)
def test_calls_to_leave_whose_place_or_government_stands_elsewhere(text: str, expected: list[tuple[str, str]]) -> None:
    advisories = read(text).advisories
    assert [(a.issuer, a.subject) for a in advisories] == expected
    assert all(a.directive is not None and a.directive.value == "leave_immediately" for a in advisories)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sides of the border named by one character each; the state named before them acts
        ("泰国军方表示，泰柬边境的多个检查站已暂停通行。", [("TH", "KH", "closed")]),
        ("柬埔寨军方表示，泰柬边境的多个检查站已暂停通行。", [("KH", "TH", "closed")]),
    ],
)
def test_chinese_border_named_by_its_two_sides(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(b.country, b.neighbor, b.action.value) for b in read(text).border_events] == expected


def test_japanese_news_of_south_koreas_travel_alert_stages() -> None:
    [advice] = read("韓国政府はロシア全域の旅行警報を3段階に引き上げた。").advisories
    assert (advice.issuer, advice.subject, advice.level, advice.directive.value) == ("KR", "RU", 3, "leave_immediately")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Несколько стран призвали своих граждан покинуть Ливан. Среди них Германия, Франция и Италия.", ["DE", "FR", "IT"]),
        ("Kilka państw wezwało swoich obywateli do opuszczenia Libanu. Wśród nich są Niemcy i Francja.", ["DE", "FR"]),
        ("Plusieurs pays ont appelé leurs ressortissants à quitter le Liban. Parmi eux, l'Allemagne et l'Italie.", ["DE", "IT"]),
        ("多国呼吁本国公民尽快离开黎巴嫩，其中包括德国、法国和意大利。", ["DE", "FR", "IT"]),
    ],
)
def test_governments_named_among_those_that_gave_advice_unnamed(text: str, expected: list[str]) -> None:
    advisories = read(text).advisories
    assert [a.issuer for a in advisories] == expected
    assert {(a.subject, a.directive.value if a.directive else None) for a in advisories} == {("LB", "leave_immediately")}


def test_among_them_names_governments_only_after_advice() -> None:
    # no advice before: the countries listed are no issuers
    assert read("Среди них Германия, Франция и Италия.").advisories == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gürcistan, Rusya ile olan sınır kapısını yeniden açtı.", [("GE", "RU", "opened")]),
        ("Türkiye, İran'la olan sınır kapılarını kapattı.", [("TR", "IR", "closed")]),
    ],
)
def test_turkish_other_side_named_with_ile(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(b.country, b.neighbor, b.action.value) for b in read(text).border_events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cause inside the advice's words: the places the words close on, not the place the cause names
        ("Die Bundesregierung rät wegen des Konflikts von Reisen nach Israel ab.", [("DE", "IL", ["armed_conflict"])]),
        (
            "Die Bundesregierung rät wegen der Lage in der Ukraine von Reisen nach Russland und Belarus ab.",
            [("DE", "RU", []), ("DE", "BY", [])],
        ),
        ("وزارة الخارجية الأردنية دعت بسبب التصعيد مواطنيها إلى مغادرة لبنان.", [("JO", "LB", ["armed_conflict"])]),
        # the cause between commas right after them
        (
            "Le Quai d'Orsay déconseille formellement, en raison de la dégradation de la situation, de se rendre au Liban.",
            [("FR", "LB", [])],
        ),
        ("Il governo italiano sconsiglia, a causa del conflitto, qualsiasi viaggio in Libano.", [("IT", "LB", ["armed_conflict"])]),
        # a bare "conflict" is a reason in every language, as in English
        ("O governo brasileiro recomendou aos brasileiros que deixem o Líbano, devido à escalada do conflito.", [("BR", "LB", ["armed_conflict"])]),
        ("МИД России рекомендовал россиянам воздержаться от поездок в Израиль из-за конфликта.", [("RU", "IL", ["armed_conflict"])]),
    ],
)
def test_a_cause_said_inside_the_advice_leaves_its_places_and_gives_its_reason(text: str, expected: list[tuple]) -> None:
    assert [(a.issuer, a.subject, [r.value for r in a.reasons]) for a in read(text).advisories] == expected


@pytest.mark.parametrize(
    "text",
    [
        # refused
        "Литва отказалась открыть пункт пропуска на границе с Беларусью.",
        "La France refuse de fermer son ambassade à Niamey.",
        "Polen weigert sich, die Grenze zu Belarus zu schließen.",
        # asked of a government by others
        "Фермеры призвали Польшу закрыть границу с Украиной.",
        "Rolnicy wezwali rząd do zamknięcia granicy z Ukrainą.",
        "Los transportistas pidieron a Colombia reabrir la frontera con Venezuela.",
        # negated right before the verb
        "Niemcy nie zamkną ambasady w Kijowie, zapewnił minister.",
        "L'Italia non ha chiuso la sua ambasciata a Kiev.",
        "Польша не закрыла границу с Беларусью.",
    ],
)
def test_border_and_mission_actions_refused_asked_for_or_negated_are_not_done(text: str) -> None:
    result = read(text)
    assert (result.border_events, result.mission_events) == ([], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polska zamknęła przejście graniczne z Białorusią.", ("border", "PL", "BY", "closed")),
        ("Estados Unidos ordenó la salida del personal no esencial de su embajada en Haití.", ("mission", "US", "HT", "ordered_departure")),
        ("L'Italia ha chiuso la sua ambasciata a Kiev.", ("mission", "IT", "UA", "suspended")),
        ("Фермеры перекрыли дорогу, а Польша закрыла границу с Украиной.", ("border", "PL", "UA", "closed")),
    ],
)
def test_the_same_actions_done_are_events(text: str, expected: tuple[str, str, str, str]) -> None:
    result = read(text)
    events = [("border", b.country, b.neighbor, b.action.value) for b in result.border_events] + [
        ("mission", m.mission_of, m.in_country, m.action.value) for m in result.mission_events
    ]
    assert events == [expected]


def test_persian_active_closing_of_an_embassy() -> None:
    # "را بست": closed (active, with its object marker), not only "بسته شد" (was closed)
    assert [(m.mission_of, m.in_country, m.action.value) for m in read("ایران سفارت خود در کابل را بست.").mission_events] == [
        ("IR", "AF", "suspended")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place rated before the advice; the same strength said twice is no exception that weakens it
        ("Le Quai d'Orsay a placé l'ensemble du Liban en zone rouge, formellement déconseillée.", ("FR", "LB", None, "do_not_travel")),
        ("Le Quai d'Orsay a placé le nord du Mali en zone orange.", ("FR", "ML", None, "reconsider_travel")),
        # levels written as ordinals or after "the level that is"
        ("Departament Stanu USA podniósł poziom ostrzeżenia dla Libanu do czwartego, najwyższego.", ("US", "LB", 4, "do_not_travel")),
        ("ABD Dışişleri Bakanlığı, Lübnan için seyahat uyarısını en yüksek seviye olan 4'e yükseltti.", ("US", "LB", 4, "do_not_travel")),
    ],
)
def test_zones_and_levels_written_as_ordinals_or_before_the_advice(text: str, expected: tuple) -> None:
    assert [(a.issuer, a.subject, a.level, a.directive.value) for a in read(text).advisories] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "España pidió a sus ciudadanos que abandonen Líbano. Francia y Alemania han hecho llamamientos similares.",
        "Japonya, vatandaşlarına Lübnan'ı terk etmeleri çağrısında bulundu. Fransa ve Almanya da benzer bir uyarı yaptı.",
        "日本外務省はレバノンにいる日本人に退避を勧告した。フランスとドイツも同様の勧告を出した。",
        "西班牙外交部呼吁在黎巴嫩的西班牙公民尽快撤离。法国和德国也发出了类似的提醒。",
        "외교부는 레바논 체류 국민에게 즉시 출국을 권고했다. 프랑스와 독일도 비슷한 권고를 내렸다.",
        "وزارت امور خارجه اسپانیا به شهروندان اسپانیایی توصیه کرد لبنان را ترک کنند. فرانسه و آلمان نیز هشدار مشابهی صادر کردند.",
    ],
)
def test_governments_giving_similar_advice_give_it_about_the_same_place(text: str) -> None:
    advisories = read(text).advisories
    assert {a.subject for a in advisories} == {"LB"}
    assert {"FR", "DE"} <= {a.issuer for a in advisories}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Литва закрыла два пункта пропуска на границе с Беларусью. Латвия последовала этому примеру.", {("LT", "BY", "closed"), ("LV", "BY", "closed")}),
        ("Lituania ha chiuso due valichi al confine con la Bielorussia. La Lettonia ha seguito l'esempio.", {("LT", "BY", "closed"), ("LV", "BY", "closed")}),
        # a government that does not border the same neighbour does not close that border
        ("Литва закрыла два пункта пропуска на границе с Беларусью. Эстония последовала этому примеру.", {("LT", "BY", "closed")}),
        # ("Niemcy" holds the word "nie", and is no negation)
        ("Niemcy zamknęły swoją ambasadę w Kabulu. Francja i Włochy poszły w ich ślady.", {("DE", "AF", "suspended"), ("FR", "AF", "suspended"), ("IT", "AF", "suspended")}),
        ("Deutschland schloss seine Botschaft in Kabul. Frankreich und Italien schlossen sich an.", {("DE", "AF", "suspended"), ("FR", "AF", "suspended"), ("IT", "AF", "suspended")}),
    ],
)
def test_governments_following_a_border_or_mission_event_do_the_same(text: str, expected: set[tuple[str, str, str]]) -> None:
    result = read(text)
    events = {(b.country, b.neighbor, b.action.value) for b in result.border_events}
    events |= {(m.mission_of, m.in_country, m.action.value) for m in result.mission_events}
    assert events == expected
    assert result.advisories == []


def test_following_the_example_of_a_closure_gives_no_advice() -> None:
    result = read("Francia recomendó no viajar a Mali. Ayer, el Gobierno español cerró su embajada en Bamako y Alemania siguió el ejemplo.")
    assert [(a.issuer, a.subject) for a in result.advisories] == [("FR", "ML")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closure for some traffic is a restriction
        ("Польша закрыла пункт пропуска на границе с Беларусью для грузовиков.", ("PL", "BY", "restricted")),
        ("La Slovenia ha chiuso il valico di confine con la Croazia per i mezzi pesanti.", ("SI", "HR", "restricted")),
        ("Polska zamknęła przejście graniczne z Białorusią dla ciężarówek.", ("PL", "BY", "restricted")),
        # a reopening for some stays a reopening (the annotation's convention for partial reopenings)
        ("Литва открыла пункт пропуска на границе с Беларусью только для легковых автомобилей.", ("LT", "BY", "opened")),
        ("Colombia reabrió la frontera con Venezuela solo para peatones.", ("CO", "VE", "opened")),
    ],
)
def test_closures_for_some_traffic_restrict_and_reopenings_for_some_reopen(text: str, expected: tuple[str, str, str]) -> None:
    assert [(b.country, b.neighbor, b.action.value) for b in read(text).border_events] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Госдепартамент США разрешил добровольный выезд членов семей сотрудников посольства в Бейруте.", ("US", "LB", "authorized_departure")),
        ("米国務省はレバノンの大使館職員の家族に出国を命じた。", ("US", "LB", "ordered_departure")),
        ("美国国务院下令驻黎巴嫩使馆非紧急人员及家属撤离。", ("US", "LB", "ordered_departure")),
        ("La embajada de Estados Unidos en Caracas solo atenderá emergencias.", ("US", "VE", "emergency_services_only")),
        # an embassy that only speaks is no event
        ("Посольство России в Судане сообщило, что ситуация остается напряженной.", None),
        ("L'ambassade de France à Beyrouth a indiqué sur son site que la situation restait calme.", None),
    ],
)
def test_departures_ordered_or_allowed_and_emergency_only_services(text: str, expected: tuple[str, str, str] | None) -> None:
    assert [(m.mission_of, m.in_country, m.action.value) for m in read(text).mission_events] == ([expected] if expected else [])


def test_a_government_demanding_another_recall_its_diplomats_is_an_event() -> None:
    result = read("Венесуэла призвала Аргентину отозвать своих дипломатов из Каракаса.")
    assert [(m.mission_of, m.in_country) for m in result.mission_events] == [("AR", "VE")]
    assert read("Депутаты призвали Госдеп эвакуировать посольство США в Багдаде.").mission_events == []


def test_a_level_without_a_place_right_after_advice_and_prose_naming_countries_is_no_list() -> None:
    text = (
        "حثت الولايات المتحدة مواطنيها على توخي الحذر عند السفر إلى لبنان. "
        'وأصدرت وزارة الخارجية الأمريكية تحذيرا من المستوى الرابع "لا تسافر". '
        "وقالت إسرائيل إنها سترد بقوة على لبنان إذا اندلعت مواجهة بين واشنطن وإيران."
    )
    assert [(a.issuer, a.subject, a.level, a.directive.value) for a in read(text).advisories] == [
        ("US", "LB", 4, "do_not_travel")
    ]
    # a list right after the advice adds places to it
    text = "МИД России рекомендовал россиянам воздержаться от поездок в Израиль. В список также вошли Иран, Ирак и Ливан."
    assert {a.subject for a in read(text).advisories} == {"IL", "IR", "IQ", "LB"}


@pytest.mark.parametrize(
    "text",
    [
        "Colombia y Venezuela reabrieron sus pasos fronterizos tras siete años de cierre.",
        "La Colombie et le Venezuela ont rouvert leur frontière commune.",
    ],
)
def test_the_two_sides_listed_as_actors_act_together(text: str) -> None:
    assert {(b.country, b.neighbor, b.action.value) for b in read(text).border_events} == {
        ("CO", "VE", "opened"),
        ("VE", "CO", "opened"),
    }


def test_turkish_operations_suspended_and_a_warning_lifted_in_the_active() -> None:
    result = read("Türkiye, Hartum Büyükelçiliği'nin faaliyetlerini geçici olarak askıya aldı.")
    assert [(m.mission_of, m.in_country, m.action.value) for m in result.mission_events] == [("TR", "SD", "suspended")]
    result = read("Rusya, Türkiye'ye yönelik seyahat uyarısını kaldırdı.")
    assert [(a.issuer, a.subject, a.directive.value) for a in result.advisories] == [("RU", "TR", "lowered")]


@pytest.mark.parametrize(
    "text",
    [
        "МИД России снял рекомендацию воздерживаться от поездок в Турцию.",
        "МЗС України скасувало попередження про поїздки до Єгипту.",
        "Le Quai d'Orsay a levé sa recommandation de ne pas se rendre en Tunisie.",
        "La Farnesina ha revocato l'avviso di viaggio per l'Egitto.",
        "Lietuvos URM atšaukė rekomendaciją nevykti į Egiptą.",
        "Latvijas Ārlietu ministrija atcēla brīdinājumu ceļot uz Ēģipti.",
        "وزارت امور خارجه ایران هشدار سفر به ترکیه را لغو کرد.",
    ],
)
def test_advice_lifted_or_cancelled_is_a_lowering_not_the_advice_it_lifts(text: str) -> None:
    advisories = read(text).advisories
    assert [a.directive.value for a in advisories] == ["lowered"]


def test_lithuanian_embassy_activity_terminated() -> None:
    result = read("Lietuvos ambasada Kyjive laikinai nutraukia veiklą.")
    assert [(m.mission_of, m.in_country, m.action.value) for m in result.mission_events] == [("LT", "UA", "suspended")]


@pytest.mark.parametrize(
    "text",
    [
        "Ранее Польша закрыла пункт пропуска «Бобровники», а Латвия — «Силене».",
        "Wcześniej Polska zamknęła przejście w Bobrownikach, a Łotwa – Silene.",
    ],
)
def test_a_crossing_names_the_other_side_and_a_state_in_a_clause_without_its_verb_does_the_same(text: str) -> None:
    events = {(b.country, b.neighbor, b.action.value, tuple(b.crossing_names)) for b in read(text).border_events}
    assert {e[:3] for e in events} == {("PL", "BY", "closed"), ("LV", "BY", "closed")}
    assert all(len(e[3]) == 1 for e in events)  # each its own crossing


def test_two_sides_naming_the_border_are_not_both_actors() -> None:
    result = read("Der Grenzübergang zwischen Polen und Belarus bleibt geschlossen.")
    assert len(result.border_events) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # advising against all travel is advice not to travel; against travel but for strict need, a step below (bare
        # "desaconseja viajar" stays a step below, as German "abraten" is annotated)
        ("España desaconseja todos los viajes a Israel.", "do_not_travel"),
        ("España desaconseja viajar a Israel.", "reconsider_travel"),
        ("España recomienda no viajar a Israel salvo por motivos imprescindibles.", "reconsider_travel"),
        ("Portugal recomenda não viajar ao Líbano, exceto em casos estritamente necessários.", "reconsider_travel"),
        ("Portugal recomenda não viajar ao Líbano.", "do_not_travel"),
    ],
)
def test_spanish_and_portuguese_advice_against_travel_and_its_exceptions(text: str, expected: str) -> None:
    assert [a.directive.value for a in read(text).advisories] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("外務省はイスラエルに滞在する日本人に対し、商用便などを利用して早期に出国するよう呼びかけた。", ("JP", "IL", None, "leave_immediately")),
        # another government's ministry in Japanese news, and its own scale's words
        ("韓国外交部は、ロシア全域に旅行警報３段階（出国勧告）を発令した。", ("KR", "RU", 3, "leave_immediately")),
    ],
)
def test_japanese_calls_to_leave_early_and_another_governments_ministry(text: str, expected: tuple) -> None:
    assert [(a.issuer, a.subject, a.level, a.directive.value) for a in read(text).advisories] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # refraining from travel is advice, not a refusal (which is refusing to do something)
        ("МИД России рекомендует гражданам отказываться от поездок в Израиль.", ("RU", "IL", "do_not_travel")),
        ("МЗС України рекомендує відмовлятися від поїздок до Росії.", ("UA", "RU", "do_not_travel")),
        ("URM rekomenduoja atsisakyti kelionių į Rusiją.", ("LT", "RU", "do_not_travel")),
        ("Ārlietu ministrija aicina atteikties no ceļojumiem uz Krieviju.", ("LV", "RU", "do_not_travel")),
        # a masculine past ("закликав"), as the State Department is in Ukrainian
        ("Держдеп закликав американців негайно залишити Росію.", ("US", "RU", "leave_immediately")),
    ],
)
def test_refraining_from_travel_is_advice_and_calls_in_every_gender(text: str, expected: tuple[str, str, str]) -> None:
    assert [(a.issuer, a.subject, a.directive.value) for a in read(text).advisories] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # asking its citizens something, then acting: the act is done
        ("Литва призвала граждан вернуться домой и закрыла границу с Беларусью.", ("LT", "BY", "closed")),
        ("Polska wezwała obywateli do powrotu i zamknęła granicę z Białorusią.", ("PL", "BY", "closed")),
    ],
)
def test_a_government_that_asks_and_then_acts_has_acted(text: str, expected: tuple[str, str, str]) -> None:
    assert [(b.country, b.neighbor, b.action.value) for b in read(text).border_events] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # open or closed only part of the day: restricted
        ("Пункт пропуска «Нарва» будет работать только в дневное время, сообщила Эстония.", ("EE", "RU", "restricted")),
        ("Estonia zamknie przejście w Narwie na noc.", ("EE", "RU", "restricted")),
        ("Die Grenzübergänge zu Polen bleiben nachts geschlossen, teilte Deutschland mit.", ("DE", "PL", "restricted")),
        # the night something happened in is only when
        ("In der Nacht zum Montag schloss Polen die Grenze zu Belarus.", ("PL", "BY", "closed")),
        ("Dans la nuit de dimanche à lundi, la Pologne a fermé sa frontière avec le Bélarus.", ("PL", "BY", "closed")),
    ],
)
def test_crossings_open_part_of_the_day_and_events_of_a_night(text: str, expected: tuple[str, str, str]) -> None:
    assert [(b.country, b.neighbor, b.action.value) for b in read(text).border_events] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning raised with no directive stated: an advisory changed, its directive unknown
        ("La Belgique a relevé son niveau d'alerte pour le Burkina Faso.", ("BE", "BF", None)),
        ("Die Bundesregierung hat die Reisewarnstufe für Israel erhöht.", ("DE", "IL", None)),
        ("Polska podniosła poziom ostrzeżenia dla Libanu.", ("PL", "LB", None)),
        ("Россия повысила уровень угрозы для Израиля.", ("RU", "IL", None)),
        ("Estados Unidos elevó su alerta de viaje para Venezuela.", ("US", "VE", None)),
        # the highest warning: the top of the issuer's scale, its level unknown
        ("Österreich hat die höchste Reisewarnstufe für den Iran ausgerufen.", ("AT", "IR", "do_not_travel")),
        ("MSZ podniosło poziom ostrzeżenia dla Libanu do najwyższego.", ("PL", "LB", "do_not_travel")),
        ("Япония повысила уровень опасности для Ливана до высшего.", ("JP", "LB", "leave_immediately")),
    ],
)
def test_a_warning_raised_or_set_to_the_highest_with_no_directive_stated(text: str, expected: tuple) -> None:
    advisories = read(text).advisories
    assert [(a.issuer, a.subject, a.directive) for a in advisories] == [expected]
    assert advisories[0].level is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no warning named: a rise of something else
        ("Polska podniosła cła na towary z Białorusi.", []),
        ("Die Bundesregierung hat die Hilfe für Israel erhöht.", []),
        # a ban lifted is a lowering, not a rise
        ("رفعت الكويت حظر السفر إلى لبنان.", [("KW", "LB", "lowered")]),
    ],
)
def test_a_rise_of_something_other_than_a_warning_is_no_advisory(text: str, expected: list) -> None:
    assert [(a.issuer, a.subject, a.directive) for a in read(text).advisories] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject right after its verb gives the advice; the country of the clause before acted otherwise
        ("وأغلقت السعودية سفارتها في بيروت، فيما طلبت الكويت من رعاياها مغادرة لبنان فوراً.", {("KW", "LB", "leave_immediately")}),
        ("أغلقت فرنسا سفارتها في باماكو، بينما دعت بلجيكا مواطنيها إلى مغادرة مالي.", {("BE", "ML", "leave_immediately")}),
        # "while" opens a clause with its own actor, and the places before it are that clause's
        (
            "Frankreich hat seine Botschaft in Niamey geschlossen, während Belgien seine Bürger aufforderte, Mali zu verlassen.",
            {("BE", "ML", "leave_immediately")},
        ),
        # a name after a comma inside the advice's words is its place, not its subject
        ("Die Schweiz hat ihre Staatsangehörigen aufgefordert, Haiti so schnell wie möglich zu verlassen.", {("CH", "HT", "leave_immediately")}),
        # the verb before its subject in German too
        ("Nach den Angriffen fordert Deutschland seine Bürger auf, den Libanon zu verlassen.", {("DE", "LB", "leave_immediately")}),
    ],
)
def test_the_actor_of_the_advices_own_clause(text: str, expected: set) -> None:
    assert {(a.issuer, a.subject, a.directive) for a in read(text).advisories} == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Литва призвала граждан покинуть Беларусь. Консульская помощь там сильно ограничена.", "limited_consular_capacity"),
        ("Polska wezwała obywateli do opuszczenia Białorusi. Pomoc konsularna dla Polaków na Białorusi jest coraz bardziej ograniczona.", "limited_consular_capacity"),
        ("Die Schweiz fordert ihre Bürger auf, Israel zu verlassen. Es gibt nur begrenzte Ausreisemöglichkeiten.", "limited_flights"),
        ("L'Italie appelle ses ressortissants à quitter le Liban. L'ambassade ne pourra pas assurer leur protection.", "limited_consular_capacity"),
        ("España pide a sus ciudadanos abandonar Ucrania ante la concentración de tropas rusas.", "military_buildup"),
        ("Il governo invita i connazionali a lasciare l'Ucraina per l'ammassamento di truppe russe.", "military_buildup"),
        ("Lietuva ragina piliečius išvykti iš Baltarusijos. Konsulinė pagalba ten yra labai ribota.", "limited_consular_capacity"),
        ("Türkiye, vatandaşlarını Haiti'ye seyahat etmemeleri konusunda uyardı; ülkede çete şiddeti artıyor.", "crime"),
        ("韩国外交部呼吁公民离开乌克兰。俄军在边境集结。", "military_buildup"),
        ("외교부는 국민들에게 우크라이나를 떠날 것을 권고했다. 국경에 병력이 집결하고 있다.", "military_buildup"),
    ],
)
def test_reasons_of_limited_help_and_flights_troops_massed_and_gangs(text: str, reason: str) -> None:
    advisories = read(text).advisories
    assert advisories and all(reason in a.reasons for a in advisories), [(a.issuer, a.subject, a.reasons) for a in advisories]


def test_the_sentence_before_the_advice_frames_it_whatever_the_sentence_after_gives() -> None:
    text = (
        "Ministerstwo wspomniało o wojnie w Ukrainie. Dlatego MSZ odradza wszelkie podróże do Rosji. "
        "Pomoc konsularna dla Polaków w Rosji staje się coraz bardziej ograniczona."
    )
    (advisory,) = read(text).advisories
    assert set(advisory.reasons) == {"armed_conflict", "limited_consular_capacity"}


@pytest.mark.parametrize(
    "text",
    [
        "وكانت الولايات المتحدة وألمانيا قد أصدرتا تحذيرات لمواطنيهما بتقييد السفر إلى لبنان وتوخي الحذر. "
        "وأصدرت وزارة الخارجية الأمريكية تحذيرا من المستوى الرابع، مشيرة إلى مخاطر تتعلق بالإرهاب والاختطاف.",
        "Die USA und Deutschland haben ihre Bürger zur Vorsicht bei Reisen in den Libanon aufgerufen. Das "
        "US-Außenministerium gab wegen Terrorismus und Entführungen eine Reisewarnung der Stufe 4 für den Libanon heraus.",
    ],
)
def test_a_level_and_reasons_one_government_states_after_a_joint_warning_are_its_own(text: str) -> None:
    found = {a.issuer: (a.level, a.directive, set(a.reasons)) for a in read(text).advisories}
    assert found == {
        "US": (4, "do_not_travel", {"terrorism", "kidnapping"}),
        "DE": (None, "increased_caution", set()),
    }


@pytest.mark.parametrize(
    "text",
    [
        "США рекомендовали гражданам покинуть Украину. Правительство не сможет эвакуировать граждан в случае войны.",
        "США закликали громадян залишити Україну. Уряд не зможе евакуювати громадян у разі війни.",
        "Die US-Botschaft fordert ihre Bürger auf, Russland zu verlassen. Die Möglichkeit der Botschaft, Bürgern "
        "konsularische Unterstützung zukommen zu lassen, sei eingeschränkt.",
    ],
)
def test_a_government_unable_to_evacuate_or_help_is_limited_consular_capacity(text: str) -> None:
    (advisory,) = read(text).advisories
    assert "limited_consular_capacity" in advisory.reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second clause's state acts again at its own crossing (named in quotes, no border word)
        ("Литва закрыла «Шальчининкай», а Латвия закрыла «Силене».", {("LT", "BY", ("Шальчининкай",)), ("LV", "BY", ("Силене",))}),
        # or follows the example in the same sentence
        ("Литва закрыла пункт пропуска «Шальчининкай», а Латвия последовала её примеру.", {("LT", "BY", ("Шальчининкай",)), ("LV", "BY", ())}),
        # a town that shares a name with a crossing is no crossing
        ("Полиция перекрыла движение в центре Варшавы из-за марафона.", set()),
    ],
)
def test_a_second_state_acting_in_its_own_clause_of_the_sentence(text: str, expected: set) -> None:
    assert {(b.country, b.neighbor, tuple(b.crossing_names)) for b in read(text).border_events} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("한국 정부는 이스라엘에 대한 여행경보를 4단계에서 3단계로 하향 조정했다.", ("KR", "IL", 3, 4, "lowered")),
        ("한국은 이스라엘 여행경보를 3단계로 낮췄다.", ("KR", "IL", 3, None, "lowered")),
        ("日本政府はイスラエルの危険レベルを4から3に引き下げた。", ("JP", "IL", 3, 4, "lowered")),
        ("МИД Латвии отменил рекомендацию покинуть Беларусь.", ("LV", "BY", None, None, "lowered")),
    ],
)
def test_lowerings_a_government_body_announces(text: str, expected: tuple) -> None:
    assert [(a.issuer, a.subject, a.level, a.previous_level, a.directive) for a in read(text).advisories] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # refraining from travel except when it is necessary is advice against non-essential travel
        "МИД рекомендует россиянам воздержаться от поездок в Египет без крайней необходимости.",
        "МЗС закликає українців утримуватися від поїздок до Єгипту, окрім нагальних випадків.",
        "Užsienio reikalų ministerija rekomenduoja susilaikyti nuo nebūtinų kelionių į Egiptą.",
        "Ārlietu ministrija iesaka atturēties no nebūtiskiem ceļojumiem uz Ēģipti.",
        "MSZ zaleca powstrzymanie się od podróży do Egiptu, o ile nie są one konieczne.",
        "외교부는 이집트에 대한 불필요한 여행을 자제할 것을 권고했다.",
        # South Korea's level 2, written as one word
        "외교부는 이집트 일부 지역에 여행자제를 발령했다.",
    ],
)
def test_refraining_from_travel_unless_necessary_is_reconsider(text: str) -> None:
    assert [(a.subject, a.directive) for a in read(text).advisories] == [("EG", "reconsider_travel")]


@pytest.mark.parametrize(
    "text",
    [
        "МЗС закликає українців утримуватися від поїздок до Єгипту.",
        "Užsienio reikalų ministerija rekomenduoja susilaikyti nuo kelionių į Egiptą.",
        "Le Quai d'Orsay recommande de reporter tout déplacement en Égypte.",
    ],
)
def test_refraining_from_or_deferring_all_travel_is_do_not_travel(text: str) -> None:
    assert [(a.subject, a.directive) for a in read(text).advisories] == [("EG", "do_not_travel")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Auswärtige Amt mahnt zu erhöhter Vorsicht in Tunesien.", ("DE", "TN")),
        ("O Itamaraty pede cautela aos brasileiros que estão no Peru.", ("BR", "PE")),
        ("وزارت خارجه از شهروندان خواست در ترکیه احتیاط کنند.", ("IR", "TR")),
        ("外務省はタイに滞在する日本人に注意を呼びかけた。", ("JP", "TH")),
        ("Latvijas Ārlietu ministrija aicina būt piesardzīgiem Lietuvā.", ("LV", "LT")),
    ],
)
def test_calls_for_caution_in_more_wordings(text: str, expected: tuple) -> None:
    assert [(a.issuer, a.subject, a.directive) for a in read(text).advisories] == [(*expected, "increased_caution")]


def test_turkish_mission_moved_to_another_city_stops_where_it_was() -> None:
    text = "Türkiye'nin Hartum Büyükelçiliği faaliyetlerini Port Sudan'a taşıdı."
    assert [(m.mission_of, m.in_country, m.action) for m in read(text).mission_events] == [("TR", "SD", "suspended")]


def test_states_doing_the_same_in_an_elliptic_clause_share_the_articles_neighbour() -> None:
    text = (
        "Polska zamknęła przejście graniczne z Białorusią w Bobrownikach. "
        "Litwa zamknęła wcześniej dwa przejścia graniczne, a Łotwa – jedno. Ambasada RP w Mińsku działa w ograniczonym zakresie."
    )
    extraction = read(text)
    assert {(b.country, b.neighbor) for b in extraction.border_events} == {("PL", "BY"), ("LT", "BY"), ("LV", "BY")}
    assert [(m.mission_of, m.in_country, m.action) for m in extraction.mission_events] == [("PL", "BY", "reduced_services")]


def test_a_missions_limited_ability_to_help_is_a_reason_not_an_event() -> None:
    text = (
        "Die US-Botschaft fordert ihre Bürger auf, Russland zu verlassen. Zudem sei die Möglichkeit der Botschaft, "
        "Bürgern konsularische Unterstützung zukommen zu lassen, eingeschränkt."
    )
    extraction = read(text)
    assert extraction.mission_events == []
    assert [(a.issuer, a.subject, a.reasons) for a in extraction.advisories] == [("US", "RU", ["limited_consular_capacity"])]
    # staff cut and services restricted is the mission's event
    text = "Die deutsche Botschaft in Teheran hat ihr Personal reduziert."
    assert [(m.mission_of, m.in_country, m.action) for m in read(text).mission_events] == [("DE", "IR", "reduced_services")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Посольства Японии и Южной Кореи в Киеве временно закрыты.", {("JP", "UA"), ("KR", "UA")}),
        ("Les ambassades d'Allemagne, d'Italie et d'Espagne à Kiev ont rouvert.", {("DE", "UA"), ("IT", "UA"), ("ES", "UA")}),
    ],
)
def test_missions_of_listed_countries_with_two_word_names_and_repeated_prepositions(text: str, expected: set) -> None:
    assert {(m.mission_of, m.in_country) for m in read(text).mission_events} == expected


def test_names_holding_fact_words_make_no_facts() -> None:
    # Latvia (Łotwa) closed the crossing: "otw" inside the name is no opening
    extraction = read("Łotwa zamknęła przejście graniczne Silene z Białorusią.")
    assert [(b.country, b.neighbor, b.action) for b in extraction.border_events] == [("LV", "BY", "closed")]
    # the United Kingdom (Apvienotā Karaliste) advising is no war
    extraction = read("Apvienotā Karaliste aicina pilsoņus nekavējoties pamest Baltkrieviju.")
    assert [(a.issuer, a.subject, a.reasons) for a in extraction.advisories] == [("GB", "BY", [])]
    # Saudi Arabia (عربستان) reopening its embassy closes no border
    extraction = read("عربستان سعودی سفارت خود در تهران را بازگشایی کرد.")
    assert extraction.border_events == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry named alone, then "our citizens": Turkey's, not the government that only declined to comment
        (
            "Brezilyalı yetkililer yorum yapmaktan kaçındı.\n\nDışişleri Bakanlığı Sözcüsü açıklama yaptı. "
            '"Vatandaşlarımızın Sudan\'a seyahat etmekten kaçınmalarını tavsiye ediyoruz" dedi.',
            {("TR", "SD")},
        ),
        (
            "Urzędnicy Brazylii odmówili komentarza.\n\nMSZ zaapelowało do naszych obywateli o opuszczenie Białorusi.",
            {("PL", "BY")},
        ),
        # a ministry named with its country speaks for the sentence after it
        (
            "Brezilya Dışişleri Bakanlığı açıklama yaptı. Vatandaşlarına Sudan'a seyahat etmemelerini tavsiye etti.",
            {("BR", "SD")},
        ),
    ],
)
def test_our_citizens_and_a_ministry_named_alone_are_the_home_governments(text: str, expected: set) -> None:
    assert {(a.issuer, a.subject) for a in read(text).advisories} == expected


def test_an_english_line_atop_a_german_article_leaves_it_german() -> None:
    # ("in", "on" and "to" are German, French and Polish words too: they no longer make a text English)
    text = (
        "Officials in Brazil declined to comment on the matter.\n\n"
        "BERLIN - Das Auswärtige Amt hat alle Deutschen im Libanon zur Ausreise aufgefordert. Die Lage an der Grenze "
        "zwischen Israel und dem Libanon sei sehr angespannt, teilte das Ministerium in Berlin am Mittwoch mit. "
        "In den kommenden Tagen könnten weitere Flüge ausfallen, hieß es in Berlin."
    )
    extraction = read(text)
    assert extraction.language == "de"
    assert [(a.issuer, a.subject, a.directive) for a in extraction.advisories] == [("DE", "LB", "leave_immediately")]


def test_a_government_that_only_acted_further_back_gives_no_unnamed_statement() -> None:
    # Brazil's president visited Japan; four sentences later "the travel alert for Ethiopia was lowered": nobody
    # named gave it, least of all Brazil
    text = (
        "브라질 대통령은 어제 일본을 방문했다. 현지 상황은 안정적이다. 시장은 붐볐다. 교통은 정상이다. 날씨는 맑았다. "
        "에티오피아에 대한 여행경보가 2단계로 하향 조정됐다."
    )
    assert "BR" not in {a.issuer for a in read(text).advisories}
    # the ministry named in the sentence is the home government's
    text = text.replace("에티오피아에 대한 여행경보가", "외교부는 에티오피아에 대한 여행경보를").replace("조정됐다", "조정했다")
    assert {(a.issuer, a.subject) for a in read(text).advisories} == {("KR", "ET")}


def test_the_why_goes_to_the_nearest_statement_of_the_advice_first_or_repeated() -> None:
    text = (
        "Die USA fordern ihre Bürger zur Ausreise aus Russland auf.\n\n"
        "„Wir beobachten die Lage genau“, sagte ein Sprecher.\n\n"
        "Die Nachricht sorgte für Aufsehen.\n\n"
        "Der Kreml schwieg.\n\n"
        "Es gibt nur noch wenige Flüge, und viele Flüge wurden gestrichen.\n\n"
        "Die USA fordern ihre Bürger auf, Russland sofort zu verlassen, teilte die Botschaft mit."
    )
    assert [(a.issuer, a.subject, a.reasons) for a in read(text).advisories] == [("US", "RU", ["limited_flights"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die deutsche Vertretung in Kabul wurde vorübergehend geschlossen.", {("DE", "AF", "suspended")}),
        ("Die deutsche Botschaft in Kiew ist ab sofort dichtgemacht.", {("DE", "UA", "suspended")}),
        ("España cerró temporalmente su representación diplomática en Kabul.", {("ES", "AF", "suspended")}),
        ("L'Italia ha chiuso la sua rappresentanza diplomatica a Kabul.", {("IT", "AF", "suspended")}),
    ],
)
def test_a_mission_by_its_other_names(text: str, expected: set) -> None:
    assert {(m.mission_of, m.in_country, m.action) for m in read(text).mission_events} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Estados Unidos emitió una alerta de nivel 3 para México, que pide reconsiderar los viajes.",
        "Os Estados Unidos emitiram um alerta de nível 3 para o México.",
        "Les États-Unis ont émis une alerte de niveau 3 pour le Mexique.",
    ],
)
def test_an_alert_named_by_its_level(text: str) -> None:
    assert [(a.issuer, a.subject, a.level, a.directive) for a in read(text).advisories] == [
        ("US", "MX", 3, "reconsider_travel")
    ]
