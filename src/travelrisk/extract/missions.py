"""Diplomatic-mission events in news text: an embassy suspended, staff ordered out, emergency services only.

An embassy's "limited ability to assist" is a reason inside an advisory, not an event; evacuation flights
for private citizens, embassy receptions and passport queues are not mission events.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from travelrisk.extract.anchored import Anchored
from travelrisk.extract.context import ArticleContext, SentenceView
from travelrisk.extract.hedged import not_done, unstated
from travelrisk.extract.roles import _LIST_JOINER, FOLLOWED, TAKEN_OUT_OF, Actor, Role
from travelrisk.geo.cities import mission_cities_in
from travelrisk.geo.countries import Mention
from travelrisk.model import Evidence, MissionAction, MissionEvent

_I = re.IGNORECASE
_W = r"[\w’'.“”\"‘-]+\s+"  # one word, hyphens, apostrophes and quotation marks included ("non-emergency", “all)
_VISA_CENTRES = r"visa\s+(?:application\s+)?cent(?:re|er)s?"  # a mission's visa work done apart
_MISSION_NOUN = Anchored(re.compile(
    # ("cut diplomatic ties" names no mission)
    r"\b(?:embass(?:y|ies)|consulates?(?:\s+general)?|consular\s+agenc(?:y|ies)|consular\s+offices?|missions?|diplomats|diplomatic(?!\s+(?:ties|relations|channels|sources|efforts|talks|row|spat|dispute))|high\s+commissions?|"
    r"(?:non-?\s?emergency|non-?\s?essential)\s+(?:" + _W + r"){0,3}?(?:staff|personnel|employees|officials)|"
    r"government\s+(?:personnel|employees|staff)|family\s+members|dependants|dependents|chancery|ambassador|envoys|"
    # ("ordered the school-age children of its staff to leave")
    r"(?:children|families|spouses)\s+of\s+(?:its|their)\s+(?:embassy\s+|diplomatic\s+|mission\s+)?(?:staff|diplomats|personnel|employees)|"
    # "ordered staff out of Iraq": a government's own staff
    r"(?:ordered|directed|pulled|withdrew|allow\w*)\s+(?:(?:some|part|most|half|all)\s+of\s+)?(?:its\s+|their\s+)?(?:[\w-]+-based\s+)?(?:staff|personnel)\s+(?:out|to\s+return|from)|"
    r"consular\s+(?:services|operations)|" + _VISA_CENTRES + r")\b",
    _I,
))
_VISA_CENTRES_BEFORE = re.compile(r"\b" + _VISA_CENTRES + r"\b[^.;]*$", _I)
# "visa interviews remain suspended": one kind of the mission's work still stopped
_WORK_STILL_STOPPED = (
    r"\b(?:visa|routine|consular|passport)\s+(?:[\w-]+\s+){0,2}?(?:interviews|appointments|services|processing|issuance)\s+"
    r"(?:remain|remains|remained|stay|stays|stayed)\s+(?:\w+ly\s+)?(?:suspended|cancell?ed|halted|paused|closed)\b"
)
# "close at 2 p.m.", "close early": shorter hours, not a closure
_EARLY_HOURS = r"\s+(?:early\b|at\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?|h\b|o[’']clock)|noon\b|midday\b))"
# A mission by its kind, as the closures' patterns name it
_MISSIONS = r"(?:embass(?:y|ies)|consulates?|consular\s+agenc(?:y|ies)|consular\s+offices?|missions?|high\s+commissions?)"
# A character of the same sentence, past the dots of an abbreviation ("staff at the U.S. Embassy in Niamey")
_IN_SENTENCE = r"(?:[^.;]|(?<=\b[A-Z])\.)"
_STAFF = r"(?:staff|personnel|employees|diplomats|officials|family\s+members|families|dependants|dependents|workers)"
# Some of a mission's people: its staff's families, or its non-essential staff ("the families of French diplomats in
# Tehran", "non-essential staff and family members of the Indian High Commission")
_SOME_OF_THE_MISSION = (
    r"(?:(?:famil(?:y|ies)|family\s+members|dependants|dependents)\s+of\s+(?:some\s+)?(?:" + _W + r"){0,3}?"
    r"(?:diplomat\w*|staff|officials|personnel|employees|embass(?:y|ies)|high\s+commission|consulate|mission)\b|"
    r"non-?\s?(?:essential|emergency)\s+(?:" + _W + r"){0,2}?(?:staff|personnel|employees|diplomats)\b"
    r"(?:\s+and\s+(?:their\s+)?(?:famil(?:y|ies)|family\s+members|dependants|dependents))?)"
)
_ACTION_PATTERNS: list[tuple[MissionAction, re.Pattern[str]]] = [
    (
        # All of a mission's diplomats withdrawn (an expulsion, a rupture): the mission stops working. Some of them,
        # families or non-essential staff withdrawn is an ordered departure (below).
        MissionAction.SUSPENDED,
        re.compile(
            r"\bwithdr[ae]w\w*\s+(?!(?:" + _W + r"){0,2}?(?:non|some|part|most|several|famil|dependants|dependents|"
            r"a\s+number|many|certain|additional)\b)(?:of\s+)?(?:all\s+(?:of\s+)?)?(?:(?:its|their|the)\s+)?(?!remaining\b)(?:[A-Z]\w+\s+)?"
            # ("withdrew UK-based staff from Iran": all sent from home, the embassy works remotely)
            r"(?:diplomatic\s+(?:staff|personnel|corps)|diplomats|[\w-]+-based\s+staff)\b(?![’']\s)",
            _I,
        ),
    ),
    (
        MissionAction.DEPARTURE_LIFTED,
        re.compile(
            r"\b(?:lift\w*|end\w*|terminat\w*|rescind\w*|revok\w*)\b[^.;]{0,60}?\b(?:ordered|authori[sz]ed)\s+departure|"
            r"\b(?:ordered|authori[sz]ed)\s+departure\b[^.;]{0,50}?\b(?:lifted|ended|terminated|rescinded)\b|"
            r"\ballow\w*\s+(?:"
            + _W
            + r"){0,4}(?:family\s+members|dependants|dependents|families|diplomats|staff|personnel|employees)\s+(?:"
            + _W
            + r"){0,3}to\s+return|"
            # ("which ordered the families of its diplomats ... out ..., allowed them to return in October")
            r"\b(?:families|dependants|dependents|staff|personnel|diplomats|employees)\b[^.;]{0,150}?\ballow\w*\s+them\s+"
            r"(?:to\s+return|back)\b|"
            # "ordered out family members ... from Lebanon, but lifted the order on July 3"
            r"\b(?:lift\w*|rescind\w*|revok\w*)\s+(?:the|that|this)\s+order\b|"
            r"\b(?:that|this)\s+order\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:lifted|rescinded|revoked)\b",
            _I,
        ),
    ),
    (
        MissionAction.AUTHORIZED_DEPARTURE,
        re.compile(
            # ("had only authorised their departure": the staff's)
            r"\b(?:authori[sz]|allow|permit)\w*\s+(?:the\s+|their\s+)?(?:voluntary\s+)?departure\b|\bvoluntary\s+departure\b|"
            # ("has authorised, but not ordered, the departure of non-emergency personnel")
            # ("authorised, but did not order, the departure of ...")
            r"\bauthori[sz]\w*,\s+(?:but\s+)?(?:did\s+)?not\s+(?:ordered|order|required|require|mandated|mandate),\s+(?:the\s+)?departure\b|"
            # ("non-essential staff ... have returned to India ... of their own accord": they chose to leave)
            r"\bnon-?\s?(?:essential|emergency)\s+(?:staff|personnel|employees|officials)\b[^.;]{0,100}?\b(?:left|returned|"
            r"departed|gone\s+home)\b[^.;]{0,80}?\b(?:of\s+their\s+own\s+accord|voluntarily)\b|"
            # ("authorized family members of staff at the U.S. Embassy in Beirut, and some non-emergency employees, to
            # leave": an abbreviation's stops inside)
            r"\b(?:authori[sz]|allow)\w*\s+(?:" + _W + r"){0,6}?" + _STAFF + r"\b" + _IN_SENTENCE + r"{0,90}?\bto\s+(?:leave|depart)\b|"
            + _STAFF
            + r"\b[^.;]{0,40}?\b(?:were|was|are|is|have\s+been|had\s+been)\s+(?:"
            + _W
            + r")?(?:authori[sz]ed|allowed|permitted)\s+to\s+(?:leave|depart)\b",
            _I,
        ),
    ),
    (
        MissionAction.ORDERED_DEPARTURE,
        re.compile(
            # ("directed the departure of dependants of Australian officials")
            r"\b(?:order|direct)(?:ed|s|ing)?\s+(?:the\s+)?(?:temporary\s+)?(?:departure|evacuation|drawdown)\b|"
            r"\bordered\s+departure\b|"
            r"\b(?:order|direct)\w*\s+out\s+(?:" + _W + r"){0,4}?" + _STAFF + r"\b|"
            # "pulled out the families of embassy diplomats": some leave, the mission works on
            r"\bpull\w*\s+out\s+(?:" + _W + r"){0,3}?(?:family\s+members|families|dependants|dependents|"
            r"non-?\s?emergency|non-?\s?essential)\b|"
            # "pulled 41 of its diplomats out of India": some of them, the mission works on
            r"\bpull\w*\s+(?:\d+|some|most|many|half|part)\s+of\s+(?:its|their)\s+(?:diplomats|staff|personnel|employees)\s+out\b|"
            # ("tells Colombia's ambassador and the rest of the Colombian diplomatic staff to leave")
            r"\b(?:order|direct|instruct|tell|told)\w*\s+(?:"
            + _W
            + r"){0,10}?"
            + _STAFF
            # (past the dots of an abbreviation: "staff at the U.S. Embassy in Niamey to leave")
            + r"\b" + _IN_SENTENCE + r"{0,120}?\b(?:to\s+)?"
            # ("ordered the families of its diplomats in Turkey to return home")
            r"(?:leave|depart|exit|out|evacuate|(?:return|come|go|fly)\s+home)\b|"
            r"\b(?:mov|bring|brought|tak)\w*\s+(?:" + _W + r"){0,4}?" + _STAFF + r"\s+out\s+of\b|"
            # "sent home non-essential embassy staff", "sent its staff's families home"
            r"\bsen(?:t|ds?|ding)\s+(?:home\s+(?:" + _W + r"){0,4}?" + _STAFF + r"|(?:" + _W + r"){0,5}?" + _STAFF
            # ("sent the families of its embassy staff in Kabul home")
            + r"\s+(?:in\s+(?-i:[A-Z])[\w’'-]+\s+)?home)\b|"
            + _STAFF
            + r"\b[^.;]{0,40}?\b(?:were|was|are|have\s+been|had\s+been)\s+(?:"
            + _W
            + r")?(?:ordered|told|directed|"
            r"instructed)\s+(?:to\s+(?:leave|depart|exit|return)|out\s+of)\b|"
            r"\bwithdr[ae]w\w*\s+(?!all\s+(?:of\s+)?(?:its|their|the)\s+remaining\b)(?:" + _W + r"){0,4}?(?:family\s+members|families|dependants|dependents|staff|"
            r"diplomats|personnel)\b|\b(?:family\s+members|families|dependants|dependents)\s+(?:" + _W + r"){0,4}?"
            r"(?:temporarily\s+)?withdrawn\b|\bdrawdown\s+of\s+(?:" + _W + r"){0,3}" + _STAFF + r"|"
            # ("Families of staff at the British High Commissions in New Delhi and Islamabad, along with ..., are being
            # withdrawn")
            r"\b(?:family\s+members|families|dependants|dependents)\s+of\s+[^.;]{0,120}?\b(?:are|is|were|was|have|has|had)\s+"
            r"(?:been\s+|being\s+)(?:temporarily\s+)?withdrawn\b|"
            # "Most embassy staff have been withdrawn"
            r"\b(?:embassy\s+|diplomatic\s+)?(?:staff|personnel|diplomats|employees)\s+(?:have|has|had|were|was)\s+been\s+"
            r"(?:temporarily\s+)?withdrawn\b|"
            # ("the dependants of Australian staff at the High Commission in Suva will return to Australia")
            r"\b(?:family\s+members|families|dependants|dependents)\s+of\s+[^.;]{0,80}?\b(?:will|are\s+to|must)\s+"
            r"(?:return|go\s+home|leave)\b|"
            # "flew its diplomats' families home", "sent the families of its staff home"
            r"\b(?:flew|flown|sent|brought)\s+(?:its\s+|their\s+|the\s+)?(?:\w+[’']s?\s+|\w+\s+){0,3}?(?:family\s+members|"
            # ("has flown the families of its diplomats out of Georgia")
            r"families|dependants|dependents)\s+(?:of\s+(?:\w+\s+){0,3}?)?(?:home|out\s+of)\b|"
            # "families of diplomats have already flown home": dependants gone, the mission works on (not "our diplomatic
            # staff and their dependants have left Iran": all have gone)
            r"\b(?<!and\stheir\s)(?:family\s+members|families|dependants|dependents)\s+(?:" + _W + r"){0,4}?(?:have|has|had|were|was)\s+"
            r"(?:already\s+|now\s+)?(?:left|departed|flown\s+home|flown\s+out|gone\s+home|returned\s+home|"
            r"been\s+sent\s+home)\b|"
            r"\bdr[ae]w(?:n|s|ing)?\s+down\s+(?:" + _W + r"){0,3}?" + _STAFF + r"|"
            # evacuating families or non-emergency staff leaves the mission working: an ordered departure
            r"\bevacuat(?:e|ed|es|ing|ion\s+of)\s+(?:" + _W + r"){0,3}?(?:non-?\s?emergency|non-?\s?essential|"
            r"family\s+members|families|dependants|dependents)\b|"
            r"\b(?:recall|evacuat)\w*\s+(?:some|part|most|several|many|half|a\s+number)\s+of\s+(?:" + _W + r"){0,2}?" + _STAFF + r"|"
            # "recalled its remaining diplomats from Kinshasa" (not "recalled its ambassador": a protest)
            # ("recalled all Cambodian embassy staff from Bangkok", "recalled all its embassy staff")
            r"\brecall\w*\s+(?:its|their|the|all)\s+(?:(?:remaining|its|their|the)\s+|(?-i:[A-Z])[\w-]+\s+){0,2}"
            r"(?:diplomats|diplomatic\s+staff|embassy\s+staff)\b|"
            # "pulled most of its diplomats out of Venezuela": a drawdown, some stay
            r"\bpull\w*\s+(?:some|part|most|many|half)\s+of\s+(?:its|their|the)\s+(?:" + _W + r")?" + _STAFF + r"\s+out\b|"
            # "the dependants of some of its staff left for Brisbane"
            # ("dependants of British embassy staff in Tel Aviv temporarily withdrawn")
            r"\b(?:dependants|dependents|families|family\s+members)\s+of\s+(?:some\s+of\s+)?(?:its\s+|their\s+|the\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:staff|diplomats|personnel|officials|employees)\s+"
            # ("dependants of staff at the British Embassy in Tel Aviv, who were temporarily withdrawn")
            r"(?:at\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w-]+\s+)?(?:embassy|consulate|high\s+commission)\s+)?"
            r"(?:in\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?\s*)?(?:,\s*who\s+)?(?:have\s+|had\s+|were\s+)?(?:been\s+)?"
            r"(?:temporarily\s+)?(?:left|departed|flew\s+out|(?:were\s+)?(?:flown\s+out|withdrawn))\b|"
            # "brought some of its diplomats home from Cairo"
            r"\b(?:brought|bring\w*|flew|flown)\s+(?:some|part|most|many|half|several)\s+of\s+(?:its|their|the)\s+(?:"
            + _W + r")?" + _STAFF + r"\s+home\b|"
            # "the families of French diplomatic staff in Tehran would be brought back to France", "non-essential
            # personnel ... were flown to New Delhi": some of the mission's people sent home, the mission works on
            r"\b" + _SOME_OF_THE_MISSION + r"[^.;]{0,60}?\b(?:brought\s+(?:back|home)|sent\s+(?:back|home)|"
            r"flown\s+(?:back\s+)?(?:to|home|out)|flew\s+(?:back\s+)?(?:to|home|out)|(?:asked|told)\s+to\s+return|returned\s+(?:home|to))\b|"
            # "brought home the families of officials posted at its consulate", "ordered non-emergency staff and their
            # families out of the embassy", "flew its non-essential staff and their families home"
            r"\b(?:brought|sent|flew|flown)\s+(?:home|back)\s+(?:the\s+|its\s+|their\s+)?" + _SOME_OF_THE_MISSION + r"|"
            # ("have sent non-essential staff and families to Djibouti")
            r"\b(?:sent|sends|flew|flown)\s+(?:the\s+|its\s+|their\s+)?" + _SOME_OF_THE_MISSION + r"\s+(?:abroad\s+|out\s+)?to\s+(?-i:[A-Z])|"
            # (not "flew non-essential staff out of the embassy" by helicopter: an evacuation, above)
            r"\b(?:brought|sent|flew|flown)\s+(?:the\s+|its\s+|their\s+)?" + _SOME_OF_THE_MISSION
            + r"[^.;]{0,40}?\b(?:home|back)\b|\b(?:ordered|pulled)\s+(?:the\s+|its\s+|their\s+)?" + _SOME_OF_THE_MISSION
            + r"[^.;]{0,40}?\bout\s+of\b",
            _I,
        ),
    ),
    (
        MissionAction.EVACUATED,
        re.compile(
            # "moved its diplomats overland to Tunisia": out of the country by land
            r"\b(?:moved|relocated|drove|took|brought)\s+(?:its|their|the)\s+(?:diplomats|embassy\s+staff|diplomatic\s+staff)\s+"
            r"(?:overland|by\s+road|by\s+land|across\s+the\s+border)\b|"
            # ("military aircraft and a chartered flight carried embassy staff ... from Juba to Nairobi")
            # ("aircraft carried the staff of Japan's embassy in Khartoum to Djibouti")
            r"\b(?:carried|ferried|airlifted|flew)\s+(?:the\s+|its\s+|their\s+)?(?:(?:embassy|diplomatic|consulate)\s+"
            r"(?:staff|personnel|employees)\b" + _IN_SENTENCE + r"{0,60}?\b(?:from|out\s+of)\b|(?:staff|personnel|employees)\s+of\s+"
            r"(?:[\w’'-]+\s+){0,2}?(?:embassy|consulate|high\s+commission)\b" + _IN_SENTENCE + r"{0,60}?\b(?:from|out\s+of|to)\b)|"
            # "its ambassador had left with the French convoy"
            r"\b(?:ambassador|envoy|diplomats)\s+(?:had|has|have)\s+(?:already\s+)?(?:left|departed|fled)\b(?!\s+for\s+consultations)|"
            # "Britain's diplomats in Sierra Leone left Freetown on Tuesday"
            r"\bdiplomats\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}\s+(?:left|departed|fled)\s+"
            r"(?:the\s+(?:country|capital|city)\b|(?-i:[A-Z]))|"
            # ('"a complex and rapid evacuation" of British diplomats', 'a "rapid evacuation operation" for its diplomats')
            r"\bevacuat(?:e|ed|es|ing|ion[\"”’']?\s+of|ion\s+operation[\"”’']?\s+for)\s+(?:" + _W + r"){0,5}?"
            r"(?:embass(?:y|ies)|consulate|mission|diplomats|diplomatic|"
            + _STAFF
            + r")\b|"
            + r"\b(?:embass(?:y|ies)|consulate|mission|high\s+commission|diplomats|"
            + _STAFF
            # (not over a closure: "The embassy has been closed and all personnel have been evacuated" states both)
            + r")\b(?:(?!\b(?:clos|shut)\w*\s+and\b)[^.;]){0,70}?\b(?:were|was|have\s+been|has\s+been|had\s+been|being)\s+"
            # ("The embassies of Portugal, France and Sweden were also emptied"; not "emptied ... before the deadline ...
            # gave its diplomats to leave": expelled by the host)
            r"(?:also\s+|now\s+|all\s+)?(?:evacuated|airlifted|flown\s+out|emptied(?![^.;]{0,80}\bdeadline\b))\b|"
            r"\bpull\w*\s+(?:all\s+(?:of\s+)?)?(?:its\s+|their\s+|the\s+)?(?:diplomats|(?:embassy|diplomatic)\s+(?:staff|personnel)|" + _STAFF + r")\s+out\b|"
            r"\b(?:airlift\w*|flown\s+out|flew\s+out|fl(?:y|ies|ying)\s+out|pull\w*\s+out)\s+(?:"
            + _W
            + r"){0,4}?(?:diplomats|embassy\s+staff|embass(?:y|ies)|mission|"
            + _STAFF
            + r")\b|"
            r"\band\s+(?:all\s+|its\s+|the\s+)?(?:diplomats|staff|personnel)\s+evacuated\b|\bfully\s+evacuat\w+|"
            # "closed its embassy ... and flew its staff home": all of them (some of them is a drawdown)
            r"\b(?:flew|flown|fl(?:y|ies|ying))\s+(?:all\s+(?:of\s+)?)?(?:its|their|the)\s+(?:remaining\s+)?"
            r"(?:embassy\s+|diplomatic\s+)?(?:staff|diplomats|personnel)\s+home\b|"
            # "the remaining British embassy staff were among those lifted out by the Americans"
            r"\b(?:embassy\s+staff|diplomats|diplomatic\s+staff|embassy\s+personnel)\s+(?:were|was)\s+among\s+(?:those|the\s+[\w,]+\s+"
            r"(?:people|evacuees|foreigners))\s+(?:[\w-]+\s+)?(?:lifted|flown|airlifted|evacuated|taken|carried)\b|"
            # "the ambassador and staff left overland"
            r"\b(?:the\s+)?ambassador\s+and\s+(?:\w+\s+)?(?:staff|diplomats|personnel)\s+(?:have\s+|had\s+)?left\b|"
            # "and its remaining staff left with the German flights", "Its remaining diplomats flew out of Sanaa"
            r"\b(?:its|their)\s+remaining\s+(?:diplomats|staff|personnel)\s+(?:have\s+|had\s+)?(?:left|flew\s+out|departed)\b|"
            # "our last consular officers have left East Timor": the mission's last people gone
            # ("the ambassador and the last American staff are taken across the river to Kinshasa")
            r"\b(?:its|their|our|the)\s+last\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?:consular\s+|embassy\s+|diplomatic\s+)?"
            r"(?:officers|officials|staff|diplomats|personnel)\s+(?:have\s+|had\s+|has\s+)?(?:now\s+)?(?:left|flew\s+out|departed|"
            r"(?:are|were|was|have\s+been|had\s+been)\s+(?:taken|flown|driven|ferried|evacuated|airlifted))\b|"
            # "will withdraw all of its remaining diplomats from Venezuela": all of them (some of them is a drawdown)
            r"\bwithdr\w+\s+all\s+(?:of\s+)?(?:its|their|the)\s+(?:remaining\s+)?(?:diplomats|diplomatic\s+staff|embassy\s+staff|"
            r"staff|personnel)\b|"
            # "The American ambassador to the Central African Republic flew out of Bangui with the rest of his staff"
            r"\b(?:ambassador|envoy|diplomats)\s+(?:to\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?:of\s+|the\s+|and\s+)*(?-i:[A-Z])[\w'-]*){0,3}\s+)?"
            r"(?:(?:and|with)\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:staff|colleagues|team)\s+)?"
            r"(?:flew\s+out\s+of|left|departed|fled)\s+(?:the\s+country\b|the\s+capital\b|(?-i:[A-Z]))|"
            # "Staff of the South Korean Embassy in Khartoum left the city"
            r"\bstaff\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:embassy|mission|consulate)\s+(?:in\s+[\w-]+\s+)?(?:left|departed|fled)\b|"
            # "Saudi diplomats and their families left Tehran on Monday"
            r"\b(?:diplomats|diplomatic\s+staff|embassy\s+staff)\s+(?:and\s+(?:their\s+)?famil(?:y|ies)\s+)?(?:left|departed|fled)\s+(?-i:[A-Z])|"
            # "Mexican embassy staff departed Sunday"
            r"\b(?:embassy|diplomatic|mission)\s+(?:staff|personnel)\s+(?:and\s+their\s+families\s+)?(?:departed|left)\b|"
            # "had flown its embassy staff out of Khartoum", "airlifted the diplomats out"
            r"\b(?:flown|flew|fly|flies|flying|airlift\w*)\s+(?:" + _W + r"){0,6}?(?:diplomats|" + _STAFF + r")\s+out\b|"
            # "closed both missions and brought its diplomats home": all of them
            r"\b(?:brought|flew|flown)\s+(?:its|their|the)\s+(?:remaining\s+)?(?:diplomats|diplomatic\s+staff|embassy\s+staff)\s+home\b|"
            # "has brought home its diplomatic staff from Ankara and Istanbul"
            r"\b(?:brought|brings|bringing|flew|flown)\s+home\s+(?:all\s+)?(?:its|their|the)\s+(?:remaining\s+)?"
            r"(?:diplomats|diplomatic\s+staff|embassy\s+staff)\b|\b(?:last|remaining|all)\s+(?:"
            + _W
            + r"){0,3}?(?:embassy\s+)?"
            + _STAFF
            + r"\s+(?:had|have|has)\s+(?:now\s+)?left\b|\bevacuat\w+\s+(?:of\s+)?(?:its|the|their)\s+(?:embassy|mission|consulate)|"
            # "its diplomats had left Niger", "staff at the Dutch embassy have left the country"
            r"\b(?:diplomats|" + _STAFF + r"|staff\s+at\s+the\s+(?:" + _W + r"){0,2}?(?:embassy|mission|consulate)(?:\s+in\s+[\w-]+)?)"
            # "diplomats from Germany, France and the Netherlands have left"
            r"(?:\s+(?:from|of)\s+[^.;]{0,70}?)?"
            r"\s+(?:had|have|has)\s+(?:now\s+|already\s+|all\s+)?(?:left|departed|fled)\b",
            _I,
        ),
    ),
    (
        MissionAction.EMERGENCY_SERVICES_ONLY,
        re.compile(
            # ("will deal only with emergencies involving Czech citizens")
            r"\b(?:only|limited,?|solely|except(?:\s+for)?(?!\s+in\s+(?:an?\s+)?emergenc)|just|reduc\w+\s+to)\s+(?:" + _W + r"){0,4}?"
            # (not advice to people: "avoid going out except in emergencies")
            r"emergenc(?:y|ies)\b|"
            # "cut consular services to emergencies only", "limited its services to emergencies"
            r"\b(?:limit|restrict|cut|reduc|scal)\w*\s+(?:" + _W + r"){0,4}?to\s+(?:" + _W + r"){0,2}?emergencies\b|"
            # "is closed to walk-in visitors but continues to provide emergency consular assistance"
            r"\bclosed\s+to\s+(?:the\s+public|walk-in\s+\w+|visitors|callers)\b[^.;]{0,60}?\bemergenc(?:y|ies)\b|"
            # "remains open to provide emergency services for U.S. citizens": open for nothing else
            # ("halted visa processing but remains open for emergencies" is reduced services, as the earlier rounds read it)
            r"\bopen\s+(?:only\s+)?to\s+(?:provide|offer|handle)\s+emergenc(?:y|ies)\b|"
            # ("would continue to provide emergency services ..., but that all routine consular appointments ... were
            # cancelled": emergencies and nothing else)
            r"\bcontinu\w*\s+to\s+(?:provide|offer|handle)\s+emergency\s+(?:consular\s+)?services\b[^.;]{0,80}?\bbut\b[^.;]{0,30}?"
            r"\b(?:all\s+)?routine\b[^.;]{0,60}?\b(?:cancell?ed|suspended|halted)\b|"
            r"\b(?:not|no\s+longer)\s+(?:be\s+able\s+to\s+)?(?:offer|provide|conduct|perform)\w*\s+(?:any\s+)?"
            r"routine\b|"
            # ("suspended all routine consular, passport and visa services in order to concentrate on emergency
            # assistance")
            r"\b(?:suspend|halt|stopp?|cancel|clos)\w*\s+(?:all\s+)?(?:its\s+|their\s+)?routine\b[^.;]{0,80}?\b(?:in\s+order\s+)?to\s+"
            r"(?:concentrate|focus)\s+(?:\w+\s+)?on\s+(?:" + _W + r"){0,2}?emergenc(?:y|ies)\b|"
            r"\bemergency\s+(?:" + _W + r"){0,3}?(?:services?|assistance|cases|matters)\s+only\b|\bemergencies\s+only\b|"
            # "offer emergency services to American citizens only", "continue to assist American citizens in emergencies"
            r"\bemergency\s+(?:consular\s+)?(?:services?|assistance)\s+(?:to|for)\s+(?:" + _W + r"){1,3}?only\b|"
            r"\bcontinue\s+to\s+(?:assist|help)\s+(?:" + _W + r"){0,3}?(?:in|with)\s+emergencies\b|"
            r"\bemergency\s+(?:consular\s+|citizen\s+)?(?:services|assistance)\s+(?:"
            + _W
            # ("emergency assistance to US citizens remains available by telephone")
            + r"){0,3}?(?:are|is|will\s+be|being|remains?|stays?)"
            r"\s+(?:"
            + _W
            + r")?(?:provided|available|offered)\b|\b(?:closed|shut|suspended|unavailable)\s+for\s+(?:all\s+)?routine\b|"
            r"\broutine\s+(?:"
            + _W
            + r"){0,2}services\s+(?:"
            + _W
            + r"){0,3}"
            r"suspended\b",
            _I,
        ),
    ),
    (
        MissionAction.REOPENED,
        re.compile(
            r"(?<!would\s)(?<!will\s)\bre-?open(?:s|ed|ing)?\b|"
            # "opened its doors again"
            r"\bopen(?:s|ed)?\s+(?:its|their)\s+doors\s+again\b|"
            # "re-established its diplomatic presence in Afghanistan", "returns to Kabul embassy"
            r"\bre-?establish\w*\s+(?:its|their|a)\s+(?:diplomatic\s+|permanent\s+)?(?:presence|embassy|mission|consulate)\b|"
            # ("Routine consular services resumed on 1 March")
            r"^\W*(?:routine|normal|full)\s+(?:consular\s+|visa\s+)?services\s+(?:have\s+|had\s+|were\s+)?(?:resumed|been\s+restored|restored)\b|"
            # a reopening set for a day: "will reopen next month" (not "would reopen when it is safe")
            r"\b(?:will|would)\s+re-?open\b(?=[^.;]{0,90}?\b(?:next\s+(?:week|month|year)|tomorrow|on\s+\w+day|"
            r"in\s+the\s+coming\s+(?:days|weeks)|this\s+(?:week|month)|within\s+(?:days|weeks|a\s+week|\w+\s+days))\b)|\bresum\w+\s+(?:"
            + _W
            + r"){0,3}(?:operations|work|activities|"
            r"services|functioning)\b|(?<!would\s)(?<!will\s)\breturns?\s+to\s+normal\s+operations\b|\bback\s+in\s+operation\b|"
            r"\b(?:is|are|was|were)\s+(?:now\s+)?(?:open\s+again|back\s+open)\b|"
            # "would open an embassy in Kyiv again next month"
            r"\bopen(?:s|ed|ing)?\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:embassy|consulate|mission)\s+(?:" + _W + r"){0,3}?again\b|"
            # "moved its diplomats to Tunis in 2014 and brought them back in 2021"
            r"\bbr(?:ought|ing|ings|inging)\s+(?:them|(?:its|their|the)\s+(?:diplomats|diplomatic\s+staff|staff|personnel))\s+back\b|"
            # "returned diplomats to its embassy in Caracas": staff back at a closed mission
            r"(?<!would\s)(?<!will\s)\breturn(?:s|ed|ing)?\s+(?:its\s+|their\s+)?(?:diplomats|diplomatic\s+staff|ambassador|staff|personnel|them)\s+to\s+"
            r"(?:its\s+|their\s+|the\s+)?(?:embassy|consulate|mission)\b|"
            # "Colombia's envoys return to their posts in Caracas", "its diplomats flew back to Bogotá": staff back
            r"(?<!would\s)(?<!will\s)\b(?:diplomats|envoys|diplomatic\s+staff)\s+(?:(?:have|has|had)\s+)?(?:return(?:s|ed)?|"
            r"(?:went|go|fly|flew|flown|are|were)\s+back)\s+(?:to\s+(?:their|its)\s+posts?\s+in|to|in)\s+(?-i:[A-Z])|"
            # "the embassies of A and B are back in Kyiv", "missions of A and B have returned to Kyiv"
            r"\b(?:embass(?:y|ies)|consulates?|(?:diplomatic\s+)?missions?|representations?)\b(?![^.;]{0,80}?\b(?:will|would)\b)"
            r"[^.;]{0,80}?\b(?:(?:is|are|was|were)\s+(?:now\s+)?(?:back|again|once\s+again)\s+in|(?:have\s+|has\s+|had\s+)?returned\s+to)\s+(?-i:[A-Z])|"
            # "there are again in Kyiv the missions of ...", "Kyiv once again hosts the embassies of ..."
            r"\bagain\s+in\s+[\w-]+\s+(?:the\s+)?(?:representations|embassies|missions)\s+of\b|"
            r"\bagain\s+hosts?\s+(?:the\s+)?(?:embass|missions?\b|representations?\b)",
            _I,
        ),
    ),
    (
        MissionAction.SUSPENDED,
        re.compile(
            # (consular or visa work suspended is reduced services, below)
            r"\bsuspen(?:d|ds|ded|ding|sion\s+of)\s+(?:(?!(?:consular|visa)\b)" + _W + r"){0,4}?"
            r"(?:operations|activities|activity|work|functioning)\b|"
            # "halted all operations at its embassy": the mission named as the object's place
            r"\b(?:halt|ceas|stopp?)(?:ed|es|s|ing)?\s+(?:all\s+)?(?:its\s+|their\s+|the\s+)?(?:operations|activities|work)\s+"
            r"(?:at|of|in)\s+(?:" + _W + r"){0,3}?" + _MISSIONS + r"\b|"
            # ("scaled down its operations and suspended visa services": another verb's object)
            r"(?<!consular\s)(?<!routine\s)\b(?:operations|activities)\s+(?:(?!and\b)" + _W + r"){0,4}?"
            r"(?:suspended(?!\s+(?:(?:its|their|the)\s+)?(?:consular|visa)\b)|halted|ceased)\b|"
            # (not "stay in close contact with the embassy", "close to the embassy")
            r"\bclos(?:e|ed|es|ing|ure\s+of)\s+(?!(?:contact|touch|co-?operation|coordination|liaison|ties|to|by)\b)(?:"
            + _W
            + r"){0,4}?(?:embass(?:y|ies)|consulates?|missions?|chancery|high\s+commissions?)\b|"
            r"\b" + _MISSIONS + r"\b"
            # ("The US, British and French embassies, which share an office building ... damaged by the tremor, have
            # closed": past a relative clause set off by commas)
            # ("The U.S. consular agency in Oaxaca, which normally handles ..., is closed")
            r"(?:(?:\s+in\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)?,\s*which\s[^.;,]{0,150},)?"
            # up to the verb, without passing into another subject ("... and the fact that the port is shut")
            # ("and" before a capital goes on with a list of names: "the embassies of France, Germany and Italy")
            # (nor into the mission's visa or consular work: "... in Erbil, and said normal visa services at both posts
            # would be suspended")
            r"(?:(?!\band\b(?!\s+(?:the\s+)?[A-Z])|\b(?:but|while|airspace|airports?|borders?|roads?|schools?|visa|consular)\b)[^.;]){0,90}?"
            r"\b(?:(?:is|was|were|are|remains?|remained|been|be|will\s+be|(?:would|will)\s+(?:stay|remain)|stays?|stayed|"
            r"(?:have|has|had)(?:\s+(?:now|also|all|already))?)\s+"
            r"(?:(?:now|ordered|also|still|again|since|\w+ly)\s+)?(?:closed|shut|closing)|shut\s+down|"
            r"suspended(?!\s+(?:(?:its|their|the)\s+)?(?:all\s+)?(?:(?:routine|public|in-person|regular|non-emergency)\s+)?(?:consular|visa)\b)|halted|ceased\s+operations)\b|"
            # "the embassy, the French cultural centre and the local radio relay were closed": the first of a list
            r"\b" + _MISSIONS + r",\s+(?:the\s+|its\s+)?[^,.;]{1,50},?\s+and\s+(?:the\s+|its\s+)?[^.;,]{1,60}?\s+(?:were|have\s+been|"
            r"had\s+been)\s+(?:\w+ly\s+)?(?:closed|shut)\b|"
            r"\bshut(?:s|ting)?\s+(?:down\s+)?(?:" + _W + r"){0,3}" + _MISSIONS + r"\b|"
            r"\bshutter(?:s|ed|ing)?\s+(?:" + _W + r"){0,3}" + _MISSIONS + r"\b|"
            # "its embassy in Bamako would close at the end of the year" (not "would close if ...")
            r"\b" + _MISSIONS + r"\b(?:(?!\band\b|\bbut\b)[^.;]){0,60}?\b(?:will|would|is\s+to|are\s+to|"
            r"(?:is|are)\s+set\s+to|(?:will|would)\s+have\s+to|(?:has|have|had)\s+to)\s+(?:close|shut)(?:\s+down)?\b(?!\s+(?:the|its|their|a|an|all|to|for)\b)"
            r"(?![^.;]{0,50}?\b(?:if|unless|should|when|once)\b)(?!" + _EARLY_HOURS + r")|"
            # "the embassy ... has not reopened": still closed
            r"\b" + _MISSIONS + r"\b[^.;]{0,80}?\b(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?"
            r"re-?opened\b(?!\s+(?:its|their|the)\s+(?:visa|consular))|"
            # "the embassy in Kabul closed its doors", "the French embassy in Niamey closed indefinitely"
            r"\b" + _MISSIONS + r"\b(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?"
            # ("The US embassy in Bishkek, closed to the public since Tuesday, said ...")
            # ("kept their embassies in the Serbian capital closed": the host named by its people's capital)
            r"[A-Z][\w-]+)*)?(?:\s+in\s+(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w-]+)?|the\s+[A-Z][\w-]+\s+capital))?"
            # ("The embassy in Khartoum, which had been open since 1980, shut its doors": an aside between)
            r"(?:,\s+(?:which|whose|a|an|the|its|one\s+of)\s[^,;]{1,80},)?,?\s+(?:\w+ly\s+)?"
            # ("The Irish and Danish embassies closed to the public on Monday")
            r"(?:closed|shut)(?:\s+(?:its|their)\s+doors\b|\s+to\s+the\s+public\b|(?!\s+(?:the|its|their|a|an|all|down|to|for)\b))|"
            # ("said they would not open to the public before Monday": closed until then)
            r"\b" + _MISSIONS + r"\b[^.;]{0,80}?\b(?:would|will)\s+not\s+(?:re-?)?open\s+(?:to\s+the\s+public\s+)?"
            r"(?:before|until)\b|"
            # "instructed our embassy in Tarawa to cease all operations"
            r"\b" + _MISSIONS + r"\b[^.;]{0,40}?\bto\s+(?:cease|halt|stop|suspend)\s+(?:all\s+)?(?:its\s+|their\s+)?"
            r"(?:operations|activities|work)\b|"
            # "the embassy in Minsk has stopped working", "the consulate ceased its activities"
            r"\b" + _MISSIONS + r"\b[^.;]{0,50}?\b(?:stopped|ceased|halted)\s+(?:its\s+|their\s+)?"
            r"(?:work(?:ing)?|operati(?:ng|ons)|functioning|activit(?:y|ies))\b|"
            # "there is no U.S. embassy or consulate operating in X", "has not had an embassy in Iran since 1979"
            r"\b(?:has|have|had)\s+not\s+had\s+(?:an?\s+)?(?:embass(?:y|ies)|consulates?|diplomatic\s+presence)\s+in\b|"
            r"\bno\s+(?:" + _W + r"){0,2}missions?(?:\s+(?:or|and|nor)\s+(?:embass(?:y|ies)|consulates?))?\s+(?:operating|open)\b|"
            r"\bno\s+(?:" + _W + r"){0,2}(?:embass(?:y|ies)|consulates?|diplomatic\s+presence)(?:\s+(?:or|and|nor)\s+"
            r"(?:embass(?:y|ies)|consulates?))?\s+(?:" + _W + r")?(?:operating|open|in)\b|"
            r"\btemporar\w+\s+(?:shutdown|closure)\b|\b(?:after|following)\s+(?:a|an|its)\s+(?:" + _W + r"){0,2}?"
            r"(?:suspension|closure)\b|"
            # staff or the embassy moved to another city stop its work where it was (an embassy moved to Jerusalem
            # recognises the city: no mission stops)
            # (not "moved part of its embassy team to Osaka": some of the staff, a cut)
            r"\b(?:relocat\w*|mov(?:e|ed|es|ing))\s+(?!(?:part|some|a\s+part|a\s+number)\s+of\b)(?:" + _W + r"){0,4}?(?:operations|staff|"
            r"embass(?:y|ies)|diplomatic\s+staff|diplomats)\b[^.;]{0,60}?\bto\s+(?!Jerusalem\b)[A-Z]|"
            r"\b(?:embass(?:y|ies)|missions?|consulates?)\b[^.;]{0,60}?\b(?:relocat\w+|shifted|moved)\s+(?:\w+\s+){0,2}?to\s+(?!Jerusalem\b)[A-Z]|\b(?:would|will)\s+re-?open\s+(?:as\s+soon\s+as|when|once)\b",
            _I,
        ),
    ),
    (
        MissionAction.REDUCED_SERVICES,
        re.compile(
            # "has moved part of its embassy team from Tokyo to Osaka": some of the staff work elsewhere
            r"\b(?:relocat\w*|mov(?:e|ed|es|ing))\s+(?:part|some|a\s+part|a\s+number)\s+of\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:staff|team|diplomats|personnel|operations)\b[^.;]{0,60}?\bto\s+[A-Z]|"
            # "has cancelled all routine visa and American citizen services appointments", "all visa interviews"
            r"\bcancel\w*\s+(?:all\s+)?(?:routine\s+)?(?:" + _W + r"){0,5}?(?:appointments|interviews)\b|"
            # ("its consular section would deal with callers by telephone only": no one received in person)
            r"\b(?:by|over\s+the)\s+(?:tele)?phone\s+only\b|\bonly\s+by\s+(?:tele)?phone\b|"
            # "Italy admitted only visitors with prior appointments": the public let in by appointment alone
            r"\b(?:admitt?|receiv|accept)\w*\s+only\s+(?:\w+\s+){0,2}?(?:visitors|applicants|people|callers)\s+with\s+"
            r"(?:prior\s+|advance\s+)?appointments?\b|"
            # "Indian visa application centres across Bangladesh remain closed": the mission's visa work stopped
            r"\b" + _VISA_CENTRES + r"\b[^.;]{0,60}?\b(?:closed|shut|suspended)\b|"
            r"\b(?:clos|shut|suspend)\w*\s+(?:all\s+)?(?:its\s+|their\s+)?(?:" + _W + r")?" + _VISA_CENTRES + r"\b|"
            # ("but visa interviews remain suspended until further notice": that work stopped, the rest goes on)
            + _WORK_STILL_STOPPED
            + r"|"
            # ("consular sections worked reduced hours")
            r"\b(?:work\w*|operat\w*|open\w*|kept)\s+(?:on\s+)?(?:reduced|shorter|shortened|limited)\s+hours\b|"
            # ("would close at 2 p.m. for routine consular services": open for shorter hours)
            r"\b(?:clos|shut)\w*" + _EARLY_HOURS + r"|"
            # "was providing limited consular assistance", "cut its public counter hours to two mornings a week"
            # (not "could provide only limited assistance": the advice's reason, what it can do)
            r"\b(?:providing|offering|provided|offered)\s+(?:only\s+)?limited\s+(?:consular\s+)?(?:assistance|help|support)\b|"
            r"\bcut\w*\s+(?:its\s+|their\s+)?(?:(?:public|opening|counter|consular|office)\s+)+hours\b|"
            r"\breduc\w+\s+(?:" + _W + r"){0,5}?(?:staffs?|staffing|presence|operations|services|personnel|diplomats|"
            r"employees|activity|activities)\b|\bcut(?:s|ting)?\s+(?:its\s+|their\s+|the\s+)?(?:embassy\s+)?(?:staff|staffing|presence|"
            r"personnel|diplomatic\s+staff)\b|"
            # "works in a limited mode", "with a minimum of staff", "was reduced to a minimum"
            # ("remains open but on limited operations", "has been pared down")
            r"\b(?:limited|reduced|minimal|restricted)\s+(?:mode|format|regime|operations)\b|\bpared\s+(?:back|down)\b|"
            # "be brought down to 30 staff", "cut to 30 from 55", "will shrink to the same number": a staff ceiling
            r"\b(?:brought|scaled|cut|reduced)\s+(?:down\s+)?to\s+\d+\s+(?:staff|diplomats|officials|personnel|employees|"
            r"members)\b|\bshrink\w*\s+to\s+(?:\d+|the\s+same\s+(?:number|size|level))\b|"
            r"\bminimum\s+(?:number\s+)?of\s+(?:staff|personnel|diplomats|employees)\b|\breduced\s+to\s+(?:a|the)\s+minimum\b|"
            # ("had been cut to a handful of staff")
            r"\bto\s+(?:just\s+|only\s+)?a\s+handful\s+of\s+(?:staff|personnel|diplomats|employees|officials)\b|"
            # ("operating with minimum essential personnel", "to cut its strength from 55 to 30")
            r"\bminimum\s+essential\s+(?:staff|personnel)\b|\bcut\w*\s+(?:its|their|the)\s+(?:diplomatic\s+)?strength\b|"
            r"\blimited\s+(?:consular\s+)?services\b|"
            # ("it provides no consular services": open for other work)
            r"\b(?:provid|offer)(?:es|ed|ing|e|s)?\s+no\s+(?:consular|visa|passport)\s+services\b|"
            # ("has limited its consular services", "scaled back its embassy in Khartoum to essential staff")
            r"\blimit(?:s|ed|ing)?\s+(?:its|their)\s+(?:consular\s+|visa\s+)?services\b|"
            r"\bscal\w+\s+back\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:embassy|consulate|mission|presence|operations)\b|"
            # ("will continue to operate on a limited basis", "will receive visitors by appointment only")
            r"\b(?:operat\w*|open|work\w*|function\w*)\s+(?:only\s+)?on\s+a\s+limited\s+basis\b|"
            r"\b(?:receiv|see|serv|accept)\w*\s+(?:" + _W + r"){0,2}?by\s+appointment\s+only\b|"
            # ("The reception of citizens in the Consulate General ... is temporarily stopped")
            r"\breception\s+of\s+(?:citizens|visitors|applicants|the\s+public)\b[^.;]{0,90}?\b(?:stopped|suspended|halted|paused|cancell?ed)\b|"
            # "paused in-person services at its consulates": some of its work stopped
            r"\bpaus\w+\s+(?:in-person|routine|visa|some|consular|non-emergency)\s+(?:\w+\s+)?services\b|"
            # consular or visa work suspended while the embassy stays open ("decided to close the consular section",
            # "said normal visa services at both posts would be suspended")
            r"\b(?:consular|visa)\s+(?:services|operations|appointments|processing|counters|sections?)\b[^.;]{0,40}?\b(?:is|are|was|were|"
            # ("its visa and consular counters will stay closed to the public": the embassy open for other work)
            r"(?:will|would)\s+be|(?:has|have|had)\s+been|(?:will|would)\s+(?:stay|remain)|remains?|remained|stay(?:s|ed)?)\s+"
            r"(?:\w+ly\s+)?(?:suspended|halted|stopped|paused|cancell?ed|closed|shut|"
            # ("visa processing would be scaled back")
            r"scaled\s+(?:back|down)|curtailed|cut\s+back)\b|"
            r"\b(?:clos|shut|suspend)\w*\s+(?:(?:its|their|the)\s+)?(?:consular|visa)(?:\s+and\s+(?:consular|visa))?\s+(?:sections?|departments?)\b|"
            r"\b(?:suspen\w+|halt\w*|stop(?:s|ped|ping)?|paus\w+|cancel\w*)\s+(?:(?:its|their|the)\s+)?(?:all\s+)?(?:(?:routine|public|in-person|regular|non-emergency)\s+)?(?:consular|visa)\s+"
            # ("suspended visa and passport services")
            r"(?:(?:and|or)\s+(?:consular|visa|passport)\s+)?"
            r"(?:services|operations|appointments|work|processing|issuance)\b|\b(?:skeleton|minimal|minimum|reduced|small|smaller|core)\s+(?:staff|staffing|crews?|teams?)\b|"
            # ("was working with three diplomats and a radio operator": a few people left)
            r"\b(?:working|operating)\s+with\s+(?:only\s+|just\s+)?(?:two|three|four|five|a\s+handful\s+of|a\s+few)\s+"
            r"(?:diplomats|staff|officers|employees|people)\b|"
            # "cut back consular services", "curtailed its operations"
            r"(?:\b(?:scal\w+|cut(?:s|ting)?)\s+(?:back|down)\s+(?:on\s+)?|\bcurtail\w*\s+)(?:"
            + _W
            + r"){0,3}"
            r"(?:staff|operations|presence|services)\b|"
            # "shuts embassy in X, scales back in Y": the verb's object left out after another mission's
            r"\bscal\w+\s+(?:back|down)\s+in\s+(?-i:[A-Z])|"
            # "will no longer issue visas", "stopped issuing visas": the embassy open for other work
            r"\b(?:no\s+longer|stop\w*|ceas\w+|halt\w*|suspend\w*)\s+(?:issu|process|grant)\w*\s+(?:" + _W + r")?visas\b",
            _I,
        ),
    ),
]
_STAFF_LEADS = "staff personnel employees diplomats officials family families dependants dependents workers"
_ACTION_LEADS = {
    MissionAction.DEPARTURE_LIFTED: "lift end terminat rescind revok ordered authori allow",
    MissionAction.AUTHORIZED_DEPARTURE: "authori voluntary allow permit " + _STAFF_LEADS,
    MissionAction.ORDERED_DEPARTURE: "order direct instruct tell told withdr drawdown drew drawn draw mov bring brought tak evacuat recall pull "
    + _STAFF_LEADS,
    MissionAction.EVACUATED: "evacuat embass consulate mission diplomat airlift flown flew fly flies flying pull fully carried ferried "
    "last remaining all and "
    + _STAFF_LEADS,
    MissionAction.EMERGENCY_SERVICES_ONLY: "only limited solely except just reduc not no emergency routine closed shut suspended open "
    "unavailable",
    MissionAction.REOPENED: "reopen re-open resum return back is are was were embass consulate mission representation "
    "again brought bring",
    MissionAction.SUSPENDED: "suspen operations activities clos embass consulate mission high shut no temporar after "
    "shutter "
    "following relocat mov would will",
    MissionAction.REDUCED_SERVICES: "reduc handful limited skeleton minimal minimum scal restricted cut curtail core smaller no paus "
    "working operating clos shut hours remain stay "
    "stop ceas halt suspend relocat mov admit receiv accept",
}
_ACTIONS: list[tuple[MissionAction, Anchored]] = [
    (action, Anchored(pattern, "withdr" if index == 0 else _ACTION_LEADS[action]))
    for index, (action, pattern) in enumerate(_ACTION_PATTERNS)
]
# "the staff of its embassy had left Sudan on a French evacuation flight": the mission's own staff on such a flight
_STAFF_ON_A_FLIGHT = re.compile(
    r"\b(?:staff|diplomats|personnel|employees)\b[^.;]{0,60}?\b(?:left|departed|flown\s+out|flew\s+out)\b[^.;]{0,40}?"
    r"\b(?:on|aboard)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:evacuation|charter)\s+flights?\b|"
    # ("has authorised the voluntary departure of family members of staff ... and says it will lay on charter flights")
    r"\b(?:authori[sz]\w*|order\w*)\s+(?:the\s+)?(?:voluntary\s+|mandatory\s+)?departure\b[^.;]*?\b(?:evacuation|charter)\s+flights?\b",
    _I,
)
# (visa work halted is a service cut: "halted visa processing", "cancelled all visa appointments")
_NOT_AFTER_A_HALT = "".join(
    rf"(?<!{verb}\s{every})"
    for verb in ("halted", "halts", "suspended", "suspends", "suspending", "stopped", "paused", "cancelled", "canceled")
    for every in ("", r"all\s")
)
_NOT_MISSION = Anchored(re.compile(
    # (not "closed to walk-in visitors": a mission's state)
    r"\b(?:reception(?!\s+of\s+(?:citizens|visitors|applicants|the\s+public))|open\s+house|opens\s+its\s+doors|(?<!walk-in\s)(?<!to\s)(?<!only\s)(?<!receiving\s)(?<!admitting\s)visitors|"
    # (not one of a list the embassy heads: "the embassy, the French cultural centre and the radio relay were closed")
    r"cultural(?!\s+(?:cent(?:re|er)|institute)\s+and\s)|passport\s+(?:processing|applications?|"
    r"renewals?)|"
    + _NOT_AFTER_A_HALT
    # (not "all routine visa appointments have been cancelled": a service cut)
    # (nor "cancelled its visa appointments", done by the mission itself)
    + r"(?<!cancelled\sits\s)(?<!cancelled\sall\s)(?<!suspended\sits\s)(?<!suspended\sall\s)(?<!cancels\sits\s)"
    r"(?<!suspends\sits\s)(?<!services\sand\s)visa\s+(?:applications?|processing|appointments?)"
    r"(?!\s+(?:have|has|had|were|was|are|is|would\s+be|will\s+be)\s+(?:been\s+)?(?:cancel|suspend|halt|stopp|paus|scaled|curtail|cut\s+back))"
    r"(?!\s+cent(?:re|er))|"
    r"evacuation\s+flights?|charter\s+flights?|"
    r"virtual\s+embassy|holidays?|"
    # (not a date in a relative clause: "whose compound was attacked on New Year's Eve")
    r"(?:for|on)\s+(?:the\s+)?(?:Eid|Christmas|New\s+Year|Independence\s+Day|Thanksgiving)(?![^,]*,\s+(?:has|have|had|is|was|will)\s)|"
    # ("The UN mission in Iraq, UNAMI, has moved some staff out": an organisation's, no government's)
    r"(?-i:UN|U\.N\.|EU|NATO|OSCE)\s+(?:\w+\s+)?mission|(?:United\s+Nations|European\s+Union|African\s+Union)\s+(?:\w+\s+)?mission)\b",
    _I,
))
_CAUSE = Anchored(re.compile(r"\b(?:due\s+to|because\s+of|owing\s+to|citing)\b", _I))
_OWNER_AFTER = re.compile(
    # (not "Niger ordered foreign diplomats to leave": other governments' staff)
    # (nor "France said Sudan's embassy": another's possessive, or a verb of saying, between)
    r"^(?:[’']s)?\s+(?:(?!(?:foreign|western|european|other|said|says|say)\b)(?![\w.-]+[’']s?\s)" + _W + r"){0,2}?(?:embass(?:y|ies)|consulates?|missions?|high\s+commissions?|diplomat(?:s|ic)|"
    r"government\s+(?:personnel|employees|staff)|personnel|staff|employees|ambassador|"
    r"chancery|" + _VISA_CENTRES + r")\b",
    _I,
)
_TITLED_MISSION = re.compile(r"\s+(?:Embass(?:y|ies)|Consulates?|High\s+Commissions?)\s+(?:in|at)\s", _I)
_OWNED_ACTION_AFTER = re.compile(r"\s+(?:re-?opening|closure|shutdown)\b", _I)
_EXPELLED_BEFORE = re.compile(r"\bexpel\w*\s+(?:all\s+|the\s+)?$", _I)
_OWNER_BEFORE = re.compile(
    # ("the departure of dependants of Australian officials")
    r"\b(?:(?:embass(?:y|ies)|consulates?|missions?|high\s+commissions?|ambassadors?|those|dependants|dependents|family\s+members)\s+of|(?<!\bits\s)(?<!\btheir\s)(?<!\bthe\s)(?:diplomats|diplomatic\s+staff)\s+(?:from|of))"
    r"\s+(?:the\s+)?$",
    _I,
)
_HOST_AFTER_EMBASSY = re.compile(r"\b(?:embassy|consulate(?:\s+general)?|mission|high\s+commission)\s+(?:in\s+)?$", _I)


_SEAT_BEFORE = re.compile(
    r"\b(?:(?:ministry|government|office|officials|authorities|spokes\w+|president|presidency|cabinet)\s+in|"
    # ("the ambassador to Libya, who had been based in Tunis": where someone sits)
    r"based\s+in)\s+$",
    _I,
)
# Places that are not where the mission is: "coordinated with Norway", "near the border with Poland".
_NOT_HOST_BEFORE = re.compile(
    r"\b(?:with|near|between|against|over|on|of|toward|towards|bordering|border\s+with|for|neighbou?ring)\s+(?:the\s+)?$", _I
)
# "several western nations have begun to evacuate their embassies": unnamed governments.
_UNNAMED_OWNERS = Anchored(re.compile(
    r"\b(?:many|several|other|some|numerous|various|more|multiple|western|european|foreign)\s+(?:\w+\s+){0,2}?"
    r"(?:countries|governments|nations|states)\b[^.;]{0,40}$",
    _I,
))
_CO_OWNER_CUE = Anchored(re.compile(
    r"(?:\b(?:and\s+)?(?:as|so)\s+(?:is|are|did|does|has|have|had|was|were)|\balong\s+with|\btogether\s+with|\bjoin(?:s|ed|ing)?)"
    r"\s+(?:the\s+)?$",
    _I,
))
_NEGATED = Anchored(re.compile(
    # (not past a conjunction: "was not yet evacuating but ordered the departure of ...")
    # ('had "no plans" to evacuate staff': the words quoted)
    # ("but none has reduced its presence")
    r"\b(?:not|n[’']t|never|no\s+plans?[\"”’']?\s+to|no\s+intention\s+(?:of|to)|rul\w+\s+out|(?:none|neither)\s+(?:of\s+them\s+)?(?:has|have|had))\s+"
    r"(?:(?!(?:but|and|while|although|though|yet\s+it)\b)\w+\s+){0,3}?(?:to\s+)?$",
    _I,
))
# What is suspended is a service of the mission, not the mission: "the consular services at the embassy in X".
_SERVICES_OF = Anchored(re.compile(
    r"\b(?:consular|visa|passport)\s+(?:services|operations|work|sections?)\s+(?:at|of|in)\s+(?:the\s+)?(?:" + _W + r"){0,2}$",
    _I,
))
_CONDITIONAL = Anchored(re.compile(r"\b(?:when|once(?!\s+(?:again|more)\b)|until|as\s+soon\s+as|if|before)\b[^.;,]{0,40}$", _I))
_HAS_NONE_BEFORE = re.compile(r"\b(?:has|have)\s+$", _I)
_SINCE_AFTER = re.compile(r"[^.;]*?\b(?:since|after|when)\b", _I)
_FIRST_PERSON = re.compile(r"\b(?:we|our)\b", _I)
_OWN_MISSION = re.compile(
    r"\b(?:its|their)\s+(?:" + _W + r"){0,2}?(?:embass(?:y|ies)|missions?|consulates?|"
    r"diplomats|staff|personnel)\b",
    _I,
)


def _coordinated(view: SentenceView, iso2: str, at: int = 0) -> list[str]:
    """An owner and the countries listed with it ("Denmark and Norway closed their embassies"), from its first
    mention at or after `at` (where it was named as the owner)."""
    actors = view.actors
    out = [iso2]
    for index, actor in enumerate(actors):
        if actor.iso2 != iso2 or actor.role == Role.PLACE or actor.start < at:
            continue
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(actors):
                left, right = (actors[other], actors[other - step]) if step < 0 else (actors[other - step], actors[other])
                if not _LIST_JOINER.match(view.text[left.end : right.start]) or actors[other].role == Role.PLACE:
                    break
                if actors[other].iso2 not in out:
                    out.append(actors[other].iso2)
                other += step
        break
    return out


def _owners(view: SentenceView, cut: tuple[int, int]) -> list[str]:
    """Countries whose mission it is: "the US Embassy", "Embassy of France", "its embassy" (the subject's); the
    cause clause (`cut`) names none."""
    owners = []
    owned_list: list[Actor] = []
    owned_at: list[int] = []  # where a mission is named with its owner ("the German embassy")
    named_at: dict[str, int] = {}
    outside = view.text[: cut[0]] + view.text[cut[1] :]
    for actor in view.actors:
        if cut[0] <= actor.start < cut[1]:
            continue
        after = view.text[actor.end : actor.end + 40]
        before = view.text[max(0, actor.start - 25) : actor.start]
        if _EXPELLED_BEFORE.search(before):
            continue  # "... and expelled Iran's diplomats": the diplomats sent home are not the mission acting
        if (
            (
                _OWNER_AFTER.match(after)
                and actor.kind != "metonym"
                # ("Staff at the US Embassy in ...", "Families of staff at the British High Commissions in New Delhi and
                # Islamabad": a country's name right before its Embassy, not a place)
                and (
                    actor.role not in (Role.PLACE, Role.CITIZENS)
                    or (actor.kind in ("alias", "demonym") and _TITLED_MISSION.match(after))
                )
            )
            or (
                # (searched in place: the lookbehind sees "its" before "diplomatic staff" beyond the window)
                _OWNER_BEFORE.search(view.text, max(0, actor.start - 25), actor.start)
                # ("evacuating families of diplomats from Ukraine": the place they are taken out of)
                and not TAKEN_OUT_OF.search(view.text, max(0, actor.start - 80), actor.start)
            )
            or (actor.kind == "demonym" and _OWNED_ACTION_AFTER.match(after))  # "of the Turkish reopening"
            # "an operation mounted by the United States, whose own Embassy in Freetown was evacuated"
            or (actor.kind != "demonym" and _WHOSE_MISSION_AFTER.match(after))
        ):
            owners.append(actor.iso2)
            owned_at.append(actor.start)
            named_at.setdefault(actor.iso2, actor.start)
        elif owned_list and _LIST_JOINER.match(view.text[owned_list[-1].end : actor.start]):
            owners.append(actor.iso2)  # "those of Germany, Italy and Spain": the rest of the list
        else:
            owned_list = []
            continue
        owned_list.append(actor)
    owners += [iso2 for iso2, start, _e in view.institutions if not cut[0] <= start < cut[1]]
    if (_OWN_MISSION.search(outside) and not _its_is_the_owned(view, owned_at)) or not owners:
        # "its" looks back: "Russia said it would relocate its embassy ... after the junta in Niger ordered ..."
        last_own = max((m.start() for m in _OWN_MISSION.finditer(view.text)), default=0)
        acting = [a for a in view.actors if a.role in (Role.GOVERNMENT, Role.AGENT)]
        # ("Switzerland, which represents US interests in Iran, said it had closed its embassy": the aside's state
        # does not act)
        acting = [a for a in acting if not _in_relative_aside(view.text, a.start, acting)] or acting
        # "similar steps by Germany, which withdrew its ambassador": the relative clause's antecedent owns it
        antecedents = [a for a in view.actors if a.kind != "demonym" and _owns_in_relative(view.text, a.end)]
        if antecedents:
            acting = antecedents
        elif any(a.start < last_own for a in acting):
            acting = [a for a in acting if a.start < last_own]
        owners += [
            a.iso2
            for a in acting
            if not cut[0] <= a.start < cut[1]
            and (
                a.kind != "demonym"
                or _OWN_MISSION.search(outside)
                or (_GOVERNMENT_AFTER.match(view.text, a.end) and _ATTRIBUTION_OPENS.search(view.text, 0, a.start))
            )
            and not _EXPELLED_BEFORE.search(view.text, max(0, a.start - 25), a.start)
            and not _CARRIER_AFTER.match(view.text, a.end)
        ]
    owners += [a.iso2 for a in _included(view) if not cut[0] <= a.start < cut[1]]
    if not owners and _GROUP_NOUN.search(view.text):
        # "Countries that have closed their embassies in X include A, B and C", "The following countries have
        # closed their embassies: A, B and C"
        owners += [a.iso2 for a in _listed_after_intro(view) if not cut[0] <= a.start < cut[1]]
    # "Canada is closing its embassy ..., as is Australia": more governments doing the same.
    owners += [
        a.iso2
        for a in view.actors
        if a.kind != "demonym" and _CO_OWNER_CUE.search(view.text, max(0, a.start - 30), a.start)
    ]
    grouped: list[str] = []
    for owner in dict.fromkeys(owners):
        grouped += [o for o in _coordinated(view, owner, named_at.get(owner, 0)) if o not in grouped]
    return grouped


# "..., the Romanian foreign ministry said": a government named by its people's adjective speaks for its mission
_GOVERNMENT_AFTER = re.compile(
    r"\s+(?:foreign\s+(?:ministry|office)|government|ministry\s+of\s+foreign\s+affairs)\s+(?:said|says|announced)\b", _I
)
_ATTRIBUTION_OPENS = re.compile(r",\s+(?:the\s+)?$", _I)
# "Before dawn, its diplomats left ...": a sentence whose own subject is a government's people, named by "its"
_ITS_PEOPLE = re.compile(r"(?:[^,.;]*,\s*)?(?:its|their)\s+(?:\w+\s+)?(?:diplomats|staff|personnel|envoys?|ambassadors?)\b", _I)
# "its staff left on a British military plane": the country whose aircraft carries them does not own the mission
_CARRIER_AFTER = re.compile(
    r"(?:\s+(?:military|air\s+force|navy|naval|government|chartered|evacuation))?\s+"
    r"(?:planes?|aircraft|jets?|flights?|ships?|vessels?|helicopters?|convoys?|airlifts?|warships?)\b",
    _I,
)
_WHOSE_MISSION_AFTER = re.compile(r",\s*whose\s+(?:own\s+)?(?:[\w-]+\s+)?" + _MISSIONS + r"\b", _I)
_RELATIVE_VERB = re.compile(r",\s*(?:which|who)\s+(?:[\w’'-]+\s+){1,3}?(?=(?:its|their)\s)", _I)


_RELATIVE_OPENS = re.compile(r",\s*(?:which|who)\s[^,;.]*$", _I)


def _in_relative_aside(text: str, start: int, acting: list[Actor]) -> bool:
    """Whether a state is named inside a relative clause set off after another acting state (", which represents US
    interests in Iran,")."""
    opener = _RELATIVE_OPENS.search(text, max(0, start - 80), start)
    return opener is not None and any(0 <= opener.start() - a.end <= 1 for a in acting)


def _owns_in_relative(text: str, end: int) -> bool:
    """Whether a relative clause right after a mention acts on its own mission (", which withdrew its staff")."""
    relative = _RELATIVE_VERB.match(text, end)
    return relative is not None and _OWN_MISSION.match(text, relative.end()) is not None


def _its_is_the_owned(view: SentenceView, owned_at: list[int]) -> bool:
    """Whether every "its staff" follows a mission named with its owner more closely than any acting government:
    "Germany and the Netherlands advised ..., and the German embassy said it had reduced its staff"."""
    if not owned_at:
        return False
    agents = [a.start for a in view.actors if a.role in (Role.GOVERNMENT, Role.AGENT)]
    for match in _OWN_MISSION.finditer(view.text):
        owned = max((p for p in owned_at if p < match.start()), default=-1)
        if owned < 0 or any(owned < a < match.start() for a in agents) or max(agents, default=-1) > owned:
            return False
    return True


_LEFT_FROM = re.compile(r"\b(?:departed|left|fled|quit|evacuated\s+from|withdr[ae]wn?\s+from|pulled\s+out\s+of|out\s+of)\s+(?:the\s+)?$", _I)


def _host_groups(
    view: SentenceView, owners: list[str], cut: tuple[int, int], limit: int
) -> list[tuple[int, list[str]]]:
    """Host countries in order, a list ("in Kuwait, Iraq and Jordan") kept as one group: (position, codes)."""
    groups: list[tuple[int, list[str]]] = []
    last_end = -100
    for actor in view.actors:
        if actor.iso2 in owners or actor.start >= limit or cut[0] <= actor.start < cut[1]:
            continue
        before = view.text[max(0, actor.start - 30) : actor.start]
        if _SEAT_BEFORE.search(before):
            continue  # "the foreign ministry in Rome said": where the speaker sits
        if _CARRIER_AFTER.match(view.text, actor.end):
            continue  # "its ambassador had left with the French convoy": whose convoy, not where the mission is
        if _WORKS_FROM.search(view.text, max(0, actor.start - 60), actor.start):
            continue  # "has been closed since 2014 and works from Tunis": where it is covered from, not its host
        after = view.text[actor.end : actor.end + 30]
        if (
            (actor.role == Role.PLACE and not _NOT_HOST_BEFORE.search(before))
            or _HOST_AFTER_EMBASSY.search(before)
            or _LEFT_FROM.search(before)  # "embassy staff departed Quito on Sunday"
            or (actor.kind == "metonym" and re.match(r"^\s+(?:embassy|mission|consulate)", after, _I))
        ):
            joined = re.fullmatch(
                r"\s*(?:,|and|or|&)?\s*(?:,\s*and\s+)?(?:the\s+)?", view.text[last_end : actor.start], _I
            )
            if groups and joined:
                if actor.iso2 not in groups[-1][1]:
                    groups[-1][1].append(actor.iso2)
            else:
                groups.append((actor.start, [actor.iso2]))
            last_end = actor.end
    named = {h for _p, hosts in groups for h in hosts}
    for position, hosts in _city_hosts(view, cut, limit):
        hosts = [h for h in hosts if h not in owners and h not in named]
        if hosts:
            groups.append((position, hosts))
    return sorted(groups, key=lambda g: g[0])


# Where a closed mission's work is done from, or the mission that covers a country without one ("works from Tunis",
# "consular matters are handled from Dakar", "covers the country from its embassy in Mexico", "handled by the
# Philippine Embassy in Washington")
_WORKS_FROM = re.compile(
    r"\b(?:works?|working|worked|runs?|running|ran|operat\w+|handled|handles|covered|covers|covering|served|serves|"
    r"follow\w*|managed|conducted|based)\s+(?:[\w’'-]+\s+){0,5}?from\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:(?:embassy|mission|high\s+commission|consulate)\s+in\s+)?$|"
    r"\bhandled\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}(?:embassy|mission|high\s+commission|consulate)\s+in\s+$",
    _I,
)
# "the U.S. Consulate General in Erbil", "its consulates in Kandahar and Mazar-i-Sharif": a city that hosts missions
# gives its country where the sentence names none there
_MISSION_IN = Anchored(re.compile(
    r"\b(?:embass(?:y|ies)|consulates?(?:[\s-]+general)?|missions?|high\s+commissions?|ambassador[’']s\s+residence)"
    # ("its High Commission staff in Nuku'alofa": the mission's people where it is)
    r"(?:\s+(?:staff|personnel|employees|diplomats))?"
    # ("the embassies of France and Britain in Port Vila")
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:(?:\s+|,\s*|\s+and\s+(?:the\s+)?)(?-i:[A-Z])[\w’'-]*){0,6})?"
    # ("the embassies, which share an office building in central Port Vila", "the consulate, located in Erbil")
    r"(?:\s+|,\s*(?:which|that)\s+(?:[\w’'-]+\s+){1,6}?|,\s*(?:located|based|housed|situated)\s+)"
    r"(?:in|at)\s+(?:(?:central|downtown|the\s+(?:centre|center)\s+of)\s+)?",
    _I,
))
_CITY_JOINER = re.compile(r"\s*(?:,|and|&|,\s*and)\s*", _I)
# A mission as a clause's subject: "The embassy in Baghdad could not help ...", "... warned that the embassy in X"
_SEAT_SUBJECT_BEFORE = re.compile(r"(?:^|\bthat\s)\W*(?:the\s+)?(?:[\w.’'-]+\s+){0,2}$", _I)


def mission_seat(text: str, mentions: list[Mention], offset: int) -> tuple[str | None, str | None]:
    """The country of a mission a sentence talks about without an action ("The embassy in Baghdad could not help
    Americans leave"), and its government where named right before it ("The British embassy in Tripoli has new
    paint"): whose and where "the embassy" of the next sentences is. `mentions` are the sentence's, at `offset`."""
    for match in _MISSION_IN.finditer(text):
        if not _SEAT_SUBJECT_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        owner = next(
            (m.iso2 for m in mentions if _OWNER_SPACE.fullmatch(text, m.end - offset, match.start())), None
        ) or next(  # ("The Embassy of Canada in Port-au-Prince suffered damage")
            (m.iso2 for m in mentions if match.start() < m.start - offset < match.end()), None
        )
        at = match.end()
        named = next((m.iso2 for m in mentions if m.start - offset == at), None)
        if named is not None:
            return named, owner
        city = next((iso2 for start, _end, iso2 in mission_cities_in(text, at, at + 40) if start == at), None)
        if city is not None:
            return city, owner
    # "The American embassy itself has shown more confidence ...": whose "it" of the next sentence is
    subject = _MISSION_SUBJECT.match(text)
    if subject is not None:
        owner = next((m.iso2 for m in mentions if (m.start - offset, m.end - offset) == subject.span(1)), None)
        return None, owner
    return None, None


_MISSION_SUBJECT = re.compile(
    r"\W*(?:the\s+)?((?-i:[A-Z])[\w.’'-]+(?:\s+(?-i:[A-Z])[\w.’'-]+)?)\s+(?:embassy|consulate|high\s+commission)\b"
    r"(?!\s+(?:in|at|to)\b)",
    _I,
)


_OWNER_SPACE = re.compile(r"(?:[’']s)?\s+")  # ("The British embassy", "Britain's embassy")


def _city_hosts(view: SentenceView, cut: tuple[int, int], limit: int) -> list[tuple[int, list[str]]]:
    groups: list[tuple[int, list[str]]] = []
    for match in _MISSION_IN.finditer(view.text):
        if cut[0] <= match.start() < cut[1] or match.end() >= limit:
            continue
        hosts: list[str] = []
        at = match.end()
        for start, end, iso2 in mission_cities_in(view.text, match.end(), min(limit, match.end() + 80)):
            listed = start == at if not hosts else _CITY_JOINER.fullmatch(view.text, at, start)
            if not listed or any(a.start < end and start < a.end for a in view.actors):
                break  # a country or capital named there is a host already (or not one)
            hosts.append(iso2)
            at = end
        if hosts:
            groups.append((match.end(), list(dict.fromkeys(hosts))))
    return groups


@lru_cache(maxsize=4)
def _cause_span(text: str) -> tuple[int, int]:
    """Where the cause is stated: from "due to" to the end, or to its comma when the sentence goes on with
    what the mission did ("Due to the fighting in X, the embassy will ...")."""
    cause = _CAUSE.search(text)
    if cause is None:
        return len(text), len(text)
    comma = text.find(",", cause.end())
    if comma != -1 and any(pattern.search(text, comma) for _action, pattern in _ACTIONS):
        return cause.start(), comma
    return cause.start(), len(text)


def _matches_outside(pattern: Anchored, text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """`pattern`'s matches from left to right; one that starts inside a phrase already read is tried again after
    that phrase ("flown its embassy staff out ... and the embassy was closed": the second "embassy")."""
    position = 0
    while position < len(text):
        match = pattern.search(text, position)
        if match is None:
            return
        inside = next((end for start, end in spans if start <= match.start() < end), None)
        if inside is not None:
            position = max(inside, match.start() + 1)
            continue
        yield match
        position = max(match.end(), match.start() + 1)


# A relative clause that recalls an earlier state of the mission, dated in the past.
_ASIDE_OPENS = re.compile(r",\s+(?:which|where|that)\s", _I)
_ASIDE_CLOSES = re.compile(r"[,;)]")
_MISSION_BEFORE_ASIDE = re.compile(
    r"\b(?:embass(?:y|ies)|consulates?|missions?|high\s+commission|chancery)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?)?\s*$",
    _I,
)
# "closed 28 of its embassies around the world": no host to report them in
_WORLDWIDE_AFTER = re.compile(r"[^.;]{0,60}?\b(?:(?:around|across)\s+the\s+(?:world|globe)|worldwide)\b", _I)
_PAST_TIME = re.compile(
    r"\b(?:last\s+(?:year|month|week|spring|summer|autumn|fall|winter)|(?:years?|months|decades?)\s+ago|"
    r"in\s+(?:19|20)\d\d|previously|in\s+the\s+past)\b",
    _I,
)


def _in_dated_aside(text: str, start: int, end: int) -> bool:
    """Whether the action phrase text[start:end] ends in a relative clause set off by commas that dates it in the
    past: "The embassy, which had been closed for two days last year, said ..."."""
    openers = list(_ASIDE_OPENS.finditer(text, max(0, start - 60), end))
    if not openers:
        return False
    if not _MISSION_BEFORE_ASIDE.search(text, max(0, openers[-1].start() - 40), openers[-1].start()):
        return False  # ("Canada, which suspended operations at its embassy in 2019, ...": a government's act recapped)
    opened = openers[-1].end()
    closing = _ASIDE_CLOSES.search(text, opened)
    aside_end = closing.start() if closing else len(text)
    return end <= aside_end and bool(_PAST_TIME.search(text, opened, aside_end))


_SERVICE_OBJECT = re.compile(
    r"\s+(?:its\s+|their\s+|the\s+|all\s+)*(?:(?:routine|public|in-person|regular|non-emergency)\s+)?"
    # ("suspended all routine consular, passport and visa services")
    r"(?:(?:consular|passport|visa|immigration),?\s+(?:and\s+)?)*(?:consular|visa)\s+(?:services|operations|appointments|work|"
    r"processing|issuance|sections?)\b",
    _I,
)
_NEVER = re.compile(r"\b(?:never|not|n[’']t)\s+(?:been\s+|be\s+)?(?:\w+ly\s+)?(?:clos|shut|suspend|evacuat|withdr)", _I)
# "twenty-three Russian diplomats ... have a week to leave": some diplomats expelled by the host, the mission stays
_COUNTED_GIVEN_TIME_TO_LEAVE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|(?:twenty|thirty|forty|fifty|sixty)"
    r"(?:-\w+)?|dozens\s+of|several)\s+(?:\w+\s+)?(?:diplomats|officials)\b[^.;]*?\b(?:ha(?:ve|s|d)|given|gave)\s+"
    r"(?:\w+\s+)?(?:hours?|days?|weeks?)\s+to\s+(?:leave|depart|get\s+out)\b",
    _I,
)
_FOREIGN_STAFF = re.compile(r"\b(?:foreign|western|european|all\s+other)\s+(?:diplomats|ambassadors|envoys|embass)", _I)
_ABILITY = re.compile(r"\b(?:ability|capacity)\b", _I)
_MIGHT_BEFORE = re.compile(r"\b(?:could|might|may|would)\s+(?:\w+\s+)?$", _I)
_IF_AFTER = re.compile(r"[^.;]{0,80}?\b(?:if|unless|should)\b", _I)
_POTENTIAL = re.compile(r"\b(?:potential|possible|eventual|contingency|any\s+future)\s+$", _I)


_OTHER_PLACES = r"(?:flights|airports?|borders?|frontiers?|crossings?|schools|roads?|shops|markets|businesses|ports?|airspace)"
# "a reopening date for commercial flights", "reopens five borders": what is reopened is no mission
_OTHER_REOPENING = re.compile(
    r"\s+(?:(?:date\s+|plans?\s+)?(?:for|of)\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:(?!embass|consul|mission)[\w’'-]+\s+){0,3}?" + _OTHER_PLACES + r"\b",
    _I,
)
# "Niger's land frontiers are open again": what is reopened is named right before
_OTHER_REOPENED = re.compile(r"\b" + _OTHER_PLACES + r"\s+(?:[\w’'-]+\s+){0,3}?$", _I)


def _no_mission_act(text: str) -> bool:
    """Whether the sentence is about something other than a mission's work (a reception, visitors, a holiday),
    not counting a past event told in a time clause after the act ("reopened its consular section on Monday, three
    weeks after guerrillas stormed a reception")."""
    found = _NOT_MISSION.search(text)
    if found is None:
        return False
    clause = _TIME_CLAUSE.search(text, 0, found.start())
    return clause is None or not _MISSION_NOUN.search(text, 0, clause.start())


_HOPED = re.compile(r"\b(?:hopes?|hoped|hoping|wants?|wanted|wanting|wish(?:es|ed|ing)?|would\s+like)\s+to\s+(?:\w+ly\s+)?$", _I)


@lru_cache(maxsize=4)
def mission_actions(text: str) -> tuple[tuple[MissionAction, int], ...]:
    """The mission actions a sentence states, with their positions (cached: the pipeline asks first)."""
    if not _MISSION_NOUN.search(text) or (_no_mission_act(text) and not _STAFF_ON_A_FLIGHT.search(text)):
        return ()
    cut = _cause_span(text)
    actions: list[tuple[MissionAction, int]] = []
    spans: list[tuple[int, int]] = []  # one phrase states one action: "instructed staff to evacuate" is an order
    for action, pattern in _ACTIONS:
        for match in _matches_outside(pattern, text, spans):
            if cut[0] <= match.start() < cut[1]:
                continue
            # An action once per clause: "A withdrew staff from X, and B withdrew its families" states two.
            if any(a == action and not _CLAUSE_BREAK.search(text, p, match.start()) for a, p in actions):
                continue
            if any(start <= match.start() < end for start, end in spans):
                continue
            if (
                _NEGATED.search(text, max(0, match.start() - 40), match.start())
                or _NEVER.search(match.group(0))
                or unstated(text, match.start(), considered=True)
                # ("The Indian embassy has dismissed posts claiming it had shut its doors": the verb after the hedge)
                or unstated(text, match.end() - 1)
                or not_done(text, match.start(), asked=True, unless_a_government_asks=True)
            ):
                continue  # "has no plan to pull its diplomats out", "its embassy in Kyiv never closed", "refused to
                # close its embassy", "urged the State Department to evacuate the embassy": no event
            if (
                action == MissionAction.SUSPENDED
                and _HAS_NONE_BEFORE.search(text, max(0, match.start() - 12), match.start())
                and match.group(0).lower().endswith(" in")
                and not _SINCE_AFTER.match(text, match.end())
            ):
                continue  # "Australia, which has no embassy in Mali, ...": never had one there, nothing closed
            if action == MissionAction.REOPENED and _VISA_CENTRES_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                continue  # "Indian visa application centres, which closed after August 5, reopened on a limited basis"
            if _HOPED.search(text, max(0, match.start() - 30), match.start()):
                continue  # "has said he hopes to reopen the consular offices": wished, not done
            if _POTENTIAL.search(text, max(0, match.start() - 20), match.start()):
                continue  # "standing by to support a potential evacuation of U.S. personnel"
            if _MIGHT_BEFORE.search(text, max(0, match.start() - 20), match.start()) and _IF_AFTER.match(text, match.end()):
                continue  # "could reduce staff if the blockade tightens": supposed, not done
            if action == MissionAction.EMERGENCY_SERVICES_ONLY and _ABILITY.search(match.group(0)):
                continue  # "a limited ability to provide emergency consular services": the advice's reason
            if action in _DRAWDOWNS and (
                _FOREIGN_STAFF.search(match.group(0)) or _COUNTED_GIVEN_TIME_TO_LEAVE.search(match.group(0))
            ):
                continue  # "the junta ordered foreign diplomats to leave": an expulsion, not a drawdown
            if _WORLDWIDE_AFTER.match(text, match.end()):
                continue  # "temporarily closed 28 of its embassies around the world": no host named
            if _in_dated_aside(text, match.start(), match.end()):
                continue  # "The embassy, which had been closed for two days last year, said ...": background
            if action == MissionAction.REOPENED and (
                _CONDITIONAL.search(text[max(0, match.start() - 60) : match.start()])
                or _OTHER_REOPENING.match(text, match.end())
                or _OTHER_REOPENED.search(text, max(0, match.start() - 50), match.start())
            ):
                continue  # "once the embassy is back to normal work" has not happened; "a reopening date for
                # commercial flights" is no mission's
            if action == MissionAction.SUSPENDED and (
                _SERVICES_OF.search(text, max(0, match.start() - 60), match.start()) or _SERVICE_OBJECT.match(text, match.end())
            ):
                action = MissionAction.REDUCED_SERVICES  # "consular services at the embassy were suspended", "halted visa processing"
            actions.append((action, match.start()))
            spans.append(match.span())
    emergency = [start for (action, start) in actions if action == MissionAction.EMERGENCY_SERVICES_ONLY]
    actions = [
        (action, start)
        for (action, start), (_start, end) in zip(actions, spans, strict=True)
        if not (
            action in (MissionAction.SUSPENDED, MissionAction.REDUCED_SERVICES)
            and any(_same_mission_between(text, (start, end), other) for other in emergency)
        )
    ]  # "closed to the public and offering only emergency help", "consular services suspended, emergency services
    # provided": emergency services only
    lifted = [position for action, position in actions if action == MissionAction.DEPARTURE_LIFTED]
    if lifted:  # "lifted the ordered departure ... and the authorized departure": both are what was lifted
        departures = (MissionAction.ORDERED_DEPARTURE, MissionAction.AUTHORIZED_DEPARTURE)
        actions = [
            (a, p)
            for a, p in actions
            if not (
                p > lifted[0]
                and (
                    a in departures
                    # ("lifted the order under which the families of its diplomats ... left Madagascar": the order's
                    # content, not an evacuation)
                    or (a == MissionAction.EVACUATED and _ORDER_UNDER_WHICH.search(text, lifted[0], p))
                )
            )
        ]
    return tuple(actions)


_ORDER_UNDER_WHICH = re.compile(r"\border\s+(?:under|by)\s+which\b", _I)


def _same_mission_between(text: str, span: tuple[int, int], other: int) -> bool:
    """Whether the action at `span` and the one starting at `other` are one mission's: no contrast of owners ("The US
    Embassy closed ..., while Portugal's embassy has limited its services to emergencies") and no other mission
    ("..., and the consulate in Guayaquil has limited its operations to emergency services") between them."""
    start, end = span
    return not _OWNERS_CONTRAST.search(text, min(other, start), max(other, start)) and not _ANOTHER_MISSION.search(
        text, *((end, other) if other > start else (other, start))
    )


# A sentence right after a mission's event that says what it still does without naming it ("Only emergency services
# for citizens will be handled from Monday"): the same mission, emergency services only.
_SERVICES_ONLY = Anchored(
    re.compile(
        r"\b(?:only|solely)\s+(?:" + _W + r"){0,3}?emergency\s+(?:" + _W + r"){0,3}?(?:services?|assistance|help)\b|"
        r"\bemergency\s+(?:" + _W + r"){0,3}?(?:services?|assistance|help)\s+only\b",
        _I,
    )
)


_STILL_STOPPED = re.compile(_WORK_STILL_STOPPED, _I)


@lru_cache(maxsize=4)
def continued_mission_actions(text: str) -> tuple[tuple[MissionAction, int], ...]:
    """The action of a sentence that goes on about the mission of the sentence before, naming none."""
    if _NOT_MISSION.search(text):
        return ()
    again = _IT_AGAIN.match(text)
    if again is not None:
        action = MissionAction.REOPENED if "open" in again.group(1).lower() else MissionAction.SUSPENDED
        # ("They reopened on Wednesday, but visa interviews remain suspended": reopened, with part of the work still stopped)
        still = _STILL_STOPPED.search(text, again.end())
        return ((action, again.start(1)),) + (((MissionAction.REDUCED_SERVICES, still.start()),) if still else ())
    allowed = _IT_ALLOWED_DEPARTURE.match(text)
    if allowed is not None:
        return ((MissionAction.AUTHORIZED_DEPARTURE, allowed.start(1)),)
    staff_out = _ITS_STAFF_OUT.match(text)
    if staff_out is not None:
        return ((MissionAction.EVACUATED, staff_out.start(1)),)
    found = _SERVICES_ONLY.search(text)
    if found is None or _NEGATED.search(text, max(0, found.start() - 40), found.start()):
        return ()
    return ((MissionAction.EMERGENCY_SERVICES_ONLY, found.start()),)


# "The embassy closed in 2014. It reopened in 2017.": the mission of the sentence before
_IT_AGAIN = re.compile(
    # ("It had been closed to visitors since 14 May")
    # ("France and Germany reopened their embassies. They had been closed since February.": each of them)
    r"\W*(?:it|they|both|all\s+of\s+them)\s+(?:(?:(?:has|have|had)\s+been|has|have|had|was|were)\s+)?(?:\w+ly\s+)?"
    r"(re-?opened|closed|shut)\b"
    r"(?!\s+(?:the|its|their|a|an|down|to(?!\s+(?:the\s+public|visitors|callers)\b))\b)",
    _I,
)

# A sentence's plural subject going on about the missions just reported ("They", "Both", "The embassies")
_PLURAL_SUBJECT = re.compile(r"\W*(?:they|both|all\s+of\s+them|the(?:se)?\s+(?:[\w-]+\s+)?(?:embassies|consulates|missions))\b", _I)


def for_each_mission_just_reported(found: list[MissionEvent], view: SentenceView, previous: list[MissionEvent]) -> list[MissionEvent]:
    """The events of a sentence naming no country whose plural subject goes on about the missions the sentence
    before reported ("France and Germany reopened their embassies in Kyiv. The embassies had been closed since
    February."): one for each of them, not only the last."""
    if view.actors or not found or not _PLURAL_SUBJECT.match(view.text):
        return found
    missions = list(dict.fromkeys((e.mission_of, e.in_country) for e in previous))
    if len(missions) < 2 or any((e.mission_of, e.in_country) not in missions for e in found):
        return found
    actions = list(dict.fromkeys(e.action for e in found))
    return [
        found[0].model_copy(update={"mission_of": owner, "in_country": host, "action": action})
        for owner, host in missions
        for action in actions
    ]


# "Japan closed its embassy in Kabul. Its staff were evacuated to Istanbul.": the people of the mission before
_ITS_STAFF_OUT = re.compile(
    r"\W*(?:its|their|the\s+(?:embassy|mission)[’']s)\s+(?:remaining\s+|last\s+|own\s+)?(?:staff|diplomats|personnel|"
    r"employees)\s+(?:were|have\s+been|had\s+been|was|are\s+being)\s+(?:\w+ly\s+|then\s+)?(evacuated|flown\s+out|"
    r"airlifted|pulled\s+out)\b",
    _I,
)

# "... ordered staff to leave. On 20 July it had only authorised their departure.": the same mission's step before
_IT_ALLOWED_DEPARTURE = re.compile(
    r"\W*(?:(?:on|in|since|by|until|earlier|last)\b[^,;.]{1,25}?,?\s+)?it\s+(?:(?:has|had)\s+)?(?:\w+ly\s+|only\s+|first\s+)*"
    r"((?:authori[sz]ed|allowed|permitted)\s+(?:the\s+|their\s+)?(?:voluntary\s+)?departure)\b",
    _I,
)

# "Kazakhstan closed its embassy in Kabul. Uzbekistan did the same.": the same action for other governments.
_SAME_AGAIN = Anchored(re.compile(
    r"\b(?:did|done|do|does)\s+(?:the\s+)?(?:same|likewise)\b|\bfollow(?:ed|s|ing)?\s+suit\b|^\W*so\s+(?:did|have|has)\b|"
    # "Spain and Sweden said the same of their own diplomats"
    r"\b(?:said|says|reported)\s+the\s+same\s+(?:of|about|for)\s+(?:its|their)\s+(?:own\s+)?(?:diplomats|staff|embass\w+|missions?)\b|"
    r"\b(?:took|taken|take|takes)\s+(?:a\s+)?(?:the\s+same|similar)\s+(?:step|move|measure|decision)s?\b|"
    # "Germany, Italy and Japan followed within the week"
    + FOLLOWED,
    _I,
))


# "Both recalled their ambassadors for consultations, and Latvia and Estonia did the same": what they repeat is a
# diplomatic gesture told in the same sentence, no mission event
_ENVOYS_CALLED_HOME = Anchored(re.compile(r"\b(?:recall\w*|summon\w*)\s+(?:\w+\s+){0,2}?(?:ambassadors?|envoys?)\b", _I))
# "Germany and Italy followed suit, each urging nationals to leave": what they repeat is the advice
_ADVICE_AFTER = re.compile(
    r"[^.;]{0,30}?,\s*(?:each\s+|both\s+|also\s+)?(?:urging|telling|advising|warning|asking|calling\s+on)\b", _I
)


# "They include those of Germany and Italy.", "Germany and Italy are among them."
_THEY_INCLUDE = re.compile(
    r"^\W*(?i:they|these|those)\s+(?:\w+\s+){0,2}?(?i:include[ds]?|are|were)\s+(?i:those\s+of\s+)?(?:the\s+)?[A-Z]|"
    r"\b(?i:are|were)\s+among\s+them\b|^\W*(?i:among\s+them)\s+(?i:are|were)\b"
)


# "The Dutch and Belgian consulates also closed that day. All of them have since reopened.": every mission just
# named, now in another state
_ALL_OF_THEM = re.compile(
    r"^\W*(?:all\s+of\s+them|all\s+(?:two|three|four|five|six)|both(?:\s+of\s+them)?|they\s+(?:all|both)|each\s+of\s+them)\s+"
    r"(?:(?:have|has|had|were|was|are|is)\s+)?(?:(?:since|now|all|both|also|later|again|\w+ly)\s+)*"
    r"(?P<action>re-?opened|closed|shut|been\s+evacuated|evacuated)\b(?!\s+(?:the|its|their|a|an|down|to)\b)",
    _I,
)
_ALL_OF_THEM_ACTIONS = {"re": MissionAction.REOPENED, "cl": MissionAction.SUSPENDED, "sh": MissionAction.SUSPENDED}


def mission_goes_on(text: str, ctx: ArticleContext | None = None) -> bool:
    """Whether a sentence may continue the mission event just reported (`continued_mission_events`), or name the
    governments of the mission action before that named none."""
    if ctx is not None and ctx.unnamed_missions and (_THEY_INCLUDE.search(text) or _STATUS_LINE.match(text)):
        return True
    return bool(continued_mission_actions(text)) or bool(_SAME_AGAIN.search(text)) or bool(_ALL_OF_THEM.match(text))


def continued_mission_events(
    view: SentenceView, ctx: ArticleContext, previous: list[MissionEvent]
) -> list[MissionEvent]:
    """The events of a sentence that continues the mission events of the sentence before, `previous`: the same
    mission narrowed to emergencies, or the same action by the governments named here ("X did the same")."""
    def event(owner: str, host: str, action: MissionAction) -> MissionEvent:
        return _event(view, owner, host, action, 0.6)

    actions = continued_mission_actions(view.text)
    if actions:
        reported = list(dict.fromkeys((e.mission_of, e.in_country) for e in previous))
        if _PLURAL_SUBJECT.match(view.text) and len(reported) > 1:
            return [event(owner, host, action) for owner, host in reported for action, _position in actions]
        if not (ctx.mission_of and ctx.mission_in) or ctx.mission_of == ctx.mission_in:
            return []
        return [event(ctx.mission_of, ctx.mission_in, action) for action, _position in actions]
    if ctx.unnamed_missions and (line := _STATUS_LINE.match(view.text)) is not None:
        return _status_line_events(view, line, ctx.unnamed_missions[2])
    if ctx.unnamed_missions and _THEY_INCLUDE.search(view.text):
        _index, unnamed_actions, unnamed_hosts = ctx.unnamed_missions
        ctx.unnamed_missions = None
        listed = [a.iso2 for a in view.actors if a.iso2 not in unnamed_hosts]  # "those of Germany and Italy"
        return [
            event(o, h, a) for o in dict.fromkeys(listed) for h in unnamed_hosts for a in unnamed_actions if o != h
        ]
    if (them := _ALL_OF_THEM.match(view.text)) is not None:
        action = _ALL_OF_THEM_ACTIONS.get(them.group("action")[:2].lower(), MissionAction.EVACUATED)
        missions = dict.fromkeys((e.mission_of, e.in_country) for e in previous if e.action != action)
        return [event(owner, host, action) for owner, host in missions]
    same = _SAME_AGAIN.search(view.text)
    if (
        same is None
        or _NEGATED.search(view.text, max(0, same.start() - 40), same.start())
        or _ADVICE_AFTER.match(view.text, same.end())
        or _ENVOYS_CALLED_HOME.search(view.text, 0, same.start())
    ):
        return []
    hosts = {e.in_country for e in previous}
    # "The U.S. missions in Skopje and Podgorica did the same": the same government's missions in other places
    places = [a.iso2 for a in view.actors if a.role == Role.PLACE and a.start < same.start() and a.iso2 not in hosts]
    named = [a for a in view.actors if a.role in (Role.GOVERNMENT, Role.AGENT, Role.OTHER) and a.iso2 not in hosts]
    # "Uzbekistan did the same", and "So did Italy and Spain" (the governments after)
    owners = [a.iso2 for a in named if a.start < same.start()] or [a.iso2 for a in named if a.start >= same.end()]
    done = {(e.mission_of, e.in_country, e.action) for e in previous}
    out = []
    for owner in dict.fromkeys(owners):
        for e in previous:
            for host in dict.fromkeys(places) if places and owner == e.mission_of else (e.in_country,):
                if owner != host and (owner, host, e.action) not in done:
                    done.add((owner, host, e.action))
                    out.append(event(owner, host, e.action))
    return out


# "- Germany: closed." under "Most Western embassies in Khartoum have suspended operations. Here is the status of
# some of them:": a line for each government's mission, its state after the colon
_STATUS_LINE = re.compile(r"^\W*(?:the\s+)?(?P<label>[^:;,.]{2,40}?):\s*(?P<status>\S.*)$", _I)
_STATUS_WORDS = (
    (MissionAction.EMERGENCY_SERVICES_ONLY, re.compile(r"\bemergenc\w*\s+(?:consular\s+)?(?:services?\s+)?only\b", _I)),
    (MissionAction.SUSPENDED, re.compile(r"^\W*(?:closed|shut|suspended)\b", _I)),
    (MissionAction.EVACUATED, re.compile(r"\b(?:staff|diplomats|personnel)\s+(?:\w+\s+)?(?:evacuated|withdrawn|pulled\s+out)\b", _I)),
    (MissionAction.REDUCED_SERVICES, re.compile(r"\b(?:reduced|skeleton|minimal|minimum)\s+(?:staff|services)\b", _I)),
    (MissionAction.REOPENED, re.compile(r"^\W*reopened\b", _I)),
)


def _status_line_events(view: SentenceView, line: re.Match[str], hosts: list[str]) -> list[MissionEvent]:
    """The events of a line that labels one government's mission with its state."""
    owner = next((a for a in view.actors if a.start >= line.start("label") and a.end <= line.end("label")), None)
    if owner is None or view.text[line.start("label") : line.end("label")].strip().lower().removeprefix("the ") != (
        owner.surface.lower().removeprefix("the ")
    ):
        return []
    status = line.group("status")
    return [
        _event(view, owner.iso2, host, action, 0.6)
        for action, pattern in _STATUS_WORDS
        if pattern.search(status)
        for host in hosts
        if host != owner.iso2
    ]


def mission_events_in_sentence(view: SentenceView, ctx: ArticleContext) -> list[MissionEvent]:
    if view.text.rstrip().endswith("?"):
        return []  # "Sudan: which embassies have closed?": a question the article answers
    found = mission_actions(view.text)
    actions = [(action, position) for action, position in found if not _by_unnamed_governments(view, position)]
    events: list[MissionEvent] = []
    for clause, clause_actions in _clauses(view, actions):
        # "A and B evacuated their staff ..., and suspended operations": a clause naming no owner goes on with the
        # owners of the clause before
        before = list(dict.fromkeys(e.mission_of for e in events))
        events += _clause_events(clause, clause_actions, ctx, view, before)
    events = withdrawn_with_the_closure(events, _SOME_STAFF.search(view.text) is not None)
    events += _moved_abroad(view, events)
    last_act = max((p for _a, p in found), default=0)
    same = _SAME_AGAIN.search(view.text, last_act) if events else None
    breaks = list(_CLAUSE_BREAK.finditer(view.text, last_act, same.start())) if same else []
    if breaks:
        # "A, B and C closed their embassies in Sanaa ..., and D, E and F followed within the week"
        events += continued_mission_events(view.part(breaks[-1].end(), len(view.text)), ctx, events)
    relations = _RELATIONS_AND_THEIR_EMBASSIES.search(view.text) if found else None
    pair = list(dict.fromkeys(a.iso2 for a in view.actors if a.start < relations.start()))[-2:] if relations else []
    if len(pair) == 2:
        # "Havana and Washington restored diplomatic relations and reopened their embassies": each in the other's
        # country, whatever country the article was about
        events = _each_in_the_other(view, pair, [a for a, _p in found])
    if found and not events and _RECIPROCAL.search(view.text):
        events = _reciprocal_events(view, ctx, [a for a, _p in found])
    if found and not events:
        events = _in_both_seats(view, [a for a, _p in found])
    named = _each_named_mission(view, [a for a, _p in found]) if found else []
    if named:
        # (each named with its own host, whatever place the clause reader fell back on: "Senegal's embassy in
        # Nouakchott and Mauritania's embassy in Dakar" under a byline "By our correspondent in Lagos")
        here = {a.iso2 for a in view.actors}
        if not events or any(e.in_country not in here for e in events):
            named_owners = {e.mission_of for e in named}
            events = [e for e in events if e.mission_of not in named_owners] + named
    if found and not events:
        # "Several embassies have closed in Kyiv." names no government: the next sentence may ("They include ...")
        cut = _cause_span(view.text)
        hosts = [h for _p, group in _host_groups(view, [], cut, len(view.text)) for h in group]
        ctx.unnamed_missions = (view.index, [a for a, _p in found], hosts) if hosts else None
        # "When the Taliban took Kabul, most Western embassies shut": the capital is where the missions are
        seat = set(hosts) or {a.iso2 for a in view.actors if a.kind == "metonym" and not cut[0] <= a.start < cut[1]}
        if len(seat) == 1:
            ctx.mission_in = seat.pop()
        cue = _OWNERS_AFTER.search(view.text, max(p for _a, p in found))
        if cue is not None and hosts:
            # "... closed their embassies in Kabul, among them Norway, Denmark and Finland": the governments after
            owners = [a.iso2 for a in view.actors if a.start >= cue.end() and a.iso2 not in hosts]
            events = [
                _event(view, owner, host, action, 0.6)
                for owner in dict.fromkeys(owners)
                for host in dict.fromkeys(hosts)
                for action in dict.fromkeys(a for a, _p in found)
            ]
            ctx.unnamed_missions = None if events else ctx.unnamed_missions
    return events


# Two governments' missions in each other's country: "closed their embassies in each other's capitals", "Both
# embassies were shut"
_RECIPROCAL = re.compile(
    r"\b(?:each\s+other|one\s+another)[’']s?\s+(?:capitals?|countr(?:y|ies))\b|"
    r"\b(?:both|the\s+two|their\s+respective)\s+(?:embassies|missions|consulates)\b",
    _I,
)


_RELATIONS_AND_THEIR_EMBASSIES = re.compile(
    r"\b(?:restor|re-?establish|resum|normali[sz]|broke|break|sever|cut)\w*\s+(?:full\s+)?(?:diplomatic\s+)?(?:relations|ties)\s+"
    r"and\s+(?:re-?open|clos|shut)\w*\s+their\s+(?:embassies|missions)\b",
    _I,
)


_LIST_AND = re.compile(r"\s+and\s+(?:in\s+)?")
_MISSIONS_IN = re.compile(
    r"\b(?:embassies|consulates(?:[\s-]+general)?|consular\s+offices|missions|offices|interests\s+sections)\s+in\s+$", _I
)
_THE_TWO = re.compile(r"\b(?:the\s+two|both)\s+(?:countries|governments|states|nations|sides)\b", _I)


def _in_both_seats(view: SentenceView, actions: list[MissionAction]) -> list[MissionEvent]:
    """ "Cuba and Panama reopened consular offices in Havana and Panama City", "the two countries reopen embassies in
    A and B": each government's mission in the other's seat, where the two seats are the two governments'."""
    for first, second in itertools.pairwise(view.actors):
        if (
            _MISSIONS_IN.search(view.text, max(0, first.start - 40), first.start)
            and _LIST_AND.fullmatch(view.text, first.end, second.start)
            and first.iso2 != second.iso2
        ):
            owners = {a.iso2 for a in view.actors if a.end <= first.start}
            if owners == {first.iso2, second.iso2} or (not owners and _THE_TWO.search(view.text, 0, first.start)):
                return _each_in_the_other(view, [first.iso2, second.iso2], actions)
    return []


def _reciprocal_events(view: SentenceView, ctx: ArticleContext, actions: list[MissionAction]) -> list[MissionEvent]:
    """The actions for both governments' missions in each other's country: the two governments the sentence names,
    else the two named just before it."""
    named = list(dict.fromkeys(a.iso2 for a in view.actors))
    pair = named if len(named) == 2 else ctx.recent if not named and len(ctx.recent) == 2 else []
    return _each_in_the_other(view, pair, actions) if len(pair) == 2 else []


def _each_in_the_other(view: SentenceView, pair: list[str], actions: list[MissionAction]) -> list[MissionEvent]:
    """The actions for each of two governments' missions in the other's country."""
    one, other = pair
    return [_event(view, owner, host, action, 0.6) for owner, host in ((one, other), (other, one)) for action in dict.fromkeys(actions)]


# "the UAE embassy in Doha": a government's mission named with the place it is in
# ("moved to the Sri Lankan embassy in Baghdad": matched from the owner, the seat follows)
_MISSION_IN_AFTER_OWNER = re.compile(
    r"(?:[’']s)?\s+(?:[\w-]+\s+)?(?:embassy|consulate(?:[\s-]+general)?|high\s+commission|mission)\s+(?:in|at)\s+", _I
)


def _each_named_mission(view: SentenceView, actions: list[MissionAction]) -> list[MissionEvent]:
    """The actions for each mission the sentence names with its government and place, where there are several and
    each government is the other's host ("The UAE embassy in Doha and the Qatari embassy in Abu Dhabi resumed work")."""
    pairs = [
        (owner.iso2, host.iso2)
        for owner, host in itertools.pairwise(view.actors)
        if owner.iso2 != host.iso2 and _MISSION_IN_AFTER_OWNER.fullmatch(view.text, owner.end, host.start)
    ]
    if len(pairs) < 2:
        return []
    return [_event(view, owner, host, action, 0.6) for owner, host in dict.fromkeys(pairs) for action in dict.fromkeys(actions)]


# Staff of whom only some leave: the mission works on with the rest
_SOME_STAFF = re.compile(
    r"\b(?:family\s+members|families|dependants|dependents|relatives|non-?\s?emergency|non-?\s?essential)\b|"
    # ("its half-dozen staff", "41 of its diplomats"; not "since 2012, when all three withdrew their staff")
    r"\b(?:some|most|half|part|several|many|a\s+few|\d+)[\w-]*\s+(?:of\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:staff|diplomats|employees|personnel|officials)\b",
    _I,
)


# "..., with its diplomats relocating to the Turkish capital", "its small team has left for neighbouring Tunisia"
_STAFF_MOVED_TO = re.compile(
    r"\b(?:diplomats|staff|personnel|team|ambassador|envoy)\b[^.;]{0,60}?\b(?:relocat\w*|mov(?:ed|ing)|driven|drove|"
    r"left\s+for|went\s+to|gone\s+to|flown\s+to|flew\s+to|taken\s+to|transferred)\s+(?:to\s+)?(?:neighbou?ring\s+)?"
    r"(?:the\s+)?(?:(?:\w+\s+)?(?:capital|city)\s+of\s+)?|"
    # "relocated its ambassador and remaining diplomats in Haiti to Santo Domingo"
    r"\b(?:relocat\w*|mov(?:ed|ing)|transferred|took|flew|flown)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,5}?(?:diplomats|staff|"
    r"personnel|team)\b(?:\s+in\s+[\w-]+(?:\s+[\w-]+)?)?\s+to\s+(?:neighbou?ring\s+)?(?:the\s+)?",
    _I,
)


def _moved_abroad(view: SentenceView, events: list[MissionEvent]) -> list[MissionEvent]:
    """An evacuation for each mission the sentence closes or cuts whose staff it says moved to another country
    ("New Zealand closed its embassy in Tehran, with its diplomats relocating to the Turkish capital"; not a move
    inside the country: "relocated its embassy staff from Kyiv to Lviv")."""
    moved = _STAFF_MOVED_TO.search(view.text)
    to = next((a for a in view.actors if moved.end() <= a.start <= moved.end() + 12), None) if moved else None
    if to is not None and (seat := _MISSION_IN_AFTER_OWNER.match(view.text, to.end)) is not None:
        # ("moved to the Sri Lankan embassy in Baghdad": the country of the mission's seat)
        to = next((a for a in view.actors if seat.end() <= a.start <= seat.end() + 4), None)
    if to is None:
        return []
    closed = {
        (e.mission_of, e.in_country): e
        for e in events
        if e.action in (MissionAction.SUSPENDED, MissionAction.REDUCED_SERVICES) and to.iso2 != e.in_country
    }
    done = {(e.mission_of, e.in_country) for e in events if e.action == MissionAction.EVACUATED}
    return [e.model_copy(update={"action": MissionAction.EVACUATED}) for key, e in closed.items() if key not in done]


def withdrawn_with_the_closure(events: list[MissionEvent], some_staff: bool) -> list[MissionEvent]:
    """ "... are shutting their embassies in Tehran and moving their diplomats out of the country": staff taken out of
    a mission the same sentence closes are all of them, an evacuation (unless the sentence says only `some_staff`
    left: families, non-essential staff)."""
    closed = {(e.mission_of, e.in_country) for e in events if e.action == MissionAction.SUSPENDED}
    if not closed or some_staff:
        return events
    return [
        e.model_copy(update={"action": MissionAction.EVACUATED})
        if e.action == MissionAction.ORDERED_DEPARTURE and (e.mission_of, e.in_country) in closed
        else e
        for e in events
    ]


def _event(sentence: SentenceView, owner: str, host: str, action: MissionAction, confidence: float) -> MissionEvent:
    """A mission event a sentence states, quoted whole."""
    return MissionEvent(
        mission_of=owner,
        in_country=host,
        action=action,
        text=sentence.text,
        evidence=Evidence(quote=sentence.text, start=sentence.start, end=sentence.end),
        confidence=confidence,
    )


_OWNERS_AFTER = re.compile(r",\s+(?:among\s+them|including|such\s+as|notably)\s+(?:are\s+|were\s+)?(?:the\s+)?", _I)


def _by_unnamed_governments(view: SentenceView, position: int) -> bool:
    """ "several western nations have begun to evacuate their embassies": no named owner acts here."""
    unnamed = _UNNAMED_OWNERS.search(view.text, max(0, position - 90), position)
    return unnamed is not None and not any(
        unnamed.start() <= a.start < position and (a.role in (Role.GOVERNMENT, Role.AGENT) or a in _included(view))
        for a in view.actors
    )


# "Several EU countries, including France and Italy, have closed their embassies": the governments named.
_INCLUDED_CUE = Anchored(re.compile(
    r"\b(?:countries|governments|nations|states|allies|partners),?\s+"
    r"(?:including|such\s+as|notably|among\s+them|led\s+by|like)\s+(?:the\s+)?$",
    _I,
))
# "... closed its consulates in several countries, including A": a list of places, not of owners
_PLACES_GROUP = Anchored(re.compile(r"\b(?:in|to|from|for|into|across|at)\s+(?:\w+\s+){0,2}$", _I))


_GROUP_NOUN = Anchored(re.compile(r"\b(?:countries|governments|nations|states)\b", _I))
_LIST_INTRO = re.compile(r"(?:\binclude[sd]?|\bare|\bwere|:)\s*(?:the\s+)?$", _I)


def _listed_after_intro(view: SentenceView) -> list[Actor]:
    """The countries listed after "include", "are" or a colon, with the rest of their list."""
    out: list[Actor] = []
    for actor in view.actors:
        intro = _LIST_INTRO.search(view.text, max(0, actor.start - 15), actor.start)
        listed = out and _LIST_JOINER.match(view.text[out[-1].end : actor.start])
        if (intro or listed) and actor.role != Role.PLACE:
            out.append(actor)
    return out


def _included(view: SentenceView) -> list[Actor]:
    """The countries listed after "including", "such as" ..., with the rest of their list."""
    out: list[Actor] = []
    for actor in view.actors:
        cued = _INCLUDED_CUE.search(view.text, max(0, actor.start - 40), actor.start)
        if cued and _PLACES_GROUP.search(view.text, max(0, cued.start() - 30), cued.start()):
            cued = None
        listed = out and _LIST_JOINER.match(view.text[out[-1].end : actor.start])
        if (cued or listed) and actor.role != Role.PLACE:
            out.append(actor)
    return out


# Where one clause of a sentence ends and another, with its own actor, begins: "A closed its embassy in X,
# and B evacuated ...", "... in X and is allowing staff in Y to leave".
_CLAUSE_BREAK = re.compile(
    r";\s+|,\s+(?:and|while|but|whereas)\s+|\s+(?:and|while|but)\s+(?=(?:\w+\s+){0,2}?(?:is|are|was|were|has|have|"
    r"had|will|would)\b)"
    # ("US orders staff out of Juba, Germany shuts embassy": a headline's second clause, a name and its verb)
    # ("US Embassy shuts, French consulate halts visa appointments": a mission named before its verb)
    r"|,\s+(?=(?-i:[A-Z])[\w.-]+(?:\s+(?-i:[A-Z])[\w.-]+)?\s+(?:(?:embassy|consulate(?:-general)?|mission|high\s+commission)\s+)?(?:shuts|closes|orders|suspends|evacuates|pulls|withdraws|"
    r"reopens|cuts|moves|recalls|tells|sends|flies|brings|scales|halts|lifts|resumes|relocates|reduces|limits|trims)\b)",
    _I,
)


def _clauses(
    view: SentenceView, actions: list[tuple[MissionAction, int]]
) -> list[tuple[SentenceView, list[tuple[MissionAction, int]]]]:
    """The sentence cut between two actions where a new clause starts; each part keeps its own actions."""
    cuts = [0]
    ordered = sorted(actions, key=lambda a: a[1])
    for (_a, left), (_b, right) in itertools.pairwise(ordered):
        found = _CLAUSE_BREAK.search(view.text, left)  # (its lookahead may read the second action's verb)
        if found is not None and cuts[-1] < found.start() < right:
            cuts.append(found.start())
    if len(cuts) == 1:
        return [(view, actions)] if actions else []
    cuts.append(len(view.text))
    parts = []
    for start, end in itertools.pairwise(cuts):
        mine = [(action, position - start) for action, position in ordered if start <= position < end]
        parts.append((view.part(start, end), mine))
    return parts


_DESTINATION = Anchored(re.compile(
    # ("flights carrying evacuees keep landing in Paris")
    # ("sent the families of its diplomats home by road through Syria": the route out)
    r"\b(?:(?:to|into|towards?|through|via)|(?:land|arriv|dock|berth|moor)\w*\s+(?:at|in)|(?:working|operating|work|operate|based|run|remotely)\s+(?:\w+\s+){0,2}?from)\s+(?:the\s+)?"
    # ("moved its diplomats to Nairobi, in neighbouring Kenya")
    r"(?:neighbou?ring\s+)?(?:(?-i:[A-Z])[\w-]+,\s+(?:in\s+)?(?:the\s+)?(?:neighbou?ring\s+)?)?$",
    _I,
))
# ("its staff had moved to the Sri Lankan embassy in Baghdad": the mission they went to, no act of its own)
_TO_ANOTHER_MISSION = re.compile(
    r"\b(?:mov|relocat|transferr?|shift|withdr[ae]w|withdrawn|sent|went|gone)\w*\s+(?:[\w’'-]+\s+){0,3}?(?:to|into)\s+"
    r"(?:the|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:embassy|consulate|high\s+commission|mission)\s+(?:in|at)\s+$",
    _I,
)
_MOVED_TO = re.compile(
    r"\b(?:mov|relocat|evacuat|shift|transferr?)\w*\s+(?:[\w’'-]+\s+){0,4}?(?:to|into)\s+(?:the\s+)?(?:neighbou?ring\s+)?$", _I
)
# "A called on the governments of B, C and D to withdraw their diplomats": B, C and D's missions in A.
_TOLD_TO_WITHDRAW = Anchored(re.compile(
    r"\b(?:call\w*\s+on|ask\w*|told|tell\w*|urg\w*|order\w*|instruct\w*|gave)\s+(?:the\s+)?"
    r"(?:governments?\s+of\s+|diplomats\s+(?:of|from)\s+)?$",
    _I,
))
# ("ordered Qatari diplomats out within 48 hours")
# ("ordered France, Italy and the Netherlands to reduce their diplomatic staff in Caracas": the host cuts their staff)
# ("told Colombia's ambassador and the rest of the Colombian diplomatic staff to leave": its people, named after it)
_TO_WITHDRAW = re.compile(
    r"^(?:[’']s\s+(?:(?:ambassador|envoy)\s+and\s+(?:the\s+rest\s+of\s+(?:the\s+)?|all\s+(?:the\s+|its\s+)?|the\s+|its\s+))?"
    r"(?-i:[A-Z]\w+\s+)?(?:diplomats|diplomatic\s+staff|envoys)\b)?"
    r"[,\s]*(?:\w+\s+){0,3}?(?:to\s+(?:withdraw|recall|remove|pull\s+out|leave|reduce|cut|slash|shrink|downsize)|out)\b", _I
)


def _expelled(view: SentenceView) -> tuple[list[str], str | None] | None:
    """(the governments told to withdraw their diplomats, or whose envoy was expelled; the government doing it), or
    None."""
    for index, actor in enumerate(view.actors):
        if not _TOLD_TO_WITHDRAW.search(view.text, max(0, actor.start - 40), actor.start):
            continue
        group = [actor]
        for following in view.actors[index + 1 :]:
            if not _LIST_JOINER.match(view.text[group[-1].end : following.start]):
                break
            group.append(following)
        if not _TO_WITHDRAW.match(view.text[group[-1].end :]):
            continue
        telling = [a.iso2 for a in view.actors[:index] if a.role in (Role.GOVERNMENT, Role.AGENT)]
        return list(dict.fromkeys(a.iso2 for a in group)), (telling[-1] if telling else None)
    if _OWN_MISSION.search(view.text):
        return None  # ("... expelled Russian diplomats and closed its embassy in Moscow": its own embassy)
    for index, actor in enumerate(view.actors):
        # "Niger's junta expelled the French ambassador and ordered the embassy closed": France's embassy
        expelled = _EXPELLED_BEFORE.search(view.text, max(0, actor.start - 20), actor.start)
        if expelled and _ENVOY_AFTER.match(view.text, actor.end):
            telling = [a.iso2 for a in view.actors[:index] if a.iso2 != actor.iso2]
            return [actor.iso2], (telling[-1] if telling else None)
    return None


_ENVOY_AFTER = re.compile(r"(?:[’']s)?\s+(?:ambassador|envoy|diplomats|diplomatic\s+staff|charg[eé])", _I)


# A sentence opening with a counted group of governments ("The four countries", "All three governments", "All four")
_GROUP_OPENS = re.compile(
    r"\W*(?:(?:the|these|those|all(?:\s+the)?)\s+)(two|three|four|five|six|\d)\b"
    r"(?:\s+((?:gulf|baltic|nordic|scandinavian)\s+)?(?:countries|governments|nations|states))?",
    _I,
)


# Places named as the threat or cause are not where the mission is: "withdrawn ... in response to the threat
# from Russia".
_NOT_HOST_AFTER = Anchored(re.compile(
    r"\b(?:in\s+response\s+to|amid|amidst|fears?\s+of|threats?\s+(?:from|of|by)|attacks?\s+(?:by|from)|"
    r"aggression|tensions?\s+with)\b",
    _I,
))


def _clause_events(
    view: SentenceView,
    actions: list[tuple[MissionAction, int]],
    ctx: ArticleContext,
    sentence: SentenceView,
    owners_before: list[str] | None = None,
) -> list[MissionEvent]:
    text = view.text
    if not actions:
        return []
    cut = _cause_span(text)
    not_host = _NOT_HOST_AFTER.search(text)
    expelled = _expelled(view)
    stated_owners = expelled[0] if expelled else _owners_in_clause(view, actions, cut)
    # (the government whose advice came after the last mission event: "United States: ... ordered staff to leave.
    # Britain: ... should leave. Most embassy staff have been withdrawn.")
    remembered = (ctx.issuer, ctx.mission_of) if ctx.issuer_at > ctx.mission_at else (ctx.mission_of, ctx.issuer)
    # ("The British embassy in Tripoli has new paint. The embassy closed in 2014": the sentence before names it)
    seat_owner = ctx.seat_owner[1] if ctx.seat_owner and ctx.seat_owner[0] == sentence.index - 1 else None
    # ("We have ordered non-essential staff of our embassy ... to leave" in a ministry's release: its government)
    first_person = [ctx.house] if ctx.house and _FIRST_PERSON.search(text) else []
    # ("The United States was the first to go. Before dawn, its diplomats left ...": the government the sentence just
    # before named as its subject)
    # ("Britain announced it would withdraw from three posts. The High Commissions in Port Vila and Tarawa were closed")
    # (or the institution named before without an act of its own: "the then Foreign and Commonwealth Office announced
    # ... The High Commissions in Port Vila and Tarawa were closed")
    titled = _THE_TITLED_MISSION.match(text) is not None
    subject_before = (
        ctx.speaker
        if (ctx.speaker_at == sentence.index - 1 and _ITS_PEOPLE.match(text))
        or (titled and ctx.speaker_at in (None, sentence.index - 1))
        else None
    )
    # ("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar. The four countries closed their embassies in
    # Doha.": the list just named, when it numbers as many)
    group = _GROUP_OPENS.match(text) if not stated_owners else None
    counted = ctx.listed_group(group.group(1), group.group(2), sentence.index) if group else []
    # ("The U.S. Embassy in Maseru informs ... [three sentences] ... The Embassy will be closed": the one mission the
    # article has named, further back, when nothing else is remembered)
    seat_before = ctx.seat_owner[1] if ctx.seat_owner and _THE_TITLED_MISSION.match(text) else None
    owners = (
        stated_owners
        or counted
        or owners_before
        or first_person
        # (last, the government whose briefing or release the page is: "... from Embassy Bangui" in its transcript)
        or [c for c in (seat_owner, subject_before, *remembered, seat_before, ctx.house) if c][:1]
    )
    if (
        not stated_owners
        and _THE_MISSIONS.match(text)
        and all(action == MissionAction.REOPENED for action, _p in actions)
        and 0 < sentence.index - ctx.closed_missions[0] <= 2
    ):
        owners = ctx.closed_missions[1]  # "The embassies reopened on Thursday morning": those that had closed
    groups = _host_groups(view, owners, cut, not_host.start() if not_host else len(text))
    if expelled and expelled[1] and not any(h not in owners for _p, hosts in groups for h in hosts):
        groups = [(0, [expelled[1]])]
    if not groups and ctx.mission_group and _THOSE_COUNTRIES.search(text):
        groups = [(0, [c for c in ctx.mission_group if c not in owners])]  # "accredited in those nations"
    if not any(action == MissionAction.REOPENED for action, _p in actions):
        # "evacuated its diplomats from Juba to Uganda", "relocated to Kampala": where staff go is not the host
        groups = [
            g
            for g in groups
            if not _DESTINATION.search(text, max(0, g[0] - 30), g[0])
            and not _TO_ANOTHER_MISSION.search(text, max(0, g[0] - 80), g[0])
        ]
    else:
        # ("moved its diplomats to Tunis in 2014 and brought them back in 2021": moved to, whatever follows)
        groups = [g for g in groups if not _MOVED_TO.search(text, max(0, g[0] - 60), g[0])]
    if not groups and _MISSIONS_UNNAMED_HOSTS.search(text):
        return []  # "Several U.S. embassies have suspended routine visa services": in places not named
    if not groups and (there := _THERE.search(text, min(p for _a, p in actions))):
        # "Paraguay broke off relations with Caracas ... and closed its embassy there": the country named before
        named = [a.iso2 for a in view.actors if a.start < there.start() and a.iso2 not in owners]
        groups = [(there.start(), named[-1:])] if named else []
    if not groups and _FROM_THE_COUNTRY.search(text):
        # "The United States, which raised its advisory for Bangladesh ..., ordered the departure of ... from the
        # country": the place this sentence names, not the host of an earlier mission event
        named = [a.iso2 for a in view.actors if a.role == Role.PLACE and a.iso2 not in owners]
        groups = [(0, named[-1:])] if named else []
    if not groups:
        # (a round-up's section headed "NEPAL" after a mission event under "MACEDONIA": the new section's country)
        headed = ctx.heading[1] if ctx.heading and ctx.heading[0] > ctx.mission_at and ctx.heading[1] not in owners else None
        fallback = (
            headed or ctx.mission_in or ctx.subject or ctx.city_host_before(sentence.start, set(owners)) or ctx.main_country(set(owners))
        )
        groups = [(0, [fallback])] if fallback else []
    if not groups or not owners:
        return []
    # Each action goes with the nearest group of hosts; a group with no action of its own joins the nearest.
    assigned: dict[int, list[str]] = {i: [] for i in range(len(actions))}
    placed_at: dict[int, int] = {}  # action -> where its last group of hosts stands
    for position, hosts in groups:
        # The verb comes before its object ("closed the embassy in X"): the last action before the hosts, else the
        # nearest after them ("the embassy in X was closed") in the same clause ("The Baghdad embassy has been on
        # limited staffing, but the department is authorizing departures from Bahrain": not Baghdad's).
        before = [i for i in range(len(actions)) if actions[i][1] < position]
        if not before and all(_CONTRAST.search(text, position, actions[i][1]) for i in range(len(actions))):
            continue
        nearest = (
            max(before, key=lambda i: actions[i][1])
            if before
            else min(range(len(actions)), key=lambda i: abs(actions[i][1] - position))
        )
        if nearest in placed_at and _NEW_PREDICATE.search(text, placed_at[nearest], position):
            # "orders embassy families out of Kyiv, lists reasons behind warnings for Ukraine, Russia and Belarus":
            # the places of another predicate
            continue
        if nearest in placed_at and _TIME_CLAUSE.search(text, placed_at[nearest], position):
            continue  # "The embassy in Nairobi was closed, two days after bombs struck ... Dar es Salaam": the why's places
        assigned[nearest].extend(h for h in hosts if h not in assigned[nearest])
        placed_at[nearest] = position
    events = []
    for index, (action, position) in enumerate(actions):
        hosts = assigned[index] or min(groups, key=lambda g: abs(g[0] - position))[1]
        if expelled and action == MissionAction.ORDERED_DEPARTURE:
            action = MissionAction.SUSPENDED  # diplomats expelled by the host: the mission stops working
        for owner in owners[:20]:
            for host in hosts:
                if host != owner:
                    events.append(_event(sentence, owner, host, action, 0.75 if stated_owners else 0.6))
    if events:
        ctx.mission_of, ctx.mission_in, ctx.mission_at = events[0].mission_of, events[-1].in_country, sentence.index
        closed = [e.mission_of for e in events if e.action == MissionAction.SUSPENDED]
        if closed:
            earlier = ctx.closed_missions[1] if sentence.index - ctx.closed_missions[0] <= 1 else []
            ctx.closed_missions = (sentence.index, list(dict.fromkeys(earlier + closed)))
        listed = owners if len(owners) > 1 else list(dict.fromkeys(e.in_country for e in events))
        if len(listed) > 1:
            ctx.mission_group = listed
    return events


# A clause telling when or why after the mission's act: ", two days after", "since", "following"
_TIME_CLAUSE = re.compile(r",\s+(?:[\w-]+\s+){0,3}?(?:after|since|following|when)\s", _I)
_THE_TITLED_MISSION = re.compile(r"\W*The\s+(?:Embass(?:y|ies)|Consulates?|High\s+Commissions?)\b")  # (capitalised: the one of the article)
_FROM_THE_COUNTRY = re.compile(r"\b(?:from|in|out\s+of)\s+the\s+country\b", _I)
_THERE = re.compile(r"\b(?:embassy|consulate|mission)\s+there\b", _I)
_NEW_PREDICATE = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:also\s+)?(?:lists|listed|updates|updated|issues|issued|raises|raised|warns|warned|"
    r"says|said|adds|added|reissues|reissued|advises|advised|urges|urged|tells|told)\b",
    _I,
)
_MISSIONS_UNNAMED_HOSTS = re.compile(
    r"\b(?:several|many|some|numerous|multiple|dozens\s+of|most|all\s+(?:its|their|of\s+its))\s+(?:[\w.]+\s+){0,2}?"
    r"(?:embassies|consulates|missions)\b",
    _I,
)
_THE_MISSIONS = re.compile(r"\W*(?:the|all\s+(?:the\s+)?|both|those)\s+(?:\w+\s+)?(?:embassies|missions|consulates)\b", _I)
# "The Italian embassy is operating normally, even as France suspended its consular services there": the owners
# of an action after a contrast are named after it (the places before it may still be the hosts)
_CONTRAST = re.compile(r",\s+(?:even\s+as|while|whereas|but)\s+|;\s+", _I)


# ("The US kept its embassy open while France shut its embassy", "... as France shuts its embassy": a clause
# opened by a new subject without a comma bounds the owners too)
_ANOTHER_MISSION = re.compile(r",?\s+(?:and|while|but)\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:consulate|embassy|mission)\b", _I)
_OWNERS_CONTRAST = re.compile(_CONTRAST.pattern + r"|(?<!such)\s+(?:while|whereas|as)\s+(?=(?:the\s+)?(?-i:[A-Z]))", _I)


def _owners_in_clause(view: SentenceView, actions: list[tuple[MissionAction, int]], cut: tuple[int, int]) -> list[str]:
    """The owners named in the clause of the actions, between the contrasts around them ("Turkey said it would
    evacuate its embassy, while Egypt said its embassy would remain open": not Egypt's), else in the sentence."""
    first = min(position for _action, position in actions)
    last = max(position for _action, position in actions)
    low = max((m.end() for m in _OWNERS_CONTRAST.finditer(view.text, 0, first)), default=0)
    after = _OWNERS_CONTRAST.search(view.text, last)
    high = after.start() if after else len(view.text)
    if low or high < len(view.text):
        owners = _owners(view.naming_only(low, high), cut)
        if owners:
            return owners
    other = _ANOTHER_MISSION.search(view.text, last)
    if other is not None and _FIRST_PERSON.search(view.text, low, first):
        # ("Our embassy in Honiara has since closed its doors, and the Solomon Islands embassy in Taipei has also been
        # asked to close": the release's own mission, not the one named in the clause after)
        return _owners(view.naming_only(low, other.start()), cut)
    return _owners(view, cut)


_THOSE_COUNTRIES = Anchored(re.compile(
    r"\b(?:those|these|the\s+same|the\s+\w+\s+such)\s+(?:\w+\s+)?(?:nations|countries|states|capitals)\b", _I
))


# A cut in a mission's staff, as news words a drawdown ("reduce staffing", "emergency staffing levels").
_STAFF_CUT = re.compile(r"\b(?:staff\w*|personnel|diplomats|employees)\b", _I)
_DRAWDOWNS = (MissionAction.ORDERED_DEPARTURE, MissionAction.AUTHORIZED_DEPARTURE)


def merge_mission_events(events: list[MissionEvent]) -> list[MissionEvent]:
    merged: dict[tuple[str, str, str], MissionEvent] = {}
    emergency = {(e.mission_of, e.in_country) for e in events if e.action == MissionAction.EMERGENCY_SERVICES_ONLY}
    for event in events:
        key = (event.mission_of, event.in_country, event.action.value)
        kept = merged.setdefault(key, event)
        if (
            event.action == MissionAction.REDUCED_SERVICES
            and (event.mission_of, event.in_country) not in emergency  # (services cut to emergencies are that state)
            and _STAFF_CUT.search(kept.evidence.quote or "")
            and not _STAFF_CUT.search(event.evidence.quote or "")
        ):
            # ("cut the mission to a handful of staff" with its families sent home, then "continues to function with a
            # reduced team"): the reduction stated apart from the drawdown's staff cut stands for it
            merged[key] = event
    # Staff cut by an ordered or authorized departure is that departure, not a reduction of services as well.
    drawn_down = {(e.mission_of, e.in_country) for e in merged.values() if e.action in _DRAWDOWNS}
    # Services limited while the mission is closed ("limited consular services continue" from elsewhere) are the
    # closure's, not a reduction of its own.
    closed = {(e.mission_of, e.in_country) for e in merged.values() if e.action == MissionAction.SUSPENDED}
    closed_seats = _seats_named(e for e in events if e.action == MissionAction.SUSPENDED)
    # "arbeitet nur noch eingeschränkt und bietet lediglich Notfallhilfe an": one state, emergency services only
    emergency_only = _stated_with(merged.values(), MissionAction.EMERGENCY_SERVICES_ONLY)
    # ("closed its doors on Tuesday and reopened yesterday with a skeleton staff", "... resumed work on Monday. For now it
    # works in a limited scope": reduced once open again)
    opened_before = _open_again_before(list(merged.values()))
    return [
        e
        for e in merged.values()
        if not (
            e.action == MissionAction.REDUCED_SERVICES
            and (
                (
                    (e.mission_of, e.in_country) in closed
                    and e not in opened_before
                    and not _at_other_posts(e, closed_seats.get((e.mission_of, e.in_country)))
                )
                or ((e.mission_of, e.in_country) in drawn_down and _STAFF_CUT.search(e.evidence.quote or ""))
                or (e.mission_of, e.in_country, e.evidence.start) in emergency_only
            )
        )
    ]


def _seats_named(events: Iterable[MissionEvent]) -> dict[tuple[str, str], set[str] | None]:
    """The cities the sentences of a mission's events name, by mission (None where one names no city)."""
    seats: dict[tuple[str, str], set[str] | None] = {}
    for event in events:
        key = (event.mission_of, event.in_country)
        named = set(_cities_named(event))
        before = seats.get(key, set())
        seats[key] = None if before is None or not named else before | named
    return seats


def _cities_named(event: MissionEvent) -> dict[str, str]:
    """The mission cities the event's sentence names (folded) -> the country each lies in."""
    quote = event.evidence.quote or ""
    return {quote[start:end].casefold(): iso2 for start, end, iso2 in mission_cities_in(quote)}


def _at_other_posts(event: MissionEvent, closed_seats: set[str] | None) -> bool:
    """A reduction stated about posts other than the closed ones ("the consulate has closed; visa services at the
    consulates in Lahore and Peshawar were suspended"): every city each sentence names differs (and lies in the
    mission's host, not elsewhere)."""
    named = _cities_named(event)
    return bool(
        named
        and closed_seats
        and not named.keys() & closed_seats
        and all(iso2 == event.in_country for iso2 in named.values())
    )


def _open_again_before(events: list[MissionEvent]) -> list[MissionEvent]:
    """The reductions of a mission whose last opening or closing stated up to them (in the same sentence or before) was
    its reopening."""
    out = []
    for event in events:
        if event.action != MissionAction.REDUCED_SERVICES:
            continue
        at = event.evidence.start or 0
        states = [
            (e.evidence.start or 0, e.action == MissionAction.REOPENED)
            for e in events
            if (e.mission_of, e.in_country) == (event.mission_of, event.in_country)
            and e.action in (MissionAction.REOPENED, MissionAction.SUSPENDED)
            and (e.evidence.start or 0) <= at
        ]
        # (a reopening stated in the sentence of the reduction wins over a closure in it: "closed ... and reopened with a
        # skeleton staff")
        if states and max(states, key=lambda state: (state[0], state[1]))[1]:
            out.append(event)
    return out


def _stated_with(events: Iterable[MissionEvent], action: MissionAction) -> set[tuple[str, str, int | None]]:
    """(owner, host, sentence start) of each event of `action`: an event quoted from the same sentence goes with it."""
    return {(e.mission_of, e.in_country, e.evidence.start) for e in events if e.action == action}
