"""Spanish."""

from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason
from travelrisk.model.vocabulary import Vocabulary

VOCABULARY = Vocabulary(
    language="es",
    families=r"\bfamilia(?:s|res)\b",
    adjective_after=True,
    directives=(
        (
            Directive.LEAVE_IMMEDIATELY,
            r"(?:pid\w*|ped\w*|inst\w*|llam\w*|recom(?:end|iend)\w*|aconsej\w*|exhort\w*|urg\w*|orden(?:ó|a|an|aron|ado)\s+a\s+(?:todos\s+)?(?:sus|los)\s)[^.;]{0,80}?(?:evacu(?:ar|en|e)\b|(?:regres|retorn)(?:ar|en|e)\s+a\s+(?:casa|su\s+país|España)|vuelvan\s+a\s+(?:casa|su\s+país|España)|volver\s+a\s+(?:casa|su\s+país|España)|abandon(?:ar|en|e)|sal(?:ir|gan|ga)\s+del?|dej(?:ar|en)|se\s+march(?:en|e)\s+de|marchar(?:se)?\s+de|irse\s+de|se\s+vayan\s+de)\b|"
            r"(?:abandon(?:ar|en|e)|sal(?:ir|gan|ga)\s+de)(?=\s+(?:\w+\s+){0,4}?(?:inmediatamente|de\s+inmediato|cuanto\s+antes|lo\s+antes\s+posible|a\s+la\s+mayor\s+brevedad))",
        ),
        (Directive.DO_NOT_TRAVEL, r"(?:aplaz|pospon|posterg)\w*\s+(?:\w+\s+){0,2}?(?:viajes?+|desplazamientos?+)\b(?!\s+(?:\w+\s+){0,3}?(?:no\s+(?:esencial|imprescindibl|indispensabl|necesari|urgent)|innecesari))|desaconsej\w*\s+(?:por\s+completo|totalmente|completamente|formalmente|absolutamente|rotundamente|de\s+forma\s+(?:absoluta|tajante|rotunda))|no\s+(?:deben|debe|deberían|debería)\s+(?:viajar|desplazarse|ir\s+a)\b|ningún\s+(?:tipo\s+de\s+)?viaje\b|ningún\s+desplazamiento\s+(?:a|al|hacia)\b|abst(?:ener|[eé]n)\w*\s+de\s+(?:viajar|visitar|ir\s+a|desplazarse)|no\s+viaj(?:ar|en|e)\b|evit(?:ar|en|e)\s+(?:todo\s+|cualquier\s+|los\s+|todos\s+los\s+)?(?:viaj|desplaz)\w*+(?!\s+(?:no\s+(?:esencial|imprescindibl|indispensabl|necesari|urgent)|innecesari))(?!\s+(?:por\s+carretera|nocturnos|de\s+noche)\b)|desaconsej\w*\s+(?:\w+\s+)?(?:(?:todo|cualquier)\s+viaje|todos\s+los\s+viajes)|desaconsej\w*\s+(?:\w+\s+){0,2}?viajar\s+(?:\w+\s+){0,5}?(?:(?:en|bajo)\s+cualquier\s+circunstancia|bajo\s+ninguna\s+circunstancia|en\s+ningún\s+caso)"),
        (Directive.RECONSIDER_TRAVEL, r"limit\w*\s+(?:los\s+|sus\s+)?(?:viajes|desplazamientos)\s+a\s+lo\s+(?:estrictamente\s+)?(?:necesario|imprescindible|indispensable)|(?:viajes?|desplazamientos?)\s+(?:no\s+(?:esencial|imprescindibl|indispensabl|necesari|urgent)\w*|innecesari\w*)|(?:solo|sólo|únicamente)\s+(?:si|cuando)\s+(?:es|sea|resulte|fuera)\s+(?:\w+\s+)?(?:imprescindible|necesario|esencial|indispensable|urgente)|(?:solo|sólo|únicamente)\s+(?:en\s+caso\s+de|por\s+(?:motivos|razones)\s+de)\s+(?:extrema\s+|absoluta\s+|estricta\s+)?necesidad|reconsider\w*|(?:salvo|excepto|a\s+menos\s+que)\s+(?:\w+\s+){0,3}?(?:imprescindibl|necesari|esencial|urgent|estrictamente)\w*|desaconsej\w*"),
        (Directive.INCREASED_CAUTION, r"(?:extrem(?:ar|en?|ara|aran|ó)|ten(?:er|gan?))\s+(?:\w+\s+)?(?:precaución|precauciones|cuidado|prudencia|vigilancia)|mayor\s+precaución|(?:alto|elevado|máximo)\s+grado\s+de\s+(?:precaución|cautela|prudencia|vigilancia)|(?:ser|sean)\s+(?:\w+\s+)?(?:prudentes|cautelosos|precavidos|cautos)\b|(?:actu|proced|viaj)\w*\s+con\s+(?:\w+\s+)?(?:prudencia|precaución|cautela)|(?:mantener(?:se)?|mantengan|manténganse|permanecer|permanezcan|estar|estén)\s+(?:\w+\s+)?(?:alerta|vigilantes?|atent[oa]s?)\b"),
    ),
    advisory=r"alerta\w*\s+de\s+(?:viaje|nivel)|nivel\w*\s+de\s+(?:alerta|riesgo)\s+(?:de\s+viaje\s+)?(?:para|sobre)\b|escala\s+de\s+(?:riesgo|alerta)|advertencia\w*\s+de\s+viaje|recomendaci\w*\s+de\s+viaje",
    level=r"nivel\s+(\d|uno|dos|tres|cuatro)\b|\b(primer|segund|tercer|cuart)[oa]?\s+nivel\b",
    raised=r"elev[óoa]\w*|aument\w*|endurec\w*|subi[óo]",
    highest=r"máxim[oa]|más\s+alt[oa]",
    lowered=r"reduj\w*|baj(?:ó|aron|a|an)\s+(?:de|del)\s+(?:nivel\s+)?\d|baj\w*\s+(?:el\s+)?nivel|rebaj\w*|levant\w*\s+(?:\w+\s+)?(?:alerta|advertencia|recomendación)",
    border=r"frontera\w*|garitas?\b|puestos?\s+fronteriz\w*|(?:estados|provincias|municipios)\s+limítrofes|(?:paso|cruce)\w*\s+fronteriz\w*|puente\w*|pasos?\s+de\s+frontera|(?:pasos?|cruces?)\s+de\s+(?-i:[A-Z])|\bpasos?\s+(?-i:[A-ZÁÉÍÓÚÑ])|\bpasos\s+(?=con\s)|(?:paso|cruce)s?\s+(?:comercial|peatonal|terrestre)\w*\s+de\s+(?-i:[A-Z])|"
    # ("suspendió el tránsito en su control de Samoré": a border post named by its control)
    r"\bcontrol(?:es)?\s+(?:fronteriz\w*|migratori\w*|de\s+(?-i:[A-ZÁÉÍÓÚÑ]))|\bpasos\s+terrestres\b",
    border_actions=(
        (BorderAction.THREATENED_CLOSURE, r"(?:amenaz\w*|podría\w*|evalú\w*|evalu\w*|estudi\w*|baraj\w*|analiz\w*|sopes\w*|consider\w*|no\s+(?:se\s+)?descart\w*)[^.;]{0,60}?cerr\w*|"
         # "no descartó ampliar el cierre a Apure", "la medida podría extenderse a otros estados": more closures threatened
         r"(?:podría\w*|no\s+(?:se\s+)?descart\w*)\s+(?:\w+\s+){0,2}?(?:ampli|extend)\w*"),
        # ("el cierre del paso ... para la mayor parte de las mercancías": closed to most goods, some still pass)
        (BorderAction.RESTRICTED, r"por\s+las\s+noches|cada\s+noche|para\s+la\s+mayor(?:ía|\s+parte)\s+de\s+(?:las\s+|los\s+)?(?:mercancías|bienes|productos|cargas)|(?:para|a)\s+(?:los\s+)?(?:camiones|vehículos\s+de\s+carga|peatones|autobuses|el\s+tránsito\s+de\s+carga)|(?:para|a)\s+(?:los\s+|las\s+)?(?:(?:cientos|miles|centenares)\s+de\s+)?(?:migrantes|refugiados|extranjeros|turistas)\b|\b(?:restring\w*|restricci\w*|limit\w*|(?:suspend|prohib|impid)\w*\s+(?:la\s+)?(?:salida|entrada|paso|ingreso|tránsito|circulación)\s+de\s+(?:los\s+)?(?:vehículos|camiones|autos|automóviles|carros|peatones|buses|autobuses)|(?:solo|sólo|únicamente)\s+(?:podrán|(?:se\s+)?permit\w*)|(?:restablec|reintrodu|reinstaur|repon|repus)\w*\s+(?:\w+\s+)?controles|(?:un\s+(?:solo|único)|solo\s+un)\s+paso)"),
        (BorderAction.CLOSED, r"cierr\w*|cerr\w*|clausur\w*|sell(?:ó|aron|ará|arán|ar|a|an|ado)\s+(?:\w+\s+){0,2}?(?:frontera|paso|cruce)\w*|(?:frontera|paso)\w*\s+(?:\w+\s+){0,4}?(?:fue|fueron|quedó|quedaron|está|están)\s+sellad\w*|(?:suspend|interrump)\w*\s+(?:\w+\s+){0,2}?(?:tráfico|tránsito|cruces?|paso)\b"),
        (BorderAction.OPENED, r"reabr\w*|reabiert\w*|reapertura|volv\w*\s+a\s+abrir\w*|abri[óo]\w*|abr(?:e|en|ir|irá|irán|ieron)\s+(?:(?!sobre\b)[\w-]+\s+){0,4}?(?:frontera|paso|cruce|puente)\w*|reanud\w*\s+(?:\w+\s+){0,2}?(?:tráfico|tránsito|paso|cruces?)\b|"
         # ("volvieron a permitir el paso de viajeros", "levantó la restricción de su lado": open again)
         r"volv\w*\s+a\s+(?:permitir|autorizar)\s+(?:el\s+)?(?:paso|tránsito|cruce|ingreso)\b|levant\w*\s+(?:la\s+|las\s+|el\s+)?(?:restricci\w+|cierre|prohibici\w+)"),
    ),
    mission=r"embajada\w*|alta\s+comisi[óo]n\w*|consulado\w*|\blegaci[óo]n\w*|representaci[óo]n\w*\s+diplomátic\w*|misi[óo]n\w*\s+diplomátic\w*|sede\s+diplomática|"
    # (not "la crisis diplomática", "relaciones diplomáticas": a row, not a mission)
    r"(?<!crisis\s)(?<!relaciones\s)(?<!conflicto\s)(?<!tensión\s)(?<!disputa\s)(?<!ruptura\s)diplomátic\w*",
    mission_actions=(
        (MissionAction.DEPARTURE_LIFTED, r"levant\w*\s+(?:la\s+)?(?:salida|partida)\s+ordenada|(?:puso|pone|pusieron)\s+fin\s+a\s+la\s+(?:salida|partida)\s+ordenada"),
        (MissionAction.AUTHORIZED_DEPARTURE, r"autoriz\w*\s+(?:\w+\s+){0,3}?(?:salida|partida)|(?:salida|partida)\s+voluntaria|autoriz\w*\s+(?:\w+\s+){0,8}?a\s+(?:abandonar|salir\s+de|dejar)"),
        (MissionAction.EMERGENCY_SERVICES_ONLY, r"limit\w*\s+(?:su\s+|sus\s+|la\s+|el\s+|los\s+)?(?:atención|servicios?|actividad\w*|funcionamiento)(?:\s+\w+)?\s+a\s+(?:los\s+|las\s+)?(?:\w+\s+){0,2}?(?:emergencias?|urgencias?)|(?:solo|sólo|solamente|únicamente|exclusivamente)\s+(?:atenderá|atiende|atenderán|atienden|prestará|presta|prestarán|prestan|ofrecerá|ofrece|brindará|brinda)\s+(?:\w+\s+){0,3}?(?:emergencias?|urgencias?|urgentes)|(?:solo|sólo|solamente|únicamente|exclusivamente)\s+(?:para\s+|en\s+)?(?:(?:atención|casos?|servicios?|situaciones|asuntos|trámites)\s+(?:consulares\s+)?(?:de\s+)?)?(?:emergencias?|urgencias?|urgentes)|(?:limitad|restringid)\w+\s+a\s+(?:emergencias|urgencias)"),
        # consular visa work suspended while the mission stays open
        (MissionAction.REDUCED_SERVICES, r"horario\s+(?:de\s+\w+\s+)?(?:reducido|limitado)|suspend\w*\s+(?:\w+\s+){0,3}?(?:visados?|visas?|servicios\s+(?:consulares\s+)?de\s+rutina)\b"),
        (MissionAction.REDUCED_SERVICES, r"personal\s+(?:mínimo|reducido)|(?:reduc|reduj)\w*\s+(?:\w+\s+){0,3}?(?:personal|servicios|atención)|servicios?\s+(?:\w+\s+)?(?:limitados|reducidos)"),
        (MissionAction.EVACUATED, r"evacu\w*|(?:personal|diplomáticos)\b[^.;]{0,50}?\b(?:han|ha|habían|había)\s+abandonado\s+el\s+país|retornarán|regresarán|repatri\w*|sac(?:ó|aron|ará|arán|ar)\s+(?:\w+\s+){0,3}?(?:a\s+)?(?:sus\s+|los\s+|todo\s+el\s+|todos\s+los\s+)?(?:diplomáticos|personal)"),
        # ("retiró a todo su personal diplomático de Lima": no one left to run the mission)
        # ("los diplomáticos colombianos acreditados en Caracas tienen 72 horas para abandonar el país": expelled)
        (MissionAction.SUSPENDED, r"diplomátic\w+\s+(?:\w+\s+){0,4}?tienen\s+(?:\d+|\w+)\s+(?:horas|días)\s+para\s+(?:abandonar|salir|dejar)|\btraslad\w*\s+(?:\w+\s+){0,3}?(?:embajada|consulado|sede\s+diplomática|actividades|operaciones)|cerrará\w*|cerró|cerraron|cierran?\b|cierre|cerrad\w*|clausur\w*|(?:(?:se\s+)?(?:ha|han|había|habían)\s+)?(?:decid\w*|decisión\s+de|resolv\w*|resuelto|acord\w*|opt\w*\s+por|van?\s+a|procede\w*\s+a)\s+cerrar|dej\w*\s+de\s+(?:funcionar|operar|atender|prestar\s+servicios?)|ces(?:ó|aron|ará|arán|e|a|an|ar)\s+(?:\w+\s+)?(?:actividades|operaciones|funciones)|cese\s+de\s+(?:\w+\s+)?(?:actividades|operaciones|funciones)|suspend\w*\s+(?:\w+\s+){0,2}?(?:servicios|actividad\w*|operaciones|atención|funcionamiento)|suspensión\s+del?\s+(?:\w+\s+){0,3}?(?:actividades|operaciones|servicios|funcionamiento)|"
         r"retir\w*\s+(?:a\s+)?tod[oa]s?\s+(?:el\s+|los\s+|su\s+|sus\s+)(?:\w+\s+)?(?:personal|diplomáticos)"),
        (MissionAction.ORDERED_DEPARTURE, r"retir\w*\s+(?:\w+\s+){0,3}?(?:personal|diplomáticos|familiares|familias)|orden\w*\s+(?:\w+\s+){0,4}?(?:salida|personal|familiares|familias)|(?:personal|diplomáticos|funcionarios|empleados|familiares|familias)\s+(?:\w+\s+){0,10}?(?:fue|fueron|será|serán|ha\s+sido|han\s+sido)\s+retirad\w*"),
        (MissionAction.REOPENED, r"reabr\w*|reabiert\w*|reapertura|reanud\w*|(?:volv|vuelv)\w*\s+a\s+(?:abrir|funcionar|operar)"),
    ),
    # (with the article a name takes: "com o Brasil", "avec l'Algérie")
    neighbour_before=r"\b(?:con)(?:\s+(?:el|la|los|las))?",
    # ("según lo pactado por los Gobiernos de España y Marruecos": both sides act)
    mutual=r"mutuamente|recíprocamente|en\s+ambos\s+sentidos|(?:pactad|acordad|convenid)\w*\s+(?:por|entre)\s+(?:los\s+)?(?:Gobiernos|gobiernos|ambos\s+(?:países|Gobiernos|gobiernos))",
    staff=r"\b(?:empleados|diplomáticos|personal|familiares|familias)",
    citizens=r"\b(?:ciudadanos|connacionales|nacionales|compatriotas)\b",
    reasons=((Reason.LIMITED_CONSULAR_CAPACITY, r"no\s+(?:podrá|puede|podrán|pueden)\s+(?:\w+\s+)?(?:prestar|garantizar|ofrecer|brindar)\s+(?:\w+\s+)?(?:asistencia|ayuda|protección)"), (Reason.MILITARY_BUILDUP, r"concentraci\w*\s+de\s+(?:tropas|fuerzas)|despliegue\s+(?:\w+\s+)?(?:militar|de\s+tropas)|acumulación\s+de\s+tropas"), (Reason.LIMITED_FLIGHTS, r"vuelos?\s+(?:\w+\s+)?(?:cancelad|suspendid)\w*|(?:cancelación|suspensión)\s+de\s+(?:los\s+)?vuelos|cierre\s+del\s+(?:espacio\s+aéreo|aeropuerto)"), (Reason.LIMITED_CONSULAR_CAPACITY, r"asistencia\s+consular\s+(?:\w+\s+)?limitada|capacidad\s+(?:\w+\s+)?limitada\s+de\s+(?:asistencia|ayuda)"), (Reason.ARMED_CONFLICT, r"hostilidades|operaciones\s+militares|ofensiva\s+(?:militar|terrestre|israelí|rusa)|escalada\s+(?:militar|bélica)|conflicto\w*|enfrentamientos|bombardeos?|conflicto\s+armado|guerra|combates|ataques?"), (Reason.TERRORISM, r"terroris\w*|atentados?\b|yihadis\w*"), (Reason.CIVIL_UNREST, r"protestas?|disturbios|manifestaciones|golpe\s+(?:de\s+[Ee]stado|militar)|revueltas?|levantamientos?|insurrecci\w*|saqueos|estallido\s+social|bloqueos\s+de\s+carreteras|golpistas?"), (Reason.CRIME, r"criminalidad|delincuencia|bandas\s+criminales|pandillas|cárteles|carteles\s+(?:de\s+la\s+droga|del\s+narcotráfico)|violencia\s+criminal|atracos|asaltos|homicidios|extorsion\w*|crimen\s+organizado|narcotráfico"), (Reason.KIDNAPPING, r"secuestros?|raptos?\b"), (Reason.HEALTH, r"epidemia\w*|brote\w*|cólera|dengue|ébola|fiebre\s+amarilla|pandemia\w*|coronavirus|covid\w*"), (Reason.NATURAL_DISASTER, r"terremoto\w*|sismo\w*|seísmo\w*|huracán|huracanes|inundaci\w*|tsunami\w*|erupci[óo]n\w*\s+volcánic\w*|tormentas?\s+tropical\w*|ciclón|tifón|incendios\s+forestales|deslizamientos\s+de\s+tierra"), (Reason.WRONGFUL_DETENTION, r"detenci\w*|arrestos?\s+arbitrari\w*|encarcelamientos?\s+(?:arbitrari|injust)\w*"), (Reason.CRIME, r"insegur\w*\s+ciudadana|delincuencia|criminalidad"), (Reason.HEALTH, r"escasez\s+de\s+(?:\w+\s+){0,2}?(?:medicamentos|medicinas|material\s+sanitario)|infraestructura\s+sanitaria\s+deficiente|deficiente\s+infraestructura\s+sanitaria")),
    not_advice=r"\bvisas?\b|visados?\b|sancion\w*",
    level_change=r"\bdel?\s+(?:nivel\s+)?(\d)\s+al?\s+(?:nivel\s+)?(\d)",
    place_before=r"\bresto\s+(?:del|de\s+la|de\s+los|de\s+las)\s*|\b(?:abandonar|abandonen|abandonaran|salir\s+de|en|a|desde|hacia|para)(?:\s+(?:la|el|los|las))?",
    cause=r"\b(?:debido\s+a|por\s+(?:la|el|los|las)\s|a\s+causa\s+de|ante\s)",
    negation=r"no\s+se\s+trata\s+de|\bbulo\w*|\brumor(?:es)?\s+(?:\w+\s+){0,2}?de\s+que\b|fake\s+news|noticias\s+falsas|desinformación|funciona\w*\s+con\s+normalidad|(?:rumores?|informaciones)\s+(?:\w+\s+){0,3}?(?:falsos?|falsas?|infundad\w*)|desmient\w*|se\s+neg\w*\s+a|\btampoco\b|rechaz\w*\s+(?:\w+\s+)?(?:reabrir|cerrar|abrir)|en\s+caso\s+de(?!\s+(?:emergencia|necesidad|urgencia))|desmint\w*|neg[óo]\w*|no\s+planea|no\s+(?:tiene|tienen)\s+(?:previsto|planes|intención)|no\s+(?:prevé|contempla|pretende)",
    asked=r"\b(?:pid\w*|pedi\w*|exig\w*|inst[óoa]\w*|reclam\w*|llam\w*\s+(?:\w+\s+){0,3}?a)",
    not_before=r"\bno\b|\b(?:dispuest|list)[oa]s?\s+(?:\w+\s+)?(?:a|para)\b|\bpodr(?:ía|ían|á|án)\b|\bamenaz\w*(?:\s+con)?(?:\s+(?:el|la))?|\beventual(?:es)?\b|\bno\s+hay\s+(?:\w+\s+)?(?:fecha|plazo|previsión)\s+(?:de|para)\b|\bsin\s+(?:fecha|plazo)\s+(?:de|para)\b",
    # "several countries", "Western states": governments left unnamed
    unnamed_states=r"\b(?:varios|varias|numerosos|muchos|algunos|otros)\s+(?:\w+\s+)?(?:países|Estados|gobiernos)\b|\bpaíses\s+occidentales\b",
    among=r"\bentre\s+(?:ellos|ellas|los\s+que|las\s+que)\b",
    # (or no subject at all, as Spanish drops it: "Había estado cerrado desde 2015")
    goes_on=r"(?-i:Las?|Los?|Estas?|Estos?|Éstas?|Éstos?|Este|Éste)(?=\s+\w+(?:ó|ió|aron|ieron)\b)|(?-i:Había|Habían|Estaba|Estaban|Permanecía|Permanecían)",
    # "the advice applies to ...": the places of advice just given that named none
    covers=r"(?:recomendaci[oó]n|advertencia|alerta|aviso)(?:es|s)?\s+(?:\w+\s+)?(?:se\s+aplican?\s+a|afectan?\s+a|abarcan?|incluyen?)\b",
    similar=r"(?:lo\s+mismo|algo\s+similar|igual)\s+(?:ocurrió|sucedió|pasó|ocurre|sucede)\s+con|seguid[oa]s?\s+(?:[\w’']+\s+){0,5}?por\s+(?:el\s+|la\s+|los\s+|las\s+)?(?=(?-i:[A-Z]))|(?:anunci|adopt)\w*\s+el\s+mismo\s+régimen|(?:tomó|tomaron|adoptó|adoptaron)\s+la\s+misma\s+(?:decisión|medida)|sum(?:aron|ó|an|a)\s+(?:al|a\s+(?:la|esa|esta))\s+(?:llamado|llamamiento|recomendación|petición)|sigui(?:eron|ó)\s+(?:el|su|sus)\s+(?:ejemplo|pasos)|(?:hizo|hecho|hará|hicieron)\s+lo\s+mismo|\blo\s+(?:hizo|hicieron|hará|harán|(?:ha|han)\s+hecho)\b|(?:misma|similar)\w*\s+(?:recomendaci|alerta)\w*|(?:recomendaci|alerta|advertencia|aviso|llamado|llamamiento)\w*\s+(?:similar|idéntic|análog)\w*",
    numbers={"uno": 1, "primer": 1, "segund": 2, "tercer": 3, "cuart": 4, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5},
    crossing_count=r"(\d+|dos|tres|cuatro|cinco)\s+(?:\w+\s+){0,2}?pasos?\s+fronterizos?",
    own=r"\bsus?\b",
    remains_before=r"\b(?:sigue|siguen|seguía|permanece|permanecen|continúa|continúan)",
    the_country=r"\b(?:el|este|dicho)\s+país\b",
    institution=r"Ministerio|Exteriores|Cancillería|Gobierno",
    # ("Exteriores desaconseja viajar a ..." names no government: Spain's, the one "Asuntos Exteriores" and Spaniards
    # point to)
    home_words=((r"Asuntos\s+Exteriores|(?<!Relaciones\s)\bExteriores\b|español\w*", "ES"),),
    these_countries=r"\b(?:estos|dichos|ambos|los\s+dos)\s+países\b",
    worldwide=r"\bal\s+extranjero\b|\ben\s+todo\s+el\s+mundo\b|\ba\s+cualquier\s+país\b",
    agent=r"\bpor(?:\s+(?:el|la|los|las|parte\s+de(?:l|\s+la|\s+los|\s+las)?))?\s*$",
)
