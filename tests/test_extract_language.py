"""Language identification of articles and paragraphs (extract/language.py), on text written for these tests."""

from __future__ import annotations

import pytest

from travelrisk import extract
from travelrisk.extract.language import SUPPORTED, detect_language, paragraph_languages
from travelrisk.extract.text import paragraphs
from travelrisk.model import Article

SAMPLES = {
    "en": "The ministry said on Tuesday that the border with its neighbour would stay closed for the week.",
    "ru": "Министерство заявило во вторник, что граница с соседней страной останется закрытой всю неделю.",
    "uk": "Міністерство повідомило у вівторок, що кордон із сусідньою країною залишиться закритим увесь тиждень.",
    "pl": "Ministerstwo poinformowało we wtorek, że granica z sąsiednim krajem pozostanie zamknięta przez cały tydzień.",
    "lt": "Ministerija antradienį pranešė, kad siena su kaimynine šalimi liks uždaryta visą savaitę.",
    "lv": "Ministrija otrdien paziņoja, ka robeža ar kaimiņvalsti paliks slēgta visu nedēļu.",
    "de": "Das Ministerium teilte am Dienstag mit, dass die Grenze zum Nachbarland die ganze Woche geschlossen bleibt.",
    "fr": "Le ministère a annoncé mardi que la frontière avec le pays voisin resterait fermée toute la semaine.",
    "es": "El ministerio anunció el martes que la frontera con el país vecino permanecerá cerrada toda la semana.",
    "pt": "O ministério anunciou na terça-feira que a fronteira com o país vizinho ficará fechada durante toda a semana.",
    "it": "Il ministero ha annunciato martedì che il confine con il paese vicino resterà chiuso per tutta la settimana.",
    "ar": "أعلنت الوزارة يوم الثلاثاء أن الحدود مع البلد المجاور ستبقى مغلقة طوال الأسبوع.",
    "fa": "وزارت روز سه‌شنبه اعلام کرد که مرز با کشور همسایه تمام هفته بسته خواهد ماند.",
    "tr": "Bakanlık salı günü yaptığı açıklamada komşu ülkeyle olan sınırın bütün hafta kapalı kalacağını bildirdi.",
    "zh": "外交部周二表示，与邻国的边境将在整个星期内保持关闭，请公民暂勿前往。",
    "ja": "外務省は火曜日、隣国との国境が一週間閉鎖されたままになると発表しました。",
    "ko": "외교부는 화요일 이웃 나라와의 국경이 일주일 내내 폐쇄된 상태로 유지될 것이라고 밝혔다.",
}


def test_every_supported_language_has_a_sample() -> None:
    assert set(SAMPLES) == set(SUPPORTED)


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_each_language_is_recognised(language: str) -> None:
    assert detect_language(SAMPLES[language]) == language


def test_the_language_goes_into_the_extraction() -> None:
    for language in ("en", "ru", "zh"):
        extraction = extract(Article(id=language, source="t", text="date 2024-03-01 " + SAMPLES[language]))
        assert extraction.language == language


def test_a_mixed_article_names_each_paragraphs_language() -> None:
    text = "\n".join([SAMPLES["en"] * 2, SAMPLES["ru"], "Short line", SAMPLES["de"] + " " + SAMPLES["de"]])
    assert detect_language(text) == "en"
    spans = paragraphs(text)
    # An English article is only looked at where another script dominates; a short line takes the article's.
    assert paragraph_languages(text, spans, "en") == ["en", "ru", "en", "en"]
    assert paragraph_languages(text, spans, "de") == ["en", "ru", "de", "de"]


def test_a_paragraph_in_the_other_language_of_a_script_is_read_in_it_only_on_its_own_letters() -> None:
    text = (
        "Міністерство закордонних справ України закликало громадян утриматися від поїздок до Білорусі.\n\n"
        "«Рекомендуем гражданам России воздержаться от поездок в Польшу», — говорится в заявлении МИД России.\n\n"
        "Польща закрила пункт пропуску на кордоні з Білоруссю."
    )
    spans = paragraphs(text)
    assert paragraph_languages(text, spans, "uk") == ["uk", "ru", "uk"]
    # a short Cyrillic line without letters of either language stays in the article's
    assert paragraph_languages("Киев\n\nКиїв", paragraphs("Киев\n\nКиїв"), "uk") == ["uk", "uk"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short Spanish and Portuguese lines, which the statistical model mixes up: the letters and small words
        # only one of them writes decide
        ("Exteriores desaconseja viajar a Israel.", "es"),
        ("O Itamaraty desaconselha viagens a Israel.", "pt"),
    ],
)
def test_short_spanish_and_portuguese_lines(text: str, expected: str) -> None:
    assert detect_language(text) == expected
