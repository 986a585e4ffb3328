"""French."""

from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason
from travelrisk.model.vocabulary import Vocabulary

VOCABULARY = Vocabulary(
    language="fr",
    families=r"\bfamilles?\b",
    adjective_after=True,
    directives=(
        (
            Directive.LEAVE_IMMEDIATELY,
            r"(?:appel\w*|exhort\w*|invit\w*|demand\w*|recommand\w*|conseill\w*|ordonn\w*|propos\w*(?![^.;]{0,60}?\b(?:vols?|avions?|places?|sièges?)\b)|pri[ée]\w*)[^.;]{0,80}?(?:quitter|partir)\b|"
            # ("a demandé à ses ressortissants ... de rentrer au pays": its own people, not refugees sent home)
            r"(?:ressortissants|citoyens|compatriotes)\b[^.;]{0,60}?\brentrer\s+(?:au\s+pays|chez\s+(?:eux|elles)|dans\s+leurs?\s+pays)\b|"
            r"quitter\s+(?:\w+\s+){0,4}?(?:immédiatement|sans\s+délai|sans\s+attendre|au\s+plus\s+vite|au\s+plus\s+tôt|dès\s+que\s+possible|dans\s+les\s+meilleurs\s+délais|le\s+plus\s+rapidement\s+possible)|"
            # ("« Quittez le pays »" quoted; "ses ressortissants devraient quitter le Soudan")
            r"\bquittez\b|(?:ressortissants|citoyens|compatriotes|voyageurs)\s+(?:\w+\s+){0,4}?(?:doivent|devraient|devront)\s+(?:\w+\s+){0,2}?quitter\b",
        ),
        (
            Directive.DO_NOT_TRAVEL,
            r"zone\s+rouge|(?:class|plac)\w*\s+(?:[\w'’]+\s+){0,5}?en\s+rouge\b|\bne\s+vous\s+rendez\s+pas\b|\bn['’]allez\s+pas\b|\bne\s+voyagez\s+pas\b|déconseill\w*\s+(?:\w+\s+)?(?:tout|tous\s+les)\s+(?:voyage|déplacement)\w*(?!\s+non\s)|formellement\s+déconseill\w*|déconseill\w*\s+formellement|ne\s+pas\s+(?:se\s+rendre|voyager)|"
            r"(?:s'abstenir|renoncer)\s+(?:de|à)\s+(?:tout\s+)?(?:voyage|déplacement)\w*|"
            r"évit\w*\s+(?:tout|tous\s+les)\s+(?:voyages?|déplacements?)\b(?!\s+non)|"
            # ("d'éviter les déplacements dans l'ouest ivoirien")
            r"évit\w*\s+les\s+(?:voyages|déplacements)\s+(?:dans|vers|à|au|aux|en)\b|"
            # "reporter tout déplacement au Liban": defer all travel
            r"(?:report|différ)\w*\s+(?:tout|tous\s+les|les)\s+(?:voyages?|déplacements?)\b(?!\s+non)",
        ),
        (Directive.RECONSIDER_TRAVEL, r"limit\w*\s+(?:les\s+|leurs\s+|ses\s+)?(?:voyages|déplacements)\s+au\s+(?:strict\s+)?(?:nécessaire|minimum|indispensable)|reconsidérer\s+(?:le|son|leur|leurs|ses|tout|tous\s+les)\s+(?:projets?\s+de\s+)?(?:voyage|déplacement)\w*|zone\s+orange|(?:class|plac)\w*\s+(?:[\w'’]+\s+){0,5}?en\s+orange\b|"
     # ("ne voyager en Colombie qu'en cas de nécessité", "que si c'est indispensable": travel only if necessary)
     r"(?:qu['’]|uniquement|seulement)\s*en\s+cas\s+de\s+(?:nécessité|besoin\s+impérieux|force\s+majeure)|(?:qu['’]|uniquement|seulement)\s*si\s+(?:c['’]est\s+|cela\s+est\s+)?(?:absolument\s+|strictement\s+)?(?:nécessaire|indispensable)|(?:voyages?|déplacements?)\s+non\s+(?:essentiel|indispensable|nécessaire)\w*|déconseill\w*\s+sauf\s+raison\s+impérative|sauf\s+raison\s+impérative|déconseill\w*"),
        (Directive.INCREASED_CAUTION, r"vigilance\s+renforcée|(?:class|plac)\w*\s+(?:[\w'’]+\s+){0,5}?en\s+jaune\b|\b(?:rester|être|soyez|restez|se\s+montrer|demeurer)\s+(?:très\s+|particulièrement\s+|extrêmement\s+|plus\s+)?(?:vigilant|prudent)\w*|(?:invit\w*|appel\w*|exhort\w*|incit\w*)\s+(?:\w+\s+){0,3}?à\s+la\s+(?:plus\s+grande\s+)?(?:prudence|vigilance)|(?:grande|extrême)\s+(?:prudence|vigilance)|(?:faire\s+preuve|redoubler)\s+d(?:e\s+|['’])(?:\w+\s+){0,2}?(?:vigilance|prudence)"),
    ),
    advisory=r"conseils?\s+aux\s+voyageurs|échelle\s+d['’]alerte|\balertes?\s+(?:pour|concernant|visant)\b|niveau\s+d['’]alerte|alerte\w*\s+(?:de\s+)?(?:voyage|niveau)|avertissement\w*|avis\s+(?:de|aux)\s+voyage\w*",
    level=r"niveau\s+(\d|un|deux|trois|quatre)\b|\b(premier|deuxième|second|troisième|quatrième)\s+niveau\b|\bcatégorie\s+(\d)\b",
    raised=r"relev\w*|rehauss\w*|durci\w*|renforc\w*",
    highest=r"(?:le\s+|la\s+)?plus\s+élevé\w*|maximal\w*|maximum",
    lowered=r"abaiss\w*|assoupl\w*|\blev[ée]\w*\s+(?:\w+\s+)?(?:avertissement|alerte|recommandation|consigne)",
    border=r"frontière\w*|point\w*\s+de\s+passage|poste\w*[\s-]frontière\w*|postes?\s+frontali\w*",
    border_actions=(
        (BorderAction.THREATENED_CLOSURE, r"(?:menac\w*|pourrai\w*|envisag\w*|n['’]exclu\w*\s+pas|n['’]écart\w*\s+pas|étudi(?:e|ent|é|ait|aient|er)\b|possibilité\s+d)[^.;]{0,60}?ferm\w*|(?:possible|éventuelle)\s+fermeture"),
        (BorderAction.CLOSED, r"ferm\w*|fermeture|\bboucl\w*|\bscell\w*|\binterromp\w*|\binterruption\s+(?:du\s+trafic|de\s+la\s+circulation|des\s+passages)|"
         # ("suspend le trafic à sa frontière": halted traffic)
         r"\bsuspen\w*\s+(?:\w+\s+){0,3}?(?:trafic|circulation|passages?|traversées?|franchissements?)\b"),
        (BorderAction.OPENED, r"(?:autoris|permet|admet)\w*\s+de\s+nouveau\s+(?:le\s+|l['’])?(?:passage|transit|entrée)|\blev[ée]\w*\s+(?:l['’]|les\s+)?interdictions?\s+(?:d['’]entrée|de\s+passage|de\s+transit|de\s+franchissement)|\brouv\w*|réouverture|\bouvert\w*|\bouvr(?:e|ent|ira|iront|ir|ait|aient)\b|"
         r"\brepr(?:is|ise|end|ennent|endra|endront)\s+(?:\w+\s+){0,2}?(?:trafic|circulation|passages?|traversées?)\b|"
         r"\brétabli\w*\s+(?:le\s+|la\s+)?(?:trafic|circulation)\b|\blev\w*\s+(?:\w+\s+){0,3}?(?:la\s+)?fermeture"),
        (BorderAction.RESTRICTED, r"(?:\bn(?:e\s+|['’])\w+\s+(?:plus\s+)?)?(?:qu['’]un|un\s+seul|qu['’]une|une\s+seule)\s+(?:seule?\s+)?(?:point|poste|passage)\w*|\bn(?:e\s+|['’])(?:autoris|laiss|accept|admet)\w*\s+(?:plus\s+)?que\s+(?:le\s+passage\s+)?(?:des|les|aux)\s+(?:camions|poids\s+lourds|piétons|marchandises|véhicules|ressortissants|citoyens|résidents)|chaque\s+nuit|toutes\s+les\s+nuits|uniquement\s+(?:le\s+jour|en\s+journée)|(?:aux|pour\s+les)\s+(?:camions|poids\s+lourds|piétons|autocars|bus|migrants|réfugiés|demandeurs\s+d['’]asile|étrangers)\b|\b(?:restrei\w*|restriction\w*|limit\w*|(?:rétabli|réintrodui)\w*\s+(?:\w+\s+)?contrôles)"),
    ),
    mission=r"chancellerie\w*|haut[- ]commissariat\w*|employés\s+non[- ]essentiel\w*|services?\s+consulaire\w*|ambassade\w*|consulat\w*|mission\w*\s+diplomatique\w*|personnel\s+diplomatique|représentation\w*\s+diplomatique\w*|diplomate\w*|personnel\s+(?:\w+\s+)?de\s+l'ambassade",
    mission_actions=(
        (MissionAction.DEPARTURE_LIFTED, r"lev\w*\s+(?:le\s+)?départ\s+(?:ordonné|obligatoire)|mis\s+fin\s+au\s+départ\s+(?:ordonné|obligatoire)"),
        (MissionAction.EMERGENCY_SERVICES_ONLY, r"services?\s+limités?\s+d['’]urgence|n(?:e\s+|['’])\w+\s+(?:\w+\s+)?(?:plus\s+)?que\s+[^.;]{0,40}?\burgences?\b|(?:uniquement|seulement|exclusivement)\s+(?:pour\s+)?(?:les\s+)?(?:urgences|cas\s+d['’]urgence)|n(?:e\s+|['’])\w+\s+(?:plus\s+)?que\s+(?:les\s+|des\s+)?(?:services\s+d['’]|cas\s+d['’])?urgences?\b"),
        # consular visa work suspended while the mission stays open
        (MissionAction.REDUCED_SERVICES, r"horaires?\s+(?:d[e\'’]\s*\w+\s+)?(?:réduits?|restreints?|limités?)|suspen\w*\s+(?:\w+\s+){0,3}?(?:visas?|services\s+(?:consulaires\s+)?de\s+routine)\b|ne\s+délivr\w*\s+plus\s+(?:de\s+|aucun\s+)?visas?\b|(?:délivrance|traitement)\s+des\s+visas\s+(?:\w+\s+){0,3}?suspendu\w*|"
         # ("reste ouverte, mais son service des visas est fermé au public": the visa section alone)
         r"(?:service|section)s?\s+(?:des|de)\s+visas\s+(?:\w+\s+){0,2}?(?:fermée?s?|suspendue?s?)\b"),
        (MissionAction.ORDERED_DEPARTURE, r"ordonn\w*\s+(?:\w+\s+){0,3}?(?:le\s+)?départ\s+(?:\w+\s+){0,3}?(?:personnel|diplomates|familles|employés)|rappel\w*\s+(?!que\b|aux?\b|à\b)(?:\w+\s+){0,4}?(?:diplomates|personnel|agents|familles)|(?:ordonn|demand|enjoi)\w*\s+(?:\w+\s+){0,4}?(?:employés|personnel|diplomates|familles)[^.;]{0,60}?quitter|membres\s+essentiels|"
         # withdrawn ("retire une partie du personnel", "le retrait partiel du personnel", "se sont retirés")
         r"retir\w*\s+(?:\w+\s+){0,4}?(?:personnel|diplomates|agents|employés|familles)|retrait\s+(?:\w+\s+){0,2}?(?:du|des|de\s+son|de\s+leur|de\s+ses|de\s+leurs)\s+(?:\w+\s+)?(?:personnel|diplomates|agents|employés|familles)|"
         r"(?:diplomates|personnel|employés|agents)\s+(?:\w+\s+){0,3}?(?:se\s+sont\s+|s['’]est\s+|se\s+)retir\w*"),
        (MissionAction.AUTHORIZED_DEPARTURE, r"autoris\w*\s+(?:\w+\s+){0,4}?(?:employés|personnel|familles|diplomates)[^.;]{0,40}?(?:quitter|départ)|"
         # ("ont autorisé le départ du personnel non essentiel")
         r"autoris\w*\s+(?:le\s+)?départ\s+(?:\w+\s+){0,3}?(?:personnel|employés|familles|diplomates)"),
        # (the staff have left: "le personnel de l'ambassade a quitté Khartoum")
        (MissionAction.EVACUATED, r"(?:le\s+personnel|les\s+diplomates|les\s+employés|les\s+agents|l['’]ambassadeur)\s+(?:[\w'’]+\s+){0,5}?(?:ont|a)\s+quitté|évacu\w*|rapatri\w*\s+(?:\w+\s+){0,3}?(?:personnel|diplomates|agents|employés)|exfiltr\w*"),
        (MissionAction.REOPENED, r"réouverture|\brouv\w*|de\s+nouveau\s+hissé|"
         # ("a repris ses activités": resumed work)
         r"\b(?:repris|reprise|reprend|reprennent|reprendra|reprendront|reprendre)\s+(?:\w+\s+){0,2}?(?:activités|opérations|fonctionnement|travail|services?)\b"),
        # (not "fermer les yeux sur": to look away)
        (MissionAction.SUSPENDED, r"\btransf[ée]r\w*\s+(?:\w+\s+){0,4}?(?:ambassade|consulat|activités|opérations)|fermeture|ferm[ée]\w*+(?!\s+les\s+yeux)|suspen\w*\s+(?:\w+\s+){0,2}?(?:activités|opérations|services|fonctionnement|travail)|"
         r"\bcess\w*\s+(?:\w+\s+){0,2}?(?:activités|activité|opérations|fonctionnement|travail)"),
        # a staff reduction leaves a working mission (dev 312)
        (MissionAction.REDUCED_SERVICES, r"(?:effectifs?|personnel)\s+réduits?|services?\s+(?:\w+\s+)?(?:réduits|limités)|réduire\s+son\s+personnel|effectifs\s+réduits|personnel\s+réduit|service\s+minimum|réduit\s+(?:\w+\s+)?personnel|rédui\w*\s+(?:\w+\s+){0,2}?effectifs"),
    ),
    # (with the article a name takes: "com o Brasil", "avec l'Algérie")
    neighbour_before=r"\b(?:avec)(?:\s+(?:le|la|les)|\s+l['’])?",
    # ("según lo pactado por los Gobiernos de España y Marruecos": both sides act)
    mutual=r"mutuellement|réciproquement|dans\s+les\s+deux\s+sens|(?:convenu|accordé|décidé)\w*\s+(?:par|entre)\s+(?:les\s+)?(?:deux\s+)?(?:gouvernements|pays)",
    staff=r"\b(?:employés|diplomates|personnel|familles|effectifs)",
    citizens=r"ressortissants|citoyens|compatriotes",
    reasons=((Reason.LIMITED_CONSULAR_CAPACITY, r"(?:assistance|aide|protection)\s+consulaire\s+(?:\w+\s+){0,5}?(?:limitée|restreinte|réduite)|ne\s+(?:pourra|peut|pourront)\s+(?:pas|plus)\s+(?:\w+\s+)?(?:assurer|garantir|porter|apporter)\s+(?:\w+\s+)?(?:assistance|aide|secours|protection)"), (Reason.LIMITED_FLIGHTS, r"vols?\s+(?:\w+\s+)?(?:annulé|suspendu)\w*|(?:annulation|suspension)\s+des\s+vols|fermeture\s+de\s+l['’](?:espace\s+aérien|aéroport)"), (Reason.LIMITED_CONSULAR_CAPACITY, r"assistance\s+consulaire\s+(?:\w+\s+)?limitée|capacité\w*\s+(?:d['’]assistance|consulaire\w*)\s+(?:\w+\s+)?limitée\w*"), (Reason.MILITARY_BUILDUP, r"renforts?\s+militaires|concentration\s+de\s+troupes"), (Reason.ARMED_CONFLICT, r"conflit\w*|combats?|guerre|conflit\w*\s+armé\w*|frappes?|hostilités|bombardement\w*|affrontements?|opérations?\s+militaires?|offensive\w*\s+militaire\w*|tirs\s+de\s+roquettes"), (Reason.TERRORISM, r"terroris\w*|jihadis\w*|djihadis\w*|attentats?"), (Reason.CIVIL_UNREST, r"troubles|manifestations?|émeutes?|coup\s+d[’\']\s?[ÉEé]tat|putsch|soulèvements?|insurrection\w*|violences?\s+politiques?"), (Reason.CRIME, r"criminalité|gangs\b|bandes\s+(?:armées|criminelles)|crime\s+organisé|banditisme"), (Reason.KIDNAPPING, r"enlèvements?|rapts?|prises?\s+d['’]otages?"), (Reason.HEALTH, r"épidémie\w*|choléra|pandémie\w*|coronavirus|covid\w*|Ebola|mpox|variole\w*|dengue|flambée\s+(?:de|d['’])"), (Reason.NATURAL_DISASTER, r"séisme\w*|inondation\w*|ouragan\w*|cyclone\w*|tremblements?\s+de\s+terre|typhon\w*|tsunami\w*|tempêtes?\s+tropicales?|éruptions?\s+volcaniques?|crues?\b"), (Reason.WRONGFUL_DETENTION, r"détention\w*|arrestation\w*")),
    not_advice=r"\bvisas?\b|sanctions?\b|interdiction\w*\s+d.entrée",
    level_change=r"\bdu\s+niveau\s+(\d)\s+au\s+(?:niveau\s+)?(\d)|\bde\s+(\d)\s+à\s+(\d)",
    # ("l'ensemble du Liban", "le nord du Mali": the whole or a part of a place)
    place_before=r"\breste\s+(?:du|de\s+la|de\s+l['’]|des)\s*|\b(?:quitter|quittent|quitté|en|au|aux|à|dans|vers|pour)(?:\s+(?:la|le|les)|\s+l'|\s*l’)?|"
    r"\b(?:l['’]ensemble|nord|sud|est|ouest|centre)\s+(?:du|des|de\s+la|de\s+l['’]|d['’])|"
    # ("a classé le Maroc en jaune", "a placé le Venezuela au niveau 4": the place a map or scale rates)
    r"\b(?:class|plac|maint(?:ient|iennent|enu|enir))\w*\s+(?:le|la|les|l['’])",
    cause=r"\b(?:en\s+raison\s+d|à\s+cause\s+d|face\s+à|compte\s+tenu|suite\s+à|à\s+la\s+suite\s+d|car\s|au\s+lendemain\s+d)",
    # ("a conditionné le chargement ... à la réouverture de sa frontière": made a condition, not done)
    negation=r"il\s+ne\s+s['’]agit\s+pas\s+d|fausses?\s+informations?|\brumeurs?\s+(?:\w+\s+){0,2}?(?:selon\s+lesquelles?|selon\s+laquelle|que)\b|\binfox\b|fake\s+news|désinformation|fonctionne\w*\s+normalement|(?:rumeurs?|informations?)\s+(?:\w+\s+){0,3}?(?:infondée?s?|fausses?)\b|conditionn\w*|à\s+condition\s+que|refus\w*|\ben\s+cas\s+d(?!['’]\s*urgence|e\s+besoin|e\s+nécessité)|\bsi\s+(?:la|le|les)\s|démenti\w*|dément\w*|n'envisage\s+pas|aucun\s+projet",
    asked=r"appel\w*\s+(?:\w+\s+){0,3}?à|demand\w*\s+(?:\w+\s+){0,3}?(?:à|de|d['’])|exhort\w*|réclam\w*|press\w*\s+(?:\w+\s+){0,3}?de",
    # ("pourrait fermer son ambassade", "menace de fermer": possible, not done)
    # ("dans l'attente d'une réouverture", "a reporté la réouverture": a reopening awaited, not done)
    not_before=r"\battente\s+d['’]une\b|\breport\w*\s+(?:la|sa|une)\b|\bpas\b|\bpr[eê]t(?:e|s|es)?\s+(?:\w+\s+)?à\b|\bne\b|\bn['’]|\bpourr\w*|\bmenac\w*|\benvisag\w*|\béventuel\w*|\baucune\s+date\s+(?:de|pour)\b|\bsans\s+date\s+de\b",
    # "several countries", "Western states": governments left unnamed
    unnamed_states=r"\b(?:plusieurs|de\s+nombreux|certains|d['’]autres)\s+(?:\w+\s+)?(?:pays|États|gouvernements)\b|\bpays\s+occidentaux\b",
    among=r"\bparmi\s+(?:eux|elles|lesquels|lesquelles|ceux-ci)\b|\bnotamment\b",
    goes_on=r"(?-i:Elles?|Ils?|Celles?-ci|Celui-ci|Ceux-ci)",
    # "the advice applies to ...": the places of advice just given that named none
    covers=r"(?:recommandation|avertissement|consigne|mise\s+en\s+garde)s?\s+(?:\w+\s+)?(?:concernen?t?|s[’\']appliquen?t?\s+(?:à|aux)|visen?t?)\b",
    similar=r"suivi[es]{0,2}\s+(?:[\w’']+\s+){0,5}?(?:par|de)\s+(?:la\s+|le\s+|les\s+|l['’]\s*)?(?=(?-i:[A-Z]))|(?:annonc|adopt)\w*\s+le\s+même\s+régime|(?:pris|prend|prennent)\s+la\s+même\s+décision|emboît\w*\s+le\s+pas|suiv\w*\s+(?:l['’]|son\s+|leur\s+)exemple|suivi\s+le\s+mouvement|(?:se\s+sont|s['’]est)\s+joint\w*\s+à\s+(?:cet|cette|l['’])\s*(?:appel|recommandation)|(?:fait|fera|a\s+fait)\s+de\s+même|(?:fait|fera)\s+la\s+même\s+chose|(?:même|similaire\w*)\s+(?:recommandation|appel|conseil)\w*|(?:avis|conseil|appel|recommandation|mesure)s?\s+(?:similaire|identique|analogue)\w*",
    crossing_count=r"(\d+|deux|trois|quatre|cinq|six)\s+(?:\w+\s+){0,2}?(?:points?\s+de\s+passage|postes?)",
    numbers={"un": 1, "premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6},
    institution=r"Quai\s+d'Orsay|ministère|gouvernement|(?<=France\s)Diplomatie",
    own=r"\b(?:son|sa|ses|leurs?)\b",
    remains_before=r"\b(?:reste|restent|restait|restaient|restera|resteront|demeure|demeurent|toujours)",
    # ("Le Niger reste classé en rouge": the place the map rates)
    place_after=r"\s+(?:reste|restera|est|demeure|a\s+été|était)\s+(?:toujours\s+|désormais\s+)?class[ée]e?s?\b",
    the_country=r"\b(?:le|ce)\s+pays\b",
    these_countries=r"\b(?:ces(?:\s+deux)?|les\s+deux|des\s+deux)\s+pays\b",
    worldwide=r"\bà\s+l['’]étranger\b|\bdans\s+le\s+monde\s+entier\b|\btous\s+les\s+pays\b",
    agent=r"\bpar\s+(?:la\s+|le\s+|les\s+|l['’])?$",
)
