"""Travel advisories stated in news text: who advises, about where, how strongly, why (pure).

A sentence yields advisories when it holds a travel directive ("urged its citizens to leave", "advises
against all travel", "Level 4"). The issuer is the government acting or addressing its own citizens; the
subjects are the places in the directive's clause; reasons come from the clause after "due to",
"citing", "amid"... Several sentences about the same (issuer, subject) pair merge into one advisory with
the strongest directive, as the ground-truth schema asks.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from travelrisk.extract.anchored import Anchored
from travelrisk.extract.context import ArticleContext, SentenceView, reports_another
from travelrisk.extract.hedged import not_done, unstated
from travelrisk.extract.reasons import tag_reason, tag_reasons
from travelrisk.extract.roles import _LIST_JOINER, FOLLOWED, RANGE_TO, TAKEN_OUT_OF, Actor, Role, institutions
from travelrisk.extract.text import Sentence, is_headline
from travelrisk.geo.cities import mission_cities_in
from travelrisk.geo.countries import neighbours, scan
from travelrisk.geo.regions import regions_in
from travelrisk.model import DIRECTIVE_STRENGTH, Directive, Evidence, ExtractedAdvisory, Reason, ReasonEvidence
from travelrisk.model.lexicon import (
    COLOUR_ALERT_LEADS,
    COLOUR_ALERT_PATTERN,
    COLOUR_DIRECTIVES,
    LEVEL_DIRECTIVES,
    colour_directive,
    scale_directive,
    warning_directive,
)
from travelrisk.model.scales import SCALES

_I = re.IGNORECASE
_CITIZEN_NOUNS = (
    r"(?:citizens|nationals|compatriots|countrymen|residents|travell?ers|tourists|expatriates|expats|people|"
    r"Americans|Britons|[A-Z][a-z]+(?:ans|ians|ese|ish|is|ers))"
)
_STAFF = re.compile(
    r"\b(?:staff|personnel|employees|diplomats|family\s+members|dependants|dependents|officials|"
    r"troops|soldiers|workers\s+at\s+the\s+embassy|ambassadors?|envoys?|consuls?(?:\s+general)?|charg[eé]s?\s+d[’']affaires)\b",
    _I,
)
# "tells US government employees not to travel to Narathiwat": a rule for its own staff, not advice to citizens
_STAFF_ADDRESSED = re.compile(
    r"\b(?:government|embassy|diplomatic|consular)\s+(?:employees|personnel|staff)(?:\s+and\s+(?:their\s+)?"
    r"(?:families|family\s+members|dependants|dependents))?\s+(?:(?:are|were|is|must|should)\s+)?(?:(?:not|also)\s+)?$|"
    # ("has told its own staff not to travel to the two regions": a rule for the mission's people)
    r"\b(?:told|tells|telling|ordered|instructed|asked|barred|advised)\s+(?:its|their)\s+(?:own\s+)?(?:employees|personnel|staff)\s+"
    r"(?:not\s+)?(?:to\s+)?$",
    _I,
)

# Advice asked of a government by others ("Lawmakers urged the State Department to evacuate the embassy").
_GOVERNMENT_ADDRESSED = re.compile(
    r"\s*(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}(?:State\s+Department|Foreign\s+(?:Office|Ministry)|[Gg]overnment|"
    r"[Aa]dministration|[Mm]inistry|White\s+House|Congress|[Pp]resident|[Pp]rime\s+[Mm]inister)\s*"
)


# "urged ministers to advise Britons against ...", "pressed the Foreign Office to tell ...": advice asked of a
# government, not given
_GOVERNMENT_ASKED = re.compile(
    r"\b(?:urg|press|call\w*\s+(?:on|upon)|ask|demand|lobb|push)\w*\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}"
    r"(?:ministers?|[Gg]overnment|State\s+Department|Foreign\s+(?:Office|Ministry)|FCDO|[Aa]dministration|[Mm]inistry)"
    r"\s+to\s+(?:\w+\s+){0,3}?$"
)


def _addresses_staff(text: str, at: int) -> bool:
    before = text[max(0, at - 60) : at]
    if _DIPLOMATS_FAMILIES.search(before):
        return True  # ("British diplomats' families have been told to leave": the mission's people, a departure)
    return ("staff" in before or "personnel" in before or "employees" in before) and bool(_STAFF_ADDRESSED.search(before))


_DIPLOMATS_FAMILIES = re.compile(
    r"\b(?:diplomats[’']|embassy\s+staff[’']s?|(?:families|dependants|dependents)\s+of\s+(?:\w+\s+){0,2}?diplomats)\s*"
    r"(?:families|dependants|dependents)?\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:been\s+)?(?:\w+\s+){0,2}$",
    _I,
)


# Directive phrases, strongest first. Each is a regular expression over one sentence, tried where one of its
# leading words starts (`anchored.py`; the words are listed after each pattern).
_TRIGGER_PATTERNS: list[tuple[Directive, re.Pattern[str]]] = [
    (
        Directive.LEAVE_IMMEDIATELY,
        re.compile(
            r"\b(?:leave|leaving|depart|departing|exit|get\s+out(?:\s+of)?|evacuate\s+from|come\s+home|return\s+home)\b(?:\s+[\w’'\"“”()-]+){0,6}?\s+[\"“]?"
            # ("should leave as soon as it is safe to do so": the advice of the UK and Australia to those there)
            r"(?:immediately|at\s+once|right\s+away|now|as\s+soon\s+as\s+(?:possible|they\s+can|you\s+can|it\s+is\s+safe)|asap|"
            r"at\s+the\s+earliest(?:\s+(?:opportunity|possible))?|without\s+delay|urgently|"
            r"while\s+(?:commercial\s+)?(?:flights|options|means|transport)|(?:by|through|via|using)\s+(?:any\s+|all\s+)?(?:available|possible)\s+means|by\s+(?:any|all)\s+means|"
            r"by\s+(?:the\s+)?(?:first|earliest)\s+available|(?:by|using)\s+(?:the\s+)?(?:limited\s+)?commercial)",
            _I,
        ),
    ),
    (
        Directive.LEAVE_IMMEDIATELY,
        re.compile(
            r"\b(?:immediately|urgently|promptly|quickly)\s+(?:leave|depart|exit|evacuate)\b|"
            # ("a level-3 departure recommendation": South Korea's and Japan's scales name their levels so)
            r"\b(?:evacuation|departure)\s+(?:advisory|advice|recommendation|warning|order\s+for\s+(?:citizens|nationals))\b|"
            r"\brecommendation\s+(?:for\s+(?:\w+\s+){1,3})?to\s+(?:leave|depart|evacuate)\b|"
            # the Philippines' alert levels 3 and 4: its workers abroad are brought home
            r"\b(?:mandatory|voluntary|compulsory)\s+repatriation\b|"
            # "urged Americans to book any ticket available to them": to leave on it
            r"\b(?:book|buy|take)\s+(?:any|the\s+first)\s+(?:\w+\s+)?(?:tickets?|seats?)\s+(?:available|they\s+can)\b|"
            r"\b(?:urg\w*|call\w*\s+on|calling\s+on|advis(?!or(?:y|ies)|[eo]rs?\b)\w*|told|tell\w*|ask\w*|instruct\w*|recommend\w*|"
            r"encourag\w*|direct\w*|warn\w*|appeal\w*|call\w*\s+for|pleas?)\b"
            # whom, up to the verb; another clause ("..., while Germany told its citizens to leave") is not whom
            # (nor past another instruction: "urged Nigerians in Sudan to remain calm as it works to evacuate them")
            r"(?P<who>(?:(?!\b(?:while|whereas|against|but)\b|\bto\s+(?:remain|stay|keep|be|exercise|avoid|follow|"
            r"monitor|register|contact|shelter)\b)[^.;:]){0,90}?)\b(?:to|should|must)\s+"
            # ("told not to leave the building": the opposite)
            r"(?:(?!not\b|never\b)\w+\s+){0,2}?(?:leave|depart|exit|flee|get\s+out(?:\s+of)?|evacuate|return\s+home|come\s+home|quit|"
            # "had told their nationals to go.", "to go home now" (not "to go to the embassy")
            r"go(?=\s*[.;!]|\s+(?:home|now|immediately)\b)|"
            # "told Kenyans living in Haiti to relocate to safer countries" (not "to safer areas" of the same country)
            r"relocate\s+(?:to\s+(?:a\s+)?(?:safer|third|neighbou?ring|another|other)\s+countr(?:y|ies)|out\s+of|abroad)|"
            # "urges its citizens in Niger to take the French evacuation flights"
            r"(?:take|board|catch|use)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?evacuation\s+(?:flights?|planes?|convoys?))\b|"
            # "recommended Armenian citizens leave Israel", "urged that its nationals depart": no "to"
            r"\b(?:recommend\w*|urg\w*|ask\w*|advis(?![eo]rs?\b)\w*|demand\w*|insist\w*)\s+(?:that\s+)?(?:all\s+|its\s+|their\s+)?"
            # ("recommended that its roughly 2,000 nationals in Haiti leave")
            r"(?:(?:roughly|some|about|around|approximately|an\s+estimated|nearly|more\s+than)\s+[\d,.]+\s+)?"
            r"(?:[A-Z]\w+\s+)?(?:citizens|nationals|compatriots|Americans|Britons|[A-Z][a-z]+(?:ans|ians|ese|is)|"
            r"Czechs|Poles|Swedes|Danes|Finns|Thais|Swiss|Dutch|French|Irish|Greeks|Turks|Slovaks|Croats|Serbs|Brits|"
            r"Filipinos|Kiwis)"
            # ("recommends Koreans in the regions leave the area")
            r"(?:\s+(?:in|there|still|currently)\b[^.;,]{0,30}?)?\s+(?:\w+ly\s+)?(?:leave|depart|evacuate)\b|"
            r"\b(?:are|were|is)\s+(?:being\s+)?(?:urged|advised|told|asked|encouraged|called\s+on)\s+to\s+"
            r"(?:\w+\s+)?(?:leave|depart)\b|"
            r"\b(?:citizens|nationals|compatriots|Americans|Britons)\b[^.;:]{0,60}?\bshould\s+(?:\w+\s+){0,2}?"
            r"(?:leave|depart|evacuate|return\s+to\s+the\s+United\s+(?:States|Kingdom))\b|"
            # "Those already there should leave", "travellers still in the country should depart" (not "should leave
            # their valuables")
            r"\b(?:those|anyone|people|travell?ers|visitors)\s+(?:who\s+are\s+)?(?:already|still|currently)\s+(?:there|in\s+"
            r"[^.;,]{1,40}?)\s+should\s+(?:\w+\s+)?(?:leave|depart)\b(?!\s+(?:their|your|valuables|the\s+(?:area|building|hotel)))|"
            # "gave their citizens two weeks to leave Qatar": a deadline to leave
            r"\bgave\s+(?:its\s+|their\s+|all\s+)?(?:citizens|nationals|residents|[A-Z][a-z]+(?:ans|ians|ese|is|s))\s+"
            r"(?:\w+\s+){0,2}?(?:days?|weeks?|hours?)\s+to\s+leave\b|"
            # "Singaporeans currently in either country should consider leaving" (a strength not stated: below)
            r"\bshould\s+consider\s+(?:leaving|departing)\b",
            _I,
        ),
    ),
    (
        Directive.DO_NOT_TRAVEL,
        re.compile(
            # (not a wish: "Guests who would rather not travel to Bali can transfer to ...")
            r"\b(?:do\s+not|don[’']t|not\s+to|never)\s+(?:travel|visit|go)\b|(?<!rather\s)(?<!prefer\s)\bnot\s+(?:to\s+)?(?:travel|visit)\b|"
            # ("are advised not to undertake any travel to Iraq")
            r"\b(?:do\s+not|not\s+to)\s+(?:undertake|make|plan)\s+(?:any\s+)?(?:travel|trips?|journeys?|visits?)\s+to\b|"
            # (not "all travel that is not strictly necessary", which is non-essential travel)
            r"\b(?:avoid(?:ing)?|against)\s+all\s+(?:travel|trips)\b(?!\s+but)(?![^.;]{0,50}?\bnot\s+(?:\w+\s+)?(?:necessary|essential)\b)|"
            r"\b(?:refrain|abstain)\s+from\s+(?:all\s+|any\s+)?(?:travel\w*|trips|visit\w*|going)\b|"
            # ("warned Americans to put off any travel to Cambodia")
            r"\b(?:defer|postpone|cancel|suspend|put\s+off)\s+(?:all|any)\s+(?:travel|trips?|journeys?|visits?)\b(?!\s+(?:\w+\s+)?non)|"
            r"\b(?:defer|postpone|cancel|suspend|put\s+off)\s+(?:travel\w*|trips|visits)\s+(?:to\b|there\b)|"
            r"\b(?:deferring|postponing|cancell?ing)\s+(?:all\s+|any\s+)?(?:travel\w*|trips|visits)\s+to\b|"
            # "asked Chileans planning trips to Peru to postpone them"
            r"\bto\s+(?:postpone|defer|cancel|delay|put\s+off)\s+(?:them|those\s+trips|their\s+(?:trips|travel|plans|visits))\b|"
            # Japan's level 3: "asked to stop all travel"
            r"\b(?:stop|halt|cease)\s+all\s+(?:travel|trips)\b|"
            r"\bavoid(?:ing)?\s+(?:travel\w*|trips|going|visiting|visits)\s+to\b|"
            # "asking its nationals to avoid travel" (not a tip: "avoid travel at night", "avoid travel by road")
            r"\bavoid(?:ing)?\s+travel(?:ling|ing)?\b(?!\s+(?:at|by|on|after|before|during|between|to)\b)|"
            r"\bavoid(?:ing)?\s+(?:all\s+)?(?:overseas|international|foreign)\s+travel\b|"
            # "Travel to Sudan should be avoided" (not "non-essential travel ... should be avoided")
            r"(?<!essential\s)(?<!necessary\s)(?<!urgent\s)\btravel\s+(?:to\s+[^.;,]{1,40}?\s+)?(?:should|must|is\s+to)\s+be\s+avoided\b|"
            # 'travel there is "formally advised against"' (France's red; not "non-essential travel is advised against")
            r"(?<!essential\s)(?<!necessary\s)(?<!urgent\s)\btravel\s+(?:to\s+[^.;,]{1,40}?\s+|there\s+)?(?:is|was|remains)\s+"
            r"(?:now\s+|still\s+)?[\"“]?(?:formally\s+|strongly\s+)?advised\s+against\b|"
            # ("has coloured the whole frontier strip red on its map": France's map, red for formally advised against)
            r"\bcolou?r(?:ed|s|ing)?\b(?=\s+(?:[\w’'-]+\s+){1,8}?red\b)|"
            # ('advised its nationals "in the strongest terms" against travelling')
            r"\b(?:warn\w*|advis\w*|advice|caution\w*|recommend\w*)\s+(?:[\w’'\"“”]+\s+){0,7}?against[\"”]?\s+[\"“]?(?:any\s+|all\s+)?"
            r"(?:travel\w*|trips?|visit\w*)\b(?!\s+but)(?![^.;]{0,50}?\bnot\s+(?:\w+\s+)?(?:necessary|essential)\b)|"
            r"\b(?:is|are|was|remains)\s+(?:strongly\s+)?not\s+(?:recommended|advised|advisable)\b|"
            # "to avoid Lebanon", "to stay away from Lebanon", "banned its citizens from travelling to"
            # (not "stay away from the area around the French Embassy", "... from demonstrations": a safety tip)
            # (not "to avoid the Ratchadamnoen Avenue area": a spot in a city, a safety tip)
            r"\bto\s+avoid\s+(?:the\s+)?(?-i:[A-Z])(?![\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}\s+(?:area|avenue|street|road|square|"
            r"neighbou?rhood|quarter|market|bazaar|embassy|consulate|mosque|temple|hotel|stadium|park|boulevard|plaza)\b)|"
            r"\bstay\s+away\s+from\b(?!\s+(?:the\s+)?(?:areas?\s+(?:around|near)|"
            r"demonstrations|crowds|gatherings|protests|rallies|large\s+gatherings))|"
            # "urged Thais to avoid the region" (not "avoid the area around the embassy": a safety tip)
            r"\bto\s+avoid\s+(?:the|that|this)\s+(?:region|country|(?:border|frontier)\s+(?:areas?|zones?|regions?))\b|"
            # ("to avoid the northern provinces of Mozambique")
            # (not "to avoid areas of demonstrations": a safety tip)
            r"\bto\s+avoid(?=\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:areas?|regions?|provinces?|parts?|districts?)\s+(?:near|along|"
            r"bordering|close\s+to|adjacent\s+to|of(?!\s+(?:the\s+)?(?:demonstrations?|protests?|unrest|gatherings?|crowds?|"
            r"rall(?:y|ies))))\b)|"
            # "to avoid the border regions of both countries"
            r"\bto\s+avoid(?=\s+(?:the\s+)?(?:border|frontier)\s+(?:areas?|regions?|provinces?|districts?|zones?)\s+(?:of|with|near|along)\b)|"
            r"\b(?:bann?(?:ed|s|ing)?|barr?(?:ed|s|ing)?|prohibit\w*|forb[ai]d\w*)\s+(?:\w+\s+){0,3}?from\s+(?:travel\w*|going|visiting)\b|"
            # "its ban on Emiratis travelling to Lebanon"
            r"\bbans?\s+on\s+(?:(?-i:[A-Z])[\w-]+\s+|its\s+|their\s+|\w+\s+){1,3}?(?:travel\w*|going|visiting)\s+to\b|"
            r"\btravel[\s-]bans?\b(?!\s+(?:imposed\s+|placed\s+)?on\s+(?:\w+\s+){0,2}(?:officials|individuals|persons|people|members|"
            r"citizens|oligarchs|figures|leaders|journalists?|activists?|critics?|lawmakers|politicians?|him|her|them))|\b(?:no-travel|do-not-travel|(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bis\s)(?<!\bthere\s)no\s+travel)\s+"
            # ("has no travel warning for Egypt": none at all)
            r"(?:list|zone|advisory|warning|countr(?:y|ies))\b|"
            r"(?<![\w-])no\s+travel\s+to\b|"
            # (not "one step below the highest level": the scale's top named to say where the advice is not)
            r"(?<!second[\s-])(?<!third[\s-])(?<!below\sthe\s)(?<!below\sits\s)(?<!under\sthe\s)(?<!short\sof\sthe\s)"
            r"\b(?:highest|maximum|top)(?:\s+|-)(?:level\s+)?(?:travel\s+)?(?:alert|warning|advisory|risk\s+level|"
            r"level|degree|grade|category|tier)\b"
            # (not a weather office's "highest level of warning for heavy rain", nor 'the "highest level" wording')
            r"(?![\"”’']?\s+(?:wording|phrase|label|term|claim)\b)(?![^.;]{0,30}?\bfor\s+(?:heavy\s+|torrential\s+)?(?:rain\w*|storms?|snow\w*|winds?|floods?|flooding|heat\w*|"
            r"typhoons?|cyclones?|thunderstorms?)\b)|"
            # "raised its risk level for Israel to the highest", "placed Israel in its highest risk category"
            r"\b(?:risk|alert|warning|advisory)\s+(?:level|category|rating)\b[^.;]{0,40}?\bto\s+(?:the|its)\s+(?:highest|maximum|top)\b(?!\s+\w)|"
            r"\b(?:highest|maximum|top)\s+risk\s+(?:level|category|rating)\b|"
            r"(?<!second[\s-])(?<!third[\s-])\b(?:highest|top)\s+of\s+(?:its\s+|the\s+)?(?:three|four|five|six|[3-6])\s+(?:levels|categories|tiers|grades)\b|\bspecial\s+(?:travel\s+)?(?:advisory|alert|warning)\b|\bnot\s+safe\s+to\s+travel\b|\bban(?:ned|s)?\s+(?:all\s+)?travel\s+to\b|"
            r"\bbans?\s+on\s+(?:(?:its|their|all)\s+)?(?:citizens\s+|nationals\s+)?travel\w*\s+to\b",
            _I,
        ),
    ),
    (
        Directive.RECONSIDER_TRAVEL,
        re.compile(
            # "the second-highest of its four levels": one below the top of a four-level scale (read with the issuer's
            # scale, below; "the second-highest level" of a scale of unknown size says no strength)
            r"\bsecond[\s-]highest\s+of\s+(?:its\s+|the\s+)?(?:four|4)\s+(?:levels|categories|tiers|warnings|steps)\b|"
            r"\breconsider\s+(?:(?:your|their|the)\s+need\s+to\s+|(?:their\s+|any\s+)?plans?\s+to\s+)?"
            r"(?:travel\w*|trips|visit\w*|going)\b|"
            r"\bnon-?\s?(?:essential|urgent)\s+(?:(?:international|overseas|foreign)\s+)?(?:travel|trips?|visits?|journeys?)\b|"
            r"\ball\s+but\s+essential\s+(?:(?:international|overseas|foreign)\s+)?travel\b|"
            # ("to postpone sightseeing trips to Bangkok": travel for pleasure put off, other travel not)
            r"\b(?:defer|postpone|put\s+off|cancel|delay)\s+(?:all\s+|any\s+)?(?:sightseeing|tourist|leisure|holiday|pleasure)\s+"
            r"(?:travel|trips?|visits?|journeys?|tours?)\b|"
            r"\b(?:strongly\s+)?discourag\w+\b|\bunnecessary\s+(?:travel|trips)\b|\bnot\s+(?:strictly|urgently|absolutely|really)\s+necessary\b|"
            # ("advises against all travel that is not necessary")
            r"\b(?:travel|trips?|journeys?|visits?)\s+(?:to\s+[^.;,]{1,40}?\s+)?that\s+(?:is|are)\s+not\s+(?:\w+ly\s+)?(?:necessary|essential|urgent)\b|"
            # "asking Japanese to consider carefully whether a trip there is really necessary"
            r"\bconsider\s+(?:\w+ly\s+)?whether\s+(?:an?\s+|the\s+|their\s+|any\s+)?(?:trip|travel|journey|visit)s?\s+"
            r"(?:[\w’'-]+\s+){0,5}?(?:is|are)\s+(?:really\s+|truly\s+|absolutely\s+|strictly\s+)?(?:necessary|essential|needed)\b",
            _I,
        ),
    ),
    (
        Directive.INCREASED_CAUTION,
        re.compile(
            r"\bexercis\w+\s+(?:a\s+|the\s+)?(?:increased|high(?:er)?\s+degree\s+of|extreme|extra|heightened|utmost|great|"
            r"greater|special|more|sufficient|due|particular)?\s*caution\b|\b(?:increased|heightened|a\s+high\s+degree\s+of)\s+caution\b|"
            # ('recommended "the utmost caution"'; not a bare "urge caution" in a headline, said of safety tips)
            r"\b(?:recommend|urg|advis)\w*\s+[\"“]?(?:the\s+)?(?:utmost|extreme|maximum|great|increased|extra)\s+caution\b|"
            r"\b(?:remain|stay|be)\s+(?:extra\s+|highly\s+|more\s+|very\s+|especially\s+|particularly\s+|extremely\s+|"
            r"increasingly\s+|all\s+the\s+more\s+)?(?:vigilant|alert|cautious|careful)\b|"
            # ("to take extra care for their safety")
            r"\btake\s+(?:extra\s+|additional\s+|necessary\s+|all\s+|extreme\s+|utmost\s+|maximum\s+|every\s+|special\s+)?"
            r"(?:precautions?|safety\s+precautions)\b|"
            r"\btake\s+(?:extra|special|particular|great|additional)\s+care\b|"
            r"\bheightened\s+vigilance\b|\bincreased\s+vigilance\b|"
            # "cautioned Russian citizens planning trips to Azerbaijan to take the situation into account"
            r"\b(?:caution|warn)\w*\s+(?:[\w’']+\s+){0,3}?(?:citizens|nationals|tourists|travell?ers|compatriots|"
            r"[A-Z][a-z]+(?:ans|ians|ese|is))\s+(?:who\s+are\s+)?(?:planning|considering|intending|contemplating)\s+"
            r"(?:to\s+(?:travel|visit|go)\b|trips?\b|travel\w*|visits?\b|holidays?\b|a\s+(?:trip|visit)\b)|"
            r"\b(?:strengthen|heighten|increase|step\s+up|enhance|tighten|raise|raising|improve)\w*\s+(?:their\s+|its\s+|your\s+)?"
            r"(?:safety\s+|security\s+)?(?:precautions|vigilance|awareness|self-protection)\b|"
            # China's "pay attention to safety", "pay close attention to their personal safety"
            # (the call itself, "reminded citizens to pay attention": not one item in a list of stronger advice)
            r"(?<=\bto\s)pay\s+(?:close\s+|more\s+|special\s+|extra\s+|great\s+)?attention\s+to\s+(?:their\s+|your\s+)?(?:personal\s+)?"
            r"(?:safety|security)\b|"
            # China's "take effective protective measures"
            r"\btake\s+(?:effective\s+|necessary\s+|all\s+necessary\s+)?(?:protective|precautionary|security|safety)\s+measures\b|"
            # a government's people abroad told to stay indoors ("advised Pakistani students in Bishkek to remain indoors",
            # "students are advised to stay indoors"): caution where they are
            r"\b(?:advis|urg|told|tell|ask|instruct|recommend)\w*\s+(?:all\s+|its\s+|their\s+|our\s+)?(?:[\w’'-]+\s+){0,2}?"
            # ("has told Ghanaians living in the city to stay indoors")
            r"(?:students|citizens|nationals|compatriots|(?-i:[A-Z][a-z]+(?:ans|ese|is)))\s+(?:[\w’'-]+\s+){0,4}?to\s+(?:stay|remain)\s+(?:indoors|at\s+home|inside)\b|"
            r"\b(?:students|citizens|nationals|compatriots)\s+(?:are|were)\s+(?:being\s+)?(?:advised|urged|told|asked)\s+to\s+(?:stay|remain)\s+(?:indoors|at\s+home|inside)\b",
            _I,
        ),
    ),
    (Directive.NORMAL_PRECAUTIONS, re.compile(r"\bnormal\s+(?:safety\s+|security\s+)?precautions\b", _I)),
    # Phrases with a leading word common in other sentences, tried only where it starts (their own leads):
    # "ordered its citizens to leave" (an order to staff is a mission's departure; "a mandatory order to leave post"
    # names none), and Ireland's "high degree of caution" named without "a"
    (
        Directive.LEAVE_IMMEDIATELY,
        re.compile(
            r"\border(?:ed|s|ing)\s+(?:all\s+|its\s+|their\s+)?(?:[A-Z]\w+\s+)?(?:citizens|nationals|compatriots)\s+"
            r"(?:[\w-]+\s+){0,4}?to\s+(?:leave|depart|evacuate)\b",
            _I,
        ),
    ),
    (Directive.INCREASED_CAUTION, re.compile(r"\bhigh\s+degree\s+of\s+caution\b", _I)),
]
_TRIGGER_LEADS = [
    "leave leaving depart exit get evacuate",
    "immediately urgently promptly quickly evacuation mandatory voluntary compulsory urg call advis told tell ask instruct "
    "recommend encourag direct warn are "
    "were is citizens nationals compatriots americans britons those anyone people travellers travelers visitors",
    "do don not never avoid against refrain abstain defer postpone cancel suspend put warn advis advice caution travel no- "
    "is are was remains "
    "do- no highest maximum top ban bar prohibit forb recommend special colour color",
    "reconsider non all strongly discourag unnecessary not second",
    "exercis increased heightened a remain stay be take strengthen heighten increase step enhance tighten pay",
    "normal",
    "",  # (derived from the pattern)
    "",
]
TRIGGERS: list[tuple[Directive, Anchored]] = [
    (directive, Anchored(pattern, leads))
    for (directive, pattern), leads in zip(_TRIGGER_PATTERNS, _TRIGGER_LEADS, strict=True)
]
# An advisory named without its content ("Austria keeps travel warnings in force for ..."): issuer and
# subject are facts even when the directive is not stated.
ADVISORY_NOUN = Anchored(
    re.compile(
        r"\btravel\s+(?:warnings?|advisor(?:y|ies)|alerts?|advice|notices?)\b|"
        r"\b(?:issu|rais|updat|upgrad|extend|reissu|renew|tighten|lower|downgrad|chang|revis|amend|eas|relax|soften)\w*\s+"
        r"(?:\w+\s+){0,3}?(?:travel\s+)?"
        # ("downgraded its security level for Sri Lanka": Austria's scale)
        r"(?:warnings?|advisor(?:y|ies)|alerts?|(?:risk|security)\s+(?:level|rating)s?|(?:its|their)\s+(?:own\s+)?(?:travel\s+)?(?:advice|guidance))\b|"
        # "the Foreign Office has updated its Laos page": a government's page of advice for a country
        r"\b(?:updat|revis|amend|chang)\w*\s+(?:its|their)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+(?:travel\s+)?(?:advice\s+)?page\b|"
        # "has warned Americans about travel to Mexico": advice given, its strength not stated
        r"\bwarn\w*\s+(?:[\w’']+\s+){0,4}?(?:about|of)\s+(?:the\s+(?:risks?|dangers?)\s+of\s+)?travel\w*\s+to\b|"
        # "The State Department's latest advisories:": a heading over the lines that give them
        r"\b(?:latest|new|current|updated|recent)\s+advisories\b",
        _I,
    ),
    "travel issu rais updat upgrad extend reissu renew tighten lower downgrad chang revis amend eas relax soften warn "
    "latest new current recent",
)

# A travel-advice setting; without one, caution phrases are just prose.
_ADVICE_CONTEXT = Anchored(re.compile(
    r"\b(?:travel|travell?ers?|travell?ing|recommend\w*|advisor(?:y|ies)|advice|advis\w+|warn\w*|alerts?|urg\w+|citizens|nationals|compatriots|"
    r"embassy|ministry|visit\w*|trips?|leave|leaving|depart\w*|exit|ask(?:s|ed|ing)?|told|tells?|request\w*|call\w*|repatriation|"
    r"risk\s+(?:level|category|rating)|"
    # ("the Foreign, Commonwealth and Development Office has updated its Laos page": a foreign ministry's page)
    r"(?:Foreign|Development)\s+Office|State\s+Department|FCDO|"
    # "put Iran at code red", "placed Niger in its red zone": the Dutch and French scales named without "travel"
    r"(?:at|to|in|into)\s+(?:the\s+|its\s+|their\s+)?(?:code\s+(?:red|orange)|(?:red|orange)\s+(?:zone|category))|"
    # ("raised the code for Saudi Arabia to orange")
    r"(?:the|its|their)\s+code\s+(?:for|of))\b",
    _I,
))
_NOT_ADVICE = Anchored(re.compile(
    r"\bvisa[s-]?\b|\bvisa-free\b|\bpassports?\s+(?:processing|renewal|applications?)\b|"
    # a ban imposed on people is a sanction; one "on Niger," is advice about a country
    r"\b(?:impos\w+|slap\w*)\s+(?:\w+\s+){0,4}travel\s+bans?\b(?!\s+(?:on|to|for|against)\s+(?:travel\s+to\s+)?"
    r"(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s*[,.;]|\s*$|\s+(?:and|for|from|until|over|amid|due|because|after)\b))|\btravel\s+bans?\s+(?:and|on)\s+(?:\w+\s+){0,3}"
    r"(?:officials|individuals|persons|oligarchs)|\bfootball\b|\bbanning\s+orders?\b|"
    # ("guidance that advises against travel or trade restrictions on countries with cholera": against restrictions)
    r"\bagainst\s+(?:(?:travel|trade)\s+(?:or|and)\s+)?(?:travel|trade)\s+(?:restrictions|bans)\b",
    _I,
))
# "India, which suspended visa services in Canada last month, has told its nationals ...": an aside about another act
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s[^,;.]{1,120},")


def _not_advice(text: str) -> bool:
    """Whether the sentence is about visas, sanctions or sport rather than advice (outside a relative aside)."""
    found = _NOT_ADVICE.search(text)
    if found is None:
        return False
    asides = [m.span() for m in _RELATIVE_ASIDE.finditer(text)]
    # ("told its nationals to avoid all travel to Guinea and suspended visa services at its embassy": a mission's work)
    asides += [m.span() for m in _MISSION_VISA_WORK.finditer(text)]
    return any(not any(a <= m.start() < b for a, b in asides) for m in _NOT_ADVICE.finditer(text, found.start()))


_MISSION_VISA_WORK = re.compile(
    r"\b(?:suspend|halt|stop|paus|resum|restor|cancel)\w*\s+(?:(?:all|its|their|the|routine|in-person)\s+)*visa\s+"
    r"(?:services|processing|issuance|appointments|operations|work|interviews)\b",
    _I,
)


# What a level means, said of no place: "the top rung is Level 4", "with Level 4 meaning mandatory repatriation"
# (a scale's steps listed are left to `_explains_scale`: the sentence says whose scale it is); a sentence that also
# applies a level or gives advice to someone stays advice
_DEFINES_LEVEL = Anchored(re.compile(
    r"\b(?:top|highest|lowest|bottom)\s+(?:rung|step|tier|notch)\s+is\s+(?:the\s+)?(?:level|category)\b|"
    r"\b(?:level|category)[\s-]*(?:[1-4]|one|two|three|four)[\"”’']?,?\s+(?:means|meaning|denotes|stands\s+for)\b",
    _I,
))
_LEVEL_APPLIED = Anchored(re.compile(
    r"\bappl(?:y|ies|ied)\s+to\b|\b(?:rais|lower|plac|upgrad|downgrad|issu|advis|urg)\w*\b|\b(?:put|puts|kept|keeps|"
    r"rated|rates|told|tells)\s+(?:its|their|his|her|(?-i:[A-Z]))",
    _I,
))


def _defines_levels(text: str) -> bool:
    """Whether the sentence only says what levels mean (an explainer's scale), applying none to a place."""
    return _DEFINES_LEVEL.search(text) is not None and _LEVEL_APPLIED.search(text) is None


# A storm or an eruption makes evacuation orders and warnings that are not travel advice; advice that names travel
# to a place stays advice ("avoid all travel to Guerrero State ... following damage by Hurricane Otis").
_WEATHER = Anchored(re.compile(r"\bhurricane\b|\bcyclone\b|\bvolcan", _I))
_TRAVEL_TO = re.compile(r"\btravel\w*\s+to\b|\btravel\s+(?:advice|advisor(?:y|ies)|warnings?|alerts?)\s+(?:for|on|to|about)\b", _I)
_LEVEL_WRITTEN = Anchored(
    re.compile(
        # ("raised the threat level to four": the number the level went to)
        r"\b(?:level|category)(?:[\s-]*(?::\s*)?|\s+to\s+)(one|two|three|four|[1-4])\b(?![.,]\d)(?!\s*(?:of|out\s+of)\s+(?:5|five))", _I
    ),
    "level category",
)
# "the fourth and highest level": the ordinal is the number (not "the second-highest level")
_ORDINAL_LEVEL = Anchored(
    re.compile(
        r"\b(first|second|third|fourth)(?:(?:\s+and\s+(?:highest|top|lowest))?\s+level\b(?!\s*(?:of|out\s+of)\s+(?:5|five))|"
        # "the third of four levels", "the second of its four tiers"
        r"\s+(?:of|on)\s+(?:its\s+|the\s+|a\s+)?(?:four|4)[\s-]+(?:(?:level|tier|step|point)\s+)?(?:levels|tiers|steps|scale)\b)",
        _I,
    )
)

# "Port Moresby moved up a level, to three": the step, then the level it reached
_LEVEL_STEP = Anchored(
    re.compile(r"\b(?:up|down)\s+(?:a|one)\s+level,?\s+to\s+(one|two|three|four|[1-4])\b(?![.,]?\d)", _I)
)


_DOMESTIC_LEVEL = re.compile(
    r"\b(?:national|domestic|country[’']s|own)\s+(?:terror(?:ism|ist)?\s+)?(?:threat|alert|security|terror(?:ism)?)\s+level\b", _I
)
# A table's cell that opens with the level and its wording ("Niger | 4: Do Not Travel | 3", "| 3 (Avoid all travel) |")
_TABLE_LEVEL = re.compile(r"\|\s*([1-4])\s*(?::|\()\s*(?=[A-Za-z\"“])")


class _Levels:
    """A level written as a number or an ordinal; group 1 of each match is the number as written."""

    @staticmethod
    def finditer(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        found = [
            *_LEVEL_WRITTEN.finditer(text, pos, endpos),
            *_ORDINAL_LEVEL.finditer(text, pos, endpos),
            *_LEVEL_STEP.finditer(text, pos, endpos),
        ]
        if "|" in text:
            found += _TABLE_LEVEL.finditer(text, pos, len(text) if endpos is None else endpos)
        if found and any(word in text for word in ("national", "domestic", "own ")):
            # "raised the national terrorism threat level to four": a country's own alert, no travel advice
            found = [m for m in found if not _DOMESTIC_LEVEL.search(text, max(0, m.start() - 45), m.start() + 6)]
        return iter(sorted(found, key=lambda m: m.start()) if len(found) > 1 else found)

    @staticmethod
    def search(text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(_Levels.finditer(text, pos, endpos), None)


_LEVEL = _Levels()
# "raised the danger level for Israel to 3": the place between the scale's noun and its number
_LEVEL_FOR_TO = Anchored(
    re.compile(
        # ("The level of the US travel advisory for Nicaragua was raised to three", "... to 2 out of 4 by Japan")
        # ("its danger level for Yemen remained at 4")
        r"\blevel\s+(?:for|of|on)\s+[^.;\d]{1,60}?\b(?:to|at)\s+(one|two|three|four|[1-4])\b(?![.,]?\d)"
        r"(?=\s*(?:[,.;:()]|$|\b(?:on|and|from|after|amid|over|in|citing|because|due|out\s+of|by)\b))",
        _I,
    ),
    "level",
)
# "... to 3 and for Lebanon to 4": the same scale, another place
_AND = re.compile(r"\s+and\s+", _I)
_FOR_TO = re.compile(r"(?:for|of|on)\s+[^.;\d]{1,40}?\bto\s+(one|two|three|four|[1-4])\b(?![.,]?\d)", _I)
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "first": 1, "second": 2, "third": 3, "fourth": 4}
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:a\s+|the\s+)?[\"“‘']?$", _I)
_FROM_NUMBER_AFTER = re.compile(
    r"(?:level\s+)?(?:one|two|three|four|[1-4])\s*,?\s+from\s+(?:level\s+)?(one|two|three|four|[1-4])\b(?![.,]?\d)", _I
)
_UP_FROM = re.compile(r"\b(?:up|down)\s+from\b", _I)
# Translated copy writes the scale's steps with other nouns ("from class three to class four", "from grade 2 to
# grade 3"): in a change from one step to another the noun is unambiguous.
_FROM_TO_LEVEL = Anchored(re.compile(
    # (with each level's name between: 'from Level 1, "Exercise Normal Precautions", to Level 2', or what it asks:
    # "from Level 2, under which citizens are asked to postpone non-essential travel, to Level 1")
    r"\bfrom\s+[\"“‘']?(?:a\s+)?(?:level|category|class|grade|tier|degree|stage)[\s-]*(one|two|three|four|[1-4])\b[^.;]{0,90}?"
    r"\bto\s+[\"“‘']?(?:a\s+|the\s+)?(?:level|category|class|grade|tier|degree|stage)?[\s-]*(one|two|three|four|[1-4])\b",
    _I,
))
# "the advisory level was raised from 2 to 3": the numbers without the word before each
_FROM_TO_BARE = Anchored(
    re.compile(
        r"\b(?:level|category)\b[^.;]{0,40}?\bfrom\s+(one|two|three|four|[1-4])\s+to\s+(one|two|three|four|[1-4])\b", _I
    )
)


def _from_to(text: str) -> re.Match[str] | None:
    return _FROM_TO_LEVEL.search(text) or _FROM_TO_BARE.search(text)


_LOWERED = Anchored(re.compile(
    r"\b(?:lower\w*|downgrad\w*|reduc\w*|eas(?:e|ed|es|ing)|relax\w*|lift\w*|scal\w+\s+back|revis\w+\s+down|"
    r"remov(?:e|ed|es|ing|al)|withdr[ae]w(?:n|s|al)?|cancel\w*|scrap\w*|rescind\w*|soften\w*|dropp(?:ed|ing)|drops?)\b"
    r"[^.;]{0,60}?\b(?:advisor(?:y|ies)|advice|warning|alert|level|travel\s+ban|bans?\s+on)\b|"
    r"\b(?:advisor(?:y|ies)|advice|warning|alert|level)\b[^.;]{0,40}?\b(?:was|were|has\s+been|have\s+been|is)\s+"
    r"(?:\w+\s+)?(?:lowered|downgraded|eased|reduced|relaxed|lifted)\b|\bno\s+longer\s+(?:advises?|warns?|"
    r"recommends?)\s+against\b|"
    # "from orange to yellow": a colour scale's step down
    r"\bfrom\s+(?:black\s+to\s+(?:red|orange|amber|yellow|green)|red\s+to\s+(?:orange|amber|yellow|green)|"
    r"(?:orange|amber)\s+to\s+(?:yellow|green)|yellow\s+to\s+green)\b|"
    # "now at Level 2, down from Level 3"
    r"\bdown\s+from\s+(?:a\s+|the\s+)?[\"“‘']?(?:level|category)[\s-]*(?:one|two|three|four|[1-4])\b",
    _I,
))
# "lift" also means raise when it says to where: "lifted the level to 4", "lifted its alert to the highest"
_LIFTED_UP = re.compile(
    r"lift\w*\s+(?:[\w’'-]+\s+){0,6}?to\s+(?:the\s+|its\s+)?(?:(?:threat\s+|alert\s+)?level\s+\w+|highest|maximum|top)",
    _I,
)
_RAISED = Anchored(re.compile(r"\b(?:rais\w*|upgrad\w*|increas\w*|elevat\w*|escalat\w*|hik\w*|tighten\w*)\b", _I))
_REASON_MARKER_PATTERN = re.compile(
    r"\b(?:due\s+to|because\s+of|owing\s+to|citing|cited|in\s+light\s+of|in\s+view\s+of|as\s+a\s+result\s+of|"
    r"amid|amidst|during\s+(?=(?:the\s+)?(?:\w+\s+)?(?:protests|unrest|fighting|clashes|conflict|war|demonstrations|riots|"
    r"violence|hostilities|outbreak|epidemic|pandemic)\b)|over\s+(?=(?:the\s+|a\s+|an\s+)?\w+\s+(?:of|in|about))|"
    # "over violent crime and tribal fighting": a cause named right after "over"
    r"over\s+(?=(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:crime|violence|terror\w*|unrest|fighting|conflict|"
    r"kidnap\w*|insecurity|threats?|risks?|attacks?|protests?|tensions?|war|clashes|outbreaks?|detentions?)\b)|following|given|reasons?\s+(?:\w+\s+){0,4}?include|"
    # "Level 2, with terrorism and attacks on ... named as the main risks"
    r"with\s+(?=[^.;]{0,120}?\b(?:named|cited|listed|given)\s+as\s+(?:the\s+)?(?:\w+\s+)?(?:risks?|reasons?|concerns?|threats?|dangers?)\b)|"
    r"explain\w*\s+(?:this|it|its\s+\w+)\s+(?:by|with)|in\s+response\s+to|after|arguing|noting|explaining|"
    # "at Level 4 since July, reflecting kidnapping, crime ...", "prompted by", "on account of"
    r"reflect(?:s|ed|ing)|(?:prompted|driven|caused|triggered|motivated)\s+by|on\s+account\s+of|"
    # "Level 4, which the department attributes to kidnapping, crime ..."
    r"attribut(?:es|ed|ing)\s+(?:it\s+|this\s+|the\s+\w+\s+)?to\b|"
    r"stressing|saying\s+that|warning\s+that|as\s+(?:the|a|an|its|their)\s+\w+\s+(?:is|are|was|were|has|have)|"
    r"as\s+(?:\w+\s+){1,2}(?:have|has|had)\s+been|follows|followed|comes\s+after|came\s+after|saying|"
    r"(?<=,\s)where|"
    r"cites?|cited|(?:raising|over|amid|with)\s+concerns?\s+(?:about|over)|concerns?\s+(?:about|over)|"
    r"point(?:s|ed|ing)?\s+to|warn(?:s|ed|ing)?\s+(?:of|about|that)|noted\s+that|"
    # "..., as fears grew of a war between A and B": the places in the cause are not advised about
    # ("as jihadist attacks intensified")
    r"as\s+(?:[\w-]+\s+){1,8}?(?:grew|grow|mount\w*|rose|rise|intensif\w*|escalat\w*|spread\w*|worsen\w*|"
    r"deteriorat\w*|rag(?:e|es|ed|ing)|flar(?:e|es|ed|ing)|continu(?:e|es|ed|ing)|multipl\w*|increas\w*|surg\w*|"
    r"soar\w*|spiral\w*|erupt\w*|prepar\w*|brac(?:e|es|ed|ing)|launch\w*|advanc\w*|mass(?:es|ed|ing)|step\w*\s+up|"
    r"push(?:ed|es|ing)\s+into|entered|seiz(?:ed|es|ing)|captur(?:ed|es|ing)|clos(?:ed|es|ing)\s+in|storm(?:ed|ing)|"
    r"threaten(?:ed|s|ing)|occup(?:ied|ies|ying)|"
    # "as Hurricane Melissa approached", "ahead of the storm"; "as tension between Washington and Tehran rattled the
    # Gulf": the sides of a tension named as its cause
    r"approach\w*|loom\w*|near(?:ed|s|ing)|threaten\w*|batter\w*|lash\w*|struck|swept|bor(?:e|es)\s+down))\b|"
    r"\bahead\s+of\b|\bin\s+anticipation\s+of\b|"
    r"\bas\s+(?:the\s+)?(?:tensions?|hostilities|fighting|clashes|standoff|stand-off|confrontation|rivalry)\s+between\b",
    _I,
)
_REASON_MARKER = Anchored(
    _REASON_MARKER_PATTERN,
    "due because owing citing cited in as amid amidst during over following given reason explain after arguing noting noted "
    "explaining stressing saying warning cite raising with concern point warn follows followed comes came where ahead "
    "reflect reflects reflected reflecting prompted driven caused triggered motivated on attributes attributed attributing",
)
# A later sentence about "the advisory" that gives reasons adds them to the advisory just reported.
_ADVISORY_ANAPHOR = Anchored(re.compile(
    r"\b(?:the|this|that|its|their)\s+(?:new\s+|updated\s+|latest\s+)?(?:travel\s+)?"
    r"(?:advisory|warning|alert|advice|notice|guidance)\b",
    _I,
))
# Places named only to locate a region of the subject ("border areas with Lebanon", "near Colombia").
_REGION_CUE = re.compile(
    # ("the border areas of Thailand" are Thailand's; "the border areas with Cambodia" are another country's)
    r"\b(?:(?:borders?|frontiers?)\s+(?:with|of)|(?:border|frontier)\s+(?:areas?|regions?)\s+with|near|close\s+to|along|bordering|adjacent\s+to|"
    # ("areas neighbouring Syria"; not "travel to neighbouring Burkina Faso", which is the place itself)
    r"(?:areas?|regions?|provinces?|districts?|zones?|parts?)\s+neighbou?ring)\s+(?:the\s+)?$",
    _I,
)
_BOTH_COUNTRIES = re.compile(r"(?:both|the\s+two)\s+countries$", _I)
_OF_BOTH_COUNTRIES = re.compile(r"\s+(?:of|in)\s+(?:both|the\s+two)\s+countries\b", _I)
_PLURAL_ANAPHOR = re.compile(r"(?:regions|areas|countries|territories|places|either\s+country|each\s+country)$", _I)
_ANAPHORA = Anchored(re.compile(
    # ("the tiny West African country": a description of up to three words)
    r"\b(?:(?:the|that|this)\s+(?:[\w-]+\s+){0,3}?(?:country|nation|island|islands|archipelago|territory|kingdom|republic|enclave|strip|state)|there|"
    r"the\s+capital(?=\s+itself\b|\s*[.,;]|$)|"
    r"its\s+territory|the\s+region|(?:the|these|those|both)\s+(?:two\s+)?(?:regions|areas|countries|territories|places)|"
    r"either\s+country|each\s+country|"
    # "Two days later the advice was raised to do not travel": the advice just reported, so its place
    r"(?:the|its|their|this)\s+(?:travel\s+)?(?:advice|advisory|warning|alert)(?=\s+(?:was|were|has\s+been|had\s+been|is)\s+"
    r"(?:\w+\s+)?(?:raised|upgraded|lowered|downgraded|changed|moved|tightened|eased|updated)\s+(?:\w+\s+)?to\b)|"
    # "could not be asked to travel to a country where A and B advise against all travel": the story's country
    r"an?\s+(?:\w+\s+)?country(?=,?\s+where\b))\b"
    # "the State Department", "state media": an institution, not a place
    r"(?!\s+(?:department|media|news|television|tv|broadcaster|agency|council|secretary|visit|of\s+emergency))",
    _I,
))
_WORLDWIDE = Anchored(re.compile(
    r"\b(?:worldwide|all\s+(?:overseas\s+)?(?:countries|destinations)|(?:overseas|international)\s+travel|"
    # ("its advice for every overseas destination", "avoid non-essential travel outside Canada": the issuer's own)
    r"(?:every|each)\s+(?:overseas|foreign)\s+(?:country|destination)|(?:travel|trips)\s+outside\s+(?:of\s+)?(?-i:[A-Z])[\w.]+(?=\s*(?:[,;.]|until|for|and|because|due|owing|unless|$))|"
    r"travel\s+(?:abroad|overseas)|anywhere\s+(?:abroad|overseas)|global\s+(?:level\s+\w+\s+)?(?:health\s+)?"
    r"(?:travel\s+|security\s+)?(?:advisory|advice|warning)|(?:travel|trips)\s+outside\s+(?:of\s+)?the\s+country|"
    # "Israelis staying abroad, who are urged to exercise caution"
    r"(?:staying|travell?ing|living|residing)\s+(?:abroad|overseas))\b",
    _I,
))
# "urged Israelis abroad to exercise caution" (searched only where advice names no place: no leading word to anchor)
_COME_HOME = re.compile(r"\b(?:come|return|go|get)\s+(?:back\s+)?home\b", _I)
_PEOPLE_ABROAD = re.compile(
    r"\b(?:citizens|nationals|compatriots|travell?ers|(?-i:[A-Z])[a-z]+(?:ans|ians|ese|is|ers))\s+(?:abroad|overseas)\b", _I
)
_PEOPLE_FROM = re.compile(
    r"\b(?:visitors|tourists|travell?ers|people|victims|nationals|citizens|foreigners|passengers|workers|students|"
    r"pilgrims|guests)\s+(?:\w+\s+)?(?:from|of)\s+(?:the\s+)?$",
    _I,
)
_LIST_CUE = Anchored(re.compile(
    r"\b(?:include[sd]?|including|are|were|list(?:ed)?|cover(?:s|ed)?|extended\s+(?:for|to)|"
    r"appl(?:y|ies)\s+to|namely|affected)\b|:",
    _I,
))


_COLOUR_ALERT = Anchored(COLOUR_ALERT_PATTERN, COLOUR_ALERT_LEADS)


@dataclass
class Trigger:
    directive: Directive | None
    start: int
    end: int
    level: int | None = None
    raw: str | None = None  # the level or scale wording as written
    by_level: bool = False  # the directive is only what the level means on the issuer's scale
    level_at: int | None = None  # where the level is written
    colour: str | None = None  # a colour scale's step, read with the issuer's meaning
    opens_at: int | None = None  # where its clause starts when a contrast opens it (", while the US kept ...")


@dataclass
class _Pair:
    issuer: str
    subject: str | None
    directive: Directive | None
    level: int | None
    previous_level: int | None
    reasons: list[Reason]
    regions: list[str]
    evidence: Evidence
    confidence: float
    level_raw: str | None = None
    lowered: bool = False
    previous_directive: Directive | None = None
    order: int = 0
    reason_evidence: list[ReasonEvidence] = field(default_factory=list)
    sentence: int = -1  # the order of the sentence that stated it
    changed: bool = False  # stated as a change (raised, lowered, "from ... to ..."), not as a standing level
    # the instruction stated is the one the advice now gives ("downgraded ..., now asking travellers to exercise
    # caution", "relaxed to 'exercise increased caution'"), not the one it left ("eased its advice against all travel")
    directive_is_new: bool = False


@dataclass
class AdvisoryState:
    """What the article has said so far, for sentences that continue it ("The countries are: ...")."""

    pairs: dict[tuple[str, str | None], _Pair] = field(default_factory=dict)
    last_sentence: int = -10
    last_issuer: str | None = None
    last_directive: Directive | None = None
    last_subjects: list[str | None] = field(default_factory=list)
    last_keys: list[tuple[str, str | None]] = field(default_factory=list)  # the pairs of the last statement
    stated: dict[int, set[tuple[str, str | None]]] = field(default_factory=dict)  # sentence order -> pairs it states
    # advice given by governments not named yet ("Several governments told their citizens to leave X"):
    # (sentence order, directive, subjects, evidence)
    unnamed: tuple[int, Directive | None, list[str], Evidence] | None = None
    place_labels: int = -10  # the order of the last line labelled with a place under a government's heading
    reasons_went_on: int = -10  # the order of the last sentence that went on with the last statement's reasons
    listed_level: int | None = None  # the level of advice about places a list after it names


def _number(word: str) -> int:
    return _WORD_NUMBERS.get(word.lower()) or int(word)


def find_triggers(text: str) -> list[Trigger]:
    """Directive phrases in one sentence (a fresh list each call; the search itself is cached)."""
    return [replace(t) for t in _find_triggers(text)]


def has_triggers(text: str) -> bool:
    """Whether one sentence holds a directive phrase (no copies made: nothing is changed)."""
    return bool(_find_triggers(text))


def _names_advice_only(text: str) -> bool:
    """Whether a sentence's only directive phrases name an advisory without its content ("The updated advisory")."""
    return all(trigger.directive is None and trigger.level is None for trigger in _find_triggers(text))


def rates_places(text: str) -> bool:
    """Whether a sentence without a directive phrase may still rate places ("Japan keeps A and B at Level 4")."""
    return "evel" in text and bool(_LEVEL.search(text)) and bool(_RATER_BEFORE.search(text))


def advisory_follows(view_index: int, state: AdvisoryState) -> bool:
    """Whether a sentence may continue the advisory just reported (a list, its reasons, "a similar advisory"), or
    name the governments that gave an advice the sentence before left unnamed."""
    return view_index - state.last_sentence <= 6 or (
        state.unnamed is not None and view_index - state.unnamed[0] <= 2
    )


_UNLESS_NECESSARY = re.compile(
    # (past a list of places and a quotation mark: 'not to travel to Syria, Iraq and Yemen "unless absolutely necessary"')
    r"[\w’'-]*(?:[\s,]+[\w’'-]+){0,8}?[\s,]+[\"“]?(?:"
    r"(?:unless|except\s+(?:when|where|if))\s+(?:it\s+is\s+|(?:absolutely|strictly|really|truly)\s+)*"
    r"(?:necessary|essential|urgent|unavoidable|indispensable)\b|"
    # "to avoid trips that are not essential"
    r"(?:that|which)\s+(?:are|is|were|was)\s+not\s+(?:strictly\s+|absolutely\s+|really\s+)?(?:essential|necessary|urgent)\b|"
    # "except for essential reasons", "other than for urgent business", "except in an emergency"
    r"(?:except|other\s+than|save)\s+(?:for\s+(?:\w+\s+)?(?:essential|necessary|urgent|compelling|vital|pressing)\s+"
    r"(?:reasons?|purposes?|travel|trips?|business|matters)|in\s+(?:an?\s+|cases?\s+of\s+)?"
    r"(?:(?:absolute|extreme|urgent)\s+)?(?:necessity|emergenc(?:y|ies)))\b(?![ \t]+[a-z]))",
    _I,
)


_CODE_BEFORE = re.compile(r"\bcode\s+$", _I)


def _colour_wording(match: re.Match[str]) -> str:
    """The colour as written, without the places between the alert and it: "code red" of "raised its travel advice
    for Lebanon to code red", "red" of "and for Myanmar to red" ("red travel alert", "in the red zone" are whole)."""
    group = next(index for index, value in enumerate(match.groups(), 1) if value)
    if match.end(group) != match.end():
        return match.group(0)
    start = match.start(group)
    code = _CODE_BEFORE.search(match.string, max(0, start - 8), start)
    return match.string[code.start() if code else start : match.end()]


# Between two advice phrases: words, then "and" and the second act's verb ("... for Israel to level 3 and issued a").
_ACT_VERB = r"(?:issu|rais|updat|upgrad|lower|downgrad|put|plac|impos|declar|extend|urg|told|ask|advis)\w*"
_ANOTHER_ACT = re.compile(
    rf"\s*\S[^;:]*?(?P<joint>,\s*|\s+)and\s+(?:also\s+|then\s+|later\s+)?(?P<verb>{_ACT_VERB}\s+(?:[\w’']+\s+){{0,8}}?)?", _I
)
_LED_BY_ACT = re.compile(_ACT_VERB, _I)


def _another_act(text: str, end: int, start: int) -> int | None:
    """Where another act opens if the phrase at `start` is one apart from what ends at `end`: words between them,
    then "and" and a verb of its own ("raised its travel alert for Israel to level 3 and issued a special travel
    advisory for Lebanon", "... for Israel and raised its travel warning for Lebanon")."""
    between = _ANOTHER_ACT.fullmatch(text, end, start)
    if between is None or not (between.group("verb") or _LED_BY_ACT.match(text, start)):
        return None
    return between.start("joint")


_LEVEL_AS_LABEL = re.compile(r"[\"”’']\s+(?:label|tag|stamp|branding|headlines?|image)\b", _I)
_NAMED_SUBJECT_BETWEEN = re.compile(
    r"[\s,]*(?:and|but|while|whereas)\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,2}\s+"
    r"(?:(?:also|only|still|now|already|currently)\s+)?",
    _I,
)
# '"Do not travel", the highest of its four levels': the same rating described again in apposition
_RESTATED_TOP = re.compile(r"[\"”’'\s)]*,\s+(?:(?:which\s+is|its|the)\s+)*(?=(?:highest|top|maximum)\b)", _I)


_QUOTED_LEAD = re.compile(r"[\"”’']\s*:\s")


def _without_restatements(text: str, found: list[Trigger]) -> list[Trigger]:
    ordered = sorted(found, key=lambda t: t.start)
    kept = [ordered[0]]
    for trigger in ordered[1:]:
        restated = _RESTATED_TOP.match(text, kept[-1].end)
        if kept[-1].directive and restated and restated.end() == trigger.start:
            continue
        if kept[-1].start <= 2 and trigger.directive == kept[-1].directive and _QUOTED_LEAD.match(text, kept[-1].end):
            kept[-1] = trigger  # "'Leave now': Britain and US urge citizens to quit Lebanon": the quote the sentence tells
            continue
        kept.append(trigger)
    return kept


_NOT_AT_END = re.compile(r"\b(?:not|never)\s*$", _I)
_ADVICE_DENIED = re.compile(
    r"\b(?:does|do|did|is|are|was|were|has|have|had)(?:\s+not|n[’']t)\s+(?:currently\s+|yet\s+)?(?:[\w-]+\s+){0,2}$", _I
)
_NOT_CHANGED = re.compile(
    r"(?:\s+(?:for|on|to)\s+(?:[\w’'-]+\s+){1,6}?)?\s*(?:has|have|had|was|were)\s+not\s+(?:been\s+)?(?:changed|updated|altered)\b|"
    r"(?:\s+(?:for|on|to)\s+(?:[\w’'-]+\s+){1,6}?)?\s*(?:is|are|was|were|remains?)\s+(?:unchanged|untouched)\b",
    _I,
)
_NONE_BEFORE = re.compile(r"\b(?:has|have|had|is|are|was|were)\s+no\s+$|(?:^|[|:]\s*)no\s+$", _I)  # ("has no travel warning for Egypt", "| No advice against travel |")
# "No government has issued any new travel advice about Samoa": nobody gave it
_NO_ISSUER_BEFORE = re.compile(
    r"(?:^|[^\w’'])(?:no|none\s+of\s+the)\s+(?:other\s+|western\s+|foreign\s+)?(?:governments?|country|countries|states?|"
    r"embass(?:y|ies)|foreign\s+ministr(?:y|ies))\s+(?:(?:has|have|had|is|are|was|were|so\s+far|yet)\s+){1,2}(?:[\w-]+\s+){0,3}$|"
    # ("none of the three has changed its travel advice")
    r"(?:^|[^\w’'])none\s+of\s+(?:them|the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+"
    r"(?:(?:has|have|had|is|are|was|were|so\s+far|yet)\s+){1,2}(?:[\w-]+\s+){0,3}$",
    _I,
)
_WHO_BEFORE = re.compile(r"\b(?:who|that)\s+(?:had\s+|have\s+|has\s+)?$", _I)
_ASKED_OWN = re.compile(r"(?:asked|requested|wanted|wished|sought|applied)\b", _I)
_OWN_REQUEST_BEFORE = re.compile(
    r"\b(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:asked|requested|wanted|wished|sought|applied)\s+to\s+$", _I
)
_PRIVATE_TELLER = re.compile(
    r"\b(?:employers?|compan(?:y|ies)|firms?|bosses|relatives|families|parents|landlords?|airlines?|hotels?|tour\s+operators?)\s+"
    r"(?:(?:had|have|has|were|was|also)\s+)*(?:told|urged|asked|advised|ordered|instructed)\b|"
    # ("We advise clients to postpone non-essential trips": a firm's advice to its customers)
    r"\b(?:advis|urg|recommend|ask)\w*\s+(?:our\s+|all\s+|its\s+|their\s+)?(?:clients|customers|policyholders|guests)\b",
    _I,
)
_NOT_DONE = re.compile(r"\b(?:not|never|n[’']t|yet\s+to)\s+(?:\w+\s+)?$", _I)
# "said it was reviewing its travel advice for Egypt": the advice named is the old one, and no new one is given yet
_UNDER_REVIEW_BEFORE = re.compile(
    r"\b(?:review|reassess|re-?evaluat|re-?examin|assess|examin|stud(?:y|ie|yi))\w*\s+(?:its|their|the)\s+(?:own\s+)?$", _I
)


@lru_cache(maxsize=64)
def _find_triggers(text: str) -> tuple[Trigger, ...]:
    """Directive phrases in one sentence, overlapping weaker ones removed."""
    found: list[Trigger] = []
    for directive, pattern in TRIGGERS:
        for match in pattern.finditer(text):
            who = match.groupdict().get("who")
            if (who and _STAFF.search(who)) or _addresses_staff(text, match.start()):
                continue  # "ordered embassy staff to leave" is a mission event, not advice to citizens
            if directive == Directive.DO_NOT_TRAVEL and _STAFF.search(match.group(0)):
                continue  # "have barred their own staff from travelling to Shan State": a rule for its staff
            if who and _NOT_AT_END.search(who):
                continue  # "guests had been told not to leave the building": the opposite
            if (
                (who and _GOVERNMENT_ADDRESSED.fullmatch(who))
                or not_done(text, match.start())
                or _GOVERNMENT_ASKED.search(text, max(0, match.start() - 90), match.start())
            ):
                continue  # "urged the State Department to evacuate ...", "refused to tell citizens to leave": not given
            if directive != Directive.LEAVE_IMMEDIATELY and (
                _ADVICE_DENIED.search(text, max(0, match.start() - 30), match.start())
                or _NONE_BEFORE.search(text, max(0, match.start() - 20), match.start())
                or _NO_ISSUER_BEFORE.search(text, max(0, match.start() - 60), match.start())
            ):
                continue  # "the Foreign Office does not advise against travel to Kenya", "has no warning against travel"
            if any(t.start <= match.start() < t.end or match.start() <= t.start < match.end() for t in found):
                continue
            if directive == Directive.LEAVE_IMMEDIATELY and (
                _NOT_ASKED.search(text, max(0, match.start() - 50), match.start())
                or _DENIED_INSIDE.search(match.group(0))
            ):
                continue  # "stopped short of asking them to leave", "did not tell its citizens to leave"
            if directive == Directive.LEAVE_IMMEDIATELY and (
                _OWN_REQUEST_BEFORE.search(text, max(0, match.start() - 40), match.start())
                or (_WHO_BEFORE.search(text, max(0, match.start() - 20), match.start()) and _ASKED_OWN.match(match.group(0)))
            ):
                continue  # "every Chinese national who had asked to leave was now out": their request, not advice
            if directive == Directive.LEAVE_IMMEDIATELY and _UNABLE_TO_LEAVE.search(text, max(0, match.end() - 40), match.end()):
                continue  # "hotels were asked to offer rates to guests unable to leave": who cannot go, no advice
            if _PRIVATE_TELLER.search(text, max(0, match.start() - 40), match.start() + 4):
                continue  # "their employers had told them to go home": no government's advice
            if directive == Directive.LEAVE_IMMEDIATELY and (
                _RESIDENTS_TOLD.search(text, max(0, match.start() - 80), match.start())
                or _OTHERS_TOLD.search(text, max(0, match.start() - 120), match.start())
            ):
                continue  # "where more than two million people had been told to evacuate": a storm's evacuation order
            if directive == Directive.LEAVE_IMMEDIATELY and _OR_RELOCATE_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                continue  # "move to a safe place or return home as soon as possible": leaving is one way to safety
            if _GATHERINGS_AFTER.match(text, match.end()):
                continue  # "stay away from demonstrations", "avoid large crowds": safety tips, not advice about a place
            if _supposed(text, match):
                continue  # "Britain could advise citizens to leave if the situation worsens": not given
            if directive == Directive.LEAVE_IMMEDIATELY and _CONSIDER.search(text, max(0, match.start() - 40), match.start() + 24):
                found.append(Trigger(None, match.start(), match.end()))  # advice is given, its strength is not stated
                continue
            if directive == Directive.DO_NOT_TRAVEL and _CONSIDER_NOT_GOING.search(text, max(0, match.start() - 20), match.start() + 12):
                found.append(Trigger(None, match.start(), match.end()))  # "should consider postponing trips to ..."
                continue
            if directive == Directive.DO_NOT_TRAVEL and _UNLESS_NECESSARY.match(text, match.end()):
                directive = Directive.RECONSIDER_TRAVEL  # "avoid travelling to X unless strictly necessary"
            found.append(Trigger(directive, match.start(), match.end()))
    if len(found) > 1:
        found = _without_restatements(text, found)
    for match in _COLOUR_ALERT.finditer(text):
        colour = next(g for g in match.groups() if g).lower()
        if not any(t.start <= match.start() < t.end or match.start() <= t.start < match.end() for t in found):
            found.append(
                Trigger(COLOUR_DIRECTIVES[colour], match.start(), match.end(), raw=_colour_wording(match), colour=colour)
            )
    for match in ADVISORY_NOUN.finditer(text):
        if any(
            t.start - 150 <= match.start() <= t.end + 150
            # ("Germany issued travel warnings for A and B, while Austria warned against travel to B": two statements)
            and not _CONTRAST.search(text, min(t.end, match.end()), max(t.start, match.start()))
            for t in found
            # ("raised its travel alert for Israel to level 3 and issued a special advisory for Lebanon": two acts)
            if _another_act(text, t.end, match.start()) is None and _another_act(text, match.end(), t.start) is None
        ) or _supposed(text, match) or _ON_CONDITION.search(text, max(0, match.start() - 40), match.start()):
            continue  # "could raise its travel advisory for Mexico if violence continued", "would cover trips once
            # governments eased their advice": not done
        if (
            _NOT_DONE.search(text, max(0, match.start() - 20), match.start())
            or _NONE_BEFORE.search(text, max(0, match.start() - 20), match.start())
            or _NO_ISSUER_BEFORE.search(text, max(0, match.start() - 60), match.start())
            or _NOT_CHANGED.match(text, match.end())
            or _UNDER_REVIEW_BEFORE.search(text, max(0, match.start() - 30), match.start())
        ):
            continue  # "Saudi Arabia and the UAE have not issued travel warnings for Lebanon", "advice ... has not changed"
        found.append(Trigger(None, match.start(), match.end()))
    from_to = _from_to(text)
    first_of_change = next(_LEVEL.finditer(text, from_to.start(), from_to.end()), None) if from_to else None
    levels: list[tuple[int, int, int, str]] = []  # (start, end, level, wording)
    moved_to: set[int] = set()  # levels that state where an earlier level was moved
    for match in _LEVEL.finditer(text):
        if match.start() in moved_to or _LEVEL_AS_LABEL.match(text, match.end()):
            continue  # (a 'a "Level 4" label in media reports': a word people use, not a rating)
        if (later := _moved_later(text, match.start())) is not None:
            # the advice as it is now, at the place and words of the level it had
            levels.append((match.start(), match.end(), _number(later.group(1)), later.group(0)))
            moved_to.add(later.start())
        elif from_to and first_of_change and match.start() == first_of_change.start():
            # "from Level 3 to Level 2": one change, to 2
            levels.append((match.start(), match.end(), _number(from_to.group(2)), from_to.group(0)))
        elif not (from_to and from_to.start() < match.start() < from_to.end()) and not _left_before(text, match.start()):
            # "up from Level 2", "previously at Level 2" is where the advice was, not where it is
            levels.append((match.start(), match.end(), _number(match.group(1)), match.group(0)))
    for match in _levels_for_to(text):
        if not any(start <= match.start(1) < end for start, end, _l, _r in levels) and not (
            from_to and from_to.start() <= match.start(1) < from_to.end()
        ):
            levels.append((match.start(1), match.end(1), _number(match.group(1)), _level_wording(match)))
    if from_to and first_of_change is None:  # "the advisory level was raised from 2 to 3"
        levels.append((from_to.start(), from_to.end(), _number(from_to.group(2)), from_to.group(0)))
    for level_start, level_end, level, raw in sorted(levels):
        # Each level goes with the nearest directive that has none yet; one left over is a directive of its own
        # ("Level 2 for A and B, Level 3 for C"). A level past a contrast that names another actor ("A advised
        # against all travel, while B kept the country at Level 4") is that actor's own statement.
        aside = _aside_around(text, level_start)
        near = [
            t
            for t in found
            if t.level is None
            and abs(t.start - level_start) < 120
            and not _CONTRAST.search(text, min(t.end, level_end), max(t.start, level_start))
            # ("The UK, like the US, which has Haiti at Level 4, advises against all travel": the aside's level)
            and _aside_around(text, t.start) == aside
            # ("... to level 3 and issued a special advisory for Lebanon": the level ends the act before)
            and not (t.start >= level_end and _another_act(text, level_end - 1, t.start) is not None)
            # ("has the island at Level 3 and Britain advises only against travel to ...": another subject's act)
            and not (t.start >= level_end and _NAMED_SUBJECT_BETWEEN.fullmatch(text, level_end, t.start))
        ]
        contrast = _CONTRAST.search(text, 0, level_start)
        if not near and contrast and found and _LEVEL_CONTEXT.search(text):
            opens = max(m.start() for m in _CONTRAST.finditer(text, 0, level_start))
            if any(t.end <= opens for t in found):
                found.append(
                    Trigger(
                        LEVEL_DIRECTIVES[level],
                        level_start,
                        level_end,
                        level,
                        raw,
                        by_level=True,
                        level_at=level_start,
                        opens_at=opens,
                    )
                )
                continue
        if near:
            nearest = min(near, key=lambda t: abs(t.start - level_start))
            # ("kept Venezuela at its highest level, Level 4": the level names the rating its phrase gave)
            appositive = level_start >= nearest.end and _APPOSITIVE_LEVEL.fullmatch(text, nearest.end, level_start)
            nearest.level, nearest.raw = level, nearest.raw or raw
            nearest.level_at = nearest.start if appositive else level_start
            if nearest.directive is None:  # "raised its warning to Level 4": the level is all that is said
                nearest.directive, nearest.by_level = LEVEL_DIRECTIVES[level], True
        elif _LEVEL_CONTEXT.search(text) or (aside is not None and found):
            # (a level in an aside beside advice is that government's own rating: "The US, which already has Russia
            # at Level 4, told its citizens in Ukraine to leave")
            found.append(
                Trigger(LEVEL_DIRECTIVES[level], level_start, level_end, level, raw, by_level=True, level_at=level_start)
            )
    if found and not _ADVICE_CONTEXT.search(text) and not levels:
        return ()  # without a travel-advice setting, caution phrases are just prose
    return tuple(sorted(found, key=lambda t: t.start))


# ("at its highest advisory level, Level 4": the trigger may end before the noun "level")
_APPOSITIVE_LEVEL = re.compile(r"(?:\s+(?:level|category|tier|rating))?[\"”’')]?\s*[,(—–]\s*", re.I)
# A non-restrictive relative clause: ", which already has Russia at Level 4," states something of its own.
_ASIDE = re.compile(r",\s+(?:which|whose|who)\b[^,;]{3,150}?,", _I)


@lru_cache(maxsize=8)  # asked for every directive and level of a sentence
def _asides(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of a sentence's comma-bounded relative clauses."""
    return tuple(m.span() for m in _ASIDE.finditer(text)) if "wh" in text else ()


def _aside_around(text: str, at: int) -> tuple[int, int] | None:
    """The span of the comma-bounded relative clause that holds `at`, if any."""
    return next((span for span in _asides(text) if span[0] <= at < span[1]), None)


_LEVEL_CONTEXT = re.compile(
    r"\blist\s+of\s+(?:level|category)|"  # "removed Cuba from its list of Level 4 countries"
    # "Mali is at Level 4 on the US scale", "sits at Level 3 on Washington's four-step scale": a government's scale
    r"\b(?:on|of|under|in)\s+(?:the\s+)?(?-i:[A-Z])[\w.]*(?:[’']s)?\s+(?:[\w-]+\s+){0,2}?(?:scale|ranking|rating\s+system)\b|"
    # "remains under Japan's separate infectious-disease Level 3": a government's own level
    r"\b(?:on|under|at)\s+(?-i:[A-Z])[\w.]*[’']s\s+(?:[\w-]+\s+){0,2}?level\b|"
    r"\b(?:travel|advisor|alert|warning|advice|threat|security\s+council|danger|state\s+department|"
    r"foreign\s+(?:ministry|office|affairs)|ministry\s+of\s+foreign)",
    _I,
)
# A contrast that opens another actor's clause: ", while the United States ...", "; Japan ...", "whereas Seoul".
_CONTRAST = re.compile(
    r"(?:,\s*|\s+)(?:while|whereas|but|meanwhile)\s+(?:the\s+)?(?=[A-Z])|;\s+(?:the\s+)?(?=[A-Z])|"
    # "..., and the State Department downgraded ...": another government's clause
    r",\s+and\s+(?:the\s+)?(?=(?:[A-Z][\w.’']*\s+){0,2}(?:State\s+Department|Foreign\s+(?:Office|Ministry)|"
    r"(?:[Ff]oreign\s+)?[Mm]inistry|[Gg]overnment)\b|"
    # "..., and Britain advised against ...": another government's statement
    r"[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,2}\s+(?:also\s+)?(?:advis|urg|told|tells|warn|rais|lower|issu|updat|"
    r"recommend|ask|call|order|put|plac|kept|keeps|moved|downgrad|upgrad)\w*\b)"
)


@dataclass(frozen=True, slots=True)
class _Rated:
    level: int
    at: int  # where the level is written
    raw: str
    moved: str | None  # "down", "up", "same" when a verb says so ("lowered C to", "kept D at")


_MOVED = (
    ("down", re.compile(r"\b(?:lower\w*|downgrad\w*|reduc\w*|eas(?:e|ed|es|ing)|drop(?:s|ped|ping)?)\b", _I)),
    ("up", re.compile(r"\b(?:rais\w*|upgrad\w*|increas\w*|elevat\w*|hik\w*)\b", _I)),
    ("same", re.compile(r"\b(?:keep\w*|kept|remain\w*|stay\w*|still|unchanged)\b", _I)),
)
# A government before the places it rates: "Japan keeps A, B and C at Level 4", "Seoul raised A to Level 3".
_RATER_BEFORE = re.compile(
    r"^\W*(?:[\w.’',-]+\s+){1,7}?(?:keeps?|kept|has|have|had|lists?|listed|rais\w+|lower\w+|upgrad\w+|downgrad\w+|puts?|plac\w+|mov\w+|rat\w+|rank\w*|classif\w+|"
    r"designat\w+|dropp\w+|drops?|bump\w+|elevat\w+)\s",
    _I,
)


_HOLDS = re.compile(r"\b(?:ha[sdv]e?|carr(?:y|ies|ied)|holds?|held|puts?|placed|places|kept|keeps|maintain\w*|impos\w*)\s+(?:an?|its)\s", _I)
# ("a Level 4 advisory — avoid all travel — in place for Yemen": the wording may sit in between)
_FOR_PLACE = re.compile(r"[\"”’']?(?:[\s,()—–]+[\w-]+){0,7}?[\s,()—–]+(?:for|on|against|covering)\s+(?:the\s+)?", _I)


def _gives_for_place(view: SentenceView, level_end: int) -> bool:
    """Whether the advice at a level is said to be for a place named after it ("a Level 3 warning for Honduras")."""
    return any(a.start > level_end and _FOR_PLACE.fullmatch(view.text, level_end, a.start) for a in view.actors)


_GAPPED_FOR = re.compile(r"(?:,\s*|\b)and\s+for\s+(?:the\s+)?[^.;]{0,40}$", _I)
_SPACE_ONLY = re.compile(r",?\s+")


def _rated(view: SentenceView) -> dict[str, _Rated]:
    """Places given a level of their own: the country, or coordinated countries, right before the level ("Fiji
    and Nepal to Level 4", "Egypt at Level 2", "Macau stays at Level 3"), with the verb that moved them."""
    if "evel" not in view.text:
        return {}
    out: dict[str, _Rated] = {}
    since = 0
    stated = _stated_levels(view.text)
    for at, match in stated:
        before = [
            a
            for a in view.actors
            if since <= a.start
            and a.end <= at
            # ("SOUTH KOREA — A Level 4 travel ban covering all of Lebanon ...": a line's government, then its act)
            and not _DASH_THEN_ARTICLE.fullmatch(view.text, a.end, at)
            and not _COMPARED.search(view.text, max(0, a.start - 20), a.start)
            and (
                _TO_LEVEL_GAP.fullmatch(view.text, a.end, at)
                or _WHERE_GAP.fullmatch(view.text, a.end, at)  # "The Gaza Strip, where Level 4 has applied since"
                # "... is Level 3, and for Hong Kong and Macau Level 2": the verb is not repeated
                or (_GAPPED_FOR.search(view.text, since, a.start) and _SPACE_ONLY.fullmatch(view.text, a.end, at))
            )
        ]
        if before and _HOLDS.search(view.text, before[-1].end, at) and _gives_for_place(view, match.end()):
            before = []  # "The U.S. has a Level 3 travel warning for Honduras": the holder gives the advice
        if before:
            group = [a for a in _group(view, before[-1]) if a.start >= since]
            left_out = [a for a in group if _LEFT_OUT_BEFORE.search(view.text, max(0, a.start - 30), a.start)]
            if left_out:  # "the rest of mainland China, excluding Hong Kong and Macau, under a Level 2": not those
                group = [a for a in group if a.start < left_out[0].start]
            moved = next((name for name, verb in _MOVED if verb.search(view.text, since, at)), None)
            level, raw = _number(match.group(1)), _level_wording(match)
            left_from = _FROM_BEFORE.search(view.text, max(0, at - 12), at)
            change = _FROM_TO_LEVEL.match(view.text, left_from.start()) if left_from else None
            if change:  # "moved Venezuela from Level 4 to Level 3": rated at the level it went to
                level, raw = _number(change.group(2)), change.group(0)
            if (later := _moved_later(view.text, at)) is not None:  # "at Level 3 until it lowered it to Level 2"
                written, level, raw = level, _number(later.group(1)), later.group(0)
                moved = "down" if level < written else "up" if level > written else moved
            left = _level_left(view.text, at, len(view.text))
            if moved is None and left is not None and left != level:  # "moved A to Level 3 from Level 4"
                moved = "down" if level < left else "up"
            for member in group:
                out.setdefault(member.iso2, _Rated(level, at, raw, moved))
        elif _COUNTRIES_AT.search(view.text, max(since, at - 40), at) and (
            listed := _LISTED_AFTER.match(view.text, match.end())
        ):
            # "The US has 19 countries at Level 4, including Iran, Syria and North Korea": the places listed after
            first = next((a for a in view.actors if a.start == listed.end()), None)
            for member in _group(view, first) if first is not None else []:
                out.setdefault(member.iso2, _Rated(_number(match.group(1)), at, _level_wording(match), None))
        since = match.end()
    return out


_COUNTRIES_AT = re.compile(r"\b(?:countries|nations|places|destinations)\s+(?:\w+\s+){0,2}?(?:at|on|to|as)\s+(?:the\s+|a\s+)?$", _I)
_LISTED_AFTER = re.compile(
    r"(?:\s+(?:travel\s+)?(?:advisor(?:y|ies)|warnings?|alerts?))?,?\s+(?:including|such\s+as|among\s+them|namely|like)\s+(?:the\s+)?",
    _I,
)


# "previously at Level 2", "it had been at Level 2 since ...": where the advice was
_WAS_BEFORE = re.compile(
    r"\b(?:previously|formerly|had\s+been|was\s+previously|used\s+to\s+be)\s+(?:at\s+|on\s+)?(?:a\s+|the\s+)?[\"“‘']?$", _I
)


def _was_before(text: str, at: int) -> bool:
    """Whether the level written at `at` is said to be where the advice was ("previously at Level 2")."""
    return _WAS_BEFORE.search(text, max(0, at - 30), at) is not None


# "placed X under a Level 3 warning in 2022 but lowered it to Level 2": a later verb of the same sentence moved it
_MOVED_LATER = re.compile(
    r"[^.;]{0,60}?\b(?:but|and|then|before|until|when|later)\b[^.;]{0,30}?\b(?:lower|rais|downgrad|upgrad|mov|cut|"
    r"reduc|return|bump|revis|eas)\w*\s+(?:it|them|the\s+(?:\w+\s+)?(?:advisory|warning|alert|level|advice|rating))\s+"
    r"(?:back\s+)?(?:down\s+|up\s+)?to\s+(?:a\s+|the\s+)?[\"“‘']?(?=(?:level|category)\b)",
    _I,
)


def _moved_later(text: str, at: int) -> re.Match[str] | None:
    """The level the advice written at `at` was later moved to in the same sentence ("had it at Level 3 until
    March, when it lowered the advisory to Level 2": Level 2), if a verb says so."""
    written = _LEVEL_WRITTEN.pattern.match(text, at)
    moved = _MOVED_LATER.match(text, written.end()) if written else None
    return _LEVEL.search(text, moved.end(), moved.end() + 20) if moved else None


def _left_before(text: str, at: int) -> bool:
    """Whether the level written at `at` is one the advice left ("up from Level 2", "previously at Level 2")."""
    return bool(_FROM_BEFORE.search(text, max(0, at - 12), at)) or _was_before(text, at)


def _level_was(text: str, low: int, high: int) -> int | None:
    """A level the sentence says the advice had before, anywhere in [low, high) ("previously at Level 2")."""
    return next(
        (
            _number(m.group(1))
            for m in _LEVEL.finditer(text, low, high)
            if _was_before(text, m.start()) or _moved_later(text, m.start())
        ),
        None,
    )


def _level_left(text: str, new_at: int, high: int) -> int | None:
    """The level a change left, written after the new one: "to Level 3 from Level 4", "to level 2, ..., from level
    3" (not past another new level: "raised A to Level 4 and lowered B to Level 2 from Level 3")."""
    for match in _LEVEL.finditer(text, new_at, high):
        if _FROM_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            return _number(match.group(1))
        if match.start() > new_at:
            return None
    bare = _FROM_NUMBER_AFTER.match(text, new_at, high)  # "the level for X was lowered to 3 from 4"
    return _number(bare.group(1)) if bare else None


def _levels_for_to(text: str) -> list[re.Match[str]]:
    """"raised the danger level for Israel to 3 and for Lebanon to 4": each number with its place."""
    found = []
    for match in _LEVEL_FOR_TO.finditer(text):
        found.append(match)
        end = match.end()
        while (joiner := _AND.match(text, end)) is not None and (more := _FOR_TO.match(text, joiner.end())) is not None:
            found.append(more)
            end = more.end()
    return found


def _level_wording(match: re.Match[str]) -> str:
    """How a level is written: "Level 3" as it stands; for "the level for Israel to 3" the scale's word and the
    number ("level 3"), without the place between them."""
    if match.re is _LEVEL_FOR_TO.pattern or match.re is _FOR_TO:
        return f"level {match.group(1)}"
    return match.group(0)


def _stated_levels(text: str) -> list[tuple[int, re.Match[str]]]:
    """Every level written, in text order, with where it is: the word of "Level 3", the number of "the level for
    Israel to 3" (the place is before it)."""
    found = [(m.start(), m) for m in _LEVEL.finditer(text)] + [(m.start(1), m) for m in _levels_for_to(text)]
    return sorted(found, key=lambda found_at: found_at[0])


def _levels_continued(text: str) -> list[Trigger]:
    """Levels written without a word of travel advice, each its own statement ("while B stays at Level 2")."""
    found: list[Trigger] = []
    stated = _stated_levels(text)
    for at, match in stated:
        level = _number(match.group(1))
        opens = [m.start() for m in _CONTRAST.finditer(text, 0, at)] if found else []
        found.append(
            Trigger(
                LEVEL_DIRECTIVES[level],
                at,
                match.end(),
                level,
                _level_wording(match),
                by_level=True,
                level_at=at,
                opens_at=max(opens) if opens and max(opens) >= found[-1].end else None,
            )
        )
    return found


def _with_contrasted_levels(text: str, triggers: list[Trigger]) -> list[Trigger]:
    """`triggers`, and a level no phrase took in a clause of its own after them ('Chile was lowered to Level 1,
    "Exercise Normal Precautions", while Bolivia was raised to Level 2')."""
    last_end = max(t.end for t in triggers)
    taken = {t.level_at for t in triggers}
    added = []
    for level in _levels_continued(text):
        opens = [m.start() for m in _CONTRAST.finditer(text, last_end, level.start)]
        if level.level_at not in taken and level.start > last_end and opens:
            added.append(replace(level, opens_at=max(opens)))
            last_end = level.end
    return triggers + added if added else triggers


# "areas bordering X", "the border areas with X", "areas near the borders with X": X only locates them
_BORDERING_AREAS = re.compile(
    r"\b(?:areas?|regions?|districts?|provinces?|zones?|parts?|localities|departments?|counties|states)\s+"
    r"(?:(?:bordering|adjoining)|(?:near|along|close\s+to|adjacent\s+to|next\s+to|on)\s+(?:the\s+|its\s+)?"
    r"(?:borders?|frontiers?)\s+with)\s+(?:the\s+)?$|"
    r"\b(?:border|frontier)\s+(?:areas?|regions?|districts?|provinces?|zones?)\s+(?:with|near|next\s+to)\s+(?:the\s+)?$",
    _I,
)


def _bordered(view: SentenceView, clause: tuple[int, int, int]) -> set[str]:
    """The countries named up to a clause's end only as what the areas of advice border (not also otherwise: "...
    bordering Tajikistan, while its mission in Dushanbe told Americans ...")."""
    if "order" not in view.text and "rontier" not in view.text and "djoin" not in view.text:
        return set()  # (most sentences name no border: a plain substring test first)
    bordering: list[Actor] = []
    for actor in view.actors:
        if actor.start < clause[2] and _BORDERING_AREAS.search(view.text, max(0, actor.start - 60), actor.start):
            bordering += [a for a in _group(view, actor) if a.start >= actor.start and a not in bordering]
    return {a.iso2 for a in bordering} - {a.iso2 for a in view.actors if a not in bordering}


def _group(view: SentenceView, actor: Actor) -> list[Actor]:
    """The coordinated run of mentions an actor stands in: "Denmark, Norway and Sweden"."""
    actors = view.actors
    index = actors.index(actor)
    low = high = index
    def joined(first: Actor, second: Actor) -> bool:
        gap = view.text[first.end : second.start]
        # "from Norway to New Zealand" names two governments of a range as examples; "countries in Western Europe
        # (including the UK, France and Germany), South America (including Brazil ...), as well as Australia"
        return bool(_LIST_JOINER.match(gap) or _EXAMPLES_GO_ON.fullmatch(gap)) or (
            first.role == second.role == Role.GOVERNMENT and RANGE_TO.fullmatch(gap) is not None
        )

    while (
        low > 0
        and joined(actors[low - 1], actors[low])
        and not _COMPARED.search(view.text, max(0, actors[low - 1].start - 20), actors[low - 1].start)
    ):
        low -= 1
    while high + 1 < len(actors) and joined(actors[high], actors[high + 1]):
        high += 1
    return actors[low : high + 1]


_EXAMPLES_GO_ON = re.compile(
    r"\s*\)\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|as\s+well\s+as\s+)(?:[A-Za-z ]{0,40}?\(\s*including\s+)?", _I
)


# ("as they would be in Madrid or New York", "as you would in any big city in Spain"; the list goes on after it)
_AS_ANYWHERE = re.compile(
    r"\bas\s+(?:they|you|we|one|people|travell?ers)\s+would\s+(?:be\s+|do\s+)?(?:in|at)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:(?:[\w’'-]+\s+){1,3}(?:or|and)\s+)?$",
    _I,
)
# "Like the US, Japan raised ...": the country compared with is not in the list that acts (it gives the same
# advice: `_CO_ISSUER_CUE` makes it a co-issuer).
_COMPARED = Anchored(re.compile(r"\b(?:like|unlike|as\s+with|similar\s+to|following)\s+(?:the\s+)?$", _I))


def _issuer_group(view: SentenceView, actor: Actor, subjects: set[str]) -> list[str]:
    """The actor and the governments coordinated with it ("The US and Britain told ...")."""
    members = [
        a.iso2
        for a in _group(view, actor)
        if a.iso2 not in subjects
        and a.role != Role.PLACE
        and (a.kind != "demonym" or a.role in (Role.GOVERNMENT, Role.CITIZENS) or a is actor)
    ]
    return list(dict.fromkeys(members)) or [actor.iso2]


_CAUSE_AFTER = re.compile(r"\b(?:due\s+to|because\s+of|owing\s+to|citing)\b", _I)


def _issuers(
    view: SentenceView, trigger: Trigger, subjects: set[str], ctx: ArticleContext
) -> tuple[list[str], float]:
    """The governments behind a directive, with a confidence weight for how they were found."""
    # "despite a travel warning from Taiwan", "the advisory issued by Canada": the government named right after
    # the advice gives it, whoever else the sentence names ("Nineteen countries are at Level 4 on the US scale")
    giver = _giver(view, trigger)
    if giver is not None and giver.iso2 not in subjects:
        return [giver.iso2], 0.9
    if _UNNAMED_GROUP.search(view.text, max(0, trigger.start - 100), trigger.start):
        return [], 0.0  # "many countries are urging ...": unnamed governments; a list may name them (co-issuers)
    # ("In Belarus, which Moscow used as a launch pad, the Gomel region went to Level 3": an aside's subject acts in it)
    asides = [span for span in _asides(view.text) if not span[0] <= trigger.start < span[1]]
    speakers = [
        a
        for a in view.actors
        if a.role in (Role.GOVERNMENT, Role.AGENT)
        and a.iso2 not in subjects
        and not any(low <= a.start < high for low, high in asides)
    ]
    named = [(s, iso2) for iso2, s, _e in view.institutions if iso2 not in subjects]
    before = [a for a in speakers if a.start < trigger.start]
    named_before = [n for n in named if n[0] < trigger.start]
    if before and (not named_before or before[-1].start > named_before[-1][0]):
        return _issuer_group(view, before[-1], subjects), 1.0
    if named_before:
        return [named_before[-1][1]], 1.0
    citizens = [a for a in view.actors if a.role == Role.CITIZENS and a.iso2 not in subjects]
    if citizens:
        nearest = min(citizens, key=lambda a: abs(a.start - trigger.start))
        return _issuer_group(view, nearest, subjects), 0.9
    # After the directive, "..., the U.S. said" speaks; a country inside the reasons ("threats of Russian military
    # action") does not.
    # "..., as Washington warned that ...": a government in a clause of its own after the advice does not give it
    # ("remains at Level 4, due to ... Belarus's support for Russia's military action": a government among the
    # reasons does not give the advice either)
    cause = _CAUSE_AFTER.search(view.text, trigger.end)
    after = [
        a
        for a in speakers
        if a.start >= trigger.end
        and not _SUBORDINATE_BEFORE.search(view.text, max(0, a.start - 30), a.start)
        and (cause is None or a.start < cause.start() or _SAID_AFTER.match(view.text, a.end))
    ]
    attributed = [a for a in after if _SAID_AFTER.match(view.text, a.end)]
    if attributed:
        return _issuer_group(view, attributed[0], subjects), 0.9
    # '"Exercise a high degree of caution in Thailand," reads Canada's advisory': the advice quoted is its own
    quoted_from = [
        a
        for a in view.actors
        if a.start >= trigger.end and a.iso2 not in subjects and _POSSESSED_ADVICE.match(view.text, a.end)
    ]
    if quoted_from:
        return [quoted_from[0].iso2], 0.9
    sources = [
        a
        for a in view.actors
        if a.start >= trigger.end and a.role != Role.CITIZENS and _ACCORDING_TO.search(view.text, max(0, a.start - 60), a.start)
    ]
    if sources:
        return [sources[0].iso2], 0.85
    named_sources = [
        iso2 for iso2, start, _e in view.institutions if start >= trigger.end and _ACCORDING_TO.search(view.text, max(0, start - 60), start)
    ]
    if named_sources:
        return [named_sources[0]], 0.85
    # "..., the Saudi Press Agency reported": a government's news agency reports its government's advice
    agencies = [a for a in view.actors if a.start >= trigger.end and _STATE_AGENCY.match(view.text, a.end)]
    if agencies and not after and agencies[0].iso2 not in subjects:
        return [agencies[0].iso2], 0.8
    named_after = [n for n in named if n[0] >= trigger.end]
    if after and (not named_after or after[0].start < named_after[0][0]):
        return _issuer_group(view, after[0], subjects), 0.85
    if named_after:
        return [named_after[0][1]], 0.85
    leading = [
        a
        for a in view.actors
        if a.role == Role.OTHER
        and a.start < trigger.start
        and a.iso2 not in subjects
        and not _demonym_area(view.text, a)  # ("Five Russian regions ... were lifted to Level 3": a place's parts)
        # ("Nicaragua, like Belize, was put at Level 2": compared with the place rated, another place)
        and not any(b.iso2 in subjects and _LIKE_ASIDE.fullmatch(view.text, b.end, a.start) for b in view.actors)
    ]
    if leading:
        # "MFA Romania also recommended ...", "countries including Spain, Portugal and Greece have advised": the
        # country (or list) named last before the directive
        return _issuer_group(view, leading[-1], subjects), 0.7
    if view.text.rstrip().endswith(":"):
        return [], 0.0  # "Travel advice for Cyprus:": a heading; the lines after it name the governments
    if any(a.role == Role.CITIZENS for a in view.actors):
        # "Israelis there should leave the area and return to Israel": the citizens' own government speaks, and
        # it is the place too, so no other government remembered from before gave this
        return [], 0.0
    # "It has advised ...", "the ministry said": the government spoken of just before comes first
    remembered_order: tuple[str | None, ...]
    if UNNAMED_SPEAKER.search(view.text):
        # (a government this sentence names acting, "hours after Iran fired missiles", was judged no giver above)
        # ("Iraq has been at Level 4 on the department's scale": the place rated is no speaker; the one before is)
        earlier_speaker, _at = ctx.speaker_before(view.index)
        # "MANILA, Jan. 7 (PNA) -- The department has lowered ...": the government of the place the story was filed
        # from speaks in the sentence after the dateline
        filed_in = ctx.dateline[1] if ctx.dateline and ctx.dateline[0] == view.index else None
        remembered_order = (filed_in, earlier_speaker, ctx.issuer, ctx.mission_of)
    else:
        # (a government that only spoke further back is no giver of advice nobody in the sentence gives:
        # "Officials in Brazil declined to comment." opening an article about other governments' advice)
        recent = ctx.recent_speaker(view.index)
        if ctx.speaker_at == view.index and cause is not None and recent in {a.iso2 for a in speakers if a.start > cause.start()}:
            recent = ctx.prior_speaker  # (a government among the reasons named in this sentence is no speaker)
        remembered_order = (ctx.issuer, recent, ctx.mission_of)
    # (last, the government whose ministry or mission the page's first line names: the publisher of a release)
    for remembered in (*remembered_order, ctx.publisher):
        if remembered and remembered not in subjects:
            return [remembered], 0.6
    return [], 0.0


_GATHERINGS_AFTER = re.compile(
    r"\s+(?:all\s+|any\s+|the\s+|these\s+|such\s+)?(?:large\s+|public\s+|political\s+|street\s+)?(?:demonstrations?|protests?|rall(?:y|ies)|crowds?|"
    r"gatherings?|marches|roadblocks?|barricades?)\b",
    _I,
)
# Advice a government might give on a condition: a modal before the directive and "if"/"unless" after it.
_SUPPOSED_BEFORE = re.compile(r"\b(?:could|might|may|would)\s+(?:\w+\s+){0,5}?$", _I)
_SUPPOSED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:if|unless|should\s+the|in\s+case)\b", _I)


def _not_hypothetical(text: str, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers that do not follow a consideration, a question or a denial in their clause."""
    return [t for t in triggers if not unstated(text, t.start, considered=True)]


_ON_CONDITION = re.compile(r"\b(?:once|until|unless|if)\s+(?:[\w’'-]+\s+){0,3}$", _I)


def _supposed(text: str, match: re.Match[str]) -> bool:
    """Advice a government might give on a condition: a modal before it and "if"/"unless" after it."""
    return bool(
        _SUPPOSED_BEFORE.search(text, max(0, match.start() - 60), match.start()) and _SUPPOSED_AFTER.match(text, match.end())
    )


_TOP_OF_SCALE = re.compile(r"\b(?:highest|maximum|top)\b", _I)
_SECOND_OF_SCALE = re.compile(r"second[\s-]highest\b", _I)
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s*", _I)
_SUBORDINATE_BEFORE = re.compile(
    r"(?:,\s*|\s)(?:as|while|whereas|after|because|since|when|although|though)\s+(?:the\s+)?$", _I
)
_NAMED_BEFORE_ADVICE = re.compile(r"(?:[’']s)?\s+(?:(?:new|latest|updated|own)\s+)?", _I)
_LISTED_BEFORE_GIVER = re.compile(r"(?:\w\s+and|,)\s+(?:the\s+)?$", _I)
_ADVICE_NAME = re.compile(r"\b(?:list|advisory|warning|alert|advice|notice|category)\b", _I)
_PASSIVE_BY = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:raised|lowered|issued|updated|increased|"
    r"elevated|downgraded|upgraded|reduced|eased|lifted)\b[^.;]{0,40}?\bby\s+(?:the\s+)?$",
    _I,
)
_LEAVING_END = re.compile(r"\b(?:leav\w*|left|depart\w*|exit\w*|evacuat\w*|fle[de]\w*|get\s+out|withdr\w+|pull\w*\s+out)$", _I)
_GIVEN_BY = re.compile(r"[\"”’']?\s+(?:(?:issued|put\s+out|released|given)\s+)?(?:from|by)\s+(?:the\s+)?", _I)
_NOT_ASKED = Anchored(re.compile(
    r"\b(?:stopp\w+\s+short\s+of|did\s+not|didn[’']t|has\s+not|hasn[’']t|have\s+not|haven[’']t|is\s+not|isn[’']t|"
    r"no\s+longer|declin\w+\s+to|refrain\w*\s+from|without)\s+(?:\w+\s+){0,4}?$",
    _I,
))
_DENIED_INSIDE = re.compile(r"\b(?:stopp\w+\s+short\s+of|did\s+not|didn[’']t|declin\w+\s+to|not\s+(?:yet\s+)?ask)", _I)
# "should consider departing now", "consider the possibility of leaving": a suggestion, not an instruction to leave.
_UNABLE_TO_LEAVE = re.compile(r"\b(?:unable|not\s+able)\s+to\s+\w+$|\b(?:cannot|can[’']t|could\s+not|couldn[’']t)\s+\w+$", _I)
_RESIDENTS_TOLD = re.compile(
    # ("residents of about 22 villages inside it were told to evacuate")
    r"\b(?:people|residents|inhabitants|villagers|locals|households)\s+(?:[\w,-]+\s+){0,6}?(?:had|have|has|were|was|are|is)\s+"
    r"(?:been\s+|being\s+)?$",
    _I,
)
# ("UN weapons inspectors were told by Secretary-General Kofi Annan to prepare to leave Iraq": people of no government
# told by their organisation)
_OTHERS_TOLD = re.compile(
    r"\b(?:inspectors|monitors|peacekeepers|observers|aid\s+workers|troops|soldiers)\s+(?:[\w,-]+\s+){0,3}?"
    r"(?:had|have|has|were|was|are|is)\s+(?:been\s+|being\s+)?(?:(?:told|ordered|instructed|asked|advised)\b[^.;]{0,60})?$",
    _I,
)
_OR_RELOCATE_BEFORE = re.compile(
    r"\b(?:move|relocate|go|head)\s+to\s+(?:a\s+)?(?:safe|safer)\s+(?:place|area|location|region|part)s?\s+or\s+$", _I
)
_CONSIDER_NOT_GOING = re.compile(r"\bconsider(?:s|ed|ing)?\s+(?:defer|postpon|cancel|delay)", _I)
_CONSIDER = Anchored(
    re.compile(r"\bconsider(?:s|ed|ing)?\s+(?:the\s+(?:possibility|option)\s+of\s+)?(?:leav|depart|exit)", _I)
)
_SAID_AFTER = re.compile(
    r"(?:[’']s\s+(?:\w+\s+){0,3}?)?\s*(?:government\s+|embassy\s+|ministry\s+)?(?:said|says|stated|announced|added|warned|wrote)\b",
    _I,
)
_POSSESSED_ADVICE = re.compile(r"(?:[’']s)?\s+(?:\w+\s+)?(?:travel\s+)?(?:advisory|advice|warning|guidance|alert)\b", _I)
_STATE_AGENCY = re.compile(r"\s+(?:state\s+)?(?:Press|News)\s+Agency\b")
# "..., according to updated guidance from Australia's DFAT": the source named after the advice
_ACCORDING_TO = Anchored(re.compile(r"\baccording\s+to\s+(?:[\w’']+\s+){0,4}?(?:from|by|of)?\s*(?:the\s+)?$", _I))
_UNNAMED_GROUP = Anchored(re.compile(
    r"\b(?:many|several|other|some|numerous|various|(?:a|the)\s+(?:growing\s+|rising\s+|increasing\s+|large\s+|small\s+|long\s+)?"
    r"(?:number|list|string|host|series|raft|handful|wave|slew)\s+of|more|multiple|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens?\s+of|which|following|these|those)\s+(?:\w+\s+){0,2}?(?:countries|governments|govts|nations|states)\b"
    r"(?:\s+(?:have|has|had|are|is|were|was|also|now|too|already|on\s+\w+day|\w+ly)){0,3}"
    # ("has led several Western governments to harden their warnings against travel ...")
    r"(?:\s+(?:to\s+)?\w+(?:\s+(?:on|upon))?\s+(?:their|its)(?:\s+(?:citizens|nationals|people)(?:\s+on\s+\w+day)?(?:\s+to)?)?)?\s*$|"
    # "European countries urged their citizens ...": a region's governments, none named; "Governments updated ..."
    # at the start, or after a dateline
    r"(?:\b(?:European|Western|Gulf|Arab|Asian|African|Nordic|Baltic|EU|allied|foreign)|^\W*|[—–-]\s+)\s*"
    r"(?:countries|governments|govts|nations|states)(?:\s+(?:have|had|are|were|also|now|too|already|on\s+\w+day|\w+ly)){0,3}"
    r"(?:\s+\w+(?:\s+(?:on|upon))?\s+(?:their|its)(?:\s+(?:citizens|nationals|people)(?:\s+on\s+\w+day)?(?:\s+to)?)?)?\s*$|"
    # "Several foreign governments have withdrawn diplomats from Juba and told their citizens to get out": a second
    # predicate of the same unnamed subject
    r"\b(?:many|several|other|some|numerous|various|multiple)\s+(?:\w+\s+){0,2}?(?:countries|governments|nations)\s+"
    r"(?:have|has|had)\s+[^.;,]{1,60}?\s+and\s+$|"
    # "foreign nationals urged to get out": told by governments not named
    r"\b(?:foreign\s+nationals|foreigners|expatriates|expats)\s+(?:(?:were|are|have\s+been|had\s+been|being)\s+)?$",
    _I,
))
# A government referred to without its name: "the ministry", "the government said", "It advised citizens ...".
UNNAMED_SPEAKER = Anchored(re.compile(
    r"\b(?:the|its|their)\s+(?:foreign\s+|federal\s+)?(?:ministry|government|department|foreign\s+office|"
    r"state\s+department|authorities|cabinet|embassy|consulate)\b|"
    # ("The United States has not changed its guidance. Its advisory for Papua New Guinea has stood at Level 3")
    r"^\W*(?:Its|Their)\s+(?:[\w-]+\s+)?(?:advisory|advice|guidance|warning|travel\s+advice)\b|"
    r"^\W*(?:It|They)\s+(?:has\s+|have\s+|had\s+|also\s+)?"
    # ("It lifted ... and cut its advisory": a verb in the past names an act of the government just spoken of)
    r"(?:advis|urg|told|warn|call|ask|recommend|kept|keeps|put|rates|ranks|maintain|cut|[a-z]+ed\b)",
    _I,
))
# "Among the countries that told their citizens to leave are A, B and C", "several countries ..., notably A
# and B": a list introduced after the directive names more governments giving it, not places.
_ISSUER_LIST_INTRO = re.compile(
    r"(?:\b(?:are|were|include[sd]?|including|notably|such\s+as|among\s+them|namely|led\s+by)|:)\s*(?:the\s+)?$", _I
)
_FOLLOWING_BEFORE = re.compile(r"\b(?:follow\w*|taking)\s+(?:the\s+)?$", _I)
_LEAD_AFTER = re.compile(r"(?:[’']s)?\s+(?:lead|example|footsteps)\b", _I)
_AFTER_OTHERS = re.compile(r",\s+(?:just\s+)?after\s+(?:the\s+)?$", _I)
_SENTENCE_END = re.compile(r"[\s.!\"”’']*")
_AMONG_THOSE = re.compile(r"\bamong\s+(?:those|others)\b", _I)
_RATED_GROUP = re.compile(r"\s+(?:(?:are|were|now|currently|still)\s+)*(?:on|in|under|at|with|rated|placed|listed)\s", _I)
_GOVERNMENTS_NOUN = Anchored(re.compile(r"\b(?:countries|governments|nations|states|capitals|allies|partners)\b", _I))
# "..., joining Italy and Japan", "as did Canada": more governments giving the same advice.
_CO_ISSUER_CUE = Anchored(re.compile(
    r"(?:\bjoin(?:s|ed|ing)?|\bas\s+(?:did|have|has|had|do|does)|\balong\s+with|\btogether\s+with|"
    r"\bin\s+line\s+with|\becho(?:ing|ed|es)?|\bmirroring|\bmatching|^\W*after|(?<!un)\blike|"
    r"\b(?:in\s+addition\s+to|besides|apart\s+from|alongside)|"
    r"\b(?:(?:have|has|had|were|was)\s+(?:been\s+)?|already\s+)?(?:issued|given|put\s+out|imposed)\s+by|"
    # "in line with advice from France", "which mirrors those issued by Britain", "a call repeated by Kuwait"
    r"\b(?:in\s+line\s+with|mirror\w*|echo\w*|matching)\s+(?:[\w’']+\s+){0,3}?(?:from|by|of)|"
    r"\b(?:repeated|echoed|matched|mirrored|seconded|shared)\s+by|"
    # "following the lead of the US", "following in the footsteps of France"
    r"\bfollow\w*\s+(?:in\s+)?(?:the\s+)?(?:lead|example|footsteps|steps)\s+of|"
    # "joining a growing list of countries including Canada"
    r"\bjoin\w*\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:list|group|number|ranks)\s+of\s+(?:\w+\s+)?"
    r"(?:countries|governments|nations)\s*,?\s*(?:including|such\s+as|like|among\s+them))\s+(?:the\s+)?$",
    _I,
))


def _subject_of_the_story(
    view: SentenceView, trigger: Trigger, clause: tuple[int, int, int], ctx: ArticleContext, state: AdvisoryState
) -> list[str]:
    """The place of advice whose sentence names none: the country the article's advice is about ("France also asked
    its nationals to leave", "against travel to the northern provinces"), or that unnamed governments' advice was
    about, also where only a government is named ("Britain said its nationals should exercise caution")."""
    if trigger.level and (
        _CLASS_OF_PLACES.match(view.text, trigger.end) or _INSURANCE.search(view.text, 0, trigger.start)
    ):
        # "insurers stop covering trips to Level 4 destinations, but most policies still apply at Level 3": a kind
        # of place, what insurance does at a level, not the level of the place spoken of
        return []
    if _ANY_PLACE.search(view.text, 0, trigger.start):
        return []  # "travel to any destination that carries a Level 3 advisory": a rule for places, none spoken of
    only_governments = (
        # ("Canada and New Zealand had already eased their advice": a lowering of the same place's advice)
        (trigger.directive is not None or _LOWERED.search(view.text, trigger.start, trigger.end) is not None)
        # (in its own clause: "the US rates Mexico at Level 2; Canada urges a high degree of caution")
        and _names_only_governments(view.naming_only(clause[0], clause[1]))
        and not _OTHER_PLACES.search(view.text, trigger.start)
    )
    # "Canada: avoid all travel" under "Travel advice for Haiti:": a line giving one government's advice
    # ("United States: Level 4, do not travel; U.S. citizens should depart": the label's people may be named again)
    label = view.actors[0] if view.actors and len({a.iso2 for a in view.actors}) == 1 else None
    labelled = (
        label is not None
        and _LABEL.fullmatch(view.text, 0, label.start) is not None
        and (view.text.startswith(":", label.end) or _DASH_AFTER_LABEL.match(view.text, label.end) is not None)
    )
    if labelled and label is not None and _TITLE_AFTER_LABEL.fullmatch(view.text, label.end):
        return []  # "Nigeria: Travel Advice" over a minister's answer: the label is the topic, nothing is advised yet
    headed = (
        ctx.heading is not None
        and 0 < view.index - ctx.heading[0] <= 4
        # (under "United States", "The State Department told Americans to leave": the heading names who advises)
        and not any(iso2 == ctx.heading[1] for iso2, _start, _end in view.institutions)
        and not any(a.iso2 == ctx.heading[1] and a.role != Role.PLACE for a in view.actors)
    )
    # "against all but essential travel to some areas near the US border": only places that locate the areas
    # ("... to the Libyan border area": the area of the place spoken of, along another country)
    near_only = trigger.directive is not None and any(
        a.start > trigger.start
        and (_REGION_CUE.search(view.text, max(0, a.start - 30), a.start) or _demonym_area(view.text, a))
        for a in view.actors
    )
    if not (
        trigger.level
        or trigger.directive == Directive.LEAVE_IMMEDIATELY
        or _regions(view, trigger, clause)
        or only_governments
        or near_only
        or labelled
        or (headed and trigger.directive is not None)
        or _city_of_the_place(view, trigger, clause, ctx.subject)
    ):
        return []
    spoken_of = ctx.subject or (state.unnamed[2][0] if state.unnamed and state.unnamed[2] else None)
    if headed and ctx.heading is not None:
        spoken_of = ctx.heading[1]  # the country of the line heading this advice ("Colombia", then "Reason: ...")
    if spoken_of is None and labelled and label is not None and view.start > 0:
        # the first line of a list under "What governments are telling their citizens about Haiti" (a headline's
        # label is its topic: "Ecuador: Travel Advisory Raised to Level 3")
        spoken_of = ctx.main_country({label.iso2})
    if spoken_of is None and trigger.directive is not None and _PARTS_NAMED_AFTER.match(view.text, trigger.end):
        # "advises against all but essential travel to the four southernmost provinces": parts of the country the
        # article is about
        spoken_of = ctx.main_country({a.iso2 for a in view.actors})
    if spoken_of is None and trigger.directive == Directive.LEAVE_IMMEDIATELY:
        # "Governments scrambled to get their citizens out of Lebanon. Britain urged its nationals to leave.": no
        # advice reported yet; to leave the country the article is about
        spoken_of = ctx.main_country({a.iso2 for a in view.actors})
    return [spoken_of] if spoken_of else []


def _city_of_the_place(view: SentenceView, trigger: Trigger, clause: tuple[int, int, int], place: str | None) -> bool:
    """Whether the advice is about a city of the missions data that lies in the place spoken of ("advises against all
    but essential travel to Guayaquil" in news of Ecuador); asked last, as it reads the city names."""
    return (
        place is not None
        and trigger.directive is not None
        and any(iso2 == place for _s, _e, iso2 in mission_cities_in(view.text, *_region_span(view.text, trigger, clause)))
    )


_LABEL = re.compile(r"[\W\d]*(?:the\s+)?", _I)
_TITLE_AFTER_LABEL = re.compile(r"\s*:\s*(?:(?:latest|new|current|updated)\s+)?(?:travel\s+)?(?:advice|advisory|advisories|warnings?)\W*", _I)
_DASH_AFTER_LABEL = re.compile(r"\s+[–—-]\s")  # "AUSTRALIA - Level 4, do not travel": a roundup's line
_CLASS_OF_PLACES = re.compile(r"[\s\x22'”’)]*(?:destinations|countries|nations|places|locations)\b", _I)
_ANY_PLACE = re.compile(
    r"\b(?:any|every|each)\s+(?:\w+\s+)?(?:destination|country|place|location)\s+(?:that|which|with|where|carrying|rated|under)\b",
    _I,
)
_INSURANCE = re.compile(r"\binsur(?:ers?|ance)\b|\bpolic(?:y|ies)\s+(?:\w+\s+)?(?:cover|apply|pay)", _I)
_PARTS_NAMED_AFTER = re.compile(
    r"\s+(?:to|in)\s+(?:the\s+|some\s+|parts\s+of\s+the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:provinces|regions|areas|districts|"
    r"departments|governorates|counties|prefectures|states)|"
    # "to the Puno region": one named part
    r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:province|region|area|district|department|governorate|county|"
    r"prefecture|state))\b",
    _I,
)
# Places that are not the country of the article: "not to travel to countries in the region", "abroad".
_OTHER_PLACES = re.compile(
    r"\b(?:countries|nations|states|destinations|abroad|overseas|worldwide)\b|\b(?:the|this|that)\s+region\b", _I
)


def _names_only_governments(view: SentenceView) -> bool:
    """Whether the sentence names countries only as governments or their citizens (no place, no other mention)."""
    return bool(view.actors or view.institutions) and all(
        a.role in (Role.GOVERNMENT, Role.AGENT, Role.CITIZENS) for a in view.actors
    )


_COVERED_FROM = re.compile(r"\bfrom\s+(?:its|their|the)\s+(?:\w+\s+)?(?:embassy|high\s+commission|consulate)\s+in\s+$", _I)
_SEAT_OF_MISSION = re.compile(r"\b(?:embassy|consulate(?:\s+general)?|high\s+commission|mission)\s+in\s+$", _I)


def _giver(view: SentenceView, trigger: Trigger) -> Actor | None:
    """The government named right after the advice as the one giving it ("a travel warning from Taiwan"), or
    right before its name when the places it lists follow ("the US do-not-travel list are Mali, ...")."""
    giver = next((a for a in view.actors if a.start >= trigger.end), None)
    if (
        giver is not None
        and _GIVEN_BY.fullmatch(view.text, trigger.end, giver.start)
        # ("urged citizens to depart from Haiti": the place left, not who gave the advice)
        and not _LEAVING_END.search(view.text, trigger.start, trigger.end)
    ):
        return giver
    if giver is not None and _scale_owner(view.text, giver, trigger):
        return giver  # "at Level 4 on the US scale", "a Level 4 US advisory": whose scale the level is on
    owner = next((a for a in view.actors if a.start >= trigger.end), None)
    if owner is not None and _OWNS_SCALE_AFTER.fullmatch(view.text, trigger.end, owner.start) and _POSSESSED_SCALE.match(view.text, owner.end):
        return owner  # "Niger remains at the highest level of Australia's advice": whose advice the level is
    owner = next((a for a in reversed(view.actors) if a.end <= trigger.start), None)
    if owner is not None and _OWNS_SCALE_BEFORE.search(view.text, max(0, owner.start - 12), owner.start) and _POSSESSIVE.fullmatch(
        view.text, owner.end, trigger.start
    ):
        return owner  # "South Sudan remains on Canada's highest risk level": the level named as the government's own
    # "The warning level for Taiwan was raised to 2 out of 4 by Japan", "Sri Lanka's travel advisory was raised by the
    # US State Department to Level 3, "Reconsider Travel"": the agent of the passive
    by = next((a for a in view.actors if _PASSIVE_BY.search(view.text, max(0, a.start - 80), a.start)), None)
    if by is not None:
        return by
    before = next((a for a in reversed(view.actors) if a.end <= trigger.start), None)
    if (
        before is not None
        and before.kind != "demonym"
        # ("The U.S. Embassy in Nairobi issued a security alert": where the embassy sits)
        and not _SEAT_OF_MISSION.search(view.text, max(0, before.start - 30), before.start)
        and _NAMED_BEFORE_ADVICE.fullmatch(view.text, before.end, trigger.start)
        and _ADVICE_NAME.search(view.text, trigger.start, trigger.end)
        # (not the last of a list that acts: "Australia and New Zealand eased their advice")
        and not _LISTED_BEFORE_GIVER.search(view.text, max(0, before.start - 8), before.start)
        and not _RATING_OPENS.match(view.text, trigger.start)  # ("placed Yemen in its red category": the place)
        and any(a.start >= trigger.end and a.iso2 != before.iso2 for a in view.actors)
    ):
        return before
    return None


# A government's own scale or advice named with the possessive right by a level: "of Australia's advice", "on
# Canada's highest risk level", "at the top of Japan's four-tier danger information".
_OWNS_SCALE_BEFORE = re.compile(r"\b(?:on|of|under|in|at|to)\s+(?:the\s+)?$", _I)
_OWNS_SCALE_AFTER = re.compile(r"[\"”’']?,?\s+(?:(?:on|of|under|in|at)\s+(?:the\s+)?(?:top\s+of\s+)?)", _I)
_POSSESSIVE = re.compile(r"[’']s\s+(?:(?:separate|own|new|latest|current|[\w]+-[\w]+)\s+){0,2}", _I)
_POSSESSED_SCALE = re.compile(
    r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:scale|system|advice|advisory|advisories|ranking|levels?|tiers|categories|"
    r"alerts?|warnings?|danger\s+information)\b",
    _I,
)
_AS_DO = re.compile(r"as\s+(?:do|does|did)\b", _I)
_OPENING_AFTER = re.compile(r"\W*after\b", _I)
_GROUP_ENDS = re.compile(r"\s*(?:[,;]|$|[’']s\s+(?:lead|example|advice|move|decision))", _I)
_RATING_OPENS = re.compile(r"(?:in|into|to|at|on)\s", _I)


def _rates_a_place(view: SentenceView, trigger: Trigger) -> bool:
    """Whether the sentence opens with the place the trigger's level rates ("Russia remains at Level 4"; not "The US
    has Syria at Level 4", where a government rates it)."""
    rated_at = trigger.level_at if trigger.level_at is not None else trigger.start
    rated = next((a for a in view.actors if a.end <= rated_at and _TO_LEVEL_GAP.fullmatch(view.text, a.end, rated_at)), None)
    return (
        rated is not None
        and not any(start < rated.start for _iso2, start, _end in view.institutions)
        and not any(a.start < rated.start and a.role in (Role.GOVERNMENT, Role.AGENT) for a in view.actors)
    )


_ADVICE_NOUN_AFTER = re.compile(r"\s+(?:government[’']?s?\s+)?(?:advice|advisory|warning|guidance|lead|call|example)\b", _I)


def _co_issuers(view: SentenceView, trigger: Trigger) -> list[Actor]:
    """Mentions that name further issuers of this directive rather than places it is about."""
    giver = _giver(view, trigger)
    found: list[Actor] = [] if giver is None else [giver]
    if giver is not None and giver.start >= trigger.end:  # "... by Canada, Australia and New Zealand": the whole list
        found = [a for a in _group(view, giver) if a.start >= giver.start and a.kind != "demonym"]
    # "Among those urging their nationals to leave were A, B and C": the list after names who urged
    head = _GOVERNMENTS_NOUN.search(view.text, 0, trigger.start) or _AMONG_THOSE.search(view.text, 0, trigger.start)
    if head is not None and _RATED_GROUP.match(view.text, head.end()):
        head = None  # "Countries on the US do-not-travel list are A, B and C": the places rated, not governments
    if head is not None and (
        any(head.end() <= start < trigger.start for _iso2, start, _end in view.institutions)
        or any(head.end() <= a.start < trigger.start and a.role in (Role.GOVERNMENT, Role.AGENT) for a in view.actors)
    ):
        head = None  # "These are the countries the State Department says Americans should not visit: A, B": its places
    for actor in view.actors:
        # ("echoed the British advice": a demonym naming the advice's government)
        owns_advice = actor.kind == "demonym" and _ADVICE_NOUN_AFTER.match(view.text, actor.end) is not None
        if actor in found or (actor.kind == "demonym" and not owns_advice):
            continue
        before = view.text[max(0, actor.start - 30) : actor.start]
        listed = head is not None and actor.start > trigger.end and _ISSUER_LIST_INTRO.search(before)
        if listed:  # the rest of the sentence is the list, even where a name is not recognised ("Aus")
            return found + [a for a in view.actors if a.start >= actor.start and a.kind != "demonym" and a.role != Role.PLACE]
        if (cue := _CO_ISSUER_CUE.search_slice(view.text, max(0, actor.start - 70), actor.start)) is not None:
            if _AS_DO.match(cue.group(0)) and _rates_a_place(view, trigger):
                continue  # "Russia remains at Level 4, ..., as do Iran and Iraq": more places at that level
            if any(b.role == Role.PLACE and _LIKE_ASIDE.fullmatch(view.text, b.end, actor.start) for b in view.actors):
                continue  # "Nicaragua, like Belize, was put at Level 2": a place compared with the place rated
            if _OPENING_AFTER.match(cue.group(0)) and not _GROUP_ENDS.match(view.text, _group(view, actor)[-1].end):
                continue  # "After US and British strikes on Yemen, ...": the names describe the cause, not who advised
            found += [a for a in _group(view, actor) if (a.kind != "demonym" or (a is actor and owns_advice)) and a not in found]
        elif _FOLLOWING_BEFORE.search(before) and _LEAD_AFTER.match(view.text, actor.end):
            # "Following the US lead, Britain raised ...": the government followed gave that advice first
            found += [a for a in _group(view, actor) if a.kind != "demonym" and a not in found]
        elif actor.start > trigger.end and _AFTER_OTHERS.search(before):
            # "Britain was the latest to advise against travel to Niger, after France and Germany.": the list that
            # ends the sentence gave it first
            group = [a for a in _group(view, actor) if a.start >= actor.start]
            if _SENTENCE_END.fullmatch(view.text, group[-1].end):
                found += [a for a in group if a.kind != "demonym" and a not in found]
    return found


_PLACES_GO_ON = re.compile(r"\s*(?:and|or|also|as\s+well\s+as|plus|including|to|for|in)\b", _I)


def _clause(view: SentenceView, trigger: Trigger, triggers: list[Trigger]) -> tuple[int, int, int]:
    """(start, end, reasons_start) of the part of the sentence that a trigger governs."""
    index = triggers.index(trigger)
    start = triggers[index - 1].end if index else 0
    if index and (marker := _REASON_MARKER.search(view.text, start, trigger.start)):
        # the text before belongs to the previous directive's reasons, up to a contrast that opens a clause of its own
        # ("..., citing terrorism, while India, China and Japan urged their citizens to be vigilant")
        opens = [m.end() for m in _CONTRAST.finditer(view.text, marker.end(), trigger.start)] + [
            m.end()  # ("..., citing civil unrest, and Canada told Canadians to ...": a clause with its own subject)
            for m in _CLAUSE_BREAK.finditer(view.text, marker.end(), trigger.start)
            if any(m.end() <= a.start < trigger.start and a.role in (Role.AGENT, Role.GOVERNMENT) for a in view.actors)
        ]
        start = max(opens) if opens else trigger.start
    if index and triggers[index - 1].level and trigger.level and re.match(
        r"\s+(?:(?:travel\s+)?(?:advisor(?:y|ies)|alerts?|warnings?)\s+)?(?:for|to|on)\b", view.text[trigger.end :], _I
    ):
        start = trigger.start  # "Level 2 for A and B and Level 3 for C": each level names its places after it
    if trigger.opens_at is not None:
        start = max(start, trigger.opens_at)
    following = triggers[index + 1] if index + 1 < len(triggers) else None
    end = len(view.text) if following is None else following.start if following.opens_at is None else following.opens_at
    # ("raised the alert for Israel to level 3 and put Lebanon under a special advisory": each act's own places)
    if index and (act := _another_act(view.text, triggers[index - 1].end, trigger.start)) is not None:
        start = max(start, act)
    if following is not None and (act := _another_act(view.text, trigger.end, following.start)) is not None:
        end = min(end, act)
    if index and any(a.role == Role.PLACE and start <= a.start < trigger.start for a in view.actors) and any(
        a.role == Role.PLACE and trigger.end <= a.start < end for a in view.actors
    ):
        # "to reconsider travel to Israel overall and not to travel to Gaza": a directive with places of its own
        # after it leaves the places before it to the directive they follow
        start = trigger.start
    breaks = list(_CLAUSE_BREAK.finditer(view.text, start, trigger.start)) if index else []
    if breaks and any(breaks[-1].end() <= a.start < end for a in view.actors):
        # "... advisory for Ukraine and for Belarus, and urged citizens in Ukraine to leave": a directive after a
        # clause break that names places of its own is about those (else it shares the places before: "advising
        # against travel to A and B, and to leave immediately")
        start = breaks[-1].end()
    # "- India: citizens in Iran told to leave ...; about 110 students moved into Armenia": a clause of its own after
    # the last directive names no place of it (unless the list goes on: "...; and to Lebanon", "...; Yemen")
    semicolon = view.text.find(";", trigger.end, end)
    if (
        semicolon >= 0
        and following is None
        and not _PLACES_GO_ON.match(view.text, semicolon + 1)
        and not any(0 < a.start - semicolon <= 8 for a in view.actors)
    ):
        end = semicolon
    reasons_start = end
    if "|" in view.text[: trigger.start] and (cell_end := view.text.find("|", trigger.end, end)) >= 0:
        reasons_start = cell_end  # a table's row: the cells after the advice's say why ("Niger | 4: Do Not Travel | crime")
    for marker in _REASON_MARKER.finditer(view.text, start):
        if marker.end() > trigger.end:
            # "Reasons to leave Russia include ...": a marker around the directive starts after it.
            reasons_start = min(end, marker.start() if marker.start() >= trigger.end else marker.end())
            break
    aside = _aside_around(view.text, trigger.start)
    if aside is not None and not any(aside[0] <= t.start < aside[1] for t in triggers if t is not trigger):
        # ("The US, which already has Russia at Level 4, told ...": the aside's places are its level's, and only its)
        start, end = max(start, aside[0]), min(end, aside[1])
        reasons_start = min(reasons_start, end)
    elif aside is None:
        for low, high in _asides(view.text):
            if start <= low and high <= end and low > trigger.end and any(low <= t.start < high for t in triggers):
                end = min(end, low)  # (the directive's places stop where an aside with its own level opens)
                reasons_start = min(reasons_start, end)
    return start, end, reasons_start


def _next_government_clause(view: SentenceView, after: int) -> int:
    """Where a clause break after `after` opens another government's clause ("..., and South Korea's foreign ministry
    put Israel under ...", "..., and Poland told Poles to leave, citing ..."): its places and reasons are its own."""
    for brk in _CLAUSE_BREAK.finditer(view.text, after):
        # ("Canada advises against all travel; Britain against all but essential travel ...": a government whose verb
        # is left out acts too, see roles)
        if any(
            brk.end() <= a.start <= brk.end() + 4 and a.role in (Role.GOVERNMENT, Role.AGENT) for a in view.actors
        ) or any(brk.end() <= start <= brk.end() + 8 for _iso2, start, _end in view.institutions):
            return brk.start()
    return len(view.text)


_CARRIERS_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:(?:military|air\s+force|navy|naval|government|chartered|evacuation|commercial)\s+)?"
    r"(?:flights|planes|aircraft|jets|ships|vessels|airlines|carriers|warships|frigates)\b",
    _I,
)
_EVENT_NAMED_AFTER = re.compile(r"\s+(?:war|conflict|crisis|offensive|invasion|uprising|revolution)\b", _I)
_LEFT_OUT_BEFORE = re.compile(
    r"\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|with\s+the\s+exceptions?\s+of|but\s+not)\s+(?:the\s+)?$", _I
)


def _subjects(
    view: SentenceView, trigger: Trigger, clause: tuple[int, int, int], skip: list[Actor]
) -> list[str]:
    start, _end, reasons_start = clause
    subjects: list[str] = []
    warring: list[str] = []
    region_end: int | None = None
    route_end: int | None = None  # the end of the last place named as a way out
    places_after = any(a.role == Role.PLACE and a.start > trigger.start for a in view.actors)
    # "... to Level 4, and said it would send an aircraft to Jordan": a new statement, not the advice's places
    statement = _NEXT_STATEMENT.search(view.text, trigger.end, reasons_start)
    if statement is not None:
        reasons_start = statement.start()
    reasons_start = min(reasons_start, _next_government_clause(view, trigger.end))
    if trigger.directive == Directive.LEAVE_IMMEDIATELY and _CLAUSE_ENDS_AFTER_LEAVE.match(view.text, trigger.end):
        reasons_start = min(reasons_start, trigger.end)  # ("tell nationals to leave; Azerbaijan's border stays shut")
    # "Following the coup in Niger, France advised ... not to travel to Mali": the cause the sentence opens with
    leading = _LEADING_CAUSE.match(view.text)
    if (
        leading is not None
        and leading.end() <= trigger.start
        and (
            trigger.directive != Directive.LEAVE_IMMEDIATELY
            # (a call to leave is about the place of the cause, "Amid fighting in Sudan, ... urged citizens to leave",
            # unless it names the place to leave: "After strikes on Iran, Germany urged citizens to leave Lebanon")
            or any(a.role == Role.PLACE and trigger.end <= a.start < reasons_start for a in view.actors)
        )
    ):
        start = max(start, leading.end())
    rated_at = trigger.level_at if trigger.level_at is not None else trigger.start
    # "keeps Lebanon and Israel at 'Do not travel'": every item of the list right before the rating is rated
    right_before = next(
        (
            a
            for a in view.actors
            if a.end <= rated_at
            and (
                _TO_LEVEL_GAP.fullmatch(view.text, a.end, rated_at)
                or _MOVED_FROM_GAP.fullmatch(view.text, a.end, rated_at)  # ("moved Japan down from Level 4 ...")
                # ("placed Yemen in its red category": the rating's own words open with the preposition)
                or (view.text[a.end : rated_at].isspace() and _RATING_OPENS.match(view.text, rated_at) is not None)
            )
            and not _ON_A_DAY.match(view.text, a.end)  # "Denmark on Friday told ...": when, not a rating
            and not _COMPARED.search(view.text, max(0, a.start - 20), a.start)  # ("Nicaragua, like Belize, was ...")
            and not _DASH_THEN_ARTICLE.fullmatch(view.text, a.end, rated_at)  # (a line's government, then its act)
            # ("Germany has had a travel warning in force for South Sudan": the warning's place is named after it)
            and not (
                _HAS_BEFORE_ADVICE.fullmatch(view.text, a.end, rated_at)
                and any(
                    b.iso2 != a.iso2 and _FOR_PLACE.fullmatch(view.text, trigger.end, b.start)
                    for b in view.actors
                    if b.start > trigger.end
                )
            )
        ),
        None,
    )
    rated_list = _group(view, right_before) if right_before is not None else []
    excluded_end: int | None = None  # the end of the last place the advice leaves out
    own_parts: list[str] = []
    # "Britain's Foreign Office has advised against ... travel to Spain, and travelers arriving in the UK ...": the
    # government that speaks right before the advice is not a place of its own advice
    speaker = next(
        (a for a in reversed(view.actors) if a.end <= trigger.start and a.role in (Role.GOVERNMENT, Role.AGENT)), None
    )
    for actor in view.actors:
        if speaker is not None and actor.iso2 == speaker.iso2 and actor.start >= trigger.end:
            continue
        if not start <= actor.start < reasons_start or actor in skip:
            continue
        if _LEFT_OUT_BEFORE.search(view.text, max(0, actor.start - 30), actor.start) or (
            excluded_end is not None and _LIST_JOINER.match(view.text[excluded_end : actor.start])
        ):
            excluded_end = actor.end  # "the rest of mainland China, excluding Hong Kong and Macau": not its places
            continue
        if _COVERED_FROM.search(view.text, max(0, actor.start - 40), actor.start):
            continue  # "which handles Guinea-Bissau from its embassy in Dakar": where the mission that covers it sits
        if actor.start >= trigger.end and _EVENT_NAMED_AFTER.match(view.text, actor.end):
            continue  # ("after the outbreak of the Gaza war": an event named by its place, a why)
        if _AS_ANYWHERE.search(view.text, max(0, actor.start - 40), actor.start):
            continue  # "be alert in crowded places, as they would be in Madrid": a comparison, not the advice's place
        if actor.role in (Role.AGENT, Role.GOVERNMENT) and actor.start < trigger.start and _RATES_AFTER.match(view.text, actor.end):
            continue  # "Washington has rated Lebanon at Level 4": the government that rates, not a place rated
        title = _ADVISORY_TITLE.match(view.text, actor.end)
        if (
            actor.role in (Role.OTHER, Role.AGENT)
            and not places_after
            and actor.start < trigger.start
            and title is not None
            # ("U.S. Travel Advisory: Russia – Level 4": the title names its government, the place follows it)
            and not any(title.end() < a.start <= title.end() + 6 for a in view.actors)
        ):
            subjects.append(actor.iso2)  # "Micronesia Travel Advisory – Level 3": the title names the place
            continue
        # "Venezuela remains at Level 4", "raised Sudan to danger level 3": the country before the level is rated
        rated = bool(
            right_before is not None and actor in rated_list and actor.start <= right_before.start
        ) or bool(
            actor.start < trigger.start
            and (_ADDED_TO.match(view.text, actor.end) or _ON_A_LIST.match(view.text, actor.end))
        ) or bool(
            # a title's place after its government: "U.S. Travel Advisory: Russia – Level 4" (a line opening with a
            # country and a dash is a government's label: "United States – Level 4" under "Advice for Haiti:")
            actor is not view.actors[0]
            and actor.end <= rated_at
            and _TITLE_DASH.fullmatch(view.text, actor.end, rated_at)
        ) or bool(
            # "designated Haiti a travel-ban country, its Level 4 alert": the place designated
            actor.start < trigger.start
            and _DESIGNATED.search(view.text, max(0, actor.start - 30), actor.start)
            and _AS_A.match(view.text, actor.end)
        ) or bool(
            # "moved Ethiopia to the second-highest level of its own system, advising against ...": the place moved
            actor.start < trigger.start
            and _RATING_VERB_BEFORE.search(view.text, max(0, actor.start - 30), actor.start)
            and _TO_A_RATING.match(view.text, actor.end)
        ) or bool(
            # 'while Gaza is "Do not travel (Level 4)"': the place whose rating is quoted
            actor.end <= trigger.start and _IS_QUOTED.fullmatch(view.text, actor.end, trigger.start)
        ) or bool(
            # "Colombia, where Canada also advises a high degree of caution": the place of the advice in the clause
            actor.end <= trigger.start
            and (where := _WHERE_AFTER.match(view.text, actor.end)) is not None
            and trigger.start - where.end() < 60
            and not any(a.role == Role.PLACE and where.end() <= a.start < trigger.start for a in view.actors)
        )
        if (
            actor.role == Role.OTHER
            and actor.start >= trigger.end
            and places_after
            and _POSSESSED_ADVICE.match(view.text, actor.end)
        ):
            continue  # '"Exercise caution in Thailand," Canada's advisory says': the advice's giver
        if actor.kind == "demonym" and _CARRIERS_AFTER.match(view.text, _group(view, actor)[-1].end):
            continue  # "seats on Indian and Pakistani flights": whose aircraft, not a place of the advice
        if _scale_owner(view.text, actor, trigger):
            continue  # "countries under a Level 4 US advisory", "at Level 4 on the US scale": whose scale, not a place
        if (actor.role in (Role.PLACE, Role.OTHER) or (rated and actor.role == Role.AGENT)) and actor.iso2 not in subjects:
            if actor.start < trigger.start and actor.role != Role.PLACE and not rated:
                continue  # before the directive only "in X" places count ("Americans in Belarus to leave")
            if (
                actor.start < trigger.start
                and _FROM_BEFORE.search(view.text, max(0, actor.start - 12), actor.start)
                and not TAKEN_OUT_OF.search(view.text, max(0, actor.start - 80), actor.start)
            ):
                continue  # "an official from the UAE will ... lift its warning": where someone comes from (not
                # "would evacuate its citizens from Lebanon and urged those remaining to leave": the place left)
            if (
                _FRAME_BEFORE.search(view.text, 0, actor.start)
                and _FRAME_AFTER.match(view.text, actor.end)
                and any(i[0] == actor.iso2 for i in view.institutions)
            ):
                continue  # "In the US, the State Department raised ...": where the speaker is, not a destination
            if (
                _ROUTE_BEFORE.search(view.text, max(0, actor.start - 40), actor.start)
                or (
                    # "leave Lebanon ... by sea to Cyprus", "on flights to Jordan": where people leaving go
                    trigger.directive == Directive.LEAVE_IMMEDIATELY
                    and actor.start > trigger.start
                    and _WAY_OUT_TO.search(view.text, max(0, actor.start - 30), actor.start)
                )
                or (route_end is not None and _LIST_JOINER.match(view.text[route_end : actor.start]))
            ):
                route_end = actor.end
                continue  # "should leave via Jordan" (or "via Turkey or Armenia"): the way out, not a place advised about
            if _EMBASSY_AFTER.match(view.text, actor.end) or any(
                # (not "... travel to Fiji, DFAT said": a comma ends the place before the institution that speaks)
                0 <= i[1] - actor.end <= 4 and not view.text.startswith(",", actor.end)
                for i in view.institutions
            ):
                continue  # "a notice on the U.S. Embassy in Tbilisi's website": the embassy's government, not a destination
            if _RETURN_TO_BEFORE.search(view.text, max(0, actor.start - 20), actor.start) and (
                _PEOPLE_ABROAD.search(view.text)
                # ("France asked its nationals ... and said families would return to France": home)
                or any(a.iso2 == actor.iso2 and a.start < trigger.start and a.role in (Role.AGENT, Role.GOVERNMENT) for a in view.actors)
            ):
                continue  # "Americans abroad should arrange to return to the United States": home, from anywhere
            if _SEAT_OF_MINISTRY.search(view.text, max(0, actor.start - 40), actor.start) or (
                actor.start > trigger.end and _EMBASSY_SEAT_BEFORE.search(view.text, max(0, actor.start - 60), actor.start)
            ):
                continue  # "The Foreign Office in London said ...": where the ministry sits, not a place advised about
            if _ATTRIBUTIVE_AFTER.match(view.text, actor.end):
                continue  # "keep away from US facilities and military sites": whose sites, not a place advised about
            if _COMPOUND_ADJECTIVE.match(view.text, actor.end):
                continue  # "Rwanda-backed M23 rebels", "Iran-aligned militias": who backs them, not a place advised about
            if actor.kind == "demonym" and actor.role != Role.PLACE and not re.match(r"\s+(?:territory|soil|side|regions?|areas?)\b", view.text[actor.end :]):
                continue  # "a Russian attack": an adjective, not the place advised about
            regional = (
                # ("areas near the India-Pakistan border": near the border of both, each a place advised about)
                (_REGION_CUE.search(view.text[max(0, actor.start - 30) : actor.start]) and not _PAIR_SECOND_AFTER.match(view.text, actor.end))
                or _demonym_area(view.text, actor)
                # "to red for the Gaza border area": the area along it, in the country the advice is about
                or (subjects and _BORDER_AREA_AFTER.match(view.text, actor.end))
                or ((inside := _BORDER_INSIDE.match(view.text, actor.end)) and any(a.start == inside.end() for a in view.actors))
            )
            if regional or (region_end is not None and _LIST_JOINER.match(view.text[region_end : actor.start])):
                if actor.kind == "demonym" and _OWN_PARTS_AFTER.match(view.text, actor.end):
                    own_parts.append(actor.iso2)  # "five Russian regions": Russia's, if no other place is named
                region_end = actor.end  # "near Colombia, Brazil and Guyana": regions of the subject, not subjects
                continue
            region_end = None
            if actor.kind != "metonym" and _EXCEPT_BEFORE.search(view.text, max(0, actor.start - 25), actor.start):
                continue  # "Alert Level 2 in Israel outside the Gaza envelope": a place the advice leaves out
            if actor.start < trigger.start and _CONFLICT_BETWEEN.search(view.text, max(0, actor.start - 60), actor.start):
                warring.append(actor.iso2)  # "said the conflict between Israel and Iran was escalating": the cause's
                continue
            subjects.append(actor.iso2)
    # (the sides of a conflict named before the advice are its places only when it names no other)
    return subjects or warring or own_parts[:1]


_RATES_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:now\s+|also\s+|long\s+)?(?:rated|rates|ranked|ranks|placed|places|put|puts|kept|keeps|"
    r"moved|moves|raised|raises|lowered|lowers|listed|lists)\b(?=\s+(?:the\s+)?(?-i:[A-Z]))",  # (its object: "Israel placed under ...")
    _I,
)
_CONFLICT_BETWEEN = re.compile(
    r"\b(?:conflict|war|fighting|clashes|hostilities|tensions?|escalation)\s+between\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:(?:and|&)\s+(?:the\s+)?)?$",
    _I,
)
_RETURN_TO_BEFORE = re.compile(r"\b(?:return|come\s+back|go\s+back|head\s+back)\s+to\s+(?:the\s+)?$", _I)
_SEAT_OF_MINISTRY = re.compile(
    r"\b(?:ministry|office|department|government|minister|spokes\w+)\s+in\s+(?:the\s+)?$", _I
)
# "register with the Embassy of Malaysia in Amman, Jordan": where the embassy is, named after the advice
_EMBASSY_SEAT_BEFORE = re.compile(
    r"\b(?:embassy|consulate|high\s+commission)\s+(?:of\s+[\w ]{1,30}?\s+)?in\s+(?:(?-i:[A-Z])[\w-]+,\s+)?$", _I
)
_ATTRIBUTIVE_AFTER = re.compile(
    r"\s+(?:military\s+|diplomatic\s+|government\s+)?(?:facilities|bases|installations|interests|targets|troops|forces|assets)\b|"
    # "since a US drone strike killed a general": whose strike, not a place of the advice
    r"\s+(?:(?:drone|air|missile|military|rocket)\s+)?(?:strikes?|airstrikes?|raids?|bombing|shelling)\b|"
    # "to stay out of Iranian, Iraqi and Gulf airspace": whose airspace, for airlines, not a place of travel advice
    r"(?:,?\s+(?:and\s+|or\s+)?(?-i:[A-Z])[\w-]*)*\s+air\s*space\b",
    _I,
)
_COMPOUND_ADJECTIVE = re.compile(
    r"-(?:backed|led|based|born|made|funded|supported|allied|aligned|brokered|sponsored|controlled|held|run|linked|issued|registered|flagged|owned|bought|sold|built|trained|educated)\b", _I
)
_EXCEPT_BEFORE = re.compile(r"\b(?:outside|except|excluding|beyond|apart\s+from|other\s+than)\s+(?:of\s+|for\s+)?(?:the\s+)?$", _I)


def _scale_owner(text: str, actor: Actor, trigger: Trigger) -> bool:
    """Whether a country named just after a level owns the scale or advice it is on ("at Level 4 on the US scale",
    "a Level 4 US advisory", "Level 4 of the US travel advisory system")."""
    level_at = trigger.level_at if trigger.level_at is not None else trigger.start
    return (
        trigger.level is not None
        and min(level_at, trigger.start) <= actor.start < trigger.end + 20
        and _SCALE_OF.match(text, actor.end) is not None
        and _SCALE_OWNER_BEFORE.search(text, max(0, actor.start - 12), actor.start) is not None
    )


_TITLE_DASH = re.compile(r"\s*[–—]\s*|\s+-\s+")
_SCALE_OWNER_BEFORE = re.compile(r"\b(?:the|a|an|\d)\s+$", _I)
_SCALE_OF = re.compile(r"(?:[’']s)?\s+(?:travel\s+)?(?:advisory|advisories|alert|warning|scale|system|list|rating)\b", _I)
_IS_QUOTED = re.compile(r"\s+(?:is|remains|stays|was)\s+(?:now\s+|still\s+|currently\s+)?(?:rated\s+)?[\"“‘']", _I)
# "put Cuba on its list of Level 4 countries", "removed Cuba from its do-not-travel list": the place listed
_ON_A_LIST = re.compile(r"\s+(?:from|on|onto|to|off)\s+(?:its|the|their|a)\s+(?:[\w-]+\s+){0,3}?list\b", _I)
_OFF_A_LIST = re.compile(r"\b(?:remov\w+|took|tak(?:es|ing))\b[^.;]{0,40}?\b(?:from|off)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}?list\b", _I)
_SCALE_SPAN = re.compile(
    r"\b(?:run|runs|running|range|ranges|ranging|go|goes|going|span|spans|spanning)\s+from\s+[\"“‘']?$|"
    r"\b(?:run|runs|running|range|ranges|ranging|go|goes|going)\s+from\s+[\"“‘']?(?:level|category)[\s-]*\d\b[^.;]{0,60}?\bto\s+[\"“‘']?$",
    _I,
)


def _explains_scale(view: SentenceView, triggers: list[Trigger]) -> bool:
    """A sentence that tells what two or more levels mean and names no country: the scale explained ("Level 1 asks
    travellers to take extra care, Level 2 to drop non-essential trips ...", "It ranks above Level 2 and below
    Level 3"), no advice."""
    return len({t.level for t in triggers if t.level}) >= 2 and not view.actors


_LEFT_LEVEL = re.compile(r"\b(?:rais|lower|mov|upgrad|downgrad|eas|lift|increas|reduc)\w*\b[^.;]{0,60}?\bfrom\s+(?:its\s+|the\s+|a\s+)?$", _I)
_LEADING_CAUSE = re.compile(
    # ("Last October, days after the attack on Israel, ...")
    r"\W*(?:(?:last|early|late|earlier|later|on|in)\s+[\w ]{1,25},\s+)?"
    r"(?:(?:(?:a|one|two|three|several|a\s+few|\d+)\s+)?(?:days?|hours?|weeks?|months?|shortly|soon|just|moments?)\s+)?"
    r"(?:following|after|amid|amidst|due\s+to|because\s+of|in\s+response\s+to|in\s+the\s+wake\s+of|in\s+light\s+of)\b"
    r"[^,;]{0,120},",
    _I,
)
# A call to leave that ends its clause names no place after it
_CLAUSE_ENDS_AFTER_LEAVE = re.compile(r"(?<=\bleave)\s*(?:;|[,—–-]\s+(?:and|while|but|as|whereas)\s+(?!(?:to|not)\b))", _I)
_NEXT_STATEMENT = re.compile(
    r",?\s+and\s+(?:said|says|added|announced|stated)\s+(?:that\s+)?(?:(?:it|they|he|she)\s+(?:would|will|was|were|is|are|"
    r"had|has|have)|(?:its|their|the)\s+(?:\w+\s+)?(?:embassy|consulate|mission|staff|diplomats|famil(?:y|ies)|dependants|dependents|personnel))\b"
    r"|,\s+(?:adding|saying)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:would|will|was|were|is|are|had|has|have)\b"
    # ("urged its nationals in the capital to leave and moved military transport aircraft to Singapore")
    r"|,?\s+and\s+(?:has\s+|had\s+)?(?:moved|sent|flew|flown|deployed|dispatched|positioned)\s+(?:\w+\s+){0,4}?"
    r"(?:aircraft|planes?|jets|ships?|vessels|troops|soldiers|marines|forces|teams?)\b",
    _I,
)
# What a place has, not a government ("Kenya's tourism industry", "Peru's beaches")
_PLACE_POSSESSED = re.compile(
    r"['’]s?\s+(?:\w+\s+){0,2}?(?:industry|economy|tourism|hotels|resorts|beaches|coast|hospitals|airports?|streets|cities|"
    r"towns|capital|people|population|election|crisis|unrest|protests|violence)\b",
    _I,
)
# "Lebanon has been added to Britain's no-travel list": the country added is the place advised about
_DESIGNATED = re.compile(r"\b(?:designat|declar|nam|classif|categori[sz])\w*\s+(?:the\s+)?$", _I)
_AS_A = re.compile(r"\s+(?:as\s+)?an?\s", _I)
_ADDED_TO = re.compile(r"\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+|now\s+)?(?:added|placed|put|moved)\s+(?:to|on)\b", _I)
_FRAME_BEFORE = re.compile(r"^\W*(?:in|at|across)\s+(?:the\s+)?$", _I)
_FRAME_AFTER = re.compile(
    r"\s*,|\s+(?:they|officials|the\s+(?:\w+\s+)?(?:government|ministry|authorities|foreign\s+\w+))\b", _I
)
_MINISTRY_AFTER = re.compile(
    r",\s+the\s+(?:\w+\s+){0,2}?(?:government|ministry|department\s+of\s+foreign|foreign\s+(?:office|ministry))\b", _I
)
_OWN_ADVICE_AFTER = re.compile(r"[’']s\s+(?:own\s+)?(?:travel\s+)?(?:advice|advisory|warning)\b", _I)
_OWN_PEOPLE = re.compile(r"\b(?:compatriots|citizens|nationals|their\s+people)\b", _I)


def _frame(view: SentenceView) -> Actor | None:
    """The country a sentence opens with as its setting: "In Bulgaria, the ministry urged compatriots ..."."""
    first = view.actors[0] if view.actors else None
    if first is None or not _FRAME_BEFORE.search(view.text, 0, first.start):
        return None
    if not _FRAME_AFTER.match(view.text, first.end):
        return None
    return first


_ROUTE_BEFORE = Anchored(
    # ("via land crossings into Jordan": the way out named after a word or three)
    re.compile(
        r"\b(?:(?:via|through)(?:\s+[\w-]+){0,3}?\s+(?:into|to|with)|via|through|by\s+way\s+of|transiting|overland\s+to|"
        # ("a military transport plane already waiting in Djibouti": where the evacuation is staged)
        r"by\s+land\s+to|(?:waiting|stationed|standing\s+by|on\s+standby|positioned|pre-positioned|parked)\s+(?:in|at))\s+(?:the\s+)?$",
        _I,
    )
)
_WAY_OUT_TO = re.compile(
    r"\b(?:by\s+(?:sea|air|road|land|boat|ship|ferry|plane|bus)|(?:flights?|ferr(?:y|ies)|boats?|ships?|buses|convoys?)"
    r"\s+(?:\w+\s+)?)\s*(?:to|into)\s+(?:the\s+)?$",
    _I,
)
_AREA_AFTER_DEMONYM = re.compile(r"\s+(?:areas?|regions?|border|frontier|side)")
_OWN_PARTS_AFTER = re.compile(r"\s+(?:regions|provinces|oblasts|states|districts|territories)\b")


def _demonym_area(text: str, actor: Actor) -> bool:
    """A demonym naming an area, not a place advised about ("the Libyan border area", "the Russian side")."""
    return actor.kind == "demonym" and _AREA_AFTER_DEMONYM.match(text, actor.end) is not None


# "within 20km of the Egypt-Libya border", "the Colombia-Peru border area": a border named by both its sides locates an
# area; in advice already about one of them, the other is no place advised about
# ("areas near the India-Pakistan border": each side's; "provinces along Turkey's border with Syria": Turkey's)
_PAIR_SECOND_AFTER = re.compile(
    r"[-–](?-i:[A-Z])[\w’'.]*(?:\s+(?-i:[A-Z])[\w’'.]*)?\s+(?:border|frontier)\b|[’']s\s+(?:\w+\s+)?(?:border|frontier)s?\s+with\b", _I
)
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b", _I)


def _border_pair_sides(view: SentenceView, start: int, end: int) -> set[str]:
    """The countries named as the two sides of a border between `start` and `end` ("the Egypt-Libya border")."""
    text = view.text
    return {
        a.iso2
        for a in view.actors
        if start <= a.start < end
        and (
            _PAIR_SECOND_AFTER.match(text, a.end)
            or (a.start > 0 and text[a.start - 1] in "-–" and _BORDER_AFTER.match(text, a.end))
        )
    }


_BORDER_AREA_AFTER = re.compile(r"\s+(?:border|frontier)\s+(?:areas?|regions?|zones?|communities|towns)\b", _I)
# "within 10 km of the Venezuela border in Colombia", "the Lebanon border region in northern Israel": a border named
# by the country beyond it, inside the country named next
_BORDER_INSIDE = re.compile(
    r"\s+(?:border|frontier)(?:\s+(?:areas?|regions?|zones?|districts?|provinces?))?\s+(?:in|of|inside)\s+(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?",
    _I,
)
_ADVISORY_TITLE = re.compile(r"\s+(?:travel\s+)?(?:advisory|alert|warning|advice)\b", _I)


def _capitals_advisory(view: SentenceView, actor: Actor) -> bool:
    """Whether a capital names its government's own advisory ("Washington's travel advisory")."""
    return actor.kind == "metonym" and _CAPITALS_ADVISORY.match(view.text, actor.end) is not None


def _gives_its_own(view: SentenceView, giving: list[Actor], clause: tuple[int, int, int]) -> bool:
    """Whether the countries named before the advisory noun give the advice, on the place spoken of ("The US advisory
    stays at Level 4" after advice for South Sudan, "Washington's advisory"), not name its place ("its Chile
    advisory", "Fiji Travel Advisory -", "Australia lowers Fiji travel advice", where another government acts)."""
    givers = {a.iso2 for a in giving}
    first = min(a.start for a in giving)
    return not any(
        _POSSESSED.search(view.text, 0, a.start) or _TITLED.match(view.text, a.end) for a in giving
    ) and not any(
        a.iso2 not in givers
        and a.role in (Role.GOVERNMENT, Role.AGENT, Role.CITIZENS)
        and 0 <= first - a.end < _ACTS_ON_IT  # (the government whose verb takes it: "Australia lowers Fiji ...")
        for a in view.actors
        if clause[0] <= a.start < clause[2]
    )


_ACTS_ON_IT = 30  # characters between a government and the place its verb rates
_CAPITALS_ADVISORY = re.compile(r"[’']s\s+(?:travel\s+)?(?:advisory|alert|warning|advice)\b", _I)
_POSSESSED = re.compile(r"(?:\b(?:its|their)|[’']s)\s+$", _I)
_TITLED = re.compile(r"\s+(?-i:Travel\s+Advisory|Advisory)\b")
_EMBASSY_AFTER = re.compile(r"\s+(?:embass(?:y|ies)|consulates?|high\s+commission)\b", _I)
# "raised Sudan to danger level 3", "Bangladesh's advisory at Level 3": the country before the level is its subject.
_HAS_BEFORE_ADVICE = re.compile(
    r"\s+(?:has|have|had)\s+(?:long\s+|also\s+|now\s+)?(?:had|kept|maintained)?\s*(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?", _I
)
_ON_A_DAY = re.compile(
    r"\s+(?:on|at|in)\s+(?:\w+day|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|the\s+weekend|night)", _I
)
_RATING_VERB_BEFORE = re.compile(r"\b(?:moved|raised|lowered|upgraded|downgraded|placed|put)\s+$", _I)
_TO_A_RATING = re.compile(
    r"\s+(?:(?:up|down|back)\s+)?(?:to|into|in|on|at)\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,2}?(?:level|category|tier|grade|"
    r"rating|alert|warning)\b",
    _I,
)
_MOVED_FROM_GAP = re.compile(r"\s+(?:up|down|back)\s+from\s+(?:the\s+)?", _I)
_TO_LEVEL_GAP = re.compile(
    r"(?:[’']s(?:\s+(?-i:[A-Z])[\w-]*){0,2}|[’']s\s+(?:\w+\s+){0,3}?(?:areas?|regions?|provinces?|districts?|zones?|states?))?"
    # ("Colombia, next door, is at Level 3": an aside in lower case, not a list of names)
    # ("Nicaragua, like Belize, was put at Level 2": a comparison aside)
    r"(?:,\s+(?:(?-i:[a-z])[\w’'-]*\s+){0,3}?(?-i:[a-z])[\w’'-]*,|,\s+(?:like|unlike|as\s+with)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+,)?"
    # ("..., as well as Australia and Russia, now carry a level 2 travel warning", "(including ...) have been raised to")
    # ("Six countries -- A, B and C -- remain under the Level 4 ban")
    r"\)?,?(?:\s+(?:--|—|–))?\s+(?:(?:travel|alert|advisory|warning|threat|danger|risk|security|status|rating)\s+){0,3}"
    r"(?:(?:remains?|stays?|sits?|sat|is|was|are|were|stands?|rated|listed|kept|still|currently|now|already|also|been|raised|lowered|moved|put|placed|itself|as\s+a\s+whole|overall|"
    r"upgraded|downgraded|returned|have|has|had|carry|carries|carried|hold|holds|held|all|both|"
    # ("Israel went from Level 2 to Level 3", "Peru fell to Level 2")
    r"went|goes|rose|rises|fell|falls|dropped|drops|climbed|climbs|jumped|jumps|slid|slipped|edged|shifted|"
    # ("Mexico received a single Level 2 rating")
    r"received|receives|got|gets|drew|draws)\s+){0,3}(?:(?:(?:up|down|back)\s+to|to|at|on|in|under|as|an?|from)\s+|"
    # ("Haiti is now at the State Department's highest level": the scale's owner between)
    r"(?<=rated\s))(?:the\s+|a\s+)?(?:(?:[\w.-]+\s+){0,2}[\w.-]+[’']s\s+)?[\"“‘']?(?:[\w-]+\s+){0,2}[\"“‘']?",
    _I,
)


_LIKE_ASIDE = re.compile(r",\s+(?:like|unlike|as\s+with)\s+(?:the\s+)?", _I)
_DASH_THEN_ARTICLE = re.compile(r"\s+[—–-]{1,2}\s+an?\s+", _I)
_WHERE_AFTER = re.compile(r",\s+where\s", _I)
_WHERE_GAP = re.compile(r",\s+where\s+(?:(?:a|an|the|its)\s+)?[\"“‘']?", _I)


def _region_span(text: str, trigger: Trigger, clause: tuple[int, int, int]) -> tuple[int, int]:
    """Where the bundled regions of an advice are named: after its directive, or up to its level ("raised its danger
    level for northern Shan State to Level 4"; not "..., though it tells its employees not to travel to Yala"), and
    in a list the advice introduces ("five states are under a Level 4 warning, including Sinaloa and Tamaulipas")."""
    if trigger.level_at is not None:
        end = max(trigger.end, trigger.level_at + 10)
        listed = _INCLUDING.match(text, end)
        return clause[0], clause[2] if listed else min(clause[2], end)
    start = max(clause[0], trigger.start)
    # "downgraded its advice for Bali to 'exercise a high degree of caution'": the place the advice is for
    # ("moved the Puno region to 'avoid non-essential travel'": the place moved to the advice)
    advice_for = _ADVICE_FOR.search(text, clause[0], trigger.start) or _MOVED_TO_ADVICE.search(text, clause[0], trigger.start)
    return (advice_for.end() if advice_for else start), clause[2]


_ADVICE_FOR = re.compile(r"\b(?:advice|advisor(?:y|ies)|warnings?|alerts?)\s+(?:for|on)\s+(?=[^.;]{0,40}?\bto\s+[\"“]?$)", _I)
_MOVED_TO_ADVICE = re.compile(
    r"\b(?:moved|raised|lowered|put|placed|upgraded|downgraded)\s+(?=[^.;]{0,40}?\bto\s+[\"“]?(?:avoid\s+)?$)", _I
)


_INCLUDING = re.compile(r"[\"”’']?\s*(?:\w+\s*){0,2}?,?\s*(?:including|such\s+as|namely)\b", _I)


# Where the areas named end: at a cause, or at another verb of the advice ("the border areas and should exercise")
_REGION_ENDS = (
    r",?\s+(?:because|due|owing|citing|amid|as|after|over|following)\b|"
    r"\s+and\s+(?:should|must|to|not|are|is|will|can|may|exercise|avoid|reconsider)\b"
)


def _regions(view: SentenceView, trigger: Trigger, clause: tuple[int, int, int]) -> list[str]:
    """Sub-national areas named right after the directive: "... to Gaza and areas near the border"."""
    _start, _end, reasons_start = clause
    segment = view.text[trigger.end : reasons_start]
    if view.text.endswith("avoid", trigger.start, trigger.end):
        segment = " to" + segment  # "to avoid areas of X near the border": the areas are the object
    match = re.match(
        r"[\"”’']?\s*(?:to|in)\s*:?\s+(?:the\s+)?((?:northern|southern|eastern|western|(?:border|frontier)\s+areas?|"
        r"(?:parts|areas|regions?|counties|provinces|states|districts|parishes|governorates|departments|oblasts|prefectures)\s+"
        r"(?:of|near|along|bordering|close\s+to|adjacent\s+to))(?:(?!" + _REGION_ENDS + r")"
        r"(?:[^,;.]|,\s+(?=[A-Z]))){0,80})"
        # (a list of names goes on after a comma: "the counties of Mandera, Wajir and Garissa")
        r"(?=" + _REGION_ENDS + r"|[,;.]|$)",
        segment,
        _I,
    )
    return [match.group(1).strip()] if match else []


def _evidence(view: SentenceView) -> Evidence:
    return Evidence(quote=view.text, start=view.start, end=view.end)


# The advice before, extended to more places: "The advice also covers Lebanon", "Lebanon is also on the list".
_EXTENDED_TO = (
    r"\b(?:the|this|that|its)\s+(?:\w+\s+)?(?:advice|advisory|warning|alert|guidance)\s+(?:also\s+|equally\s+)?"
    r"(?:covers|applies|extends|includes)\b|\balso\s+on\s+the\s+(?:\w+\s+)?list\b"
)
_EXTENDED = Anchored(re.compile(_EXTENDED_TO, _I))
# "Germany and Belgium also updated their travel advice": advice of theirs about the same places, its words not given
_UPDATED_TOO = re.compile(
    r"\balso\s+(?:updated|revised|changed|amended|reviewed)\s+(?:its|their)\s+(?:own\s+)?travel\s+"
    r"(?:advice|advisor(?:y|ies)|warnings?|guidance)\b",
    _I,
)
# A statement that repeats an earlier one for other governments: "A issued a similar advisory", "B and C
# followed suit", "the same warning".
_BACK_REFERENCE = Anchored(re.compile(
    r"\b(?:similar|same|identical|comparable|equivalent)\s+(?:\w+\s+){0,2}?(?:advisor(?:y|ies)|advice|warnings?|"
    r"alerts?|calls?|appeals?|steps?|moves?|measures?|guidance|recommendations?|statements?|instructions?|"
    r"positions?|stance|messages?|decisions?|line|changes?|updates?|revisions?|downgrades?|upgrades?|wording|language)\b|\b(?:echo\w*|repeat\w*|reiterat\w*)\s+(?:the|that|this|its|their)\s+"
    r"(?:\w+\s+)?(?:call|warning|advice|appeal|advisory|guidance)\b|"
    r"\bfollow(?:ed|s|ing)?\s+suit\b|\b(?:did|done|do|does)\s+(?:the\s+)?(?:same|likewise)\b|\bsimilarly\b|"
    + FOLLOWED
    + "|"
    # "have said the same", "Canada's advice mirrors that of the US"
    r"\b(?:said|say|says|advised|recommended|announced)\s+the\s+same\b|\bmirror(?:s|ed|ing)?\s+(?:that|those)\s+of\b|"
    r"^\W*so\s+(?:did|have|has|had)\b|"
    # (not another act done likewise: "Malawi will likewise send a high commissioner back to London")
    r"\blikewise\b(?!\s+(?:send|sent|sends|sending|appoint\w*|return\w*|expel\w*|recall\w*|restor\w*|nam(?:e|ed|es|ing)|nominat\w*|"
    r"invit\w*|sign\w*|agree\w*|welcom\w*|condemn\w*|express\w*|deni\w*|reject\w*))|\bthis\s+advice\b|" + _EXTENDED_TO + "|" + _UPDATED_TOO.pattern,
    _I,
))


# "Previously, the Gaza Strip was under a level 4 travel ban": the state the advice just reported replaced
_PREVIOUSLY = re.compile(r"^\W*(?:previously|until\s+(?:now|then)|before\s+(?:that|this|the\s+(?:change|update|move)))\b", _I)


_LABEL_MARK = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*(?::|[–—-]\s|\|)")  # ("Burma (Myanmar) – Level 4", "Russia | Rest of the country | 1 | New")


_RATING_OPENS_LINE = re.compile(
    r"\s*(?:(?:raised|lowered|moved|upgraded|downgraded|remains?|stays?|kept|still|now|up|down)\s+(?:(?:to|at)\s+)?)?"
    r"(?:level|category|tier)\s*[1-4]\b",
    _I,
)


_SPEAKER_OPENS_LINE = re.compile(
    # (a pronoun: "- United Kingdom: the FCDO now advises ..." under a place's heading names the label's own office)
    r"\s*(?:it|they)\s+(?:also\s+|still\s+|now\s+)?"
    r"(?:advises?|recommends?|warns?|urges?|says|rates?|keeps?|has|puts?)\b",
    _I,
)


def _place_label(view: SentenceView, ctx: ArticleContext, state: AdvisoryState) -> SentenceView:
    """Explainer lines under a government's heading ("The State Department's latest advisories:", then "Mexico:
    Level 2 – Exercise Increased Caution"): the country labelling a line is the place, the heading's government
    gives the advice. (Under a place's heading, "Travel advice for Haiti:", the labels are the governments.)"""
    if not view.actors or ctx.issuer is None:
        return view
    label = view.actors[0]
    mark = _LABEL_MARK.match(view.text, label.end)
    # a row of a table whose first cell names the country ("Kenya | Against all travel | Within 60km of the Somali
    # border": the other cells name no places of their own)
    table_row = mark is not None and mark.group().endswith("|") and view.text.count("|") >= 2
    # ("• Australia — Level 2 nationwide, but Melbourne was raised to Level 3 after the attack on the Adass Israel
    # synagogue": a line that opens with the label's rating may name other countries in its why)
    rated_line = mark is not None and _RATING_OPENS_LINE.match(view.text, mark.end()) is not None
    # ("- Kenya: it advises against all travel to areas within 60km of the border with Somalia": the line's own
    # subject is the government spoken of, the label its place)
    # ("- Ukraine: the FCDO has advised against ...": another government's office speaks, not "- United Kingdom: the
    # FCDO ...", the label's own)
    spoken_line = mark is not None and (
        _SPEAKER_OPENS_LINE.match(view.text, mark.end()) is not None
        or any(0 <= start - mark.end() <= 6 and iso2 != label.iso2 for iso2, start, _end in view.institutions)
    )
    if (
        label.iso2 == ctx.issuer
        or label.kind == "demonym"
        or (len({a.iso2 for a in view.actors}) != 1 and not table_row and not rated_line and not spoken_line)
        or not _LABEL.fullmatch(view.text, 0, label.start)
        or mark is None
    ):
        return view
    ongoing = view.index - state.place_labels <= 3
    opening = (
        ctx.subject is None
        and not state.last_subjects
        and state.last_issuer == ctx.issuer
        and view.index - state.last_sentence <= 3
    )
    if not (ongoing or opening or table_row or spoken_line):
        return view
    state.place_labels = view.index
    # (the line's other countries stay when its own speaker names them: "- Kenya: it advises ... the border with Somalia")
    others = view.actors[1:] if spoken_line else []
    return replace(view, actors=[replace(label, role=Role.PLACE), *others])


# "...; the advice had previously been against all travel": a clause about what the advice was before
_PREVIOUS_CLAUSE = re.compile(
    r"(?:;|,\s+(?:and|but|whereas|while)|\s+(?:whereas|while))\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:advice|advisory|warning|"
    r"guidance|level)|it)\s+(?:had\s+(?:previously\s+|earlier\s+|until\s+now\s+)?been|was\s+(?:previously|formerly|"
    r"earlier)|(?:had\s+)?previously\s+(?:urged|advised|told|recommended|warned|been))\b|"
    # "now says 'reconsider your need to travel', down from 'do not travel'" (a level left is read with the level)
    r",\s+(?:down|up)\s+from\s+(?![\"“‘']?(?:a\s+|the\s+)?(?:level|category|tier|grade)\b)",
    _I,
)

_OPENING_REASONS = re.compile(r"\W*(?:citing|because\s+of|due\s+to|owing\s+to|in\s+view\s+of|given)\b", _I)
_HAD_BEEN_AT = re.compile(
    r"\bhad\s+(?:previously\s+|earlier\s+)?been\s+(?:at|on|under|rated(?:\s+at)?)\s+(?:a\s+|the\s+)?(?:level|category)[\s-]*\d\b", _I
)
_PREVIOUS_WORDS = ("previous", " been", "formerly", "earlier", "down from", "up from")


def advisories_in_sentence(view: SentenceView, ctx: ArticleContext, state: AdvisoryState) -> None:
    view = _place_label(view, ctx, state)
    if state.pairs and (
        _PREVIOUSLY.match(view.text)
        or (_HAD_BEEN_AT.search(view.text) and len(list(_LEVEL.finditer(view.text))) == 1 and not _LOWERED.search(view.text))
    ):
        _previous_state(view, ctx, state)  # ("Most of Mozambique had been at Level 2 until now.")
        return
    was = _PREVIOUS_CLAUSE.search(view.text) if any(w in view.text for w in _PREVIOUS_WORDS) else None
    if was is not None:
        advisories_in_sentence(view.part(0, was.start()), ctx, state)
        if state.last_sentence == view.index:
            _previous_clause(view.part(was.start(), len(view.text)), state)
        return
    triggers = _not_hypothetical(view.text, find_triggers(view.text))
    echo = _echo_clause(view, triggers)
    if echo is not None:
        # "Turkey advised against travel to Israel; Jordan and Egypt issued the same guidance": the advice, then
        # the governments that repeat it
        head_end = len(view.text[:echo].rstrip(" ,;"))
        advisories_in_sentence(view.part(0, head_end), ctx, state)
        # ("...; South Korea and China gave similar advice, but India only told its nationals to stay alert": the
        # government after the contrast gives advice of its own)
        contrast = _CONTRAST.search(view.text, echo)
        if contrast is not None and not any(t.start >= contrast.end() for t in triggers):
            contrast = None
        _repeat_earlier(view.part(echo, contrast.start() if contrast else len(view.text)), ctx, state)
        if contrast is not None:
            advisories_in_sentence(view.part(contrast.end(), len(view.text)), ctx, state)
        return
    contrast = _CONTRAST.search(view.text) if triggers else None
    if contrast is None and triggers:
        # "Britain issued the same warning on Tuesday, and the United States ... reminded Americans to ...": the
        # repeat, then a clause of a government's own advice
        contrast = next(
            (
                brk
                for brk in _CLAUSE_BREAK.finditer(view.text, 0, triggers[0].start)
                if any(brk.end() <= a.start <= brk.end() + 6 and a.role in (Role.GOVERNMENT, Role.AGENT) for a in view.actors)
                or any(brk.end() <= start <= brk.end() + 6 for _iso2, start, _end in view.institutions)
            ),
            None,
        )
    if (
        contrast is not None
        and all(t.start >= contrast.end() for t in triggers)
        and _BACK_REFERENCE.search(view.text, 0, contrast.start())
    ):
        # "A, B and C issued similar calls, while D advised against travel to X": the repeat, then D's own advice
        _repeat_earlier(view.part(0, contrast.start()), ctx, state)
        advisories_in_sentence(view.part(contrast.end(), len(view.text)), ctx, state)
        return
    rated = _rated(view)
    if not triggers and (
        (
            view.index - state.last_sentence == 1
            and (state.last_keys or state.last_issuer)
            # ('"People read Level 4 and they think war zone," said a hotelier': a level of no place)
            and (rated or view.actors or _ANAPHORA.search(view.text))
        )
        or (rated and _RATER_BEFORE.search(view.text, 0, min(r.at for r in rated.values())))
        or (view.index - state.last_sentence == 2 and state.last_issuer and (rated or _LEVEL_STEP.search(view.text)))
        # (a paragraph of its reasons between: "Its advisory lists the risks ... Colombia, next door, is at Level 3.")
        or (view.index - state.last_sentence == 3 and state.last_issuer and rated)
    ):
        # "Chad stays at Level 3." right after an advisory (or after its reasons); "Japan keeps A and B at Level 4":
        # levels on its scale
        triggers = _not_hypothetical(view.text, _levels_continued(view.text))
    elif any(t.level for t in triggers) and "evel" in view.text:
        triggers = _with_contrasted_levels(view.text, triggers)
    if triggers and (
        _not_advice(view.text)
        or _defines_levels(view.text)
        or (_WEATHER.search(view.text) and not _TRAVEL_TO.search(view.text))
        or _explains_scale(view, triggers)
    ):
        triggers = []
    split = next((t.opens_at for t in triggers if t.opens_at is not None), None)
    if split is None:
        if not any(t.directive for t in triggers) and _repeat_earlier(view, ctx, state):
            return
    elif (
        not any(t.directive for t in triggers if t.start < split)
        and _BACK_REFERENCE.search(view.text, 0, split)
        and _repeat_earlier(view.naming_only(0, split), ctx, state)
    ):
        # "A issued a similar warning, while B has the country at Level 4": the back-reference, then B's own level
        triggers = [t for t in triggers if t.start >= split]
    if not triggers:
        if _name_unnamed(view, state):
            return
        _continue_list(view, ctx, state)
        _continue_reasons(view, state)
        return
    from_to = _from_to(view.text)
    lowering = _LOWERED.search(view.text) or _OFF_A_LIST.search(view.text)  # ("took Egypt off its no-travel list")
    if lowering and _LIFTED_UP.match(view.text, lowering.start()):
        lowering = None  # "lifted its threat level for Turkey to level 4, the highest": raised
    lowered = bool(lowering) or bool(from_to and _number(from_to.group(2)) < _number(from_to.group(1)))
    changed: bool | None = None  # whether the sentence states a change of level, asked once
    setting = _frame(view)
    if (
        setting is not None
        and not _OWN_PEOPLE.search(view.text)
        and not _MINISTRY_AFTER.match(view.text, setting.end)
        # ("In Putrajaya, an official said Malaysia's own advice ... urges Malaysians to avoid Mindanao": named again)
        and not any(
            a.iso2 == setting.iso2 and a.start > setting.end and _OWN_ADVICE_AFTER.match(view.text, a.end) for a in view.actors
        )
    ):
        setting = None  # ("In Dublin, the Department of Foreign Affairs is advising ...": the ministry there speaks)
    subjects_before = [c for c in state.last_subjects if c]  # the places of the advice reported before this sentence
    leading = _LEADING_CAUSE.match(view.text)  # ("After US strikes on Yemen, ...": the cause the sentence opens with)
    for trigger in triggers:
        if trigger.level_at is not None and _SCALE_SPAN.search(view.text, max(0, trigger.level_at - 30), trigger.level_at):
            continue  # "Japan's four ratings run from Level 1 ... to Level 4": the scale explained, no advice
        clause = _clause(view, trigger, triggers)
        co_issuers = _co_issuers(view, trigger)
        subjects = _subjects(view, trigger, clause, co_issuers)
        if rated and trigger.level_at is not None:
            # "raised A and B to Level 4 and lowered C to Level 3": each level rates the places named just before it
            subjects = [s for s in subjects if s not in rated or rated[s].at == trigger.level_at]
            subjects += [s for s, r in rated.items() if r.at == trigger.level_at and s not in subjects]
        sides = _border_pair_sides(view, clause[0], clause[2]) if subjects else set()
        known = next((c for c in (ctx.subject, *subjects_before, ctx.main_country()) if c in sides), None)
        # "within 20km of the Egypt-Libya border" in advice for Egypt: Libya, named nowhere else, only locates it
        # (not "the Thailand-Cambodia border areas" in news of both)
        beyond = {c for c in sides if c != known and ctx.focus_counts.get(c, 0) <= 1}
        if known is not None and beyond:
            subjects = list(dict.fromkeys(known if c in beyond else c for c in subjects))
        bordered = _bordered(view, clause)
        if bordered and any(c in bordered for c in subjects):
            # "against all travel to areas bordering Burkina Faso and Niger" in news of Benin: the neighbours only
            # locate the areas, which lie in the country the story is about
            home = next(
                (c for c in (*(s for s in subjects if s not in bordered), ctx.subject, *subjects_before, ctx.main_country()) if c and c not in bordered),
                None,
            )
            if home is not None:
                subjects = list(dict.fromkeys(home if c in bordered else c for c in subjects))
        # "the US advisory for Yemen is at Level 4", "A advises against all travel to X, while the US advisory is at
        # Level 4": a country named before the advisory noun, beside the place rated, gives the advice
        # ("..., and Washington's travel advisory remains at Level 4": a capital's own advisory names a giver)
        own_advisory = {a.start for a in view.actors if a.start > trigger.start and _capitals_advisory(view, a)}
        if own_advisory:
            named_otherwise = {a.iso2 for a in view.actors if a.start not in own_advisory}
            subjects = [c for c in subjects if c in named_otherwise]
        giving = [
            a
            for a in view.actors
            if clause[0] <= a.start < trigger.start
            and a.iso2 in subjects
            and (_ADVISORY_TITLE.match(view.text, a.end) or _capitals_advisory(view, a))
        ]
        givers = {a.iso2 for a in giving}
        if givers:
            rest = [s for s in subjects if s not in givers]
            if rest:
                subjects = rest
            elif (
                ctx.subject
                and ctx.subject not in givers
                and (trigger.opens_at is not None or _gives_its_own(view, giving, clause))
            ):
                subjects = [ctx.subject]
            else:
                givers = set()
        capital_givers = givers if giving and all(a.kind == "metonym" for a in giving) else set()
        frame = setting
        if frame is not None and frame.iso2 in subjects:
            # "In Bulgaria, officials urged compatriots to leave": the setting is the government that speaks when
            # the advice is about another place, named here or in the advice before
            rest = _subjects(view, trigger, clause, [*co_issuers, frame])
            if rest or (ctx.subject and ctx.subject != frame.iso2):
                subjects = rest if rest or not ctx.subject else [ctx.subject]
            else:
                frame = None
        worldwide = not subjects and bool(
            _WORLDWIDE.search(view.text)
            or _PEOPLE_ABROAD.search(view.text)
            # "Canada and Australia have also told their citizens to come home" right after worldwide advice
            or (
                _COME_HOME.search(view.text, trigger.start)
                and state.last_subjects == [None]
                and view.index - state.last_sentence <= 2
                and not _ANAPHORA.search(view.text)
            )
        )
        # ("raised its danger level for northern Shan State to Level 4": a level's places come before it; "nationals
        # there" is then the region's)
        # (the regions of a named subject are kept too: "its advisory for Mexico's Tamaulipas state at Level 4")
        named_regions = regions_in(view.text, *_region_span(view.text, trigger, clause)) if not worldwide else []
        if named_regions and not subjects:  # "against all travel to Crimea": the country the region lies in
            # (a subdivision named only with its kind is a place only of advice a government named here gives: not a
            # weather office's "avoid travel to riverbanks in Lumbini province")
            named_giver = bool(view.institutions) or any(a.role in (Role.GOVERNMENT, Role.AGENT) for a in view.actors)
            subjects = list(dict.fromkeys(r.iso2 for r in named_regions if r.listed or named_giver))
        anaphor = _ANAPHORA.search(view.text, clause[0], clause[2]) if not subjects and not worldwide else None
        if anaphor and (
            any(anaphor.start() <= a.start < anaphor.end() for a in view.actors)
            or _ANY_PLACE.search(view.text, 0, trigger.start)
        ):
            anaphor = None  # "the Gaza Strip" names its place; "any destination that ... for the whole country"
        plural = anaphor is not None and _PLURAL_ANAPHOR.search(anaphor.group(0)) is not None
        if plural and len(subjects_before) < 2 and state.unnamed and view.index - state.unnamed[0] <= 2:
            subjects_before = list(state.unnamed[2])  # the places of the advice unnamed governments gave just before
        if (
            anaphor is not None
            and plural
            and len(subjects_before) < 2
            and (_BOTH_COUNTRIES.search(anaphor.group(0)) or _OF_BOTH_COUNTRIES.match(view.text, anaphor.end()))
            and len(pair := [c for c in ctx.recent if c not in {a.iso2 for a in view.actors}]) == 2
            and pair[1] in neighbours(pair[0])  # (two sides of one conflict, not any two countries named last)
        ):
            subjects_before = pair  # "the areas of both countries nearest the front": the two named just before
        if plural and len(subjects_before) < 2:
            anaphor = None  # "some of the countries with new advisories:" refers to no places reported before
        if anaphor:
            # "the country", "there": the place of the advice reported last; "the island", "the Caribbean nation":
            # the country named last before the sentence, else the place of the advice reported last
            # (not the government that speaks: "The U.S. State Department now says ... The department lowered its
            # advisory for the island")
            here = {a.iso2 for a in view.actors} | {ctx.recent_speaker(view.index)}
            # (nor a government that gave advice before: "New Zealand did the same. China, the island's largest
            # lender, ...")
            givers = {issuer for issuer, _subject in state.pairs}
            named_last = next((c for c in reversed(ctx.recent) if c not in here and c not in givers), None)
            generic = re.search(r"country|there|territory|region|advi[cs]|warning|alert", anaphor.group(0), _I)
            referent = ctx.subject if generic else (named_last or ctx.subject)
            if referent is None and re.search(r"country", anaphor.group(0), _I):
                # no advice reported yet: "After the coup ... Finland told its citizens to get out of the country"
                # (not counting a place the sentence names: "... has had the country at Level 4 ... outside
                # Port-au-Prince" is about Haiti)
                # ("The United States ordered staff to leave Niger. ... its travel advisory for the West African
                # country": the host of the mission event just reported)
                recent_host = ctx.mission_in if view.index - ctx.mission_at <= 3 else None
                # ("Kenya's tourism industry braced ... after Britain ... warned about travelling to the country")
                possessor = next(
                    (a.iso2 for a in view.actors if a.end <= trigger.start and _PLACE_POSSESSED.match(view.text, a.end)), None
                )
                referent = (
                    recent_host
                    or possessor
                    or ctx.main_country({a.iso2 for a in view.actors if a.role != Role.PLACE})
                )
            named_before = next(
                (
                    a.iso2
                    for a in reversed(view.actors)
                    if a.role == Role.PLACE and a.end <= trigger.start and not _EVENT_NAMED_AFTER.match(view.text, a.end)
                ),
                None,
            )
            if named_before and (referent is None or anaphor.group(0).lower() == "there" or not generic):
                # "closed two checkpoints on the border with Belarus and urged its citizens not to travel there",
                # "raised its advisory for Sri Lanka ..., and Britain advised against ... travel to the island"
                referent = named_before
            subjects = [referent] if referent else []
            if plural:
                subjects = subjects_before  # "Koreans in the regions": each place of the advice just reported
        if not worldwide and (giver := _giver(view, trigger)) is not None:
            # "Sri Lanka's travel advisory was raised by the US State Department": the advice of the government named
            # after it is about the place whose advice it is called
            subjects = [
                a.iso2
                for a in view.actors
                if a.end <= trigger.start and a.iso2 != giver.iso2 and _POSSESSED_ADVICE.match(view.text, a.end)
            ][-1:] or subjects
        if not subjects and not worldwide:
            subjects = _subject_of_the_story(view, trigger, clause, ctx, state)
        own = view
        following = next((t for t in triggers if t.start > trigger.start), None)
        low, high = trigger.opens_at or 0, following.opens_at if following and following.opens_at else len(view.text)
        if low or high < len(view.text):  # the actor of a clause a contrast bounds is named inside it
            own = view.naming_only(low, high)
        issuers, weight = _issuers(own, trigger, set(subjects) | (set(rated) - givers), ctx)
        if capital_givers and not set(issuers) & capital_givers:
            # ("France advises against all travel to Mali, and Washington's travel advisory remains at Level 4": the
            # capital whose advisory it is gives it, not the government of the clause before)
            issuers, weight = sorted(capital_givers), 0.9
        unnamed_group = _UNNAMED_GROUP.search(view.text, max(0, trigger.start - 100), trigger.start)
        if unnamed_group and leading is not None and all(
            a.start < leading.end() for a in view.actors if a.iso2 in issuers
        ):
            issuers = []  # "After US and British strikes on Yemen, several governments updated their advice": unnamed
        if co_issuers and (not issuers or weight <= 0.6):
            # the governments the sentence lists, not one remembered from before ("Among those ... were A, B")
            issuers, weight = [], 0.8
        elif not issuers and unnamed_group and (joined := _joiners(view, unnamed_group.start())):
            issuers, weight = joined, 0.8  # "Italy and Spain joined a growing number of countries warning ..."
        elif not issuers and unnamed_group and (counted := ctx.counted_group(unnamed_group.group(0), view.index)):
            issuers, weight = counted, 0.7  # "the three Gulf states gave their citizens two weeks to leave"
        elif not issuers and unnamed_group:
            if subjects:  # the next sentence may name them: "They include Germany, Italy and Spain."
                state.unnamed = (view.index, trigger.directive, list(subjects), _evidence(view))
            continue
        elif not issuers:
            # "Ireland urged its nationals ..., the ministry in Dublin said": the speaker was also named as a place.
            acting = [
                a.iso2
                for a in view.actors
                if a.role in (Role.GOVERNMENT, Role.AGENT) and a.start < trigger.start and a.iso2 not in rated
            ]
            if not acting and ctx.speaker and ctx.speaker not in subjects and UNNAMED_SPEAKER.search(view.text):
                acting = [ctx.speaker]  # "The ministry advised citizens ...": the government named before
            if not acting:
                if subjects and view.text.rstrip().endswith(":"):
                    # "Travel advisories issued for Haiti this week:": the lines after it name the governments
                    state.unnamed = (view.index, trigger.directive, list(subjects), _evidence(view))
                    ctx.subject = subjects[0]
                continue
            issuers, weight = [acting[-1]], 0.8
            subjects = [s for s in subjects if s != acting[-1]]
        if frame is not None and weight <= 0.6:
            issuers, weight = [frame.iso2], 0.7
        issuers += [a.iso2 for a in co_issuers if a.iso2 not in issuers and a.iso2 not in subjects]
        aside = _aside_around(view.text, trigger.start)
        owner = next((a for a in reversed(view.actors) if a.end <= aside[0]), None) if aside else None
        if owner is not None and owner.role == Role.PLACE:
            subjects = [owner.iso2]  # ("Israel, which the department moved to Level 3": the place rated)
            issuers = [i for i in issuers if i != owner.iso2]
        elif owner is not None and owner.iso2 not in subjects:
            issuers = [owner.iso2]  # ("The UK, like the US, which has Haiti at Level 4, ...": the aside's own)
        if not issuers:
            continue
        if not subjects and not worldwide:
            # "advised them to defer travel to 15 countries": the list may follow in the next sentences.
            _remember(state, view.index, issuers[0], trigger.directive)
            state.listed_level = trigger.level  # ("rates 21 countries at Level 4. Among them are ...")
            ctx.issuer, ctx.issuer_at = issuers[0], view.index
            continue
        reasons_from = clause[2]
        tagged = tag_reasons(view.text[reasons_from : max(reasons_from, _next_government_clause(view, trigger.end))])
        if not tagged:
            # "... and said it would not be able to organise an evacuation": the help it cannot give is a why
            # wherever the sentence says it
            reasons_from = 0
            tagged = tag_reason(Reason.LIMITED_CONSULAR_CAPACITY, view.text, trigger.end)
        spans = [(r, reasons_from + s, reasons_from + e) for r, s, e in tagged]
        opening = _OPENING_REASONS.match(view.text)
        subject_at = next((a.start for a in view.actors if a.iso2 in issuers and a.start < trigger.start), None)
        if opening is not None and subject_at is not None and opening.end() < subject_at:
            # "Citing a rise in kidnappings, the closure of Niger's airspace and the unrest ..., Canada told ...": the
            # reasons the sentence opens with, before the government that gives the advice (each reason once)
            for r, s, e in tag_reasons(view.text[opening.end() : subject_at]):
                if all(r != known for known, _s, _e in spans):
                    spans.append((r, opening.end() + s, opening.end() + e))
        reasons = list(dict.fromkeys(r for r, _s, _e in spans))
        reason_evidence = [
            ReasonEvidence(reason=r, phrase=view.text[s:e], quote=view.text, start=view.start, end=view.end)
            for r, s, e in spans
        ]
        level, previous, left = trigger.level, None, False
        if changed is None:
            changed = bool(lowered or from_to or _RAISED.search(view.text))
        if from_to:
            previous, level = _number(from_to.group(1)), _number(from_to.group(2))
        elif trigger.level_at is not None and _OFF_A_LIST.search(view.text, 0, trigger.level_at):
            previous, level = level, None  # "removed Cuba from its list of Level 4 countries": where it was
        elif trigger.level_at is not None and _LEFT_LEVEL.search(view.text, 0, trigger.level_at):
            previous, level, left = level, None, True  # "raised the country from Level 2 on Wednesday": where it was
        elif trigger.level_at is not None and (changed or _UP_FROM.search(view.text, trigger.level_at, high)):
            previous = _level_left(view.text, trigger.level_at, high)  # ("a Level 3 advisory, up from Level 2")
        if previous is None and trigger.level_at is not None:
            previous = _level_was(view.text, clause[0], high)
        targets: list[str | None] = list(subjects) or [None]
        for issuer in issuers:
            directive = scale_directive(issuer, trigger.level) if trigger.by_level and trigger.level else trigger.directive
            if left and trigger.by_level:
                directive = None  # the level it left says nothing of the new advice
            elif trigger.colour:
                directive = colour_directive(issuer, trigger.colour)
            if directive is None:  # "Germany's Foreign Office issued a travel warning": its scale's top level
                directive = warning_directive(issuer, view.text[trigger.start : trigger.end])
            elif directive == Directive.DO_NOT_TRAVEL and _TOP_OF_SCALE.search(view.text, trigger.start, trigger.end):
                directive = scale_directive(issuer, 4)  # "its highest-level warning": Japan's top is to evacuate
            elif directive == Directive.RECONSIDER_TRAVEL and _SECOND_OF_SCALE.match(view.text, trigger.start, trigger.end):
                directive = scale_directive(issuer, 3)  # "its second-highest level": Korea's is to leave
            issuer_level, issuer_raw = level, trigger.raw
            if level is None and not left and (top := _top_of_scale(issuer, view.text[trigger.start : trigger.end])):
                issuer_level, issuer_raw = top  # "kept Niger at its highest level": the top of a four-level scale
            for subject in targets:
                if subject == issuer:
                    continue  # a government's advice about its own country is domestic (lockdowns, threat levels)
                own_level = rated.get(subject) if subject and not left else None
                if own_level and (
                    not low <= own_level.at < high
                    or _CONTRAST.search(view.text, min(own_level.at, trigger.start), max(own_level.at, trigger.start))
                    or _aside_around(view.text, own_level.at) != _aside_around(view.text, trigger.start)
                ):
                    own_level = None  # "...; the US has Niger at level 3": another clause's level for the place
                _merge(
                    state,
                    _Pair(
                        issuer=issuer,
                        subject=subject,
                        directive=scale_directive(issuer, own_level.level)
                        if own_level and trigger.by_level
                        else directive,
                        level=own_level.level if own_level else issuer_level,
                        level_raw=own_level.raw if own_level else issuer_raw,
                        previous_level=(_level_left(view.text, own_level.at, high) or previous)
                        if own_level and own_level.moved
                        else previous,
                        reasons=list(reasons),
                        regions=["worldwide"]
                        if subject is None
                        else _regions(view, trigger, clause) or [r.name for r in named_regions if r.iso2 == subject],
                        evidence=_evidence(view),
                        confidence=round(0.55 + 0.35 * weight, 2),
                        lowered=own_level.moved == "down" if own_level and own_level.moved else lowered,
                        changed=own_level.moved in ("up", "down") if own_level and own_level.moved else changed,
                        reason_evidence=list(reason_evidence),
                        sentence=view.index,
                        directive_is_new=_NEW_STATE_BEFORE.search(view.text, max(0, trigger.start - 50), trigger.start)
                        is not None,
                    ),
                )
        keys = [(i, t) for i in issuers for t in targets if t != i]
        state.last_keys = keys if view.index != state.last_sentence else state.last_keys + keys
        # (a government's own country is no place of its advice: "travel safely outside Canada")
        ctx.subject = next((c for c in subjects if c not in issuers), ctx.subject)
        ctx.issuer, ctx.issuer_at = issuers[0], view.index
        _remember(state, view.index, issuers[0], trigger.directive, targets)


def _top_of_scale(issuer: str, phrase: str) -> tuple[int, str] | None:
    """Level 4 and the wording, for a phrase that names the top of its issuer's scale ("the highest level") where
    that scale has four levels and its top is our Level 4; None for other phrases and scales."""
    if not _TOP_OF_SCALE.search(phrase) or _SECOND_OF_SCALE.search(phrase):
        return None
    known = SCALES.get(issuer)
    if issuer not in _FOUR_LEVELS and (known is None or max(step.level for step in known.steps) != 4):
        return None
    return 4, phrase


# The built-in sources' governments whose scales number four levels (the others' scales are in SCALES).
_FOUR_LEVELS = frozenset({"US", "CA", "AU"})


def _remember(
    state: AdvisoryState, index: int, issuer: str, directive: Directive | None, places: list[str | None] | None = None
) -> None:
    """The statement just read, for the sentences that continue or repeat it. One statement in several clauses
    ("reconsider travel to A, while the rest stays at caution") is repeated ("a similar warning") with its strongest
    instruction, for all its places."""
    same_statement = index == state.last_sentence and state.last_issuer == issuer
    # ("... defer all travel to Israel and Palestine. Malaysians in the affected areas are advised to take necessary
    # precautions": a weaker word for some of the same places goes on with the statement, which "a similar advisory"
    # repeats whole)
    follow_up = (
        not same_statement
        and state.last_issuer == issuer
        and index - state.last_sentence <= 2
        and places is not None
        and set(places) <= set(state.last_subjects)
        and _stronger(state.last_directive, directive)
    )
    state.listed_level = None
    if follow_up:
        state.last_sentence = index
        return
    if not (same_statement and _stronger(state.last_directive, directive)):
        state.last_directive = directive
    state.last_issuer = issuer
    if places is not None:
        state.last_subjects = list(dict.fromkeys(state.last_subjects + places)) if same_statement else places
    state.last_sentence = index


def _previous_state(view: SentenceView, ctx: ArticleContext, state: AdvisoryState) -> None:
    """A sentence about what the advice was before: its levels and directives are the previous ones of the pairs
    already reported, never advice of their own."""
    before = AdvisoryState(last_sentence=state.last_sentence, last_issuer=state.last_issuer)
    advisories_in_sentence(view, copy.copy(ctx), before)
    for key, earlier in before.pairs.items():
        kept = state.pairs.get(key)
        if kept is not None:
            _set_previous(kept, earlier.directive, earlier.level)


def _previous_clause(view: SentenceView, state: AdvisoryState) -> None:
    """A clause about what the advice just stated was before ("..., and it had been at Level 3 since March"): its
    directive and level are the previous ones of the statement's pairs."""
    triggers = _not_hypothetical(view.text, find_triggers(view.text))
    directives = [t.directive for t in triggers if t.directive is not None and t.directive != Directive.LOWERED]
    directive = max(directives, key=_strength, default=None)
    level = next((_number(m.group(1)) for m in _LEVEL.finditer(view.text)), None)  # ("had been at Level 3")
    for key in state.last_keys:
        kept = state.pairs.get(key)
        if kept is not None:
            _set_previous(kept, directive, level)


def _set_previous(kept: _Pair, directive: Directive | None, level: int | None) -> None:
    kept.previous_level = kept.previous_level or level
    kept.previous_directive = kept.previous_directive or directive
    # "now advises against all but essential travel; the advice had previously been against all travel": a lowering
    kept.lowered = kept.lowered or _stronger(directive, kept.directive) or (
        level is not None and kept.level is not None and level > kept.level
    )


def _stronger(first: Directive | None, second: Directive | None) -> bool:
    """Whether the first instruction is stronger than the second (both stated, neither a lowering)."""
    if first is None or second is None or Directive.LOWERED in (first, second):
        return False
    return _strength(first) > _strength(second)


def _echo_clause(view: SentenceView, triggers: list[Trigger]) -> int | None:
    """Where a clause after the sentence's advice starts that repeats it for governments it names."""
    if not triggers:
        return None
    for brk in _CLAUSE_BREAK.finditer(view.text, triggers[0].end):
        back = _BACK_REFERENCE.search(view.text, brk.end())
        if back is None:
            return None
        if any(brk.end() <= t.start and t.end <= back.start() for t in triggers):
            continue  # another government's own advice comes first ("issued similar warnings" is itself a trigger)
        if any(
            brk.end() <= a.start < back.start() and a.role != Role.PLACE and a.kind != "demonym" for a in view.actors
        ):
            return brk.end()
    return None


# "France began evacuating its nationals, and Germany said it would do the same": the same as the act just named
_RELATIVE_TO_BACK = re.compile(
    r",\s+(?:which|who)\s+(?:has|have|had)\s+(?:also\s+|already\s+)?(?:issued|given|put\s+out|published)\s+(?:a\s+)?", _I
)
_OWN_ACT_BEFORE = Anchored(re.compile(
    r"\b(?:evacuat|airlift|clos(?!ely)|shut|reopen|re-open|withdr|relocat|pull(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?out)\w*", _I
))


_WITH_STAFF_AFTER = re.compile(
    r"\s+(?:with|for|of)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:famil(?:y|ies)|dependants|dependents|staff|diplomats|personnel|embass|missions?\b|consulates?\b)", _I
)
_MISSION_ACT_AFTER = re.compile(
    r"[^.;,]{0,40},\s+(?:re-?open|clos|shut|evacuat|withdraw|suspend|relocat|resum)\w*\s+(?:\w+\s+)?(?:its|their)\s+"
    r"(?:\w+\s+)?(?:embass|consulate|mission|diplomat|staff)", _I
)
_BACK_DENIED = re.compile(
    # ("said it was preparing a similar advisory", "was said to be considering similar advice": not given yet)
    r"\b(?:not|never|n[’']t|no\s+(?:plans?|intention|immediate\s+plans?)|yet|refused|declined|prepar(?:ing|es)|drafting|"
    r"consider(?:ing|s)|weigh(?:ing|s)|mull(?:ing|s)|discussing|studying)\s+"
    r"(?:\w+\s+){0,2}?(?:to\s+)?$",
    _I,
)


_THE_SAME = re.compile(r"\b(?:same|identical)\b", _I)


_MISSION_SEAT_BEFORE = re.compile(r"\b(?:embass(?:y|ies)|consulates?|high\s+commissions?)\s+(?:in|at)\s+$", _I)


def _repeat_earlier(view: SentenceView, ctx: ArticleContext, state: AdvisoryState) -> bool:
    """ "Britain issued a similar advisory": the earlier directive, for the governments named here."""
    if state.unnamed is not None and state.unnamed[0] > state.last_sentence and view.index - state.unnamed[0] <= 2:
        return _repeat_unnamed(view, state)
    if view.index - state.last_sentence > 6 or not state.last_subjects:
        return False
    before, before_at = ctx.speaker_before(view.index)
    if (
        state.last_sentence < view.index - 1
        and before_at == view.index - 1
        and before not in {i for i, _s in state.last_keys} | {state.last_issuer} | set(state.last_subjects)
    ):
        # "Australia announced it was suspending its immigration programme for Guinea. Canada said it would do the
        # same.": the act of the government just named, not advice told further back
        return False
    back = _BACK_REFERENCE.search(view.text)
    if back is None or _OWN_ACT_BEFORE.search(view.text, 0, back.start()):
        return False
    if _WITH_STAFF_AFTER.match(view.text, back.end()) or _MISSION_ACT_AFTER.match(view.text, back.end()):
        # "Germany did the same with the families of its diplomats", "Qatar followed suit days later, reopening its
        # embassy": the mission's act, not advice
        return False
    if _BACK_DENIED.search(view.text, max(0, back.start() - 40), back.start()) or unstated(view.text, back.start()):
        return False  # "the bloc did not intend to follow suit", "Asked whether Bahrain would follow suit"
    view = _before_contrast(view, back.end())
    # ("Canada's advice mirrors that of the US": the government that gave it before is no place of it)
    earlier = {i for i, _s in state.last_keys} | {state.last_issuer}
    # ("Latvia and Lithuania followed suit, with Riga noting ...": a government named again is no place)
    earlier |= {a.iso2 for a in view.actors if a.role in (Role.GOVERNMENT, Role.AGENT)}
    # (nor a mission's seat: "... and with the French embassy in Suva"; nor a place in an aside before the repeat:
    # "Britain, whose ambassador in Kingston is also accredited to Haiti, followed suit")
    asides = [span for span in _asides(view.text) if span[1] <= back.start()]
    places = [
        a.iso2
        for a in view.actors
        if a.role == Role.PLACE
        and a.iso2 not in earlier
        and not _MISSION_SEAT_BEFORE.search(view.text, max(0, a.start - 40), a.start)
        and not any(start < a.start < end for start, end in asides)
    ]
    issuers: list[str] = []
    if _EXTENDED.search(view.text):  # the countries named are more places of the same advice
        places = [a.iso2 for a in view.actors if a.role != Role.CITIZENS]
        view = replace(view, actors=[], institutions=[])
    source = _ISSUED_BY.match(view.text, back.end())
    given_by = next((a for a in view.actors if source and a.start == source.end()), None)
    # ("working with Australia, which has issued similar advice, and with the French High Commission": the relative
    # clause's antecedent alone gives it)
    given_by = given_by or next((a for a in view.actors if _RELATIVE_TO_BACK.fullmatch(view.text, a.end, back.start())), None)
    if given_by is not None:
        # "follows similar warnings from Paris and Berlin": those governments gave them, about the same places
        issuers = [a.iso2 for a in _group(view, given_by) if a.start >= given_by.start]
        places = [p for p in places if p not in issuers]
    for actor in [] if given_by is not None else view.actors:
        if actor.role in (Role.GOVERNMENT, Role.AGENT, Role.CITIZENS) or (
            actor.role == Role.OTHER and actor.kind != "demonym"
        ):
            issuers += [i for i in _issuer_group(view, actor, set(places)) if i not in issuers]
    issuers += [iso2 for iso2, _s, _e in view.institutions if iso2 not in issuers]
    if not issuers and places:
        # "The same advice applies to Cuba.", "A similar warning was issued for Cuba.": the governments of
        # the statement before, about the places named here
        issuers = list(dict.fromkeys(i for i, _s in state.last_keys)) or (
            [state.last_issuer] if state.last_issuer else []
        )
        places = [p for p in places if p not in issuers]
    if not issuers or (not places and not state.last_subjects):
        return False
    subjects: list[str | None] = list(dict.fromkeys(places)) or list(state.last_subjects)
    # ("Canada lowered its advice for Sri Lanka. New Zealand made a similar change.": a lowering too)
    lowered = any(state.pairs[key].lowered for key in state.last_keys if key in state.pairs)
    # "It issued the same warning for Egypt and Jordan": the same government's same level, for more places
    same = _THE_SAME.search(back.group(0)) is not None
    updated_too = _UPDATED_TOO.match(back.group(0)) is not None
    last_level = next((state.pairs[k].level for k in state.last_keys if k in state.pairs and state.pairs[k].level), None)
    # "..., and Canada issued a similar warning, noting that commercial flights were few": the why of the repeat
    marker = _REASON_MARKER.search(view.text, back.end())
    why_at = marker.start() if marker is not None and tag_reasons(view.text[marker.start() :]) else None
    for issuer in issuers:
        for subject in subjects:
            if subject != issuer:
                # ("Kenya issued a similar call to the Kenyans working in Lebanon": what the government before said
                # about the place named here, not its last words about another)
                said = state.pairs.get((state.last_issuer, subject)) if places and state.last_issuer else None
                _merge(
                    state,
                    _Pair(
                        issuer=issuer,
                        subject=subject,
                        directive=None
                        if updated_too
                        else said.directive if said is not None and said.directive else state.last_directive,
                        level=last_level if same and issuer == state.last_issuer else None,
                        previous_level=None,
                        reasons=[],
                        regions=["worldwide"] if subject is None else [],
                        evidence=_evidence(view),
                        confidence=0.6,
                        lowered=lowered,
                    ),
                )
                if why_at is not None:  # (the sentence gave its why to the repeat: not to the advice it repeats)
                    _add_reasons(state.pairs[(issuer, subject)], view, why_at)
                    state.stated.setdefault(view.index, set()).add((issuer, subject))
    state.last_sentence = view.index
    return True


def _advise_all(
    view: SentenceView, state: AdvisoryState, issuers: list[str], directive: Directive | None, subjects: Iterable[str]
) -> None:
    """The earlier unnamed advice, given by each of these governments about each of its subjects."""
    for issuer in dict.fromkeys(issuers):
        for subject in subjects:
            _merge(
                state,
                _Pair(
                    issuer=issuer,
                    subject=subject,
                    directive=directive,
                    level=None,
                    previous_level=None,
                    reasons=[],
                    regions=[],
                    evidence=_evidence(view),
                    confidence=0.6,
                    sentence=view.index,
                ),
            )


def _before_contrast(view: SentenceView, after: int) -> SentenceView:
    """The sentence up to a contrast after a back-reference: "A and B issued similar warnings, while C said it was
    monitoring" names C for something else."""
    contrast = _CONTRAST.search(view.text, after)
    return view if contrast is None else view.naming_only(0, contrast.start())


def _repeat_unnamed(view: SentenceView, state: AdvisoryState) -> bool:
    """ "Several countries told their citizens to leave X. Belgium gave this advice too.": the unnamed governments'
    advice, for the governments named here."""
    assert state.unnamed is not None
    back = _BACK_REFERENCE.search(view.text)
    if back is None:
        return False
    view = _before_contrast(view, back.end())
    _index, directive, subjects, _evidence_before = state.unnamed
    issuers = [a.iso2 for a in view.actors if a.role != Role.PLACE and a.iso2 not in subjects]
    issuers += [iso2 for iso2, _s, _e in view.institutions if iso2 not in issuers and iso2 not in subjects]
    if not issuers:
        return False
    _advise_all(view, state, issuers, directive, subjects)
    state.last_keys = [(i, s) for i in dict.fromkeys(issuers) for s in subjects]
    state.last_issuer, state.last_directive, state.last_subjects = issuers[0], directive, list(subjects)
    state.last_sentence = view.index
    return True


_ANAPHOR_REACH = 6  # sentence orders after the advice within which "the advisory" still names it
_ISSUED_BY = re.compile(r"\s+(?:\w+\s+)?(?:from|by|issued\s+by)\s+(?:the\s+)?", _I)


def _continue_reasons(view: SentenceView, state: AdvisoryState) -> None:
    """ "The advisory cites the arbitrary enforcement of laws...", "The ministry cited terrorism.": reasons for
    the advisories of the statement just reported (the next sentence, or one that names the advisory)."""
    # ("The advisory also warns ..." several lines on, past other news: a sentence naming it reaches further)
    if view.index - state.last_sentence > _ANAPHOR_REACH or not state.last_keys:
        return
    # ("The advisory lists: kidnapping, ... It also warns ...": the sentence after the reasons goes on with them)
    adjacent = view.index - max(state.last_sentence, state.reasons_went_on) <= 1
    its_reasons = _ITS_REASONS.match(view.text)  # ("The reasons it gives are violent crime, ...": the advice's)
    if not adjacent and not its_reasons and not _ADVISORY_ANAPHOR.search(view.text):
        return
    body = _speaking_body(view.text)
    if body is not None and not any(body in (state.pairs[key].evidence.quote or "").lower() for key in state.last_keys):
        return  # "A spokeswoman for the department said ..." after Britain's and Canada's advice: the department's own
    stating = _ADVICE_STATES.search(view.text)
    if stating is None and (_ADVICE_SAYS.search(view.text) or its_reasons):
        for key in state.last_keys:
            _add_reasons(state.pairs[key], view, 0)
        state.reasons_went_on = view.index
        return
    marker = stating or _REASON_MARKER.search(view.text)
    if marker is None or (not _ADVISORY_ANAPHOR.search(view.text) and not _STATED_BY.search(view.text, 0, marker.start())):
        return
    for key in state.last_keys:
        _add_reasons(state.pairs[key], view, marker.end())
    state.reasons_went_on = view.index


_ITS_REASONS = re.compile(
    r"\W*(?:the\s+)?(?:main\s+)?reasons\s+(?:it|they|the\s+(?:department|ministry|government|advisory|office))\s+"
    r"(?:gives?|gave|cites?|cited|lists?|listed)\s+(?:are|were|include)\b",
    _I,
)
_SAID = Anchored(re.compile(r"\b(?:said|says|stated|states|added|adds|wrote|warned|explained)\b", _I))
# "Its guidance mentions a heightened risk of terrorism", "The advisory highlights ...": what the advice itself says
_ADVICE_STATES = Anchored(re.compile(
    r"\b(?:the|this|that|its|their)\s+(?:new\s+|updated\s+|latest\s+)?(?:travel\s+)?(?:advisory|warning|alert|advice|"
    r"notice|guidance)\s+(?:also\s+)?(?:mention|highlight|list|flag|note|stress|underline|describe|refer|point|warn|"
    r"cite|name)\w*",
    _I,
))
# "The advisory said that there is a risk of terrorist violence", '"...," the alert stated': the whole sentence is the
# advice's
_ADVICE_SAYS = Anchored(re.compile(
    r"\b(?:the|this|that|its|their)\s+(?:new\s+|updated\s+|latest\s+)?(?:travel\s+)?(?:advisory|warning|alert|advice|notice|"
    r"guidance)\s+(?:also\s+)?(?:said|says|stated|states|added|adds|read|reads)\b",
    _I,
))


# The subject of a sentence that gives reasons for what its speaker just advised: "The department cited ...".
_STATED_BY = Anchored(re.compile(
    r"^\W*(?:the\s+)?(?:\w+\s+)?(?:ministry|department|government|office|embassy|it|officials?|spokes\w+|statement|"
    r"minist\w+|authorities|agency|council|advice|notice|they|he|she)\b",
    _I,
))


def _add_reasons(last: _Pair, view: SentenceView | Sentence, offset: int, event_reported: bool = False) -> None:
    for reason, start, end in tag_reasons(view.text[offset:]):
        if event_reported and reason == Reason.LIMITED_CONSULAR_CAPACITY:
            continue  # "the Embassy will not be able to offer routine services": the mission's event, not a why
        if reason not in last.reasons:
            last.reasons.append(reason)
            last.reason_evidence.append(
                ReasonEvidence(
                    reason=reason,
                    phrase=view.text[offset + start : offset + end],
                    quote=view.text,
                    start=view.start,
                    end=view.end,
                )
            )


# "They include Germany, Italy and Spain.", "Germany, Italy and Spain are among them.", "Among them are ..."
_THEY_INCLUDE = re.compile(
    r"^\W*(?i:they|these|those)\s+(?:\w+\s+){0,2}?(?i:include[ds]?|are|were)\s+(?i:those\s+of\s+)?(?:the\s+)?[A-Z]|"
    r"\b(?i:are|were)\s+among\s+them\b|^\W*(?i:among\s+them)\s+(?i:are|were)\b"
)


def _name_unnamed(view: SentenceView, state: AdvisoryState) -> bool:
    """The governments of an advice the sentence before gave without names, listed here."""
    if state.unnamed is None or view.index - state.unnamed[0] > 2 or not _THEY_INCLUDE.search(view.text):
        return False
    _index, directive, subjects, _evidence_before = state.unnamed
    issuers = [a.iso2 for a in view.actors if a.role != Role.PLACE and a.iso2 not in subjects]
    if not issuers:
        return False
    _advise_all(view, state, issuers, directive, subjects)
    state.unnamed = None
    return True


def _continue_list(view: SentenceView, ctx: ArticleContext, state: AdvisoryState) -> None:
    """A list sentence right after an advisory ("The countries concerned include Mali, Chad, ...")."""
    if view.index - state.last_sentence > 2 or not state.last_issuer or not _LIST_CUE.search(view.text):
        return
    places = [a.iso2 for a in view.actors if a.role in (Role.PLACE, Role.OTHER) and a.iso2 != state.last_issuer]
    named = sum(a.end - a.start for a in view.actors)
    if len(set(places)) < 2 or named < 0.3 * len(view.text) or re.search(r"\bborder|\bfrontier|crossing", view.text, _I):
        return  # a list of countries, not a sentence that happens to name two
    if view.actors and _PEOPLE_FROM.search(view.text, max(0, view.actors[0].start - 40), view.actors[0].start):
        return  # "Dozens of foreigners were among the dead, including visitors from Britain, India, ...": where people came from
    for subject in dict.fromkeys(places):
        _merge(
            state,
            _Pair(
                issuer=state.last_issuer,
                subject=subject,
                directive=state.last_directive,
                level=state.listed_level,
                previous_level=None,
                reasons=[],
                regions=[],
                evidence=_evidence(view),
                confidence=0.6,
            ),
        )
    state.last_sentence = view.index


def _strength(directive: Directive | None) -> int:
    return DIRECTIVE_STRENGTH.get(directive, -1) if directive else -1


_JOINED = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:(?:a|the)\s+)?$", _I)


def _joiners(view: SentenceView, group_start: int) -> list[str]:
    """The governments that joined the unnamed ones giving advice ("Italy and Spain on Monday joined a growing
    number of countries warning ..."): the list named before "joined"."""
    joined = _JOINED.search(view.text, max(0, group_start - 20), group_start)
    before = [a for a in view.actors if joined and a.end <= joined.start() and a.kind != "demonym"]
    if not before or before[-1].role not in (Role.AGENT, Role.GOVERNMENT, Role.OTHER):
        return []
    return [a.iso2 for a in _group(view, before[-1]) if joined and a.end <= joined.start() and a.kind != "demonym"]


def _merge(state: AdvisoryState, pair: _Pair) -> None:
    key = (pair.issuer, pair.subject)
    if pair.sentence >= 0:
        state.stated.setdefault(pair.sentence, set()).add(key)
    kept = state.pairs.get(key)
    if kept is None:
        pair.order = len(state.pairs)
        state.pairs[key] = pair
        return
    kept_headline = is_headline(kept.evidence.start, kept.evidence.quote or "")
    pair_headline = is_headline(pair.evidence.start, pair.evidence.quote or "")
    if pair.directive is not None and kept.directive is not None and kept_headline != pair_headline:
        if kept_headline:
            # the sentence that tells it, not the headline that sums it up ("warns against travel" over a body's
            # "against all but essential travel")
            kept.directive, kept.evidence, kept.directive_is_new = pair.directive, pair.evidence, pair.directive_is_new
    elif _strength(pair.directive) > _strength(kept.directive):
        kept.directive, kept.evidence, kept.directive_is_new = pair.directive, pair.evidence, pair.directive_is_new
        if pair.level and kept.level and not (pair.changed or kept.changed or pair.lowered or kept.lowered):
            # one entry per government and place carries the strongest advice with its own level: "the country
            # as a whole at Level 2 ... the Sulu Archipelago at Level 4, Do Not Travel"
            kept.level, kept.level_raw = pair.level, pair.level_raw
    if pair.level and not kept.level:
        kept.level, kept.level_raw = pair.level, pair.level_raw
    elif pair.level and pair.changed and not kept.changed and pair.level != kept.level:
        # "had kept X at Level 4 for years. On Monday it lowered the advisory to Level 3": the change is the news
        kept.previous_level, kept.level, kept.level_raw = kept.level, pair.level, pair.level_raw
    kept.changed = kept.changed or pair.changed
    kept.level_raw = kept.level_raw or pair.level_raw
    kept.previous_level = kept.previous_level or pair.previous_level
    kept.lowered = kept.lowered or pair.lowered
    kept.confidence = max(kept.confidence, pair.confidence)
    kept.reasons += [r for r in pair.reasons if r not in kept.reasons]
    known = {e.reason for e in kept.reason_evidence}
    kept.reason_evidence += [e for e in pair.reason_evidence if e.reason not in known]
    kept.regions = _more_regions(kept.regions, pair.regions)


def _more_regions(kept: list[str], more: list[str]) -> list[str]:
    """Regions named again, each once by its longest name ("Enga" in a headline, "Enga province" in the body)."""
    out = list(kept)
    for region in more:
        low = region.lower()
        if not any(k.lower().startswith(low) for k in out):
            out = [k for k in out if not low.startswith(k.lower())] + [region]
    return out


def add_neighbour_reasons(
    state: AdvisoryState,
    sentence_at: Callable[[int], Sentence | None],
    reporting: Mapping[int, Collection[str]] | None = None,
) -> None:
    """An advisory stated without reasons takes them from where news gives the why next to the what: a reason
    clause before the directive in its own sentence ("Amid the fighting, A urged ..."), then the next sentences
    up to the next advisory ("The designated areas face ...", "The move follows attacks on ..."), then the
    sentence before. `sentence_at(order)` gives a sentence of the article by its order (None in a gap);
    `reporting` gives, by order, the countries that acted in sentences that reported a border or mission event:
    their why is that event's, unless the advice's own government acted ("The French embassy was closed after
    protests" gives no reasons to Germany's advice; the US staff ordered out "due to crime" give the US advice's)."""
    reporting = dict(reporting or {})
    # A sentence where some advisory found its reasons gave them to the directive they belong to.
    reasoned = {order for order, keys in state.stated.items() if any(state.pairs[k].reasons for k in keys)}
    _reasons_of_all(state, sentence_at)
    for order, issuer in _institution_reasons(state, sentence_at).items():
        reporting[order] = {issuer}  # (its why is that government's: no other advice takes it)
    for key, pair in state.pairs.items():
        if pair.sentence < 0:
            continue
        _announced_reasons(state, pair, sentence_at)
        _reasons_it_gives(state, key, pair, sentence_at)
        _reasons_listed(state, key, pair, sentence_at)
        if not pair.reasons:
            _reasons_around(state, key, pair, sentence_at, reporting, reasoned)
        # (after the rules above: a why its own government gives later adds to what they found)
        _add_reasons_said_after(state, key, pair, sentence_at, reporting)


# "A spokeswoman for the department said the decision reflected ...": the body that gave the advice, named again
_INSTITUTION_SPEAKS = re.compile(
    r"\b(?:spokes(?:wo)?m[ae]n|spokesperson|official|minister)\s+(?:for|of|at)\s+the\s+(department|ministry|office)\b|"
    r"^\W*the\s+(department|ministry)\s+(?:said|says|added|explained)\b",
    _I,
)


def _speaking_body(text: str) -> str | None:
    """The body that speaks in a sentence ("department" in "A spokeswoman for the department said"), if any."""
    speaks = _INSTITUTION_SPEAKS.search(text)
    return (speaks.group(1) or speaks.group(2)).lower() if speaks else None


def _institution_reasons(state: AdvisoryState, sentence_at: Callable[[int], Sentence | None]) -> dict[int, str]:
    """A sentence in which the body that gave some advice speaks again ("the department said the decision
    reflected ...") gives that advice its why, even with other governments' advice reported in between, when the
    advice reported nearest before it was given by a body of another name. The sentences so given, by order."""
    given: dict[int, str] = {}
    if len(state.stated) < 2:
        return given  # (one statement of advice: the usual rules give it its why)
    for order in range(min(state.stated) + 2, max(state.stated) + 3):
        view = sentence_at(order)
        if view is None or state.stated.get(order):
            continue
        body = _speaking_body(view.text)
        if body is None:
            continue
        earlier = sorted((o for o in state.stated if order - 6 <= o < order), reverse=True)
        if not earlier or body in (sentence_at(earlier[0]) or view).text.lower():
            continue  # (the nearest advice was that body's own: the usual rules give it its why)
        owner = next((o for o in earlier[1:] if body in (sentence_at(o) or view).text.lower()), None)
        if owner is None:
            continue
        for key in state.stated[owner]:
            _add_reasons(state.pairs[key], view, 0)
            given[order] = key[0]
    return given


def _reasons_it_gives(
    state: AdvisoryState, key: tuple[str, str | None], pair: _Pair, sentence_at: Callable[[int], Sentence | None]
) -> None:
    """"It lists ongoing tension along the border, ...", "It also warned of violent clashes ...": the advice's own
    words right after a statement of it, sentence after sentence, whatever reasons it already has."""
    for order in sorted(o for o, keys in state.stated.items() if key in keys):
        after = order + 1
        while (view := sentence_at(after)) is not None and not state.stated.get(after) and _IT_SAYS.match(view.text):
            _add_reasons(pair, view, 0)
            after += 1


# A line that announces the advice's reasons as a list: "The advisory cites:", "Among the risks it lists:"
_REASONS_LIST_HEAD = re.compile(
    r"^\W*(?:(?:the|its|their)\s+(?:\w+\s+)?(?:advisory|advice|warning|alert|guidance)|it)\s+(?:also\s+)?"
    r"(?:cites|lists|names|mentions|points\s+to|warns\s+of|highlights)\s*:|"
    r"^\W*among\s+the\s+(?:risks|reasons|dangers|threats|concerns)\s+(?:it|the\s+\w+)\s+(?:\w+\s+)?"
    r"(?:lists|cites|names|mentions|highlights|gives)\s*:",
    _I,
)
_BULLET = re.compile(r"\s*[•*\-–—▪◦·]\s")


def _reasons_listed(
    state: AdvisoryState, key: tuple[str, str | None], pair: _Pair, sentence_at: Callable[[int], Sentence | None]
) -> None:
    """"The advisory cites:" a few lines after the advice, then its items, one a line: the advice's reasons."""
    for order in sorted(o for o, keys in state.stated.items() if key in keys):
        for at in range(order + 1, order + 4):
            if state.stated.get(at):
                break  # another statement of advice: the list after it is its own
            view = sentence_at(at)
            head = _REASONS_LIST_HEAD.search(view.text) if view is not None else None
            if view is None or head is None:
                continue
            _add_reasons(pair, view, head.end())  # (items joined to the line that announces them)
            item_at = at + 1
            while (item := sentence_at(item_at)) is not None and _BULLET.match(item.text) and not state.stated.get(item_at):
                _add_reasons(pair, item, 0)
                item_at += 1
            return


def _reasons_around(
    state: AdvisoryState,
    key: tuple[str, str | None],
    pair: _Pair,
    sentence_at: Callable[[int], Sentence | None],
    reporting: Mapping[int, Collection[str]],
    reasoned: set[int],
) -> None:
    """The why of an advisory stated without one: its own sentence's reason clause, the sentences after it, the
    sentence before (see `add_neighbour_reasons`)."""
    for order in sorted(o for o, keys in state.stated.items() if key in keys and o not in reasoned):
        own = sentence_at(order)
        marker = _REASON_MARKER.search(own.text) if own is not None else None
        if own is not None and marker is not None:
            _add_reasons(pair, own, marker.start())
    index = last = pair.sentence
    while not pair.reasons and index < last + _REASON_REACH:
        index += 1
        stated = state.stated.get(index, set())
        if stated and key not in stated:
            break  # the next advisory: what follows is its why
        if key in stated:
            last = index  # a statement repeating it: its why may follow that one
        view = sentence_at(index)
        if view is None or stated:
            continue
        about_it = _ADVISORY_ANAPHOR.search(view.text)
        if has_triggers(view.text) and not (about_it and _names_advice_only(view.text)):
            continue  # (not "The updated advisory points to ...": the advice named again, no new one)
        if not about_it and reports_another(reporting, index, pair.issuer):
            continue
        if _COINCIDED.search(view.text) or _OUTSIDER_QUOTE.match(view.text):
            continue  # ('"People read Level 4 and think war zone," said a hotelier': not the advice's why)
        # right after a statement of it (the first, or one repeating it: a quote of the advice)
        adjacent = index == pair.sentence + 1 or key in state.stated.get(index - 1, set())
        named = {m.iso2 for m in scan(view.text)}
        if _about_other_places(named, pair) and not about_it and not (adjacent and _about_neighbours(named, pair)):
            # ("The warning reflects the risk that the conflict between Israel and ... ": about it; right after the
            # advice, a neighbour's fighting is its why: "Hezbollah and Israel have been exchanging fire")
            continue
        if adjacent or about_it or _ATTRIBUTED.search(view.text):
            _add_reasons(pair, view, 0, event_reported=index in reporting)
    # The sentence before a statement of it may frame it ("Amid the fighting, ..."), whatever followed.
    for order in sorted(o for o, keys in state.stated.items() if key in keys):
        before = state.stated.get(order - 1, set())
        view = sentence_at(order - 1)
        # "The warning follows ..." gives the reasons of the advice before it, not of the one after it; a
        # sentence of unnamed governments' advice ("Fearing an invasion, many countries are urging ...") frames
        # the list after it
        if (
            view is not None
            and not before
            and not reports_another(reporting, order - 1, pair.issuer)
            and not _topic_line(view)
            and not _ADVISORY_ANAPHOR.search(view.text)
            and not _DECISION_FOLLOWS.search(view.text)
            # ("... should consider leaving ..., adding that airspace closures could disrupt flights": a sentence
            # of advice of its own, whose why is its own)
            and not (
                has_triggers(view.text)
                and (key not in state.stated.get(order - 2, {key}) or _advice_about_others(view.text, pair.subject))
            )
            # ("France advised ... The ministry pointed to attacks ... Germany maintained its warning": the why
            # already given to the advice before it)
            and not _reasons_given_before(state, pair, view, order - 1)
        ):
            _add_reasons(pair, view, 0)
        if pair.reasons and order > pair.sentence:
            break


def _reasons_of_all(state: AdvisoryState, sentence_at: Callable[[int], Sentence | None]) -> None:
    """"All of them point to the violence ..." right after a list of governments' advice: the why of each."""
    if not state.stated:
        return
    last = max(state.stated)
    for order in (last + 1, last + 2):
        view = sentence_at(order)
        if view is not None and _ALL_OF_THEM.match(view.text):
            for key in {k for o, keys in state.stated.items() if last - o < _ANAPHOR_REACH for k in keys}:
                _add_reasons(state.pairs[key], view, 0)
            return


# "All of them point to ...", "All five cite ...", "Each of them gives ..."
_ALL_OF_THEM = re.compile(
    r"\W*(?:all|each)\s+(?:of\s+them|of\s+the\s+\w+|(?:two|three|four|five|six|seven|eight)(?:\s+\w+)?|the\s+\w+)\s+"
    r"(?:point|cite|list|name|give|mention|refer)\w*\b",
    _I,
)


def _announced_reasons(state: AdvisoryState, pair: _Pair, sentence_at: Callable[[int], Sentence | None]) -> None:
    """A sentence right after the advice that announces its reasons ("They give two reasons.", "The minister set out
    the reasons at a briefing."): the sentence after it gives them, and so does each that goes on counting them ("The
    second is that ... the embassy can do very little")."""
    index = pair.sentence + 1
    view = sentence_at(index)
    if view is None or state.stated.get(index) or not _REASONS_ANNOUNCED.search(view.text):
        return
    _add_reasons(pair, view, 0)
    while (view := sentence_at(index + 1)) is not None and not state.stated.get(index + 1) and not has_triggers(view.text):
        index += 1
        _add_reasons(pair, view, 0)
        following = sentence_at(index + 1)
        if following is None or not _NEXT_REASON.match(following.text):
            break


_REASON_REACH = 3  # sentences after an advisory that may still give its reasons
_REASONS_ANNOUNCED = re.compile(
    r"\b(?:gives?|gave|cites?|cited|lists?|listed|names?|named|offers?|offered|set\s+out|sets\s+out|outlined|explained|"
    r"laid\s+out)\s+(?:\w+\s+)?(?:main\s+)?reasons\b",
    _I,
)
_NEXT_REASON = re.compile(r"\W*(?:the\s+)?(?:first|second|third|fourth|other|last)(?:\s+(?:one|reason))?\s+(?:is|was)\b", _I)


def _add_reasons_said_after(
    state: AdvisoryState,
    key: tuple[str, str | None],
    pair: _Pair,
    sentence_at: Callable[[int], Sentence | None],
    reporting: Mapping[int, Collection[str]],
) -> None:
    """'"The situation in Goma is extremely volatile," the British Foreign Office said, adding that the airport was
    closed': the government that gave the advice says why, a paragraph on, before any other advice."""
    index = last = pair.sentence
    while index < last + _ANAPHOR_REACH:
        index += 1
        stated = state.stated.get(index)
        if stated:
            if key not in stated:
                return  # another advice: what follows is its
            last = index  # (a headline's advice told again in the lead)
            continue
        view = sentence_at(index)
        if view is None or index in reporting:
            continue  # ("... said its embassy had been attacked by protesters": the embassy's why, not the advice's)
        if _SAID.search(view.text) and pair.issuer in _speakers(view.text):
            _add_reasons(pair, view, 0)


def _advice_about_others(text: str, subject: str | None) -> bool:
    """Whether a sentence's own advice names places, none of them `subject` ("Several governments told their citizens
    to leave Lebanon as strikes intensify" frames no advice about Israel; "Fearing a war with Azerbaijan, several
    governments urge their citizens to get out" names no place of its advice)."""
    triggers = find_triggers(text)
    if not triggers:
        return False
    marker = _REASON_MARKER.search(text, triggers[0].end)
    end = marker.start() if marker else len(text)
    places = {m.iso2 for m in scan(text) if triggers[0].start <= m.start < end}
    return bool(places) and subject not in places


def _speakers(text: str) -> set[str]:
    """Governments a sentence names by an institution ("the British Foreign Office", "the Dutch ministry")."""
    named = {iso2 for iso2, _s, _e in institutions(text)}
    return named | {m.iso2 for m in scan(text) if _INSTITUTION_AFTER.match(text, m.end)}


_INSTITUTION_AFTER = re.compile(r"(?:[’']s)?\s+(?:foreign\s+)?(?:ministry|office|government|department)\b", _I)
# A quote of someone who speaks for no government
_OUTSIDER_QUOTE = re.compile(
    r"\W*[\"“][^\"”]{5,}[\"”],?\s+(?:said|says|told|added)\s+"
    r"(?![^.;]{0,40}\b(?:ministry|minister|department|government|embassy|spokes\w+|officials?|office|consul\w*|"
    r"ambassador|secretary|president|prime\s+minister|council)\b)",
    _I,
)


def _reasons_given_before(state: AdvisoryState, pair: _Pair, view: Sentence, order: int) -> bool:
    """Whether a sentence (at `order`) already gave its reasons to an advice stated before it: the same government's
    about another place, or, where its speaker opens it ("The ministry pointed to ..."), another government's (a
    sentence of the story's own framing may serve several governments)."""
    stated_by = _STATED_BY.search(view.text) is not None
    return any(
        evidence.start == view.start
        for other in state.pairs.values()
        # ('"... our ability to provide consular assistance is extremely limited." We have also advised against all
        # travel to Israel': the why of the same government's advice before, about another place)
        if (other.issuer == pair.issuer or stated_by)
        and other is not pair
        and other.sentence < order
        and other.sentence != pair.sentence
        for evidence in other.reason_evidence
    )



def _topic_line(view: Sentence) -> bool:
    """A headline that only names the story ("Israel-Iran conflict"): the article's framing, not an advice's why
    (one that reports the advice does give it: "France Warns Of High Risk Of Terrorism In Mali")."""
    return (
        view.start == 0
        and not view.text.rstrip().endswith((".", "!", "?", '"', "”", "’", "'"))
        and not _ADVICE_CONTEXT.search(view.text)
    )


def _about_other_places(named: set[str], pair: _Pair) -> bool:
    """A following sentence that names countries (`named`), none of them the advice's place or issuer, is about them."""
    return bool(named) and not named & {pair.subject, pair.issuer}


# "The warning coincided with mounting tensions", "Meanwhile, the price of oil rose on fears of a wider war": the
# outlet's context or another story, no stated why
_COINCIDED = re.compile(
    r"\bcoincid(?:ed|es|ing)\s+with\b|^\W*(?:meanwhile|separately|elsewhere|in\s+other\s+(?:news|developments))\b", _I
)


def _about_neighbours(named: set[str], pair: _Pair) -> bool:
    """Whether every country a sentence names (`named`) borders the advice's place."""
    return bool(named) and pair.subject is not None and named <= set(neighbours(pair.subject))


# "The ministry's decision follows armed clashes ...": the why of a decision reported before, not of the advice after
_DECISION_FOLLOWS = re.compile(r"\b(?:decision|move|step)\b[^.;]{0,30}?\b(?:follows|followed|comes|came)\b", _I)
# A sentence reporting what a government said: "..., the ministry said", "according to the statement".
# "It lists ongoing tension along the border with Ukraine, ...", "In its latest update it said ...": the government
# or the advice just reported gives its why (the places the list names are its reasons', not other places)
_IT_SAYS = re.compile(
    r"\W*(?:It|In\s+its\s+(?:latest\s+|new\s+|updated\s+)?(?:update|advice|advisory|guidance),?\s+it)\s+(?:also\s+)?"
    r"(?:lists|listed|cites|cited|mentions|names|points\s+to|pointed\s+to|refers\s+to|notes|noted|warns|warned|says|said|"
    r"adds|added|highlights)\b"
)
_ATTRIBUTED = Anchored(re.compile(
    r"\b(?:the|its|their)\s+(?:foreign\s+)?(?:ministry|department|statement)\b"
    r"|\b(?:designated|affected|listed|these|those)\s+(?:countries|regions|areas|places|destinations)\b",
    _I,
))


def _common_level(pair: _Pair) -> int | None:
    """The pair's level on the common scale, or None where the number cannot be on it: a "Level 1" whose stated
    instruction is to leave (an inverted scale, as Israel's was) is kept only as `level_raw`."""
    if pair.level is None or pair.directive is None or pair.lowered or pair.directive == Directive.LOWERED:
        return pair.level
    meant = scale_directive(pair.issuer, pair.level)
    if abs(DIRECTIVE_STRENGTH[meant] - DIRECTIVE_STRENGTH[pair.directive]) >= 3:
        return None
    return pair.level


# Before an instruction that is the advice's new state: "now asking ... to", "relaxed to" (not "no longer advising")
_NEW_STATE_BEFORE = re.compile(
    r"(?<!no\slonger\s)\b(?:now|currently)\b(?![^.;]{0,40}\bno\s+longer\b)[^.;]{0,40}$|\bto\s+[\"“‘']?$", _I
)


def finish(state: AdvisoryState) -> list[ExtractedAdvisory]:
    out = []
    for pair in sorted(state.pairs.values(), key=lambda p: p.order):
        directive = pair.directive
        previous_directive = pair.previous_directive
        if pair.lowered and previous_directive is None and not pair.directive_is_new:
            # "eased its advice against all travel": the instruction stated is the old one, as is one that goes
            # with the level left ("down from Level 3, reconsider travel"); "lowered to Level 2, exercise increased
            # caution": the instruction written with the new level is the new one
            left = pair.previous_level is not None and directive == scale_directive(pair.issuer, pair.previous_level)
            previous_directive = directive if pair.level is None or left else None
        if pair.lowered:
            directive = Directive.LOWERED
        out.append(
            ExtractedAdvisory(
                issuer=pair.issuer,
                subject=pair.subject,
                level=_common_level(pair),
                level_raw=pair.level_raw,
                directive=directive,
                reasons=pair.reasons,
                regions=pair.regions,
                previous_level=pair.previous_level,
                previous_directive=previous_directive if previous_directive != directive else None,
                evidence=pair.evidence,
                confidence=pair.confidence,
                reason_evidence=pair.reason_evidence,
            )
        )
    return out


def merge_advisories(advisories: list[ExtractedAdvisory]) -> list[ExtractedAdvisory]:
    """One advisory per government and place: an article that states it in two languages (read by two readers)
    gives the stronger instruction with its quote, the level stated, and the reasons and regions of both."""
    merged: dict[tuple[str, str | None], ExtractedAdvisory] = {}
    for advisory in advisories:
        key = (advisory.issuer, advisory.subject)
        kept = merged.get(key)
        if kept is None:
            merged[key] = advisory
            continue
        updates: dict[str, object] = {
            "reasons": kept.reasons + [r for r in advisory.reasons if r not in kept.reasons],
            "regions": _more_regions(kept.regions, advisory.regions),
            "reason_evidence": kept.reason_evidence
            + [e for e in advisory.reason_evidence if e.reason not in {k.reason for k in kept.reason_evidence}],
        }
        if _strength(advisory.directive) > _strength(kept.directive):
            updates |= {"directive": advisory.directive, "evidence": advisory.evidence}
        if kept.level is None and advisory.level is not None:
            updates |= {"level": advisory.level, "level_raw": advisory.level_raw}
        merged[key] = kept.model_copy(update=updates)
    return list(merged.values())

