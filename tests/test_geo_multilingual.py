"""Country mentions in other languages (geo/multilingual.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from travelrisk.geo.multilingual import LANGUAGES, scan_in


def codes(text: str, language: str) -> list[str]:
    return [m.iso2 for m in scan_in(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Case forms of inflecting languages are found from the nominative's stem.
        ("ru", "Литва закрыла ещё один переход на границе с Беларусью и Россией.", ["LT", "BY", "RU"]),
        ("ru", "Посольство Соединенных Штатов в Минске работает в ограниченном режиме.", ["US", "BY"]),
        ("uk", "Польща обмежила рух на кордоні з Білоруссю.", ["PL", "BY"]),
        ("pl", "Polska zamyka przejście z Białorusią; Litwa rozważa to samo.", ["PL", "BY", "LT"]),
        ("lt", "Lietuva uždarė dar vieną pasienio punktą su Baltarusija.", ["LT", "BY"]),
        # Seats of government and foreign ministries stand for their country.
        ("de", "Das State Department und der Élysée-Palast äußerten sich, das Foreign Office schwieg.", ["US", "FR", "GB"]),
        ("es", "El Kremlin respondió al Itamaraty.", ["RU", "BR"]),
        ("zh", "白宫和克里姆林宫都发表了声明。", ["US", "RU"]),
        ("ko", "백악관은 크렘린의 발표를 반박했다.", ["US", "RU"]),
        # Names whose stem is too short for any ending are found in their own declension's case forms.
        ("ru", "Поставки из Китая в Ливию идут через порты Сирии и Кубы, но не через Чад.", ["CN", "LY", "SY", "CU", "TD"]),
        ("uk", "Делегація Індії прибула до Сирії з Китаю.", ["IN", "SY", "CN"]),
        # An apostrophe inside a Ukrainian word, typed as ' or ’, is a letter of it.
        ("uk", "Посольство в М'янмі та в’єтнамські туристи.", ["MM", "VN"]),
        ("pl", "Samoloty z Kuby lecą do Syrii przez Libię, a nie do Czadu.", ["CU", "SY", "LY", "TD"]),
        ("ru", "Он мало знает о кубах льда, и в чаде кухни не видно кубы.", []),
        ("lv", "Latvija slēdz robežšķērsošanas vietu uz robežas ar Baltkrieviju.", ["LV", "BY"]),
        ("de", "Die Bundesregierung rät von Reisen in den Libanon ab; Deutschlands Botschaft bleibt offen.", ["DE", "LB", "DE"]),
        ("fr", "Le Quai d'Orsay déconseille formellement de se rendre au Niger et au Mali.", ["FR", "NE", "ML"]),
        ("es", "Ecuador cerró su frontera con Colombia y Perú durante las elecciones.", ["EC", "CO", "PE"]),
        ("pt", "O Brasil reabriu a fronteira com a Venezuela.", ["BR", "VE"]),
        ("it", "La Farnesina sconsiglia i viaggi in Sudan.", ["IT", "SD"]),
        ("tr", "Türkiye'nin İran sınırındaki kapısı kapatıldı; İranlı yolcular bekliyor.", ["TR", "IR", "IR"]),
        # Clitics on Arabic words, letters that stand for one another, a nisba adjective.
        ("ar", "دعت الخارجية الأمريكية رعاياها إلى مغادرة العراق ولبنان فورا.", ["US", "IQ", "LB"]),
        ("fa", "کنسولگری کانادا در بغداد پذیرش متقاضیان را متوقف کرد.", ["CA", "IQ"]),
        # No spaces: names anywhere in the text; Korean particles after a name.
        ("zh", "外交部提醒公民暂勿前往俄罗斯和白俄罗斯。", ["RU", "BY"]),
        ("zh", "柬埔寨宣布關閉與泰國的口岸。", ["KH", "TH"]),
        ("ja", "外務省はスーダンにある日本大使館を一時閉館した。", ["SD", "JP"]),
        ("ko", "외교부는 카타르에 대한 여행경보를 하향 조정했다.", ["QA"]),
    ],
)
def test_names_in_running_text(language: str, text: str, expected: list[str]) -> None:
    assert codes(text, language) == expected


def test_a_stem_does_not_swallow_ordinary_words() -> None:
    # "того" (of that) is the Russian name of Togo only when written as a name; "Бейрут" is not "Перу".
    assert codes("После того как переговоры провалились, всё изменилось.", "ru") == []
    assert codes("وصل الوفد إلى بيروت أمس.", "ar") == ["LB"]


def test_capitals_come_from_cldr() -> None:
    assert codes("Москва и Варшава обменялись нотами.", "ru") == ["RU", "PL"]


def test_offsets_point_at_the_name_as_written() -> None:
    text = "Граница с Беларусью закрыта."
    (mention,) = scan_in(text, "ru")
    assert text[mention.start : mention.end] == "Беларусью" == mention.surface


def test_every_language_of_the_reader_has_names() -> None:
    for language in LANGUAGES:
        assert scan_in("x", language) == []
    assert scan_in("Francja", "xx") == []


def test_crossing_names_in_other_scripts_and_case_forms_match_the_bundled_crossings() -> None:
    from travelrisk.geo.crossing_names import crossings_named

    ukrainian = crossings_named("Литва закрила пункти пропуску Мядининкай і Шумскас.", ("LT", "BY"))
    assert [(name, crossing.id) for name, crossing in ukrainian] == [
        ("Мядининкай", "LT-BY-MEDININKAI"),
        ("Шумскас", "LT-BY-SUMSKAS"),
    ]
    lithuanian = crossings_named("Uždaryti Medininkų ir Šalčininkų punktai.", ("BY", "LT"))
    assert [crossing.id for _name, crossing in lithuanian] == ["LT-BY-MEDININKAI", "LT-BY-SALCININKAI"]
    # Only the crossings of the pair: a town on another border is not one of them.
    assert crossings_named("Uždaryti Medininkų punktai.", ("PL", "UA")) == []
    # a crossing named by its other side ("Ягодин" is Dorohusk's Ukrainian side)
    assert [c.id for _n, c in crossings_named("Рух на пункті пропуску «Ягодин» заблоковано.", ("PL", "UA"))] == ["PL-UA-DOR"]
    # Russian "я", "ч" for Lithuanian "e", "č"; a Lithuanian genitive of an "-as" name
    russian = crossings_named("Литва закрывает пункты «Шумскас» и «Твярячюс».", ("LT", "BY"))
    assert [c.id for _n, c in russian] == ["LT-BY-SUMSKAS", "LT-BY-TVERECIUS"]
    genitive = crossings_named("Nuspręsta uždaryti Šumsko ir Tverečiaus punktus.", ("LT", "BY"))
    assert [name for name, _c in genitive] == ["Šumsko", "Tverečiaus"]
    # the Polish names of Lithuania's crossings, in their case forms
    polish = crossings_named("Litwa zamknęła przejścia w Miednikach i Ławaryszkach.", ("LT", "BY"))
    assert [(name, c.id) for name, c in polish] == [("Miednikach", "LT-BY-MEDININKAI"), ("Ławaryszkach", "LT-BY-LAVORISKES")]


def test_a_crossing_name_of_several_words_is_kept_whole() -> None:
    from travelrisk.geo.crossing_names import crossings_named

    named = crossings_named("El paso por el puente Simón Bolívar estará cerrado hasta el lunes.", ("CO", "VE"))
    assert [name for name, _crossing in named] == ["Simón Bolívar"]
    # an inflected one-word name stays as written, and the next capitalised word that is not the name's is left
    named = crossings_named("Przejście w Bobrownikach Policja zamknęła.", ("PL", "BY"))
    assert [name for name, _crossing in named] == ["Bobrownikach"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Пекин призвал граждан покинуть страну, сообщили в Пекине.", "CN"),
        ("pl", "W Pekinie ostrzeżono obywateli.", "CN"),
        ("ar", "قالت بكين إن", "CN"),
        ("ko", "베이징은 자국민에게", "CN"),
        ("de", "Neu-Delhi rief seine Bürger auf", "IN"),
        ("uk", "Ісламабад закрив кордон", "PK"),
        ("ja", "オタワは自国民に", "CA"),
        ("pt", "Camberra pediu aos australianos", "AU"),
        ("ar", "أعلنت أبوظبي أن", "AE"),
        ("zh", "河内宣布", "VN"),
        ("fa", "واشنگتن اعلام کرد", "US"),
        ("lv", "Vašingtona paziņoja", "US"),
        ("ko", "브라질리아는", "BR"),
        ("pl", "W Abu Zabi poinformowano", "AE"),
        ("fr", "Berne a annoncé", "CH"),
        ("ru", "Тель-Авив заявил", "IL"),
    ],
)
def test_seats_of_government_the_time_zone_cities_lack(language: str, text: str, expected: str) -> None:
    assert expected in {m.iso2 for m in scan_in(text, language)}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("lt", "izraeliečiai ir prancūzai bei britų piliečiai", ["IL", "FR", "GB"]),
        ("lv", "vācieši un franču pilsoņi, britu tūristi", ["DE", "FR", "GB"]),
        ("pl", "Francuzi i Włosi oraz Turcy", ["FR", "IT", "TR"]),
        ("uk", "французи та італійці, іспанські громадяни", ["FR", "IT", "ES"]),
        ("ar", "الرعايا الإسبان والهولنديين والسويسريين", ["ES", "NL", "CH"]),
        ("fa", "اتباع ایتالیایی و اسپانیایی", ["IT", "ES"]),
        ("tr", "Japon, Gürcü ve İspanyol turistler", ["JP", "GE", "ES"]),
    ],
)
def test_peoples_named_in_the_languages_that_do_not_build_them_from_the_country_name(
    language: str, text: str, expected: list[str]
) -> None:
    assert [m.iso2 for m in scan_in(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Казахстан закрыл пункт пропуска на границе с Кыргызстаном; в ЮАР и Бирме спокойно.", ["KZ", "KG", "ZA", "MM"]),
        ("uk", "Рейси до Киргизії та Голландії скасовано.", ["KG", "NL"]),
        ("pl", "Ambasady w RPA, Birmie i Niderlandach działają normalnie.", ["ZA", "MM", "NL"]),
        ("de", "Flüge nach Birma, in die Emirate und nach Moldawien fallen aus.", ["MM", "AE", "MD"]),
        ("es", "La RDC y los Emiratos firmaron un acuerdo con Costa de Marfil.", ["CD", "AE", "CI"]),
        # an abbreviation in capitals is a name only in capitals: French "Eau" is water
        ("fr", "Eau potable manquante: les EAU envoient de l'aide en RDC.", ["AE", "CD"]),
    ],
)
def test_short_and_older_country_forms_and_abbreviations_in_capitals(language: str, text: str, expected: list[str]) -> None:
    assert codes(text, language) == expected


def test_polish_peoples_in_the_masculine_personal_plural() -> None:
    text = "Polscy obywatele i rosyjscy dyplomaci spotkali ukraińskich uchodźców; brytyjscy turyści czekali."
    assert codes(text, "pl") == ["PL", "RU", "UA", "GB"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Узбекские и таджикские мигранты ждут на кыргызской границе.", ["UZ", "TJ", "KG"]),
        ("de", "Kasachische und usbekische Grenzbeamte trafen slowakische Kollegen.", ["KZ", "UZ", "SK"]),
        ("fr", "Des touristes ouzbeks et kazakhs ont rencontré des diplomates émiriens.", ["UZ", "KZ", "AE"]),
        ("es", "Camioneros kazajos y tayikos esperan en la frontera.", ["KZ", "TJ"]),
        ("pt", "Cidadãos lituanos e estonianos deixaram o país.", ["LT", "EE"]),
    ],
)
def test_peoples_of_central_asia_the_gulf_and_europe(language: str, text: str, expected: list[str]) -> None:
    assert codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("zh", "沙特和阿联酋发布了旅行提醒。", ["SA", "AE"]),
        ("ja", "サウジとUAEは退避を呼びかけた。", ["SA", "AE"]),
        ("ko", "사우디와 UAE는 여행경보를 발령했다.", ["SA", "AE"]),
        ("ar", "أغلقت بيلاروسيا حدودها مع ليتوانيا.", ["BY", "LT"]),
        ("fa", "عربستان و امارات سفارت خود را بستند.", ["SA", "AE"]),
    ],
)
def test_short_forms_of_saudi_arabia_the_emirates_and_belarus(language: str, text: str, expected: list[str]) -> None:
    assert codes(text, language) == expected


def test_a_border_named_by_one_character_for_each_side() -> None:
    assert codes("泰柬边境的检查站已关闭。", "zh") == ["TH", "KH"]
    assert codes("中缅边境口岸恢复通关。", "zh") == ["CN", "MM"]
    assert codes("巴以边境局势紧张。", "zh") == ["PS", "IL"]
    assert codes("中露国境の検問所が閉鎖された。", "ja") == ["CN", "RU"]
    # as sides of a border, only where the two countries meet (a run before a word of relations names both: below)
    assert codes("中美边境", "zh") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # one character before an army, a government or a ministry; a run of them before a word of relations
        ("ja", "露軍の攻撃を受け、日英両政府は大使館を閉鎖した。", ["RU", "JP", "GB"]),
        ("zh", "美军和俄军都在该地区，中美关系仍然紧张。", ["US", "RU", "CN", "US"]),
        ("zh", "经中吉双方协商一致，口岸恢复通关。", ["CN", "KG"]),  # (吉 in a run only: 吉林 is a province)
        ("ko", "미 국무부는 한미 양국이 북러 협력에 대응할 것이라고 밝혔다.", ["US", "KR", "US", "KP", "RU"]),
        # Korean news writes a country in its Chinese character
        ("ko", "美 국무부와 中 외교부가 회담했다.", ["US", "US", "CN"]),  # (국무부 is the State Department)
        # elsewhere the same characters are ordinary words
        ("ja", "中に入って、日曜日に英語を学ぶ。", []),
        ("zh", "我们也方便去中间的地方。", []),
        ("ko", "미리 일정을 확인하고 중간에 한번 쉬세요.", []),
        ("ko", "외교부는 5일 대사관 앞 상황을 점검했다.", []),  # (the 5th, not Japan's embassy)
    ],
)
def test_countries_named_by_one_character_where_the_context_says_so(language: str, text: str, expected: list[str]) -> None:
    assert codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Переговоры в Дохе продолжились.", ["QA"]),
        ("ar", "سفارة في كابل ومحادثات في الدوحة", ["AF", "QA"]),
        ("fa", "سفارت در کی‌یف بسته شد.", ["UA"]),
        ("ko", "하르툼에서 도하로 이동했다.", ["SD", "QA"]),
        ("tr", "Karakas'taki büyükelçilik kapandı.", ["VE"]),
    ],
)
def test_capitals_spelled_as_news_spells_them(language: str, text: str, expected: list[str]) -> None:
    assert codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a vowel that drops in the case forms ("Египет" -> "в Египте") and Polish consonant changes ("Egipt" -> "w Egipcie")
        ("ru", "Туристы из Египта вернулись, в Египте спокойно.", ["EG", "EG"]),
        ("uk", "Поїздки до Єгипту відновлено.", ["EG"]),
        ("pl", "W Egipcie, Kuwejcie i Katarze jest spokojnie.", ["EG", "KW", "QA"]),
        ("pl", "Mam katar od tygodnia.", []),
    ],
)
def test_case_forms_whose_stem_changes(language: str, text: str, expected: list[str]) -> None:
    assert codes(text, language) == expected


def test_crossing_names_in_scripts_written_without_vowels_are_matched_as_written() -> None:
    from travelrisk.geo.crossing_names import crossings_named, neighbour_by_crossing

    assert [(name, c.id) for name, c in crossings_named("أغلقت مصر معبر رفح بشكل كامل.", ("EG", "PS"))] == [
        ("رفح", "REF-PS-EG-RAFAH")
    ]
    assert neighbour_by_crossing("أغلقت مصر معبر رفح.", "EG") == "PS"
    assert crossings_named("أغلقت مصر معبر رفح.", ("EG", "LY")) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [("ar", "في صنعاء والمنامة", ["YE", "BH"]), ("fa", "در صنعا و منامه", ["YE", "BH"]), ("es", "en Saná", ["YE"])],
)
def test_more_capitals_as_news_spells_them(language: str, text: str, expected: list[str]) -> None:
    assert codes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "iso2"),
    [
        ("ru", "в Южной Корее", "KR"),
        ("ru", "Северную Корею", "KP"),
        ("ru", "Новой Зеландии", "NZ"),
        ("ru", "Южного Судана", "SS"),
        ("uk", "Південної Кореї", "KR"),
        ("pl", "Korei Południowej", "KR"),
        ("pl", "w Sudanie Południowym", "SS"),
        ("ru", "в Южной Африке", "ZA"),
        # the Democratic Republic, not the Republic of the Congo
        ("uk", "Демократичної Республіки Конго", "CD"),
        ("uk", "Республіки Конго", "CG"),
        ("ar", "جمهورية الكونغو الديمقراطية", "CD"),
        ("pt", "República Democrática do Congo", "CD"),
        # Nigeria and Niger share a stem once the ending is cut
        ("ru", "в Нигерии", "NG"),
        ("ru", "в Нигере", "NE"),
        ("uk", "Нігерії", "NG"),
        ("pl", "w Nigerii", "NG"),
        ("pl", "w Nigrze", "NE"),
    ],
)
def test_case_forms_of_names_that_share_a_stem_or_a_word(language: str, text: str, iso2: str) -> None:
    assert codes(text, language) == [iso2]


@pytest.mark.parametrize(
    ("language", "text", "iso2"),
    [
        ("ru", "нигерские власти", "NE"),
        ("ru", "нигерийские власти", "NG"),
        ("ru", "палестинские власти", "PS"),
        ("ru", "южносуданские военные", "SS"),
        ("pl", "nigerskie władze", "NE"),
        ("pl", "malijskie władze", "ML"),
        ("pl", "sudańskie wojsko", "SD"),
        ("uk", "нігерійська влада", "NG"),
        ("uk", "сомалійський уряд", "SO"),
        ("fr", "les autorités lettones", "LV"),
        ("es", "el gobierno estonio", "EE"),
        ("de", "die Palästinenser", "PS"),
        # the country's own name, not an adjective of it
        ("es", "Estonia", "EE"),
        ("es", "Palestina", "PS"),
        ("ar", "في فلسطين", "PS"),
    ],
)
def test_adjectives_and_names_of_countries_news_uses(language: str, text: str, iso2: str) -> None:
    assert codes(text, language) == [iso2]


def test_a_capitalised_people_word_inside_a_sentence_is_another_name_where_peoples_take_small_letters() -> None:
    # Latvian "turku" (of the Turks) written with a capital mid-sentence is Turku, the Finnish city
    found = [(m.iso2, m.surface) for m in scan_in("Somija slēdza Krievijas ģenerālkonsulātu Turku.", "lv")]
    assert found == [("FI", "Somija"), ("RU", "Krievijas")]
    # in small letters, or opening the sentence, it is the people
    assert [m.iso2 for m in scan_in("Turku tūristi aizbrauca. Daudzi turku tūristi palika.", "lv")] == ["TR", "TR"]
    # Polish writes its peoples with a capital: "Polacy" mid-sentence is Poles
    assert "PL" in {m.iso2 for m in scan_in("W Libii przebywają jeszcze Polacy i Czesi.", "pl")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Latvian "turklāt" (moreover) opens with the Turks' stem and is no country
        ("lv", "Turklāt robežpunkts strādās tikai dienā.", []),
        ("lv", "Robežsargi turklāt pārbaudīs visus turku autobusus.", ["TR"]),
        # the South African and New Zealand adjectives of the Romance languages and German
        ("pt", "do lado sul-africano", ["ZA"]),
        ("fr", "les autorités sud-africaines", ["ZA"]),
        ("de", "die neuseeländische Regierung", ["NZ"]),
        ("es", "el gobierno neozelandés", ["NZ"]),
    ],
)
def test_ordinary_words_and_adjectives_of_two_words(language: str, text: str, expected: list[str]) -> None:
    assert codes(text, language) == expected
