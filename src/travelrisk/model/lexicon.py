"""Travel-advice vocabulary shared by the official-feed adapters and the news extractor (pure, no I/O).

The patterns describe how governments word advice in general (US, UK, Canadian, Australian, Irish, Indian,
Chinese, Singaporean... phrasings), not the wording of any particular article.
"""

from __future__ import annotations

import re

from travelrisk.model import Directive, Reason

_I = re.IGNORECASE

# "clashes between protesters and police": unrest, not war (what follows "clashes" in either reading)
_CLASH_WITH_CROWDS = (
    r"(?:\s+(?:between|with|involving)\s+(?:\w+\s+){0,3}?(?:protesters|demonstrators|students|rioters|supporters|police)\b|"
    # "weeks of clashes, a curfew, hundreds of people killed": street clashes told with the unrest around them
    r"[^.;]{0,40}?\b(?:curfews?|protests?|protesters|riots?|demonstrations?)\b)"
)

# Reason tags and the phrases that state them. Order matters only for readability.
REASON_PATTERNS: list[tuple[Reason, re.Pattern[str]]] = [
    (
        Reason.MILITARY_BUILDUP,
        re.compile(
            r"\b(?:build-?ups?|buildup|massing|concentrations?|deployments?|presence)\s+of\s+(?:\w+\s+){0,3}?"
            r"(?:troops|forces|military|soldiers|armed forces)|"
            r"\bmilitary\s+(?:build-?up|presence|deployment|concentration)s?\b|"
            r"\btroop\s+(?:build-?ups?|movements?|concentrations?|deployments?)\b|\btroops\s+(?:\w+\s+)?mass(?:ed|ing)\b|"
            r"\bmilitary\s+(?:drills|exercises|manoeuvres|maneuvers)\b",
            _I,
        ),
    ),
    (
        Reason.ARMED_CONFLICT,
        re.compile(
            r"\b(?:armed|military)\s+(?:conflict|hostilities|clashes)|\bwar\b|\bwars\b|\bwarfare\b|\bhostilities\b|\bconflagration\b|"
            r"(?<!home\s)(?<!home-)\binvasions?\b|\binvad(?:ed|es|ing)\b|\bfighting\b|\bair\s*strikes?\b|\bmissile\s+(?:and\s+drone\s+)?(?:strikes?|attacks?)|"
            r"\bdrone\s+(?:strikes?|attacks?)|\bconflict\b|\bclashes\b(?!" + _CLASH_WITH_CROWDS + r")|\bshelling\b|\bmilitary\s+(?:action|operations?|"
            r"escalation|strikes?|attacks?)|\bmilitary\s+strikes?|\bspill-?over\b|\blandmines?\b|"
            r"\b(?:military|ground|air|land|armed)\s+(?:offensive|assault|incursion)s?\b|"
            # "where M23 rebels have seized Goma": a rebel advance
            # "attacks by armed groups on the outskirts of Bamako"
            r"\battacks?\s+by\s+(?:\w+\s+)?(?:armed\s+groups|militants|rebels|militias|insurgents|gangs)\b|"
            # "the escalation of violence in the region"
            r"\bescalation\s+of\s+(?:the\s+)?(?:violence|fighting|hostilities|conflict|the\s+conflict|military\s+tensions?)\b|"
            # "a risk of a sudden escalation", "the escalating tension along the Lebanon-Israel border"
            r"\b(?:sudden|rapid|further|regional|wider)\s+escalation\b|\brisk\s+of\s+(?:an?\s+)?escalation\b|"
            r"\bescalating\s+(?:military\s+)?tensions?\s+(?:along|on|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:border|frontier|front\s+line)\b|"
            # "fears of an Iranian retaliatory attack", "a strike on Iran's consulate"
            r"\bretaliat\w*\s+(?:attacks?|strikes?)\b|\bstrikes?\s+on\s+(?:\w+[’']s\s+)?(?:consulate|embassy|military|bases?|nuclear)\b|"
            # "Tigrayan forces ... threatened to march on Addis Ababa"
            r"\b(?:forces|fighters|rebels|troops|militias)\s+(?:[\w,]+\s+){0,4}?(?:march\w*\s+on|advanc\w*\s+on|clos\w*\s+in\s+on|"
            r"threaten\w*\s+to\s+(?:march|advance|take|seize|attack|storm))\b|"
            r"\b(?:rebels|insurgents|militias)\s+(?:have\s+|had\s+)?(?:seiz|captur|overr[au]n|advanc|took|taken|"
            r"push\w*\s+into|entered|clos\w*\s+in\s+on)\w*|"
            r"\boffensive\s+(?:on|against|in|into)\s+(?-i:[A-Z])|"
            r"\brocket\s+(?:fire|attacks?|strikes?)|\b(?:launch|fir)\w*\s+(?:[\w,]+\s+){0,4}?(?:missiles|rockets|drones)\s+(?:at|on|into|against|toward|towards)\b|\bmissile\s+barrages?\b|\bexchang(?:e|es|ed|ing)\s+(?:of\s+)?(?:[\w,]+\s+){0,4}?(?:fire|gunfire|strikes)\b|\b(?:artillery|mortar)\s+fire\b|\b(?:military\s+)?strikes\s+(?:on|against)\s+(?!workers)|\bexchanges?\s+of\s+(?:fire|gunfire|artillery)|\bgunfire\b|\bbombardments?\b|\bunexploded\s+(?:ordnance|bombs?|munitions)",
            _I,
        ),
    ),
    (
        Reason.ARMED_CONFLICT,
        # "as Israeli strikes intensified", "the Russian bombings of Aleppo": a belligerent's (not a workers' strike);
        # a pattern of its own, as it starts with no fixed word (searched only where those words are written)
        re.compile(
            r"\b(?:[A-Z][a-z]+(?:i|an|ese|ish|ch)|US|U\.S\.|NATO)\s+(?:air\s*|missile\s+|drone\s+|military\s+)?"
            r"(?:strikes|bombings?|air\s*raids)\b"
        ),
    ),
    (
        Reason.CIVIL_UNREST,
        re.compile(
            r"\bcivil\s+(?:unrest|disorder|strife)|\bunrest\b|\bprotest(?:s|ers)?\b|\bdemonstrations?\b|\briot(?:s|ing|ers)?\b|"
            # "shops ... were looted and torched", "looters and arsonists roamed"
            r"\bloot(?:ing|ed|ers)\b|\barsonists?\b|"
            r"\bpolitical\s+(?:instability|tensions?|turmoil|uncertainty|violence|crisis)|"
            r"\b(?:unstable|volatile|tense)\s+(?:political|domestic|internal)\s+situation|\bcoup\b|"
            r"\bmartial\s+law\b|\binsurgen(?:cy|t)|\b(?:military\s+)?takeover\b|\bputsch\b|\boverthrow\w*|"
            r"\bmob\s+(?:violence|attacks?)|\b(?:tribal|ethnic|sectarian|(?:inter-?)?communal)\s+(?:violence|clashes|tensions|unrest)\b|\blooting\b|\bcurfews?\b|\bturmoil\b|\bseiz(?:ed|es|ing|ure\s+of)\s+power\b|"
            r"\bclashes" + _CLASH_WITH_CROWDS,
            _I,
        ),
    ),
    (
        Reason.TERRORISM,
        re.compile(
            # ("citing threats against Israelis": threats against a people abroad)
            r"\bthreats?\s+(?:of\s+attacks?\s+)?against\s+(?:\w+\s+)?(?:Israelis|Americans|Jews|foreigners|tourists|"
            r"westerners|(?:its\s+|their\s+)?(?:citizens|nationals))\b|"
            # "the danger of attacks on Israeli targets abroad"
            r"\battacks?\s+(?:on|against)\s+(?:\w+\s+){0,2}?(?:targets|tourists|foreigners|westerners|places\s+of\s+worship|"
            r"Israelis|Americans|Jews|Jewish\s+\w+)\b|"
            # "attacks by militant groups"
            r"\b(?:attacks?|raids?)\s+by\s+(?:armed\s+|militant\s+|jihadist\s+|extremist\s+)?(?:militants|militant\s+groups|"
            r"jihadists|extremists|insurgents)\b|"
            r"\bterror(?:ism|ist|ists)?\b|\bextremis[mt]|\bmilitant\s+attacks?\b|\bjihadis[mt]|\bglobal\s+jihad\b|\bbomb\s+(?:blasts?|attacks?)\b|"
            r"\b(?:a|the|car|suicide|roadside|deadly)\s+bombings?\b(?!\s+(?:campaign|raids?|runs?))|"
            # "after the Easter Sunday bombings" (not "the bombings of" a country's cities in a war)
            r"\bthe\s+(?:[\w-]+\s+){1,2}bombings\b(?!\s+(?:campaign|raids?|runs?|of)\b)|"
            r"\bsuicide\s+(?:bomb\w*|attacks?)|\bexplosive\s+devices?\b|"
            # "following a series of bombings in Istanbul"
            r"\b(?:series|wave|spate|string|number)\s+of\s+(?:\w+\s+)?(?:bombings|bomb\s+attacks|blasts|explosions)\b|"
            # groups whose attacks are terrorism by name: "because of Boko Haram attacks"
            # (with the attack named: "troops fighting groups linked to al Qaeda" is no reason given for advice)
            r"\b(?:Boko\s+Haram|al-?\s?Shabaa?b|al-?\s?Qa[e']?ida|AQIM|JNIM|ISWAP|ISIS|ISIL|Daesh|Islamic\s+State)"
            r"(?:[’']s)?\s+(?:attacks?|violence|militants|fighters|insurgen\w+|threats?|bombings?|raids?|activity)\b|"
            r"\b(?:attacks?|raids?|bombings?)\s+(?:\w+\s+)?by\s+(?:the\s+)?(?:Boko\s+Haram|al-?\s?Shabaa?b|al-?\s?Qa[e']?ida|"
            r"AQIM|JNIM|ISWAP|ISIS|ISIL|Daesh|Islamic\s+State)\b",
            _I,
        ),
    ),
    (
        Reason.CRIME,
        re.compile(
            r"\bcrimes?\b|\bhome[\s-]invasions?\b|\bcriminal(?:ity|s)?\b|\bbanditry\b|\bgangs?\b|\brobber(?:y|ies)\b|\bpiracy\b|"
            r"\blawlessness\b|\bcartel|\bcar-?jack\w*|\bmugg(?:ings?|ed)\b|\bmurders?\b|\bhomicides?\b|\bpickpocket\w*|\bpetty\s+theft\b|"
            r"\barmed\s+(?:robber\w*|assaults?|attacks\s+on\s+(?:tourists|travell?ers|foreigners))\b",
            _I,
        ),
    ),
    (Reason.KIDNAPPING, re.compile(r"\bkidnap(?:ping|pings|ped|s)?\b|\babduct(?:ions?|ed|s|ing)?\b|\bhostage", _I)),
    (
        Reason.WRONGFUL_DETENTION,
        re.compile(
            r"\b(?:wrongful|arbitrary|unlawful)\s+detentions?|\bdetention\b|\bdetentions\b|\bdetainment\b|"
            r"\bdetained\b|\bbeing\s+detained\b|\barbitrary\s+arrests?|\barbitrarily\s+(?:arrest|detain)\w*|\brisk\s+of\s+arrest|\bexit\s+bans?\b|"
            r"\bimprisonment\b|\btorture\b",
            _I,
        ),
    ),
    (
        Reason.ARBITRARY_LAW_ENFORCEMENT,
        re.compile(
            r"\b(?:arbitrary|unpredictable|selective|uneven|inconsistent)\s+(?:and\s+\w+\s+)?(?:enforcement|application)"
            r"\s+of\s+(?:local\s+)?laws?|\blaws?\s+(?:are|is)\s+(?:arbitrarily|unevenly|selectively)\s+enforced|"
            r"\barbitrarily\s+enforced\b|\bunevenly\s+enforce|"
            # "laws on dress ... can be enforced unpredictably"
            r"\benforced\s+(?:unpredictably|arbitrarily|inconsistently|selectively)\b",
            _I,
        ),
    ),
    (
        Reason.HEALTH,
        re.compile(
            r"\bhospitals\s+(?:\w+\s+){0,3}?(?:overwhelmed|overstretched|full)\b|"
            r"\bhospitals\s+(?:that|which)\s+(?:may|might|could|can)\s*(?:not|n[’']t)\s+(?:be\s+able\s+to\s+)?(?:deal|cope|handle|treat)\b|\bcovid(?:-?19)?\b|\bcoronavirus\b|\bpandemic\b|\bepidemic\b|\boutbreaks?\b(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:war|fighting|violence|hostilities|conflict|clashes|unrest|protests|riots))|\bebola\b|\bcholera\b|"
            r"\bmpox\b|\bmonkeypox\b|\bzika\b|\bdengue\b|\bmalaria\b|\bdisease\b|\bhealth\s+(?:risks?|infrastructure|care|system|emergency|"
            r"situation)|\bmedical\s+(?:facilities|care|infrastructure|services|treatment)\b|\bhealth-?\s?care\b|"
            r"\b(?:alpha|beta|delta|omicron)\s+variant\b|"
            r"\bglobal\s+health\s+advisory\b|"
            # "a lack of functioning hospitals", "shortages of fuel, food and medicine"
            r"\b(?:lack|shortages?|absence)\s+of\s+(?:[\w,]+\s+){0,4}?(?:hospitals|medical|medicines?|health)\b",
            _I,
        ),
    ),
    (
        Reason.NATURAL_DISASTER,
        re.compile(
            r"\bnatural\s+disasters?|\bearthquakes?\b|\bquakes?\b|\baftershocks?\b|\bavalanches?\b|\blandslides?\b|"
            r"\bhurricanes?\b|\bcyclones?\b|\btyphoons?\b|"
            # (not "Operation Al-Aqsa Flood", "a flood of refugees")
            r"(?<!aqsa\s)\bfloods?\b(?!\s+of\s+(?:refugees|migrants|people|asylum|arrivals|requests|calls|complaints))|"
            r"\bflooding\b|\btsunamis?\b|\bvolcan(?:o|oes|ic)\b|"
            # (an eruption, not fighting or protests that "erupted")
            r"\beruptions?\b(?!\s+of\s+(?:violence|fighting|unrest|protests?|clashes|anger))|"
            # "Mount Agung has been erupting since Saturday"
            r"\b(?-i:Mount|Mt\.?)\s+(?-i:[A-Z])\w+\s+(?:\w+\s+){0,3}?erupt\w*|"
            r"\b(?:Mount|Mt\.?|volcano)\s+(?:[\w-]+\s+){0,2}?erupt(?:ed|s|ing)\b|\bwildfires?\b|\bbushfires?\b|\blandslides?\b",
            _I,
        ),
    ),
    (
        Reason.LIMITED_CONSULAR_CAPACITY,
        re.compile(
            r"\blimited\s+(?:\w+\s+){0,2}?(?:ability|capacity|capability)\b|\b(?:severely|extremely)\s+limited\s+ability\b|"
            # "its ability to provide consular assistance to Irish citizens in Iran is extremely limited"
            r"\b(?:ability|capacity)\s+to\s+(?:provide|offer|give)\s+(?:[\w.-]+\s+){1,8}?(?:is|are|was|remains?)\s+"
            r"[\"“‘']?(?:\w+\s+)?(?:limited|restricted|constrained)\b|"
            # "the embassy can do very little for Americans who get into trouble"
            r"\b(?:embassy|consulate|mission|government)\s+(?:can|could)\s+(?:do\s+(?:very\s+)?little|(?:not|n[’']t)\s+do\s+much)\s+(?:to\s+help|for)\b|"
            r"\b(?:(?:unable|not\s+(?:be\s+)?able|no\s+longer\s+able|unlikely\s+to\s+be\s+able|not\s+(?:be\s+)?in\s+a\s+position)\s+to|"
            r"cannot|can[’']?t|could\s+not)\s+"
            r"(?:provide|offer|assist|help|evacuate|organi[sz]e\s+(?:an?\s+)?evacuation|reach\s+(?:\S+\s+)?citizens)"
            r"|\bconsular\s+(?:services|assistance|support)\s+(?:are|is|remain)\s+(?:\w+\s+)?(?:limited|suspended|"
            r"unavailable)|\blimited\s+consular\b|\breduced\s+(?:embassy\s+)?(?:staffing|presence)\b|"
            r"\bno\s+(?:[\w.]+\s+)?(?:embassy|diplomatic\s+presence)\b|"
            r"\b(?:absence|lack)\s+of\s+(?:a|an|any)\s+(?:[\w.]+\s+)?(?:embassy|diplomatic\s+presence)\b|"
            r"\b(?:limit|restrict|hamper|impair|constrain)\w*\s+(?:\w+\s+){0,3}?(?:ability|capacity)\s+(?:of\s+(?:[\w.]+\s+){1,4})?"
            r"to\s+(?:offer|provide|assist|help)|"
            r"\b(?:offer|provide|give)\w*\s+(?:only\s+)?(?:very\s+)?limited\s+(?:help|assistance|support|consular)|"
            # "the embassy's ability to help is severely restricted"
            r"\b(?:ability|capacity)\s+to\s+(?:help|assist|provide|offer|reach)\s+(?:[\w’']+\s+){0,6}?(?:is|are|was|were|remains?|has\s+been)\s+"
            r"[\"“‘']?(?:\w+\s+)?(?:limited|restricted|constrained|reduced)\b|\bimpact\w*[”\"]?\s+(?:the\s+)?consular\s+(?:services|assistance|support)",
            _I,
        ),
    ),
    (
        Reason.HARASSMENT,
        re.compile(
            r"\bharass(?:ment|ed|ing)?\b|\bintimidation\b|\bsingl(?:ing|ed)\s+out\b|"
            # "targeted attacks on LGBTQI+ persons", "discrimination against gay travellers"
            r"\b(?:attacks|violence|discrimination)\s+(?:on|against)\s+(?:\w+\s+)?(?:lgbt\w*|gay|women|minorities)",
            _I,
        ),
    ),
    (
        Reason.LIMITED_FLIGHTS,
        re.compile(
            r"\bflights\s+(?:[\w’'-]+\s+){0,4}?(?:had\s+|have\s+|has\s+)?(?:become\s+)?(?:scarce|rare|few|fewer)\b|"
            # "flight options had been severely limited"
            r"\bflight\s+(?:options|availability|connections)\s+(?:[\w’'-]+\s+){0,3}?(?:limited|reduced|restricted|scarce)\b|"
            r"\blimited\s+(?:commercial\s+)?(?:flights|flight\s+options|air\s+travel)|\bfew\s+(?:commercial\s+)?"
            r"(?:flights|air\s+travel\s+options)|\bflights?\s+(?:\w+\s+){0,3}?(?:suspended|cancell?ed|unavailable|"
            r"limited|stop|halt|end|cease|grounded|disrupted)\b|\bairports?\s+(?:\w+\s+){0,2}?(?:close|closed|closing|shut)\b|\bairspace\s+(?:closures?|closed|restrictions?|(?:\w+\s+){1,4}?(?:closed|shut))|\bclos(?:ure|ing)\s+of\s+(?:the\s+)?(?:[\w’']+\s+){0,4}?(?:airspace|airports?)\b|\bsuspension\s+of\s+(?:\w+\s+){0,2}?flights|"
            r"\bflight\s+cancell?ations\b|\b(?:cancell?ing|suspending|halting|grounding)\s+(?:\w+\s+){0,2}?flights\b|\bcancell?ations?\s+of\s+(?:\w+\s+){0,3}?flights\b|"
            r"\b(?:lack|shortage)\s+of\s+(?:commercial\s+|direct\s+)?flights\b|\b(?:limited|reduced|shrinking|dwindling)\s+number\s+of\s+(?:commercial\s+|direct\s+|international\s+)?flights\b|\bdisruptions?\s+(?:to|of|at)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:flights|air\s+travel|airports?)\b|\bflights\s+(?:[\w’'-]+\s+){0,5}?(?:have|has)\s+yet\s+to\s+(?:fully\s+)?resume\b|\b(?:commercial|airline)\s+services?\s+(?:[\w’'-]+\s+){0,5}?(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+)?(?:suspended|halted)\b|\bairports?\s+(?:closures?|closed)\b|"
            r"\b(?:closure|closing)\s+of\s+(?:the\s+|its\s+)?(?:airspace|airports?)\b|"
            # "roads and flights out of the area could be cut at short notice"
            r"\bflights\s+(?:[\w’'-]+\s+){0,5}?(?:could|may|might|would|can)\s+be\s+(?:cut|disrupted|suspended|"
            r"cancell?ed|halted)\b",
            _I,
        ),
    ),
]


def tag_reasons(text: str) -> list[tuple[Reason, int, int]]:
    """Every reason stated in `text`, with the span of the phrase that states it."""
    found: list[tuple[Reason, int, int]] = []
    for reason, pattern in REASON_PATTERNS:
        for match in pattern.finditer(text):
            found.append((reason, match.start(), match.end()))
    found.sort(key=lambda item: item[1])
    return found


# Official level wordings of the five governments, most severe first; the first that matches wins.
_LEVEL_WORDINGS: list[tuple[int, re.Pattern[str]]] = [
    (4, re.compile(r"\bdo\s+not\s+travel\b|\bavoid\s+all\s+travel\b|\bagainst\s+all\s+travel\b(?!\s+but)", _I)),
    (3, re.compile(r"\breconsider\b|\bavoid\s+non-?\s?essential\s+travel|\ball\s+but\s+essential\s+travel", _I)),
    (2, re.compile(r"\b(?:high\s+degree\s+of|increased)\s+caution\b", _I)),
    (1, re.compile(r"\bnormal\s+(?:safety\s+|security\s+)?precautions?\b", _I)),
]
_LEVEL_NUMBER = re.compile(r"\blevel\s*([1-4])\b", _I)

LEVEL_DIRECTIVES = {
    4: Directive.DO_NOT_TRAVEL,
    3: Directive.RECONSIDER_TRAVEL,
    2: Directive.INCREASED_CAUTION,
    1: Directive.NORMAL_PRECAUTIONS,
}


def level_from_wording(text: str) -> int | None:
    """The 1–4 level an official wording states ("Level 3: Reconsider Travel", "Avoid all travel"), or None."""
    number = _LEVEL_NUMBER.search(text)
    if number:
        return int(number.group(1))
    for level, pattern in _LEVEL_WORDINGS:
        if pattern.search(text):
            return level
    return None


_LEAVE_NOW = re.compile(
    r"\b(?:leave|depart|exit)\s+(?:\w+\s+){0,3}?(?:immediately|now|as\s+soon\s+as\s+(?:possible|you\s+can)|"
    r"at\s+the\s+earliest|without\s+delay)|\bshould\s+(?:consider\s+)?(?:leave|depart)\s+(?:the\s+country\s+)?"
    r"(?:by\s+commercial\s+means|while\s+commercial)",
    _I,
)


def states_leave_now(text: str) -> re.Match[str] | None:
    """Whether official text tells people already there to get out (a `leave_immediately` directive)."""
    return _LEAVE_NOW.search(text)


# Other governments' scales as news reports them. A colour is not a number: the level stays unknown and the
# wording is kept as `level_raw`. Hong Kong's Outbound Travel Alert and Taiwan's travel alerts use colours;
# South Korea's red/black and Japan's numbered levels say more than the number (see `scale_directive`).
COLOUR_DIRECTIVES: dict[str, Directive] = {
    "black": Directive.DO_NOT_TRAVEL,
    "red": Directive.RECONSIDER_TRAVEL,
    "orange": Directive.RECONSIDER_TRAVEL,
    "amber": Directive.INCREASED_CAUTION,
    "yellow": Directive.INCREASED_CAUTION,
}
# Governments whose colours mean something else than Hong Kong's: Belgium's, the Netherlands', Denmark's, France's and Taiwan's
# red is "do not travel" (orange "only necessary travel"), South Korea's red tells people to leave and black bans travel.
_COLOUR_SCALES: dict[str, dict[str, Directive]] = {
    "BE": {"red": Directive.DO_NOT_TRAVEL, "orange": Directive.RECONSIDER_TRAVEL, "yellow": Directive.INCREASED_CAUTION},
    "DK": {"red": Directive.DO_NOT_TRAVEL, "orange": Directive.RECONSIDER_TRAVEL, "yellow": Directive.INCREASED_CAUTION},
    "FR": {"red": Directive.DO_NOT_TRAVEL, "orange": Directive.RECONSIDER_TRAVEL, "yellow": Directive.INCREASED_CAUTION},
    "NL": {"red": Directive.DO_NOT_TRAVEL, "orange": Directive.RECONSIDER_TRAVEL, "yellow": Directive.INCREASED_CAUTION},
    "TW": {"red": Directive.DO_NOT_TRAVEL, "orange": Directive.RECONSIDER_TRAVEL, "yellow": Directive.INCREASED_CAUTION},
    "KR": {"red": Directive.LEAVE_IMMEDIATELY, "black": Directive.DO_NOT_TRAVEL, "yellow": Directive.RECONSIDER_TRAVEL},
}


def colour_directive(issuer: str, colour: str) -> Directive:
    """The directive a colour means on its issuer's scale (Hong Kong's Outbound Travel Alert by default)."""
    return _COLOUR_SCALES.get(issuer, COLOUR_DIRECTIVES).get(colour, COLOUR_DIRECTIVES[colour])


COLOUR_ALERT_PATTERN = re.compile(
    r"\b(black|red|amber|orange|yellow)\s+(?:outbound\s+)?(?:travel\s+)?(?:alerts?|warnings?|advisor(?:y|ies)|OTA)\b|"
    # France's map and the Netherlands' codes: "placed Niger in its red zone", "raised its travel advice to code red"
    r"\b(?:in|into|to)\s+(?:the\s+|its\s+|their\s+)?(black|red|orange|yellow)\s+(?:zones?|category|areas?)\b|"
    # ("raised its advice for Israel to orange": a government's own advice without "travel")
    r"\b(?:travel\s+alert|outbound\s+travel\s+alert|OTA|alert\s+level|travel\s+warning|travel\s+advice|alert|code|"
    r"(?:(?<=its\s)|(?<=their\s))(?:warning|advice))s?\b[^.;]{0,70}?"
    # ("raised the alert for Israel to black", "the alert for Lebanon remains red")
    r"\b(?:to|remains?|stays?|is\s+(?:still\s+)?|kept\s+at)\s+(?:the\s+)?(?:code\s+)?(black|red|amber|orange|yellow)\b|"
    r"\bcode\s+(red|orange|yellow)\b|"
    # 'France's "red" classification covers the whole country'
    r"(?<=[\"“‘'])(black|red|amber|orange|yellow)[\"”’']\s+(?:classification|rating|status|listing|category|zone|label)\b|"
    # "... for Thailand to amber and for Myanmar to red": the list goes on with another place and colour
    r"\band\s+(?:for\s+|on\s+)?(?:[A-Z][\w-]+\s+){1,3}to\s+(?:the\s+)?(black|red|amber|orange|yellow)\b|"
    # "... to red, and kept Lebanon at orange": a place kept or put at a colour of the same scale
    r"\b(?:kept|keeps?|keeping|put|puts|putting|placed|places|left|leaves|moved|moves)\s+(?:(?-i:[A-Z])[\w-]+\s+){1,3}"
    r"(?:at|on|to|in)\s+(?:the\s+)?(black|red|amber|orange|yellow)\b(?!\s+(?:zones?|category|areas?|alerts?|warnings?))",
    _I,
)
COLOUR_ALERT_LEADS = (
    "black red amber orange yellow travel outbound ota alert warning advice and in into to code kept keep put plac left "
    "leav mov"
)
# Scales whose numbers mean something else than the 1-4 of travelrisk: a level written alone (no directive
# wording near it) is read with the issuer's own meaning.
_SCALE_DIRECTIVES: dict[str, dict[int, Directive]] = {
    # Japan (MOFA): 1 exercise caution, 2 avoid non-essential travel, 3 avoid all travel, 4 evacuate.
    "JP": {
        1: Directive.INCREASED_CAUTION,
        2: Directive.RECONSIDER_TRAVEL,
        3: Directive.DO_NOT_TRAVEL,
        4: Directive.LEAVE_IMMEDIATELY,
    },
    # South Korea (MOFA): 1 blue caution, 2 yellow refrain, 3 red leave / do not travel, 4 black travel ban.
    "KR": {
        1: Directive.INCREASED_CAUTION,
        2: Directive.RECONSIDER_TRAVEL,
        3: Directive.LEAVE_IMMEDIATELY,
        4: Directive.DO_NOT_TRAVEL,
    },
    # The Philippines (DFA alert levels): 1 precautionary, 2 restriction (no non-essential travel),
    # 3 voluntary repatriation, 4 mandatory repatriation: both of the last tell Filipinos there to come home.
    "PH": {
        1: Directive.INCREASED_CAUTION,
        2: Directive.RECONSIDER_TRAVEL,
        3: Directive.LEAVE_IMMEDIATELY,
        4: Directive.LEAVE_IMMEDIATELY,
    },
}


# Governments whose "travel warning" is one level of their scale, not a generic word: Germany's and Austria's
# Reisewarnung warns against all travel (their lower level is a "safety notice").
_TRAVEL_WARNING_MEANS: dict[str, Directive] = {"DE": Directive.DO_NOT_TRAVEL, "AT": Directive.DO_NOT_TRAVEL}
_TRAVEL_WARNING = re.compile(r"\btravel\s+warnings?\b", re.IGNORECASE)


def warning_directive(issuer: str, phrase: str) -> Directive | None:
    """The directive a "travel warning" of `issuer` states, where its scale gives the phrase a meaning."""
    return _TRAVEL_WARNING_MEANS.get(issuer) if _TRAVEL_WARNING.search(phrase) else None


def scale_directive(issuer: str, level: int) -> Directive:
    """The directive a level stated alone means on its issuer's scale (US-style scales by default)."""
    return _SCALE_DIRECTIVES.get(issuer, LEVEL_DIRECTIVES).get(level, LEVEL_DIRECTIVES[level])
