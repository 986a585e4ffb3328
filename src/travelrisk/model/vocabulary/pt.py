"""Portuguese."""

from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason
from travelrisk.model.vocabulary import Vocabulary

VOCABULARY = Vocabulary(
    language="pt",
    families=r"\bfamília(?:s|res)\b|\bfamiliares\b",
    adjective_after=True,
    directives=(
        (
            Directive.LEAVE_IMMEDIATELY,
            # ("apela aos cidadãos que deixem o Líbano": calls on them to leave)
            r"(?:ped\w*+(?!\s+(?:ajuda|apoio|auxílio|assistência))|orient\w*|recomend\w*|aconselh\w*|exort\w*|apel\w*\s+a|inst(?:a|am|ou|aram|ados?|adas?|ar)\b|(?:orden|determin)(?:ou|a|am|aram)\s+a(?:os|às)?\s+(?:todos\s+os\s+)?(?:seus|suas|cidadãos|\w+(?:eiros|anos|eses|enses))\b)[^.;]{0,80}?(?:evacu(?:ar|em|e|arem)\b|(?:regress|retorn|volt)(?:ar|em|e|arem)\s+(?:a|ao|para)\s+(?:casa|o\s+Brasil|Brasil|Portugal|o\s+país\s+de\s+origem)|deixar|deixem|deixarem|deixassem|sair\s+d|saiam\s+d|sa[ií]rem\s+d|saíssem\s+d|abandonar|abandonassem|abandonem|abandonarem)\w*|"
            r"(?:deixar|deixem|abandonar|abandonem|sair\s+d\w*|saiam\s+d\w*)(?=\s+(?:\w+\s+){0,4}?(?:imediatamente|o\s+quanto\s+antes|o\s+mais\s+(?:rápido|rapidamente|cedo)|sem\s+demora|com\s+urgência))",
        ),
        (Directive.DO_NOT_TRAVEL, r"(?:adi(?:ar|em|e|ou|aram)|posterg\w*)\s+(?:\w+\s+){0,2}?(?:viage\w*+|deslocaç\w*+|deslocamentos?+)(?!\s+(?:\w+\s+){0,3}?(?:que\s+não\s+(?:sejam|forem|seja|for)|não|desnecessári))|não\s+se\s+desloqu\w*|não\s+(?:devem|deve|deveriam|deveria)\s+(?:viajar|deslocar-se|ir\s+(?:a|ao|à|para)\b)|desaconselh\w*\s+(?:formalmente|totalmente|absolutamente|em\s+absoluto)|desaconselh\w*\s+(?:\w+\s+){0,2}?(?:qualquer|todas?\s+as)\s+(?:viage\w*|deslocaç\w*|deslocamentos?)(?!\s+(?:não\s|desnecessári))|abst(?:er|enha|enham)\w*(?:-se)?\s+de\s+(?:viajar|visitar|ir\s+a|deslocar)|evit\w+\s+(?:\w+\s+)?viage\w*+(?!\s+(?:não\s+essenciais|desnecessári))|evit\w+\s+(?:tod[oa]s\s+)?(?:as\s+|os\s+)?(?:deslocaç\w+|deslocamentos?)\s+(?:a|ao|à|aos|às|para)\s|não\s+viajar|não\s+viajem|evitar\s+(?:todas?\s+as\s+)?viage\w*+(?!\s+(?:não\s+essenciais|desnecessári))|evit\w+\s+viajar\b(?!\s+(?:sem\s+necessidade|desnecessariamente))|desaconselh\w*\s+(?:\w+\s+)?(?:qualquer|todas?)\s+(?:as\s+)?viage\w*"),
        (Directive.RECONSIDER_TRAVEL, r"limit\w*\s+(?:as\s+|suas\s+)?(?:viagens|deslocações|deslocamentos)\s+ao\s+(?:estritamente\s+)?(?:necessário|indispensável|essencial)|(?:viagens?|deslocaç(?:ão|ões)|deslocamentos?)\s+(?:não\s+(?:essenciais|imprescindíveis|indispensáveis|necessárias|urgentes)|desnecessári\w*)|(?:só|somente|apenas)\s+(?:\w+\s+){0,3}?(?:em\s+caso\s+de\s+(?:extrema\s+|absoluta\s+|real\s+)?necessidade|se\s+(?:for|forem)\s+(?:estritamente\s+|absolutamente\s+)?(?:necessári|essencia|imprescindív)\w*)|(?:adi(?:ar|em|e|ou|aram)|posterg\w*)\s+(?:\w+\s+){0,2}?(?:viage\w*+|deslocaç\w*+|deslocamentos?+)(?=\s+(?:\w+\s+){0,3}?(?:que\s+não\s+(?:sejam|forem|seja|for)|não)\s+(?:urgent|essencia|imprescindív|indispensáv|necessári))|que\s+não\s+(?:sejam|forem|seja|for)\s+(?:urgentes?|essencia\w*|imprescindíve\w*|indispensáve\w*|necessári\w*)|reconsider\w*|(?:salvo|exceto|a\s+menos\s+que)\s+(?:\w+\s+){0,3}?(?:imprescindív|necessári|essencia|urgent|estritamente)\w*|desaconselh\w*"),
        (Directive.INCREASED_CAUTION, r"(?:redobr\w*|ter|tenham)\s+(?:\w+\s+)?(?:cautela|cuidado|atenção|vigilância)|maior\s+cautela|(?:elevado|alto)\s+grau\s+de\s+(?:cautela|vigilância|precaução|prudência)|(?:ser|serem|sejam)\s+(?:\w+\s+)?(?:prudentes|cautelosos|cuidadosos)\b|(?:especial|máxima|redobrad[oa])\s+(?:cuidado|cautela|prudência|vigilância)|(?:ajam|agir|atuar|atuem|viajar|viajem)\s+com\s+(?:\w+\s+)?(?:prudência|cautela)|(?:mantenham-se|manter-se|permaneçam|permanecer|estar|estejam)\s+(?:\w+\s+)?(?:alerta|vigilantes|atentos)\b|(?:pede|pediu|recomenda\w*|aconselha\w*)\s+(?:\w+\s+)?(?:cautela|prudência)"),
    ),
    advisory=r"alerta\w*\s+de\s+(?:viagem|nível)|níve(?:l|is)\s+de\s+(?:alerta|risco)\s+(?:de\s+viagem\s+)?(?:para|sobre)\b|escala\s+de\s+(?:risco|alerta)|recomendaç\w*\s+de\s+viagem",
    level=r"nível\s+(\d|um|dois|três|quatro)\b|\b(primeir|segund|terceir|quart)[oa]\s+nível\b",
    raised=r"elev(?:ou|ar|ado|ada|am)\w*|sub(?:iu|iram|ir)\b|aument\w*|endurec\w*",
    highest=r"máxim[oa]|mais\s+alt[oa]",
    lowered=r"reduz\w*|baix(?:ou|aram|a|am|ar)\s+(?:\w+\s+)?(?:alerta|nível)|baix(?:ou|aram)\s+de\s+\d|rebaix\w*|suspend\w*\s+(?:o\s+)?alerta|retir\w*\s+(?:o\s+)?alerta",
    border=r"fronteir\w*|\bdivisa\b|ponte\w*\s+(?:da\s+Amizade|internaciona\w*|binaciona\w*)|passage\w*\s+de\s+fronteira|posto\w*\s+de\s+fronteira|posto\w*\s+(?:fronteiriç\w*|de\s+(?-i:[A-Z]))",
    border_actions=(
        (BorderAction.THREATENED_CLOSURE, r"(?:ameaç\w*|poderia\w*|pode\s+fechar|cogit\w*|estud\w*|avali\w*|pondera\w*|consider\w*|não\s+descart\w*)[^.;]{0,60}?(?:fech|encerr)\w*"),
        (BorderAction.CLOSED, r"fech\w*|bloque\w*|interdit\w*|interdiç\w*|encerr\w*|(?:suspen|interromp|interrup)\w*\s+(?:\w+\s+){0,2}?(?:tráfego|trânsito|travessia|circulação|passagem)|sel(?:ou|aram|ar|ará|arão|a|am|ado)\s+(?:\w+\s+){0,2}?(?:fronteira|passage|posto)\w*|(?:fronteira|passagem|posto)\w*\s+(?:\w+\s+){0,4}?(?:foi|foram|está|estão)\s+selad\w*"),
        (BorderAction.OPENED, r"\bvolt\w*\s+a\s+permitir\s+(?:a\s+)?(?:passagem|entrada|travessia)|\blevant\w*\s+(?:a\s+)?(?:proibição|restrição)\s+de\s+(?:entrada|passagem|travessia)|reab[re]\w*|reabertura|volt\w*\s+a\s+abrir\w*|abriu|abr(?:e|em|ir|irá|irão|iram)\s+(?:(?!sobre\b)[\w-]+\s+){0,4}?(?:fronteira|passage|posto|travessia)\w*|retom\w*\s+(?:\w+\s+){0,2}?(?:tráfego|trânsito|travessia|circulação|passagem)"),
        (BorderAction.RESTRICTED, r"todas\s+as\s+noites|(?:para|a|aos)\s+(?:os\s+)?(?:caminhões|camiões|pedestres|peões|ônibus|veículos\s+de\s+carga|migrantes|refugiados|estrangeiros)\b|\b(?:restring\w*|restriç\w*|limit\w*|(?:só|apenas|somente)\s+(?:\w+\s+)?(?:permit|autoriz)\w*|(?:reintrodu|restabelec|reinstaur|rep[õô]|repus|repor)\w*\s+(?:\w+\s+)?control\w*|(?:apenas|só|somente)\s+uma\s+passagem)"),
    ),
    mission=r"embaixada\w*|postos?\s+consular(?:es)?|alt[oa]\s+comissari\w*|alta\s+comiss[ãa]o|consulado\w*|missão\s+diplomática|missões\s+diplomáticas|representaç(?:ão|ões)\s+diplomátic\w*|representaç(?:ão|ões)(?=\s+\w+(?:esa|ana|ina|ensa|esas|anas|inas)\b)|(?:pessoal|corpo)\s+diplomático|diplomata\w*",
    mission_actions=(
        (MissionAction.DEPARTURE_LIFTED, r"levant\w*\s+(?:a\s+)?(?:saída|partida)\s+(?:ordenada|obrigatória)|(?:pôs|põe|puseram)\s+fim\s+à\s+(?:saída|partida)\s+(?:ordenada|obrigatória)"),
        (MissionAction.AUTHORIZED_DEPARTURE, r"autoriz\w*\s+(?:\w+\s+){0,3}?(?:saída|partida)|(?:saída|partida)\s+voluntária|autoriz\w*\s+(?:\w+\s+){0,8}?a\s+(?:deixar|sair|abandonar)"),
        # ("funciona apenas para situações de emergência": works for emergencies only)
        (MissionAction.EMERGENCY_SERVICES_ONLY, r"funcion\w*\s+(?:apenas|somente|só|unicamente)\s+(?:para|em)\s+(?:\w+\s+){0,2}?(?:de\s+)?(?:emergências?|urgências?)|mant\w*\s+apenas\s+(?:\w+\s+){0,4}?emergências?|(?:restrit|limitad)\w+\s+a\s+emergências|(?:reduz|limit|restring)\w*\s+(?:\w+\s+){0,2}?(?:ao|aos|a|às)\s+(?:(?:atendimentos?|casos?|serviços?)\s+(?:de\s+)?)?(?:emergências?|urgências?|urgentes)|(?:apenas|somente|só|exclusivamente)\s+(?:presta\w*|atend\w*|ofere\w*|garant\w*)\s+(?:\w+\s+){0,4}?(?:emergências?|urgências?|urgentes|emergenciais)|(?:apenas|somente|só|exclusivamente)\s+(?:para\s+|em\s+|o\s+|a\s+|os\s+|as\s+)?(?:(?:atendimentos?|casos?|serviços?|situaç\w+|assuntos?|assistência)\s+(?:consular(?:es)?\s+)?(?:de\s+)?){0,2}(?:emergências?|emergência|urgências?|urgentes|emergenciais)|(?:apenas|somente)\s+(?:um\s+)?plantão|(?:apenas|somente|só)\s+(?:a\s+|o\s+)?(?:linha|telefone|contacto|contato|número)\s+(?:\w+\s+){0,2}?(?:emergência|urgência)"),
        # consular visa work suspended while the mission stays open
        (MissionAction.REDUCED_SERVICES, r"hor[áa]rio\s+(?:de\s+\w+\s+)?(?:reduzido|limitado)|suspend\w*\s+(?:\w+\s+){0,3}?(?:vistos?|serviços\s+(?:consulares\s+)?de\s+rotina)\b"),
        (MissionAction.REDUCED_SERVICES, r"(?:equipe|equipa)\s+reduzida|pessoal\s+reduzido|pessoal\s+(?:mínimo|reduzido)|reduz\w*\s+(?:\w+\s+){0,4}?(?:pessoal|serviços|atendimento)|serviços?\s+(?:\w+\s+)?(?:limitados|reduzidos)"),
        (MissionAction.EVACUATED, r"retir\w*\s+tod[oa]s\s+(?:os\s+|as\s+)?(?:seus\s+|suas\s+)?(?:diplomatas|funcionários)|evacu\w*|repatri\w*|retir\w*\s+(?:\w+\s+){0,3}?(?:por\s+via\s+aérea|de\s+avião|por\s+ponte\s+aérea)"),
        (MissionAction.SUSPENDED, r"\btransfer\w*\s+(?:\w+\s+){0,3}?(?:embaixada|consulado|atividades|sede)|fech\w*|encerrad\w*\s+ao\s+público|encerr(?:ou|aram)\s+(?:temporariamente|provisoriamente|as\s+portas)|(?:foi|foram|está|estão|ficou|ficaram)\s+(?:temporariamente\s+)?encerrad\w*|não\s+(?:está|estão|esteve)\s+(?:funcionando|em\s+funcionamento|operando)|encerr\w*\s+(?:\w+\s+){0,4}?(?:atividades|funcionamento|portas|embaixada|consulado|operações)|(?:suspend\w*|suspens(?:ão|ões)\s+d\w+)\s+(?:\w+\s+){0,2}?(?:atividades|serviços|atendimento|funcionamento|operações)|deix\w*\s+de\s+(?:funcionar|operar|atender)|cess\w*\s+(?:\w+\s+)?(?:atividades|funções|operações)"),
        (MissionAction.ORDERED_DEPARTURE, r"retir\w*\s+(?:\w+\s+){0,3}?(?:pessoal|diplomatas|funcionários|familiares|famílias)|(?:orden|determin)\w*\s+(?:\w+\s+){0,4}?(?:saída|funcionários|familiares|famílias)|(?:pessoal|diplomatas|funcionários|familiares|famílias)\s+(?:\w+\s+){0,10}?(?:foi|foram|será|serão)\s+retirad\w*"),
        (MissionAction.REOPENED, r"reab[re]\w*|reabertura|retom\w*|volt\w*\s+a\s+(?:abrir|funcionar|operar|atender)"),
    ),
    # (with the article a name takes: "com o Brasil", "avec l'Algérie")
    neighbour_before=r"\b(?:com)(?:\s+(?:o|a|os|as))?",
    # ("según lo pactado por los Gobiernos de España y Marruecos": both sides act)
    mutual=r"mutuamente|reciprocamente|nos\s+dois\s+sentidos|(?:acordad|pactuad|combinad)\w*\s+(?:pelos|entre\s+os)\s+(?:dois\s+)?(?:Governos|governos|países)",
    staff=r"\b(?:funcionários|diplomatas|pessoal|familiares)",
    citizens=r"cidadãos|compatriotas",
    reasons=((Reason.LIMITED_CONSULAR_CAPACITY, r"assistência\s+consular\s+(?:\w+\s+){0,4}?limitada|não\s+(?:poderá|pode|poderão)\s+(?:\w+\s+)?(?:prestar|garantir|oferecer)\s+(?:\w+\s+)?(?:assistência|ajuda|proteção)"), (Reason.MILITARY_BUILDUP, r"concentraç\w*\s+de\s+(?:tropas|forças)|acúmulo\s+de\s+tropas|mobilizaç\w*\s+de\s+tropas"), (Reason.LIMITED_FLIGHTS, r"voos?\s+(?:\w+\s+)?(?:cancelad|suspens)\w*|(?:cancelamento|suspensão)\s+d[eo]s?\s+voos|fechamento\s+do\s+(?:espaço\s+aéreo|aeroporto)"), (Reason.WRONGFUL_DETENTION, r"detenç\w*\s+arbitrári\w*|pris\w*\s+arbitrári\w*"), (Reason.ARMED_CONFLICT, r"hostilidades|operaç(?:ão|ões)\s+militar\w*|ofensiva\s+militar|escalada\s+militar|conflito\w*|confrontos|bombardeios?|conflito\s+armado|guerra|combates|ataques?"), (Reason.TERRORISM, r"terroris\w*|atentados?\b|jihadis\w*"), (Reason.CIVIL_UNREST, r"protestos?|distúrbios|manifestações|golpe\s+(?:de\s+[Ee]stado|militar)|tumultos|revoltas?\b|insurreiç\w*|saques\b|convulsão\s+social|agitação\s+social"), (Reason.CRIME, r"criminalidade|gangues|cartéis|violência\s+criminal|assaltos|homicídios|extorsões|facções\s+criminosas|crime\s+organizado|narcotráfico"), (Reason.KIDNAPPING, r"sequestros?|raptos?\b"), (Reason.HEALTH, r"epidemia\w*|surto\w*|cólera|dengue|ébola|febre\s+amarela|pandemia\w*|coronavírus|covid\w*"), (Reason.NATURAL_DISASTER, r"terremoto\w*|terramoto\w*|sismos?\b|furacão|furacões|enchente\w*|inundaç\w*|tsunami\w*|erupç\w*\s+vulcânic\w*|ciclones?\b|tufão|deslizamentos\s+de\s+terra|incêndios\s+florestais")),
    not_advice=r"\bvistos?\b|sanç\w*",
    level_change=r"\bd[oe]\s+(?:nível\s+)?(\d)\s+para\s+(?:o\s+)?(?:nível\s+)?(\d)",
    # ("desaconselha viagens não essenciais a Moçambique": "a" after travel, not the article of a subject)
    # ("ordenou a saída da Venezuela dos familiares": the place left)
    place_before=r"\bresto\s+d[aeo]s?\s*|\b(?:(?:deixar|deixem|deixassem|abandonar)(?:\s+[oa]s?)?|em|no|na|nos|nas|ao|à|para)|\b(?:saída|partida|retirada|sair)\s+d[aeo]s?|\b(?:viagens|viajar|deslocações)(?:\s+[\wãéê]+){0,2}?\s+a",
    cause=r"\b(?:devido\s+[aà]|por\s+causa\s+d|diante\s+d|em\s+razão\s+d)",
    # ("Não se trata de um encerramento de fronteiras": it is not a closure)
    negation=r"n[ãa]o\s+se\s+trata\s+de|\bboato\w*|fake\s+news|desinformação|funciona\w*\s+normalmente|notícias\s+falsas|recus\w*|se\s+neg\w*\s+a|em\s+caso\s+de(?!\s+(?:extrema\s+|absoluta\s+|real\s+)?(?:emergência|necessidade|urgência))|\bneg(?:ou|am|aram|a)\s+ter\b|desment\w*|\bneg\w*\s+que|não\s+planeja|não\s+(?:pretende|tem\s+planos|prevê)",
    asked=r"\b(?:ped\w*|exig\w*|apel\w*|instou|insta\b|reivindic\w*)",
    not_before=r"\bnão\b|\bpront[oa]s?\s+(?:\w+\s+)?(?:a|para)\b|\bpode(?:rá|ria|rão|riam|m)?\b|\bameaç\w*|\beventua(?:l|is)\b|\bnão\s+há\s+(?:\w+\s+)?(?:previsão|data|prazo)\s+(?:de|para)\b|\bsem\s+(?:previsão|data|prazo)\s+(?:de|para)\b|"
    # "evitar deslocamentos até a reabertura": until it reopens, not reopened
    r"\baté\s+(?:a|à)\s+$",
    # "several countries", "Western states": governments left unnamed
    unnamed_states=r"\b(?:vários|várias|diversos|muitos|alguns|outros)\s+(?:\w+\s+)?(?:países|Estados|governos)\b|\bpaíses\s+ocidentais\b",
    among=r"\bentre\s+(?:eles|elas|os\s+quais)\b",
    # (or no subject at all: "Estava fechada desde 2020")
    goes_on=r"(?-i:Elas?|Eles?|Estas?|Estes?|Estava|Estavam|Tinha|Tinham|Permanecia|Permaneciam)",
    # "the advice applies to ...": the places of advice just given that named none
    covers=r"(?:recomendaç(?:ão|ões)|alertas?|avisos?|advertências?)\s+(?:\w+\s+)?(?:aplica-se\s+a|aplicam-se\s+a|abrangem?|incluem?|diz\s+respeito\s+a)\b",
    similar=r"seguid[oa]s?\s+(?:[\w’']+\s+){0,5}?(?:por\s+(?:o\s+|a\s+|os\s+|as\s+)?|pel[oa]s?\s+)(?=(?-i:[A-Z]))|(?:tomou|tomaram|adotou|adotaram)\s+a\s+mesma\s+(?:decisão|medida)|(?:anunci|adot)\w*\s+o\s+mesmo\s+regime|segui(?:ram|u)\s+o\s+(?:seu\s+)?exemplo|junt(?:aram|ou)-se\s+ao\s+apelo|aderi(?:ram|u)\s+ao\s+apelo|(?:fez|feito|fará|fizeram)\s+o\s+mesmo|(?:mesma|semelhante)\w*\s+(?:recomendaç|alerta)\w*|(?:avisos?|alertas?|recomendações|apelos?)\s+no\s+mesmo\s+sentido|(?:recomendaç|alerta|aviso|apelo)\w*\s+(?:semelhante|idêntic|análog|similar)\w*",
    numbers={"um": 1, "primeir": 1, "segund": 2, "terceir": 3, "quart": 4, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5},
    own=r"\b(?:seus?|suas?)\b",
    remains_before=r"\b(?:continua|continuam|permanece|permanecem|segue|seguem)",
    the_country=r"\b(?:o|este|esse)\s+país\b",
    # Portuguese is written for two governments: the Brazilian foreign ministry's own name tells whose
    institution=r"Itamaraty|Ministério\s+das\s+Relações\s+Exteriores|Ministério\s+dos\s+Negócios\s+Estrangeiros",
    home_words=((r"Itamaraty|Ministério\s+das\s+Relações\s+Exteriores|brasileir\w*", "BR"), (r"Ministério\s+dos\s+Negócios\s+Estrangeiros|portugues\w*", "PT")),
    these_countries=r"\b(?:estes|esses|ambos\s+os|os\s+dois|dos\s+dois)\s+países\b",
    worldwide=r"\bao\s+exterior\b|\bpara\s+o\s+estrangeiro\b|\bem\s+todo\s+o\s+mundo\b",
    agent=r"\b(?:por|pelo|pela|pelos|pelas|por\s+parte\s+(?:de|do|da|dos|das))\s*$",
)
