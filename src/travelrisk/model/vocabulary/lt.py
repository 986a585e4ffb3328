"""Lithuanian."""

from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason
from travelrisk.model.vocabulary import Vocabulary

VOCABULARY = Vocabulary(
    language="lt",
    families=r"\b(?:šeimos\s+nari\w*|šeim\w*)",
    directives=(
        (Directive.LEAVE_IMMEDIATELY, r"(?:ragin\w*|rekomend\w*|pataria|patarė|prašo|prašė|paprašė)[^.;]{0,80}?(?:išvyk\w*|palik\w*|evakuot\w*|grįžti\s+(?:į\s+Lietuvą|namo|į\s+tėvynę))|(?:nedelsiant|nedelsdam\w*|skubiai|kuo\s+(?:skubiau|greičiau|skubiausiai|anksčiau))\s+(?:išvyk|palik|grįžt(?!\w*\s+prie\b)|evakuot)\w*|pilie[tč]\w*\s+(?:\w+\s+){0,3}?turėtų\s+(?:\w+\s+)?(?:išvykti|palikti)\b|rekomenduojama\s+(?:\w+\s+)?išvykti"),
        (Directive.DO_NOT_TRAVEL, r"atsisaky\w*\s+(?:(?!nebūtin)\w+\s+)?kelion\w*|nevyk\w*|nekeliau\w*|nevažiuo\w*|susilaiky\w*\s+nuo\s+(?:(?!nebūtin)\w+\s+){0,2}?kelion\w*|"
         # "nepataria keliauti", "vengti bet kokių kelionių": advises against, avoid any travel
         r"nepatar\w*\s+(?:\w+\s+){0,2}?(?:vyk|kelia|važiuo)\w*|vengti\s+(?:visų|bet\s+kokių)\s+kelion\w*|nerekomend\w*\s+(?:\w+\s+){0,2}?(?:vyk|kelia)\w*|"
         # the journey first, the advice after it ("Į Gazos Ruožą vykti URM griežtai nerekomenduoja")
         r"\b(?:vykti|keliauti)\s+(?:\w+\s+){0,3}?nerekomend\w*"),
        # ("nepataria vykti ..., išskyrus būtinus atvejus": except when essential)
        (Directive.RECONSIDER_TRAVEL, r"išskyrus\s+(?:\w+\s+)?(?:būtin|neatidėliotin|neišvengiam)\w*\s+(?:atvej|reikal|kelion)\w*|be\s+būtino\s+reikalo|nebūtin\w*\s+kelion\w*|\btik\s+(?:esant\s+|išskirtinai\s+)?(?:būtinybei|būtinam\w*\s+reikalui|būtinais\s+atvejais|ypatingos\s+būtinybės\s+atveju)|(?:apsvarst|persvarst|pergalvo)\w*\s+(?:\w+\s+){0,2}?(?:kelion|keliavim|keliauti|vykti)\w*"),
        (Directive.INCREASED_CAUTION, r"(?:būti|išlikti|elgtis|laikytis)\s+(?:\w+\s+)?(?:atsarg|budr)\w*|(?:padidint|ypating|didesn)\w*\s+(?:atsargum|budrum)\w*"),
    ),
    advisory=r"perspėjim\w*|rekomendacij\w*\s+(?:\w+\s+)?keliau\w*",
    level=r"(?:lyg\w*|laipsn\w*)\s+(?:\w+\s+){0,2}?(\d)\b|"
    # ("pakėlė perspėjimo lygį ... iki trečiojo": the ordinal after the scale's word)
    r"(?:lyg\w*|laipsn\w*)\s+(?:\w+\s+){0,2}?iki\s+(pirm|antr|treči|ketvirt)\w*|"
    r"\b(pirm|antr|treči|ketvirt)\w*\s+(?:\w+\s+)?(?:lyg|laipsn)\w*",
    raised=r"padidin\w*|sugriežtin\w*|pakėl\w*|padidint\w*",
    highest=r"aukščiausi\w*|didžiausi\w*",
    lowered=r"sumažin\w*|sušvelnin\w*|atšauk\w*|panaikin\w*",
    border=r"\b(?:pa)?sien\w*|pasienio\s+punkt\w*|punkt\w*|kontrolės\s+punkt\w*",
    border_actions=(
        (BorderAction.THREATENED_CLOSURE, r"\b(?:gali|galėtų|svarst\w*|neatmeta\w*|(?:pa)?grasin\w*|galim\w*)[^.;]{0,60}?uždar\w*|uždarymo\s+galimyb\w*|"
         # "pasikartojus ... , Lietuva visiškai uždarys sieną": a closure on a condition (the future "uždarys")
         r"(?:jei|jeigu|pasikartojus)\b[^.;]{0,120}?uždarys\w*"),
        (BorderAction.CLOSED, r"(?<!ne)uždar\w*|sustabd\w*\s+(?:\w+\s+)?(?:darb|veikl|eism|pervaž|judėjim)\w*|nutrauk\w*\s+(?:\w+\s+)?(?:eism|judėjim)\w*|"
         # entry across the border forbidden ("atvykti į Lietuvą per pasienį su Baltarusija tebėra draudžiama")
         r"\b(?:atvykti|įvažiuoti|kirsti)\b[^.;]{0,100}?\b(?:tebėra\s+|yra\s+|bus\s+)?(?:draudžiama|uždrausta)\b"),
        # ("atvėrė savo tarpusavio sieną", "panaikino kontrolę pasienyje": opened, controls lifted)
        (BorderAction.OPENED, r"atidar\w*|\batvėr\w*|\batver\w*|atnaujin\w*\s+(?:\w+\s+){0,3}?(?:darb|veikl|eism|judėjim|pervaž)\w*|"
         r"panaikin\w*\s+(?:\w+\s+)?(?:kontrol|apribojim|draudim)\w*"),
        # (not "tūkstančiai sunkvežimių ir lengvųjų automobilių": all the traffic that passes)
        (BorderAction.RESTRICTED, r"sunkvežim\w*\b(?!\s+(?:ir|bei)\s+(?:lengv|keleiv|automobil))|(?<!ir\s)(?<!bei\s)krovinin\w*(?!\s+(?:ir|bei)\s+keleiv)|\b(?:apribo\w*|ribo\w*)|"
         # controls reintroduced ("atkūrė kontrolę pasienyje", "įvedė pasienio kontrolę")
         r"(?:atkūr|atkur|įved|grąžin|atnaujin)\w*\s+(?:\w+\s+)?(?:pasienio\s+)?kontrol\w*|"
         # crossing possible only at some points ("galima kirsti tik per du punktus")
         r"\bkirsti\s+tik\s+per\b"),
    ),
    mission=r"ambasad\w*|konsulat\w*|diplomat\w*|atstovyb\w*",
    mission_actions=(
        (MissionAction.DEPARTURE_LIFTED, r"atšauk\w*\s+(?:\w+\s+){0,2}?(?:privalom\w*\s+išvykim\w*|įsakym\w*\s+išvykti)"),
        # staff allowed to leave of their own will ("leido ... savanoriškai išvykti")
        (MissionAction.AUTHORIZED_DEPARTURE, r"savanorišk\w*\s+(?:\w+\s+)?išvyk\w*|leid\w*\s+[^.;]{0,80}?savanorišk\w*"),
        (MissionAction.EMERGENCY_SERVICES_ONLY, r"\btik\s+(?:skubi|neatidėliotin|išskirtin|ypating|ekstremal)\w*\s+(?:\w+\s+){0,2}?(?:paslaug|pagalb|atvej)\w*"),
        (MissionAction.REDUCED_SERVICES, r"sumažin\w*\s+(?:\w+\s+){0,4}?(?:darbuotoj|personal|diplomat(?!in))\w*|ribot\w*\s+(?:konsulin\w*\s+)?paslaug\w*|apribo\w*\s+(?:\w+\s+)?(?:konsulin\w*\s+)?paslaug\w*|"
         # visa work stopped while the mission stays open ("sustabdė vizų išdavimą")
         r"(?:sustabd|nutrauk)\w*\s+(?:\w+\s+)?viz\w*\s+išdavim\w*|viz\w*\s+išdavim\w*\s+(?:\w+\s+){0,2}?(?:sustabd|nutrauk)\w*"),
        # ("diplomatai kartu su šeimų nariais ... išvyko iš Pekino": the diplomats left the capital)
        (MissionAction.EVACUATED, r"(?<!ne)evakuo\w*|(?<!ne)evakav\w*|evakuacij\w*|diplomat\w*\s+(?:\w+\s+){0,8}?išvyk\w*\s+iš\b|"
         # all staff flown or taken out, withdrawn ("išskraidino savo diplomatus", "atitraukė visus diplomatus")
         r"(?:išskraidin|išvež)\w*\s+(?:\w+\s+){0,2}?(?:diplomat|darbuotoj|personal)\w*|atitrauk\w*\s+vis\w*\s+(?:\w+\s+)?(?:diplomat|darbuotoj|personal)\w*"),
        # ("Ambasados veikla ... laikinai sustabdoma": its work stopped)
        (MissionAction.SUSPENDED, r"(?<!ne)uždar\w*|(?:sustabd|nutrauk)\w*\s+(?:\w+\s+){0,3}?(?:darb|veikl)\w*|(?:darb|veikl)\w*\s+(?:\w+\s+){0,3}?(?:sustabd|nutrauk)\w*|"
         # ceased to operate, closed itself ("nustojo veikti", "nebeveikia", "užsidarė")
         r"nustoj\w*\s+veikt\w*|\bnebeveik\w*|\bužsidar\w*"),
        (MissionAction.REOPENED, r"atnaujin\w*\s+(?:\w+\s+)?(?:darb|veikl)\w*|vėl\s+atidar\w*|vėl\s+(?:dirba|veikia|pradėjo\s+dirbti)|(?:darb|veikl)\w*\s+atnaujin\w*|atidar\w*\s+(?:\w+\s+){0,3}?iš\s+naujo"),
        (MissionAction.ORDERED_DEPARTURE, r"atšauk\w*\s+(?:\w+\s+)?(?:diplomat|darbuotoj|personal)\w*|"
         # part of the staff recalled or withdrawn, families told to leave ("atšaukė dalį ... darbuotojų", "įsakė ... išvykti")
         r"(?:atšauk|atitrauk)\w*\s+dal\w*\s+(?:\w+\s+){0,4}?(?:diplomat|darbuotoj|personal)\w*|\b(?:įsakė|įsako|įsakys|liepė|liepia|nurodė|nurodo)\b[^.;]{0,80}?išvyk\w*"),
    ),
    neighbour_before=r"\b(?:su)",
    mutual=r"abipusiškai|abiem\s+kryptimis|\btarpusavio\b|\bviena\s+kitos\b|\bvienas\s+kito\b",
    citizens=r"pilie[tč]\w*",
    reasons=((Reason.LIMITED_CONSULAR_CAPACITY, r"konsulin\w*\s+(?:\w+\s+){0,4}?(?:ribot|apribot)\w*|ribot\w*\s+(?:\w+\s+){0,2}?konsulin\w*"), (Reason.MILITARY_BUILDUP, r"kariuomenės\s+(?:\w+\s+)?(?:telkim|sutelkim)\w*|karių\s+(?:\w+\s+)?(?:telkim|sutelkim)\w*"), (Reason.CRIME, r"nusikalstam\w*|nusikaltim\w*|\bgauj\w*|plėšim\w*|narkotikų\s+kartel\w*"), (Reason.KIDNAPPING, r"pagrobim\w*|\bgrobim\w*|įkaitų|įkaitais"), (Reason.HEALTH, r"epidemij\w*|protrūk\w*|pandemij\w*|koronavirus\w*|covid\w*|\bebol\w*|choler\w*"), (Reason.NATURAL_DISASTER, r"žemės\s+drebėjim\w*|potvyn\w*|uragan\w*|taifūn\w*|ciklon\w*|cunam\w*|ugnikaln\w*|miškų\s+gaisr\w*|stichin\w*\s+nelaim\w*"), (Reason.LIMITED_FLIGHTS, r"skrydži\w*\s+(?:\w+\s+)?(?:atšauk|nutrauk|sustabd)\w*|oro\s+erdv\w*\s+(?:\w+\s+)?uždar\w*"), (Reason.WRONGFUL_DETENTION, r"sulaikym\w*|areštu\w*|\bareštų|suėmim\w*"), (Reason.ARMED_CONFLICT, r"karin\w*\s+įtamp\w*|konflikt\w*|\bkar\w*\s+veiksm\w*|\bkar(?:o|as|ą|e|u)\b|\bkariniai\b|apšaud\w*|karin\w*\s+operacij\w*|\bkov(?:os|ų|ose|omis)\b|susirėmim\w*|bombardav\w*|raketų\s+atak\w*|antskryd\w*|ginkluot\w*\s+susidūrim\w*"), (Reason.TERRORISM, r"teror\w*|išpuol\w*|džihadist\w*"), (Reason.CIVIL_UNREST, r"protest\w*|neramum\w*|demonstracij\w*|riauš\w*|perversm\w*|sukilim\w*")),
    not_advice=r"\bviz\w*|sankcij\w*",
    place_before=r"\b(?:į|iš|prie|ties)",
    locative=r"(?:[^s]e)",  # ("Pekine", "Minske": the case forms in -oje, -yje, -uje are `place_after`'s)
    # "Libane esantiems piliečiams": those who are in Lebanon
    # (or the name in the locative: "ambasada Izraelyje")
    # ("Kinijos sostinėje": in China's capital)
    place_after=r"\s+(?:esan|esanči|gyvenan|gyvenanči|buvusi)\w*|\s+(?:sostinėje|mieste|teritorijoje|pasienyje)|(?:yje|oje|ėje|uje)$",
    # ("perspėjimas dėl kelionių į Iraną": a warning about travel, no cause)
    cause=r"\b(?:dėl(?!\s+(?:kelion|keliavim|vykim))|nes|kadangi)\b",
    negation=r"\bgand\w*|melagien\w*|dezinformacij\w*|neatitinka\s+tikrovės|veikia\s+įprastai|(?:atsisak\w*)\s+\w+ti\b|"
    # "gali uždaryti savo ambasadą": a mission's closing or evacuation only possible
    r"\b(?:gali|galėtų|svarsto)\s+(?:\w+\s+){0,2}?(?:uždary|evakuo|sustabdy)\w*\s+(?:\w+\s+){0,2}?(?:ambasad|konsulat|atstovyb)\w*|\bpasikartojus|\bjei\s|\bjeigu\s|paneig\w*|neplanuoja|neketina|nėra\s+svarstom\w*|nesvarsto|"
    # "Siena bus atverta tik tada, kai ...": only once something happens, not yet
    r"\btik\s+tada,?\s+kai\b",
    # ("Ūkininkai reikalavo, kad Lenkija uždarytų sieną": the comma before "kad" still asks)
    asked=r"(?:ragin|paragin|reikalav|reikalau|prašė|prašo|paprašė)\w*(?:\s+\w+){0,3}?,?\s+kad\b|ragin\w*|paragin\w*|reikalav\w*|reikalau\w*|prašė|prašo|paprašė",
    not_before=r"(?!x)x",
    level_change=r"\bnuo\s+(\d|pirm|antr|treči|ketvirt)\w*\s+(?:\w+\s+)?iki\s+(\d|pirm|antr|treči|ketvirt)\w*",
    # "abiejų šalių" (of both countries), "šiose šalyse" (in these countries): the places of the advice just reported
    these_countries=r"\b(?:šių|šias|šiose|abiejų|abi|abiejose)\s+(?:šal\w*|valstyb\w*)",
    # "several countries", "Western states": governments left unnamed
    unnamed_states=r"\b(?:kelios|keletas|daug|kai\s+kurios|kitos|Vakarų)\s+(?:\w+\s+)?(?:šal\w*|valstyb\w*)",
    among=r"\btarp\s+jų\b|\bįskaitant\b",
    # "the advice applies to ...": the places of advice just given that named none
    covers=r"(?:rekomendacij|perspėjim|patarim)\w*\s+(?:\w+\s+)?(?:taikom\w*|galioja|apima)",
    similar=r"\bpanašiai\b|(?:priėmė)\s+(?:tokį\s+patį|analogišką)\s+sprendimą|\btą\s+pat[įi]\b|pasek\w*\s+(?:\w+\s+)?pavyzdžiu|prisijung\w*\s+prie\s+(?:\w+\s+)?raginim\w*|panaš\w*\s+(?:rekomendacij|perspėjim|raginim|įspėjim)\w*",
    crossing_count=r"(\d+|du|dvi|dviejų|tris|trijų|keturi|penki|šeši)\s+(?:iš\s+\w+\s+)?(?:\w+\s+){0,3}?(?:punkt\w*|perėj\w*)",
    numbers={"pirm": 1, "antr": 2, "treči": 3, "ketvirt": 4, "du": 2, "dvi": 2, "dviejų": 2, "tris": 3, "trijų": 3, "keturi": 4, "penki": 5, "šeši": 6},
    home="LT",
    the_country=r"\b(?:šalį|šalyje|šalies|šalis)\b",
    our_citizens=r"\bmūsų\s+(?:\w+\s+)?pilie\w*",
    ours=r"\bmūsų\b",
    institution=r"URM|ministerij\w*|Vyriausyb\w*|VSAT|pasienio\s+apsaugos",
    own=r"\bsav(?:o|us|uosius|ąjį|ąsias)\b",
    worldwide=r"\bį\s+užsienį\b|\bį\s+visas\s+šalis\b|\bvisame\s+pasaulyje\b",
)
