"""The vocabulary of travel facts in each language the reader supports, one module per language.

Each module defines `VOCABULARY`: the phrases that state a directive (on the same strength scale as English:
leave > do not travel > reconsider > caution), a level, a lowering, a border action, a mission action, and the
small words the reader's language-independent logic needs (a place before a name, a cause, a denial). The
reader (`extract/vocabulary_reader.py`) is the same for every language; only this vocabulary differs. Patterns
are regular expressions matched case-insensitively within one sentence; word stems stand for inflected forms.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import cache

from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason


@dataclass(frozen=True)
class Vocabulary:
    language: str
    # Directive phrases, strongest first.
    directives: tuple[tuple[Directive, str], ...]
    # A travel warning named ("Reisewarnung", "предупреждение"): with a level it states an advisory.
    advisory: str
    # A level on a government's scale; group 1 is its number as written (digits or a word in `numbers`).
    level: str
    # A reduction of the advice ("lowered", "понизил").
    lowered: str
    # Border, crossing, checkpoint.
    border: str
    border_actions: tuple[tuple[BorderAction, str], ...]
    # Embassy, consulate, diplomatic mission, diplomats, embassy staff.
    mission: str
    mission_actions: tuple[tuple[MissionAction, str], ...]
    # Words right before a name that make it a place, not an actor ("in", "в", "à", "في").
    place_before: str
    # Where the reasons start ("because of", "из-за", "wegen"): names after it are causes, not subjects.
    cause: str
    # A denial or a negated action ("denied", "no plans to"): the sentence states no fact.
    negation: str
    # Others asking a government to act ("urged", "призвали", "wezwali", "fordert"): a border or mission action
    # after it is asked for, not done ("Фермеры призвали Польшу закрыть границу").
    asked: str = r"(?!x)x"
    # A negation right before a border or mission verb ("nie zamkną", "не закрыла", "n'a pas fermé"): not done.
    # (Not for advice: "не рекомендует поездки" is advice against travel.)
    not_before: str = r"(?!x)x"
    # Crossings counted: group 1 is the number ("two crossings", "два пункта пропуска").
    crossing_count: str = r"(?!x)x"
    numbers: dict[str, int] = field(default_factory=dict)
    # The government a foreign ministry named without its country usually is, in news written in this language.
    home: str | None = None
    # "Our" (first person plural) before a mission word: the home government's mission ("la nostra Ambasciata").
    ours: str = r"(?!x)x"
    # A mission named as the home government's own, matched over the mission word and a few characters before it:
    # "Hartum Büyükelçiliğimiz" (our embassy), "주수단 대사관" and "在スーダン大使館" (the embassy stationed in Sudan,
    # which the news of Korea and Japan write for their own; another's carries its country's name).
    home_mission: str = r"(?!x)x"
    # "Our citizens" ("vatandaşlarımız", "naszych obywateli"): a ministry speaking to the home country's people.
    our_citizens: str = r"(?!x)x"
    # Where one language is written at home by several governments: a word for "our people" that only one of them uses
    # ("國人" in Taiwan's news, "港人" in Hong Kong's), and that government's code.
    home_words: tuple[tuple[str, str], ...] = ()
    # "The country" named for the place the article is about ("quitter le pays", "das Land zu verlassen").
    the_country: str = r"(?!x)x"
    # A cause ended by its word, in a language that puts it before ("... saldırısının ardından"): the names from the
    # clause's start up to it are the cause's
    cause_after: str = r"(?!x)x"
    # "These countries" for the places of the advice just reported ("w tych krajach", "dans ces pays").
    these_countries: str = r"(?!x)x"
    # Words naming a government body ("ministry", "government", "border guard"): an unnamed speaker.
    institution: str = r"(?!x)x"
    reasons: tuple[tuple[Reason, str], ...] = ()
    # "similar advice", "the same recommendation": the last directive, given by the governments named here.
    similar: str = r"(?!x)x"
    # A rise of the advice ("raised", "повысил", "a relevé"): with a warning named, an advisory changed, its
    # directive unknown unless stated.
    raised: str = r"(?!x)x"
    # "The highest" beside a warning named ("die höchste Reisewarnstufe", "do najwyższego"): the top of the issuer's
    # scale (the level itself stays unknown, as in English).
    highest: str = r"(?!x)x"
    # "Among them ...": the governments behind advice a sentence before gave without naming them.
    among: str = r"(?!x)x"
    # Languages whose verb comes last (Korean, Japanese, Turkish) mark the actor after its name instead of by
    # position: the particles right after a government's name ("는", "は"). Unset: position decides.
    actor_after: str | None = None
    # The word before the other side of a border ("с", "z", "su", "mit", "avec", "con", "com"); "mutually".
    neighbour_before: str = r"(?!x)x"
    # The same marks written after the name, in languages with postpositions and case suffixes
    # (Turkish "Lübnan'a", Korean "러시아와", Japanese "イスラエルに").
    place_after: str = r"(?!x)x"
    neighbour_after: str = r"(?!x)x"
    # Words right after a name that make it describe another country's regions, not a place advised about
    # ("die an die Ukraine angrenzenden Regionen Russlands": the regions of Russia that border Ukraine).
    bordering_after: str = r"(?!x)x"
    # "Remains" or "still" right before "open": a state, not a reopening ("reste ouverte", "bleibt geöffnet").
    remains_before: str = r"(?!x)x"
    # The citizens a government addresses ("своих граждан", "Latvijas pilsoņus", "رعاياها"): the country named
    # beside them, like the one named beside a ministry, issues the advice wherever it stands in the sentence.
    citizens: str = r"(?!x)x"
    # A change of level, "from 3 to 2": the old level and the new one in its first two groups that match.
    level_change: str = r"(?!x)x"
    # Visas, sanctions and entry bans on named people: a sentence about them gives no travel advice.
    not_advice: str = r"(?!x)x"
    # Embassy staff and their families: told to leave, they make a mission event, not an advisory.
    staff: str = r"(?!x)x"
    mutual: str = r"(?!x)x"
    # Verb-final languages that mark no subject (Persian, Turkish): the state named first in the clause acts, not the one
    # nearest the verb.
    subject_first: bool = False
    # A name's locative case ending, in languages that say "in X" by the ending alone (Lithuanian "Pekine",
    # "Kinijoje"; Latvian "Maskavā"): a place.
    locative: str = r"(?!x)x"
    # "its own" before a mission or its staff ("su personal diplomático", "своих дипломатов"): the mission is the
    # subject's, not that of the country named right after it ("... de Argentina").
    own: str = r"(?!x)x"
    # The word before the agent of a passive ("évacuée par l'Espagne", "evacuada por España", "ewakuowana przez
    # Kanadę"): where a mission has no other owner, the government it names acted.
    agent: str = r"(?!x)x"
    # Advice about travel anywhere abroad ("weltweit", "à l'étranger", "за рубеж"): a statement with no place of its
    # own is worldwide advice.
    worldwide: str = r"(?!x)x"


@dataclass(frozen=True)
class Compiled:
    """A vocabulary's patterns compiled once."""

    vocabulary: Vocabulary
    directives: tuple[tuple[Directive, re.Pattern[str]], ...]
    advisory: re.Pattern[str]
    level: re.Pattern[str]
    lowered: re.Pattern[str]
    border: re.Pattern[str]
    border_actions: tuple[tuple[BorderAction, re.Pattern[str]], ...]
    mission: re.Pattern[str]
    mission_actions: tuple[tuple[MissionAction, re.Pattern[str]], ...]
    place_before: re.Pattern[str]
    cause: re.Pattern[str]
    cause_after: re.Pattern[str]
    negation: re.Pattern[str]
    asked: re.Pattern[str]
    not_before: re.Pattern[str]
    crossing_count: re.Pattern[str]
    institution: re.Pattern[str]
    reasons: tuple[tuple[Reason, re.Pattern[str]], ...]
    similar: re.Pattern[str]
    raised: re.Pattern[str]
    highest: re.Pattern[str]
    among: re.Pattern[str]
    actor_after: re.Pattern[str] | None
    neighbour_before: re.Pattern[str]
    place_after: re.Pattern[str]
    neighbour_after: re.Pattern[str]
    bordering_after: re.Pattern[str]
    locative: re.Pattern[str]
    remains_before: re.Pattern[str]
    citizens: re.Pattern[str]
    staff: re.Pattern[str]
    own: re.Pattern[str]
    ours: re.Pattern[str]
    home_mission: re.Pattern[str]
    our_citizens: re.Pattern[str]
    home_words: tuple[tuple[re.Pattern[str], str], ...]
    the_country: re.Pattern[str]
    these_countries: re.Pattern[str]
    not_advice: re.Pattern[str]
    level_change: re.Pattern[str]
    mutual: re.Pattern[str]
    worldwide: re.Pattern[str]
    agent: re.Pattern[str]

    def number(self, word: str) -> int | None:
        if word.isdigit():
            return int(word)
        return self.vocabulary.numbers.get(word.lower())


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Arabic and Persian copy may write short vowels and the shadda ("تجنّب السفر"): after every letter of a pattern
# they are allowed (not inside a lookbehind, which must keep its width)
_MARKS = "[\u064b-\u065f\u0670]*"
_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*,?\d*\})\??")


def _arabic(text: str) -> bool:
    return any("\u0620" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3" for ch in text)


def _c_marked(pattern: str) -> re.Pattern[str]:
    return re.compile(_marks_allowed(pattern), re.IGNORECASE)


def _marks_allowed(pattern: str) -> str:
    out: list[str] = []
    groups: list[bool] = []  # for each open group: whether it is a lookbehind
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[":
            end = i + 1
            while end < len(pattern) and (pattern[end] != "]" or end == i + 1):
                end += 2 if pattern[end] == "\\" else 1
            atom, i = pattern[i : end + 1], end + 1
        elif ch == "(":
            groups.append(pattern.startswith(("(?<=", "(?<!"), i))
            out.append(ch)
            i += 1
            continue
        elif ch == ")":
            if groups:
                groups.pop()
            out.append(ch)
            i += 1
            continue
        else:
            atom, i = ch, i + 1
        out.append(atom)
        if _arabic(atom) and not any(groups):
            if quantifier := _QUANTIFIER.match(pattern, i):
                out.append(quantifier.group())
                i = quantifier.end()
            out.append(_MARKS)
    return "".join(out)


LANGUAGES = ("ru", "uk", "pl", "lt", "lv", "de", "fr", "es", "pt", "it", "ar", "fa", "tr", "zh", "ja", "ko")


@cache
def vocabulary(language: str) -> Compiled | None:
    """The compiled vocabulary of `language` (ISO 639-1), or None when the reader has none for it."""
    if language not in LANGUAGES:
        return None
    try:
        module = importlib.import_module(f"travelrisk.model.vocabulary.{language}")
    except ModuleNotFoundError:
        return None
    v: Vocabulary = module.VOCABULARY
    c = _c_marked if language in ("ar", "fa") else _c
    return Compiled(
        vocabulary=v,
        directives=tuple((d, c(p)) for d, p in v.directives),
        advisory=c(v.advisory),
        level=c(v.level),
        lowered=c(v.lowered),
        border=c(v.border),
        border_actions=tuple((a, c(p)) for a, p in v.border_actions),
        mission=c(v.mission),
        mission_actions=tuple((a, c(p)) for a, p in v.mission_actions),
        place_before=c(r"(?:" + v.place_before + r")\s*$"),
        cause=c(v.cause),
        cause_after=c(v.cause_after),
        negation=c(v.negation),
        asked=c(v.asked),
        not_before=c(r"(?:" + v.not_before + r")\s*(?:\S+\s+)?$"),
        crossing_count=c(v.crossing_count),
        institution=c(v.institution),
        reasons=tuple((r, c(p)) for r, p in v.reasons),
        similar=c(v.similar),
        raised=c(v.raised),
        highest=c(v.highest),
        among=c(v.among),
        neighbour_before=c(r"(?:" + v.neighbour_before + r")\s*$"),
        mutual=c(v.mutual),
        worldwide=c(v.worldwide),
        agent=c(v.agent),
        place_after=c(v.place_after),
        neighbour_after=c(v.neighbour_after),
        bordering_after=c(v.bordering_after),
        locative=c(r"(?:" + v.locative + r")$"),
        remains_before=c(r"(?:" + v.remains_before + r")\s*$"),
        citizens=c(v.citizens),
        staff=c(v.staff),
        own=c(v.own),
        ours=c(r"(?:" + v.ours + r")\s+(?:\w+\s+)?$"),
        home_mission=c(v.home_mission),
        our_citizens=c(v.our_citizens),
        home_words=tuple((c(p), iso2) for p, iso2 in v.home_words),
        the_country=c(v.the_country),
        these_countries=c(v.these_countries),
        not_advice=c(v.not_advice),
        level_change=c(v.level_change),
        actor_after=re.compile(r"(?:" + v.actor_after + r")") if v.actor_after else None,
    )
