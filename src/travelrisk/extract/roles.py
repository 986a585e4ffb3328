"""Who is who in a sentence: governments that act, citizens they address, places they talk about.

Each country mention gets a role from the words around it (no parser: this runs on every sentence of a
news wire). The rules are about English news grammar in general, not about particular articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from travelrisk.extract.anchored import Anchored
from travelrisk.geo.countries import Mention


class Role(StrEnum):
    GOVERNMENT = "government"  # "Italy's foreign ministry", "the US Embassy", "Washington ordered"
    AGENT = "agent"  # a country acting as the grammatical subject: "Lithuania closed ..."
    CITIZENS = "citizens"  # "Americans", "British nationals", "citizens of India"
    PLACE = "place"  # "in Belarus", "to Iran", "leave Russia", "the Kabul embassy"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Actor:
    """A country mention inside one sentence, with offsets relative to the sentence, and its role."""

    iso2: str
    start: int
    end: int
    kind: str
    surface: str
    role: Role


# Named institutions that say which government speaks without naming the country.
INSTITUTIONS: list[tuple[str, re.Pattern[str]]] = [
    (
        "US",
        re.compile(
            # (not Britain's "Secretary of State for Foreign and Commonwealth Affairs")
            r"\b(?:State\s+Department|Department\s+of\s+State|Secretary\s+of\s+State(?!\s+for\b)|"
            r"Smart\s+Traveler\s+Enrollment|STEP\b|Foggy\s+Bottom)"
        ),
    ),
    (
        "GB",
        re.compile(
            r"\b(?:Foreign\s+(?:and|&)\s+Commonwealth\s+Office|Foreign,\s+Commonwealth\s+(?:and|&)\s+"
            r"Development\s+Office|FCDO|FCO|Foreign\s+Office|Foreign\s+Secretary|Whitehall|"
            r"Downing\s+Street|Foreign\s+(?:and|&)\s+Commonwealth\s+Affairs|Foreign,\s+Commonwealth\s+(?:and|&)\s+"
            r"Development\s+Affairs)\b"
        ),
    ),
    ("CA", re.compile(r"\bGlobal\s+Affairs\s+Canada\b|\bGAC\b")),
    ("CH", re.compile(r"\bFDFA\b|\bSwiss\s+Federal\s+Department\s+of\s+Foreign\s+Affairs\b")),
    ("AU", re.compile(r"\b(?:DFAT|Smartraveller|Department\s+of\s+Foreign\s+Affairs\s+and\s+Trade)\b")),
    ("NZ", re.compile(r"\b(?:MFAT|SafeTravel|Ministry\s+of\s+Foreign\s+Affairs\s+and\s+Trade)\b")),
    (
        "IN",
        re.compile(
            r"\b(?:MEA|Ministry\s+of\s+External\s+Affairs|External\s+Affairs\s+Ministry|"
            r"External\s+Affairs\s+Minister)\b"
        ),
    ),
    ("DE", re.compile(r"\b(?:Auswärtiges\s+Amt|Federal\s+Foreign\s+Office)\b")),
    ("FR", re.compile(r"\b(?:Quai\s+d[’']Orsay)\b")),
    ("IT", re.compile(r"\bFarnesina\b")),
    ("RU", re.compile(r"\bRosturizm\b")),
    ("ZA", re.compile(r"\bDIRCO\b|\bDepartment\s+of\s+International\s+Relations\s+and\s+Cooperation\b")),
    ("BR", re.compile(r"\bItamaraty\b")),
    # foreign ministries called by where they sit, as their press calls them
    ("MY", re.compile(r"\bWisma\s+Putra\b")),
    ("IN", re.compile(r"\bSouth\s+Block\b")),
    ("JP", re.compile(r"\b(?:Gaimusho|Kasumigaseki)\b")),
    ("ID", re.compile(r"\bPejambon\b")),
    ("RU", re.compile(r"\bSmolenskaya\s+Square\b")),
    ("AT", re.compile(r"\bBallhausplatz\b")),
]

_DESCRIBED_AS_RELATION = re.compile(
    r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:ally|allies|neighbou?r|partner|rival|foe|enemy|backer|patron|friend|proxy)\b", re.I
)
_GOVERNMENT_AFTER = re.compile(
    r"^(?:[’']s?)?\s+(?:(?:new|own|top|chief|caretaker|interim|federal|national|senior|security|military|border|government)\s+)?"
    r"(?:foreign|external(?:\s+affairs)?|state(?!\s+of\b)|interior|defen[cs]e|home|prime|deputy|"
    r"government|embassy|embassies|consulate|consular|mission|missions|high\s+commission|authorities|"
    r"administration|ministry|ministries|cabinet|president|presidency|leader|officials|diplomats|diplomatic|"
    r"national\s+security|security\s+council|department|mfa|parliament|army|military|armed\s+forces|"
    # ("Washington's scale", "the United States' four-level scale")
    r"(?:(?<=[’']s\s)|(?<=^[’']\s))(?:[\w-]+\s+){0,2}list|(?:[\w-]+\s+){0,2}?scale|"
    # ("while Canada's travel advisory tells Canadians ...": whose advice it is)
    r"(?:(?<=[’']s\s)|(?<=^[’']\s))(?:current\s+|latest\s+|own\s+|updated\s+)?(?:travel\s+)?(?:advisory|advice)\s+(?:tells|urges|advises|says|warns|asks|recommends)|"
    r"border\s+guards?|border\s+(?:service|agency|police)|(?:migration|immigration|customs)\s+(?:agency|authorit\w+|"
    r"service|office|department)|police|king|minister|chancellor|premier|"
    # ("New Zealand's SafeTravel has put ...": a government's travel-advice service by its name)
    r"safetravel|safe\s+travel|smartraveller|dfat|mfat|fcdo|fco|gac|mea|farnesina|"
    r"government'?s?)\b",
    re.IGNORECASE,
)
# A country's possessive before one of its institutions named above ("Malaysia's Wisma Putra told ...")
_NAMED_INSTITUTION_AFTER = re.compile(r"^[’']s\s+(?:" + "|".join(pattern.pattern for _iso2, pattern in INSTITUTIONS) + ")")
_GOVERNMENT_BEFORE = re.compile(
    r"\b(?:embassy|embassies|consulate|ministry|governments?|authorities|mission|president|minister|"
    r"prime\s+minister|foreign\s+ministry|foreign\s+minister|(?:the\s+)?people|MFA|MID|foreign\s+office|"
    # "the Ministry of Foreign Affairs of Vietnam", "the Department of Foreign Affairs and Trade of Australia", "the
    # Ministry for Foreign Affairs of Finland"
    r"(?:ministry|department|minister|secretary)\s+(?:of|for)\s+(?:[\w,]+\s+){0,4}?(?:affairs|relations|trade))\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A dateline: a place in capitals ("KHARTOUM —", "BOGOTA, Colombia (AP) —") or one with the agency ("Kyiv (Wire) -").
DATELINE = re.compile(
    # ("BEIJING, Aug. 30 (Kyodo) --", "MANILA, Jan. 6 (PNA) --": a date after the place)
    # ("ROME, 5 August 2014 —", "SAN IGNACIO, Cayo District, 22 October 2018 —": a region and a date written day first)
    r"\s*(?:[A-Z][A-Z.'’ /-]{2,30}(?:,\s*(?:[A-Z][A-Za-z.'’ ]{1,30}?(?:\s+\d{1,2}(?:,\s*\d{4})?)?|"
    r"\d{1,2}\s+[A-Z][a-z]{2,9}\.?(?:\s+\d{4})?)){0,2}(?:\s*\([^()]{1,40}\))?|"
    r"[A-Z][A-Za-z.'’ -]{1,30}?(?:,\s*[A-Z][A-Za-z.'’ ]{1,30}?)?\s*\([^()]{1,40}\))\s*[—–-]{1,2}\s"
)
_RULERS_IN = re.compile(
    r"\b(?:government|junta|regime|rulers|administration|leadership)\s+in\s+$|"
    # "Officials in Niger said ...", "authorities in Kyiv": not another country's ("US officials in Kyiv")
    r"(?:^|[^\w\s]\s*|\b(?-i:[a-z]+)\s+)(?:officials|authorities)\s+in\s+$",
    re.IGNORECASE,
)
# "the foreign ministry in Paris", "the interior ministry in Tashkent": the government seated in that capital
_MINISTRY_IN = re.compile(
    r"\b(?:(?:foreign|interior|home|defen[cs]e|external\s+affairs)\s+ministry|ministry\s+of\s+(?:foreign|external)\s+affairs|"
    r"foreign\s+office|state\s+department|foreign\s+affairs\s+department|"
    # ("The Department of Foreign Affairs in Pretoria advised ...")
    r"(?:of|for)\s+(?:foreign|external|international)\s+(?:affairs|relations)(?:\s+and\s+\w+)?)\s+in\s+$",
    re.IGNORECASE,
)
_OPENS_WITH_IN = re.compile(r"\W*In\s+")
_RULERS_AFTER = re.compile(r",\s+(?:the\s+)?(?:junta|government|authorities|regime|military\s+rulers|ruling\s+\w+)\b", re.IGNORECASE)
_SEMICOLON_BEFORE = re.compile(r";\s*(?:and\s+)?(?:the\s+)?$")
# "; Britain against all but essential travel": a government's stance with its verb left out
_GAPPED_STANCE = re.compile(r"(?:[’']s)?\s+(?:(?:also|only)\s+)?(?:against|at)\b", re.IGNORECASE)
# "Papua New Guinea's capital", "Lebanon's south", "Mexico's border states": a part of the country named
_TROUBLE_AFTER = re.compile(
    r"\s+(?:unrest|crisis|riots|protests|violence|clashes|fighting|turmoil|standoff|siege|coup|uprising)\s*[:,–—-]",
    re.IGNORECASE,
)
_PART_OF_PLACE_AFTER = re.compile(
    r"[’']s\s+(?:(?:far|deep|restive|remote)\s+)?(?:capital|cities|city|provinces?|regions?|states?|districts?|islands?|"
    r"coast|border\s+(?:areas?|regions?|states?|provinces?)|(?:north|south|east|west)(?:ern)?(?:-?(?:east|west)(?:ern)?)?)\b"
    r"(?!\s+(?:ministry|government|office|department|embassy|authorities|officials|police|army|forces|military))",
    re.IGNORECASE,
)
_DISPUTE_AFTER = re.compile(r"\s+(?:row|spat|feud|standoff|stand-off)\b", re.IGNORECASE)
_DISPUTE_BEFORE = re.compile(
    r"\b(?:dispute|row|spat|feud|conflict|tensions|comments|remarks)\s+(?:over|about)\s+(?:the\s+)?$", re.IGNORECASE
)
_CITIZENS_AFTER = re.compile(
    r"^(?!(?:[’']s)?\s+National\s+(?:Security|Guard|Assembly|Council|Congress|Bank|Police|Army|Museum|Day)\b)"
    r"(?:[’']s)?\s+(?:(?:fellow|dual|private|ordinary|resident|stranded|foreign|young|elderly|other)\s+)?(?:citizens?|nationals?|residents|travell?ers|tourists|expatriates|expats|"
    r"passport\s+holders|students|workers|pilgrims|visitors|vacationers|holidaymakers|holiday-makers|people|families|civilians|nationals|"
    # "persons of Indian origin"
    r"origin|descent|heritage|ancestry)\b",
    re.IGNORECASE,
)
_CITIZENS_BEFORE = re.compile(r"\b(?:citizens|nationals|residents|compatriots)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_BEFORE = Anchored(re.compile(
    r"\b(?:in|to|into|from|at|near|across|inside|within|throughout|toward|towards|for|visit|visiting|leave|"
    r"added|adds|adding|placed|places|put|puts|"
    r"leaving|left|depart|departing|exit|exiting|flee|fleeing|enter|entering|outside|around|via|through|"
    r"parts\s+of|areas?\s+of|regions?\s+of|(?:borders?|frontiers?)\s+(?:with|of)|bordering|between|with|"
    r"return\s+from|travel\s+to|travelling\s+to|traveling\s+to|trips?\s+to|against|on|over|of)\s+"
    r"(?:the\s+|its\s+|their\s+|neighbou?ring\s+|nearby\s+|mainland\s+|southern\s+|northern\s+|eastern\s+|"
    r"western\s+|central\s+)*$",
    re.IGNORECASE,
))
_AGENT_AFTER = re.compile(
    r"^\s*(?:,\s*(?:too|also),\s*)?(?:[’']s\s+)?(?:[\"“‘']?\w+ly[\"”’']?\s+|(?:now|still|already|again|later|meanwhile|then|yesterday|today|tonight|overnight|last\s+night)\s+(?=\w+(?:ed|s)\b))?"
    r"(?!(?:this|these|those|its|his|as|thus|plus|across|always|perhaps|news|unless|whereas|besides|regardless|"
    r"nevertheless|towards|afterwards|overseas|"
    r"times|days|years|months|weeks|hours|minutes|officials|authorities|citizens|nationals|forces|troops)\b)"
    r"(?:has|have|had|will|would|is|was|were|are|said|says|announced|decided|ordered|urged|told|advised|asked|"
    r"called|issued|raised|lowered|closed|shut|reopened|opened|\w+ed|\w+s|"
    # irregular past forms: "Australia went further", "Spain took the same step"
    r"went|took|made|put|kept|gave|sent|set|cut|began|became|led|held|brought|sought|got|flew|withdrew|drew|"
    # base forms after a plural subject ("Denmark and Norway close ..."), and "too"/"also" before the verb
    r"close|shut|open|reopen|evacuate|suspend|order|urge|tell|advise|ask|warn|call|issue|raise|lower|withdraw|"
    r"pull|move|relocate|recommend|join|follow|say|announce|decide|plan|begin|start|continue|remain|keep|too|"
    r"also|on\s+\w+day|"
    # a gerund clause's subject: "despite Benin reopening its side"
    r"(?:re-?)?opening|closing|shutting|sealing|suspending|evacuating|withdrawing|"
    # "despite Benin's decision to reopen its side"
    r"(?:decision|move|plans?|order|refusal)\s+to\s+\w+)\b"
)
_SIDE_AFTER = re.compile(r"\s+(?:border\s+)?side\b")
_ACTS_IN_RELATIVE = re.compile(
    r"(?:\s+(?:border\s+)?side)?,\s+which\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|likewise\s+|already\s+|now\s+|since\s+)?"
    r"(?:shut|closed|sealed|re-?opened|opened|suspended|halted)\b"
)
# "Russian ally Belarus", "its eastern neighbour Ukraine": the demonym only describes the country named next.
_APPOSITIVE = re.compile(
    r"^\s+(?:\w+\s+)?(?i:ally|allies|neighbou?r|partner|client|satellite|puppet|protectorate)\s+[A-Z]"
)
# "the French Pacific territory": a territory of its own; "to leave on the French flights": whose planes, not a place
_TERRITORY_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?i:(?:overseas\s+)?territory|collectivity|dependency|overseas\s+department)\b|"
    r"^\s+(?:(?i:military|evacuation|charter|special|rescue)\s+){0,2}(?i:flights?|planes?|aircraft|airlifts?)\b"
)
# "As Israeli air strikes on Lebanon intensified, travel warnings followed": whose weapons, not who advises
_FORCES_AFTER = re.compile(
    r"^\s+(?i:(?:air|missile|drone|rocket|artillery)\s+)?(?i:strikes?|attacks?|shelling|bombardments?|bombing|"
    r"offensives?|raids?|invasion|incursions?|missiles|drones|rockets|warplanes|jets)\b"
)
_MISSION_VERB = Anchored(re.compile(
    r"\b(?:clos|shut|reopen|re-open|open|suspend|evacuat|withdr|relocat|resum|upgrad|downgrad|mov|shift)\w*\b(?:\s+\w+)?\s+$",
    re.IGNORECASE,
))
# "..., with Germany and the Netherlands urging nationals to get out and Washington pulling diplomats": the
# governments of a "with" clause act by its gerund
_WITH_BEFORE = re.compile(
    r"\bwith\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*)?(?:\s*,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?)*$",
    re.IGNORECASE,
)
_ACTING_AFTER = re.compile(
    r"^(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*)?)*\s+(?:also\s+)?"
    r"(?:urging|telling|advising|ordering|warning|asking|calling\s+on|issuing|raising|closing|shutting|sealing|"
    r"evacuating|pulling|suspending|recommending|withdrawing)\b",
    re.IGNORECASE,
)
_COMPARED_BEFORE = Anchored(
    re.compile(r"\b(?:like|unlike|as\s+with|similar\s+to|following)\s+(?:the\s+)?$", re.IGNORECASE)
)
_CLAUSE_SUBJECT = re.compile(
    r"^\s+(?:has|have|had|will|would)\s+(?:also\s+|now\s+|already\s+)?(?:[a-z]+(?:ed|en|n)|told|said|sent|kept|put|"
    r"shut|cut|set|left|brought|made)\b|"
    # "..., and the Netherlands said it had evacuated ...": a new clause's speaker, not a list item
    r"^\s+(?:said|says|announced|added|confirmed)\s+(?:that\s+)?(?:it|they)\s+(?:had|has|have|was|were|would|will)\b"
)
# "Niger's borders with Algeria, Mali and Chad have reopened": the other sides of a border, not a clause's subject
_BORDER_WITH_LIST = re.compile(
    r"\b(?:borders?|frontiers?|crossings?|boundary)\s+with\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*)*(?:\s*,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?)*$",
    re.IGNORECASE,
)
_BESIDES = re.compile(r"\b(?:in\s+addition\s+to|besides|apart\s+from|alongside)\s+(?:the\s+)?$", re.I)
_LEFT_BEFORE = re.compile(r"\b(?:leave|leaving|left|depart|departing|exit|exiting|evacuate|evacuating)\s+(?:the\s+)?$", re.I)
_NEW_CLAUSE_JOINER = re.compile(r"\s*(?:,\s*and|;)\s+(?:then\s+)?$")
_VERB_WITH_OBJECT = re.compile(
    r"\s+(?:also\s+|later\s+|then\s+)?(?:[a-z]+ed|took|sent|kept|cut|told|shut|withdrew|ordered|urged)\s+"
    r"(?:the|its|their|a|an|all|to|on)\b|\s+(?:[a-z]+ed)\s+by\s+[a-z]+ing\b"  # ("and Haiti responded by closing ...")
)
# Where people are taken out of: "evacuated its citizens from Lebanon", "evacuating families of diplomats from
# Ukraine" (the place left, not where someone comes from: "an official from the UAE").
TAKEN_OUT_OF = re.compile(
    r"\b(?:evacuat|withdr|repatriat|airlift|extract|pull|remov|relocat|fl[eo]w)\w*\s+(?:[\w’'-]+\s+){0,6}?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
def coordinated_list(text: str, mentions: list[Mention], shortest: int = 3) -> list[str] | None:
    """The longest run of `shortest` or more countries a sentence lists ("Saudi Arabia, the UAE, Bahrain and Egypt"),
    or None (`mentions`: the sentence's, with offsets into `text`)."""
    best: list[str] = []
    run: list[Mention] = []
    for mention in mentions:
        if run and _LIST_JOINER.match(text[run[-1].end : mention.start]):
            run.append(mention)
        else:
            run = [mention]
        if len(run) > len(best):
            best = [m.iso2 for m in run]
    best = list(dict.fromkeys(best))
    return best if len(best) >= shortest else None


_LIST_JOINER = re.compile(
    # (a region set off inside the list: "Egypt, including Sinai, and Jordan")
    # (an item described in passing: "Belgium, the former colonial power, which has 2,000 nationals there, and France")
    r"^\s*(?:,|and|or|&|as\s+well\s+as|,\s*and|,\s*or|,\s*(?:including|excluding|except)\s+[\w’' -]{1,40}?,\s*(?:and|or)?|"
    r"(?:,\s*(?:which|who|the|a|an)\s+(?:[^,;:()\"“”]|(?<=\d),(?=\d)){1,80}?){1,2},\s*(?:and|or))\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def _plural_demonym(mention: Mention) -> bool:
    # ("Swiss" is the people and the adjective alike: "the Swiss and Swedish consulates")
    return (
        mention.kind == "demonym"
        and mention.surface.endswith("s")
        and not mention.surface.endswith("ss")
        and mention.surface[:1].isupper()
    )


# Compiled once: these run for every country mention of every sentence a reader looks at.
_EMBASSY_AFTER = re.compile(r"^\s+(?:embass(?:y|ies)|mission|consulate)\b", re.IGNORECASE)
_EMBASSY_BEFORE = re.compile(r"\b(?:Embassy|Consulate)\s+$")
# nothing but "the" before a mention, and the story's dateline ("THESSALONIKI - The United States yesterday ...")
_SENTENCE_HEAD = re.compile(r"(?-i:" + DATELINE.pattern + r")?\W*(?:the\s+)?", re.IGNORECASE)
_CLAUSE_HEAD = re.compile(r";\s*(?:the\s+)?$", re.IGNORECASE)
# The list a clause's head opens, then a verb of its own (not a copula: "...; Iraq is also at Level 4")
_HEAD_LIST_VERB = re.compile(
    r"(?:\s*(?:,|and|&)\s*(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)*\s+"
    r"(?!(?:is|are|was|were|remains?|in|on|at|of|to|for|with|and|or)\b)[a-z]{3,}\b"
)


def ends_with_of(before: str) -> bool:
    """Whether `before` ends like "... of " or "... of the ": the only endings `_CITIZENS_BEFORE` and
    `_GOVERNMENT_BEFORE` match, so most mentions skip both searches ("o", "f", "t", "h", "e" have no other case
    forms, and str.isspace is re's \\s)."""
    return before[-1:].isspace() and before.rstrip()[-3:].lower().endswith(("of", "the"))


_RANGE_OF_GOVERNMENTS = re.compile(
    r"\b(?:countries|governments|nations|states|allies)\s*,?\s+(?:ranging\s+|stretching\s+)?from\s+(?:the\s+)?$", re.I
)
# "from Norway to New Zealand": between two governments named as the ends of a range
RANGE_TO = re.compile(r"\s+to\s+(?:the\s+)?")
# "Germany followed within the week", "Norway followed on Monday", "... followed.": a government doing what was just
# reported (the readers of advice, borders and missions each repeat the act before)
FOLLOWED = r"\bfollowed(?=\s*[.;]|\s+(?:within|on|days?|weeks?|hours?|shortly|soon|later|the\s+next|a\s+day|a\s+week)\b)"


def assign_roles(sentence: str, mentions: list[Mention], offset: int, lead_end: int) -> list[Actor]:
    """Roles for the mentions of one sentence; `offset` is the sentence's start in the article. A dateline opens the
    story's lead (which ends at `lead_end`): further down, a line that opens with a place in capitals and a dash is
    a list's label ("AUSTRALIA - Level 4, do not travel" in a roundup), its country an actor."""
    actors: list[Actor] = []
    rated: set[int] = set()  # actors said to be rated ("... are also at Level 2"): the list before them is rated too
    dateline = DATELINE.match(sentence) if mentions and offset < lead_end else None
    dateline_end = dateline.end() if dateline else 0
    paren = sentence.find("(", 0, dateline_end)
    if paren >= 0 and any(paren < m.start - offset < dateline_end for m in mentions):
        dateline_end = 0  # "Burma (Myanmar) – Level 4": a country's other name in brackets, no agency's
    for index, mention in enumerate(mentions):
        start, end = mention.start - offset, mention.end - offset
        before = sentence[max(0, start - 40) : start]
        after = sentence[end : end + 45]
        role = Role.OTHER
        of_before = ends_with_of(before)
        embassy_after = _EMBASSY_AFTER.match(after)
        if mention.kind == "demonym" and (
            _APPOSITIVE.match(after) or _TERRITORY_AFTER.match(after) or _FORCES_AFTER.match(after)
        ):
            continue  # not a country of its own in this sentence ("the French Pacific territory", "the French flights")
        if mention.kind == "alias" and (_DISPUTE_AFTER.match(after) or _DISPUTE_BEFORE.search(before)):
            # "as Taiwan row deepens", "a dispute over comments ... about a possible conflict over Taiwan": the matter
            # of a dispute, neither a place nor a party in this sentence
            continue
        if actors and _DESCRIBED_AS_RELATION.match(after) and re.fullmatch(r",\s*", sentence[actors[-1].end : start]):
            continue  # "Turkey, Azerbaijan's ally, has kept ...": an appositive about the mention before, not a list item
        if start < dateline_end:
            continue  # "KHARTOUM — The United States ...", "BOGOTA, Colombia (AP) —": where the story was filed
        if ("from" in before and _RANGE_OF_GOVERNMENTS.search(before)) or (
            actors and actors[-1].role == Role.GOVERNMENT and RANGE_TO.fullmatch(sentence, actors[-1].end, start)
        ):
            role = Role.GOVERNMENT  # "A string of countries, from Norway to New Zealand, have told ...": examples
        elif mention.kind == "metonym" and _OPENS_WITH_IN.fullmatch(sentence, 0, start) and _RULERS_AFTER.match(after):
            role = Role.GOVERNMENT  # "In Niamey, the junta on Tuesday reopened ...": the capital's rulers act
        elif mention.kind == "metonym" and (embassy_after or _EMBASSY_BEFORE.search(before)):
            role = Role.PLACE  # "the Kabul embassy", "US Embassy Beirut"
        elif (
            mention.kind == "alias"
            and embassy_after
            and _PLACE_BEFORE.search_slice(sentence, max(0, start - 40), start)
            and not _LEFT_BEFORE.search(before)
        ):
            role = Role.PLACE  # "at the Belarus embassy" ("to leave the U.S. embassy": the embassy's own country)
        elif (
            mention.kind == "alias"
            and embassy_after
            and actors
            and actors[-1].role in (Role.GOVERNMENT, Role.AGENT)
            and _MISSION_VERB.search(sentence, actors[-1].end, start)
        ):
            role = Role.PLACE  # "US reopens Solomons embassy", "Canada closes Iran embassy": where the embassy is
        elif _ACTS_IN_RELATIVE.match(after):
            role = Role.AGENT  # "the Uzbek side, which has likewise shut its checkpoints": the relative's subject acts
        elif (
            (_plural_demonym(mention) and not _GOVERNMENT_AFTER.match(after))
            or _CITIZENS_AFTER.match(after)
            or (of_before and _CITIZENS_BEFORE.search(before))
        ):
            role = Role.CITIZENS
        elif mention.kind == "alias" and (
            _RATED_BY_RELATIVE.match(after)
            or _RATED_PASSIVE.match(sentence, end, end + _RATED_REACH)
            or _PLACED_PASSIVE.match(sentence, end, end + _RATED_REACH)
            or _UNDER_ADVICE.match(sentence, end, end + _RATED_REACH)
        ):
            # "Israel, which the department moved to Level 3", "Mexico was also lowered to Level 3", "The Bahamas, a
            # close competitor, is also at Level 2": the place rated
            role = Role.PLACE
            rated.add(len(actors))
        elif mention.kind in ("alias", "metonym") and _TROUBLE_AFTER.match(after) and not before.endswith("-"):
            role = Role.PLACE  # "Dakar unrest: US Embassy shuts": where the trouble is, not who acts
        elif mention.kind == "alias" and _PART_OF_PLACE_AFTER.match(after):
            role = Role.PLACE  # "Papua New Guinea's capital Port Moresby moved up a level": a part of the country
        elif (
            _GOVERNMENT_AFTER.match(after)
            or _NAMED_INSTITUTION_AFTER.match(after)
            or (of_before and _GOVERNMENT_BEFORE.search(before))
            or (mention.kind != "demonym" and _RULERS_IN.search(before))
            or (mention.kind == "metonym" and _MINISTRY_IN.search(before))
        ):
            role = Role.GOVERNMENT  # "Italy's foreign ministry", "the Ministry of ... of Vietnam", "the junta in Niamey"
        elif (
            ("with" in before.lower() and _WITH_BEFORE.search(before))  # (the substring first: the pattern is slow)
            or (actors and actors[-1].role == Role.AGENT and before.endswith(" and "))
        ) and _ACTING_AFTER.match(after):
            role = Role.AGENT  # "..., with Germany and the Netherlands urging nationals to get out": who acts
        elif (_PLACE_BEFORE.search_slice(sentence, max(0, start - 40), start) and not _BESIDES.search(before)) or (
            _PLACES_INCLUDING.search(sentence, max(0, start - 70), start)
        ):
            role = Role.PLACE  # (not "In addition to the US, ...": a government doing the same)
        elif mention.kind in ("alias", "metonym") and _SEMICOLON_BEFORE.search(before) and _GAPPED_STANCE.match(after):
            role = Role.AGENT  # "Canada advises against all travel; Britain against all but essential travel": its verb left out
        elif (
            mention.kind in ("alias", "metonym")
            and _CLAUSE_SUBJECT.match(after)
            and not _BORDER_WITH_LIST.search(sentence, max(0, start - 120), start)
        ):
            role = Role.AGENT  # "... in Moldova, and Finland has evacuated ...": a new clause's subject, not a list item
        elif (
            mention.kind in ("alias", "metonym")
            and actors
            and _NEW_CLAUSE_JOINER.match(sentence, actors[-1].end, start)
            and _VERB_WITH_OBJECT.match(after)
            and not (len(actors) > 1 and _LIST_JOINER.match(sentence[actors[-2].end : actors[-1].start]))
        ):
            role = Role.AGENT  # "... the embassy in Port-au-Prince, and Ottawa authorized the departure ...": a new clause
        elif (
            actors
            and actors[-1].role == Role.PLACE
            and sentence[actors[-1].end : start].strip() == ","
            and _OPENING_PHRASE.fullmatch(sentence, 0, start)
            and _list_acts(sentence, mentions, index, offset)
        ):
            # "After strikes on Iran, Germany and France urged ...": the comma closes the sentence's opening phrase;
            # the list after it is the subject, not more places of the phrase
            role = Role.AGENT
        elif (
            actors
            and _LIST_JOINER.match(sentence[actors[-1].end : start])
            and not _COMPARED_BEFORE.search(sentence, max(0, actors[-1].start - 20), actors[-1].start)
        ):
            role = actors[-1].role  # "to Iran, Iraq and Lebanon": the list shares its first item's role
            # (", and the United States keeps the country at Level 4": a comma before "and" and a verb after the name
            # open a clause of its own, as a comma alone does)
            joined_by_comma = not re.search(r"\b(?:and|or)\b|&", sentence[actors[-1].end : start]) or bool(
                re.fullmatch(r",\s*and\s+(?:the\s+)?", sentence[actors[-1].end : start])
            )
            if (
                mention.kind in ("alias", "metonym")
                and _AGENT_AFTER.match(after)
                and (role == Role.OTHER or (role == Role.PLACE and joined_by_comma))
            ):
                # "..., while Japan and South Korea warned ...": the list acts; "In Hong Kong, the UK urged ...":
                # the subject after a place that sets the scene
                role = Role.AGENT
        elif mention.kind in ("alias", "metonym") and (
            _AGENT_AFTER.match(after)
            or _SENTENCE_HEAD.fullmatch(sentence, 0, start)
            # ("...; Britain and US flag Line of Control risks": a clause of its own after a semicolon)
            or (_CLAUSE_HEAD.search(sentence, max(0, start - 8), start) and _HEAD_LIST_VERB.match(after))
            # (not "The UK, like the US, which has Haiti at Level 4, advises ...": compared, the UK acts)
            or (_acts_after_aside(sentence, end) and not _COMPARED_BEFORE.search(sentence, max(0, start - 20), start))
        ):
            role = Role.AGENT  # the grammatical subject: "Lithuania closed", sentence-initial "Germany currently"
        elif mention.kind == "demonym" and (side := _SIDE_AFTER.match(after)) and _AGENT_AFTER.match(after[side.end() :]):
            role = Role.AGENT  # "said the Kazakh side had stopped all traffic": that country acts
        actors.append(Actor(mention.iso2, start, end, mention.kind, mention.surface, role))
    _clause_lists_act(sentence, actors)
    # A list takes the role its last item makes explicit: "the Polish, Lithuanian and Latvian governments",
    # "Denmark and Norway closed ...".
    for index in range(len(actors) - 2, -1, -1):
        current, following = actors[index], actors[index + 1]
        takes_role = current.role == Role.OTHER and (
            following.role in (Role.GOVERNMENT, Role.CITIZENS)
            or (following.role == Role.AGENT and current.kind != "demonym")
        )
        rated_with_it = index + 1 in rated and current.role in (Role.OTHER, Role.AGENT)
        if (takes_role or rated_with_it) and _LIST_JOINER.match(sentence[current.end : following.start]):
            actors[index] = Actor(
                current.iso2, current.start, current.end, current.kind, current.surface, following.role
            )
            if index + 1 in rated:
                rated.add(index)
    return actors


# A sentence's opening phrase of time or cause, up to the comma before its subject ("Last October, days after the
# attack on Israel, ...", "Following strikes on Iran, ...")
_OPENING_PHRASE = re.compile(
    r"\W*(?:(?:last|early|late|earlier|later|on|in)\s+[\w ]{1,25},\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:after|following|amid|amidst|despite|since|due\s+to|because\s+of|in\s+response\s+to|in\s+the\s+wake\s+of|"
    r"in\s+light\s+of)\s[^;]{0,140},\s*",
    re.IGNORECASE,
)


# "shut its consulates in several countries, including Chad and Niger": the examples are places too
_PLACES_INCLUDING = re.compile(
    r"\b(?:in|to|from|across)\s+(?:\w+\s+){0,3}?(?:countries|nations|states|places|destinations)(?:\s+[\w-]+){0,3}?,?\s+"
    r"(?:including|such\s+as|like|among\s+them)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_RELATIVE_OPENS = re.compile(
    r",\s+(?:whose|which|who)\s|"
    # an apposition that describes it ("Britain, the island's second-largest source market, told ..."; not the next
    # name of a list: "France, the Netherlands, ...")
    r",\s+(?:the|a|an|its|one\s+of)\s+(?=[^,;]{0,80}?\b(?-i:[a-z]{3,})\b)[^,;]{1,80},"
)


def _acts_after_aside(sentence: str, end: int) -> bool:
    """Whether a relative aside follows the mention and a verb it is the subject of follows the aside ("...,
    while Washington, whose advisory already puts Sudan in category 4, flew its diplomats out")."""
    if not _RELATIVE_OPENS.match(sentence, end):
        return False
    comma = sentence.find(",", end + 2, end + 200)
    while comma >= 0:
        if _AGENT_AFTER.match(sentence[comma + 1 : comma + 50].lstrip("\"”’' ")):
            return True
        comma = sentence.find(",", comma + 1, end + 200)
    return False


def _list_acts(sentence: str, mentions: list[Mention], first: int, offset: int) -> bool:
    """Whether the mentions from `first` on form one list ("A, B and C", no list after its "and") whose last item
    is followed by a verb it is the subject of."""
    index = first
    while index + 1 < len(mentions):
        joiner = sentence[mentions[index].end - offset : mentions[index + 1].start - offset]
        if not _LIST_JOINER.match(joiner):
            break
        index += 1
        if re.search(r"\b(?:and|or)\b|&", joiner):
            break  # the item after "and" ends the list
    if mentions[index].kind not in ("alias", "metonym"):
        return False
    return bool(_AGENT_AFTER.match(sentence[mentions[index].end - offset : mentions[index].end - offset + 45]))


_RATED_PASSIVE = re.compile(
    # (with "also", which otherwise makes a government that does the same: "Canada also advises ..."), after an
    # appositive if any ("The Bahamas, a close competitor, is also at Level 2")
    r"(?:,\s+[^,;.()]{1,80}?,)?\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+also\s+"
    r"(?:lowered|raised|moved\s+(?:up|down)|downgraded|upgraded|placed\s+at|put\s+at|kept\s+at|at\s+level)\b",
    re.IGNORECASE,
)
_RATED_REACH = 140
# "Morocco was placed on the same level a day later": a place rated by the passive, its level named after the verb
_PLACED_PASSIVE = re.compile(
    # ("Nicaragua, like Belize, was put at Level 2": after a comparison)
    r"(?:,\s+(?:like|unlike|as\s+with)\s+[^,;.()]{1,40}?,)?\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:placed|put|added|kept)\s+(?:on|at|to|in|into|onto)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:same\s+|highest\s+|top\s+|new\s+)?(?:level|category|tier|list|alert\s+level)\b",
    re.IGNORECASE,
)
# 'Haiti, where flooding has killed dozens, was already under an "avoid all travel" advisory': the place advised about
_UNDER_ADVICE = re.compile(
    r"(?:,\s+(?:where|which|whose)\s[^;.]{1,90}?,)?\s+(?:is|was|has\s+been|had\s+been|remains|remained)\s+"
    r"(?:already\s+|still\s+|now\s+)?under\s+(?:an?|the|its)\s+[^.;]{0,40}?\b(?:advisory|warning|alert)\b",
    re.IGNORECASE,
)
_RATED_BY_RELATIVE = re.compile(
    r",\s+which\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:department|ministry|government|office|authorities|administration)\s+"
    r"(?:\w+ly\s+)?(?:has\s+|had\s+)?(?:moved|raised|lowered|placed|put|kept|keeps|rated|rates|upgraded|downgraded|lists|listed)\b",
    re.IGNORECASE,
)


# What the governments a new clause opens with do: "..., and France, Italy and Spain issued similar warnings"
_ACTS_AFTER = re.compile(
    r"\s*(?:,\s*(?:too|also),\s*)?(?:(?:also|have|has|had|later|then|both|all|each|quickly|soon)\s+)*"
    r"(?:issued|gave|followed|did|took|made|told|urged|advised|warned|ordered|raised|lowered|closed|shut|reopened|"
    r"announced|evacuated|recalled|suspended|put|placed|updated|echoed|repeated|cut|reduced|withdr[ae]wn?|pulled|"
    r"moved|relocated|halted|restricted|lifted|eased)\b"
)


def _clause_lists_act(sentence: str, actors: list[Actor]) -> None:
    """A list of governments after ", and" or ";" that a verb follows is the new clause's subject, not more items
    of the list before it ("... travel warning for Iran, and France, Italy and Spain issued similar warnings")."""
    if len(actors) < 2 or (";" not in sentence and ", and" not in sentence):
        return  # (most sentences: no clause to open)
    index = 1
    while index < len(actors):
        if not _NEW_CLAUSE_JOINER.match(sentence, actors[index - 1].end, actors[index].start):
            index += 1
            continue
        last = index
        while last + 1 < len(actors) and _LIST_JOINER.match(sentence[actors[last].end : actors[last + 1].start]):
            last += 1
        group = actors[index : last + 1]
        # (the last item may already act: "..., and Norway and the Netherlands have cut their staff")
        if all(a.kind in ("alias", "metonym") and a.role in (Role.PLACE, Role.OTHER, Role.AGENT) for a in group) and (
            _ACTS_AFTER.match(sentence, group[-1].end)
        ):
            for at in range(index, last + 1):
                actors[at] = replace(actors[at], role=Role.AGENT)
        index = last + 1


_ANY_INSTITUTION = Anchored(
    re.compile("|".join(f"(?P<{iso2}_{i}>{p.pattern})" for i, (iso2, p) in enumerate(INSTITUTIONS))),
    "state department secretary smart step foggy foreign fcdo fco whitehall downing global gac dfat smartraveller "
    "mfat safetravel ministry mea external auswärtiges federal quai farnesina rosturizm dirco international itamaraty",
)


_INSTITUTION_WORDS = Anchored(re.compile(
    r"Department|Secretary|STEP|Foggy|Office|FCDO|FCO|Whitehall|Downing|Affairs|GAC|DFAT|"
    r"Smartraveller|MFAT|SafeTravel|MEA|Ministry|Minister|Amt|Quai|Farnesina|Rosturizm|DIRCO|Itamaraty|FDFA"
))


# Names that other governments' institutions go by in English copy too: Germany's Auswärtiges Amt is often "the
# Foreign Office". Such a name is the UK's only where no other government acts in the sentence.
_SHARED_NAME = re.compile(r"Foreign\s+(?:Office|Secretary)")


# ("In Bonn, the Foreign Office told German tourists ...": a phrase of place or time before the sentence's subject)
_PLACE_OR_TIME_FIRST = re.compile(r"\W*(?:in|on|at|from|meanwhile|later|earlier|separately)\b[^,;]{0,40},\s*(?:the\s+)?", re.I)
_OWN_CLAUSE_BEFORE = re.compile(r"(?:^|[,;]\s*(?:and|while|but|whereas)?|\b(?:while|whereas|but))\s+(?:the\s+)?$", re.I)


def shared_institution_name(sentence: str, start: int, end: int) -> bool:
    """A name other governments' institutions go by too, not opening a clause of its own ("..., and the Foreign
    Office advised ..." is the UK's whoever acted before)."""
    return bool(_SHARED_NAME.fullmatch(sentence, start, end)) and (
        not _OWN_CLAUSE_BEFORE.search(sentence, max(0, start - 14), start)
        or _PLACE_OR_TIME_FIRST.fullmatch(sentence, 0, start) is not None
    )


def institutions(sentence: str) -> list[tuple[str, int, int]]:
    """Named institutions in a sentence: (ISO2 of their government, start, end)."""
    if not _INSTITUTION_WORDS.search(sentence):
        return []
    return [
        (match.lastgroup.split("_")[0], match.start(), match.end())  # type: ignore[union-attr]
        for match in _ANY_INSTITUTION.finditer(sentence)
    ]
