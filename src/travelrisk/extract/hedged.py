"""Statements a sentence reports as not made: asked about, denied, called false, only considered, refused,
talked about, or asked of a government by others.

"Asked whether Germany would issue a travel warning", "neither Britain nor the US has asked", "denied reports that
the embassy had closed", "rumours that Poland had closed its border were false", "is considering raising its
advisory": what follows in the same clause (up to a comma, semicolon or colon) states no fact. The English readers
of advice, borders and missions all ask here, so the three agree (the other languages' readers have their own
`negation` vocabulary).

"Refused to reopen its border", "talks on reopening the embassy" (`not_done`) and, for borders and missions,
"urged Niger to reopen", "despite calls to close it" (`asked=True`): what the words right after them say is not done.
(Advice itself is asked of people — "urged its citizens to leave" — so its reader does not ask about the last kind.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from travelrisk.extract.anchored import Anchored
from travelrisk.geo.countries import scan

_I = re.IGNORECASE
# What a report is called when it is denied
_CALLED_FALSE = r"(?:false|untrue|baseless|fake|unfounded|fabricated|wrong)"
_UNSTATED = Anchored(re.compile(
    r"\bwhether\b|\bneither\s+[^.;,]{0,60}?\bnor\b|"  # ("Neither Britain nor the US has asked its citizens to leave")
    # ("We have seen no announcement that any of these crossings has reopened")
    r"\bno\s+(?:\w+\s+)?(?:announcement|sign|indication|word|report|confirmation|evidence)s?\s+(?:yet\s+)?that\b|"
    # ("I'm not aware of any decision by Cameroon to close its border")
    r"\b(?:not|n[’']t)\s+aware\s+of\s+(?:any|a)\s+(?:\w+\s+){0,2}?(?:decisions?|plans?|moves?|orders?|instructions?|requests?)\b|"
    # ("dismissed a local newspaper report that ...", "dismissed posts on social media claiming ...")
    r"\b(?:den(?:y|ies|ied|ying)|dismiss\w*|rejected)\s+(?:\w+\s+){0,3}?(?:reports?|rumou?rs?|claims?|posts?|speculation|"
    r"suggestions?|accounts?|(?:voice\s+)?notes?|messages?|videos?|recordings?)\b|"
    # "The Kremlin has denied that it intends to close ...", "None of the five tells its citizens ... to leave"
    r"\bden(?:y|ies|ied|ying)\s+that\b|^\W*(?:none|neither)\s+of\s+(?:the|them|these|those)\b|"
    # (a correction: "The article said Kyrgyzstan had closed its border with Kazakhstan. That was wrong.")
    # ("Our travel page on 20 August said that ...", "A photo caption on page 6 on Monday described ...")
    # ("Finally, the report said that ...", "The report also said that ...")
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:(?:finally|also|further|furthermore|lastly|moreover|in\s+addition),\s+)?"
    r"(?:the|our|an?)\s+(?:original\s+|earlier\s+)?(?:[\w-]+\s+)?(?:article|story|report|page|item|"
    r"caption|headline)\b(?:\s+(?:on|in|of)\s+(?:page\s+\d+|\d{1,2}\s+\w+|\w+day)){0,2}\s+(?:had\s+)?(?:also\s+)?"
    r"(?:said|stated|reported|claimed|described)\b|"
    # ("a caption on a photograph ... suggested that the river crossing ... had been closed": what a correction withdraws)
    r"\b(?:an?|the|our)\s+caption\b[^.;]{0,80}?\b(?:suggested|said|stated|claimed|described)\b|"
    # ("An earlier online version said the Dominican Republic had closed ...", "an earlier version of this post said")
    r"\b(?:an?|the)\s+(?:earlier|previous|original)\s+(?:online\s+|print\s+)?(?:version|edition)\b[^.;]{0,40}?\b"
    r"(?:said|stated|reported|claimed|wrongly|incorrectly)\b|"
    # ("Our inbox exploded last week with messages saying Thailand was about to close the border")
    r"\b(?:messages?|posts?|rumou?rs?|videos?|reports?\s+on\s+social\s+media)\s+(?:\w+\s+){0,2}?(?:saying|suggesting|alleging)\b|"
    # ("and that no one would be asked to leave": the advice denied)
    r"\b(?:no\s+one|nobody)\s+(?:[\w-]+\s+){0,3}?(?:would|will|is|was|were|had|has|should)\s+(?:be\s+|been\s+)?"
    r"(?=(?:asked|told|ordered|forced|required|made|advised)\s+to\b)|"
    # ("It is unclear when, or whether, Niamey will reopen the crossing")
    r"\b(?:when|if|how\s+soon),?\s+or\s+(?:even\s+)?whether\b,?|"
    # ("Neither had changed its advice for Thailand")
    r"^\W*neither\s+(?:has|had|have|did|was|is|would|will)\b|"
    # ("Reports on social media that India had sealed the land port were dismissed by the Border Security Force")
    r"\b(?:rumou?rs?|reports?|claims?)\s+(?:[\w-]+\s+){0,6}?that\b(?=[^.;]{0,160}?\b(?:were|was|are|is|have\s+been|has\s+been)\s+"
    r"(?:false|untrue|baseless|fake|unfounded|dismissed|denied|rejected|refuted|debunked)\b)|"
    # "There are reports that Uganda is about to close its border", "rumours that Costa Rica would close its border
    # too", 'an article under the headline "Chile shuts Chacalluta crossing"': hearsay or a quoted headline, no
    # statement (the other languages' readers hold a rumour for no statement too: "слухи", "plotki", "噂")
    r"\bthere\s+(?:are|were|have\s+been|had\s+been)\s+(?:\w+\s+){0,2}?(?:reports?|rumou?rs?|claims?)\s+(?:\w+\s+){0,3}?that\b|"
    r"\brumou?rs?\s+(?:\w+\s+){0,4}?(?:that|of)\b|\bunder\s+the\s+headlines?\b|"
    # ("Posts circulating on Weibo claimed that China had told its citizens to leave": hearsay, no statement)
    # ("A video shared more than 40,000 times ... claims that", "The caption adds that")
    r"\b(?:posts?|messages?|screenshots?|videos?|clips?|rumou?rs?|voice\s+notes?|recordings?)\b[^.;]{0,100}?\bclaim(?:ed|s|ing)?\b|"
    r"\b(?:the|its|their)\s+(?:post|video|caption|message)\s+(?:adds|added|says|said|goes\s+on)\b|"
    # ("a measure that stops short of closing any crossings", "knew nothing about any plan to close the borders")
    # ('That\'s a world away from "leave now"', "a far cry from a travel ban"): the words compared against, not said
    r"\bstop(?:s|ped|ping)?\s+short\s+of\b|\b(?:a\s+world\s+away|a\s+(?:far\s+)?cry|a\s+long\s+way)\s+from\b|\b(?:knew|knows|know)\s+nothing\s+(?:about|of)\b|"
    r"\b(?:quash|debunk|counter|refute)\w*\s+(?:\w+\s+){0,3}?(?:claims?|rumou?rs?|reports?)\b|"
    # ('calls reports that the US embassy was being evacuated "false"')
    r"\bcall(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:rumou?rs?|reports?|claims?)\s+that\b(?=[^.;]{0,160}?[\s\"“‘']"
    + _CALLED_FALSE
    + r"\b)|"
    # ('has called "fabricated" reports circulating online that the US embassy ... was being evacuated')
    r"\bcall(?:s|ed|ing)?\s+[\"“‘']?" + _CALLED_FALSE + r"[\"”’']?\s+(?:\w+\s+){0,2}?(?:rumou?rs?|reports?|claims?)\b|"
    # "Suppose the State Department moved Jamaica to Level 4 tomorrow.", "Or imagine Britain's Foreign Office ...": a
    # case made up; "An earlier version of this story said ...": a claim withdrawn
    r"^\W*(?:or\s+|and\s+|now\s+)?(?:suppose|imagine|picture)\b|\bearlier\s+version\s+of\s+this\s+(?:story|article|report)\b|"
    # ("Or Canada telling its citizens to avoid ...": one more case of a list of them, with no verb of its own)
    r"^\W*Or\s+(?:[\w’'.-]+\s+){1,4}?(?:telling|advising|urging|warning|raising|moving|putting|ordering|closing)\b",
    _I,
))
# (not the bare "consider", which advice itself says: "to consider leaving as soon as possible")
_CONSIDERED = Anchored(re.compile(r"\b(?:consider(?:s|ed|ing)|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?)\b", _I))
# (not a comma inside a list of names: "claimed that China, South Korea and India had told ...")
_CLAUSE_END = re.compile(r"[;:]|,(?!\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*(?:,|\band\b|\bor\b))")


def unstated(text: str, at: int, *, considered: bool = False) -> bool:
    """Whether what is said at `at` follows, in its clause, a question, a denial or (with `considered`) a
    government's weighing of it."""
    for end, weighing in _hedges(text):
        if end > at:
            break
        if (considered or not weighing) and not _CLAUSE_END.search(text, end, at):
            return True
    return False


@lru_cache(maxsize=8)  # each reader asks about the same sentence
def _hedges(text: str) -> tuple[tuple[int, bool], ...]:
    """(end, whether it is a government's weighing) of each hedge, in text order (the whole text is searched:
    "rumours that ... were false" looks past the statement)."""
    found = [(m.end(), False) for m in _UNSTATED.finditer(text)] + [(m.end(), True) for m in _CONSIDERED.finditer(text)]
    return tuple(sorted(found))


# ('had "no plans" to close its side of the border or to restrict entry': the second act denied too)
# ("has advised countries against closing borders or restricting travel": the second act advised against too)
_NO_PLANS_OR = re.compile(
    r"(?:\bno\s+(?:immediate\s+|current\s+)?plans?[\"”’']?\s+to|\b(?:advis|warn|urg|recommend|caution)\w*\s+"
    r"(?:[\w-]+\s+){0,3}?against)\s+[^.;]{0,80}?\s+or\s+(?:to\s+)?$",
    _I,
)
# "there was no word on when the land frontiers with A, B and C would reopen": a time not known, nothing done
_WHEN_UNKNOWN = Anchored(re.compile(
    r"\b(?:no\s+word|(?:not|un)\s*clear|(?:did|does|would)\s+not\s+say|(?:did|does|would)n[’']t\s+say|no\s+indication)\s+"
    r"(?:on\s+|about\s+|as\s+to\s+)?(?:when|whether|if)\s+[^.;]{0,100}?\s+(?:would|will|could|might)\s+(?:\w+\s+)?$",
    _I,
))
_REFUSED_OR_TALKED = Anchored(re.compile(
    r"\b(?:refus\w*|declin\w*|balk\w*)\s+to\s+(?:\w+\s+)?$|"
    # "their governments had not told them to stay away": the advice was not given
    r"\b(?:not|never)\s+(?:told|asked|advised|urged|warned|ordered)\s+(?:\w+\s+){0,2}?to\s+$|"
    # "too early to discuss reopening", "had no immediate plans to resume operations": not done
    r"\btoo\s+(?:early|soon)\s+to\s+(?:\w+\s+){0,2}?$|\bno\s+(?:immediate\s+|current\s+)?plans?[\"”’']?\s+to\s+(?:\w+\s+)?$|"
    # "gave no date for reopening the land crossings", "security reasons for not reopening the border"
    r"\bno\s+(?:\w+\s+)?(?:date|timeline|timetable|time\s*frame|deadline)\s+(?:for|on)\s+(?:the\s+)?$|\b(?:for|of|about|by)\s+not\s+$|"
    # ("no order to close it had been issued")
    r"\bno\s+(?:\w+\s+)?(?:orders?|instructions?)\s+to\s+$|"
    # ('"no decisions" had been taken on closing the borders')
    r"\bno\s+decisions?[\"”’']?\s+(?:\w+\s+){0,3}?(?:on|about)\s+$|"
    # "waiting for the border to reopen": not yet done
    r"\bwait(?:s|ed|ing)?\s+for\s+(?:[\w-]+\s+){1,4}?to\s+(?:\w+\s+)?$|"
    r"\b(?:talks|negotiations|discussions|consultations|proposals?|debate)\s+(?:on|about|over|regarding)\s+(?:\w+\s+)?$|"
    # "shelved its plan to reopen", "has put on hold its plan to reopen": a plan dropped, nothing done
    r"\b(?:shelv|postpon|scrapp|abandon|delay|freez|froze|put\s+on\s+hold|puts\s+on\s+hold|putting\s+on\s+hold)\w*\s+"
    r"(?:its\s+|their\s+|the\s+|a\s+)?(?:[\w-]+\s+)?(?:plans?|decision|proposal|bid)\s+to\s+(?:\w+\s+)?$|"
    # "was to be reopened in phases": a plan told in the past, not a fact
    r"\b(?:was|were)\s+to\s+(?:have\s+)?(?:be\s+|been\s+)?$",
    _I,
))
# "is to reopen 'as soon as circumstances allow'": a time that has not come, nothing done yet
_ONCE_ALLOWED = re.compile(
    r"[\w-]+(?:\s+[\w-]+){0,5}?\s+[\"“‘']?(?:as\s+soon\s+as|once|when)\s+(?:the\s+)?(?:circumstances|conditions|security|situation)"
    r"(?:\s+(?:on\s+the\s+ground|there|conditions))?\s+(?:allow|allows|permit|permits)\b",
    _I,
)
_ASKED_OF_OTHERS = Anchored(re.compile(
    r"\b(?:press\w*|call\w*\s+(?:on|for|upon)|calls|urg\w*|demand\w*|push\w*|lobb\w*|appeal\w*|pressur\w*|request\w*|"
    r"ask\w*|plead\w*)\b[^.;]{0,60}?\bto\s+$|"
    # "demanded that Lithuania close its border": the act asked for in the subjunctive
    r"\b(?:demand|urg|request|ask|propos)\w*\s+that\s+[^.;,]{0,60}?\s+(?:should\s+|must\s+)?(?:be\s+)?$",
    _I,
))


def not_done(text: str, at: int, *, asked: bool = False, unless_a_government_asks: bool = False) -> bool:
    """Whether what is said at `at` is refused or only talked about ("refused to close its embassy", "talks on
    reopening the border") or, with `asked`, asked of a government by others ("urged Niger to reopen its border").
    With `unless_a_government_asks`, a government's demand stands for the act ("Venezuela called on Argentina to
    withdraw its diplomats" is an expulsion, which the annotation records as done; "Lawmakers urged the State
    Department to evacuate the embassy" is not)."""
    if (
        _REFUSED_OR_TALKED.search(text, max(0, at - 40), at)
        or _NO_PLANS_OR.search(text, max(0, at - 130), at)
        or _WHEN_UNKNOWN.search(text, max(0, at - 130), at)
        or _ONCE_ALLOWED.match(text, at)
    ):
        return True
    if not asked or (ask := _ASKED_OF_OTHERS.search(text, max(0, at - 80), at)) is None:
        return False
    return not (unless_a_government_asks and scan(text[: ask.start()]))
