"""Latvian."""

from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason
from travelrisk.model.vocabulary import Vocabulary

VOCABULARY = Vocabulary(
    language="lv",
    families=r"\bģimen\w*",
    directives=(
        (Directive.LEAVE_IMMEDIATELY, r"(?:aicin\w*|iesak\w*|ieteic\w*|ieteik\w*|mudin\w*|lūdz\w*)[^.;]{0,80}?(?:pamest|izbraukt|atstāt|evakuēt|atgriezties\s+(?:Latvijā|mājās|dzimtenē))\w*|"
         # "Nekavējoties atstājiet Libānu!" (an imperative quoted), "būtu nekavējoties jāpamet" (must leave)
         r"(?:nekavējoties|steidzami|pēc\s+iespējas\s+(?:ātrāk|drīzāk))\s+(?:pamest|izbraukt|atstāt|atgriezties|evakuēt|atstājiet|pametiet|izbrauciet|jāpamet|jāizbrauc|jāatstāj)\w*|"
         r"(?:pilsoņ|valstspiederīg)\w*\s+(?:\w+\s+){0,3}?(?:būtu|vajadzētu|vajag)\s+(?:\w+\s+)?(?:jāpamet|jāizbrauc|jāatstāj|pamest|izbraukt|atstāt)\b"),
        (Directive.DO_NOT_TRAVEL, r"atteikt\w*\s+no\s+(?:(?!nebūtisk)\w+\s+)?(?:ceļ|brauc)\w*|neiesaka\w*\s+(?:(?!bez\b|nebūtisk)\w+\s+){0,3}?(?:ceļot|doties|braukt|apmeklēt)|"
         r"nerekomendē\w*\s+(?:\w+\s+){0,3}?(?:ceļot|doties|braukt|apmeklēt)|nav\s+ieteicams\s+(?:\w+\s+)?(?:ceļot|doties|braukt|apmeklēt)|neceļo\w*|nedoties|\b(?:nebrauciet|nedodieties)\b|"
         r"izvairīt\w*\s+no\s+(?:jebkād|vis)\w*\s+(?:ceļ|brauc)\w*|atturē\w*\s+no\s+(?:(?!nebūtisk)\w+\s+)?(?:ceļo|brauc)\w*|nebraukt\w*"),
        (Directive.RECONSIDER_TRAVEL, r"izņemot\s+(?:\w+\s+)?(?:neatliekam|būtisk|nepieciešam)\w*\s+(?:gadījum|ceļojum|brauc|vajadzīb)\w*|bez\s+(?:neatliekamas\s+)?vajadzības|nebūtisk\w*\s+(?:ceļojum|brauc)\w*|"
         r"\btikai\s+(?:\w+\s+)?(?:nepieciešamības|vajadzības)\s+gadījumā|(?:pārdomāt|pārvērtēt|pārskatīt)\s+(?:\w+\s+){0,2}?(?:ceļ|brauc)\w*|"
         # ("rūpīgi izvērtēt ceļojumu uz Keniju nepieciešamību": weigh whether the trip is needed)
         r"(?:izvērtēt|izsvērt|apsvērt)\s+(?:\w+\s+){0,5}?nepieciešamīb\w*"),
        (Directive.INCREASED_CAUTION, r"(?:ievērot|būt|saglabāt|izrādīt)\s+(?:\w+\s+)?(?:piesardzīg|piesardzīb|modr|uzmanīg)\w*|(?:paaugstināt|pastiprināt|īpaš)\w*\s+(?:piesardzīb|modrīb)\w*"),
    ),
    advisory=r"brīdinājum\w*|ieteikum\w*\s+(?:\w+\s+)?ceļo\w*",
    level=r"(?:līme\w*|pakāp\w*)\s+(?:\w+\s+){0,2}?(\d)\b|\b(pirm|otr|treš|ceturt)(?:ā|ais|o|ajā|ajam)(?:[,\s]+\w+){0,2}?\s+(?:līme|pakāp)\w*",
    raised=r"paaugstin\w*|pastiprin\w*",
    highest=r"augstāk\w*|maksimāl\w*",
    lowered=r"samazin\w*|pazemin\w*|atvieglo\w*|atcēl\w*|atcel\w*",
    border=r"\b(?:pie)?robež\w*|robežšķērsošanas\s+viet\w*|robežpunkt\w*|kontrolpunkt\w*",
    border_actions=(
        (BorderAction.THREATENED_CLOSURE, r"(?:var|varētu|gatav\w*|apsver\w*|neizslēdz\w*|draud\w*|iespējam\w*)[^.;]{0,60}?(?:slēg|slēdz|aizvēr)\w*"),
        # (not "noslēgt līgumu", to conclude an agreement, "atslēgt", to unlock, or "neizslēdz", does not rule out)
        (BorderAction.CLOSED, r"(?<!ne)(?<!no)(?<!at)(?<!neiz)slēg\w*|(?<!ne)(?<!no)(?<!at)(?<!neiz)slēdz\w*|aizvēr\w*|(?:pārtrauk(?!um)|pārtrauc)\w*\s+(?:\w+\s+)?(?:darb|satiksm|kustīb)\w*|aptur\w*\s+(?:\w+\s+){0,7}?(?:darb|satiksm|kustīb|robežšķērsošan)\w*"),
        (BorderAction.OPENED, r"atjauno\w*\s+(?:\w+\s+){0,3}?(?:darb|satiksm|kustīb)\w*|\batvēr\w*+(?!\s+(?:paliks|paliek|joprojām))|atsāk\w*\s+(?:[\w\"“”„«»-]+\s+){0,4}?darb\w*"),
        # (lorries let through alone, or turned away: not a queue of lorries waiting)
        (BorderAction.RESTRICTED, r"(?:tikai|vien)\s+(?:\w+\s+)?kravas\s+(?:auto\w*|transport\w*)|kravas\s+(?:auto\w*|transport\w*)\s+(?:\w+\s+){0,2}?(?:slēg|aizlieg|apturē|ierobežo|nelaiž)\w*|\b(?:ierobežo\w*)|"
         # controls reintroduced ("atjaunoja kontroli uz robežas", "ieviesa robežkontroli")
         r"(?:atjauno|ievies|ieved)\w*\s+(?:\w+\s+)?(?:robež)?kontrol\w*"),
    ),
    mission=r"vēstniecīb\w*|konsulāt\w*|diplomāt\w*",
    mission_actions=(
        (MissionAction.DEPARTURE_LIFTED, r"atcēl\w*\s+(?:\w+\s+){0,2}?(?:obligāt\w*\s+izbraukšan\w*|rīkojum\w*\s+izbraukt)"),
        # staff allowed to leave of their own will ("atļāva ... brīvprātīgi izbraukt")
        (MissionAction.AUTHORIZED_DEPARTURE, r"brīvprātīg\w*\s+(?:\w+\s+)?(?:izbrauk|aizbrauk|pamest|atstāt)\w*|atļā\w*\s+[^.;]{0,80}?brīvprātīg\w*"),
        (MissionAction.EMERGENCY_SERVICES_ONLY, r"\btikai\s+(?:neatliekam|ārkārtas|steidzam|kritisk)\w*\s+(?:\w+\s+){0,2}?(?:palīdzīb|pakalpojum|gadījum|situācij)\w*"),
        # ("pārtrauc vīzu pieteikumu pieņemšanu": visa applications no longer taken, the embassy open)
        (MissionAction.REDUCED_SERVICES, r"samazin\w*\s+(?:\w+\s+){0,4}?(?:personāl|darbiniek|diplomāt)\w*\s+līdz\s+minimum\w*|ierobežo\w*\s+(?:\w+\s+)?(?:konsulār\w*\s+)?pakalpojum\w*|(?:pārtrauc|aptur)\w*\s+(?:\w+\s+)?vīz\w*|"
         # visa work stopped while the mission stays open ("apturēja vīzu izsniegšanu")
         r"(?:pārtrauk|pārtrauc|aptur)\w*\s+(?:\w+\s+)?vīz\w*\s+izsniegšan\w*|vīz\w*\s+izsniegšan\w*\s+(?:\w+\s+){0,2}?(?:pārtrauk|pārtrauc|aptur)\w*"),
        # all staff taken out or recalled ("izveda savus diplomātus", "atsauca visus diplomātus")
        (MissionAction.EVACUATED, r"(?<!ne)evakuē\w*|evakuācij\w*|\bizved\w*\s+(?:\w+\s+){0,2}?(?:diplomāt|darbiniek|personāl)\w*|atsauc\w*\s+vis\w*\s+(?:\w+\s+)?(?:diplomāt|darbiniek|personāl)\w*"),
        (MissionAction.ORDERED_DEPARTURE, r"samazin\w*\s+(?:\w+\s+){0,4}?(?:personāl|darbiniek|diplomāt)\w*|atsauc\w*\s+(?:\w+\s+)?(?:personāl|darbiniek|diplomāt)\w*|"
         # part of the staff recalled, families ordered out ("atsauca daļu ... darbinieku", "pavēlēja ... pamest")
         r"atsauc\w*\s+daļ\w*\s+(?:\w+\s+){0,4}?(?:personāl|darbiniek|diplomāt)\w*|\b(?:pavēl\w*|lika)\b[^.;]{0,80}?(?:pamest|izbraukt|atstāt)\w*"),
        # ("pārtrauca darbību", "vairs nedarbojas": stopped working; not "pārtraukuma", a break)
        (MissionAction.SUSPENDED, r"(?<!ne)(?<!no)(?<!at)(?<!neiz)slēg\w*|(?<!ne)(?<!no)(?<!at)(?<!neiz)slēdz\w*|(?:pārtrauk(?!um)|pārtrauc|apturē)\w*\s+(?:\w+\s+){0,3}?darb\w*|\bnedarbojas\b|\b(?:beidz|izbeidz|beidza|izbeidza)\s+(?:\w+\s+)?darb\w*"),
        (MissionAction.REOPENED, r"atsāk\w*\s+(?:\w+\s+)?darb\w*|atkal\s+atvēr\w*|atjauno\w*\s+(?:\w+\s+)?darb\w*|darb\w*\s+atjaunošan\w*|no\s+jauna\s+atvēr\w*"),
    ),
    neighbour_before=r"\b(?:ar)",
    mutual=r"abpusēji|abos\s+virzienos",
    citizens=r"pilsoņ\w*|valstspiederīg\w*",
    reasons=((Reason.LIMITED_CONSULAR_CAPACITY, r"konsulār\w*\s+(?:\w+\s+){0,4}?ierobežot\w*|ierobežot\w*\s+(?:\w+\s+){0,2}?konsulār\w*"), (Reason.MILITARY_BUILDUP, r"karaspēk\w*\s+(?:\w+\s+)?(?:koncentr|pulcēšan)\w*"), (Reason.CRIME, r"noziedzīb\w*|noziegum\w*|noziedzīg\w*\s+grupējum\w*|\bband(?:u|ām|as|ai)\b|\blaupīšan\w*"), (Reason.KIDNAPPING, r"nolaupīšan\w*|ķīlniek\w*"), (Reason.HEALTH, r"epidēmij\w*|\bebol\w*|holēr\w*|uzliesmojum\w*|pandēmij\w*|koronavīrus\w*|covid\w*"), (Reason.NATURAL_DISASTER, r"zemestrīc\w*|plūd\w*|viesuļvētr\w*|orkān\w*|taifūn\w*|ciklon\w*|cunami|vulkān\w*\s+izvirdum\w*|dabas\s+katastrof\w*|meža\s+ugunsgrēk\w*"), (Reason.LIMITED_FLIGHTS, r"lidojum\w*\s+(?:\w+\s+)?(?:atcel|pārtrauk)\w*|gaisa\s+telp\w*\s+(?:\w+\s+)?slēg\w*"), (Reason.WRONGFUL_DETENTION, r"aizturēšan\w*|\barest\w*|apcietināšan\w*"), (Reason.ARMED_CONFLICT, r"raķešu\s+(?:triecien|uzbrukum)\w*|konflikt\w*|karadarbīb\w*|\bkar(?:š|a|u|ā|am|ot\w*)\b|apšaud\w*|\bkauj(?:as|ām|u|ās)\b|militār\w*\s+operācij\w*|bruņot\w*\s+sadursm\w*|bombardēšan\w*|uzlidojum\w*"), (Reason.TERRORISM, r"teror\w*|džihādist\w*"), (Reason.CIVIL_UNREST, r"protest\w*|nemier\w*|demonstrācij\w*|apvērsum\w*|grautiņ\w*|sacelšan\w*")),
    not_advice=r"\bvīz\w*|sankcij\w*",
    place_before=r"\b(?:uz|no|pie)",
    locative=r"(?:ā|ē|ī|ū)",
    # ("Ķīnas galvaspilsētā": in China's capital)
    # ("Indijas dienvidaustrumu piekrastē": a part of the country, in the locative)
    place_after=r"\s+(?:[\wāčēģīķļņšūž]+\s+)?(?:galvaspilsētā|pilsētā|teritorijā|pierobežā|piekrastē|provincē|reģionā|štatā|apgabalā|"
    r"dienvidos|ziemeļos|austrumos|rietumos|daļā)",
    # ("notiekošās karadarbības dēļ": "because of" after its words, which run back to the last capitalised name)
    cause=r"(?<!\S)(?:(?-i:[a-zāčēģīķļņšūž])\w*\s+){1,4}dēļ\b|\b(?:dēļ|jo|sakarā\s+ar|ņemot\s+vērā|norādot\s+uz|atsaucoties\s+uz)",
    remains_before=r"\b(?:joprojām|arī\s+turpmāk|turpmāk|paliek|paliks)(?:\s+būs)?",
    negation=r"\bbaum\w*|izplatās\s+(?:\S+\s+)?ziņ\w*|nav\s+patiesa\w*|dezinformācij\w*|viltus\s+ziņ\w*|neatbilst\s+patiesībai|darbojas\s+ierastajā\s+režīmā|(?:atteic\w*|atteicās)\s+\w+t\b|"
    # "var slēgt savu vēstniecību": a mission's closing or evacuation only possible
    r"\b(?:var|varētu|apsver)\s+(?:\w+\s+){0,2}?(?:slēgt|evakuēt|pārtraukt|apturēt)\s+(?:\w+\s+){0,2}?(?:vēstniecīb|konsulāt)\w*|\bja\s|(?<!ārkārtas\s)(?<!nepieciešamības\s)(?<!vajadzības\s)\bgadījumā\s|noliedz\w*|neplāno|netiek\s+plānot\w*|nav\s+plānot\w*|netiek\s+apspriest\w*|netiek\s+izskatīt\w*|"
    # ("dienaskārtībā šobrīd nav jautājuma par ... slēgšanu": no such question on the agenda)
    r"\bnav\s+(?:\w+\s+)?jautājuma\b|"
    # ("ministrija šobrīd nav izteikusi ieteikumus atturēties": has issued no advice)
    r"\bnav\s+(?:\w+\s+)?(?:izteikusi|izdevusi|devusi|snieguši|sniegusi|publicējusi|mainījusi)\b",
    # ("Zemnieki pieprasīja, lai Polija slēgtu robežu": the comma before "lai" still asks)
    asked=r"(?:aicin|pieprasīj|pieprasa|lūdz|lūdza|rosin|ierosin)\w*(?:\s+\w+){0,3}?,?\s+lai\b|aicin\w*|pieprasīj\w*|pieprasa|lūdz\w*|lūdza|rosin\w*|ierosin\w*",
    # (Latvian negates with a prefix: "robeža netiek slēgta", the border is not being closed)
    not_before=r"\bne(?:tiek|tika|tiks|ir|būs|bija|tiek\s+plānots)\b",
    level_change=r"\bno\s+(\d|pirm|otr|treš|ceturt)\w*\s+(?:\w+\s+)?(?:uz|līdz)\s+(\d|pirm|otr|treš|ceturt)\w*",
    # "abu valstu" (of both countries), "šajās valstīs" (in these countries): the places of the advice just reported
    these_countries=r"\b(?:šīs|šo|šajās|abās|abu|abām|abas)\s+valst\w*",
    # "several countries", "Western states": governments left unnamed
    unnamed_states=r"\b(?:vairākas|daudzas|dažas|citas|Rietumu)\s+(?:\w+\s+)?valst\w*|\bRietumvalst\w*",
    among=r"\bto\s+vidū\b|\bstarp\s+tām\b|\btostarp\b",
    # "the advice applies to ...": the places of advice just given that named none
    covers=r"(?:ieteikum|brīdinājum|aicinājum)\w*\s+(?:\w+\s+)?(?:attiecas\s+uz|aptver)",
    similar=r"darīj\w*\s+to\s+pašu|rīkoj\w*\s+tāpat|tādu\s+pašu\s+lēmumu|sekoj\w*\s+(?:\w+\s+)?piemēram|pievienoj\w*\s+(?:\w+\s+)?aicinājum\w*|līdzīg\w*\s+(?:ieteikum|brīdinājum|aicinājum)\w*",
    crossing_count=r"(\d+|divas|divu|trīs|četras|piecas)\s+(?:\w+\s+){0,2}?(?:robežšķērsošanas|robežpunkt|kontrolpunkt|punkt)\w*",
    numbers={"pirm": 1, "otr": 2, "treš": 3, "ceturt": 4, "divas": 2, "divu": 2, "trīs": 3, "četras": 4, "piecas": 5},
    home="LV",
    the_country=r"\b(?:šajā\s+valstī|šo\s+valsti|no\s+valsts)\b",
    our_citizens=r"\bmūsu\s+(?:\w+\s+)?pilsoņ\w*",
    ours=r"\bmūsu\b",
    institution=r"ministrij\w*|valdīb\w*|Robežsardz\w*|Saeim\w*",
    own=r"\bsav(?:u|us|ā|as|iem)\b",
    worldwide=r"\buz\s+ārzemēm\b|\buz\s+visām\s+valstīm\b|\bvisā\s+pasaulē\b",
)
