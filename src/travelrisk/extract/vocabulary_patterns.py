"""Each language's vocabulary (`model.vocabulary`) compiled once for the reader.

The patterns are anchored (`extract.anchored`) in a registry of their language: each is tried only where one of its
leading words occurs in a sentence, so the long alternations of word stems cost a pass of one automaton per sentence,
not a scan each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from travelrisk.extract.anchored import MARKS, Anchored
from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason
from travelrisk.model.vocabulary import Vocabulary, load


@dataclass(frozen=True)
class Compiled:
    """A vocabulary's patterns compiled once."""

    vocabulary: Vocabulary
    directives: tuple[tuple[Directive, Anchored], ...]
    advisory: Anchored
    level: Anchored
    lowered: Anchored
    border: Anchored
    border_actions: tuple[tuple[BorderAction, Anchored], ...]
    mission: Anchored
    mission_actions: tuple[tuple[MissionAction, Anchored], ...]
    place_before: Anchored
    cause: Anchored
    cause_after: Anchored
    negation: Anchored
    asked: Anchored
    not_before: Anchored
    not_in_clause: re.Pattern[str]  # `not_before`'s words anywhere (`not_before` ends where the verb starts)
    crossing_count: Anchored
    institution: Anchored
    reasons: tuple[tuple[Reason, Anchored], ...]
    similar: Anchored
    covers: Anchored
    goes_on: Anchored
    raised: Anchored
    highest: Anchored
    among: Anchored
    unnamed_states: Anchored
    clause_subject_after: Anchored
    topic_institution: Anchored
    actor_after: Anchored | None
    clause_too_after: Anchored | None
    neighbour_before: Anchored
    neighbour_list: Anchored
    place_after: Anchored
    neighbour_after: Anchored
    bordering_after: Anchored
    vehicle_after: Anchored
    finite_verb: Anchored
    locative: Anchored
    remains_before: Anchored
    citizens: Anchored
    staff: Anchored
    families: Anchored
    own: Anchored
    ours: Anchored
    home_mission: Anchored
    our_citizens: Anchored
    home_words: tuple[tuple[Anchored, str], ...]
    the_country: Anchored
    these_countries: Anchored
    not_advice: Anchored
    level_change: Anchored
    mutual: Anchored
    worldwide: Anchored
    agent: Anchored

    def number(self, word: str) -> int | None:
        if word.isdigit():
            return int(word)
        return self.vocabulary.numbers.get(word.lower())


# Arabic and Persian copy may write short vowels and the shadda ("تجنّب السفر"): after every letter of a pattern
# they are allowed (not inside a lookbehind, which must keep its width)
_MARKS = f"[{MARKS}]*"
_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*,?\d*\})\??")


def _arabic(text: str) -> bool:
    return any("\u0620" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3" for ch in text)


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


# The US scale's names quoted in English inside news of any language ("auf die höchste Stufe 4 («Do Not Travel»)"):
# written once, beside each language's own words for the same strength (their first words lead the search: a quote
# mark before them would leave every directive pattern unanchored)
_QUOTED_ENGLISH = {
    Directive.DO_NOT_TRAVEL: r"\bDo\s+Not\s+Travel\b",
    Directive.RECONSIDER_TRAVEL: r"\bReconsider\s+Travel\b",
    Directive.INCREASED_CAUTION: r"\bExercise\s+Increased\s+Caution\b",
}


@cache
def vocabulary(language: str) -> Compiled | None:
    """The compiled vocabulary of `language` (ISO 639-1), or None when the reader has none for it."""
    v = load(language)
    if v is None:
        return None
    marked = language in ("ar", "fa")

    def c(pattern: str) -> Anchored:
        return Anchored(re.compile(_marks_allowed(pattern) if marked else pattern, re.IGNORECASE), language=language)

    return Compiled(
        vocabulary=v,
        directives=tuple((d, c(p + "|" + _QUOTED_ENGLISH[d] if d in _QUOTED_ENGLISH else p)) for d, p in v.directives),
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
        not_before=c(r"(?:" + v.not_before + r")\s*(?:\S+\s+){0,2}$"),
        not_in_clause=re.compile(v.not_before, re.IGNORECASE),
        crossing_count=c(v.crossing_count),
        institution=c(v.institution),
        reasons=tuple((r, c(p)) for r, p in v.reasons),
        similar=c(v.similar),
        covers=c(v.covers),
        goes_on=c(r"^\W*(?:" + v.goes_on + r")\b"),
        raised=c(v.raised),
        highest=c(v.highest),
        among=c(v.among),
        unnamed_states=c(v.unnamed_states),
        clause_subject_after=c(v.clause_subject_after),
        topic_institution=c(v.topic_institution),
        neighbour_before=c(r"(?:" + v.neighbour_before + r")\s*$"),
        # "avec cinq pays voisins : l'Algérie, ...", "zu fünf Nachbarstaaten wieder – Algerien, ...": a list of the
        # other sides a colon or a dash opens
        neighbour_list=c(r"(?:" + v.neighbour_before + r")\s+(?:\w+\s+){0,3}\w+\s*[:–—]\s*(?:\w{1,3}\s+|\w['’]\s*)?$"),
        mutual=c(v.mutual),
        worldwide=c(v.worldwide),
        agent=c(v.agent),
        place_after=c(v.place_after),
        neighbour_after=c(v.neighbour_after),
        bordering_after=c(v.bordering_after),
        vehicle_after=c(v.vehicle_after),
        finite_verb=c(v.finite_verb),
        locative=c(r"(?:" + v.locative + r")$"),
        remains_before=c(r"(?:" + v.remains_before + r")\s*$"),
        citizens=c(v.citizens),
        staff=c(v.staff),
        families=c(v.families),
        own=c(v.own),
        ours=c(r"(?:" + v.ours + r")\s+(?:\w+\s+)?$"),
        home_mission=c(v.home_mission),
        our_citizens=c(v.our_citizens),
        home_words=tuple((c(p), iso2) for p, iso2 in v.home_words),
        the_country=c(v.the_country),
        these_countries=c(v.these_countries),
        not_advice=c(v.not_advice),
        level_change=c(v.level_change),
        actor_after=Anchored(re.compile(r"(?:" + v.actor_after + r")"), language=language) if v.actor_after else None,
        clause_too_after=c(v.clause_too_after) if v.clause_too_after else None,
    )
