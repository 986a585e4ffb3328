"""A sentence with its countries and their roles, and what the article has established so far."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from travelrisk.extract.roles import Actor
from travelrisk.geo.cities import mission_cities_in
from travelrisk.model import BorderEvent

# "... to Freetown": where people go, not where a mission stands
_DESTINATION_BEFORE = re.compile(r"\b(?:to|into|towards)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SentenceView:
    index: int
    start: int  # offsets into the article's original text
    end: int
    text: str
    actors: list[Actor]
    institutions: list[tuple[str, int, int]]  # (ISO2, start, end) relative to the sentence

    def naming_only(self, low: int, high: int) -> SentenceView:
        """The same sentence with only the mentions that start in [low, high): a clause's own actors."""
        return replace(
            self,
            actors=[a for a in self.actors if low <= a.start < high],
            institutions=[i for i in self.institutions if low <= i[1] < high],
        )

    def part(self, start: int, end: int) -> SentenceView:
        """The text from `start` to `end` as a sentence of its own, its mentions' offsets shifted. A part never starts
        inside a mention: a clause cut after "the" keeps "the Netherlands"."""
        start = min([a.start for a in self.actors if a.start < start < a.end], default=start)
        return SentenceView(
            index=self.index,
            start=self.start + start,
            end=self.start + end,
            text=self.text[start:end],
            actors=[replace(a, start=a.start - start, end=a.end - start) for a in self.actors if start <= a.start < end],
            institutions=[(c, b - start, e - start) for c, b, e in self.institutions if start <= b < end],
        )


# Sentences for which a government that only acted ("Brazil closed its border") still speaks for a statement that
# names nobody; one named by its institution speaks on (`ArticleContext.speaker_at` None).
SPEAKER_RECENT = 3


@dataclass
class ArticleContext:
    """Discourse state carried from sentence to sentence: who spoke last, which country is in focus."""

    published: dt.date | None = None
    issuer: str | None = None
    issuer_at: int = -10  # the sentence order where `issuer` last gave advice
    speaker: str | None = None  # the last government named acting ("the ministry" later refers to it)
    # the sentence order where it was named acting; None when named by its institution ("Here is what the State
    # Department says ..."), which speaks for the lines after it however many
    speaker_at: int | None = None
    prior_speaker: str | None = None  # the speaker before the sentence that named the current one
    prior_speaker_at: int | None = None  # where the prior speaker was named acting
    subject: str | None = None
    border_pair: tuple[str, str] | None = None
    border_at: int = -10  # the sentence order of the last border event
    mission_of: str | None = None
    mission_in: str | None = None
    mission_at: int = -10  # the sentence order of the last mission event
    # the government of a mission named with no event ("The British embassy in X has new paint"), by sentence order
    seat_owner: tuple[int, str] | None = None
    focus_counts: dict[str, int] = field(default_factory=dict)
    mission_group: list[str] = field(default_factory=list)  # the last list of missions' countries ("those nations")
    # the last list of three or more countries, by sentence order ("A, B, C and D severed ties ... the three Gulf states")
    listed: tuple[int, list[str]] = (-10, [])
    # the governments whose missions the last sentences closed, by sentence order ("The embassies reopened on Thursday")
    closed_missions: tuple[int, list[str]] = (-10, [])
    recent: list[str] = field(default_factory=list)  # countries named just before the sentence ("the two countries")
    # a headline's border events that name no side acting (`borders.settle_headline_sides`)
    headline_sides_guessed: list[BorderEvent] = field(default_factory=list)
    # a mission action whose governments were not named ("Several embassies have closed in X"): (sentence order,
    # actions, hosts), for a next sentence that names them
    unnamed_missions: tuple[int, list[Any], list[str]] | None = None
    # a line naming only a country ("Mexico" above "Risks: ..." and "Reason: ..."): (sentence order, country)
    heading: tuple[int, str] | None = None
    # the country of the place the story was filed from ("MANILA, Jan. 6 (PNA) --"): the government an unnamed
    # ministry speaks for when no other was named
    dateline: tuple[int, str] | None = None  # (sentence order, country)
    # the one government whose institution heads the page ("Ministry of External Affairs | Media Center"): whose
    # release or briefing it is, the "we" and "our embassy" of its lines
    house: str | None = None
    # the government whose foreign ministry or mission the page's first line names by its country ("NEW ZEALAND HIGH
    # COMMISSION, NUKU'ALOFA"): the giver of advice no sentence names a giver for
    publisher: str | None = None
    text: str = ""  # the article as read (for what a reader looks back on: `city_host_before`)

    def city_host_before(self, position: int, exclude: set[str]) -> str | None:
        """The country of the last city hosting missions named before `position` ("searching buildings in Port
        Vila"): where "the embassies ... in the building" of a sentence that names no place stand."""
        # (not where people were flown: "flying people out of its embassy compound ... by military helicopter to Freetown")
        found = [
            iso2
            for start, _e, iso2 in mission_cities_in(self.text, 0, position)
            if iso2 not in exclude and not _DESTINATION_BEFORE.search(self.text, max(0, start - 8), start)
        ]
        return found[-1] if found else None

    def hear(self, speaker: str | None, at: int | None) -> None:
        """A government named acting in sentence `at` (None: named by its institution, heard on) speaks now; the one
        before it is kept as the prior speaker."""
        self.prior_speaker, self.prior_speaker_at = self.speaker, self.speaker_at
        self.speaker, self.speaker_at = speaker, at

    def speaker_before(self, order: int) -> tuple[str | None, int | None]:
        """The speaker named before sentence `order`, and the sentence it was named acting in."""
        if self.speaker_at == order:
            return self.prior_speaker, self.prior_speaker_at
        return self.speaker, self.speaker_at

    def recent_speaker(self, order: int) -> str | None:
        """The speaker, if still heard at `order`: named by its institution, or acting within `SPEAKER_RECENT`."""
        if self.speaker_at is None or order - self.speaker_at <= SPEAKER_RECENT:
            return self.speaker
        return None

    def counted_group(self, phrase: str, order: int) -> list[str]:
        """The governments of "the three Gulf states", "all four": the last list of countries (in the sentence at
        `order` or the one before), when it or its members of that region number as many."""
        match = _COUNTED.search(phrase)
        return self.listed_group(match.group(1), match.group(2), order) if match else []

    def listed_group(self, count: str, region: str | None, order: int) -> list[str]:
        """The last list of countries (in the sentence at `order` or the one before), or its members of `region`,
        when they number `count` ("three", "4"); else none."""
        listed_at, listed = self.listed
        if not 0 <= order - listed_at <= 1:
            return []
        members = _REGION_MEMBERS.get((region or "").strip().lower())
        chosen = [c for c in listed if members is None or c in members]
        return chosen if len(chosen) == _COUNT_WORDS.get(count.lower(), 0) else []

    def main_country(self, exclude: set[str] | None = None) -> str | None:
        """The country the article talks about most (ties: first mentioned)."""
        ranked = self.main_countries(exclude)
        return ranked[0] if ranked else None

    def main_countries(self, exclude: set[str] | None = None) -> list[str]:
        """The countries the article talks about, most mentioned first (ties: first mentioned)."""
        exclude = exclude or set()
        return [c for c in sorted(self.focus_counts, key=lambda c: -self.focus_counts[c]) if c not in exclude]


# Regions a counted group is named by ("the three Gulf states"): their members, to pick them out of a longer list
_REGION_MEMBERS = {
    "gulf": {"SA", "AE", "BH", "KW", "OM", "QA"},
    "baltic": {"EE", "LV", "LT"},
    "nordic": {"DK", "FI", "IS", "NO", "SE"},
    "scandinavian": {"DK", "NO", "SE"},
}
_COUNTED = re.compile(
    r"\b(?:the\s+|these\s+|those\s+)?(two|three|four|five|six|\d)\s+(?:(gulf|baltic|nordic|scandinavian|\w+)\s+)?"
    r"(?:countries|governments|nations|states)\b",
    re.IGNORECASE,
)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6} | {str(n): n for n in range(2, 10)}


def reports_another(reporting: Mapping[int, Collection[str]], order: int, issuer: str) -> bool:
    """Whether the sentence at `order` reported border or mission events of other governments only (`reporting`:
    the governments that acted, by sentence order): its why is those events', not `issuer`'s advice's ("The French
    embassy was closed after protests" gives no reasons to Germany's advice)."""
    acted = reporting.get(order)
    return acted is not None and issuer not in acted
