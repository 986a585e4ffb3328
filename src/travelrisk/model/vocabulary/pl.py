"""Polish."""

from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason
from travelrisk.model.vocabulary import Vocabulary

# (not "przed wyjazdem", before setting out: "by przed wyjazdem sprawdzali ...")
_LEAVE = (r"(?:opuszczeni\w*|opuści\w*|opuść\w*|opuszcza\w*|(?<!przed\s)wyjazd\w*+(?!\s+(?:do|na)\b)|wyjecha\w*|wyjeżdża\w*|ewakuac\w*|ewakuow\w*\s+się"
          r"|powr[óo]t\w*\s+do\s+(?:kraju|Polski|ojczyzny|domu)|wr[óo]ci\w*\s+do\s+(?:kraju|Polski|ojczyzny|domu))")
# ("zaleca unikanie zbędnych wyjazdów": a call to avoid trips is no call to leave)
_NOT_AVOID = r"(?:(?!unika|unikn|zbędn|niekonieczn|rezygn|powstrzym|odradz)[^.;]){0,80}?"
VOCABULARY = Vocabulary(
    language="pl",
    families=r"\b(?:członk\w*\s+)?rodzin\w*",
    directives=(
        (
            Directive.LEAVE_IMMEDIATELY,
            r"(?:wzyw\w*|wezwa\w*|apel\w*|zaleca\w*|zaleci\w*|rekomend\w*|nawołuj\w*|prosi\w*|prosz\w*)" + _NOT_AVOID + _LEAVE
            + r"|" + _LEAVE + r"\s+(?:\w+\s+){0,4}?(?:natychmiast|niezwłocznie|jak\s+najszybciej)"
            # "powinni niezwłocznie opuścić Liban": the adverb before the verb, or citizens who should leave
            + r"|(?:natychmiast|niezwłocznie|jak\s+najszybciej)\s+(?:\w+\s+)?" + _LEAVE
            # (people who should leave, not a state: "Rosja powinna opuścić Ukrainę")
            + r"|powinni\s+(?:\w+\s+){0,2}?" + _LEAVE,
        ),
        (
            Directive.DO_NOT_TRAVEL,
            r"odradza\w*\s+(?:(?!niekonieczn|zbędn)\w+\s+){0,3}?(?:wszelki\w*\s+)?(?:podróż\w*+|wyjazd\w*+)(?![^.;]{0,40}(?:niekonieczn|zbędn|nie\s+(?:są\s+)?(?:absolutnie\s+)?konieczn))|"
            # the journeys first, the advice after them ("Wszelkie podróże na Białoruś ... odradza Polakom MSZ")
            r"\bwszelki\w*\s+(?:podróż\w*|wyjazd\w*)\s+[^.;]{0,60}?\bodradza\w*|"
            r"negatywn\w+\s+rekomendacj\w*|nie\s+(?:zaleca|rekomend)\w*\s+(?:(?!niekonieczn|zbędn)\w+\s+){0,2}?(?:wszelki\w*\s+)?(?:podróż\w*+|wyjazd\w*+)(?![^.;]{0,40}(?:niekonieczn|zbędn|nie\s+(?:są\s+)?(?:absolutnie\s+)?konieczn))|"
            # "Nie podróżujcie", "Nie jedźcie" (imperatives quoted), "by nie podróżowali" (asked not to travel)
            r"\bnie\s+(?:podróżujcie|jedźcie|wyjeżdżajcie|udawajcie\s+się)\b|\b(?:by|aby|żeby)\s+(?:\w+\s+)?nie\s+(?:podróżow|jeździ|wyjeżdża|udawa)\w*|"
            r"(?<!prze)ostrzega\w*\s+przed\s+(?:wszelki\w*\s+)?(?:podróż\w*+|wyjazd\w*+)(?![^.;]{0,40}(?:niekonieczn|zbędn|nie\s+(?:są\s+)?(?:absolutnie\s+)?konieczn))|nie\s+(?:podróżować|jeździć|wyjeżdżać|udawać\s+się)|rezygnacj\w*\s+z\s+(?:\w+\s+)?podróż\w*|"
            r"powstrzyma\w*\s+się\s+od\s+(?:\w+\s+)?(?:podróż|wyjazd)\w*|"
            # "przestrzega przed wszelkimi podróżami do Sudanu": warns against all travel
            r"przestrzega\w*\s+przed\s+(?:wszelki\w*\s+)?(?:podróż\w*+|wyjazd\w*+)(?![^.;]{0,40}(?:niekonieczn|zbędn|nie\s+(?:są\s+)?(?:absolutnie\s+)?konieczn))|"
            r"unika\w*\s+(?:wszelki\w*\s+)?(?:podróż\w*+|wyjazd\w*+)(?![^.;]{0,40}(?:niekonieczn|zbędn|nie\s+(?:są\s+)?(?:absolutnie\s+)?konieczn))",
        ),
        (Directive.RECONSIDER_TRAVEL, r"(?:odradza|zaleca\w*\s+unikani|unika)\w*[^.;]{0,60}(?:niekonieczn|zbędn|nie\s+(?:są\s+)?(?:absolutnie\s+)?konieczn)\w*|(?:niekonieczn|zbędn)\w*\s+(?:podróż|wyjazd)\w*|(?:tylko|wyłącznie|jedynie)\s+w\s+(?:razie\s+|przypadku\s+)?(?:\w+\s+)?(?:konieczno|potrzeb)\w*|ponown\w*\s+(?:rozważ|przemyśl)\w*\s+(?:\w+\s+)?(?:podróż|wyjazd)\w*|rozważ\w*\s+(?:\w+\s+)?potrzeb\w*\s+(?:\w+\s+)?(?:podróż|wyjazd)\w*|(?:zalec|radz|apel|prosi|wzyw)\w*[^.;]{0,40}?(?<!nie\s)(?:rozważ|przemyśl|przemyśle)\w*\s+(?:\w+\s+)?(?:podróż|wyjazd|potrzeb|koniecznoś)\w*|z\s+wyjątkiem\s+(?:\w+\s+)?(?:niezbędn|koniecznych|pilnych)\w*(?:\s+(?:podróż|wyjazd|przypadk|sytuacj)\w*)?|któr\w*\s+nie\s+(?:są\s+)?(?:absolutnie\s+|bezwzględnie\s+)?(?:konieczn|niezbędn)\w*|(?:o\s+ile|jeśli|jeżeli)\s+nie\s+(?:są\s+)?(?:one\s+)?(?:absolutnie\s+)?konieczn\w*"),
        (Directive.INCREASED_CAUTION, r"zachowa\w*\s+(?:\w+\s+)?(?:ostrożnoś\w*|czujnoś\w*|rozwag\w*)|(?:szczególn|wzmożon|zwiększon|podwyższon|najwyższ)\w+\s+(?:ostrożnoś|czujnoś)\w*|\b(?:by|aby|żeby)\s+(?:\w+\s+)?by(?:li|ły|ł|ła)\s+(?:\w+\s+)?(?:czujn|ostrożn)\w*|\bbądźcie\s+(?:\w+\s+)?(?:czujn|ostrożn)\w*"),
    ),
    advisory=r"ostrzeże\w*|rekomendacj\w*\s+(?:\w+\s+){0,2}?(?:podróż|wyjazd|bezpieczeństw)\w*|komunikat\w*\s+MSZ",
    # ("podniósł poziom ostrzeżenia dla Libanu do czwartego": an ordinal)
    # ("do czwartego, najwyższego stopnia": the number before the scale's word)
    # ("4. stopnia": an ordinal's dot; not "w czwartek", on Thursday)
    level=r"(?:poziom\w*|stopie\w*|stopni\w*)\s+(?:\w+\s+){0,4}?(\d|pierwsz\w+|drugi\w*|trzeci\w*|czwart(?!ek)\w+)\b|"
    r"\b(\d|pierwsz\w+|drugi\w*|trzeci\w*|czwart(?!ek)\w+)\.?[\s,]+(?:\w+\s+)?(?:stopni\w*|stopień|poziom\w*)",
    raised=r"podni[oeó]s\w*|podwyższ\w*|zaostrz\w*",
    highest=r"najwyższ\w*|maksymaln\w*",
    lowered=r"obniż\w*|złagodzi\w*",
    border=r"\bgranic\w*|przej[śs]\w*\s+granicz\w*|przej[śs]\w*|punkt\w*\s+kontroln\w*",
    border_actions=(
        (BorderAction.THREATENED_CLOSURE, r"(?:może|mogą|rozważa\w*|nie\s+wyklucz\w*|nie\s+zawaha\w*|grozi\w*|groż\w*|zagrozi\w*|możliw\w*)[^.;]{0,60}?zamkn\w*"),
        (BorderAction.CLOSED, r"zamkn\w*|(?:ruch|odpraw)\w*\s+(?:\S+\s+){0,8}?(?:wstrzyman|zawieszon)\w*|zamyka\w*|zawie[sś]\w*\s+(?:\w+\s+){0,2}?(?:ruch|odpraw|przejazd)\w*|wstrzyma\w*\s+(?:\w+\s+){0,2}?(?:ruch|odpraw|przejazd)\w*"),
        # ("zaczął działać punkt kontrolny Mamonowo II": a checkpoint began working)
        # (not "Przejścia są otwarte": open all along, nothing opened)
        # ("znosi tymczasowe kontrole na granicach wewnętrznych": the controls that held travellers lifted)
        (BorderAction.OPENED, r"\b(?:znie|znio|znos|uchyl)\w*\s+(?:\w+\s+)?zakaz\w*\s+(?:wjazdu|ruchu|przekraczania|wstępu)|\b(?:znie|znio|znos)\w*\s+(?:\w+\s+){0,3}?kontrol\w*\s+(?:\w+\s+)?na\s+granic|(?<!są\s)(?<!jest\s)\botw\w*|wznow\w*\s+(?:\w+\s+)?(?:ruch|odpraw)\w*|zacz\w+\s+działać|rozpocz\w+\s+(?:\w+\s+)?działalność"),
        (BorderAction.RESTRICTED, r"(?:ciężarówki|tiry|samochody\s+ciężarowe)\s+nie\s+(?:mogą|mogły|będą\s+mogły)\s+(?:wjechać|wjeżdżać|przejechać|przekroczyć)|ruch\w*\s+towarow\w*\s+(?:\w+\s+)?wstrzyma\w*|wstrzyma\w*\s+ruch\w*\s+towarow\w*|na\s+noc|tylko\s+w\s+dzień|dla\s+(?:ciężar\w*|tir\w*|pieszych|autobus\w*|ruchu\s+(?:towar|osobow|ciężar)\w*)|(?:przepuszcza|wpuszcza)\w*\s+(?:\w+\s+){0,5}?(?:wyłącznie|tylko|jedynie)\b|(?:wyłącznie|tylko|jedynie)\s+(?:\w+\s+){0,2}?(?:przepuszcza|wpuszcza)\w*|\b(?:ogranicz(?!e(?:ni|ń))\w*|(?:przywr(?:[óo]c|ac)\w*|wprowadz\w*)\s+(?:\w+\s+)?(?:kontrol|ogranicze)\w*)"),  # (not the noun alone: "To kolejne ograniczenie")
    ),
    # ("Dyplomaci Słowacji": the plural before a country's name or its mission, not "dyplomaci pomogli")
    mission=r"ambasad\w*|wysok\w+\s+komisj\w*|konsula\w*|placów\w*\s+dyplomat\w*|(?<![Ss]traży\s)placówk\w*(?!\s+(?:[Ss]traży|graniczn|medyczn|handlow|oświatow|opiekuńcz|naukow|kulturaln|pocztow|bankow|zdrowia|służby|policji))|(?:pracownicy|personel)\s+placówki\b|dyplomat\w*|dyplomaci(?=\s+(?:(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])|ambasad|konsula|placów))|misj\w+\s+dyplomat\w*|[Ww]ysok\w*\s+[Kk]omisj\w*",
    mission_actions=(
        (MissionAction.DEPARTURE_LIFTED, r"(?:odwoła|znies|uchyli)\w*\s+(?:\w+\s+){0,2}?(?:nakaz\w*\s+wyjazdu|obowiązkow\w*\s+wyjazd\w*)"),
        (MissionAction.AUTHORIZED_DEPARTURE, r"(?:zezwoli|pozwoli)\w*\s+(?:\w+\s+){0,5}?(?:na\s+)?(?:dobrowolny\s+)?wyjazd|dobrowoln\w+\s+wyjazd\w*|(?:zezwoli|pozwoli)\w*\s+(?:\w+\s+){0,6}?wyjecha\w*"),
        # ("W sprawach niecierpiących zwłoki ... dyżurny konsul pozostaje dostępny": a duty consul for what cannot wait)
        (MissionAction.EMERGENCY_SERVICES_ONLY, r"(?:obsługuj|obsługiw|zajmuj)\w*\s+(?:się\s+)?(?:wyłącznie|tylko|jedynie)\s+(?:\w+\s+)?(?:sprawy|sprawami)\s+(?:pilne|pilnymi|nagłe|nagłymi)|ogranicz\w*\s+(?:\w+\s+){0,2}?do\s+(?:\w+\s+){0,2}?(?:pilnych|nagłych)|(?:wyłącznie|tylko|jedynie)\s+(?:w\s+)?(?:sprawach|przypadkach|sytuacjach)\s+(?:nagłych|pilnych|awaryjnych|kryzysowych)|(?:wyłącznie|tylko|jedynie)\s+(?:\w+\s+){0,3}?w\s+(?:nagłych|pilnych)\s+(?:przypadkach|sprawach|sytuacjach)|dyżurn\w*\s+konsul|(?:wyłącznie|tylko|jedynie)\s+(?:w\s+)?(?:nagłych|pilnych|awaryjnych|kryzysowych)\s+(?:sprawach|przypadkach|sytuacjach|wypadkach)"),
        # consular visa work suspended while the mission stays open
        # (staff cut "to a minimum": the mission works on with fewer people, before the drawdown reading below)
        (MissionAction.REDUCED_SERVICES, r"(?:wstrzyma|zawiesi)\w*\s+(?:\w+\s+){0,2}?(?:wydawani\w*\s+wiz|wiz\w*)|"
         r"ogranicz\w*\s+(?:\w+\s+)?(?:personel|obsad)\w*\s+do\s+(?:absolutnego\s+)?minimum"),
        (MissionAction.ORDERED_DEPARTURE, r"ogranicz\w*\s+(?:\w+\s+)?(?:personel|obsad)\w*|(?:nakaza|poleci)\w*[^.;]{0,80}?(?:opuszcz|opuści|wyjazd|wyjecha)\w*|odwoła\w*\s+(?:\w+\s+)?(?:personel|pracownik|dyplomat)\w*|"
         # staff cut or part of it withdrawn ("zmniejszyły liczbę pracowników", "wycofała część dyplomatów")
         r"(?:zmniejsz|redukow|zredukow|redukcj)\w*\s+(?:\w+\s+)?(?:personel|obsad|pracownik|dyplomat)\w*|"
         r"(?:wycofa|wycofuj|odwoła|odwołuj)\w*\s+(?:część|niektórych|połowę|kilk\w*)\s+(?:\w+\s+)?(?:personel|pracownik|dyplomat|dyplomac)\w*|"
         # ("o czasowym wycofaniu z Bejrutu rodzin pracowników placówki": the staff's families withdrawn)
         r"(?:wycofa|wycofuj|odesła|odsyła)\w*\s+(?:\w+\s+){0,3}?rodzin\w*\s+(?:pracownik|dyplomat|personel)\w*"),
        (MissionAction.EVACUATED, r"ewakuac\w*|ewakuow\w*|ewakuuj\w*|"
         # all staff withdrawn or flown out ("wycofała wszystkich dyplomatów", "wywiozła dyplomatów")
         r"(?:wycofa|wycofuj)\w*\s+(?:\w+\s+)?(?:wszystk|cał)\w*\s+(?:\w+\s+)?(?:personel|pracownik|dyplomat|dyplomac)\w*|"
         r"(?:wywi[oóe]z|wywoż|wywiez)\w*\s+(?:\w+\s+){0,2}?(?:personel|pracownik|dyplomat|dyplomac)\w*|"
         # the post's staff left the city ("pracownicy placówki wyjechali z Sewastopola")
         r"(?:pracownicy|personel|dyplomaci)\s+(?:placówki|ambasady|konsulatu)\s+(?:\w+\s+){0,2}?(?:wyjechali|opuścili|wyjechał)\b"),
        (MissionAction.SUSPENDED, r"zamkn\w*|nieczynn\w*|(?:działalnoś|prac)\w*\s+(?:\w+\s+){0,6}?(?:zawieszon|wstrzyman)\w*|zamyka\w*|zawie[sś]\w*\s+(?:\w+\s+)?(?:działalnoś\w*|prac(?!own)\w*)|cofnięci\w*\s+zgody|wstrzyma\w*\s+(?:\w+\s+)?prac\w*|"
         # ceased to work, ended its activity ("przestała działać", "zakończyła działalność")
         r"przesta\w*\s+(?:\w+\s+)?(?:działać|funkcjonować|pracować)|zakończ\w*\s+(?:\w+\s+)?działalnoś\w*"),
        (MissionAction.REOPENED, r"wznow\w*\s+(?:\w+\s+){0,3}?(?:działalnoś|prac)\w*|ponown\w*\s+otw\w*|(?<!dni\s)(?<!drzwi\s)otwar\w*|otworz\w*+(?!\s+(?:\w+\s+){0,3}?(?:wystaw|konferencj|festiwal|sezon|spotkani|obrad|posiedzeni|szkoł|most|drog)\w*)"),  # (not "dni otwarte": open days; not "otworzył wystawę", opened an exhibition)
        (MissionAction.REDUCED_SERVICES, r"ogranicz\w*\s+(?:\w+\s+)?(?:działalnoś|usług|pomoc)\w*|(?:działa|pracuje|funkcjonuje)\w*\s+w\s+ograniczonym\s+(?:zakresie|trybie)"),
    ),
    neighbour_before=r"\b(?:z|ze)",
    mutual=r"wzajemnie|w\s+obu\s+kierunkach",
    staff=r"\b(?:pracownik\w*|dyplomat\w*|personel\w*|członk\w*\s+rodzin\w*)",
    citizens=r"obywatel\w*|rodak\w*",
    reasons=((Reason.LIMITED_CONSULAR_CAPACITY, r"ogranicza\w*\s+(?:\w+\s+){0,3}?(?:możliwoś\w*|pomoc\w*)\s+(?:\w+\s+){0,2}?(?:pomocy\s+)?konsularn\w*|pomoc\w*\s+konsularn\w*\s+(?:\w+\s+){2,9}?ograniczon\w*|niemożliwa?\s+(?:\w+\s+){0,2}?ewakuacj\w*"), (Reason.LIMITED_FLIGHTS, r"odwoła\w*\s+(?:\w+\s+)?lot\w*|zamknięci\w*\s+(?:przestrzeni\s+powietrznej|lotnisk\w*)|brak\w*\s+(?:\w+\s+)?połączeń\s+lotniczych"), (Reason.LIMITED_CONSULAR_CAPACITY, r"ograniczon\w*\s+(?:możliwości|pomoc\w*\s+konsularn\w*)|pomoc\w*\s+konsularn\w*\s+(?:\w+\s+)?ograniczon\w*"), (Reason.MILITARY_BUILDUP, r"koncentracj\w*\s+wojsk|gromadzeni\w*\s+wojsk"), (Reason.ARMED_CONFLICT, r"konflikt\w*|atak\w*|działa\w*\s+(?:wojenn|zbrojn)\w*|operacj\w*\s+(?:wojskow|zbrojn|militarn)\w*|nalot\w*|bombardow\w*|ofensyw\w*|starci\w*\s+zbrojn\w*|wojn\w*|konflikt\w*\s+zbrojn\w*|ostrzał\w*|atak\w*\s+rakietow\w*|walk\w*"), (Reason.TERRORISM, r"terror\w*|zamach(?:y|ów|ami|ach|u|em)?\b(?!\s+stanu)|dżihadyst\w*"), (Reason.CIVIL_UNREST, r"protest\w*|zamieszk\w*|demonstracj\w*|rozruch\w*|niepokoj\w*\s+społeczn\w*|przewrot\w*|przewrót|zamach\w*\s+stanu|pucz\w*"), (Reason.CRIME, r"przestępcz\w*|\bgang\w*|bandyt\w*|napad\w*\s+rabunkow\w*|rozbo\w*|kartel\w*\s+narkotykow\w*"), (Reason.KIDNAPPING, r"porwa\w*|porywa\w*|uprowadz\w*|zakładnik\w*"), (Reason.HEALTH, r"epidemi\w*|pandemi\w*|koronawirus\w*|covid\w*|\bebol\w*|cholery|cholerą|ognisk\w*\s+chorob\w*|wirus\w*\s+(?:ebola|marburg|zika)\w*"), (Reason.WRONGFUL_DETENTION, r"zatrzyma\w*|aresztowa\w*|\baresztu\b"), (Reason.NATURAL_DISASTER, r"trzęsieni\w*\s+ziemi|powodz\w*|powód[źz]|huragan\w*|tajfun\w*|cyklon\w*|tsunami|erupcj\w*\s+wulkan\w*|wybuch\w*\s+wulkan\w*|pożar\w*\s+las\w*|klęsk\w*\s+żywioł\w*")),
    not_advice=r"\bwiz[ayę]?\b|wizow\w*|sankcj\w*",
    level_change=r"\bz\s+(\d|pierwsz\w+|drugi\w*|trzeci\w*|czwart(?!ek)\w+)\s+(?:\w+\s+)?(?:do|na)\s+(\d|pierwsz\w+|drugi\w*|trzeci\w*|czwart(?!ek)\w+)\b",
    # ("W przypadku Azerbejdżanu MSZ odradza ...": as for Azerbaijan, the place advised about)
    # ("W pozostałej części Izraela", "w pozostałych regionach Indii": in the rest of the country)
    place_before=r"\b(?:opuści\w*|opuszcz\w*|w|we|na|z|ze|do|przy|koło|pod|dla|w\s+przypadku(?:\s+\w+)?|dotycząc\w*(?:\s+\w+)?)(?:\s+(?:pozostał\w+|cał\w+|północn\w+|południow\w+|wschodni\w+|zachodni\w+)?\s*(?:części|regionach|regionie))?",
    # ("od wybuchu wojny w Ukrainie": since the war began, a time and a cause, not a place advised about)
    cause=r"\b(?:z\s+powodu|ze\s+względu\s+na|w\s+związku\s+z|wobec|ponieważ|gdyż|od\s+(?:wybuchu|początku|rozpoczęcia))",
    # ("w przypadku sąsiednich Mali": as for Mali, no condition)
    negation=r"\bkiedy\s+(?:\w+\s+){0,3}?(?:wznowi|otworzy|zostanie\s+(?:ponownie\s+)?otwart)\w*|plotk\w*|fake\s*news\w*|fałszyw\w*|dezinformac\w*|nie\s+polega\w*\s+na\s+prawdzie|nieprawdziw\w*|działa\w*\s+normalnie|odmówi\w*|odmawia\w*|w\s+razie\s(?!(?:potrzeby|nagłej|zagrożenia|(?:absolutnej\s+|bezwzględnej\s+)?konieczności))|w\s+przypadku\s(?!(?:nagłej|sytuacji\s+awaryjnej)|(?:\w+\s+)?(?-i:[A-ZĄĆĘŁŃÓŚŹŻ]))|zaprzecz\w*|zdementowa\w*|nie\s+planuj\w*|nie\s+zamierza\w*|"
    # "może zamknąć ambasadę": a mission's closing or evacuation only possible
    r"(?:może|mogą|mogłaby|mogłyby|mógłby|rozważa\w*)\s+(?:\w+\s+){0,2}?(?:zamkn|ewaku|zawiesi)\w*\s+(?:\w+\s+){0,2}?(?:ambasad|konsula|placów)\w*",
    # ("Rolnicy zażądali, aby Polska zamknęła granicę": the comma before "aby" still asks)
    asked=r"(?:wezwa|wzywa|zaapelowa|apeluj|zażąda|żąda|domaga|poprosi|prosi)\w*(?:\s+\w+){0,3}?,?\s+(?:aby|żeby|by)\b|"
    r"wezwa\w*|wzywa\w*|zaapelowa\w*|apeluj\w*|zażąda\w*|żąda\w*|domaga\w*|poprosi\w*|prosz\w*|prosi\w*",
    not_before=r"\bnie\b|\bewentualn\w*|\bmożliw\w*",
    # "several countries", "Western states": governments left unnamed
    unnamed_states=r"\b(?:kilka|kilkanaście|wiele|szereg|niektóre|zachodnie|inne)\s+(?:\w+\s+)?(?:kraj\w*|państw\w*)",
    among=r"\bwśród\s+nich\b|\bw\s+tym\b|\bm\.\s?in\.",
    # (or no subject at all: "Było zamknięte od 2015 roku")
    goes_on=r"(?-i:Ona|On|Ono|One|Oni|Je|Ją|Go|Był|Była|Było|Były|Byli)",
    # "the advice applies to ...": the places of advice just given that named none
    covers=r"(?:zaleceni|ostrzeżeni|rekomendacj|apel)\w*\s+(?:\w+\s+)?(?:dotycz\w+|obejmuj\w+)",
    similar=r"\b(?:podobnie|analogicznie|tak\s+samo)\s+(?:postąpił\w*|zrobił\w*|uczynił\w*)|(?:taką\s+samą|podobną|analogiczną)\s+decyzj\w*\s+(?:\w+\s+)?(?:podjęł\w*|podjął)|(?:podjęł\w*|podjął)\s+(?:taką\s+samą|podobną|analogiczną)\s+decyzj\w*|poszł\w*\s+w\s+(?:\w+\s+)?ślady|dołączył\w*\s+do\s+(?:\w+\s+)?(?:apelu|wezwania)|dołączył\w*\s+do\s+(?:nich|niego|niej)\b|\bdo\s+(?:nich|niego|niej)\s+dołączył\w*|(?:zrobił\w*|uczynił\w*)\s+to\s+samo|podobn\w*\s+(?:rekomendacj|ostrzeże|apel|komunikat|zalece)\w*|analogiczn\w*",
    crossing_count=r"(\d+|dwa|dwóch|trzy|trzech|cztery|pięć|sześć)\s+(?:z\s+\w+\s+)?(?:\w+\s+){0,2}?przej[śs]\w*",
    numbers={"pierwszy": 1, "pierwszego": 1, "pierwszym": 1, "pierwsza": 1, "pierwszej": 1, "drugi": 2, "drugiego": 2, "drugim": 2, "druga": 2, "drugiej": 2, "trzecia": 3, "trzeciej": 3, "czwarta": 4, "czwartej": 4, "trzeci": 3,
             "trzeciego": 3, "trzecim": 3, "czwarty": 4, "czwartego": 4, "czwartym": 4, "dwa": 2, "dwóch": 2, "trzy": 3, "trzech": 3, "cztery": 4, "pięć": 5, "sześć": 6},
    home="PL",
    our_citizens=r"\bnasz\w*\s+(?:\w+\s+)?(?:obywatel|rodak)\w*",
    ours=r"\bnasz\w*",
    institution=r"MSZ|ministerstw\w*|resort\w*|rząd\w*|Straż\w*\s+Graniczn\w*",
    own=r"\bsw(?:ój|oj\w*)\b",
    remains_before=r"\b(?:pozostaje|pozostają|pozostał\w*|nadal|wciąż)",
    the_country=r"\b(?:kraj|kraju|tego\s+kraju)\b",
    these_countries=r"\b(?:tych|tych\s+dwóch|obu)\s+(?:krajach|krajów|krajach|państwach|państw)\b",
    worldwide=r"\bza\s+granicę\b|\bdo\s+wszystkich\s+krajów\b|\bna\s+całym\s+świecie\b",
    agent=r"\bprzez\s*$",
)
