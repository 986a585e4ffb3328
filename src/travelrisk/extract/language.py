"""Which language an article (and each of its paragraphs) is written in.

English is recognised by a cheap count of its commonest words, so English news never pays for a statistical
model (the reader's speed bar is 1,000 English articles per second per core). Anything else goes to py3langid
(langid.py's model, shipped inside the wheel, no network), restricted to the languages the reader has
vocabulary for, so a Belarusian or Catalan paragraph is read as its nearest supported neighbour rather than as
a language nothing can read. The model loads on the first non-English text (about two seconds), once per
process.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

# ISO 639-1 codes of the languages the reader has vocabulary for.
SUPPORTED = ("en", "ru", "uk", "pl", "lt", "lv", "de", "fr", "es", "pt", "it", "ar", "fa", "tr", "zh", "ja", "ko")

# English's commonest words that other languages do not also write ("in" is German and Italian, "to" Polish, "on"
# French), counted with str.count (C speed): a regular expression costs as much again.
_ENGLISH_WORDS = (" the ", " and ", " of ", " is ", " was ", " for ", " that ", " said ", " with ")
# On the development articles English prose has >= 0.045 of its words among these, the other languages none (with
# "in", "to" and "on" counted, 0.097 against up to 0.042: one English line atop a German article made it English).
_ENGLISH_SHARE = 0.025
_SAMPLE = 800  # characters looked at: the head of an article is enough and keeps the check constant-time
# Runs of letters in the scripts of the other supported languages (Cyrillic, Arabic, kana, CJK, Hangul).
_OTHER_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{3,}")
_MIN_LETTERS = 30  # shorter paragraphs (datelines, captions) take the article's language


def _looks_english(sample: str) -> bool:
    if sample.count(" the ") >= 4:
        return True  # most English samples are settled by their commonest word alone
    words = sample.count(" ") + sample.count("\n") + 1
    # At least three of them: one "in" or "on" in a short German or French line proves nothing.
    return sum(sample.count(word) for word in _ENGLISH_WORDS) >= max(3, _ENGLISH_SHARE * words)


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # imported on first use: ~2 s to load

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    identifier.set_languages(list(SUPPORTED))
    return identifier


def _classify(sample: str) -> str:
    language, _score = _identifier().classify(sample)
    if language in ("es", "pt"):  # (close on short samples: the letters and endings only one of them writes decide)
        spanish, portuguese = len(_SPANISH_ONLY.findall(sample)), len(_PORTUGUESE_ONLY.findall(sample))
        if spanish != portuguese:
            return "es" if spanish > portuguese else "pt"
    return str(language)


_SPANISH_ONLY = re.compile(r"ñ|¿|¡|\b(?:el|los|del|y|una|viajar)\b|ción\b|ciones\b", re.IGNORECASE)
_PORTUGUESE_ONLY = re.compile(r"[ãõ]|ç[ãõaoe]|\b(?:os|do|da|dos|das|uma|não|ao|em)\b|ção\b|ções\b", re.IGNORECASE)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language most of `text` is written in (one of SUPPORTED)."""
    sample = _strip_dateline(text)
    if _looks_english(sample):
        return "en"
    if sum(map(str.isalpha, sample)) < _MIN_LETTERS and not _OTHER_SCRIPT.search(sample):
        return "en"  # too little Latin text to tell; the English reader finds nothing in it either way
    return _classify(sample)


def other_script(text: str) -> bool:
    """Whether `text` holds a word in the script of another supported language (one scan in C)."""
    try:
        text.encode("cp1252")  # Latin letters, curly quotes and dashes: the usual English page, checked fastest
    except UnicodeEncodeError:
        return _OTHER_SCRIPT.search(text) is not None
    return False


def paragraph_languages(text: str, spans: list[tuple[int, int]], article: str) -> list[str]:
    """The language of each paragraph span of `text`. A paragraph in another script than Latin is told by its
    script (Hangul, kana, Han, Arabic or Persian letters, Ukrainian or Russian letters), one in Latin letters is
    English by its commonest words or else the article's language; short paragraphs take the article's. No
    statistical model runs here, so a mixed English article ("На русском языке: ..." lines) stays cheap."""
    if article == "en" and not other_script(text):
        return ["en"] * len(spans)  # the common case, decided by one scan in C
    out: list[str] = []
    for start, end in spans:
        chunk = text[start : min(end, start + _SAMPLE)]
        letters = sum(map(str.isalpha, chunk))
        # In English news another script must hold most of a paragraph's letters (a name in Cyrillic inside an
        # English sentence stays English); in other news a third is enough (a Latin name or URL beside Han).
        script = _script_language(chunk, letters // 2 if article == "en" else letters // 3)
        if script is not None:
            same_family = _SCRIPT_FAMILY.get(script) == _SCRIPT_FAMILY.get(article)
            # (within a family only letters the other language lacks switch: a Russian quotation in Ukrainian news)
            out.append(script if not same_family or _only_in(script, chunk) else article)
        elif letters < _MIN_LETTERS:
            out.append(article)
        elif _looks_english(chunk):
            out.append("en")
        else:
            out.append(article)  # Latin letters in another article's paragraph: names, links, captions
    return out


# Languages told apart from the others by their script; pairs sharing one (ru/uk, ar/fa, zh/ja) are split by
# the letters only one of them uses.
_SCRIPT_FAMILY = {"ru": "cyrillic", "uk": "cyrillic", "ar": "arabic", "fa": "arabic", "zh": "han", "ja": "han", "ko": "hangul"}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_PERSIAN = re.compile(r"[پچژگیک]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u9fff]")


def _script_language(chunk: str, enough: int) -> str | None:
    """The language a paragraph's script says, where `enough` of its letters are in one non-Latin script."""
    half = max(1, enough)
    if len(_HANGUL.findall(chunk)) >= half:
        return "ko"
    kana, han = len(_KANA.findall(chunk)), len(_HAN.findall(chunk))
    if kana + han >= half:
        return "ja" if kana else "zh"
    if len(_ARABIC.findall(chunk)) >= half:
        return "fa" if _PERSIAN.search(chunk) else "ar"
    if len(_CYRILLIC.findall(chunk)) >= half:
        return "uk" if _UKRAINIAN.search(chunk) else "ru"
    return None


_RUSSIAN_ONLY = re.compile(r"[ыэъЫЭЪ]")
_NO_UKRAINIAN_LETTERS = 40


def _only_in(language: str, chunk: str) -> bool:
    """Whether `chunk` holds letters that only `language` of its script family writes."""
    if language == "ru":  # (Ukrainian writes і, ї or є in almost any forty letters)
        return not _UKRAINIAN.search(chunk) and (
            bool(_RUSSIAN_ONLY.search(chunk)) or len(_CYRILLIC.findall(chunk)) >= _NO_UKRAINIAN_LETTERS
        )
    if language == "uk":
        return bool(_UKRAINIAN.search(chunk)) and not _RUSSIAN_ONLY.search(chunk)
    if language == "ja":
        return bool(_KANA.search(chunk))
    if language == "fa":
        return bool(_PERSIAN_ONLY.search(chunk))
    return False


_PERSIAN_ONLY = re.compile(r"[پچژگ]")
_DATELINE = re.compile(r"date\s+\S+\s*")


def _strip_dateline(text: str) -> str:
    """The head of `text` without the leading `date YYYY-MM-DD` the input format carries."""
    match = _DATELINE.match(text)
    start = match.end() if match else 0
    return text[start : start + _SAMPLE]
