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

_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|to|in|is|was|for|that|said|with|on)\b")
# On the development articles English prose has >= 0.12 of its words among these, the other languages <= 0.04.
_ENGLISH_SHARE = 0.09
_SAMPLE = 2000  # characters looked at: the head of an article is enough and keeps the check constant-time
# Runs of letters in the scripts of the other supported languages (Cyrillic, Arabic, kana, CJK, Hangul).
_OTHER_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{3,}")
_MIN_LETTERS = 30  # shorter paragraphs (datelines, captions) take the article's language


def _looks_english(sample: str) -> bool:
    words = sample.split()
    # At least three of them: one "in" or "on" in a short German or French line proves nothing.
    return len(_ENGLISH_WORDS.findall(sample)) >= max(3, _ENGLISH_SHARE * len(words))


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # imported on first use: ~2 s to load

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    identifier.set_languages(list(SUPPORTED))
    return identifier


def _classify(sample: str) -> str:
    language, _score = _identifier().classify(sample)
    return str(language)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language most of `text` is written in (one of SUPPORTED)."""
    sample = _strip_dateline(text)[:_SAMPLE]
    if _looks_english(sample):
        return "en"
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS and not _OTHER_SCRIPT.search(sample):
        return "en"  # too little Latin text to tell; the English reader finds nothing in it either way
    return _classify(sample)


def other_script(text: str) -> bool:
    """Whether `text` holds a word in the script of another supported language (one scan in C)."""
    return _OTHER_SCRIPT.search(text) is not None


def paragraph_languages(text: str, spans: list[tuple[int, int]], article: str) -> list[str]:
    """The language of each paragraph span of `text`. An English article is only looked at where a paragraph
    is mostly in another script ("На русском языке: ..." lines beside English copy); short paragraphs take the
    article's language."""
    if article == "en" and not _OTHER_SCRIPT.search(text):
        return ["en"] * len(spans)  # the common case, decided by one scan in C
    out: list[str] = []
    for start, end in spans:
        chunk = text[start : min(end, start + _SAMPLE)]
        letters = sum(ch.isalpha() for ch in chunk)
        if letters < _MIN_LETTERS:
            out.append(article)
        elif article == "en":
            foreign = sum(len(run) for run in _OTHER_SCRIPT.findall(chunk))
            out.append(_classify(chunk) if foreign > 0.5 * letters else "en")
        elif _looks_english(chunk):
            out.append("en")
        else:
            out.append(_classify(chunk))
    return out


def _strip_dateline(text: str) -> str:
    """Without the leading `date YYYY-MM-DD` the input format carries."""
    return re.sub(r"^date\s+\S+\s*", "", text, count=1)
