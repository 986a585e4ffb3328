"""Country mentions in text of another language: names in every supported language and their inflected forms.

Names come from real name data: CLDR territory names (via Babel) and ISO 3166 translations (pycountry's
locale catalogues, from Debian iso-codes), plus the demonyms, adjectives, short forms and capitals written for
travelrisk in `data/country_names_ml.tsv`. Languages differ in how a name sits in running text, and one
`_Style` per language says how:

- inflecting languages (ru uk pl lt lv, and German's genitive -s) match a name's stem with a short ending
  ("Беларусь" -> "с Беларусью", "Białoruś" -> "z Białorusią", "Baltarusija" -> "su Baltarusija");
- Arabic and Persian words carry clitics before and after ("والعراق", "الإيراني");
- Korean attaches particles ("미국은"), Turkish suffixes ("Türkiye'nin", "İranlı");
- Chinese and Japanese have no spaces: names are found anywhere in the text.

Mentions are of the kinds `alias`, `demonym` and `metonym` as in English, `capital` for a capital city
named by CLDR (a place first: "the embassy in Kabul", "Kabil Büyükelçiliği"), and `pair` for the two sides of a border
named by one character each ("泰柬边境").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cache

import ahocorasick
import babel
import pycountry
from babel.core import get_global

from travelrisk.geo.countries import (
    DATA,
    Mention,
    countries,
    leftmost_longest,
    normalise_name,
    share_land_border,
)
from travelrisk.geo.languages import translated_names


@dataclass(frozen=True, slots=True)
class _Style:
    inflects: bool = False  # names are matched by stem (nominative without its ending) plus an ending
    endings: int = 0  # letters a word may carry after its stem or name
    prefixes: tuple[str, ...] = ("",)  # clitics written onto the front of a word
    spaced: bool = True  # words are separated by spaces (not so in Chinese and Japanese)
    cased: bool = True  # proper names start with a capital letter
    min_stem: int = 4  # shorter heads ("Мал-", "Чад-") would match ordinary words when an ending is allowed
    suffixes: frozenset[str] | None = None  # where set, the only endings a name may carry ("بيروت" is no "بيرو")


_STYLES = {
    "ru": _Style(inflects=True, endings=4),
    "uk": _Style(inflects=True, endings=4),
    "pl": _Style(inflects=True, endings=4),
    "lt": _Style(inflects=True, endings=4),
    "lv": _Style(inflects=True, endings=4),
    "de": _Style(endings=2),
    "fr": _Style(),
    "es": _Style(),
    "pt": _Style(),
    "it": _Style(),
    "tr": _Style(endings=5),
    "ar": _Style(
        endings=3,
        prefixes=("", "و", "ب", "ل", "ف", "ك", "ال", "وال", "بال", "لل", "فال", "وب", "ول"),
        cased=False,
        min_stem=3,
        suffixes=frozenset({"ي", "يه", "يين", "يون", "ين", "ون", "ها", "ه"}),  # nisba adjectives, folded ة
    ),
    "fa": _Style(
        endings=3, prefixes=("", "و", "ب"), cased=False, min_stem=3, suffixes=frozenset({"ي", "يان", "ها", "اي"})
    ),
    "ko": _Style(endings=4, prefixes=("", "주"), cased=False, min_stem=2),  # "주이스라엘": stationed in Israel
    "zh": _Style(spaced=False, cased=False),
    "ja": _Style(spaced=False, cased=False),
}
LANGUAGES = tuple(_STYLES)

# Endings taken off a nominative to get the stem its case forms share.
_ENDING = {
    "ru": re.compile(r"(?:[аяоеёыиьйую]{1,2})$"),
    "uk": re.compile(r"(?:[аяоеєиіїьйую]{1,2})$"),
    "pl": re.compile(r"(?:[aeiouyąęó]{1,2}|[śćńź])$"),
    "lt": re.compile(r"(?:[aeiouyąęėįųū]{0,2}s|[aeiouyąęėįųū]{1,2})$"),
    "lv": re.compile(r"(?:[aeiuāēīū]{0,2}s|[aeiuāēīū]{1,2})$"),
}
_MIN_STEM = 4  # a shorter stem is left whole

# A name whose stem is too short to match with any ending ("Сир-ия", "Чад", "Kub-a") is matched in the case
# forms of its own declension only: nominative ending -> the endings of its other cases ("" is a consonant).
_SHORT_FORMS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "ru": (("ия", ("ии", "ию", "ией")), ("ай", ("ая", "аю", "ае", "аем")), ("а", ("ы", "е", "у", "ой")), ("", ("а", "у", "е", "ом"))),
    "uk": (("ія", ("ії", "ію", "ією")), ("ай", ("аю", "аї", "аєм")), ("а", ("и", "і", "у", "ою")), ("", ("у", "а", "і", "ом"))),
    "pl": (("ia", ("ii", "ię", "ią")), ("ie", ("ii", "iach", "iom")), ("a", ("y", "ie", "ę", "ą")), ("", ("u", "zie", "em"))),
}
_VOWEL_END = re.compile(r"[aeiouyąęóаеёиоуыэюяіїєь]$")


def _short_forms(word: str, language: str) -> list[str]:
    """The case forms of a one-word name whose stem is too short to take any ending ("сирия" -> "сирии")."""
    pattern = _ENDING.get(language)
    if pattern is None or language not in _SHORT_FORMS or len(pattern.sub("", word)) >= _MIN_STEM:
        return []
    for ending, others in _SHORT_FORMS[language]:
        if ending and word.endswith(ending):
            return [word[: -len(ending)] + other for other in others]
        if not ending and not _VOWEL_END.search(word):
            return [word + other for other in others]
    return []
# Letters that stand for one another in Arabic and Persian spelling (each one character, so offsets hold).
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ك": "ک", "ة": "ه", "ۀ": "ه", "İ": "i", "I": "ı"})
_WORDS = re.compile(r"\w+")
# Arabic-script words may carry vowel marks ("وعُمان"): they belong to the word and are ignored when matching.
_MARKED_WORDS = re.compile(r"[\w\u064b-\u065f\u0670]+")
_MARKS = re.compile(r"[\u064b-\u065f\u0670]")
_MARKED_CAPITAL = re.compile(r"(?:[وبلف]|ال)?(ع[\u064e\u064f]?م\u0651\u064e?ان)")


def _fold(text: str, language: str) -> str:
    """Lower case, with the one-for-one letter folding of the language (length is kept)."""
    if language == "tr":
        return text.translate(_FOLD).lower()
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is two characters: fold it letter by letter
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    if language == "uk" and ("'" in lowered or "’" in lowered):
        # ("М'янма", "в’єтнамський": the apostrophe inside a word is a letter of it, as "ʼ" is)
        lowered = _WORD_APOSTROPHE.sub("ʼ", lowered)
    return lowered.translate(_FOLD) if language in ("ar", "fa") else lowered


_WORD_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")


def _stem(word: str, language: str) -> str:
    pattern = _ENDING.get(language)
    if pattern is None:
        return word
    stem = pattern.sub("", word)
    return stem if len(stem) >= _MIN_STEM else word


@dataclass(frozen=True, slots=True)
class _Name:
    words: tuple[str, ...]  # folded, stemmed where the language inflects
    iso2: str
    kind: str  # alias | demonym | metonym
    exact: bool  # matched as written (no ending)
    capitals: bool = False  # an abbreviation in capitals ("EAU", "RPA"): matched only in capitals, not as a word ("Eau")
    lower: bool = False  # written in lower case in the data ("bande de Gaza", "département d'État"): matched so too


def _written_names(language: str) -> list[tuple[str, str, str]]:
    """(iso2, kind, name) rows of data/country_names_ml.tsv for one language."""
    rows = []
    with (DATA / "country_names_ml.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            lang, iso2, kind, names = line.rstrip("\n").split("\t")
            if lang == language:
                rows += [(iso2, kind, name) for name in names.split("|") if name]
    return rows


# Locales whose CLDR names are read for a language besides its own (Chinese news is written in both scripts).
_CLDR_LOCALES = {"zh": ("zh", "zh_Hant")}


def _all_names(language: str) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    for locale_name in _CLDR_LOCALES.get(language, (language,)):
        locale = babel.Locale.parse(locale_name)
        territories = locale.territories
        for code in [c.alpha_2 for c in pycountry.countries] + ["XK"]:
            name = territories.get(code)
            if name:
                rows.append((code, "alias", name))
        rows += [(iso2, "capital", city) for iso2, city in _capitals(locale, latin=language in _LATIN)]
    if language in _LATIN:  # news in Latin letters often keeps the English spelling ("Kyiv", "Kabul")
        rows += [
            (c.iso2, "capital", c.capital)
            for c in countries().values()
            if c.capital and " " not in c.capital and c.capital not in _COMMON_WORDS
        ]
    rows += [(iso2, "alias", name) for iso2, name in translated_names(language)]
    written = _written_names(language)
    rows += written
    if language in _GENDERED:
        # an adjective written in one or two of its forms matches in all four ("libico" -> "autorità libiche")
        rows += [
            (iso2, kind, form)
            for iso2, kind, raw in written
            if kind == "demonym" and " " not in raw and not raw.startswith("=")
            for form in _gendered_forms(raw, language)
        ]
    return [row for row in rows if row[2] not in _NOT_NAMES.get(language, ())]


# Languages whose adjectives take gender and number by their ending: (ending, the other endings of its forms)
_GENDERED: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "it": (
        ("co", ("ca", "ci", "chi", "che")),
        ("go", ("ga", "gi", "ghi", "ghe")),
        ("o", ("a", "i", "e")),
        ("ca", ("chi", "che")),
        ("a", ("i", "e")),
        ("e", ("i",)),
    ),
    "es": (("o", ("a", "os", "as")), ("és", ("esa", "eses", "esas")), ("í", ("íes", "ís")), ("e", ("es",)), ("a", ("as",))),
    "pt": (("o", ("a", "os", "as")), ("ês", ("esa", "eses", "esas")), ("e", ("es",)), ("a", ("as",))),
    "fr": (
        ("ien", ("ienne", "iens", "iennes")),
        ("ain", ("aine", "ains", "aines")),
        ("ais", ("aise", "aises")),
        ("ois", ("oise", "oises")),
        ("an", ("ane", "ans", "anes")),
        ("e", ("es",)),
    ),
}


def _gendered_forms(word: str, language: str) -> list[str]:
    """The gender and number forms of an adjective by its ending (the first ending that fits)."""
    for ending, others in _GENDERED[language]:
        if word.endswith(ending):
            stem = word[: len(word) - len(ending)]
            return [stem + other for other in others]
    return []


# Names that are ordinary words in their language: Persian "دوشنبه" is Monday before it is Dushanbe.
_NOT_NAMES = {"fa": frozenset({"دوشنبه"})}


# English capital names that are ordinary words or first names in the other Latin-script languages.
_COMMON_WORDS = frozenset({"Victoria", "Praia", "Male", "Sucre", "Roseau"})
_LATIN = frozenset({"pl", "lt", "lv", "de", "fr", "es", "pt", "it", "tr"})


def _capitals(locale: babel.Locale, latin: bool) -> list[tuple[str, str]]:
    """Capitals named in the locale: CLDR's exemplar city of each time zone named after its country's capital
    ("Europe/Moscow" -> "Москва"). A capital often stands for its government ("Москва заявила ...")."""
    zones = get_global("zone_territories")
    capitals = _capital_keys()
    out = []
    for zone, iso2 in zones.items():
        city = zone.rsplit("/", 1)[-1].replace("_", " ")
        # CLDR leaves out a city a Latin-script language writes as English does ("Kabul" in Polish).
        localised = locale.time_zones.get(zone, {}).get("city") or (city if latin else None)
        if localised and capitals.get(normalise_name(city)) == iso2:
            out.append((iso2, str(localised)))
    return out


# Languages written without capital letters: a city's name is matched wherever it stands (elsewhere it starts a word
# with a capital letter, and may go on with a case ending: "в Йоханнесбурге", "em Joanesburgo")
UNCASED = frozenset({"ar", "fa", "zh", "ja", "ko"})
_SHORTEST_CITY = {"ar": 3, "fa": 3}  # (two Arabic letters are too often part of a word: "رم", Rome)


@cache
def _zone_city_automaton(language: str) -> ahocorasick.Automaton:
    """CLDR's exemplar city of every time zone, as the language writes it ("ヤンゴン", "卡拉奇", "إسطنبول", "Joanesburgo")
    -> the country it lies in."""
    automaton = ahocorasick.Automaton()
    shortest = _SHORTEST_CITY.get(language, 2 if language in UNCASED else 4)
    for locale_name in _CLDR_LOCALES.get(language, (language,)):
        zones = babel.Locale.parse(locale_name).time_zones
        for zone, iso2 in get_global("zone_territories").items():
            city = zones.get(zone, {}).get("city")
            if city and iso2 != "AQ" and len(city) >= shortest:
                automaton.add_word(str(city), (len(city), iso2))
    automaton.make_automaton()
    return automaton


def zone_cities_in(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO2) of the cities CLDR names for time zones that `text` names in `language` (in a language
    written with capital letters, only at a word's start and capitalised)."""
    if language not in _STYLES:
        return []
    found = [(end + 1 - length, end + 1, iso2, "city") for end, (length, iso2) in _zone_city_automaton(language).iter(text)]
    if language not in UNCASED:
        found = [f for f in found if text[f[0]].isupper() and (f[0] == 0 or not text[f[0] - 1].isalnum())]
    return [(start, end, iso2) for start, end, iso2, _kind in leftmost_longest(found)]


@cache
def _capital_keys() -> dict[str, str]:
    keys = {normalise_name(c.capital): c.iso2 for c in countries().values() if c.capital}
    keys["kyiv"] = keys["kiev"] = "UA"  # the zone is named in either spelling
    return keys


@cache
def _index(language: str) -> dict[str, list[_Name]]:
    """First word (stem) -> the names starting with it, longest first."""
    style = _STYLES[language]
    index: dict[str, list[_Name]] = {}
    # a demonym whose stem is the country's ("polski" and "Polska": "polsk-") is kept beside it: only the demonym
    # matches in lower case ("obywateli polskich")
    seen: set[tuple[tuple[str, ...], str, bool]] = set()
    rows = _all_names(language)
    # (a name's vowel marks are dropped as the text's are, "الدّنمارك" matched as "الدنمارك", unless that makes it
    # another country's name: "عمّان", Amman, is written "عمان" as Oman is)
    unmarked = {raw: iso2 for iso2, _kind, raw in rows if not _MARKS.search(raw)} if language in ("ar", "fa") else {}
    for iso2, kind, raw in rows:
        exact = raw.startswith("=")
        bare_letters = _MARKS.sub("", raw) if unmarked else raw
        if unmarked.get(bare_letters, iso2) != iso2:
            bare_letters = raw
        words = tuple(_WORDS.findall(_fold(bare_letters.removeprefix("="), language)))
        if not words or "," in raw:
            continue
        if style.inflects and not exact and len(words) == 1 and kind != "demonym":
            for form in _short_forms(words[0], language):
                if ((form,), iso2, False) not in seen:
                    seen.add(((form,), iso2, False))
                    index.setdefault(form, []).append(_Name((form,), iso2, kind, True))
        if language == "pl" and kind == "demonym" and len(words) == 1 and words[0].endswith("ki"):
            # the masculine personal plural softens -ki to -cy: "polski" -> "polscy obywatele", "niemiecki" -> "niemieccy"
            plural = (words[0][:-2] + "c",)
            if (plural, iso2, True) not in seen:
                seen.add((plural, iso2, True))
                index.setdefault(plural[0], []).append(_Name(plural, iso2, kind, False))
        if style.inflects and not exact:
            words = tuple(_stem(w, language) for w in words)
        key = (words, iso2, kind == "demonym")
        bare = raw.removeprefix("=")
        if key in seen:
            if bare[:1].islower():  # ("Département d'État|département d'État": the small-letter form is matched too)
                index[words[0]] = [replace(n, lower=True) if (n.words, n.iso2) == (words, iso2) else n for n in index[words[0]]]
            continue
        seen.add(key)
        capitals = len(bare) > 1 and bare.isupper() and bare.isalpha()
        index.setdefault(words[0], []).append(_Name(words, iso2, kind, exact, capitals, bare[:1].islower()))
    for names in index.values():
        names.sort(key=lambda n: -len(n.words))
    return index


@cache
def _automaton(language: str) -> ahocorasick.Automaton:
    """For scripts without spaces: every name as written, found anywhere."""
    automaton = ahocorasick.Automaton()
    for iso2, kind, raw in _all_names(language):
        name = _fold(raw.removeprefix("="), language)
        if len(name) >= 2 and "," not in name:
            automaton.add_word(name, (len(name), iso2, kind))
    automaton.make_automaton()
    return automaton


def scan_in(text: str, language: str) -> list[Mention]:
    """Every country mention in `text` written in `language` (an empty list for a language not supported)."""
    style = _STYLES.get(language)
    if style is None:
        return []
    folded = _fold(text, language)
    if not style.spaced:
        return _scan_unspaced(text, folded, language)
    index = _index(language)
    heads = _heads(language)
    words = _MARKED_WORDS if language in ("ar", "fa") else _WORDS
    tokens = [(m.start(), m.end()) for m in words.finditer(folded)]
    mentions: list[Mention] = []
    plain = style.prefixes == ("",) and style.cased  # the word as written is what is looked up
    position = 0
    while position < len(tokens):
        start, end = tokens[position]
        if plain and not _may_name(folded[start:end], heads):
            position += 1  # most words: no name starts with their first letters
            continue
        found = _match_at(text, folded, tokens, position, index, style, heads)
        if found is None:
            position += 1
            continue
        mention, used = found
        if mention.iso2 != "--" and not _capitalised_demonym(text, mention, language):
            mentions.append(mention)  # (not a blocker: a phrase that contains a name but is not the country)
        position += used
    mentions = _hyphened_pairs(text, mentions)
    short = _abbreviations(text, language, mentions)
    return sorted(mentions + short, key=lambda m: m.start) if short else mentions


def _hyphened_pairs(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two adjectives of neighbours joined by a hyphen ("на российско-грузинской границе", "polsko-białoruskiej",
    "deutsch-polnischen") name the two sides of one border, as "泰柬边境" does: a pair, not two states that act."""
    out = list(mentions)
    for i, (first, second) in enumerate(itertools.pairwise(mentions)):
        if (
            first.kind == second.kind == "demonym"
            and text[first.end : second.start] in ("-", "‑")
            and _neighbouring(first.iso2, second.iso2)
        ):
            out[i], out[i + 1] = replace(first, kind="pair"), replace(second, kind="pair")
    return out


# Languages that write their peoples and country adjectives in small letters ("turku", "россияне", "españoles";
# not Polish or French, whose peoples take a capital: "Polacy", "les Français"): a capitalised one inside a sentence
# is a name of something else ("Turku", the Finnish city, is no "turku").
_SMALL_DEMONYMS = frozenset({"lv", "lt", "ru", "uk", "es", "it", "pt"})
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\n«»\"“”„(—–-])\s*$")
_DATED_HEADLINE = re.compile(r"date \d{4}-\d{2}-\d{2}\s+")  # the first line of an article file opens a sentence too


def _capitalised_demonym(text: str, mention: Mention, language: str) -> bool:
    return (
        language in _SMALL_DEMONYMS
        and mention.kind == "demonym"
        and text[mention.start : mention.start + 1].isupper()
        and not _SENTENCE_OPENS.search(text, max(0, mention.start - 4), mention.start)
        and not _DATED_HEADLINE.fullmatch(text, 0, mention.start)
    )


def _match_at(
    text: str,
    folded: str,
    tokens: list[tuple[int, int]],
    position: int,
    index: dict[str, list[_Name]],
    style: _Style,
    heads: frozenset[str],
) -> tuple[Mention, int] | None:
    start, end = tokens[position]
    marked = _MARKED_CAPITAL.fullmatch(folded, start, end) if not style.cased else None
    if marked is not None:  # "عمّان": Amman, which its shadda tells from Oman (عمان) once the marks are gone
        return Mention("JO", marked.start(1), marked.end(1), "capital", text[marked.start(1) : marked.end(1)]), 1
    token = _MARKS.sub("", folded[start:end]) if not style.cased else folded[start:end]
    if not any(_may_name(token[len(p) :], heads) for p in style.prefixes if token.startswith(p)):
        return None  # no name starts with the word's first letters: most words of a text
    for prefix in style.prefixes:
        if not token.startswith(prefix) or len(token) - len(prefix) < 2:
            continue
        word = token[len(prefix) :]
        for cut in range(0, max(0, min(style.endings, len(word) - style.min_stem)) + 1):
            head = word[: len(word) - cut]
            if cut and style.suffixes is not None and word[len(head) :] not in style.suffixes:
                continue
            for name in index.get(head, ()):
                if cut and name.exact:
                    continue
                used = _rest_matches(folded, tokens, position, name, style)
                if used is None:
                    continue
                begin = start + len(prefix)
                if style.cased and name.kind != "demonym" and not name.lower and not text[begin].isupper():
                    continue  # "того", "мало": a common word, not the country
                if name.capitals and not text[begin : begin + 2].isupper():
                    continue
                finish = tokens[position + used - 1][1]
                if _FUNCTION_WORD_USE.match(text, begin, finish + 12):
                    continue  # "Того ж дня" (that same day) opening a sentence: a pronoun, not Togo
                return Mention(name.iso2, begin, finish, name.kind, text[begin:finish]), used
    return None


# A country's name that is also a common word, capitalised at a sentence's start, in the use that makes it the word
_FUNCTION_WORD_USE = re.compile(r"Того\s+(?:ж|же|самого|дня|часу|року|времени|момента|що|что|як|как|чтобы|щоб|не)\b")


@cache
def _heads(language: str) -> frozenset[str]:
    """The first three letters of every name's first word in `language` (all of a shorter one)."""
    return frozenset(word[:3] for word in _index(language))


def _may_name(word: str, heads: frozenset[str]) -> bool:
    """Whether a name's first word could begin `word` (a name is matched as the word or a beginning of it): most
    words of a text begin with no name's first letters."""
    return word[:3] in heads or word[:2] in heads or word[:1] in heads


def _rest_matches(
    folded: str, tokens: list[tuple[int, int]], position: int, name: _Name, style: _Style
) -> int | None:
    """How many tokens a several-word name takes from `position`, or None when the words after do not fit."""
    if len(name.words) == 1:
        return 1
    if position + len(name.words) > len(tokens):
        return None
    for offset, stem in enumerate(name.words[1:], start=1):
        start, end = tokens[position + offset]
        previous_end = tokens[position + offset - 1][1]
        if start - previous_end > 2:  # words of a name are separated by a space or a hyphen
            return None
        word = _MARKS.sub("", folded[start:end]) if not style.cased else folded[start:end]
        if not word.startswith(stem) or len(word) - len(stem) > (0 if name.exact else style.endings):
            return None
    return len(name.words)


def _scan_unspaced(text: str, folded: str, language: str) -> list[Mention]:
    candidates = []
    for end_index, (length, iso2, kind) in _automaton(language).iter(folded):
        candidates.append((end_index + 1 - length, end_index + 1, iso2, kind))
    found = [Mention(iso2, start, end, kind, text[start:end]) for start, end, iso2, kind in leftmost_longest(candidates)]
    pairs = _border_pairs(text, language, found)
    found = sorted(found + pairs, key=lambda m: m.start) if pairs else found
    short = _abbreviations(text, language, found)
    return sorted(found + short, key=lambda m: m.start) if short else found


# Chinese and Japanese name the two sides of a border by one character each ("泰柬边境": the Thai-Cambodian border,
# "中露国境"). A pair is read only right before a border word and only where the two countries meet.
_ONE_CHARACTER = {
    "zh": {
        "泰": "TH", "柬": "KH", "中": "CN", "缅": "MM", "越": "VN", "俄": "RU", "乌": "UA", "朝": "KP", "韩": "KR",
        "印": "IN", "巴": "PK", "阿": "AF", "以": "IL", "黎": "LB", "叙": "SY", "美": "US", "墨": "MX", "蒙": "MN",
        "哈": "KZ", "吉": "KG", "塔": "TJ", "老": "LA", "尼": "NP", "伊": "IR", "土": "TR", "埃": "EG", "苏": "SD",
        "白": "BY", "波": "PL", "立": "LT", "芬": "FI", "委": "VE", "哥": "CO", "约": "JO", "沙": "SA", "也": "YE",
    },
    "ja": {"日": "JP", "中": "CN", "韓": "KR", "朝": "KP", "露": "RU", "米": "US", "印": "IN", "泰": "TH"},
}
_BORDER_AFTER = {"zh": "(?=边境|边界|口岸|边防|界河)", "ja": "(?=国境)"}


@cache
def _pair_pattern(language: str) -> re.Pattern[str] | None:
    characters = _ONE_CHARACTER.get(language)
    if not characters:
        return None
    one = "[" + "".join(characters) + "]"
    return re.compile(f"({one})({one}){_BORDER_AFTER[language]}")


def _border_pairs(text: str, language: str, found: list[Mention]) -> list[Mention]:
    pattern = _pair_pattern(language)
    if pattern is None:
        return []
    characters = _ONE_CHARACTER[language]
    out: list[Mention] = []
    for match in pattern.finditer(text):
        if any(m.start < match.end() and match.start() < m.end for m in found):
            continue  # part of a name already found
        first, second = characters[match.group(1)], characters[match.group(2)]
        if {first, second} == {"PK", "IL"}:
            first, second = ("PS", "IL") if first == "PK" else ("IL", "PS")  # "巴以": Palestine and Israel
        if _neighbouring(first, second):
            out += [
                Mention(first, match.start(1), match.end(1), "pair", match.group(1)),
                Mention(second, match.start(2), match.end(2), "pair", match.group(2)),
            ]
    return out


def _neighbouring(first: str, second: str) -> bool:
    return first != second and share_land_border(first, second)


# News in Japanese, Chinese and Korean names countries by one character where the context says a country is meant:
# before its army, government or ministry ("露軍", "英政府", "美军", "미 국무부"), in a run of them before a word of
# relations ("日英両政府", "中美关系", "한미 정상회담", "북러 협력"), and in Korean by the Chinese character itself
# ("美 국무부", "中 외교부": Korean text writes other words in Hangul). Elsewhere the characters are ordinary words
# ("日" is a day, "中" inside, "미" not yet), so they are read nowhere else.
_ABBREVIATED = {
    "ja": {"日": "JP", "中": "CN", "韓": "KR", "朝": "KP", "露": "RU", "米": "US", "英": "GB", "仏": "FR", "独": "DE",
           "豪": "AU", "印": "IN", "伊": "IT", "加": "CA", "比": "PH", "台": "TW"},
    "zh": {"中": "CN", "美": "US", "俄": "RU", "乌": "UA", "日": "JP", "韩": "KR", "朝": "KP", "英": "GB", "法": "FR",
           "德": "DE", "印": "IN", "以": "IL", "叙": "SY", "伊": "IR", "黎": "LB", "缅": "MM",
           # (in runs only, "中吉双方", "中哈边境": the neighbours of China's land ports)
           "吉": "KG", "哈": "KZ", "塔": "TJ", "蒙": "MN", "越": "VN", "老": "LA"},
    "ko": {"한": "KR", "미": "US", "중": "CN", "일": "JP", "러": "RU", "북": "KP"},
}
_HANJA_IN_KOREAN = {"美": "US", "中": "CN", "日": "JP", "北": "KP", "露": "RU", "英": "GB", "佛": "FR", "獨": "DE", "韓": "KR"}
_RELATIONS_AFTER = {
    "ja": "(?=両国|両政府|関係|首脳|会談|間|同盟)",
    "zh": "(?=关系|關係|两国|兩國|双方|雙方|会谈|會談|首脑|首腦|峰会|峰會|之间|之間)",
    "ko": r"(?=\s?(?:양국|관계|정상|동맹|협력|회담|갈등|간|군사|무역|외교))",
}
_BODY_AFTER = {
    "ja": "(?=軍|政府|外相|首相|大統領|外務省|国務省|国防省|大使館|当局|側)",
    "zh": "(?=军|軍)",
    "ko": r"(?=\s(?:국무부|정부|외교부|국방부|대사관|군|당국|대통령|총리)(?![가-힣]))",
}
# (a single character of the lists is read only where it stands for a country with little doubt: not 日 alone)
_SINGLE = {"ja": "露米英仏独豪韓朝中印伊加比台", "zh": "美俄乌以叙朝韩日英法德印", "ko": "미러중일북"}


@cache
def _abbreviation_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    characters = _ABBREVIATED.get(language)
    if characters is None:
        return None
    run = "[" + "".join(characters) + "]"
    # (nor after a number in Korean: "13일 대사관 ..." is the 13th, not Japan's embassy)
    not_inside = r"(?<![가-힣\d])" if language == "ko" else ""
    return (
        re.compile(f"{not_inside}({run}{{2,3}}){_RELATIONS_AFTER[language]}"),
        re.compile(f"{not_inside}([{_SINGLE[language]}]){_BODY_AFTER[language]}"),
    )


def _abbreviations(text: str, language: str, found: list[Mention]) -> list[Mention]:
    """Countries named by one character each (see `_ABBREVIATED`), where no name was found."""
    patterns = _abbreviation_patterns(language)
    if patterns is None:
        return []
    characters = _ABBREVIATED[language]
    out: list[Mention] = []

    def add(iso2: str, start: int) -> None:
        if not any(m.start <= start < m.end for m in found + out):
            out.append(Mention(iso2, start, start + 1, "alias", text[start]))

    relations, single = patterns
    for match in relations.finditer(text):
        run = match.group(1)
        if len(set(run)) == len(run):  # ("日日" is no pair)
            for offset, character in enumerate(run):
                add(characters[character], match.start(1) + offset)
    for match in single.finditer(text):
        add(characters[match.group(1)], match.start(1))
    if language == "zh":
        for match in _STAYING_IN_ZH.finditer(text):
            add(characters[match.group(1)], match.start(1))
    if language == "ko":
        for match in _HANJA.finditer(text):
            add(_HANJA_IN_KOREAN[match.group(0)], match.start())
    return sorted(out, key=lambda m: m.start)


# Chinese news names where its citizens or mission are by one character: "在黎中国公民" (Chinese citizens in Lebanon),
# "驻以使馆" (the embassy in Israel)
_STAYING_IN_ZH = re.compile(
    "(?:在|驻|駐|赴)([以黎叙乌俄伊缅])(?=中国公民|中國公民|中国同胞|同胞|侨胞|僑胞|中资|使馆|使館|大使馆|大使館)"
)
_HANJA = re.compile("(?<![\u4e00-\u9fff])[" + "".join(_HANJA_IN_KOREAN) + "](?![\u4e00-\u9fff])")
