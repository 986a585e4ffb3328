"""Italian."""

from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason
from travelrisk.model.vocabulary import Vocabulary

VOCABULARY = Vocabulary(
    language="it",
    families=r"\bfamiliar[ei]\b|\bfamiglie\b",
    adjective_after=True,
    directives=(
        (
            Directive.LEAVE_IMMEDIATELY,
            r"(?:invit\w*|esort\w*|raccomand\w*|chied\w*|chies\w*|consigli\w*|ordin(?:ato|a|ano|ò)\s+a(?:i|gli|lle)\s+(?:propri|suoi|sue|loro|cittadini|connazionali|\w+(?:ani|esi|ini))\b)[^.;]{0,120}?(?:evacuare\b|tornare\s+(?:a\s+casa|in\s+patria|in\s+Italia)|fare\s+rientro|rientrare\s+(?:a\s+casa|nel\s+proprio\s+paese)|lasciar(?:e|l[oaie])\b|abbandonar(?:e|l[oaie])\b|andarsene|andare\s+via|uscire\s+da|partire\s+(?:\w+\s+){0,4}?da|(?<!prima\sdi\s)partire\b(?!\s+(?:per|verso|alla\s+volta))|rientrare\s+(?:in\s+patria|in\s+Italia))\w*|"
            # ("a rientrare immediatamente": to come home at once)
            r"(?:lasciare|lasciate|abbandonare|abbandonate|andarsene|andatevene|partire|partite|rientrare|rientrate|tornare|tornate)(?=\s+(?:[\w’']+\s+){0,4}?(?:immediatamente|al\s+più\s+presto|quanto\s+prima|senza\s+indugio|il\s+prima\s+possibile))",
        ),
        (Directive.DO_NOT_TRAVEL, r"(?:rinvi|rimand|posticip)\w*\s+(?:\w+\s+){0,2}?(?:viagg|spostament)\w*+(?!\s+(?:\w+\s+){0,3}?non\s+(?:essenzial|necessar|urgent|indispensab|strettamente))|non\s+(?:devono|deve|dovrebbero|dovrebbe)\s+(?:recarsi|viaggiare|andare\s+(?:in|a|nel|nella|verso)\b)|(?:sconsigli|evit)\w*\s+(?:\w+\s+)?(?:tutti\s+gli|qualsiasi|ogni)\s+spostament\w*(?!\s+non\s)|sconsiglio\s+(?:\w+\s+)?(?:generalizzato|assoluto|totale)|asten\w+\s+da(?:l|i|gli)?\s+(?:viagg\w*|recarsi|visit\w*)|(?:sconsigli\w*\s+)?a\s+qualsiasi\s+titolo|sconsigli\w*\s+(?:\w+\s+)?(?:tutti\s+i\s+|qualsiasi\s+|i\s+|ogni\s+)?viagg\w*+(?!\s+non\s+(?:essenzial|necessar))|non\s+(?:recarsi|viaggiare)\b|evitare\s+di\s+recarsi|evitare\s+(?:\w+\s+)?viagg\w*+(?!\s+non\s+(?:essenzial|necessar|strettamente))"),
        (Directive.RECONSIDER_TRAVEL, r"limit\w*\s+(?:gli\s+|i\s+)?(?:spostamenti|viaggi)\s+allo?\s+(?:stretto\s+)?(?:necessario|indispensabile)|(?:viaggi|spostamenti)\s+non\s+(?:essenziali|necessari|indispensabili|urgenti)|(?:solo|soltanto|unicamente)\s+(?:in\s+caso\s+di\s+(?:assoluta\s+|stretta\s+|effettiva\s+|reale\s+)?necessità|se\s+(?:strettamente\s+|assolutamente\s+)?(?:necessari|indispensabil|essenzial)\w*|per\s+(?:motivi|ragioni)\s+(?:essenziali|urgenti|indispensabili|di\s+(?:stretta\s+)?necessità))|(?:viaggi|spostamenti)\s+(?:\w+\s+){1,3}?non\s+(?:essenziali|necessari|indispensabili|urgenti)\b|riconsider\w*|non\s+strettamente\s+necessari|sconsigli\w*"),
        (Directive.INCREASED_CAUTION, r"massima\s+(?:prudenza|cautela|attenzione|vigilanza)|(?:alto|elevato)\s+(?:grado|livello)\s+di\s+(?:cautela|prudenza|attenzione|vigilanza)|(?:stare|stiano|state)\s+(?:molto\s+)?(?:attenti|all['’]erta|in\s+guardia)\b|alla\s+(?:massima\s+)?(?:vigilanza|prudenza|cautela)\b|(?:prestare|mantenere)\s+(?:\w+\s+)?(?:attenzione|prudenza)|(?:essere|siano|restare|rimanere|restino|rimangano|mantenersi)\s+(?:\w+\s+)?(?:vigili|prudenti|cauti|attenti)\b|(?:usare|adottare|esercitare)\s+(?:la\s+)?(?:massima\s+)?(?:cautela|prudenza)"),
    ),
    advisory=r"avvis\w*\s+(?:di\s+)?viagg\w*|scala\s+di\s+(?:rischio|allerta)|Viaggiare\s+Sicuri|allert\w*",
    level=r"livello\s+(\d|uno|due|tre|quattro)\b|\b(prim|second|terz|quart)[oa]\s+livello\b",
    raised=r"\b(?:innalz\w*|alzat\w*|alzato|elevat\w*|inasprit\w*)",
    highest=r"massim[oa]|più\s+alt[oa]",
    lowered=r"abbass\w*|ridott\w*\s+(?:il\s+)?livello|revoc\w*\s+(?:\w+['’]\s*|\w+\s+)?(?:allerta|sconsiglio|avviso)",
    border=r"confin\w*|frontier\w*|valic\w*",
    border_actions=(
        (BorderAction.THREATENED_CLOSURE, r"(?:minacci\w*|potrebbe\w*|valut\w*|consider\w*|ipotizz\w*|non\s+esclud\w*)[^.;]{0,60}?chiu\w*"),
        (BorderAction.CLOSED, r"chius\w*|chiud\w*|sospe\w*\s+(?:\w+\s+){0,2}?(?:transit|traffic|passagg|circolazion|attraversament)\w*|bloccat\w*\s+(?:\w+\s+){0,2}?(?:transit|traffic|passagg|valic|confin|frontier)\w*|interr(?:ott|omp)\w*\s+(?:\w+\s+){0,2}?(?:transit|traffic|passagg|circolazion|attraversament)\w*|sigill\w*\s+(?:\w+\s+){0,2}?(?:confin|frontier|valic)\w*|(?:confin|frontier|valic)\w*\s+(?:\w+\s+){0,4}?(?:è\s+stat[oa]|sono\s+stat[ie])\s+sigillat\w*"),
        (BorderAction.OPENED, r"(?:tolt|revocat|rimoss|levat|abolit)\w*\s+(?:il\s+)?divieto\s+di\s+(?:transito|ingresso|passaggio|attraversamento)|\btorn\w*\s+a\s+(?:consentire|permettere)\s+(?:il\s+)?(?:transito|passaggio|ingresso)|riapert\w*|riapr\w*|tornat\w*\s+ad?\s+aprir\w*|apr(?:e|ono|irà|iranno|ire)\s+(?:(?!su[lig]\w*\b)[\w\'’-]+\s+){0,4}?(?:confin|frontier|valic|passagg)\w*|(?:ha|hanno)\s+aperto\s+(?:[\w\'’-]+\s+){0,3}?(?:confin|frontier|valic)\w*|(?:ripres|riprend)\w*\s+(?:\w+\s+){0,2}?(?:transit|traffic|passagg|circolazion)\w*"),
        # ("lasciandone aperti soltanto sei", "aperti solo sei valichi": some crossings left open)
        (BorderAction.RESTRICTED, r"lasciando(?:ne)?\s+apert\w*\s+(?:solo|soltanto)\b|apert\w*\s+(?:solo|soltanto)\s+(?:\w+\s+)?valich\w*|con\s+l['’]\s*eccezione\s+d|ad\s+eccezione\s+d|di\s+notte|ogni\s+notte|(?:per|ai)\s+(?:i\s+)?(?:mezzi\s+pesanti|camion|pedoni|autobus|migranti|profughi|rifugiati|richiedenti\s+asilo|stranieri)\b|\b(?:limit\w*|restrizion\w*|(?:reintrodott|ripristin|reintrodu)\w*\s+(?:\w+\s+)?controlli|(?:consent|permett)\w*\s+solo|solo\s+(?:\w+\s+)?(?:consentit|permess)\w*|(?:un\s+solo|un\s+unico|solo\s+un)\s+valico|controlli\s+(?:\w+\s+)?(?:alle|alla|al|ai|sui|sulle)\s+(?:frontier|confin|valic)\w*)"),
    ),
    # ("avevano chiuso le loro sedi": their missions' premises)
    mission=r"ambasciat\w*|alt[ao]\s+commission\w*|consolat\w*|rappresentanz\w*|sede\s+diplomatica|sedi\s+diplomatiche|(?:loro|proprie)\s+sedi\b|(?<!crisi\s)(?<!relazioni\s)(?<!tensione\s)(?<!disputa\s)(?<!rottura\s)diplomatic\w*|personale\s+dell'ambasciata|(?:loro|suo|proprio)\s+personale",
    mission_actions=(
        (MissionAction.DEPARTURE_LIFTED, r"revoc\w*\s+(?:la\s+)?partenza\s+(?:ordinata|obbligatoria)|(?:posto|pone|messo)\s+fine\s+alla\s+partenza\s+(?:ordinata|obbligatoria)"),
        (MissionAction.AUTHORIZED_DEPARTURE, r"autorizz\w*\s+(?:\w+\s+){0,3}?partenza|partenza\s+volontaria|autorizz\w*\s+(?:[\w\'’]+\s+){0,8}?a\s+(?:lasciare|partire|andarsene|rientrare)"),
        (MissionAction.EMERGENCY_SERVICES_ONLY, r"(?:solo|soltanto|esclusivamente|unicamente)\s+(?:per\s+|in\s+|nei\s+|nelle\s+|dei\s+|delle\s+)?(?:le\s+|i\s+|gli\s+|l['’]\s*)?(?:(?:casi|servizi|pratiche|situazioni|assistenza)\s+(?:consolari\s+|consolare\s+)?(?:di\s+|d['’]\s*)?)?(?:emergenz[ae]|urgent[ie]|urgenz[ae])|"
         # "chiusa al pubblico ..., ma garantirà l'assistenza consolare in caso di emergenza"
         # ("garantirà soltanto l'assistenza ai connazionali in situazioni di emergenza")
         r"(?:garanti|assicur|forni|prest)\w*\s+(?:soltanto\s+|solo\s+|unicamente\s+)?(?:l['’]\s*)?(?:assistenza|servizi|aiuto)\s+(?:\w+\s+){0,2}?(?:in\s+caso\s+di\s+|in\s+situazioni\s+di\s+|per\s+(?:le\s+)?)emergenz\w*"),
        # consular visa work suspended while the mission stays open
        (MissionAction.REDUCED_SERVICES, r"orario\s+(?:di\s+\w+\s+)?(?:ridotto|limitato)|sospe\w*\s+(?:\w+\s+){0,3}?(?:visti|servizi\s+(?:consolari\s+)?di\s+routine)\b|rilascio\s+dei\s+visti\s+(?:\w+\s+){0,2}?sospeso"),
        (MissionAction.EVACUATED, r"evacu\w*|rimpatri\w*|portat\w*\s+via\s+(?:i|il|gli|le|tutt\w*)\s+(?:propri\w*\s+|suoi\s+|loro\s+)?(?:diplomatic|personale|funzionari)\w*|(?:trasferit|trasferi|portat)\w*\s+(?:\w+\s+){0,3}?(?:in\s+aereo|con\s+(?:un\s+)?vol[oi]\w*|per\s+via\s+aerea)"),
        (MissionAction.SUSPENDED, r"\btrasfer\w*\s+(?:\w+\s+){0,3}?(?:ambasciata|consolato|attività|sede)|chius\w*|chiud\w*|sospes\w*|sospend\w*|sospension\w*\s+(?:dell[ae\'’]\s*|dei\s+|del\s+)?(?:attività|servizi|funzionamento|operazioni)|interrott\w*\s+(?:\w+\s+)?(?:attività|servizi)|cessat\w*\s+(?:\w+\s+)?(?:attività|funzioni|operazioni)|(?:smess|smett)\w*\s+di\s+(?:funzionare|operare)"),
        (MissionAction.REOPENED, r"riapert\w*|riapr\w*|ripres\w*\s+(?:\w+\s+)?attività|riprend\w*\s+(?:\w+\s+)?attività|(?:ripres|riprend)\w*\s+a\s+(?:funzionare|operare)|tornat\w*\s+(?:a\s+essere\s+)?operativ\w*|tornat\w*\s+a\s+(?:funzionare|operare)"),
        (MissionAction.REDUCED_SERVICES, r"(?:ridott|ridurr|riduc|ridu)\w*\s+(?:\w+\s+)?(?:personale|organico)\s+al\s+minimo|con\s+(?:il\s+)?personale\s+ridotto|con\s+un\s+numero\s+ridotto\s+di\s+(?:funzionari|diplomatici|personale|dipendenti)|servizi\s+(?:\w+\s+)?(?:ridotti|limitati)|(?:ridott|ridurr|riduc|ridu)\w*\s+(?:\w+\s+)?servizi"),
        (MissionAction.ORDERED_DEPARTURE, r"ritir\w*\s+(?:\w+\s+){0,3}?(?:personale|diplomatici|familiari)|(?:dispo[sn]|ordin)\w*\s+(?:il\s+)?rientro\s+(?:\w+\s+){0,3}?(?:famiglie|familiari|personale|dipendenti|diplomatici)|ordin\w*\s+(?:\w+\s+){0,3}?partenza|ordin\w*\s+(?:alle|ai|agli)\s+(?:famiglie|familiari|dipendenti|funzionari|diplomatici)\s+[^.;]{0,60}?di\s+(?:lasciare|partire|rientrare)|partenza\s+obbligatoria|(?:personale|diplomatici|dipendenti|funzionari|familiari)\s+(?:[\w\'’]+\s+){0,10}?(?:è\s+stato|sono\s+stati|verrà|verranno|sarà|saranno)\s+(?:ritirat|richiamat)\w*|(?:ridott|ridurr|riduc|ridu)\w*\s+(?:\w+\s+)?(?:personale|organico)|richiam\w*\s+(?:\w+\s+){0,2}?(?:personale|diplomatici)|ordina\w*\s+al\s+personale\s+(?:\w+\s+){0,6}?di\s+lasciare|"
         # ("ha ordinato al personale non essenziale dell'ambasciata ... e ai familiari dei dipendenti di lasciare il Libano")
         r"ordin\w*\s+(?:al|ai|alle|agli)\s+(?:personale|famiglie|familiari|dipendenti|diplomatici)\b[^.;]{0,120}?\bdi\s+(?:lasciare|partire|rientrare)"),
    ),
    # (with the article a name takes: "com o Brasil", "avec l'Algérie")
    neighbour_before=r"\b(?:con)(?:\s+(?:il|lo|la|i|gli|le)|\s+l['’])?",
    # ("según lo pactado por los Gobiernos de España y Marruecos": both sides act)
    mutual=r"reciprocamente|in\s+entrambe\s+le\s+direzioni|(?:concordat|pattuit|decis)\w*\s+(?:dai|tra\s+i)\s+(?:due\s+)?(?:governi|Governi|Paesi|paesi)",
    staff=r"\b(?:dipendenti|diplomatici|personale|familiari)",
    citizens=r"connazionali|cittadini",
    reasons=((Reason.LIMITED_CONSULAR_CAPACITY, r"assistenza\s+consolare\s+(?:\w+\s+){0,4}?limitata|non\s+(?:potrà|può|potranno)\s+(?:\w+\s+)?(?:garantire|fornire|prestare)\s+(?:\w+\s+)?(?:assistenza|aiuto|protezione)"), (Reason.MILITARY_BUILDUP, r"(?:concentramento|ammassamento)\s+di\s+truppe|dispiegamento\s+di\s+truppe"), (Reason.LIMITED_FLIGHTS, r"voli\s+(?:\w+\s+)?(?:cancellat|sospes)\w*|(?:cancellazione|sospensione)\s+dei\s+voli|chiusura\s+dello\s+spazio\s+aereo"), (Reason.WRONGFUL_DETENTION, r"arresti\s+arbitrari|detenzion\w*\s+arbitrari\w*"), (Reason.ARMED_CONFLICT, r"ostilità|operazion[ei]\s+militar[ei]|offensiva\s+militare|raid\s+aerei|conflitt\w*|bombardamenti|conflitto\s+armato|guerra|combattimenti|scontri|attacchi|escalation\s+militare"), (Reason.TERRORISM, r"terroris\w*|attentat[oi]\b|jihadis\w*"), (Reason.CIVIL_UNREST, r"proteste|disordini|manifestazioni|colpo\s+di\s+[Ss]tato|golpe|rivolt[ae]\b|tumulti|sommoss[ae]\b|insurrezion\w*|saccheggi"), (Reason.CRIME, r"criminalità|bande\s+criminali|gang\b|cartelli\s+(?:della\s+droga|del\s+narcotraffico|criminali)|violenza\s+dei\s+cartelli|narcotraffic\w*|violenza\s+criminale|rapine|omicidi\b|estorsion\w*"), (Reason.KIDNAPPING, r"rapiment[oi]|sequestri"), (Reason.HEALTH, r"focola(?:io|i)\b|colera|dengue|ebola|febbre\s+gialla|epidemi\w*|pandemi\w*|coronavirus|covid\w*"), (Reason.NATURAL_DISASTER, r"terremot[oi]\b|sism[ai]\b|scosse\s+di\s+terremoto|alluvion\w*|inondazion\w*|uragan[oi]\b|tsunami|eruzion[ei]\s+vulcanic\w*|ciclon[ei]\b|tifon[ei]\b|frane\b|incendi\s+boschivi")),
    not_advice=r"\bvisti\b|\bvisto\s+d|sanzion\w*",
    level_change=r"\bdal\s+(?:livello\s+)?(\d)\s+al\s+(?:livello\s+)?(\d)",
    # ("Per la Libia resta valida l'indicazione", "lasciare temporaneamente la Libia": the place advised about, left)
    place_before=r"\bresto\s+(?:del|della|dello|dell['’])\s*|\b(?:lasciare|lascino|lasciassero|abbandonare|in|a|ad|nel|nella|nello|nell|negli|nei|nelle|verso|dal|dalla|dallo|per(?=\s+(?:la|il|lo|l'))|"
    r"(?:lasciare|abbandonare)(?:\s+temporaneamente|\s+subito|\s+immediatamente)?)(?:\s+(?:la|il|lo|l'))?",
    cause=r"\b(?:a\s+causa\s+d|per\s+via\s+d|in\s+seguito\s+a|dato\s+che|poiché)",
    negation=r"non\s+si\s+tratta\s+di|\bbufal\w*|\bvoci\s+(?:\w+\s+){0,2}?(?:secondo\s+cui|second\w*\s+le\s+quali)\b|fake\s+news|voci\s+(?:\w+\s+){0,3}?infondat\w*|disinformazione|funziona\w*\s+regolarmente|notizie\s+(?:\w+\s+)?(?:false|infondate)|senza\s+(?:\w+\s+)?chiudere|rifiut\w*|in\s+caso\s+di(?!\s+(?:assoluta\s+|stretta\s+|effettiva\s+|reale\s+)?(?:emergenz|necessit|bisogn))|smenti\w*|non\s+intende|non\s+(?:prevede|ha\s+intenzione|è\s+previst[oa]|sono\s+previst[ie])|"
    # ("non ci sono elementi per sconsigliare le partenze": no grounds to advise against)
    r"non\s+(?:ci\s+sono|vi\s+sono|esistono)\s+(?:\w+\s+)?(?:elementi|motivi|ragioni|presupposti)\s+per",
    asked=r"\b(?:(?:ri)?chies\w*|(?:ri)?chied\w*|esort\w*|sollecit\w*|appell\w*)",
    not_before=r"\bnon\b|\bpront[oiae]\s+(?:\w+\s+)?a\b|\bpotrebbe(?:ro)?\b|\bpotr(?:à|anno)\b|\bminacci\w*|\beventual[ei]\b|\bnessuna\s+data\s+(?:di|per)\b|\bsenza\s+(?:una\s+)?data\s+di\b",
    # "several countries", "Western states": governments left unnamed
    unnamed_states=r"\b(?:diversi|molti|alcuni|vari|numerosi|altri)\s+(?:\w+\s+)?(?:Paesi|Stati|governi)\b|\bPaesi\s+occidentali\b",
    among=r"\b(?:tra|fra)\s+(?:cui|questi|di\s+essi|loro)\b",
    # (or no subject at all: "Era stato chiuso nel 2015")
    goes_on=r"(?-i:Essa|Esso|Esse|Essi|Questa|Questo|Queste|Questi|Era|Erano|Rimaneva|Rimanevano)",
    # "the advice applies to ...": the places of advice just given that named none
    covers=r"(?:raccomandazion|avvis|sconsigli|avvertiment)\w*\s+(?:\w+\s+)?(?:riguarda(?:no)?|si\s+applica(?:no)?\s+a|interessa(?:no)?|comprende(?:no)?)\b",
    similar=r"seguit[oiae]\s+(?:[\w’']+\s+){0,5}?(?:dall['’]\s*|(?:dalla|dalle|dagli|dai|dal|da)\s+)(?=(?-i:[A-Z]))|(?:annunciat|adottat)\w*\s+lo\s+stesso\s+regime|(?:preso|presa|adottato)\s+la\s+stessa\s+(?:decisione|misura)|(?:stess|analog)\w*\s+(?:scelta|decisione|misura)[^.;]{0,60}?\b(?:compiut|pres|adottat|fatt)\w*|seguit\w*\s+(?:l['’]|il\s+suo\s+|il\s+loro\s+)esempio|unit\w*\s+all['’]appello|aggiunt\w*\s+all['’]appello|(?:fatto|fa|fece|farà)\s+(?:lo\s+stesso|altrettanto)|(?:stess|analog)\w*\s+(?:raccomandazion|avvis)\w*|(?:raccomandazion|avvis|appell)\w*\s+(?:analog|simil)\w*",
    numbers={"uno": 1, "prim": 1, "second": 2, "terz": 3, "quart": 4, "due": 2, "tre": 3, "quattro": 4, "cinque": 5},
    home="IT",
    our_citizens=r"\bnostri\s+(?:connazionali|cittadini)\b",
    ours=r"\bnostr[aoie]\b",
    institution=r"Farnesina|ministero|governo",
    own=r"\b(?:suo|sua|suoi|sue|propri[oaie]?)\b",
    remains_before=r"\b(?:resta|restano|rimane|rimangono|ancora)",
    the_country=r"\b(?:il|questo)\s+(?:Paese|paese)\b",
    these_countries=r"\b(?:questi|entrambi\s+i|i\s+due|dei\s+due)\s+(?:Paesi|paesi)\b",
    worldwide=r"\ball['’]estero\b|\bin\s+tutto\s+il\s+mondo\b|\bin\s+qualsiasi\s+paese\b",
    agent=r"\b(?:da|dal|dalla|dallo|dall['’]|dai|dagli|dalle|da\s+parte\s+(?:di|del|della|dell['’]|dei|degli))\s*$",
)
