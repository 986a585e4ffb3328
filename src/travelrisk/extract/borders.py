"""Border-crossing events in news text (pure).

`country` is the state that closes, opens or restricts *its* crossings; `neighbor` the other side. Pairs
are checked against the land-neighbour table, so "Lithuania closed ... as Russia ..." cannot produce a
Lithuania-Russia closure unless both share a border.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from travelrisk.extract.anchored import Anchored
from travelrisk.extract.context import ArticleContext, SentenceView
from travelrisk.extract.hedged import not_done, unstated
from travelrisk.extract.roles import FOLLOWED, Actor, Role
from travelrisk.extract.text import is_headline
from travelrisk.geo.countries import bordering_namesake, neighbour_on_side, neighbours, share_land_border
from travelrisk.geo.crossings import Crossing, crossings_in
from travelrisk.geo.gazetteer import folded_key
from travelrisk.model import BorderAction, BorderEvent, Evidence

_I = re.IGNORECASE
_Known = tuple[tuple[int, int, list[Crossing]], ...]  # known crossings a sentence names: (start, end, crossings)
_CROSSING_NOUN = Anchored(re.compile(
    r"\b(?:border\s+crossings?|crossing\s+points?|crossings?|checkpoints?|check-points?|checkpoints|check\s+posts?|"
    # (not "the country's air borders": its airspace; "land and air borders" are land borders too)
    r"(?:border|control)\s+(?:posts?|points?|stations?|gates?|terminals?)|(?<!\bair\s)(?:borders?|frontiers?)|"
    r"(?<=\band\sair\s)(?:borders?|frontiers?)|points?\s+of\s+entry|"
    r"ports?\s+of\s+entry|(?:land|road)\s+ports?|(?:border|friendship|international)\s+bridges?|trad(?:e|ing)\s+points?|"
    # ("shut the bridges to Colombia": the bridges that cross into a country named)
    r"bridges?(?=\s+(?:to|into|with)\s+(?:the\s+)?(?-i:[A-Z]))|"
    # ("closing the bridges at Fray Bentos and Paysandu": the bridges placed at their border towns)
    r"(?<=\bthe\s)bridges?(?=\s+at\s+(?-i:[A-Z]))|"
    # ("closing its own side of the Desaguadero bridge", "closed its side at Wagah")
    r"side\s+of\s+the\s+(?:[\w-]+\s+){0,2}?bridge|side\s+at(?=\s+(?-i:[A-Z])))\b",
    _I,
))
_THREAT = re.compile(
    # ("may" in lower case: "a war that began in May 1998" threatens nothing)
    r"\b(?:(?-i:may)|might|could|consider\w*|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|threat\w*|warn\w*|possib\w+|ready\s+to|prepared\s+to|"
    r"not\s+rule\s+out|ruled?\s+out|(?:not|n[’']t)\s+hesitate|option|if\s+necessary|contingency|further(?=\s*$)|further\s+(?:closures?|steps|measures))\b",
    _I,
)
# A clause of its own between a threat and a closure: "warn against Timor travel as Indonesia shuts Motaain crossing"
_NEW_CLAUSE_AFTER_THREAT = re.compile(r"\b(?:as|while|whereas|but|after)\s+(?-i:[A-Z])|[;]", _I)


def _threatened(text: str, at: int) -> bool:
    """Whether a threat word in the 60 characters before a closure makes it only threatened."""
    start = max(0, at - 60)
    threats = list(_THREAT.finditer(text, start, at))
    return bool(threats) and not _NEW_CLAUSE_AFTER_THREAT.search(text, threats[-1].end(), at)


_CLOSING_VERB = re.compile(r"(?:clos|shut|seal)\w*\b", _I)
# "would close the US border with Mexico ... unless Mexico stops ...": a closure held out on a condition
_WOULD_BEFORE = Anchored(re.compile(r"\b(?:would|will)\s+(?:\w+\s+)?$", _I))
_ON_CONDITION_AFTER = re.compile(r"[^.;]{0,120}?\b(?:unless|if)\s", _I)
# "said they would keep the crossing gate shut": a closure kept, not one threatened
_KEPT_CLOSED = Anchored(re.compile(r"\b(?:keep|keeps|kept|keeping)\s+(?:[\w’'-]+\s+){0,4}$", _I))
# "closed to passengers and cargo": to all of the traffic, not to one kind of it
_ALL_TRAFFIC = (
    # ("closed its frontier with China to travellers and vehicles")
    r"(?:both\s+)?(?:(?:passengers?|people|travell?ers)\s+and\s+(?:cargo|goods|freight|trucks|vehicles)|"
    r"(?:cargo|goods|freight|trucks|vehicles)\s+and\s+(?:passengers?|people|travell?ers))"
)
_CLOSE = re.compile(
    # ("closed to travellers": to people of every kind, a closure)
    r"\b(?:clos(?:e|es|ed|ing|ure|ures)(?!\s+(?:to\s+(?!(?:all\s+)?(?:traffic|travell?ers\b|passengers\b|people\b|everyone\b)|"
    + _ALL_TRAFFIC
    + r")|by\s+(?!(?:the\s+)?[A-Z])|in\s+on|proximity|"
    # (not "stay in close touch with their families")
    r"ceremon\w*|remarks|stages?|prices?|bell|arguments?|touch|contact|watch|attention|co-?operation|coordination|ties|"
    r"relations))|shut(?:s|ting)?(?:\s+down)?|"
    # (not "seal border deal": an agreement concluded)
    r"seal(?:s|ed|ing)?(?:\s+off)?(?!\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:deals?|agreements?|pacts?|accords?|treat(?:y|ies))\b)|"
    r"suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:ped|s)?\s+(?:functioning|operating|working)|"
    # "stopped all movement across its border" ("halted", "suspended" are closures on their own, above)
    # ("were stopping all traffic from Burundi": nothing crosses from that side)
    r"stop(?:ped|s|ping)?\s+(?:all\s+)?(?:traffic|movement)\s+(?:across|at|through|over|on|from|into)\b|"
    # "stopped clearing passengers at land ports on the Vietnamese border", "will stop handling passengers",
    # "had stopped letting people through"
    r"stop(?:ped|s|ping)?\s+(?:clearing|processing)|stop(?:ped|s|ping)?\s+(?:handling|admitting|accepting)\s+(?:passengers|travell?ers|people)\b|"
    r"stop(?:ped|s|ping)?\s+(?:letting|allowing)\s+(?:people|anyone|travell?ers|passengers|traffic|vehicles)\s+(?:through|in|across|cross)\b|"
    # "barred entry through its northern border": the crossings are shut (not "barred entry to officials")
    r"bar(?:s|red|ring)?\s+(?:all\s+)?(?:entry|passage|crossings?)\s+(?:through|at|across|via|over)|"
    r"terminat\w+|blocked\s+off|blocked\s+(?:for|to)\s+all\s+(?:vehicles|traffic)|out\s+of\s+(?:service|operation|action)|"
    # "no official crossing would remain open on the frontier with ...": every crossing there shuts
    r"(?:no|none\s+of\s+the)\s+(?:official\s+|land\s+|border\s+)*(?:crossings?|checkpoints?|border\s+posts?|crossing\s+points?)\s+"
    r"(?:[\w’'-]+\s+){0,6}?(?:would|will|is\s+to|was\s+to|are\s+to|were\s+to)\s+(?:remain|stay|be\s+left)\s+open|"
    # "The General San Martín international bridge remains blocked on the Argentine side"
    r"(?<=remains\s)blocked|(?<=remained\s)blocked|(?<=been\s)blocked(?!\s+by\b)|"
    # "Neither government is letting traffic across": both sides closed
    r"(?<=neither\s)(?:government|side|country|state)\s+(?:is|was|has\s+been)\s+(?:letting|allowing|permitting)\s+"
    r"(?:\w+\s+){0,2}?(?:across|through|cross))\b",
    _I,
)
# What is restored besides a crossing ("sent to restore order", "until calm is restored")
_ORDER = r"(?:order|calm|peace|security|normalcy|normality|stability|power|electricity)"
# A planned act dropped later in the sentence ("would reopen in phases, but it shelved the plan in July", "The phased
# reopening ... has been put on hold")
_PLAN_DROPPED_AFTER = re.compile(
    r"[^.;]{0,160}?(?:\bbut\s+(?:the\s+plan|it|they|the\s+government|officials)\s+(?:\w+\s+){0,2}?(?:was\s+|were\s+|has\s+been\s+)?"
    r"(?:shelved|suspended|dropped|scrapped|abandoned|postponed|froze|frozen|put\s+on\s+hold|delayed)\b|"
    r"\b(?:has|have|was|were|had)\s+been\s+(?:put\s+on\s+hold|shelved|postponed|scrapped|abandoned)\b)",
    _I,
)
_PLANNED_BEFORE = re.compile(r"\b(?:would|will|to)\s+(?:\w+\s+){0,2}?$", _I)
_PLAN_BEFORE = re.compile(
    r"\b(?:plan|plans|talks|process|programme|program|scheme|project)\s+(?:(?:was|were|has|have|had|been|is|are)\s+)*$", _I
)
# What resumes or is restored besides a crossing: "when the fighting resumed", "border checks have been restored"
_NOT_A_CROSSING_BEFORE = re.compile(
    r"\b(?:fighting|clashes|shelling|hostilities|attacks|strikes|war|talks|negotiations|checks|controls)\s+"
    r"(?:(?:has|have|had|was|were|is|are|been|be|later|soon|then)\s+)*$|"
    # ("Talks between Bishkek and Dushanbe resumed")
    r"\b(?:talks|negotiations|dialogue)\s+(?:between|with)\s+(?:[\w’'-]+\s+){1,5}?(?:(?:has|have|had|was|were)\s+)?$",
    _I,
)
_OPEN = re.compile(
    # (not "resume border demarcation talks": talks, no crossing)
    r"\b(?:re-?open(?:s|ed|ing)?|reopening|resum(?:e|es|ed|ing)(?!\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|dialogue|consultations)\b)|"
    r"restor(?:e|es|ed|ing)(?!\s+(?:law\s+and\s+)?" + _ORDER + r")|"
    # (not "to open talks on their border": talks begin, no crossing)
    r"(?<!remain\s)(?<!remains\s)(?<!remained\s)(?:open(?:s|ed)\b|(?<=will\s)open\b|(?<=to\s)open\b|(?<=would\s)open\b)"
    r"(?!\s+fire\b)(?!\s+(?:[\w-]+\s+)?(?:talks|negotiations|dialogue|consultations|discussions)\b)|"
    # "began processing passengers again at some of its land ports"
    r"(?:began|begin|begins|started)\s+(?:clearing|processing)\s+(?:\w+\s+){0,2}?again\b|"
    # "The Torkham and Chaman crossings were thrown open"
    r"(?<=thrown\s)open\b|"
    # "Trucks are crossing again at Guerguerat": traffic that had stopped moves again
    r"(?<=\s)(?:crossing|moving|flowing)\s+again\b|"
    # "the land and air borders of Burkina Faso were open again"
    r"(?<=\s)(?<!remain\s)(?<!remains\s)(?<!remained\s)(?<!stay\s)(?<!stays\s)(?<!stayed\s)open\s+again\b)",
    _I,
)
_RESTRICT = re.compile(
    r"\b(?:restrict\w*|"
    # ("foreign citizens and stateless persons would not be allowed to enter Belarus through ... checkpoints": one kind
    # of traveller turned back)
    r"(?:foreign(?:ers|\s+(?:citizens|nationals))|non-residents|tourists|migrants)\s+(?:and\s+(?:\w+\s+){1,3}?)?"
    r"(?:will|would|are|were|shall)\s+not\s+be\s+(?:allowed|permitted)\s+to\s+(?:enter|cross)|"
    # "to restore checks at the points that stay open", "reintroduced border controls": open, with checks
    r"(?:restor|reintroduc|reinstat|reimpos|br(?:ought|ing|ings|inging)\s+back)\w*\s+(?:\w+\s+){0,2}?(?:checks|controls)\b|"
    # ("Germany began controls on Monday at its borders with France, ...": travellers checked, some turned back)
    r"(?:began|begun|begins|introduc\w*|impos\w*)\s+(?:border\s+)?(?:checks|controls)\s+(?:[\w-]+\s+){0,3}?(?:at|on)\s+"
    r"(?:its|their|the)\s+(?:\w+\s+)?(?:borders?|frontiers?)\b|"
    # "only one crossing with Y is still open": a state of partial closure
    r"(?:has|have|keeps?|kept|left|leaves|leaving)\s+(?:only\s+)?(?:one|a\s+single|two|three|\d+)\s+(?:\w+\s+){0,2}?(?:crossings?|checkpoints?)"
    r"\s+(?:\w+\s+){0,3}?open\b|"
    # "only the Vaalimaa crossing remains open", "only one checkpoint is still open"
    r"only\s+(?:the\s+|one\s+|a\s+single\s+)?(?:[\w’'-]+\s+){0,3}?(?:crossing|checkpoint|crossing\s+point|border\s+post)\s+"
    r"(?:\w+\s+){0,5}?(?:remains?|stays?|is|was)\s+(?:still\s+|now\s+)?open\b|"
    # "passenger traffic at X ... is now limited to citizens returning home"
    r"\b(?:is|are|was|were|been|remains?|remained|stays?)\s+(?:now\s+|temporarily\s+)?limited\s+to\b|"
    r"limit(?:s|ed|ing)?\s+(?:\w+\s+){0,4}(?:traffic|crossings?|passage|movement|entry|operations|"
    r"hours)|only\s+(?:be\s+)?(?:to|for|open\s+to|open\s+for)\s+(?:\w+\s+)?(?:trucks|cargo|freight|pedestrians|cars|vehicles|"
    r"citizens|residents|people\s+on\s+foot|foot\s+traffic)|"
    # "would operate only during daytime hours", "open only at weekends": part-time
    r"(?:operat\w*|open|work\w*)\s+only\s+(?:during|in\s+the|at|on|by|between|from)\s+(?:\w+\s+){0,2}?"
    r"(?:day\w*|hours|night\w*|weekends?|weekdays|mornings?|evenings?|\d)|"
    # "allowed only Polish citizens and EU residents to cross"
    # ("allowing only Syrians and Iraqis with valid documents", "would admit only Syrian and Iraqi nationals")
    r"(?:allow|admit)(?:s|ed|ted|ing|ting)?\s+(?:through\s+)?only\s+(?:[\w-]+\s+){0,5}?(?:citizens|residents|nationals|trucks|cargo|"
    # ("allowed only humanitarian aid through the Bab al-Hawa crossing")
    r"freight|pedestrians|aid|supplies|(?-i:[A-Z])[a-z]+(?:ans|ians|is|ese))\b|"
    # "would handle only passenger cars and buses": one kind of traffic served, the rest turned away
    r"(?:handl|serv|process|accept)(?:e|es|ed|ing)?\s+only\s+(?:[\w-]+\s+){0,2}?(?:cars|buses|trucks|lorries|"
    r"pedestrians|cargo|freight|vehicles|passengers)\b|"
    # ("Mozambican officials are processing pedestrians only")
    r"(?:handl|serv|process|accept|admitt?|allow)(?:e|es|ed|ing|s)?\s+(?:[\w-]+\s+){0,2}?(?:cars|buses|trucks|lorries|"
    r"pedestrians|cargo|freight|vehicles|passengers)\s+only\b|"
    # "Only humanitarian aid shipments will be allowed through the Dajabón and Elías Piña crossings"
    # ("only Tanzanian citizens returning home are being let through", "only people holding border passes ... were let
    # through")
    r"only\s+(?:[\w-]+\s+){1,12}?(?:(?:will\s+be|are(?:\s+being)?|is(?:\s+being)?|were|was|be)\s+)?(?:allowed|permitted|let)\s+"
    r"(?:through|to\s+cross|across|in)\b|"
    # "would only let in people with valid travel documents"; "close or tighten ... crossings": the weaker of two
    r"only\s+(?:let|letting|admit\w*)\s+in\b|(?:would|will)\s+only\s+(?:let|admit)\b|"
    # "officers there are only admitting people who show identity documents": entry on conditions
    r"only\s+(?:admitt?\w*|letting|allowing)\s+(?:in\s+|through\s+)?(?:people|travell?ers|those|passengers|anyone|migrants|"
    r"visitors)\s+(?:who|with|holding|carrying)\b|"
    r"(?:close|closes|closed|shut|shuts)\s+or\s+(?:tighten|restrict)\w*|"
    # "are letting through only cargo trucks": one kind of traffic let through
    r"(?:letting|allowing|admitting)\s+(?:in\s+|through\s+)?only\s+(?:\w+\s+)?(?:trucks|lorries|cargo|freight|pedestrians|cars|"
    r"vehicles)\b|"
    # ("lets only pedestrians cross", "processing only travellers on foot", "letting pedestrians through but no vehicles",
    # "remains open, but to pedestrians only")
    r"\blet(?:s|ting)?\s+only\s+(?:\w+\s+){0,2}?(?:cross|through|pass)\b|"
    r"(?:handl|serv|process|accept|admitt?|allow)(?:e|es|ed|ing|s)?\s+only\s+(?:travell?ers|people|passengers)\s+on\s+foot\b|"
    r"\blett?(?:s|ing)?\s+(?:\w+\s+){1,2}?through\s+but\s+(?:not|no)\b|"
    r"\bbut\s+(?:only\s+)?(?:to|for)\s+(?:\w+\s+)?(?:pedestrians|trucks|lorries|cargo|freight|cars|vehicles)\s+only\b|"
    r"partial(?:ly)?\s+clos\w*|(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?)\s+(?:[\w’']+\s+){0,5}?for\s+(?:heavy\s+)?(?:trucks|lorries|cargo|freight|"
    r"buses|pedestrians|cars)\b|clos\w*\s+(?:\w+\s+){0,4}?to\s+(?:all\s+)?(?:road|truck|car|vehicle|"
    r"heavy|cargo|freight|lorry|pedestrian)\w*\s+(?:traffic|vehicles|transport)|(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|seal(?:s|ed|ing)?)\s+(?:(?!(?:but|and|while|or|after|because|when|following|amid|since|fire)\b)[\w’'()–-]+\s+){0,12}?to\s+(?!(?:all\s+)?traffic)"
    # ("closed to passengers and cargo": to all of it; not "shut the post after protesters set fire to trucks")
    r"(?!" + _ALL_TRAFFIC + r")(?:\w+\s+){0,2}(?:trucks|lorries|traffic|vehicles|"
    r"pedestrians|cars|cyclists|cargo|foreigners|foreign\s+nationals|non-residents|tourists|migrants|refugees|"
    # ("remained closed to Palestinians who lack transit visas": the people of one nation turned back)
    r"asylum\s+seekers|(?-i:[A-Z][a-z]+(?:ans|ese|is))\b)|(?:ban|suspend|halt|stop)\w*\s+(?:the\s+)?(?:movement|passage|entry|crossing|"
    # ("suspend the entry of Indian pilgrims through Nathu La": one kind of traveller stopped)
    r"traffic)\s+of\s+(?:\w+\s+){0,2}(?:pedestrians|cyclists|trucks|cars|vehicles|lorries|buses|freight|pilgrims|tourists|"
    r"foreigners|migrants|refugees|traders|workers)\b|"
    # ("passenger traffic ... has been suspended": one kind stopped)
    r"(?:passenger|cargo|freight|truck|lorry|car|pedestrian|bus|vehicle)\s+(?:traffic|transport|movement|crossings?)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:suspended|halted|stopped|banned)\b|"
    # ("are refusing entry at their own Penas Blancas post to trucks with Costa Rican plates": one kind of traffic)
    r"refus\w*\s+(?:entry|passage)\s+(?:[\w’'-]+\s+){0,6}?to\s+(?:[\w-]+\s+){0,2}?(?:trucks|lorries|cars|vehicles|buses|cargo|freight)\b|"
    # ("turned back Romanian citizens at the Leuseni crossing": one nation sent back, the others pass)
    r"turn(?:s|ed|ing)?\s+(?:back|away)\s+(?-i:[A-Z])[a-z]+\s+(?:citizens|nationals|passport\s+holders)\b|"
    # "have been holding trucks at Raxaul": one kind of traffic kept waiting
    r"(?:hold|holding|held|holds)\s+(?:back\s+|up\s+)?(?:\w+\s+)?(?:trucks|lorries|cargo|freight|goods\s+vehicles)\s+(?:at|on)\b|"
    # "has stopped accepting trucks", "no longer lets cars through": one kind of traffic turned away
    r"(?:stop(?:s|ped|ping)?|ceas\w+|no\s+longer)\s+(?:accept|admitt?|process|lett?|allow|handl)\w*\s+(?:\w+\s+){0,3}?"
    # ("stopped letting people cross on foot or by bicycle")
    r"(?:trucks|lorries|cargo|freight|cars|vehicles|buses|pedestrians|cyclists|on\s+foot|by\s+bicycle)\b|"
    # "suspended passenger traffic", "halted cargo traffic": one kind of traffic stops, the others go on
    r"(?:ban|suspend|halt|stop)\w*\s+(?:all\s+)?(?:passenger|cargo|freight|truck|lorry|car|pedestrian|bus|vehicle|rail|train)\s+"
    r"(?:traffic|transport|movement|crossings?)\b|"
    r"pedestrians?\s+(?:and\s+cyclists?\s+)?(?:\w+\s+){0,3}(?:banned|suspended|no\s+longer)|"
    # "banned trucks from crossing its border": one kind of traffic turned away
    r"(?:ban|bar)(?:s|ned|red|ning|ring)?\s+(?:all\s+)?(?:[\w-]+\s+)?(?:trucks|lorries|cars|vehicles|buses|pedestrians|cyclists|"
    r"foreigners|foreign\s+nationals|tourists|non-residents)\s+from\s+(?:crossing|entering|using)\b|"
    r"block(?:s|ed|ing|ade)?\s+(?:\w+\s+){0,2}(?:truck|lorry|freight|cargo)\s+traffic|reduc\w+\s+(?:the\s+)?"
    r"(?:hours|capacity|operating\s+hours|opening\s+hours)|block\w*\s+(?:\w+\s+){0,5}?(?:border\s+)?(?:crossings?|checkpoints?)|"
    r"\bopen\s+(?:only\s+)?(?:to|for)\s+(?:\w+\s+){0,3}?(?:only|alone)\b|\bopen\s+only\s+(?:to|for)\b|"
    # "have jointly barred non-essential crossings": essential traffic goes on
    r"\b(?:bar|ban)(?:s|red|ned|ring|ning)?\s+(?:all\s+)?non-?essential\s+(?:travel|traffic|crossings?|trips|entry|movement)|"
    r"(?:continue|remain)\w*\s+(?:its\s+|their\s+)?(?:work|operat\w+|open)\w*\s+(?:only\s+)?(?:to\s+allow|for|to)\s+"
    r"(?:only\s+)?(?:cargo|freight|trucks|urgent|humanitarian|pedestrians|residents|citizens))",
    _I,
)
_MIGRANT_WORDS = r"migrants|refugees|asylum[\s-]seekers"
# A closure "to all but humanitarian cargo" or "except for trucks" leaves part of the traffic: restricted.
_EXCEPT = re.compile(
    r"\b(?:to\s+all\s+but|except(?:\s+for)?|other\s+than|apart\s+from|save\s+for)\s+(?:\w+\s+){0,2}?"
    r"(?:cargo|freight|trucks|lorries|humanitarian|pedestrians|residents|citizens|nationals|diplomats|emergency|goods|"
    r"traffic|vehicles|students|medical|patients|returnees|returning|essential|workers|aid|transit|commuters)\b|"
    r"\bwith\s+(?:some\s+|limited\s+|several\s+)?(?:exemptions?|exceptions?)\b|"
    # ("closed with the exception of major entry points", "... of the Ganta crossing": those stay open)
    r"\bwith\s+the\s+exceptions?\s+of\s+(?:the\s+|a\s+)?(?:(?:few|major|main|some|several|designated|official|two|three|four|\w+)\s+)?"
    r"(?:entry\s+points|crossings?|checkpoints?|border\s+posts|points\s+of\s+entry|(?-i:[A-Z])[\w’'-]+)\b|"
    # ("closed the crossing to passengers but freight continues": the goods still pass)
    r"\bbut\s+(?:freight|cargo|trucks|lorries|goods)\s+(?:traffic\s+)?(?:continues?|still|keeps?|(?:is|are)\s+still|can|may|moves?|flows?)\b|"
    # ("closed to non-essential travel": essential traffic goes on)
    r"\b(?:to|for)\s+(?:all\s+)?non-?essential\s+(?:travel|traffic|crossings?|trips|entry|movement|visits|travell?ers)\b|"
    # ("sealed its border to Cuban migrants": other travellers still pass)
    r"\bto\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?:" + _MIGRANT_WORDS + r"|pilgrims|tourists)\b|"
    # ("were shut, with one point in each area left open for goods")
    r"\bwith\s+(?:one|a\s+single|two|three|\d+)\s+(?:\w+\s+){0,4}?(?:left|kept|remaining|staying)\s+open\b|"
    # ("shut to most travellers": some still pass)
    r"\bto\s+most\s+(?:\w+\s+)?(?:travell?ers|traffic|people|passengers|vehicles|visitors|foreigners)\b|"
    # ("all of its land crossings with Syria except Masnaa": one crossing named is left open)
    r"\bexcept(?:\s+for)?\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?!\s+(?-i:[A-Z])?\w*\s*(?:citizens|nationals))|"
    # "allowing only emergency vehicles"
    r"\ballow(?:s|ed|ing)?\s+(?:in\s+|through\s+)?only\b|"
    # "...; only cargo trucks may pass"
    r"\bonly\s+(?:\w+\s+){0,2}?(?:cargo|freight|trucks|lorries|pedestrians|residents|citizens|diplomats|humanitarian|aid|"
    r"emergency|goods|commuters)\b(?:\s+\w+){0,2}?\s+(?:may|can|could|will|are|were|is|was)\s+(?:be\s+)?(?:allowed|permitted|pass|cross|"
    r"go|get)\b",
    _I,
)


# "... by letting the migrants move to the frontier, and said it had closed its southern border to them"
_TO_THEM = re.compile(r"\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:border|frontier)\s+to\s+them\b", _I)
_MIGRANTS = re.compile(r"\b(?:" + _MIGRANT_WORDS + r")\b", _I)


def _excepted(text: str, at: int) -> bool:
    """Whether an exception to a closure starts within 80 characters after it ("except for trucks")."""
    if _TO_THEM.match(text, at) and _MIGRANTS.search(text, 0, at):
        return True
    found = _EXCEPT.search(text, at)
    return found is not None and found.start() - at < 80


# A closure for part of the day leaves the crossing open the rest of it: "close the Narva crossing at night"
_PART_TIME = re.compile(
    r"\b(?:at\s+night|during\s+the\s+night|nightly|at\s+weekends|on\s+weekends|"
    # ("would close at 10pm daily": closed for the night, open by day)
    r"at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?:daily|every\s+(?:day|night|evening)|each\s+(?:day|night))|"
    # (not "from 1 to 8 October": days)
    r"(?:only\s+)?(?:from|between)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|h)?\s+(?:to|and|until)\s+\d(?!\d?\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))",
    _I,
)
# After a closure, what makes it only possible: a condition ("if the fighting spreads"), or the closure as something
# weighed ("closing the crossings was on the table", "a temporary closure ... was being considered")
_CONSIDERED_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:if|unless|should\s+the)\b|"
    r"[^.;]{0,80}?\b(?:is|was|were|are|remains?|remained)\s+[\"“‘']?(?:still\s+)?(?:on\s+the\s+table|"
    r"under\s+(?:consideration|review|discussion)|being\s+(?:considered|discussed|weighed|studied))\b",
    _I,
)
# The passive's agent right before a name: "by Finland", "by the Border service of National Security Committee of"
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,9}?of\s+(?:the\s+)?)?$")
_STILL_TURNED_BACK = re.compile(
    # ("... at the Ak-Zhol post, known as Korday on the Kazakh side, but passenger cars and pedestrians were still ...")
    r"[^.;]{0,110}?,?\s+(?:but|while|although|though|whereas)\s+(?:[\w-]+\s+){1,5}?(?:are|is|were|was)\s+(?:still\s+)?"
    r"(?:being\s+)?(?:turned\s+(?:back|away)|barred|refused|not\s+(?:allowed|permitted))\b",
    _I,
)
# "is not ruling out closing its border": a closure considered, not denied
_NOT_RULED_OUT = re.compile(r"\b(?:not|n[’']t)\s+(?:be\s+)?(?:rul\w+\s+out|exclud\w+)\s+(?:\w+\s+){0,2}?$", _I)
_NEW_BUILDING = re.compile(
    r"\bnew\s+(?:[\w-]+\s+){0,4}?(?:complex|terminal|building|facility|hall|lanes?)\s+(?:(?:was|is|has|have)\s+)?(?:\w+\s+)?$", _I
)
# "closed the crossing \"until order is restored\"": what is restored is order, not the crossing
_ORDER_RESTORED = re.compile(
    r"\b" + _ORDER + r"\s+(?:is|was|has\s+been|had\s+been|can\s+be|could\s+be|will\s+be)\s+$",
    _I,
)
_NOT_YET = re.compile(
    r"\b(?:has|have|had)(?:\s+still)?(?:\s+not|n[’']t)(?:\s+yet)?\s+$|"
    # ("The frontiers with Senegal and Guinea-Bissau have yet to reopen")
    r"\b(?:has|have|had|is|are|was|were)\s+(?:still\s+)?yet\s+to\s+(?:be\s+)?$|"
    # ("Chile has postponed the reopening of five crossings", "travellers waiting for the reopening")
    r"\b(?:postpon\w+|delay\w*|defer\w*|put\s+off|push\w*\s+back|wait\w*\s+for|await\w*)\s+(?:the\s+|a\s+|its\s+|their\s+)?$",
    _I,
)
# "are discussing whether to close the border": a closure weighed (elsewhere "whether" leaves nothing stated)
_WEIGHED_WHETHER = re.compile(
    r"\b(?:discuss|weigh|consider|debat|decid|mull|study|studie|examin|assess)\w*\s+whether\s+(?:or\s+not\s+)?to\s+$", _I
)
# "If you cannot get home because ... borders have shut": a case supposed, no event
_IF_CLAUSE = re.compile(r"(?:^|[^\w])(?:if|unless)\s+(?!necessary\b|needed\b|required\b|need\s+be\b)[^.;,:]{0,80}$", _I)
_NEGATED = re.compile(
    # (quoted or not: 'it has "no intention" of closing its side')
    # ("had taken no decision to close the border")
    r"\b(?:no\s+plans?[\"”’']?\s+to|no\s+intention[\"”’']?\s+(?:of|to)|(?:taken|made|reached|took)\s+no\s+decision\s+to|rul\w+\s+out|deni\w+\s+(?:any\s+)?plans?\s+to|"
    # ("will not hesitate to close": a closure threatened, `_THREAT`)
    # ('India was "not considering" sealing the border': the words quoted)
    r"(?:does|do|did|will|wo|would|could|can|has|have|had|is|are|was|were)(?:\s+[\"“‘]?not|n[’']t)(?!\s+hesitate)"
    r"(?:\s+plan\s+to)?|never)\s+"
    r"(?:(?!(?:but|and|while|although|though)\b)\w+[\"”’]?\s+){0,2}?$|"
    # "has advised countries against closing borders or restricting travel": advice not to act
    r"\b(?:advis|warn|urg|recommend|caution)\w*\s+(?:[\w-]+\s+){0,3}?against\s+(?:\w+\s+)?$|"
    # "would not follow Finland in closing its border": another's act, not done here
    r"\b(?:not|never|n[’']t)\s+(?:to\s+)?follow\w*\s+(?:[\w’'-]+\s+){0,4}?(?:in|by)\s+$|"
    # "though no crossings were closed", "none of the checkpoints has been shut"
    # ('so nothing there has "closed" today')
    r"\b(?:no|none\s+of\s+(?:the|its|their)|nothing)\s+(?:[\w-]+\s+){0,3}?(?:were|was|is|are|has|have|had|will)(?:\s+be|\s+been)?\s+[\"“]?$|"
    # ("Uzbek officials have announced no closure", "ordered no closure"; "reinforced its posts without restricting
    # traffic")
    r"\b(?:announc|order|decree|report|confirm|plann)\w*\s+no\s+(?:\w+\s+)?$|\bwithout\s+$",
    _I,
)
# "there is no road crossing ... to close", "No date has been set for reopening Gatuna", "within 12 months of the
# border reopening": nothing done
_NOTHING_TO = re.compile(
    r"\bthere\s+(?:is|are|was|were)\s+no\s+[^.;]{0,70}?\bto\s+(?:re-?)?$|"
    r"\bno\s+(?:date|timetable|timeline)\s+(?:has\s+been\s+|had\s+been\s+|was\s+|is\s+)?(?:yet\s+)?(?:set|fixed|given|announced)\s+"
    r"for\s+(?:the\s+)?$|"
    r"\bwithin\s+\w+\s+(?:days?|weeks?|months?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    _I,
)
# Exercises and scenarios are not events: "troops practise sealing the border".
_HYPOTHETICAL = re.compile(r"\b(?:practi[cs]\w*|exercises?|drills?|simulat\w+|rehears\w*|scenarios?)\b", _I)
_NOT_CROSSING = Anchored(re.compile(
    # (not "closed to Cubans without visas": the people turned back, not a visa rule)
    r"(?<!without\s)(?<!without\svalid\s)(?<!lack\s)(?<!lacking\s)\bvisas?\b|\btransit\s+of\b|\btrade\b|\bimports?\b|\bexports?\b|\bpotash\b|\bregistration\b|"
    r"\bairspace\b|\bairports?\b|\bsecurity\s+(?:measures|along)\b|\brazor\s+wire\b|\bfences?\b|"
    r"\b(?:train|rail|railway|bus|coach|ferry|flight)\s+(?:services?|links?|connections?)\b|\bflights\b",
    _I,
))
_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "both": 2,
    "single": 1,
}
_NUM = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_OF_TOTAL = Anchored(re.compile(
    _NUM + r"\s+(?:more\s+|other\s+|additional\s+)?(?:out\s+)?of\s+(?:its\s+|the\s+|their\s+|the\s+country[’']s\s+|"
    r"[A-Z]\w+[’']s\s+)?" + _NUM + r"\b",
    _I,
))
_COUNT = Anchored(re.compile(
    r"(?<![\w-])" + _NUM + r"\s+(?:more\s+|other\s+|additional\s+|remaining\s+|further\s+)?(?:\w+\s+){0,2}?"
    r"(?:border\s+)?(?:crossings?|checkpoints?|crossing\s+points?|border\s+(?:posts|points|stations))\b",
    _I,
))
_ONLY = Anchored(re.compile(
    r"\b(?:its|the|their)\s+(?:only|sole|last(?:\s+(?:open|remaining))?)\s+(?:\w+\s+){0,2}?"
    r"(?:crossing|checkpoint|border\s+crossing|crossing\s+point)\b",
    _I,
))
_OF_THE = re.compile(r"\b(?:of|among)\s+(?:the|its|their|[A-Z][\w-]+[’']s)\s+$", _I)
_ALL_BUT = Anchored(re.compile(r"\ball\s+but\s+" + _NUM + r"\b", _I))
_REMAIN_OPEN = Anchored(re.compile(
    r"\b" + _NUM + r"\s+(?:other\s+|remaining\s+)?(?:\w+\s+){0,2}?(?:crossings?|checkpoints?|"
    r"crossing\s+points?)\s+(?:\w+\s+){0,2}?(?:remain(?:s|ed)?|stay(?:s|ed)?|(?:is|are)\s+still)\s+open|"
    r"\bremaining\s+" + _NUM + r"|\b(?:leaving|leaves)\s+(?:only\s+)?" + _NUM + r"\s+open\b|"
    r"\b(?:leaving|leaves|leave|with)\s+(?:only\s+)?(?:the\s+)?" + _NUM
    + r"\s+(?:other\s+|remaining\s+)?(?:\w+\s+){0,2}?(?:crossings?|checkpoints?|crossing\s+points?)\s+open|"
    r"\b(?:has|have|keeps?|kept)\s+(?:only\s+)?" + _NUM + r"\s+(?:\w+\s+){0,2}?(?:crossings?|checkpoints?)\s+(?:\w+\s+){0,3}?open\b|"
    # "only one crossing on the border with Belarus remains open"
    r"\bonly\s+" + _NUM + r"\s+(?:[\w-]+\s+){0,6}?(?:remains?|stays?|is|are)\s+(?:still\s+|now\s+)?open\b|"
    # "three posts will shut, but the two in the south stay open"
    r"\b" + _NUM + r"\s+(?:(?:in|on|at)\s+the\s+\w+\s+)?(?:will\s+|would\s+)?(?:remain|stay)(?:s|ed)?\s+open\b",
    _I,
))
_NAMED = Anchored(re.compile(
    # (an Arabic article in lower case is part of the name: "the al-Qaim crossing")
    r"((?:(?:al|el|as|ash|ad|ar|an|at|az)-)?(?:[A-ZÀ-Ž][\w’'À-ž-]+(?:\s+|-))+?)(?:border\s+)?(?:crossing(?:\s+point)?|checkpoint|check-point|border\s+post|"
    r"border\s+gate|gate|bridge|pass)\b"
))
# "Raja-Jooseppi, its last open crossing point": a name, then what it is
_NAMED_APPOSITIVE = Anchored(re.compile(
    r"\b((?:[A-ZÀ-Ž][\w’'À-ž-]+(?:\s+|-))*[A-ZÀ-Ž][\w’'À-ž-]+),\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:border\s+)?(?:crossing(?:\s+point)?|checkpoint|border\s+post)\b"
))
_NAME_STOP = frozenset(
    {
        "The",
        "A",
        "Border",
        "Land",
        "Main",
        "Key",
        "Only",
        "Last",
        "New",
        "Two",
        "Four",
        "Six",
        "Friday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Saturday",
        "Sunday",
        "International",
        "Crossing",
        "Checkpoint",
        "Its",
        "This",
        "That",
        "Both",
        "All",
        "Road",
        "Rail",
    }
)


@dataclass(frozen=True)
class _Found:
    action: BorderAction
    start: int
    end: int


def _number(word: str) -> int:
    return _NUMBERS.get(word.lower()) or int(word)


# "lifted the restrictions", "eased the closure": read before the restrictions themselves
_LIFTED = re.compile(
    # ("lifted the entry ban at its border with Austria")
    r"\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|relax(?:es|ed|ing)?)\s+(?:the\s+|its\s+|their\s+|some\s+)?"
    r"(?:(?:entry|transit)\s+)?(?:closures?|restrictions|ban|curbs|blockades?)\b|"
    # "again allowed travellers to cross its border": crossing possible again
    r"\bagain\s+(?:allow|let|permitt?)\w*\s+(?:[\w-]+\s+){0,3}?(?:to\s+)?(?:cross|enter|through|pass)\b|"
    # "farmers ended their blockade of the Medyka crossing": traffic moves again
    r"\bend(?:s|ed|ing)?\s+(?:the\s+|their\s+|its\s+)?blockades?\b",
    _I,
)
_RULERS_IN = re.compile(
    r"\b(?:(?:soldiers|officers|generals|colonels|men|officials|junta|military)\s+(?:who|that)\s+(?:have\s+|had\s+)?(?:seized|took|grabbed)\s+power|"
    r"(?:the\s+)?(?:junta|authorities|rulers|regime|military\s+government))\s+in\s+$",
    _I,
)
_VERB_GAP = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:now\s+|also\s+|again\s+)?", _I)
_ADDRESSEE_BEFORE = re.compile(r"\b(?:informed|notified|assured|reassured|briefed)\s+(?:the\s+)?$", _I)
_CURFEW = re.compile(r"\bcurfews?\b", _I)
_TIME_BEFORE = re.compile(r"\b(?:after|before|since)\s+$", _I)
_ALSO_BEFORE = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been)\s+also\s+$", _I)
_PARTLY_BEFORE = re.compile(r"\b(?:partly|partially|partial)\s+$", _I)
# "... closing the border with Brazil, and his country's border with Colombia may be next"
_NEXT = re.compile(r"\b(?:may|might|could)\s+(?:well\s+)?be\s+next\b", _I)
_ACTION_PATTERNS = (
    (Anchored(_LIFTED, "lift eas relax end again"), BorderAction.OPENED),
    (Anchored(_NEXT, "may might could"), BorderAction.THREATENED_CLOSURE),
    (
        Anchored(
            _RESTRICT,
            "restrict limit only partial clos ban suspend halt stop pedestrian block reduc continue remain open allow admit hold held",
        ),
        BorderAction.RESTRICTED,
    ),
    (Anchored(_OPEN, "re-open reopen resum restor open crossing moving flowing"), BorderAction.OPENED),
    (Anchored(_CLOSE, "clos shut seal suspend halt stop terminat blocked out no none government side country state"), BorderAction.CLOSED),
)


def _actions(text: str) -> list[_Found]:
    found: list[_Found] = []
    for pattern, action in _ACTION_PATTERNS:
        for match in pattern.finditer(text):
            if any(f.start <= match.start() < f.end or match.start() <= f.start < match.end() for f in found):
                continue
            if _ATTRIBUTE_BEFORE.search(text, max(0, match.start() - 6), match.start()) and _CROSSING_AFTER.match(
                text, match.end()
            ):
                continue  # "at the closed border post between Benin and Niger" (a caption): a state, no event
            if _HYPOTHETICAL.search(text[max(0, match.start() - 60) : match.start()]):
                continue
            if (
                match.group(0).lower().endswith("ing")
                and _CLAUSE_OPENS_BEFORE.search(text, max(0, match.start() - 8), match.start())
                and _SUPPOSED_AFTER.match(text, match.end())
            ):
                continue  # "Legal experts said that closing the entire border could be difficult": supposed, not done
            # ("reopen the Adre crossing ..., six months after it shut the route": the closure recapped, not a time)
            recapped = any(f.action == BorderAction.OPENED for f in found) and _ended_closure(
                text, _Found(action, match.start(), match.end())
            )
            if not recapped and (
                _WHEN_IT.search(text, max(0, match.start() - 40), match.start())
                or (
                    _WHEN_THE.search(text, max(0, match.start() - 60), match.start())
                    and match.group(0).lower() in _PRESENT_TENSE
                    # (not "until a rapprochement led both governments to reopen it": what was done then)
                    and not _TO_BEFORE.search(text, max(0, match.start() - 4), match.start())
                )
            ):
                continue  # "queues had formed at Salla before it closed", "... once the Narva checkpoint closes": a
                # time told by an event told elsewhere
            if _NOT_RULED_OUT.search(text, max(0, match.start() - 40), match.start()):
                considered = BorderAction.THREATENED_CLOSURE if action == BorderAction.CLOSED else action
                found.append(_Found(considered, match.start(), match.end()))
                continue  # "is not ruling out closing its border": a closure considered
            if action == BorderAction.OPENED and _NEW_BUILDING.search(text, max(0, match.start() - 60), match.start()):
                continue  # "a new border complex opens at Bagratashen": a building at a crossing already in use
            if (
                action == BorderAction.OPENED
                and _WHICH_BEFORE.search(text, max(0, match.start() - 30), match.start())
                and _IN_A_YEAR.match(text, match.end())
            ):
                continue  # "the Second Friendship Bridge, which opened in 2019 and ...": when it was built
            if action == BorderAction.OPENED and (
                _ORDER_RESTORED.search(text, max(0, match.start() - 30), match.start())
                or _NOT_A_CROSSING_BEFORE.search(text, max(0, match.start() - 40), match.start())
            ):
                continue
            planned = _PLANNED_BEFORE.search(text, max(0, match.start() - 30), match.start()) or _ACTION_NOUN.fullmatch(
                text, match.start(), match.end()
            )
            if _ACTION_NOUN.fullmatch(text, match.start(), match.end()) and _AIM_AFTER.match(text, match.end()):
                continue  # "said full reopening of the frontier to people and goods remained its aim": wanted, not done
            if _ACTION_NOUN.fullmatch(text, match.start(), match.end()) and _SUPPOSED_NOUN_AFTER.match(text, match.end()):
                continue  # "A longer closure of regional borders would quickly hit fuel supplies": supposed, not done
            if planned and _PLAN_DROPPED_AFTER.match(text, match.end()):
                if action == BorderAction.OPENED:  # "would reopen in phases, but the plan was suspended": still closed
                    found.append(_Found(BorderAction.CLOSED, match.start(), match.end()))
                continue
            if action == BorderAction.CLOSED and _PLAN_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue  # "the plan was suspended": no crossing
            if (
                action == BorderAction.OPENED
                and _UNTIL_A_TIME.match(text, match.end())
                and _NEGATED.search(text, max(0, match.start() - 40), match.start())
            ):
                found.append(_Found(BorderAction.OPENED, match.start(), match.end()))
                continue  # "It was not fully reopened until 1986": it reopened then
            if action == BorderAction.OPENED and _NOT_YET.search(text, max(0, match.start() - 30), match.start()):
                found.append(_Found(BorderAction.CLOSED, match.start(), match.end()))
                continue  # "have not reopened their post at Gaya": still closed
            if action == BorderAction.CLOSED and _WEIGHED_WHETHER.search(text, max(0, match.start() - 40), match.start()):
                found.append(_Found(BorderAction.THREATENED_CLOSURE, match.start(), match.end()))
                continue
            if _IF_CLAUSE.search(text[max(0, match.start() - 90) : match.start()]):
                continue
            if _NOTHING_TO.search(text, max(0, match.start() - 90), match.start()):
                continue
            if _NEGATED.search(text, max(0, match.start() - 40), match.start()) or unstated(text, match.start()):
                continue  # "has no plans to close its border", "ruled out closing", "rumours that ... were false"
            if not_done(text, match.start(), asked=True):
                continue  # "have been pressing the administration to open the borders", "refused to reopen": not done
            if action == BorderAction.OPENED and (
                _SUGGESTED.search(text, max(0, match.start() - 30), match.start())
                or _WISHED.search(text, max(0, match.start() - 30), match.start())
                or _WISHED_DONE.search(text, max(0, match.start() - 40), match.start())
            ):
                continue  # "said more crossing points should be opened", "want to reopen their frontier": not done
            if _ACTION_NOUN.fullmatch(text, match.start(), match.end()) and (
                _CONFIRMED.search(text, max(0, match.start() - 30), match.start()) or _OF_THIS.match(text, match.end())
            ):
                continue  # "confirmed the reopening", "has as much to lose with the closure of this border": told before
            kept_closed = _KEPT_CLOSED.search(text, max(0, match.start() - 50), match.start())
            # ("could close Paso Canoas to Costa Rican cargo": a partial closing threatened is a threat)
            closing = action == BorderAction.CLOSED or (
                action == BorderAction.RESTRICTED and _CLOSING_VERB.match(text, match.start()) is not None and _threatened(text, match.start())
            )
            if closing and not kept_closed and (
                _threatened(text, match.start())
                or _WISHED.search(text, max(0, match.start() - 30), match.start())  # "wants to close": considered
                or _CONSIDERED_AFTER.match(text, match.end())
                or (
                    _WOULD_BEFORE.search(text, max(0, match.start() - 20), match.start())
                    and _ON_CONDITION_AFTER.match(text, match.end())
                )
            ):
                action_here = BorderAction.THREATENED_CLOSURE
            elif action == BorderAction.CLOSED and (
                _excepted(text, match.end())
                or (
                    (part_time := _PART_TIME.search(text, match.end(), match.end() + 80)) is not None
                    # (not "shut until further notice and imposed a curfew from 7pm to 6am": the curfew's hours)
                    and not _CURFEW.search(text, match.end(), part_time.start())
                )
            ):
                action_here = BorderAction.RESTRICTED
            elif pattern.pattern is _LIFTED and _PARTLY_BEFORE.search(text, max(0, match.start() - 14), match.start()):
                action_here = BorderAction.RESTRICTED  # "has partly relaxed the restrictions": some still turned back
            elif action == BorderAction.OPENED and _STILL_TURNED_BACK.match(text, match.end()):
                action_here = BorderAction.RESTRICTED  # "trucks resumed crossing, but travellers are still turned back"
            else:
                action_here = action
            # (a partial closing threatened is told by its verb alone: "could close Paso Canoas to Costa Rican cargo")
            threatened_part = action == BorderAction.RESTRICTED and action_here == BorderAction.THREATENED_CLOSURE
            end = (_CLOSING_VERB.match(text, match.start()) or match).end() if threatened_part else match.end()
            found.append(_Found(action_here, match.start(), end))
    # "reopened its border after a three-year closure", "if the closure is not reversed": beside a verb that acts,
    # the noun names an earlier or hypothetical state, not a second event.
    # ("they were reopening the frontiers": a verb with its object)
    # (a closure recapped as what a reopening ends is an event of its own: "ending a closure that began in 2011")
    verbs = [
        f
        for f in found
        if not _ACTION_NOUN.fullmatch(text, f.start, f.end)
        or _VERB_OBJECT.match(text, f.end)
        or _ended_closure(text, f)
    ]
    if verbs and len(verbs) < len(found):
        found = verbs
    # "partially reopened the crossing, allowing only trucks to pass": the opening's terms, not a restriction of
    # its own (a reopening for some traffic is a reopening); "reopened two crossings and restricted a third" acts twice
    found = [
        f
        for f in found
        if not (
            f.action == BorderAction.RESTRICTED
            and not _RESTRICTING_VERB.match(text, f.start)
            and any(
                o.action == BorderAction.OPENED and _SAME_CLAUSE.fullmatch(text, o.end, f.start) is not None
                for o in found
            )
        )
    ]
    return sorted(found, key=lambda f: f.start)


_RESTRICTING_VERB = re.compile(r"(?:restrict|limit|clos|ban|suspend|halt|stopp|block|reduc|shut)\w*(?:ed|s)\b", _I)
_SAME_CLAUSE = re.compile(r"[^.;]{0,80}")  # (fullmatch: no end of sentence or clause in between)


_WHEN_IT = re.compile(
    r"\b(?:before|after|since|until|till|when|once|while)\s+(?:it|they|the\s+(?:border|crossing|frontier|route|bridge|pass)(?:s|es)?)\s+"
    # ("... through unofficial paths while the pass is closed": a state the time is told by)
    r"(?:was\s+|were\s+|had\s+(?:been\s+)?|has\s+(?:been\s+)?|is\s+(?:still\s+)?|are\s+(?:still\s+)?|remains?\s+)?$",
    _I,
)
# "five other crossings expected to remain open once the Narva checkpoint closes": a time in the future
_WHEN_THE = re.compile(r"\b(?:once|until|till|when|as\s+soon\s+as)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,6}?$", _I)
# ("once the Narva checkpoint closes", "as soon as the Aranyaprathet and Hat Lek checkpoints reopen")
_TO_BEFORE = re.compile(r"\bto\s+$", _I)
_PRESENT_TENSE = {"closes", "opens", "reopens", "shuts", "reopen", "close"}
# ("was ready to open its border": offered, not done; a closure so offered is threatened, `_THREAT`)
_WISHED = re.compile(
    r"\b(?:want\w*|wish\w*|hop(?:e|es|ed|ing)|seek\w*|sought|aim\w*|desir\w+|ready|prepared|willing)\s+to\s+(?:\w+\s+)?$", _I
)
# ("Afghanistan wanted the crossing reopened quickly": a wish for what is not done)
# ("hoped the border would reopen quickly")
_WISHED_DONE = re.compile(r"\b(?:want\w*|wish\w*|hop(?:e|es|ed|ing)(?:\s+that)?)\s+(?:the|its|their|it|them)\s+(?:[\w-]+\s+){0,5}?$", _I)
_BLOCKERS_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:protesters|farmers|hauliers|carriers|truckers|truck\s+drivers|drivers|demonstrators|activists)\b", _I
)
_MESSAGE_FROM = re.compile(
    r"\b(?:note|letter|notice|notification|message|statement|notes)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?$", _I
)
_SAYING = re.compile(r"\s+(?:saying|stating|announcing|informing|notifying|that)\b", _I)
_OF_THIS = re.compile(r"\s+of\s+(?:this|that|these|those)\s", _I)
_SUGGESTED = re.compile(r"\b(?:should|ought\s+to|could|might|may)\s+(?:\w+\s+)?(?:be\s+)?$", _I)
# ("called the closures 'unfriendly steps'", "condemned the closure": a reaction to one told before)
_CONFIRMED = re.compile(
    r"\b(?:confirm\w*|report\w*|welcom\w*|not(?:ed|ing)|call(?:s|ed|ing)?|condemn\w*|critici[sz]\w*|denounc\w*|"
    r"slam\w*|decr(?:y|ied|ies)|lament\w*|protest\w*|(?:respond\w*|react\w*)\s+to)\s+(?:the\s+)?$",
    _I,
)
_WHICH_BEFORE = re.compile(r",\s*(?:which|that)\s+(?:was\s+|were\s+|first\s+|was\s+first\s+)?$", _I)
_IN_A_YEAR = re.compile(r"\s+in\s+(?:the\s+)?(?:1[89]|20)\d\ds?\b", _I)
_ATTRIBUTE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", _I)
# ("a sealed and partly mined frontier": another attribute between)
_CROSSING_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+(?:partly\s+|partially\s+|heavily\s+)?[\w-]+)?\s+(?:border\s+)?(?:posts?|crossings?|checkpoints?|"
    r"borders?|frontiers?|gates?)\b",
    _I,
)
_AIM_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:remain(?:s|ed)?|is|was|would\s+be)\s+(?:still\s+)?(?:its|their|the|our|his|her)\s+(?:\w+\s+)?(?:aim|goal|objective|target|demand)\b",
    _I,
)
_ACTION_NOUN = re.compile(r"closures?|reopening|shutdown", _I)
_SUPPOSED_NOUN_AFTER = re.compile(r"(?:\s+of\s+[^.;,]{1,60}?)?\s+(?:would|could|might)\s+(?!have\b)", _I)
_VERB_OBJECT = re.compile(r"\s+(?:the|its|their|all|some|several|both)\s|\s+(?:it|them)\b", _I)  # ("reopening it")
_ENDED_CLOSURE = re.compile(r"\b(?:ending|ended|ends|end\s+to|lifting|lifted)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?$", _I)
_AFTER_IT = re.compile(r"\b(?:after|since)\s+(?:it|they)\s+(?:had\s+)?$", _I)


def _ended_closure(text: str, found: _Found) -> bool:
    """A closure recapped as what a reopening ends ("ending a closure that began in 2011", "six months after it shut
    the route"): an event of its own."""
    return found.action == BorderAction.CLOSED and (
        _ENDED_CLOSURE.search(text, max(0, found.start - 30), found.start) is not None
        or _AFTER_IT.search(text, max(0, found.start - 30), found.start) is not None
    )


_NUMBERED = re.compile(r"[ -]?\d{1,2}\b")


def _numbered_end(text: str, end: int) -> int:
    """How many characters of a crossing's number follow its name ("Narva-2", "Kuźnica 2")."""
    match = _NUMBERED.match(text, end)
    return match.end() - end if match else 0


def _crossing_names(text: str, actors: list[Actor], in_text: _Known) -> list[str]:
    # ("Narva-2": the gazetteer knows Narva; the text's numbered crossing is named verbatim; "Medyka-Shehyni" names
    # one crossing by both its sides)
    spans: list[tuple[int, int, set[str]]] = []
    for start, end, crossings in in_text:
        ids = {c.id for c in crossings}
        if spans and text[spans[-1][1] : start] in ("-", "–", "/") and ids & spans[-1][2]:
            spans[-1] = (spans[-1][0], end, ids)
        else:
            spans.append((start, end, ids))
    names = list(dict.fromkeys(text[start : end + _numbered_end(text, end)] for start, end, _ids in spans))
    country_spans = [(a.start, a.end) for a in actors]
    for match in (*_NAMED.finditer(text), *_NAMED_APPOSITIVE.finditer(text)):
        name = _without_stop_words(match.group(1))
        if not name or any(s <= match.start(1) < e for s, e in country_spans):
            continue
        if len(name) > 2 and name not in names and not any(name in n or n in name for n in names):
            names.append(name)
    # "reopen its border with Somalia at Mandera, Liboi and Lamu": the places the border is crossed at
    for match in _BORDER_AT.finditer(text):
        for name in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group(1)):
            at = match.start(1) + match.group(1).find(name)
            if name and not any(name in n or n in name for n in names) and not any(s <= at < e for s, e in country_spans):
                names.append(name)
    # "the closures of Koidula and Luhamaa": a name listed with a known crossing is one too
    for start, end, _crossings in in_text:
        for listed in (_LISTED_BEFORE.search(text, max(0, start - 40), start), _LISTED_AFTER.match(text, end)):
            if listed is None:
                continue
            name = _without_stop_words(listed.group("name"))  # ("The Šumskas and Tverečius crossings")
            at = listed.start("name")
            if name and name not in names and not any(s <= at < e for s, e in country_spans):
                names.append(name)
    return sorted(names, key=text.find)


def _without_stop_words(words: str) -> str:
    """A name without the words that open a sentence or a phrase before it ("The", "Border")."""
    kept = [w for w in re.split(r"\s+", words.strip()) if w]
    while kept and kept[0] in _NAME_STOP:
        kept.pop(0)
    return " ".join(kept).strip("- ")


_BORDER_AT = re.compile(
    r"\b(?:borders?|frontiers?|crossings?|checkpoints?)\s+(?:with\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+|of\s+){1,4})?at\s+"
    r"([A-ZÀ-Ž][\w’'À-ž-]+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-ZÀ-Ž][\w’'À-ž-]+)*)"
)
_NAME_WORD = r"[A-ZÀ-Ž][\w’'À-ž-]+(?:\s+(?:(?:de|del|da|do|la|van|von)\s+)*[A-ZÀ-Ž][\w’'À-ž-]+)*"
_LISTED_BEFORE = re.compile(r"\b(?P<name>" + _NAME_WORD + r")(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)$")
_LISTED_AFTER = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)(?P<name>" + _NAME_WORD + r")\b")


def _counts(text: str, action: BorderAction) -> tuple[int | None, int | None, int | None]:
    affected = total = remaining = None
    of_total = _OF_TOTAL.search(text)
    if of_total and _STILL_OPEN.match(text, of_total.end()):
        # "only two of the seven crossings ... remain open": what is left open, of all there are
        remaining, total = _number(of_total.group(1)), _number(of_total.group(2))
        return (total - remaining if total > remaining else None), total, remaining
    if of_total:
        affected, total = _number(of_total.group(1)), _number(of_total.group(2))
    elif _ONLY.search(text):
        affected, total = 1, None
    else:
        count = _COUNT.search(text)
        if (
            count
            and _OF_THE.search(text, max(0, count.start() - 30), count.start())
            and not re.search(r"\b(?:other|remaining|more|additional|further)\b", count.group(0), _I)
        ):
            total = _number(count.group(1))  # "Of the six crossings on the border, ...": all there are
        elif count and not _REMAIN_OPEN.pattern.search(text[count.start() : count.end() + 30]):
            affected = _number(count.group(1))
    all_but = _ALL_BUT.search(text)
    if all_but:
        remaining = _number(all_but.group(1))
        affected = None if action != BorderAction.RESTRICTED else affected
    open_match = _REMAIN_OPEN.search(text)
    if open_match:
        remaining = _number(next(g for g in open_match.groups() if g))
        count = _COUNT.search(text)
        if count and open_match.start() <= count.start() < open_match.end() and of_total is None:
            affected = None  # "has one border crossing open": the count is of what stays open
        if affected is not None and total is None and remaining is not None and "other" in open_match.group(0):
            total = affected + remaining
    if remaining is None and affected is not None and total is not None and _REST_OPEN.search(text):
        remaining = total - affected  # "closed two of six crossings ... use the remaining open crossings"
    return affected, total, remaining


_LEFT_OPEN = re.compile(
    r"\b(?:leaving|leaves|leave|with|keeping|keeps|keep)\s+(?:only\s+)?(?:the\s+)?[^.;]{1,80}?\b(?:crossings?|checkpoints?|crossing\s+points?)?"
    r"\s*open\b|"
    # "the remaining open crossings are Terespol and Kukuryki", "the crossings still open are ..."
    r"\b(?:remaining\s+open|only\s+open|still[\s-]open)\s+(?:border\s+)?(?:crossings?|checkpoints?|crossing\s+points?)\s+"
    r"(?:are|is|include)\s+[^.;]{1,80}|\b(?:crossings?|checkpoints?)\s+(?:still\s+|that\s+remain\s+)?open\s+(?:are|is|include)\s+[^.;]{1,80}|"
    # "closed all of its official land crossings with Syria except Masnaa": the one named is left open
    r"\bexcept(?:\s+for)?\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?",
    _I,
)
_STILL_OPEN = re.compile(
    r"[^.;]{0,60}?\b(?:remain(?:s|ed)?|stay(?:s|ed)?|(?:is|are|were|was)\s+(?:still\s+)?)\s*open\b", _I
)
_NAMED_STILL_OPEN = re.compile(r"\s+(?:crossing\s+|checkpoint\s+)?(?:remains?|stays?|is\s+still|are\s+still|will\s+stay|will\s+remain)\s+open\b", _I)
_REST_OPEN = Anchored(re.compile(
    r"\b(?:remaining|other)\s+(?:open\s+)?(?:border\s+)?(?:crossings|checkpoints|crossing\s+points)\b|"
    r"\b(?:the\s+)?(?:rest|others)\s+(?:remain|stay)\w*\s+open\b",
    _I,
))


_REPORTS_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+(?:said|says|say|announced|reported|report|confirmed|told|stated)\b", _I)
_SPEAKS_AFTER = re.compile(r"(?:[’']s)?" + _REPORTS_AFTER.pattern, _I)  # ("Ukraine's ambassador said")
_SAID_AFTER = re.compile(r"\s+(?:said|says|announced|reported|confirmed|stated)\b", _I)  # "..., Lithuania said"
_ON_THE = re.compile(r"\bon\s+the\s+$", _I)
_SIDE = re.compile(r"\s+side\b", _I)
_NAMED_ON_SIDE = re.compile(r"\b(?:known|called|named)\s+on\s+the\s+$", _I)
# ("the crossing at Kodjoviakopé (Aflao on the Ghanaian side) was shut": the other side's name for it, no actor)
_ON_A_SIDE_AFTER = re.compile(r"\s+on\s+the\s+[\w-]+\s+side\b", _I)
_OTHER_NAME_ASIDE = re.compile(r"\(\s*(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+on\s+the\s+$", _I)
_SIDE_PREPOSITION_BEFORE = re.compile(r"\b(?:with|to|from|into|on|at)\s+(?:the\s+)?$", _I)  # ("on the Afghan side")
_BETWEEN_BEFORE = re.compile(r"\b(?:between|among)\s+(?:the\s+)?(?:[\w’'-]+\s+(?:and|&)\s+)?$", _I)
_SIDE_NOUN_AFTER = re.compile(r"\s+(?:side|border|frontier|territory|soil|crossings?|checkpoints?)\b", _I)
# ("they reversed part of that decision and reopened ...": the second verb of the pronoun's clause)
_PRONOUN_ACTS = re.compile(
    r"\b(?:they|it)\s+(?:(?:have|has|had|will|would|was|were|is|are)\s+)?(?:\w+ly\s+)?(?:\w+ed\s+(?:[\w-]+\s+){0,8}?and\s+)?$", _I
)
_CROSSING_INTO = re.compile(r"\b(?:crossings?|checkpoints?|gates?|bridges?|posts?)\s+into\s+(?:the\s+)?$", _I)
_LEAVING = re.compile(r",\s+(?:leaving|which\s+leaves)\b", _I)
# "rerouting lorries to Medininkai": where the traffic goes instead is open
_ROUTED_TO = re.compile(r"\b(?:re-?rout|divert|redirect)\w*\s+(?:[\w-]+\s+){0,3}?(?:to|towards|via|through)\s+(?:the\s+)?$", _I)


_ITS_OPENS = re.compile(r"\W*(?:its|their)\s", _I)
_LATER_CLAUSE = re.compile(r"\b(?:after|when|as|since|because|while|whereas|before|following)\s+(?!(?:the\s+)?(?:closure|reopening)\b)", _I)


def _pairs(
    view: SentenceView,
    found: _Found,
    ctx: ArticleContext,
    in_text: _Known,
    until: int | None = None,
    since: int = 0,
) -> tuple[list[tuple[str, str]], bool]:
    """(country acting on its crossings, neighbour) pairs for one action in one sentence (`in_text`: the known
    crossing names the sentence holds; `until`: where the sentence's next, different action starts, past which a
    list of neighbours is that action's; `since`: where this action's own clause starts, before which neighbours
    are the action's before), and whether the sentence names no side that acts (the side is guessed)."""
    text = view.text
    actors = view.actors
    if _NEIGHBOURS_ACT.search(text, max(0, found.start - 40), found.start):
        return [], False  # "Mali's neighbours shut borders", "as neighbours shut checkpoints": states not named act
    if _PASSIVE_BEFORE.search(text, max(0, found.start - 30), found.start) and _NEIGHBOURS_ACT_AFTER.match(text, found.end):
        return [], False  # "Burundi's frontiers were closed as three of its neighbours moved ...": they act, unnamed
    # "an Israeli airstrike ... led to its closure": whoever struck did not close the crossing
    # ("after talks between the Pakistani and Afghan authorities, the border was reopened": neither side acts)
    acting = [
        a
        for a in actors
        if a.start < found.start
        and a.role in (Role.GOVERNMENT, Role.AGENT)
        and not _ATTACKER.match(text, a.end)
        # ('"If we see Russia starting to push migrants ..., we are ready to close Narva"': the speaker's side acts)
        and not _WE.search(text, a.end, found.start)
        and not _BETWEEN_BEFORE.search(text, max(0, a.start - 40), a.start)
        and not _ISLANDS_OF.search(text, max(0, a.start - 80), a.start)
        # (not the government told: "Thailand's ambassador informed Malaysia that all nine Thai checkpoints ...")
        and not _ADDRESSEE_BEFORE.search(text, max(0, a.start - 20), a.start)
    ]
    # "..., as happened in Finland, which has shut ...": a relative clause acts for its antecedent.
    relative = [
        a
        for a in actors
        if a.start < found.start
        and (
            # (not a passive clause about the border: "land borders with ... Guinea-Bissau, which had been closed")
            (
                # ("blames the Kazakh side, which it says halted passage": that side)
                re.fullmatch(r"(?:\s+side)?,?\s*(?:which|who|that)\s+(?:\w+\s+){0,3}", text[a.end : found.start], _I)
                and not re.search(r"\b(?:been|was|were|is|are)\s+$", text[a.end : found.start], _I)
            )
            # "Rwanda, which Kinshasa accuses of backing the rebels, closed ...": the clause's own subject does not act
            or _ENCLOSED_RELATIVE.fullmatch(text, a.end, found.start)
        )
        # "the crossing with Y, which caused it to close": the clause is about the crossing, not the other side
        # ("Its frontiers with Nigeria and Benin, which are both ECOWAS members, remain closed": the list's last)
        and not re.search(
            r"\b(?:with|to|from|into)\s+(?:the\s+)?(?:[\w-]+\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?){0,4}$",
            text[max(0, a.start - 60) : a.start],
            _I,
        )
    ]
    if relative:
        acting = relative
    # "The Afghan side of Torkham remained closed, Pakistani officials said": the side named as the subject acts
    subject_side = [
        a
        for a in actors
        if a.start < found.start
        and a.kind == "demonym"
        and _SIDE.match(text, a.end)
        and not _SIDE_PREPOSITION_BEFORE.search(text, max(0, a.start - 12), a.start)
    ]
    if subject_side and not acting:
        acting = subject_side[-1:]
    # "Montenegro ... keeps Serbia shut to travellers": the state kept shut is the other side, not the one acting
    kept_shut = [a for a in acting if a.end <= found.start <= a.end + 2 and _KEEPS_BEFORE.search(text, max(0, a.start - 12), a.start)]
    acting = [a for a in acting if a not in kept_shut]
    # "Polish protesters were blocking trucks": people of a country blocking its side, whoever reports it
    blockers = [
        a for a in actors if a.start < found.start and a.kind == "demonym" and _BLOCKERS_AFTER.match(text, a.end)
    ]
    if blockers:
        acting = blockers[-1:]
    # "received a note from Russia saying the Narva crossing would close": what a government's message says it does
    message = [
        a
        for a in actors
        if a.start < found.start and _MESSAGE_FROM.search(text, max(0, a.start - 60), a.start) and _SAYING.match(text, a.end)
    ]
    if message:
        acting = message[-1:]
    # The subject nearest the verb acts ("the Estonian ministry said Russia plans to close"), with its list.
    if acting:
        group = [acting[-1]]
        for actor in reversed(acting[:-1]):
            if re.fullmatch(r"\s*(?:,|and|or|&|,\s*and)\s*(?:the\s+)?", text[actor.end : group[0].start], _I):
                group.insert(0, actor)
            else:
                break
        acting = group
    # "by Finland" after a passive verb names the actor too, as does "by the Border Service of Kazakhstan"
    agents = [a for a in actors if a.start > found.start and _BY_AGENT.search(text, max(0, a.start - 90), a.start)]
    if agents and all(_SPEAKS_AFTER.match(text, a.end) for a in acting):
        acting = []  # "Ukraine's ambassador said the blocking ... by Polish carriers": the speaker does not act
    if agents and all(_OWNS_CROSSING.match(text, a.end) for a in acting):
        acting = []  # "Armenia's frontier with Turkey has been kept closed by Ankara": the agent acts, not the owner
    acting += agents
    # "..., leaving Terehova as the only open crossing into Russia": what is left names other borders
    leaving = _LEAVING.search(text, found.end)
    if leaving is not None:
        until = leaving.start() if until is None else min(until, leaving.start())
    with_side = [
        a
        for a in actors
        if a not in acting
        and (until is None or a.start < until)
        and a.start >= since
        # ("closed the frontier ..., days after Iraqi troops rolled into Kuwait": a clause of its own)
        and not (a.start > found.end and _LATER_CLAUSE.search(text, found.end, a.start))
        and (
            (
                re.search(r"\b(?:with|to|from|into)\s+(?:neighbou?ring\s+|the\s+)?(?:islands?\s+of\s+)?$", text[max(0, a.start - 40) : a.start])
                # (a people's adjective is a side only as "the Polish side": not "suffering from Russian aggression")
                and (a.kind != "demonym" or _SIDE_NOUN_AFTER.match(text, a.end))
            )
            # "the frontiers with five neighbours: Algeria, ...": the list the neighbours are named in
            or _NEIGHBOURS_LISTED.search(text, max(0, a.start - 50), a.start)
        )
    ]
    if kept_shut:
        with_side = kept_shut
    owners = [
        a
        for a in actors
        if _BORDERS_OF.search(text, max(0, a.start - 30), a.start)
        or re.match(
            r"^(?:[’']s)?[\s\-–—]+(?:\w+[\s\-–—]+){0,2}?(?:border|crossings?|checkpoints?|"
            r"frontier|friendship\s+bridge)",
            text[a.end : a.end + 30],
            _I,
        )
    ]
    # "the border reopened on the Beninese side is closed on the Niger side": the side named right after the action
    on_side = [
        a
        for a in actors
        if found.end <= a.start <= found.end + 30
        and _ON_THE.search(text, max(0, a.start - 8), a.start)
        and _SIDE.match(text, a.end)
        # (not "the Habur gate, known on the Iraqi side as Ibrahim Khalil": what the other side calls it)
        and not _NAMED_ON_SIDE.search(text, max(0, a.start - 20), a.start)
    ]
    # "the soldiers who seized power in Ouagadougou reopened ...": the rulers of the place named right before the verb
    ruled = [
        a
        for a in actors
        if a.end <= found.start
        and _RULERS_IN.search(text, max(0, a.start - 60), a.start)
        and _VERB_GAP.fullmatch(text, a.end, found.start)
    ]
    candidates_actor = (
        [a.iso2 for a in acting]
        or [a.iso2 for a in ruled[-1:]]
        or [a.iso2 for a in on_side[:1]]
        or [a.iso2 for a in owners if a not in with_side]
    )
    if not acting and len(set(candidates_actor)) > 1:
        # "traffic on the Thai-Lao border was stopped": no actor named; the side that acted last in the article,
        # else the side named first
        last = ctx.border_pair[0] if ctx.border_pair else None
        candidates_actor = [last] if last in candidates_actor else candidates_actor[:1]
    if not candidates_actor and ctx.border_pair and _ITS_OPENS.match(text):
        # "... reopened the country's borders with A, B and C. Its frontiers with D and E remain closed.": the state
        # that acted just before
        candidates_actor = [ctx.border_pair[0]]
    if not candidates_actor:
        # "Polish hauliers block ...": a country named before the verb, else a named crossing's own side.
        candidates_actor = [
            a.iso2
            for a in actors
            if a.start < found.start
            and a.role == Role.OTHER
            and a not in with_side
            and not _ATTACKER.match(text, a.end)
            and not _WE.search(text, a.end, found.start)
            and not _DESCRIBED_BY.search(text, max(0, a.start - 30), a.start)
            and not _OTHER_NAME_ASIDE.search(text, max(0, a.start - 40), a.start)
            # ("the main road link between Arica and La Paz": an end of a route, not a side that acts)
            and not _BETWEEN_BEFORE.search(text, max(0, a.start - 40), a.start)
        ]
    if not acting and not owners:
        # "The border with Belarus was closed on Tuesday, Lithuanian officials said": the government that reports it
        # (before the countries a relative clause names: "The Kapikule crossing, which links Turkey and Bulgaria, ...")
        reporters = [
            a.iso2
            for a in actors
            if a.start > found.end
            and (a.role == Role.GOVERNMENT or (a.role == Role.AGENT and _SAID_AFTER.match(text, a.end)))
            and a not in with_side
            and _REPORTS_AFTER.match(text, a.end)  # (not "after a surety from the Afghan government was provided")
        ][:1]
        candidates_actor = reporters or candidates_actor
    named = [c for _start, _end, crossings in in_text for c in crossings]
    # (not a name given for the other side: "Kodjoviakopé (Aflao on the Ghanaian side) was shut")
    own_names = [
        (start, end, c)
        for start, end, c in in_text
        if not (text[max(0, start - 2) : start].strip() == "(" and _ON_A_SIDE_AFTER.match(text, end))
    ]
    if not candidates_actor and ctx.border_pair and _ALSO_BEFORE.search(text, max(0, found.start - 12), found.start):
        # "Myanmar closed the pass at Tachileik. ... the Myawaddy crossing was also closed": the side that just acted
        candidates_actor = [ctx.border_pair[0]]
    if not candidates_actor and own_names:
        # "Kapitan Andreevo was shut": a crossing named by its other side's name is that side's
        first_start, first_end, (first, *_rest) = own_names[0]
        by_other_name = folded_key(text[first_start:first_end]) == folded_key(first.name_other_side or "")
        # ("closed the Rafah crossing into the Gaza Strip": the side it leads into is the other one)
        into_own_side = any(a.iso2 == first.country and _CROSSING_INTO.search(text, max(0, a.start - 40), a.start) for a in actors)
        candidates_actor = [first.neighbour if by_other_name or into_own_side else first.country]
        if (
            any(_POST_AFTER.match(text, end) for _start, end, _c in own_names)
            and ctx.border_pair
            and {ctx.border_pair[0], ctx.border_pair[1]} == {first.country, first.neighbour}
        ):
            # ("Jordan closed Karameh to new arrivals. ... The Karameh post would reopen on Thursday": a post named
            # bare goes on with the side that acted at that border)
            candidates_actor = [ctx.border_pair[0]]
    between = (
        re.search(r"\bbetween\s+(?:the\s+)?$", text[max(0, actors[0].start - 12) : actors[0].start]) if actors else None
    )
    if not candidates_actor and between:
        candidates_actor = [actors[0].iso2]
    if not candidates_actor and _PRONOUN_ACTS.search(text, max(0, found.start - 100), found.start):
        # "I would refer you to the Dominican government. ... they have closed their land border with Haiti": the
        # country named last before the sentence; right after a border event, the side that acted in it ("Senegal
        # closed its border with Mali on Monday. It reopened the border on Friday": Senegal, the subject going on)
        sided = {a.iso2 for a in with_side}
        recent = [c for c in reversed(ctx.recent) if c not in sided]
        acted_just_before = ctx.border_pair[0] if ctx.border_pair and ctx.border_at == view.index - 1 else None
        candidates_actor = [acted_just_before] if acted_just_before in recent[:2] else recent[:1]
    if not candidates_actor and not any(a.start < found.start for a in actors) and _UNNAMED_RULERS.search(text, 0, found.start):
        # "The new military leadership announced ... that land and air borders were closed": the rulers of the
        # country the story is about (of the side that acted before, where one did: "The Government is prepared to
        # take further measures, including the closure of the remaining crossing point" in Finland's release)
        candidates_actor = [ctx.border_pair[0]] if ctx.border_pair else ctx.main_countries()[:1]
    if not candidates_actor and ctx.border_pair:
        candidates_actor = [ctx.border_pair[0]]
    if (
        not candidates_actor
        and with_side
        and not _ACTION_NOUN.fullmatch(text, found.start, found.end)
        and (crossings := _CROSSINGS_WITH.search(text, max(0, with_side[0].start - 60), with_side[0].start)) is not None
        and not _PLACE_NEAR.search(text, max(0, crossings.start() - 40), crossings.start())
    ):
        # "All land border checkpoints with Cambodia were closed" in a Thai paper: the country the article is about
        # that borders the side named (its people named count: "Thai day-trippers were turned back"); not a place
        # "near the border with Oman"
        sided = {a.iso2 for a in with_side}
        candidates_actor = [c for c in ctx.main_countries(sided) if any(s in neighbours(c) for s in sided)][:1]
    # (the sentence's first action: "will reopen ... after being closed for three years, the two countries said")
    said_by_both = _BOTH_SIDES_AFTER.match(text, found.end) or (
        _BOTH_SAID.search(text, found.end) if found.start == border_actions(text)[0].start else None
    )
    joint = _JOINT.search(text, max(0, found.start - 80), found.start) or said_by_both
    if joint and (not acting or said_by_both):
        # "The two neighbours shut their frontier years ago": both sides act on their own crossings.
        named_pair = list(dict.fromkeys(a.iso2 for a in actors if a.role != Role.CITIZENS))
        crossing_pair = [named[0].country, named[0].neighbour] if named else []  # "Torkham was closed on both sides"
        for candidates in (named_pair[:2], crossing_pair, ctx.recent[-2:], list(ctx.border_pair or ())):
            if len(set(candidates)) == 2:
                a, b = candidates
                if share_land_border(a, b):
                    return [(a, b), (b, a)], False
    # ("the maritime borders with the islands of Curacao, Aruba and Bonaire": sides that meet only at sea)
    at_sea = _MARITIME.search(text) is not None

    def meets(one: str, other: str) -> bool:
        return share_land_border(one, other) or (at_sea and other != one)

    if not with_side and _ONE_OF_ITS.match(text, found.end):
        return [], False  # "has sealed one of its frontiers before": which one, the sentence does not say
    pairs: list[tuple[str, str]] = []
    plural = _PLURAL_BORDERS.search(text, max(0, found.start - 40), found.end + 40) or (
        # "reopened the country's borders ..., three days after closing them"
        _THEM_AFTER.match(text, found.end) and _PLURAL_BORDERS.search(text, max(0, found.start - 150), found.start)
    )
    # "... its border with Georgia, Azerbaijan and Kazakhstan", "... from Guatemala and Belize": the side named
    # after "with" and the rest of its list (not a government that speaks after it: "with Poland and Lithuania said")
    sides = list(with_side)
    if _NEXT.match(text, found.start):  # "his country's border with Colombia may be next": the side just named
        sides = [a for a in sides if a.start < found.start][-1:]
        with_side = sides
    listed = sides[:1]  # the first side named and the rest of its list: one border of several neighbours
    for actor in actors:
        if actor in with_side[1:] and actor.start > listed[-1].end and _SIDES_JOINER.fullmatch(text, listed[-1].end, actor.start):
            listed.append(actor)  # "the frontier with Nigeria or with Benin"
        elif (
            sides
            and actor not in sides
            and actor.start > sides[-1].end
            # (a list ending at the passive verb: "with the islands of A, B, and C have been shut down")
            and (actor.role not in (Role.GOVERNMENT, Role.AGENT) or (actor.role == Role.AGENT and 0 < found.start - actor.end < 40))
            and _SIDES_JOINER.fullmatch(text, sides[-1].end, actor.start)
        ):
            if sides[-1] is listed[-1]:
                listed.append(actor)
            sides.append(actor)
    if not plural:
        sides = listed
    for country in dict.fromkeys(candidates_actor):
        if plural or len(sides) > 1:
            # "Chile will reopen its land borders": every neighbour the sentence, else the article, names
            # "... closed their borders with Russia": the side named after "with", else every neighbour named
            named_here = [a.iso2 for a in sides]
            if plural and not named_here:
                here = [a.iso2 for a in actors if a.role in (Role.PLACE, Role.OTHER)]  # (not a dateline's "Xinhua")
                # (not a people named only by its adjective, "in Korean", nor the place a dateline alone names)
                filed_in = ctx.dateline[1] if ctx.dateline else None
                in_article = [c for c, weight in ctx.focus_counts.items() if weight > (c == filed_in)]
                named_here = here if any(meets(country, c) for c in here) else in_article
            # ("... and Congo": the one that borders it)
            mentioned = [
                c
                for c in dict.fromkeys(bordering_namesake(country, c) for c in named_here)
                if c != country and meets(country, c)
            ]
            if len(mentioned) > 1:
                pairs += [(country, c) for c in mentioned]
                continue
        # The other side, from the most to the least explicit: "with X", an "X border", a named crossing,
        # the pair the article is about, any other place in the sentence, the article's main country.
        others = [a.iso2 for a in with_side if a.iso2 != country] + [a.iso2 for a in owners if a.iso2 != country]
        co_acting = list(dict.fromkeys(a.iso2 for a in acting if a.iso2 != country))
        if len(co_acting) == 1 and _THEIR_AFTER.match(text, found.end):
            # "..., when Algeria and Mauritania opened their first border crossing": the two subjects' own border,
            # before a crossing or a state that another clause names
            others += co_acting
        if len(acting) > 1 and others and not any(meets(country, c) for c in others):
            continue  # "A, B and C closed their borders with D" where C and D do not meet: not a border of C's
        others += [c.neighbour if c.country == country else c.country for c in named if country in c.countries()]
        if (that := _WITH_THAT_COUNTRY.search(text, found.end)) is not None:
            # "amid the violence in the Central African Republic, N'Djamena closed its border with that country": the
            # place named before, not the border the article reported before
            others += [a.iso2 for a in actors if a.start < that.start() and a.iso2 != country and a.role in (Role.PLACE, Role.OTHER)][-1:]
        if ctx.border_pair and country in ctx.border_pair:
            others.append(ctx.border_pair[1] if ctx.border_pair[0] == country else ctx.border_pair[0])
        others += [a.iso2 for a in actors if a.iso2 != country and a.role in (Role.PLACE, Role.OTHER)]
        # "Kyrgyzstan and Tajikistan agreed to reopen their border", "Latvia said Russia had closed ...": the other
        # government named in the sentence
        others += [a.iso2 for a in actors if a.iso2 != country and a.role in (Role.GOVERNMENT, Role.AGENT)]
        side = _SIDE_OF.search(text)
        if side is not None:
            # "the southern border" of the US, "Macedonia closed its southern border"
            toward = side.group(1).lower()
            neighbour = _SIDE_NEIGHBOUR.get((country, toward)) or neighbour_on_side(country, toward)
            if neighbour:
                others.append(neighbour)
        if ctx.border_pair and country not in ctx.border_pair:
            # "Latvia closed the Silene crossing. Lithuania followed suit, shutting two of its checkpoints.": the
            # neighbour of the border event just reported, where it meets this country too
            others.append(ctx.border_pair[1])
        # (the first of the three most named that meets it: "China closed the Chinshwehaw crossing" in a story
        # about Myanmar that names South Korea as often)
        others += ctx.main_countries({country})[:3]
        # ("The Hong Kong government will reopen the Man Kam To control point": the one land neighbour it has)
        if len(lone := neighbours(country)) == 1 and _A_CROSSING.search(text):
            others += lone
        for neighbor in (bordering_namesake(country, c) for c in others):
            if meets(country, neighbor):
                pairs.append((country, neighbor))
                break
    return pairs, not acting and not on_side


_A_CROSSING = re.compile(r"\b(?:crossings?|checkpoints?|control\s+points?|border\s+posts?|crossing\s+points?)\b", _I)
_WITH_THAT_COUNTRY = re.compile(r"\bwith\s+(?:that|this)\s+(?:country|nation|state)\b", _I)
_THEIR_AFTER = re.compile(r"\s+their\s+(?!own\b)", _I)
_OWNS_CROSSING = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:borders?|frontiers?|crossings?|checkpoints?)\b", _I)
_CROSSINGS_WITH = re.compile(
    r"\b(?:crossings?|checkpoints?|check\s+posts?|borders?|frontiers?|border\s+posts?|points?)\s+with\s+(?:the\s+)?$", _I
)
# The words for what crosses a border and for the border itself: an action on them is a border's
_NOT_TRAFFIC = (
    r"(?!(?:traffic|movement|passage|trade|transit|entry|exit|travel|passengers?|people|vehicles?|lorries|trucks?|cars?|"
    r"buses|travell?ers?|pedestrians?|goods|cargo|freight|clearing|processing|handling|crossings?|checkpoints?|posts?|"
    r"points?|gates?|bridges?|sides?|part|parts|section|sections|stretch|length|borders?|frontiers?|queues?|lines?|"
    # (nor the people at the border who act on it: "police at the Dobova railway crossing will only let in ...")
    r"police|guards?|officers?|officials?|authorities|soldiers|troops|staff|reporters?|correspondents?|immigration|"
    r"customs|workers|agents|"
    # (nor a relative clause's subject: "relaxed the restrictions it imposed on its land border")
    r"it|they|he|she|we)\b)"
)
# What an action acts on that is not a crossing, before a place by the border: "closed its schools and offices near the
# Turkish border", "closed its fishing waters near the Russian border" (lower-case words: not a crossing's name)
# ("opened a joint market at the border village of Dostuk"; not "stopped traffic at the border")
_OTHER_OBJECT_NEAR = re.compile(
    r"\s+(?:(?:its|their|the|all|some|several|an?)\s+)?"
    r"(?:" + _NOT_TRAFFIC + r"(?-i:[a-z][\w’'-]*)\s+){1,4}?"
    r"(?:near|along|close\s+to|next\s+to|leading\s+to|by|at|in|on)\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,2}?",
    _I,
)
# ... and what acts or is acted on before the border: "Several shops at the Belarusian border closed"
# (a noun after a determiner, not a verb: "lorries are stuck on the Kyrgyz side")
_OTHER_SUBJECT_NEAR = re.compile(
    r"\b(?:the|its|their|some|several|many|most|all|few|a|an|\d+)\s+(?:[\w’'-]+\s+)?" + _NOT_TRAFFIC
    + r"(?-i:[a-z][\w’'-]*)\s+(?:near|along|close\s+to|next\s+to|by|at|in|on)\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,2}?$",
    _I,
)
_MISSION_WORD = re.compile(r"\b(?:embass(?:y|ies)|consulates?|consular|high\s+commissions?)\b", _I)
_PLACE_NEAR = re.compile(
    r"\b(?:near|close\s+to|along|areas?|zones?|regions?|provinces?|districts?|towns?|villages?)\s+(?:the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    _I,
)
_UNNAMED_RULERS = Anchored(re.compile(
    r"\bthe\s+(?:new\s+|ruling\s+|interim\s+|transitional\s+)?(?:military\s+)?(?:junta|leadership|rulers|regime|"
    r"government|military\s+authorities|coup\s+leaders|putschists|(?:officers|soldiers|generals|colonels)\s+who\s+"
    r"(?:seized|took)\s+power)\b",
    _I,
))
_WE = Anchored(re.compile(r"\bwe\s+(?:\w+\s+){0,3}?(?:ready|prepared|will|would|could|can|may|might|have|had|are|decided|plan)\b", _I))
# "the Rafah crossing, Gaza's only gateway not controlled by Israel, remained shut": who holds it, not who acts
_DESCRIBED_BY = re.compile(
    r"\b(?:controlled|run|operated|held|administered|occupied|built|funded|guarded|managed|patrolled)\s+by\s+(?:the\s+)?$",
    _I,
)
# "the maritime borders with the islands of Curacao, Aruba, and Bonaire have been shut": the islands are the sides
_ISLANDS_OF = re.compile(r"\bwith\s+(?:the\s+)?islands?\s+of\s+(?:[\w’'-]+(?:\s*,\s*|\s+and\s+|,\s+and\s+))*$", _I)
# A border named by its side ("Finland's eastern border", "Macedonia closed its southern border"): the neighbour on
# that side, from the shapes (`neighbour_on_side`); the US-Mexico border lies south-west of the middle of the US.
_SIDE_OF = re.compile(r"\b(southern|northern|eastern|western)\s+(?:land\s+)?(?:borders?|frontiers?)\b", _I)
_SIDE_NEIGHBOUR = {("US", "southern"): "MX"}
_MARITIME = re.compile(r"\b(?:maritime|sea)\s+(?:borders?|frontiers?|crossings?)\b", _I)
_NEIGHBOURS_LISTED = re.compile(
    r"\bwith\s+(?:(?:its|their|the|all|\w+)\s+){0,2}(?:neighbou?rs|neighbou?ring\s+(?:countries|states)|countries|states)"
    r"\s*(?::|,|[—–]|\s-|\(|\s+including|\s+such\s+as|\s+namely)\s*(?:the\s+)?$",
    _I,
)
_ENCLOSED_RELATIVE = re.compile(r",\s*(?:which|who|whom|whose)\s[^,;]{0,80},\s*(?:\w+\s+){0,2}", _I)
_SIDES_JOINER = re.compile(r"\s*(?:,|and|or|&|,\s*and)\s*(?:with\s+)?(?:the\s+)?", _I)
_ATTACKER = re.compile(
    r"\s+(?:(?!(?:said|says|reported|announced|stated|claimed|added)\b)\w+\s+)?"
    r"(?:air\s*strikes?|strikes?|attacks?|shelling|bombing|bombardment|raids?|drones?|missiles?|rockets?)\b",
    _I,
)
_JOINT = Anchored(re.compile(
    r"\b(?:the\s+two|both)\s+(?:countries|nations|neighbou?rs|sides|governments|states|capitals)\b(?:\s+[\w’']+){0,10}\s*$|"
    r"\bneither\s+$",
    _I,
))
# "The border crossing between Jordan and Syria will reopen on Monday, the two countries said": both sides act
_BOTH_SAID = re.compile(
    r",\s+(?:the\s+)?(?:two|both)\s+(?:countries|governments|sides|neighbou?rs|capitals)\s+(?:\w+\s+)?"
    r"(?:said|say|announced|agreed|confirmed|stated)\b",
    _I,
)
# "the Torkham crossing was closed on both sides"
_BOTH_SIDES_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?(?:on|from)\s+both\s+sides\b", _I)
# A clause opening with an action's gerund as its subject, then what it might be: "closing the border could be ..."
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|\bthat\s+|[,;:]\s+)\W*$", _I)
_SUPPOSED_AFTER = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:could|would|might|may)\s+(?:not\s+)?(?:be|prove|have|cause|hurt|cost)\b", _I
)
_KEEPS_BEFORE = re.compile(r"\b(?:keeps?|kept|keeping)\s+$", _I)
_NEIGHBOURS_ACT = re.compile(
    r"\bneighbou?r(?:s|ing\s+(?:countries|states))\s+(?:(?:have|had|also|all|then|now|quickly)\s+)*(?:\w+ly\s+)?$", _I
)
_UNTIL_A_TIME = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?until\s+(?:\d{4}\b|(?:the\s+)?(?:following|next)\b|(?-i:[A-Z])[a-z]+\s+\d{4}\b)", _I
)
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|been|being|are|is)\s+(?:\w+ly\s+)?$", _I)
_NEIGHBOURS_ACT_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:as|after|when|because|by)\s+(?:(?:\w+\s+){1,2}of\s+)?(?:its|their|[\w-]+[’']s)\s+(?:\w+\s+)?"
    r"neighbou?r(?:s|ing\s+(?:countries|states))\b",
    _I,
)
_ONE_OF_ITS = re.compile(r"\s+one\s+of\s+(?:its|their)\s+(?:\w+\s+)?(?:borders|frontiers)\b", _I)
_BORDERS_OF = re.compile(r"\b(?:borders|frontiers)\s+of\s+(?:the\s+)?$", _I)  # "the borders of Chad": Chad's
_THEIR_OWN_SIDE = re.compile(r"\s+their\s+own\s+sides?\b", _I)
_THEM_AFTER = re.compile(r"\s+them\b", _I)
# "its borders", "the country's land, sea and air borders", a headline's "reopens borders": every border of the country
_PLURAL_BORDERS = Anchored(re.compile(
    # (not "sealed one of its frontiers": a border the sentence does not name)
    r"\b(?:(?<!\bone\sof\s)(?:its|their|the\s+(?:country|nation)[’']s)\s+(?:(?:land|sea|air|maritime|external|national)(?:,|\s+and)?\s+){0,3}|"
    r"(?:re-?opens?|closes?|shuts?|seals?)\s+(?:all\s+)?(?:land\s+)?|"
    # ("land and air borders were closed": every border, whoever's the sentence does not say)
    r"(?<!\bthe\s)(?<!\d\s)(?:land|air|sea)\s+(?:(?:,|and)\s*(?:land|air|sea)\s+)*)(?:borders|frontiers)\b"
    # ("the land and air borders of Burkina Faso are closed": every border of the country named after "of")
    r"|\b(?:borders|frontiers)\s+of\s+(?:the\s+)?(?-i:[A-Z])",
    _I,
))


# A known crossing named as what is closed or opened, without a border word: "Pakistan shut Torkham and Chaman",
# "Jordan closed the King Hussein Bridge", "Torkham was reopened". Only verbs that act on a crossing (a town is
# "sealed off"), and only a name right after the verb or its subject right before it.
_CROSSING_VERB = re.compile(r"(?:re-?)?open\w*|clos\w*|shut\w*|resum\w*", _I)
_AT_OPENING = re.compile(r"\W*(?:at|in)\s+(?:the\s+)?", _I)
_TRAFFIC_AT = re.compile(
    # ("restricted the entry of trucks at Colchane", "restricted entry at Torkham")
    r"\s+(?:(?:all\s+)?(?:[\w-]+\s+)?(?:traffic|movement|crossings?|passage|clearance|operations)\s+|"
    r"(?:the\s+)?(?:entry|exit|passage)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?)?(?:at|through|across|via)\s+"
    r"(?:the\s+)?",
    _I,
)
_OBJECT_GAP = re.compile(r"\s+(?:(?:the|both|its|their|key|main|busy|busiest)\s+)*", _I)
_SIDE_OF_BEFORE = re.compile(r"\bside\s+of\s+(?:the\s+)?$", _I)
_IN_TOWN = re.compile(r"\b(?:in|at|near|of|from|to|into|outside)\s+$", _I)
_AT_ASIDE_BEFORE = re.compile(r",\s+(?:at|via|through)\s+$", _I)
_SUBJECT_GAP = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|remains?|remained)\s+(?:\w+ly\s+)?"
    # ("Vaalimaa and Niirala reopened on 14 December": the crossings named as the subject of the verb)
    r"|\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?", _I
)


def _named_objects(text: str, found: _Found, in_text: _Known) -> bool:
    """Whether a known crossing (named at `in_text`) is what the action acts on, named without a border word."""
    # ("suspended all movement at Torkham", "has stopped passenger traffic at Dogharoun": the traffic at a crossing;
    # "At Chaman, Pakistani authorities are letting through only cargo trucks": the crossing the sentence opens with)
    if any(
        (start >= found.end and _TRAFFIC_AT.fullmatch(text, found.end, start))
        or (end <= found.start and _AT_OPENING.fullmatch(text, 0, start) and text.startswith(",", end))
        for start, end, _c in in_text
    ):
        return True
    # (the verb may open a longer action: "closed Torkham to pedestrians" restricts)
    verb = _CROSSING_VERB.match(text, found.start, found.end)
    if verb is None or (verb.end() < found.end and found.action != BorderAction.RESTRICTED):
        return False
    for start, end, _crossings in in_text:
        if (
            end <= found.start
            and _AT_ASIDE_BEFORE.search(text, max(0, start - 6), start)
            and text.startswith(",", end)
            and _SUBJECT_GAP.fullmatch(text, end + 1, found.start)
        ):
            return True  # "The other route to Tibet, at Tatopani, has been closed": the route named by its crossing
        if start >= verb.end() and _STRUCTURE_AT.fullmatch(text, verb.end(), start):
            return True  # "closed the bridge at Ishkashim": the crossing's structure, placed at its town
        # "schools in Narva were closed", "reopened Chaman's markets": the town, not its crossing
        if (
            _IN_TOWN.search(text, max(0, start - 6), start) and not _SIDE_OF_BEFORE.search(text, max(0, start - 14), start)
        ) or text.startswith(("'s", "’s"), end):
            continue  # (but "The Afghan side of Torkham remained closed" names the crossing)
        if (start >= verb.end() and _OBJECT_GAP.fullmatch(text, verb.end(), start)) or (
            end <= found.start and _SUBJECT_GAP.fullmatch(text, end, found.start)
        ):
            return True
    return False


_STRUCTURE_AT = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:bridges?|border\s+posts?|posts?|gates?|ferry|ferries|pass(?:es)?|terminals?)\s+(?:at|in|near)\s+", _I
)


@lru_cache(maxsize=4)  # asked by the gate and by every action of a sentence
def _known_crossings(text: str) -> _Known:
    """Where the sentence names a bundled crossing, with the crossings each name may denote."""
    return tuple(crossings_in(text))


@lru_cache(maxsize=4)
def border_actions(text: str) -> tuple[_Found, ...]:
    """The border actions a sentence states (cached: the pipeline asks first)."""
    if not _CROSSING_NOUN.search(text):
        known = _known_crossings(text)
        if not known:
            return ()
        kept: list[_Found] = []
        for f in _actions(text):
            if (
                _named_objects(text, f, known)
                or (kept and _SAME_SUBJECT_GOES_ON.fullmatch(text, kept[-1].end, f.start))
                or _known_post(text, known, max(0, f.start - 80), f.end + 80)
            ):
                kept.append(f)
        return tuple(kept)
    found = _actions(text)
    if "egistered" in text or "plates" in text:
        # "close their borders ... to Russian-registered cars": a ban on vehicles by registration, no border event
        found = [f for f in found if not _REGISTRATION_BAN.match(text, f.start)]
    if _NOT_CROSSING.search(text):
        # "closed its airspace", "halted trade with": an action whose nearest object is no crossing is not a
        # border event; the same sentence's "closed its border with Haiti and suspended visas" still is
        found = [f for f in found if _nearest_is_crossing(text, f)]
    return tuple(found)


_REGISTRATION_BAN = re.compile(
    r"[^.;]{0,80}?\b(?:to|for)\s+(?:all\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]*registered\s+(?:cars|vehicles|trucks|lorries)|"
    r"(?:cars|vehicles|trucks|lorries)\s+(?:with|bearing|registered)\s+(?:in\s+)?(?:[\w-]+\s+){0,2}?(?:number\s+plates|licen[cs]e\s+plates|plates|[A-Z]))",
)
_OBJECT_END = re.compile(r"[.,;:]|\s(?:with|to|for|on|from|after|amid|because|due|as|while|but)\s", _I)


def _nearest_is_crossing(text: str, found: _Found) -> bool:
    """Whether the action's object is a crossing rather than visas, trade or airspace named beside it."""

    def distance(match: re.Match[str]) -> int:
        return found.start - match.end() if match.end() <= found.start else max(0, match.start() - found.end)

    # the object right after the verb may list both: "closed its airspace and land borders with Georgia"
    object_end = _OBJECT_END.search(text, found.end, found.end + 60)
    if _CROSSING_NOUN.search(text, found.end, object_end.start() if object_end else found.end + 60):
        return True
    subject = _CROSSING_SUBJECT.match(text)
    if subject and _PASSIVE_AFTER_ASIDE.fullmatch(text, subject.end(), found.start):
        return True  # "The Chaman crossing, a key trade route ..., was closed": the aside names no object
    low, high = max(0, found.start - 80), found.end + 80
    nouns = [distance(m) for m in _CROSSING_NOUN.finditer(text, low, high)]
    others = [distance(m) for m in _NOT_CROSSING.finditer(text, low, high)]
    return bool(nouns) and (not others or min(nouns) < min(others))


_PASSIVE_AFTER_ASIDE = re.compile(
    r",[^,;]{1,120},\s+(?:(?:has|have|had)\s+been|was|were|is|are|will\s+be|remains?|remained)\s+(?:\w+ly\s+)?", _I
)
# "The Upper Lars checkpoint, which ..., is now blocked for all vehicles": the named crossing the sentence is about
_CROSSING_SUBJECT = re.compile(
    r"\W*(?:The\s+)?(?:(?!The\b)[A-Z][\w’'-]*\s+){1,3}(?:border\s+)?(?:crossing(?:\s+point)?|checkpoint|border|frontier)s?\b"
)


# ("the Karameh post would reopen": a bare "post" is a crossing after a known crossing's name, not after "Jerusalem")
_POST_AFTER = re.compile(r"\s+posts?\b")


def _known_post(text: str, in_text: _Known, low: int, high: int) -> re.Match[str] | None:
    return next(
        (post for start, end, _c in in_text if low <= start < high and (post := _POST_AFTER.match(text, end)) is not None),
        None,
    )


def _something_else_by_the_border(text: str, found: _Found, noun: re.Match[str], in_text: _Known) -> bool:
    """Whether what the action acts on is something else by the border `noun` names: "closed its schools near the
    Turkish border", "closed the road leading to the border town", "opened a new consulate in Trabzon, near the
    Turkish border", "Several shops at the Belarusian border closed"."""
    if noun.start() >= found.end:
        return bool(
            _OTHER_OBJECT_NEAR.fullmatch(text, found.end, noun.start())
            and not any(found.end <= start < noun.start() for start, _end, _crossings in in_text)
        ) or bool(_MISSION_WORD.search(text, found.end, noun.start()))
    return noun.end() <= found.start and bool(
        _OTHER_SUBJECT_NEAR.search(text, max(0, noun.start() - 60), noun.start())
    )


def _clause_break(text: str, first: _Found, second: _Found) -> int:
    """Where the clause of one action ends and the next one's begins: the last comma or semicolon between them."""
    cut = max(text.rfind(",", first.end, second.start), text.rfind(";", first.end, second.start))
    return cut if cut != -1 else second.start


def _contrast_opens(text: str, first: _Found, second: _Found, default: int | None = None) -> int:
    """Where a clause that sets the second action against the first opens between them (", but the frontiers with",
    ", and the Pamelap crossing"), else `default` (the second action's start when none is given)."""
    opens = [m.start() for m in _CONTRAST.finditer(text, first.end, second.start)]
    if opens:
        return opens[-1]
    return second.start if default is None else default


_CONTRAST = re.compile(r"[,;]\s*(?:but|while|whereas|although|though|yet|and\s+the)\b|;", _I)
# "The ports at Khorgos and Alashankou closed for the holiday and reopened on 9 October": a second verb of the
# same subject, on the same crossings
_SAME_SUBJECT_GOES_ON = re.compile(r"[^.;,]{0,60}?\s(?:and|then)\s+(?:later\s+|then\s+|were\s+|was\s+)?", _I)


def _one_side_per_event(
    view: SentenceView, acted: list[tuple[int, _Found, list[tuple[str, str]]]]
) -> list[tuple[int, _Found, list[tuple[str, str]]]]:
    """One event told twice in a sentence is the named side's: "Traffic through the Rafah crossing resumed as Egypt
    opened its side" (the first verb has no actor of its own; the crossing's other side did not act)."""
    if len(acted) < 2:
        return acted

    def named_before(found: _Found) -> set[str]:
        return {
            a.iso2
            for a in view.actors
            if a.role in (Role.GOVERNMENT, Role.AGENT) and a.end <= found.start and found.start - a.end < 40
        }

    out = []
    for index, found, pairs in acted:
        mine = named_before(found)
        told_again = any(
            other is not found
            and other.action == found.action
            and any((n, c) in other_pairs and n in named_before(other) for c, n in pairs if c not in mine)
            for _i, other, other_pairs in acted
        )
        out.append((index, found, [] if told_again else pairs))
    return out


def border_events_in_sentence(view: SentenceView, ctx: ArticleContext) -> list[BorderEvent]:
    text = view.text
    actions = border_actions(text)
    if not actions:
        return []
    events: list[BorderEvent] = []
    in_text = _known_crossings(text)  # the gazetteer's names, read once for every action of the sentence
    names = _crossing_names(text, view.actors, in_text)
    # "..., leaving only the Terespol and Koroszczyn checkpoints open": the crossings named there are not shut
    left_open = _LEFT_OPEN.search(text)
    kept_open = [n for n in names if left_open and n in left_open.group(0)]
    # ("only Terespol remains open", "Narva is still open": named as open, not as shut)
    kept_open += [n for n in names if n not in kept_open and _NAMED_STILL_OPEN.match(text, text.find(n) + len(n))]
    names = [n for n in names if n not in kept_open]
    leaving = _LEAVING.search(text)  # ("..., leaving pedestrians to use Narva-1": not what was shut)
    names = [n for n in names if leaving is None or text.find(n) < leaving.start()]
    names = [n for n in names if not _ROUTED_TO.search(text, max(0, text.find(n) - 60), text.find(n))]
    acted: list[tuple[int, _Found, list[tuple[str, str]]]] = []
    guessed_at: set[int] = set()  # the headline's actions whose acting side it does not name
    for index, found in enumerate(actions):
        # (reaching past a relative clause between the crossing and its verb: "the Second Friendship Bridge, which
        # opened in 2019 and is used mainly by cargo trucks, had been closed")
        aside = _ASIDE_BEFORE_VERB.search(text, max(0, found.start - 200), found.start)
        reach = 80 + (aside.end() - aside.start() if aside else 0)
        noun = (
            _CROSSING_NOUN.search_slice(text, max(0, found.start - reach), found.end + 80)
            or _CROSSING_SUBJECT.match(text)
            or _known_post(text, in_text, max(0, found.start - reach), found.end + 80)
        )
        if noun is not None and _something_else_by_the_border(text, found, noun, in_text):
            continue
        if (
            noun is None
            and not _named_objects(text, found, in_text)
            and not (
                acted
                and (
                    _ended_closure(text, found)
                    or _THEM_AFTER.match(text, found.end)
                    or _SAME_SUBJECT_GOES_ON.fullmatch(text, acted[-1][1].end, found.start)
                )
            )
        ):
            continue  # (an action on "them" goes on with the crossings an earlier action of the sentence named)
        if found.action == BorderAction.OPENED and re.search(
            r"\b(?:remain\w*|stay\w*)\s+open\b|\bopen\s+crossings?\b", text[max(0, found.start - 12) : found.end + 12], _I
        ):
            continue
        before = next((f for f in reversed(actions) if f.start < found.start and f.action != found.action), None)
        after = next((f for f in actions if f.start > found.start and f.action != found.action), None)
        # ("reopened the borders with A and B, but the frontiers with C and D remain closed": each action's neighbours
        # are those of its own clause)
        later = _contrast_opens(text, found, after) if after else None
        since = _contrast_opens(text, before, found, default=0) if before else 0
        pairs, guessed = _pairs(view, found, ctx, in_text, later, since)
        if len(pairs) == 2 and pairs[0] == pairs[1][::-1] and _THEIR_OWN_SIDE.match(text, found.end):
            # "X has not reopened the frontier with A or with B, and both governments have sealed their own side":
            # the two sides of X's borders just named, each on its border with X
            faced = {c for _i, _f, earlier in acted for c, n in earlier if (c, pairs[0][0]) in earlier and (c, pairs[0][1]) in earlier}
            pairs = [(side, faced_by) for faced_by in faced for side, _other in pairs] or pairs
        if acted and text[found.start : found.end].lower().endswith("ing") and _TIME_BEFORE.search(text, max(0, found.start - 8), found.start):
            pairs = acted[-1][2]  # "reopened the country's frontiers 30 hours after closing them": the same sides
        acted.append((index, found, pairs))
        if guessed and is_headline(view.start, text):
            guessed_at.add(index)
    acted = _one_side_per_event(view, acted)
    # "Romania reopened the Siret crossing, and Poland shut two checkpoints": where different countries act, each
    # action's counts and names are those between the actions around it
    several = len({country for _i, _f, pairs in acted for country, _n in pairs}) > 1
    for index, found, pairs in acted:
        low = _clause_break(text, actions[index - 1], found) if several and index else 0
        high = _clause_break(text, found, actions[index + 1]) if several and index + 1 < len(actions) else len(text)
        own_names = [n for n in names if low <= text.find(n) < high]
        for country, neighbor in pairs:
            affected, total, remaining = _counts(text[low:high], found.action)
            if affected is None and own_names and found.action != BorderAction.THREATENED_CLOSURE:
                affected = len(own_names)
            own_open = [n for n in kept_open if low <= text.find(n) < high]
            if remaining is None and own_open:
                remaining = len(own_open)
            event = BorderEvent(
                country=country,
                neighbor=neighbor,
                action=found.action,
                crossings_affected=affected,
                crossings_total=total,
                crossings_open=remaining,
                crossing_names=own_names,
                evidence=Evidence(quote=text, start=view.start, end=view.end),
                confidence=0.8 if own_names or affected else 0.65,
            )
            events.append(event)
            if index in guessed_at:
                ctx.headline_sides_guessed.append(event)
            ctx.border_pair, ctx.border_at = (country, neighbor), view.index
    if (open_side := _OWN_SIDE_OPEN.search(text)) is not None:
        # ("Afghan officials say their side of the border is open and that the closure is Islamabad's decision"): the
        # side that says so closed nothing
        sayer = next((a.iso2 for a in reversed(view.actors) if a.start < open_side.start()), None)
        events = [e for e in events if not (e.country == sayer and e.action == BorderAction.CLOSED)]
    return _with_so_did(view, events, names)


_OWN_SIDE_OPEN = re.compile(
    r"\b(?:its|their|our)\s+side\s+(?:of\s+the\s+(?:border|frontier|crossing)\s+)?(?:is|was|remains?|remained|stays?|"
    r"(?:has|had)\s+(?:remained|stayed))\s+(?:still\s+)?open\b",
    _I,
)


_ASIDE_BEFORE_VERB = re.compile(r",\s*(?:which|who)\s[^,;]{0,120},\s*(?:\w+\s+){0,3}$", _I)


# "Poland reopened the Bobrowniki crossing, and so did Lithuania at Medininkai": the same act by the governments
# named after it, at the crossings named after them
_SO_DID = Anchored(re.compile(r"[,;]\s*(?:and\s+)?(?:so|as)\s+(?:did|has|have|had|will|would|does|do)\s+", _I))


# "Benin reopens its side of the border, and Nigeria follows in March": the same act by the governments named there
_FOLLOWS = re.compile(
    r"[,;]\s*(?:and|while)\s+(?:[A-Z][\w’'-]+\s+){1,3}(?:followed|follows|did\s+(?:the\s+same|likewise))\b(?!\s+(?:by|from))"
)


def _with_so_did(view: SentenceView, events: list[BorderEvent], names: list[str]) -> list[BorderEvent]:
    """`events`, and the same events for the governments named after "so did" (at the crossings named after it)."""
    so = _SO_DID.search(view.text)
    if so is not None:
        others = [a.iso2 for a in view.actors if a.start >= so.end() and a.role != Role.PLACE]
    elif (so := _FOLLOWS.search(view.text)) is not None:
        others = [a.iso2 for a in view.actors if so.start() <= a.start < so.end()]
    else:
        return events
    theirs = [n for n in names if view.text.find(n) >= so.end()]
    out: list[BorderEvent] = []
    for country in dict.fromkeys(others):
        for event in events:
            if country in (event.country, event.neighbor) or event.neighbor not in neighbours(country):
                continue
            out.append(
                event.model_copy(
                    update={
                        "country": country,
                        "crossing_names": theirs,
                        "crossings_affected": len(theirs) or None,
                        "crossings_total": None,
                        "crossings_open": None,
                    }
                )
            )
    if not out:
        return events
    # the crossings named after "so did" are theirs, not the first government's
    own = [
        event
        if (kept := [n for n in event.crossing_names if n not in theirs]) == event.crossing_names
        else event.model_copy(update={"crossing_names": kept, "crossings_affected": len(kept) or None})
        for event in events
    ]
    return own + out


# A sentence right after a border event that goes on about the same crossing without naming a country: "It was
# reopened in 2018.", "The crossing closed again a week later."
_CONTINUED = re.compile(
    # ("The post had been shut for two weeks", "The gate was closed in 2020": the crossing just reported)
    r"\s*(?:It|They|The\s+(?:crossings?|checkpoints?|border|frontier|border\s+post|crossing\s+point|post|gate|bridge)|"
    r"This\s+(?:crossing|checkpoint|border))\s+"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)\s+)?(?:\w+ly\s+|only\s+|then\s+)?"
    # ("It was not fully reopened until 1986": reopened then)
    r"(?:(?:(?<=was\s)|(?<=were\s))not\s+(?:\w+ly\s+)?(?=re-?opened\s+(?:[\w-]+\s+){0,3}?until\s))?"
    r"(?P<verb>re-?opened|closed|shut(?:\s+down)?|sealed)\b"
    r"(?![^.;]{0,40}?\b(?:to|for)\s+(?:trucks|lorries|vehicles|cars|pedestrians|cargo|goods|freight|traffic))",
)
_CONTINUED_ACTIONS = {"reopened": BorderAction.OPENED, "re-opened": BorderAction.OPENED}


# "Finland closed four crossings on its border with Russia. Norway did the same." / "So did Estonia."
_SAME_AGAIN = Anchored(re.compile(
    r"\b(?:did|done|do|does)\s+(?:the\s+)?(?:same|likewise)\b|\bfollow(?:ed|s|ing)?\s+suit\b|^\W*so\s+(?:did|have|has)\b|"
    r"\bfollow(?:ed|s|ing)?\s+(?:[\w’']+\s+){1,2}?(?:lead|example)\b|"
    + FOLLOWED
    + "|"
    # "The US has applied the same terms on its border with Mexico"
    r"\b(?:appl(?:y|ies|ied|ying)|impos(?:e|es|ed|ing)|introduc(?:e|es|ed|ing))\s+(?:the\s+)?(?:same|similar|identical)\s+"
    r"(?:terms|rules|measures|restrictions|curbs|limits|conditions)\b",
    _I,
))
# "... on its border with Mexico": the other side a repeated act names
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", _I)


# "Further closures could follow if the situation worsened": more of the same pair's crossings may close
_FURTHER_CLOSURES = Anchored(re.compile(
    r"\b(?:further|more|additional|other)\s+(?:border\s+)?(?:closures?|crossings?\s+(?:\w+\s+){0,2}?(?:clos|shut)\w*)\b",
    _I,
))


_POSSIBLE = re.compile(
    r"\b(?:(?-i:may)|might|could|would|possib\w+|consider\w*|threat\w*|warn\w*|not\s+rul\w+\s+out|ready|prepared)\b", _I
)


def _further_closures(text: str) -> bool:
    """ "Further closures could follow", "more crossings may be shut" (not "further closures followed")."""
    return _FURTHER_CLOSURES.search(text) is not None and _POSSIBLE.search(text) is not None


# A sentence right after a border event that lets only some traffic through without naming a country: "The one post
# left working would let through pedestrians only."
_ONLY_SOME_TRAFFIC = Anchored(re.compile(
    r"\b(?:pedestrians|trucks|lorries|freight|cargo|goods|(?:commercial\s+)?vehicles)\s+only\b|"
    r"\b(?:let|allow|admit)\w*\s+(?:through\s+)?only\s+(?:\w+\s+)?(?:pedestrians|trucks|lorries|freight|cargo|goods|vehicles)\b|"
    r"\bonly\s+(?:to|for)\s+(?:\w+\s+)?(?:pedestrians|trucks|lorries|freight|cargo|goods|vehicles)\b|"
    r"\bonly\s+(?:\w+\s+)?(?:pedestrians|trucks|lorries|freight|cargo|goods|vehicles)\s+(?:(?:had|have|has)\s+)?(?:been\s+)?"
    r"(?:let|allowed|admitted|permitted)\b",
    _I,
))
# "Since 5 January only lorries had been let through": how it was before the event just reported
_EARLIER_STATE = re.compile(r"\bhad\s+(?:been\s+)?\w+|\buntil\s+then\b", _I)


# "Morocco closed them in March 2020", "Myanmar had already sealed its side": one side of the crossings the sentence
# before told of acted on them
_SIDE_ACTED_ON_THEM = re.compile(
    r"\W*(?:[A-Z][\w’'-]+\s+){1,3}(?:(?:had|has|have)\s+(?:\w+ly\s+|already\s+)?)?(?P<verb>re-?opened|closed|shut|sealed)\s+(?:them|it|its\s+(?:own\s+)?side)\b"
)


# "South Africa's 20 busiest land ports would close. Among them are Beitbridge on the Zimbabwe border, ... The others
# are on the borders with Botswana and Namibia.": the crossings just reported, told by the borders they are on
_MEMBERS_LISTED = re.compile(
    r"\W*(?:Among\s+them\s+(?:are|were|is|was)|(?:They|These|Those)\s+include[ds]?|The\s+others?\s+(?:are|were|is|was|lie))\b"
)


def border_goes_on(text: str) -> bool:
    """Whether a sentence may continue the border event just reported (`continued_border_events`)."""
    return (
        _CONTINUED.match(text) is not None
        or _MEMBERS_LISTED.match(text) is not None
        or _SIDE_ACTED_ON_THEM.match(text) is not None
        or _SAME_AGAIN.search(text) is not None
        or _further_closures(text)
        or _ONLY_SOME_TRAFFIC.search(text) is not None
    )


def repeated_border_events(view: SentenceView, previous: list[BorderEvent]) -> list[BorderEvent]:
    """ "Norway did the same": the border events of the sentence before, for the governments named here, on their
    own border with the same neighbour."""
    same = _SAME_AGAIN.search(view.text)
    if same is None or not previous:
        return []
    # "Estonia said it could follow Finland's lead": the closure is only threatened
    threat = _THREAT.search(view.text, max(0, same.start() - 40), same.start())
    named = [
        a
        for a in view.actors
        if a.role != Role.PLACE and not (same.start() <= a.start < same.end())  # "Finland's lead" is not Estonia
    ]
    actors = [a.iso2 for a in named if a.start < same.start()] or [a.iso2 for a in named if a.start >= same.end()]
    done = {(e.country, e.neighbor, e.action) for e in previous}
    sides = [a.iso2 for a in view.actors if _WITH_BEFORE.search(view.text, max(0, a.start - 12), a.start)]
    out = []
    for country in dict.fromkeys(actors):
        for e in previous:
            # "Albania sealed its crossings with Greece. Greece followed suit.": the neighbour shuts its own side
            neighbor = e.country if country == e.neighbor else e.neighbor
            neighbor = next((side for side in sides if side != country), neighbor)
            if country == neighbor or (country, neighbor, e.action) in done:
                continue
            if share_land_border(country, neighbor):
                done.add((country, neighbor, e.action))
                action = BorderAction.THREATENED_CLOSURE if threat and e.action == BorderAction.CLOSED else e.action
                out.append(
                    BorderEvent(
                        country=country,
                        neighbor=neighbor,
                        action=action,
                        evidence=Evidence(quote=view.text, start=view.start, end=view.end),
                        confidence=0.55,
                    )
                )
    return out


def continued_border_action(text: str) -> BorderAction | None:
    """The action of a sentence that continues the crossing of the sentence before (`_CONTINUED`), if any."""
    match = _CONTINUED.match(text)
    if match is None:
        if _further_closures(text):
            return BorderAction.THREATENED_CLOSURE
        return BorderAction.RESTRICTED if _ONLY_SOME_TRAFFIC.search(text) else None
    return _CONTINUED_ACTIONS.get(match.group("verb").lower(), BorderAction.CLOSED)


def continued_border_events(
    view: SentenceView, ctx: ArticleContext, previous: list[BorderEvent] | None = None
) -> list[BorderEvent]:
    """The event of a sentence that continues the border event just reported, on the same pair, or repeats it for
    other governments (`repeated_border_events`)."""
    repeated = repeated_border_events(view, previous or [])
    if repeated:
        return repeated
    if _MEMBERS_LISTED.match(view.text):
        return _on_the_borders_named(view, previous or [])
    acted_on = _SIDE_ACTED_ON_THEM.match(view.text)
    if acted_on and ctx.border_pair and view.actors and view.actors[0].start < acted_on.start("verb"):
        side = view.actors[0].iso2
        if side not in ctx.border_pair:
            return []
        other = ctx.border_pair[1] if ctx.border_pair[0] == side else ctx.border_pair[0]
        return [
            BorderEvent(
                country=side,
                neighbor=other,
                action=_CONTINUED_ACTIONS.get(acted_on.group("verb").lower(), BorderAction.CLOSED),
                evidence=Evidence(quote=view.text, start=view.start, end=view.end),
                confidence=0.55,
            )
        ]
    action = continued_border_action(view.text)
    contrast = _CONTRAST.search(view.text)
    # ("It reopened on Monday, although Kenyan truck drivers report long inspections": named after a contrast)
    named = [a for a in view.actors if contrast is None or a.start < contrast.start()]
    if action is None or ctx.border_pair is None or named:
        return []
    if (
        action == BorderAction.RESTRICTED
        and any(e.action == BorderAction.OPENED for e in previous or [])
        and not _EARLIER_STATE.search(view.text)
    ):
        return []  # "reopened the crossing. Trucks only will pass.": a partial reopening is a reopening
    pairs = [ctx.border_pair]
    if _PLURAL_SUBJECT.match(view.text) and previous:
        # "Niger reopened its borders with Algeria and Mali. They had been closed since July 26.": each of them
        pairs = list(dict.fromkeys((e.country, e.neighbor) for e in previous))
    return [
        BorderEvent(
            country=country,
            neighbor=neighbor,
            action=action,
            evidence=Evidence(quote=view.text, start=view.start, end=view.end),
            confidence=0.55,
        )
        for country, neighbor in pairs
    ]


def _on_the_borders_named(view: SentenceView, previous: list[BorderEvent]) -> list[BorderEvent]:
    """The event just reported, for each neighbour of its acting side the sentence names (`_MEMBERS_LISTED`)."""
    acting = {e.country for e in previous}
    if len(acting) != 1:
        return []
    country, first = acting.pop(), previous[0]
    neighbours = [a.iso2 for a in view.actors if a.iso2 != country and share_land_border(country, a.iso2)]
    return [
        BorderEvent(
            country=country,
            neighbor=neighbor,
            action=first.action,
            evidence=Evidence(quote=view.text, start=view.start, end=view.end),
            confidence=0.55,
        )
        for neighbor in dict.fromkeys(neighbours)
    ]


def for_each_pair_just_reported(found: list[BorderEvent], view: SentenceView, previous: list[BorderEvent]) -> list[BorderEvent]:
    """The events of a sentence naming no country whose plural subject goes on about the borders the sentence
    before reported ("... with Algeria, Libya and Mali. The borders had been shut since July 26."): one for each of
    their pairs, not only the last."""
    if view.actors or not found or not (_PLURAL_SUBJECT.match(view.text) or _THOSE_BORDERS.search(view.text)):
        return found
    pairs = list(dict.fromkeys((e.country, e.neighbor) for e in previous))
    if len(pairs) < 2 or any((e.country, e.neighbor) not in pairs for e in found):
        return found
    return [e.model_copy(update={"country": c, "neighbor": n}) for e in found[:1] for c, n in pairs]


# ("... comes a week after the soldiers sealed those same borders")
_THOSE_BORDERS = re.compile(r"\b(?:those|these|the\s+same)\s+(?:same\s+)?(?:[\w-]+\s+)?(?:borders|crossings|frontiers|checkpoints)\b", _I)
# A sentence's plural subject going on about the crossings just reported
_PLURAL_SUBJECT = re.compile(
    r"\W*(?:They|Both|All\s+of\s+them|The(?:se)?\s+(?:[\w-]+\s+)?(?:borders|crossings|frontiers|checkpoints|posts|gates|bridges))\b"
)


def settle_headline_sides(events: list[BorderEvent], guessed: list[BorderEvent]) -> list[BorderEvent]:
    """A headline's events whose acting side it does not name ("Second Friendship Bridge shut as Myawaddy fighting
    flares"), given the side the story's sentences name acting in the same way on the same border."""
    headline = {id(g) for g in guessed}
    told = [e for e in events if id(e) not in headline]
    # (a side the story names acting in any way keeps its events, as do both sides a headline gives: "Pak-Afghan
    # crossings remain shut")
    acting = {(e.country, e.neighbor) for e in told} | {(g.neighbor, g.country) for g in guessed}
    return [
        e.model_copy(update={"country": e.neighbor, "neighbor": e.country})
        if id(e) in headline
        and (e.country, e.neighbor) not in acting
        and any((t.country, t.neighbor, t.action) == (e.neighbor, e.country, e.action) for t in told)
        else e
        for e in events
    ]


def merge_border_events(events: list[BorderEvent]) -> list[BorderEvent]:
    """One event per (country, neighbor, action), keeping counts and names from whichever sentence had them."""
    merged: dict[tuple[str, str, str], BorderEvent] = {}
    for event in events:
        key = (event.country, event.neighbor, event.action.value)
        kept = merged.get(key)
        if kept is None:
            merged[key] = event
            continue
        updates = {}
        for name in ("crossings_affected", "crossings_total", "crossings_open"):
            if getattr(kept, name) is None and getattr(event, name) is not None:
                updates[name] = getattr(event, name)
        names = kept.crossing_names + [n for n in event.crossing_names if n not in kept.crossing_names]
        merged[key] = kept.model_copy(
            update={**updates, "crossing_names": names, "confidence": max(kept.confidence, event.confidence)}
        )
    return list(merged.values())


# "For now, the crossing will be open only to diplomats and tourists": the terms of the opening just reported (a
# partial opening is an opening), not a restriction of its own
_OPEN_ONLY_TO = re.compile(r"\b(?:open|opened|reopened)\s+only\s+(?:to|for)\b", _I)


def without_the_opening_s_terms(found: list[BorderEvent], before: list[BorderEvent]) -> list[BorderEvent]:
    """The events of a sentence, less a restriction that only states who may use a crossing the article's last
    border news reported opened."""
    opened = {frozenset((e.country, e.neighbor)) for e in before if e.action == BorderAction.OPENED}
    return [
        e
        for e in found
        if not (
            e.action == BorderAction.RESTRICTED
            and frozenset((e.country, e.neighbor)) in opened
            and _OPEN_ONLY_TO.search(e.evidence.quote or "")
        )
    ]
