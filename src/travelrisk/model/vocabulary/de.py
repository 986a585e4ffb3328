"""German."""

from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason
from travelrisk.model.vocabulary import Vocabulary

VOCABULARY = Vocabulary(
    language="de",
    families=r"\b(?:Familie\w*|Familienangehörig\w*|Angehörig\w*)",
    directives=(
        (
            Directive.LEAVE_IMMEDIATELY,
            r"Ausreise(?:aufforderung|empfehlung|aufruf)\w*|\bVerlassen\s+Sie\b(?!\s+sich)|(?:zur|zu\s+einer)\s+(?:sofortigen\s+|umgehenden\s+)?Ausreise\s+(?:\w+\s+){0,2}?(?:aufgefordert|auffordern|aufgerufen|aufrufen|geraten|empfohlen)|"
            r"\b(?:aufforder\w*|aufrief\w*|aufruf\w*|aufgefordert|aufgerufen|fordert\w*|fordern|ruft\w*|rufen|riefen|rief|rät|riet\w*|geraten|empfiehlt|empfahl\w*|empfohlen|drängt\w*|nahegelegt|legt\w*\s+nahe)[^.;]{0,80}?"
            r"(?:(?<!nicht\s)zu\s+verlassen|auszureisen|Ausreise|(?:nach\s+Hause|in\s+die\s+Heimat|in\s+ihre\s+Heimat\w*|nach\s+Deutschland)\s+zurückzukehren|heimzukehren)|(?:sofort|umgehend|unverzüglich|so\s+bald\s+wie\s+möglich|schnellstmöglich|baldmöglichst|möglichst\s+bald)\s+(?:\w+\s+){0,3}?(?:verlassen|ausreisen)|"
            r"(?:Deutsche|Staatsangehörige|Bürger|Staatsbürger)\w*\s+(?:[\w-]+\s+){0,4}?(?:sollen|sollten|müssen)\s+(?:\w+\s+){0,4}?(?:verlassen|ausreisen)",
        ),
        (
            Directive.DO_NOT_TRAVEL,
            r"(?:Teil)?[Rr]eisewarnung|wird\s+(?:\w+\s+){0,2}?gewarnt|warn(?:t|te|ten|en)\s+(?:[\w.]+\s+){0,6}?vor\s+(?:\w+\s+){0,2}?Reisen|"
            # ("Auch vor Reisen nach Israel warnt das Amt": the warning's object put first)
            r"\bvor\s+(?:\w+\s+)?Reisen\s+(?:nach|in)\s[^.;!?]{0,100}?\bwarn(?:t|te|ten)\b|"
            # ("von sämtlichen Reisen", "vor jeglichen Reisen": against all travel; imperatives quoted, "Reisen Sie nicht")
            r"(?:von|vor)\s+(?:allen|jeglichen|sämtlichen)\s+Reisen\b|\bReisen\s+Sie\s+nicht\b|\bVerzichten\s+Sie\s+auf\s+(?:alle\s+|sämtliche\s+|jegliche\s+)?Reisen|"
            r"\bauf\s+(?:alle\s+|sämtliche\s+|jegliche\s+)?Reisen\s+[^.;]{0,60}?verzicht\w*|verzicht\w*\s+auf\s+(?:alle\s+|sämtliche\s+|jegliche\s+)?Reisen\b|"
            # ("warnt seine Bürger wegen ... mit der höchsten Stufe seiner Skala vor Reisen nach Italien")
            r"warn(?:t|te|ten|en)\s+(?:seine|ihre)\s+(?:Bürger|Staatsbürger|Staatsangehörigen)\s+[^.;]{0,140}?\bvor\s+(?:allen\s+|jeglichen\s+|sämtlichen\s+)?Reisen|"
            # ("warnen wegen Terrorismus, Entführungen und Kriminalität vor Reisen": the reasons between)
            r"\bwarn(?:t|te|ten|en)\s+wegen\s+[^.;]{0,100}?\bvor\s+(?:allen\s+|jeglichen\s+|sämtlichen\s+)?Reisen|"
            # ("von Reisen wird abgeraten" is advice against travel, a step below the warning; "dringend abgeraten",
            # "rät dringend ab" and "allen Reisen" are the warning's strength)
            r"(?:von|vor)\s+(?:allen\s+|jeglichen\s+)?Reisen\s+(?:\w+\s+){0,6}?(?:gewarnt|warnen|dringend\s+abgeraten)|"
            r"(?:von|vor)\s+(?:allen|jeglichen)\s+Reisen\s+(?:\w+\s+){0,6}?abgeraten|"
            r"rät\s+(?:\w+\s+){0,4}?dringend\s+(?:[\w,-]+\s+){0,12}?ab\b|dringend\s+ab(?:geraten|zuraten)|nicht\s+(?:(?:in|nach)\s+(?:[\w-]+\s+){1,5}?)?(?:zu\s+)?reisen",
        ),
        (
            Directive.RECONSIDER_TRAVEL,
            r"(?:von|vor)\s+(?:nicht\s+notwendigen|nicht\s+erforderlichen|nicht\s+dringend\s+erforderlichen|unnötigen)(?:,?\s+\w+)?\s+Reisen|"
            # ("auf nicht unbedingt notwendige Reisen verzichten", "nicht notwendige Reisen verschieben", "Reisepläne überdenken",
            # "nur bei dringender Notwendigkeit reisen")
            r"\bnicht\s+(?:unbedingt\s+|zwingend\s+|dringend\s+)?(?:notwendig|erforderlich|nötig)\w*(?:,?\s+\w+)?\s+Reisen\b|\bunnötig\w*\s+Reisen\b|"
            r"\bReise\w*\s+(?:\w+\s+){0,5}?(?:zu\s+)?überdenken|\büberdenk\w*\s+(?:\w+\s+){0,3}?Reise\w*|"
            r"\bnur\s+(?:bei\s+dringender\s+Notwendigkeit|in\s+dringenden\s+Fällen|wenn\s+(?:es\s+)?(?:unbedingt\s+|dringend\s+)?(?:nötig|notwendig|erforderlich))\s+(?:\w+\s+){0,3}?(?:zu\s+)?reisen\b|"
            r"\bReisen\s+(?:\w+\s+){0,6}?nur\s+(?:bei\s+dringender\s+Notwendigkeit|in\s+dringenden\s+Fällen|wenn\s+(?:es\s+)?(?:unbedingt\s+|dringend\s+)?(?:nötig|notwendig|erforderlich))|"
            # (a separable verb closes the clause: "rät wegen der Lage in der Ukraine von Reisen nach Russland ab")
            # ("rät nach Angaben des Eidgenössischen Departements ... (EDA) von Reisen nach Niger ab": a bracketed name between)
            r"abgeraten|rät\s+(?:[\w()-]+\s+){0,14}?ab\b|raten\s+(?:[\w()-]+\s+){0,14}?ab\b",
        ),
        (Directive.INCREASED_CAUTION, r"(?:erhöht|besonder|äußerst)\w*\s+Vorsicht|zur\s+(?:\w+\s+)?Vorsicht\s+(?:\w+\s+){0,6}?(?:aufgerufen|aufrufen|ermahnt|gemahnt|geraten|aufgefordert)|(?:ruft|rief|mahnt\w*)\s+(?:\w+\s+){0,4}?zur?\s+(?:\w+\s+)?Vorsicht|vorsichtig\s+zu\s+sein|wachsam|hohe\w*\s+Maß\s+an\s+(?:Vorsicht|Wachsamkeit)|erhöhte\w*\s+Aufmerksamkeit"),
    ),
    advisory=r"Reise(?:warnung|hinweis|- und Sicherheitshinweis)\w*|Sicherheitshinweis\w*|(?:Reise)?warnstufe\w*|Sicherheitsstufe\w*|\bWarnung\b",
    level=r"(?:Stufe|Warnstufe|Level|Kategorie)\s+(\d|eins|zwei|drei|vier)\b|\b(erste|zweite|dritte|vierte)n?\s+(?:und\s+höchsten?\s+)?(?:Stufe|Warnstufe|Kategorie)\b|\b([1-4])\.\s+(?:Stufe|Warnstufe|Kategorie)\b",
    raised=r"erhöh\w*|verschärf\w*|hochgestuft|heraufgestuft|heraufgesetzt|angehoben|\b(?:hebt|hob|hoben|heben)\s+(?:\w+\s+){0,8}?an(?=\s*(?:[.,;:]|$|und\b))|\bstuft\w*\s+(?:\w+\s+){0,8}?(?:hoch|herauf)\b",
    highest=r"höchst\w*",
    lowered=r"(?:aufgehoben|gesenkt|herabgestuft|herabgesetzt|heruntergestuft|zurückgestuft|gelockert|entschärft)|\b(?:senkt|senkte|senkten)\b|\b(?:hebt|hob|hoben|heben)\s+(?:\w+\s+){0,8}?auf(?=\s*(?:[.,;:]|$|und\b))|\bstuft\w*\s+(?:\w+\s+){0,8}?(?:herab|herunter|zurück)\b",
    # (not "begrenzen", "Begrenzung", "Obergrenze": to limit, a limit)
    border=r"(?<![Bb]e)(?<![Oo]ber)(?<![Uu]nter)Grenz\w*|Grenzübergang\w*|Übergang\w*",
    border_actions=(
        (BorderAction.THREATENED_CLOSURE, r"(?:droht\w*|erwägt|erwogen|könnte\w*|schließt\s+nicht\s+aus|denkt|dachte|prüft|prüfte)[^.;]{0,60}?(?:Schließung|schließen)|mögliche\w*\s+Schließung|"
         # ("schließt eine Schließung der Grenze nicht aus": does not rule out)
         r"schließ\w*\s+(?:\w+\s+){0,8}?nicht\s+aus\b|(?:Schließung|schließen)[^.;]{0,60}?nicht\s+ausgeschlossen"),
        (BorderAction.CLOSED, r"\bdicht(?:gemacht)?\b|\bausgesetzt|\bsetzt\w*\s+(?:\w+\s+){0,5}?aus\b|\bAussetzung|\beingestellt|\babgeriegelt|\bgesperrt|\bsperrt\w*|\bSperrung|\bgeschlossen|\bschließt|\bschloss\w*|\bSchließung|\b(?:zu\s+)?schließen\b|"
         # ("stellte alle Verbindungen über die Grenze ein": services discontinued)
         r"\bstellt\w*\s+(?:\w+\s+){0,8}?(?:Verbindungen|Verkehr|Zugverkehr|Bahnverkehr|Betrieb|Fährverkehr)\s+(?:\w+\s+){0,6}?ein\b|"
         r"\briegel\w*\s+(?:\w+\s+){0,8}?ab\b|\babzuriegeln|\bAbriegelung|\bstopp\w*|\bgestoppt|\bunterbroch\w*|\bunterbricht|\bunterbrach\w*"),
        (BorderAction.OPENED, r"(?:Einreise|Durchreise|Grenzübertritts?)verbot\w*\s+(?:\w+\s+){0,6}?aufgehoben|\bh(?:o|e)b\w*\s+(?:\w+\s+){0,4}?(?:Einreise|Durchreise)verbot\w*\s+(?:\w+\s+){0,6}?auf\b|\bgeöffnet|\böffnet\w*|\böffnen\b|wieder\s+offen|\bWiedereröffnung|\bÖffnung\b|wieder\s*freigegeben|wieder\s+für\s+(?:den|alle)\s+\w+\s+freigegeben|\b(?:gibt|gab|gaben|geben)\s+(?:\w+\s+){0,6}?wieder\s+frei\b|"
         # ("nahm den Verkehr an der Grenze wieder auf": resumed traffic)
         r"\b(?:nimmt|nahm|nahmen|nehmen)\s+(?:\w+\s+){0,4}?(?:Grenz)?(?:[Vv]erkehr|Betrieb|Abfertigung)\w*\s+(?:\w+\s+){0,6}?wieder\s+auf\b|"
         r"(?:[Vv]erkehr|Betrieb|Abfertigung)\w*\s+(?:\w+\s+){0,6}?wieder\s*aufgenommen"),
        (BorderAction.RESTRICTED, r"\bnachts\b|für\s+(?:Lkw|Lastwagen|Fußgänger|Busse|den\s+(?:Güter|Personen|Lkw)-?verkehr)|\b(?:eingeschränkt|beschränkt|Einschränkung\w*|(?:Grenz)?[Kk]ontrolle\w*\s+(?:\w+\s+){0,6}?(?:wieder\s+)?eingeführt|(?:führt|führte|führen|führten)\s+(?:\w+\s+){0,3}?(?:Grenz)?[Kk]ontrollen\s+(?:\w+\s+){0,6}?ein\b|nur\s+(?:noch\s+)?(?:einen|ein|einem)\s+(?:einzigen\s+)?(?:Grenz)?[Üü]bergang\w*|(?:Wieder)?[Ee]inführung\s+(?:von\s+)?Grenzkontrolle\w*|"
         # ("kontrolliert die Bundespolizei an allen neun Landgrenzen", "stationäre Kontrollen": checks at an open border)
         r"kontrolliert\s+(?:\w+\s+){0,3}?an\s+(?:\w+\s+){0,3}?\w*[Gg]renzen?\b|stationäre\w*\s+(?:Grenz)?[Kk]ontrollen|"
         # ("Die Grenzen zu Österreich ... kontrolliert die Bundespolizei", "kontrolliert die Grenzen zu Frankreich")
         r"\bGrenzen?\s+(?:zu|nach)\s+[^.;]{0,90}?\bkontrolliert\b|\bkontrolliert\s+(?:\w+\s+){0,3}?Grenzen?\s+(?:zu|nach)\b)"),
    ),
    mission=r"Botschaft\w*|\bVertretung(?:en)?\b|Konsulat\w*|Generalkonsulat\w*|Auslandsvertretung\w*|Diplomat\w*|Botschaftspersonal\w*|Botschaftsmitarbeiter\w*|Hochkommission\w*",
    mission_actions=(
        (MissionAction.DEPARTURE_LIFTED, r"(?:hob|hoben|hebt|heben|aufgehoben)\s+(?:\w+\s+){0,4}?(?:angeordnete\w*\s+Ausreise|Ausreiseanordnung)\w*|(?:angeordnete\w*\s+Ausreise|Ausreiseanordnung)\w*\s+[^.;]{0,80}?aufgehoben"),
        (MissionAction.AUTHORIZED_DEPARTURE, r"(?:[Nn]icht\s+(?:zwingend\s+|unbedingt\s+|dringend\s+)?(?:benötigt|notwendig|erforderlich)\w*\s+)?(?:Mitarbeiter|Personal|Angehörige)\w*\s+[^.;]{0,80}?dürfen\s+(?:\w+\s+){0,3}?(?:verlassen|ausreisen)|(?:Personal|Mitarbeiter|Angehörige|Familien)\w*\s+(?:[\w-]+\s+){0,5}?(?:die\s+)?freiwillige\s+Ausreise|freiwillige\w*\s+Ausreise\s+(?:\w+\s+){0,3}?(?:Personal|Mitarbeiter|Angehörige|Familien)\w*|(?:erlaubt|genehmigt|gestattet)\w*\s+(?:\w+\s+){0,5}?(?:Personal|Mitarbeiter|Angehörige|Familien)\w*\s+(?:\w+\s+){0,3}?(?:die\s+)?Ausreise|"
         # ("stellte den Familien seiner Diplomaten die Ausreise frei": left it to them to leave)
         r"(?:stellt|stellte|stellten|stellen)\s+(?:\w+\s+){0,8}?(?:Ausreise|Abreise)\s+frei\b|(?:Ausreise|Abreise)\s+(?:\w+\s+){0,3}?freigestellt"),
        (MissionAction.EMERGENCY_SERVICES_ONLY, r"nur\s+(?:noch\s+)?(?:in\s+|für\s+|bei\s+)?(?:(?:konsularischen|dringenden|akuten)\s+)?Notfälle\w*|"
         r"nur\s+(?:noch\s+)?(?:\w+\s+){0,2}?(?:Hilfe|Unterstützung|Dienste?|Leistungen)\s+(?:in|für|bei)\s+(?:\w+\s+)?Notfäll\w*|(?:nur|lediglich|ausschließlich)\s+(?:noch\s+)?(?:im\s+)?Not(?:fall|betrieb)\w*|ausschließlich\s+(?:in\s+)?(?:\w+\s+)?Notfällen"),
        # consular visa work suspended while the mission stays open
        (MissionAction.REDUCED_SERVICES, r"(?:Visa\w*|Visum\w*)\s+(?:\w+\s+){0,4}?(?:ausgesetzt|eingestellt)|(?:setzt|stellt)\w*\s+(?:\w+\s+){0,4}?(?:Visa\w*|Visum\w*)\s+(?:\w+\s+){0,2}?(?:aus|ein)\b"),
        (MissionAction.ORDERED_DEPARTURE, r"(?:zog|ziehen|zieht|zogen)\s+[^.;]{0,80}?(?:nicht\s+(?:zwingend|unbedingt|dringend)\s+(?:benötigt|erforderlich|notwendig)\w*|Familienangehörig\w*)[^.;]{0,120}?\bab\b|verpflicht\w*\s+[^.;]{0,120}?zur\s+Ausreise|"
         # ("haben ihr nicht dringend benötigtes Botschaftspersonal angewiesen, das Land zu verlassen")
         r"(?:personal|Mitarbeiter|Bedienstete|Angehörige)\w*\s+(?:\w+\s+){0,3}?(?:angewiesen|aufgefordert)\s*,?\s+(?:[\w-]+\s+){0,4}?(?:zu\s+verlassen|auszureisen)|(?:Personal|Mitarbeiter\w*|Bedienstete\w*|Angehörige\w*|Familienangehörige\w*)\s+[^.;]{0,120}?zur\s+Ausreise\s+(?:aufgefordert|aufgerufen)|ordnete\w*\s+(?:[\w.-]+\s+){0,6}?die\s+Ausreise\s+[^.;]{0,120}?\ban\b|Ausreise\s+(?:\w+\s+){0,8}?angeordnet|(?:angeordnet|ordnete\w*\s+(?:\w+\s+){0,3}?an),\s+dass\s+[^.;]{0,80}?(?:Mitarbeiter|Personal|Angehörige|Familie)\w*[^.;]{0,120}?(?:verlassen|ausreisen)|zurückgerufen|ruft\s+(?:\w+\s+){0,9}?zurück|rief\s+(?:\w+\s+){0,9}?zurück|Personal\s+(?:\w+\s+){0,2}?reduzieren|abzuziehen|abgezogen|(?:zieht|zog|zogen)\s+(?:\w+\s+){0,6}?ab\b|"
         # ("ordneten die Ausreise aller nicht benötigten Mitarbeiter ... an", "wies das Personal an, ... zu verlassen")
         r"(?:ordnet|ordnete|ordneten|ordnen)\s+(?:die\s+|den\s+)?(?:Ausreise|Abreise|Abzug)\b[^.;]{0,100}?\ban\b|(?:Ausreise|Abreise|Abzug)\s+(?:\w+\s+){0,6}?(?:angeordnet|anzuordnen)|"
         r"(?:wies|weist|wiesen|angewiesen)\s+[^.;]{0,80}?(?:Personal|Mitarbeiter|Diplomat|Angehörige|Familie)\w*[^.;]{0,60}?(?:zu\s+verlassen|auszureisen)|"
         # ("hat die Familienangehörigen ihrer entsandten Mitarbeiter ausreisen lassen": some of its people sent home)
         r"(?:Familienangehörig|Angehörig|Familien)\w*\s+[^.;]{0,60}?(?:ausreisen|abreisen)\s+(?:lassen|ließ|ließen)\b|"
         # recalled, withdrawn ("abberufen", "hat sich ... zurückgezogen", "zieht ... Diplomaten ... zurück")
         r"abberufen|abzuberufen|Abberufung|(?:beruft|berief|beriefen)\s+(?:\w+\s+){0,6}?ab\b|"
         r"(?:Personal|Mitarbeiter|Diplomat|Angehörige|Familie)\w*\s+(?:[\w-]+\s+){0,8}?(?:zurückgezogen|zurückzuziehen)|"
         r"(?:zieht|zog|zogen|ziehen)\s+(?:\w+\s+){0,4}?(?:Personal|Mitarbeiter|Diplomat|Angehörige|Familie|Botschaftspersonal)\w*\s+(?:\w+\s+){0,5}?zurück\b"),
        (MissionAction.EVACUATED, r"außer\s+Landes\s+(?:gebracht|geflogen|geholt)|hol(?:t|te|ten|en)\s+(?:\w+\s+){0,4}?(?:Diplomat|Botschaftspersonal|Botschaftsmitarbeiter|Personal)\w*\s+[^.;]{0,60}?\baus\s+dem\s+Land|in\s+Sicherheit\s+(?:gebracht|zu\s+bringen|bringen)|(?:bringt|brachte|brachten)\s+(?:\w+\s+){0,8}?in\s+Sicherheit|evakuier\w*|Evakuierung|"
         # (the staff have left: "das Botschaftspersonal hat Khartum verlassen")
         r"(?:Botschaftspersonal|Personal|Mitarbeiter|Diplomaten)\s+(?:\w+\s+){0,4}?(?:hat|haben)\s+(?:\w+\s+){0,8}?verlassen\b|(?:Botschaftspersonal|Personal|Mitarbeiter|Diplomaten)\s+(?:\w+\s+){0,4}?verließ\w*|"
         # ("flog ... seine Diplomaten aus Niger aus": flew out, the particle ending its clause)
         r"ausgeflogen|auszufliegen|(?:fliegt|flog|flogen|fliegen)\s+(?:\w+\s+){0,8}?aus(?=\s*(?:[.,;:]|$|und\b))|aus\s+dem\s+Land\s+verlegt|verlegt\s+worden"),
        # (not "abgeschlossen", "beschlossen" or "schloss sich ... an": completed, decided, joined)
        (MissionAction.SUSPENDED, r"(?:Botschaft|Konsulat|Generalkonsulat|Vertretung)\w*\s+(?:\w+\s+){0,6}?verlegt\b|\bverlegt\w*\s+(?:\w+\s+){0,3}?(?:Botschaft|Konsulat|Generalkonsulat|Vertretung)|\bgeschlossen|\bschließt|\bschloss\w*+(?!\s+sich)|Schließung|\beingestellt|\bdichtgemacht\b|"
         # an infinitive is an act when announced or decided, not when possible ("könnte ... schließen")
         r"\b(?:wird|werden)\s+(?:(?!nicht\b|kein)\w+\s+){0,8}?schließen\b|(?:beschlossen|entschieden|angekündigt|\ban),\s+[^.;]{0,80}?\bzu\s+schließen\b|"
         # ("stellt die Arbeit seiner Botschaft ein", "setzte den Betrieb ... aus", "die Aussetzung der Tätigkeit")
         r"\b(?:stellt|stellte|stellten|stellen)\s+(?:\w+\s+){0,3}?(?:Arbeit|Betrieb|Tätigkeit|Dienst)\w*\s+(?:\w+\s+){0,8}?ein\b|"
         r"\b(?:setzt|setzte|setzten|setzen)\s+(?:\w+\s+){0,3}?(?:Arbeit|Betrieb|Tätigkeit|Dienst)\w*\s+(?:\w+\s+){0,8}?aus\b|"
         r"(?:Aussetzung|Einstellung)\s+(?:der|des|ihrer|seiner)\s+(?:Arbeit|Tätigkeit|Betrieb)\w*"),
        # (not "könne nur sehr eingeschränkt konsularische Hilfe leisten": its limited help is the advice's reason)
        (MissionAction.REDUCED_SERVICES, r"Notbetrieb\w*|(?:stark\s+)?eingeschränkt(?!\s+(?:\w+\s+){0,2}?(?:Hilfe|helfen|Unterstützung|unterstützen))|Reduzierung\s+des\s+Personals|reduziert|verringer\w*\s+(?:\w+\s+){0,2}?Personal|Kernteam|Kernmannschaft|Notbesetzung|Minimalbesetzung|Rumpfbesetzung"),
        (MissionAction.REOPENED, r"wieder\s+(?:öffnen|eröffnen|zu\s+öffnen|zu\s+eröffnen)\b|(?:öffnet|öffnete|öffneten|eröffnet|eröffnete|eröffneten)\s+(?:\w+\s+){0,6}?wieder\b|"
         r"(?:nimmt|nahm|nahmen|nehmen)\s+(?:\w+\s+){0,3}?(?:Arbeit|Betrieb|Tätigkeit)\s+wieder\s+auf|(?:Arbeit|Betrieb|Tätigkeit)\s+(?:\w+\s+){0,3}?wieder\s*aufgenommen|wieder\s*eröffnet|Wiedereröffnung|wieder\s+geöffnet"),
    ),
    # (with the article a name takes: "com o Brasil", "avec l'Algérie")
    neighbour_before=r"\b(?:mit|zu|zum|zur|nach)(?:\s+(?:der|dem|den|die|das))?",
    mutual=r"gegenseitig|in\s+beide\s+Richtungen",
    staff=r"\b(?:Mitarbeiter\w*|Diplomat\w*|Personal\w*|Angehörige\w*|Familien\w*)",
    citizens=r"Staatsbürger\w*|Bürger\w*|Staatsangehörig\w*",
    reasons=((Reason.LIMITED_CONSULAR_CAPACITY, r"(?:konsularische\s+)?(?:Hilfe|Unterstützung)\s+(?:\w+\s+){4,8}?(?:nur\s+)?(?:eingeschränkt|begrenzt)|nur\s+(?:sehr\s+)?(?:eingeschränkt|begrenzt)\s+(?:\w+\s+){0,3}?(?:helfen|unterstützen|konsularisch\w*)|(?:Möglichkeit|Fähigkeit)\w*\s+der\s+(?:\w+\s+)?(?:Botschaft|Vertretung|Konsulat)\w*[^.;]{0,120}?(?:eingeschränkt|begrenzt)"), (Reason.LIMITED_FLIGHTS, r"begrenzt\w*\s+(?:\w+\s+)?(?:Reise|Flug|Ausreise)möglichkeit\w*|Flüge\s+(?:\w+\s+){0,2}?(?:gestrichen|eingestellt|ausgesetzt)|Luftraum\w*\s+(?:\w+\s+)?(?:gesperrt|geschlossen)|(?:Sperrung|Schließung)\s+des\s+Luftraum\w*"), (Reason.LIMITED_CONSULAR_CAPACITY, r"(?:konsularische\s+)?(?:Hilfe|Unterstützung)\s+(?:\w+\s+){0,3}?(?:nur\s+)?(?:eingeschränkt|begrenzt)|eingeschränkt\w*\s+konsularisch\w*"), (Reason.MILITARY_BUILDUP, r"Truppenaufmarsch\w*|Truppen\w*\s+(?:\w+\s+)?zusammengezogen"), (Reason.ARBITRARY_LAW_ENFORCEMENT, r"willkürlich\w*+(?!\s+(?:Festnahme|Verhaftung|Inhaftierung|Haft))"), (Reason.ARMED_CONFLICT, r"Konflikt\w*|Kämpf\w*|Krieg\w*|militärisch\w*\s+Auseinandersetzung\w*|bewaffnet\w*\s+Auseinandersetzung\w*|Angriff\w*|Beschuss|Raketen\w*|Eskalation|Feindseligkeit\w*|Militäroperation\w*|Militäreinsätz\w*|Militäreinsatz\w*|Militäroffensive\w*|Kampfhandlung\w*|Gefecht\w*"), (Reason.TERRORISM, r"Terror\w*|Anschl\w*|Attentat\w*"), (Reason.CIVIL_UNREST, r"Unruhen|Proteste?n?|Demonstration\w*|Ausschreitung\w*|Putsch\w*|Staatsstreich\w*|Krawall\w*|Aufstand|Aufstände\w*|Aufruhr"), (Reason.CRIME, r"Kriminalität|Banden\w*"), (Reason.KIDNAPPING, r"Entführung\w*|Geiselnahme\w*|Verschleppung\w*"), (Reason.HEALTH, r"Epidemie\w*|Pandemie\w*|Coronavirus\w*|Corona-?\w*|Covid\w*|Ebola\w*|Cholera\w*|Seuche\w*|Mpox|Affenpocken|Dengue\w*|Krankheitsausbr\w*"), (Reason.NATURAL_DISASTER, r"Erdbeben|Überschwemmung\w*|Hurrikan\w*|Wirbelst[uü]rm\w*|Tropenst[uü]rm\w*|Taifun\w*|Zyklon\w*|Tsunami\w*|Vulkanausbr\w*|Hochwasser|Waldbr[aä]nd\w*"), (Reason.WRONGFUL_DETENTION, r"Festnahme\w*|Inhaftierung\w*|Verhaftung\w*"), (Reason.LIMITED_FLIGHTS, r"Flugverkehr\w*")),
    not_advice=r"\bVisum\b|\bVisa\b|Visapflicht|Sanktion\w*|Einreiseverbot\w*",
    level_change=r"\bvon\s+(?:Stufe\s+)?(\d)\s+auf\s+(?:Stufe\s+)?(\d)",
    # ("die Regionen Russlands", "Teile Malis": the country whose parts the advice is about)
    # ("für die Nachbarländer Burkina Faso und Niger": the places a noun for countries introduces)
    place_before=r"\b(?:(?:in|im|nach|aus|am|an|bei|zu|zum|zur|mit|für)(?:\s+(?:der|dem|den|die|das|des))?"
    r"(?:\s+(?:Nachbar)?(?:ländern|länder|land|staaten|staat))?|"
    r"(?:Regionen|Gebiete|Gebieten|Teile|Teilen|Grenzgebiete|Grenzregionen|Provinzen)(?:\s+(?:von|des|der))?|"
    # ("im Norden Äthiopiens": a part of a country)
    r"\b(?:Norden|Süden|Osten|Westen|Nordosten|Nordwesten|Südosten|Südwesten|Zentrum)(?:\s+(?:von|des|der))?|"
    # ("stuft Myanmar in Kategorie 4 ein", "setzten den Libanon auf Stufe 4", "führt Mali auf der höchsten Stufe": the
    # place a scale rates)
    r"\b(?:stuf|setz|führ)(?:t|en|te|ten)(?:\s+(?:den|die|das))?)",
    finite_verb=r"\s(?:gilt|gelten|galt|besteht|bestehen|bestand|bleibt|bleiben|blieb|hat|haben|hatte|ist|sind|war|wird|werden|wurde|wurden|warnt|warnen|warnte|rät|raten|riet|fordert|fordern|forderte|empfiehlt|empfahl|ruft|rief)\b",
    cause=r"\b(?:wegen|aufgrund|angesichts|infolge|da\s|weil|nachdem|nach\s+(?:de[nmr]|einem|einer)\s+(?:\w+\s+){0,2}?(?:Angriff|Anschl[aä]g|Eskalation|Ausbruch|Putsch|Erdbeben|Explosion|Raketen|Luftangriff|Unruhen|Kämpfe)\w*)",
    # (a closure ruled out, "schließt ... aus", "Schließung ... ausgeschlossen"; not ruled out, it is a border's threat)
    # ("Eine Reisewarnung für die Türkei plant die Bundesregierung ... aber nicht": not planned)
    # (from the sentence's start: what is not planned is named before the verb)
    negation=r"^[^.;]{0,80}?\bplan(?:t|en)\b[^.;]{0,80}?\bnicht\s*(?:[.,;]|$)|Gerücht\w*|\bFake\w*|Desinformation\w*|(?:entbehr|entsprech)\w*\s+nicht\s+(?:der\s+Wahrheit|den\s+Tatsachen)|Falschmeldung\w*|arbeite\w*\s+normal\b|\bkeine\s+Grenze\b|(?:Schließung|schließen)[^.;]{0,60}?ausgeschlossen|\bschließ\w*\s+(?:\w+\s+){0,8}?aus\s*(?:[.,;]|$)|Falschmeldung|\bwies\b[^.;]{0,120}?\bzurück\b|zurückgewiesen|\blehn\w*\s[^.;]{0,80}?\bab\s*[.,;]|\babgelehnt|weiger\w*|verweiger\w*|\bim\s+Fall\w*|\bfalls\s|dementier\w*|bestritt\w*|nicht\s+geplant|keine\s+Pläne|plan\w*\s+(?:\w+\s+){0,2}?kein\w*|keine\s+Absicht|nicht\s+beabsichtig\w*|\bkeine\s+(?:\w+\s+)?(?:Teil)?Reisewarnung",
    # (the comma a German infinitive clause opens with belongs to the asking: "forderten Polen auf, die Grenze zu schließen")
    asked=r"(?:fordert\w*|forderten)\s+[^.;,]{0,80}?\bauf,|aufgefordert,|(?:verlangt\w*|drängt\w*|drängen|appellier\w*)\s+[^.;,]{0,80}?,|fordert\w*|forderten|aufgefordert|verlangt\w*|drängt\w*|drängen|appellier\w*",
    # ("könnte ... geschlossen werden": possible, not done)
    # (not "das nicht dringend benötigte Personal": the staff not needed, who leave)
    not_before=r"\bnicht\b(?!\s+(?:dringend|unbedingt)\s+(?:benötigt|erforderlich|notwendig))|\bkein\w*|\bkönnt\w*|\bdürft\w*|\bmöglich\w*|\betwaig\w*",
    # "several countries", "Western states": governments left unnamed
    unnamed_states=r"\b(?:mehrere|einige|zahlreiche|viele|westliche|andere|weitere)\s+(?:\w+\s+)?(?:Länder|Staaten|Regierungen)\b",
    among=r"\bdarunter\b|\bunter\s+ihnen\b|\bu\.\s?a\.",
    # ("Die Niederlande und Kanada äußerten sich ähnlich wie Berlin")
    goes_on=r"(?-i:Sie|Er|Es|Dieser|Diese|Dieses)",
    # "the advice applies to ...": the places of advice just given that named none
    covers=r"(?:Reisewarnung|Warnung|Empfehlung|Reisehinweis|Hinweis)\w*\s+(?:\w+\s+)?(?:gilt|gelten)\s+(?:\w+\s+)?für|(?:Reisewarnung|Warnung|Empfehlung)\w*\s+(?:\w+\s+)?(?:betrifft|betreffen|umfasst|umfassen)",
    similar=r"äußer\w*\s+sich\s+(?:\w+\s+)?(?:ähnlich|gleichlautend|ebenso)\b|(?:traf|trafen|getroffen)\s+(?:\w+\s+)?(?:die\s+gleiche|dieselbe)\s+Entscheidung|schl(?:ossen|oss|ießen|ießt)\s+sich\s+(?:\w+\s+){0,5}?an\b|(?:hat|haben|hatte|hatten)\s+sich\s+(?:\w+\s+){0,4}?angeschlossen\b|\bta(?:t|ten)\s+es\s+(?:\w+\s+){1,3}?gleich\b|folgten\s+(?:dem|diesem)\s+Beispiel|folgte\s+(?:dem|diesem)\s+Beispiel|zog(?:en)?\s+(?:\w+\s+){0,3}?nach\b|(?:tat|taten|hat|haben)\s+(?:\w+\s+)?(?:dasselbe|das\s+Gleiche|ebenso)|(?:ähnlich|entsprechend|gleichlautend)\w*\s+(?:Aufforderung|Warnung|Hinweis|Empfehlung)\w*|in\s+ähnlicher\s+Weise\s+(?:\w+\s+){0,2}?angepasst",
    crossing_count=r"(\d+|zwei|drei|vier|fünf|sechs)\s+(?:\w+\s+){0,2}?Grenzübergäng\w*",
    numbers={"eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "erste": 1, "zweite": 2, "dritte": 3, "vierte": 4},
    home="DE",
    our_citizens=r"\bunser\w*\s+(?:\w+\s+)?(?:Staatsbürger|Bürger|Staatsangehörig)\w*",
    bordering_after=r"\s+(?:an)?grenzend\w*",
    vehicle_after=r"\s+(?:\w+\s+)?(?:(?:Militär|Sonder|Transport|Regierungs|Charter)?(?:maschine|flugzeug|flieger)|Flug|Fähre|Schiff|Konvoi)\w*",
    ours=r"\bunser\w*",
    institution=r"Auswärtig\w*\s+Amt\w*|Ministerium|Bundesregierung|Außenministerium|Bundespolizei|Bundesinnenminist\w*",
    own=r"\b(?:sein|seine[mnrs]?|ihr|ihre[mnrs]?)\b",
    remains_before=r"\b(?:bleibt|bleiben|blieb|blieben|weiterhin|weiter|noch)",
    the_country=r"\bdas\s+Land\b|\bdes\s+Landes\b",
    these_countries=r"\bdiese[nm]?\s+(?:Ländern|Länder|Staaten)\b|\bbeide[nm]?\s+Ländern?\b|\bbeider\s+(?:Länder|Staaten)\b",
    worldwide=r"\bweltweit\w*|\bins\s+Ausland\b|\bins\s+außereuropäische\s+Ausland\b",
    agent=r"\b(?:von|durch)\s+(?:der\s+|den\s+|dem\s+|die\s+)?$",
)
