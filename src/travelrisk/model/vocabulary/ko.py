"""Korean."""

from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason
from travelrisk.model.vocabulary import Vocabulary

VOCABULARY = Vocabulary(
    language="ko",
    families=r"가족",
    directives=(
        # ("당장 떠나야 한다": should leave now; "조속한 귀국을 당부", "귀국을 서둘러": return home quickly, asked (not
        # "조속한 귀국을 논의": a return discussed; nor a bare "귀국을 권고", which companies give their staff); "적색경보": the third level, the
        # departure advisory)
        (Directive.LEAVE_IMMEDIATELY, r"철수\s*권고|떠나야\s*(?:한다|합니다|할\s*것)|당장\s*(?:\S+\s+)?(?:떠나|출국)|조속한\s*귀국\s*(?:을|를)?\s*(?:당부|권고|촉구|요청)|조속히\s*귀국(?:하라|하도록|할\s*것)|귀국\s*(?:을|를)?\s*서둘|적색\s*경보|(?:즉시|조속히|신속히|서둘러)\s*(?:\S+에서\s+)?(?:출국|철수|대피|떠나|떠날)|(?:출국|철수|대피)\s*(?:을|를)?\s*(?:권고|촉구|당부)|(?:떠나(?:라고|도록|기를|라는)|떠날\s*것을)\s*(?:\S+\s*)?(?:촉구|권고|당부|요구|요청)"),
        # ("방문을 삼가라", "모든 여행을 피할", "이란으로 가지 말라", "방문하지 마십시오"; "흑색경보": the fourth level, the ban)
        (Directive.DO_NOT_TRAVEL, r"여행\s*(?:을\s*)?(?:하지\s*(?:말|마)|가지\s*말)|(?:방문|여행)\s*(?:을|를)?\s*(?:절대\s*|반드시\s*|일절\s*|당분간\s*)?삼(?:가|갈)|모든\s*(?:여행|방문)\s*(?:을|를)?\s*(?:피하|피할|피해|삼가|자제)|(?:으로|로)\s*가지\s*말|방문하지\s*(?:말|마)|흑색\s*경보|여행\s*(?:을\s*)?금지|특별여행주의보|(?<!불필요한\s)여행\s*을\s*자제|여행\s+자제|"
         # ("잠보앙가시 여행을 피하라는 경고": a warning to avoid travel there)
         r"(?<!불필요한\s)(?:여행|방문)\s*(?:을|를)\s*피하(?:라|도록|라고|라는|고|기|길)"),
        # ("여행을 재고", "불요불급한", "필수적인 경우를 제외한": all but essential travel; "황색경보": the second level)
        (Directive.RECONSIDER_TRAVEL, r"여행\s*(?:을\s*)?취소|(?:여행|방문)\s*(?:을|를)?\s*(?:재고|재검토)|불요불급|(?:필수적인|꼭\s*필요한|불가피한)\s*경우\s*(?:를|을)?\s*제외|황색\s*경보|연기\s*권고|불필요한\s*여행\s*(?:을\s*)?자제|"
            # ("여행자제", written as one word, names South Korea's level 2: the annotation maps it to reconsider)
            r"여행자제"),
        (Directive.INCREASED_CAUTION, r"여행\s*유의|신변\s*안전에\s*(?:특별히\s*|각별히\s*|특히\s*)?유의|주의|각별히\s*유의|유의(?:하라고|할\s*것|해\s*달라고|하기\s*바란다)|남색\s*경보"),
    ),
    advisory=r"여행경보|여행\s*경보|위험\s*정보|위험\s*레벨|여행\s*권고",
    level=r"([1-4])\s*단계|레벨\s*([1-4])",
    raised=r"상향|격상|높였|높이|올렸|올린",
    highest=r"최고|가장\s+높은",
    lowered=r"하향|해제|낮췄|낮추|낮춘",
    # (the inter-Korean land routes and transit offices: "남북을 잇는 육로", "남북출입사무소")
    border=r"국경|검문소|통상구|출입국\s*사무소|출입사무소|육로(?=\s*(?:를|을)?\s*(?:봉쇄|차단|폐쇄|개방|재개))|남북을?\s*잇는\s*육로",
    border_actions=(
        # ("폐쇄하겠다고 위협했다", "폐쇄를 검토", "폐쇄할 수도 있다": a closing threatened or considered)
        (BorderAction.THREATENED_CLOSURE, r"(?:폐쇄|봉쇄)(?:하겠다고|하겠다며|하겠다는|할\s*것이라고|할\s*수도\s*있다고)\s*(?:\S+\s+)?(?:위협|경고|엄포)|"
            r"(?:폐쇄|봉쇄)\s*(?:를|을|도)?\s*(?:검토|고려|시사)|(?:폐쇄|봉쇄)할\s*(?:수도?\s*있|가능성)|(?:폐쇄|봉쇄)\s*가능성"),
        # ("봉쇄를 해제": the closing lifted, an opening)
        (BorderAction.CLOSED, r"(?:폐쇄|봉쇄)(?!\s*(?:를|을|가|이)?\s*해제)|통행\s*(?:을\s*)?(?:전면\s*|일시\s*|전격\s*)?(?:중단|금지|차단)|닫(?:았|기로|는다|을|아|고|겠|혔)"),
        (BorderAction.OPENED, r"재개방|개방|통행\s*(?:을\s*)?재개|다시\s*(?:열었|열기로|열어|열고|열\s)|(?:폐쇄|봉쇄)\s*(?:를|을|가|이)?\s*해제"),
        (BorderAction.RESTRICTED, r"제한|(?:통제|검문|검사)\s*(?:를|을)?\s*(?:재도입|재개|강화|부활)"),
    ),
    mission=r"대사관|영사관|총영사관|공관|외교관|고등판무관실|고등판무관",
    mission_actions=(
        (MissionAction.DEPARTURE_LIFTED, r"(?:철수\s*명령|강제\s*출국|의무\s*출국)\S*\s*(?:을|를)?\s*해제"),
        (MissionAction.AUTHORIZED_DEPARTURE, r"(?:자발적|자진)\s*(?:출국|철수)|(?:출국|철수)을\s*(?:허가|승인)"),
        (MissionAction.EMERGENCY_SERVICES_ONLY, r"긴급\s*(?:사안|업무|민원)\S*\s*(?:에\s*한해|위주로만)|긴급\s*(?:민원|업무|영사\s*업무|영사\s*민원|(?:영사\s*)?조력)만|긴급(?:한)?\s*(?:경우|상황)(?:에)?만|긴급\s*(?:영사\s*)?(?:상황|업무|민원)?\s*(?:을|를)?\s*제외한"),  # ("긴급 영사 업무를 제외한": all but emergency consular work)
        # ("비자 발급 업무를 일시 중단": its visa work stopped, the mission open)
        # ("영사 민원 업무를 오전에만 운영하고": consular work in the mornings only, shorter hours)
        (MissionAction.REDUCED_SERVICES, r"(?:오전|오후)\s*에만\s*(?:\S+\s+)?운영|단축\s*운영|(?:인력|인원|직원)\S*\s*(?:을|를)?\s*최소(?:한|한도)?\s*(?:으로|로)\s*(?:줄|감축|축소)\S*|(?:비자|사증)\s*(?:발급\s*)?(?:업무\s*)?(?:를|을)?\s*(?:일시\s*|잠정\s*)?(?:중단|중지)|영사\s*(?:업무|서비스|민원)\S*\s*(?:\S+\s+)?(?:축소|제한)|업무\s*(?:를\s*)?축소|일부\s*업무\s*(?:를\s*)?(?:일시\s*)?중단|(?:최소|필수)\s*(?:인원|인력)\S*\s*(?:\S+\s+){0,2}?운영"),
        # ("직원들에게 철수를 명령했다": staff ordered to withdraw; "인력 일부를 철수시켰다": part of the staff withdrawn)
        (MissionAction.ORDERED_DEPARTURE, r"(?:인력|직원|인원|외교관|공관원)\S*\s*일부\S*\s*(?:\S+\s+){0,3}?(?:철수|출국|귀국|소환)|일부\s*(?:인력|직원|인원|외교관)\S*\s*(?:\S+\s+)?(?:철수|출국|소환)|(?:인력|직원|외교관)\S*\s+(?:\S+\s+){0,2}?소환|(?:인력|직원|인원|외교관)\s*(?:을|를)?\s*(?:감축|축소)|(?:필수|최소)\s*(?:인력|인원|직원)\s*(?:을|를)?\s*제외한\s*(?:\S+\s*){0,3}?(?:철수|출국)|(?:공관원\s*|직원\s*|외교관\s*)?가족\S*\s+(?:\S+\s+){0,2}?(?:출국|귀국|철수)시키|(?:철수|출국)\s*(?:을|를)?\s*(?:명령|지시)|(?:비필수|비긴급)\s*(?:인력|직원|인원)\S*\s+(?:\S+\s+){0,3}?(?:철수|출국|귀국)|(?:인력|직원|인원)\s*(?:을|를)\s*(?:\S+\s+)?줄(?:여|이|였)"),
        # ("대사관 인력을 폴란드 등 인접국으로 옮긴": the mission's staff moved abroad)
        (MissionAction.EVACUATED, r"철수|대피|탈출|공수(?:했|해|하|시켰|작전)|(?:인력|직원|인원|공관원)\S*\s+(?:\S+\s+){0,4}?(?:옮기|옮긴|옮겼)"),
        # ("주리비아 대사관 업무는 당분간 ... 튀니스에서 수행할 것": the mission's work done from abroad, closed where it was)
        (MissionAction.SUSPENDED, r"업무(?:는|를|도)?\s+(?:\S+\s+){0,5}?\S+에서\s*(?:수행|처리|담당)|폐쇄|(?:업무|운영|활동)\s*(?:를|을)?\s*(?:일시\s*|잠정\s*|전면\s*)?(?:중단|중지|멈)|잠정\s*폐쇄|휴관|문을\s*닫"),
        (MissionAction.REOPENED, r"재개|다시\s*(?:문을\s*)?(?:열었|열기로|열어|열고|연다)"),
    ),
    neighbour_before=r"(?!x)x",
    mutual=r"상호",
    staff=r"직원|외교관|공관원|가족",
    citizens=r"국민|교민",
    # ("폴란드 등 인접국으로": the mark after "등" and the noun it ends a list with)
    # ("리비아는 ... 여행경보 4단계인 '여행금지' 국가로 지정돼 있다": the topic designated a country of the advice's level)
    place_after=r"\s*(?:전역|전국|에서|에(?!게)|로|으로|주재|등\s+\S+?(?:에서|에(?!게)|으로|로)(?!\S))|"
    r"(?:(?<=[은는])|은|는)(?=\s[^.]{0,60}?(?:국가|지역)\s*(?:으로|로)\s*(?:지정|분류))",
    # ("이라크·아프가니스탄·파키스탄과 맞닿은 이란 접경 지역": the neighbours that locate a border area)
    bordering_after=r"(?:과|와)?\s*(?:맞닿은|접한|인접한|국경을\s*맞댄)|\s*국경\s*(?:지대|지역|인근)",  # ("파키스탄 국경 지역")
    neighbour_after=r"(?:와의|과의|와|과)",
    reasons=((Reason.LIMITED_CONSULAR_CAPACITY, r"영사\s*(?:조력|지원|서비스)\S*\s*(?:\S+\s+){0,3}?(?:제한|어려)"), (Reason.MILITARY_BUILDUP, r"병력\s*(?:\S+\s+)?(?:집결|증강)|군사력\s*증강|집결한\s+(?:\S+\s+)?(?:병력|군|부대)"), (Reason.LIMITED_FLIGHTS, r"결항|항공편\s*(?:이\s*)?(?:취소|중단)|영공\s*(?:을\s*)?폐쇄|운항\s*(?:을\s*)?(?:중단|취소)"), (Reason.WRONGFUL_DETENTION, r"구금|체포"), (Reason.ARMED_CONFLICT, r"분쟁|충돌|무력\s*충돌|전쟁|교전|공습|전투|포격|적대\s*행위|군사\s*(?:작전|행동)"), (Reason.TERRORISM, r"테러"), (Reason.CIVIL_UNREST, r"시위|소요|쿠데타|폭동|정변|반정부"), (Reason.CRIME, r"범죄|갱단|강도|살인|치안\s*(?:불안|악화)"), (Reason.KIDNAPPING, r"납치|인질"), (Reason.HEALTH, r"감염병|코로나\w*|전염병|에볼라|콜레라|감염\s*확산|(?:병|열|바이러스)\s*유행|에볼라\s*유행"), (Reason.NATURAL_DISASTER, r"지진|홍수|태풍|허리케인|사이클론|쓰나미|화산\s*폭발|폭우")),
    not_advice=r"비자|사증|제재",
    level_change=r"(\d)\s*단계에서\s*(\d)\s*단계|레벨\s*(\d)\s*(?:\([^)]{0,30}\))?\s*에서\s*레벨\s*(\d)",
    place_before=r"주",  # "주이스라엘 대사관": the embassy stationed in Israel
    cause=r"때문|따라|인해",
    # "이란의 이스라엘 공격에 따라 ...": the cause's names stand before its word
    cause_after=r"에\s*따라|(?:으)?로\s*인해|때문에",
    similar=r"그렇게\s*했|같은\s*결정|마찬가지로|뒤따랐|동참했|(?:비슷한|유사한|같은|동일한)\s*(?:경고|권고|조치|경보)",
    # ("폐쇄하라고 요구했다": asked of a government, the verb before the asking; "폐쇄할 수도 있다", "폐쇄를 검토": a
    # possibility, which for a border is a threat, read before this)
    negation=r"소문|루머|가짜\s*뉴스|허위|사실이\s*아니|거부|거절|부인|계획(?:이|은|도)?\s*없|(?:중단|폐쇄|철수)하지\s*않|(?:폐쇄|봉쇄)(?:하라고|해\s*달라고|할\s*것을|하라는|하도록)\s*(?:\S+\s+)?(?:요구|촉구|요청|압박|주장)|"
        r"(?:폐쇄|철수)할\s*(?:수도?\s*있|가능성)|(?:폐쇄|철수)\s*(?:를|을|도)?\s*(?:검토|고려)|(?:폐쇄|철수)\s*가능성|"
        # ("직원을 철수시킬 이유는 없다": no reason to withdraw the staff)
        r"(?:폐쇄|철수)(?:시킬|할)\s*(?:이유|필요|계획)(?:는|가|도)?\s*없",
    asked=r"촉구",
    not_before=r"(?!x)x",
    actor_after=r"\s*(?:은|는|이|가|도)(?!\w)|\s*(?:대사관|총영사관|영사관)(?:은|는|이|가|도)(?!\w)|\s*(?:위생복리부\s*)?(?:질병관제서|보안국|위생서|보건부|보건복지부)(?:은|는|이|가|도)(?!\w)|\s*국민|\s*정부|\s*(?:외무부|외교부|국무부|외무성)|\s*등\s+\S+?(?:은|는|이|가|도)(?!\S)|\s*등(?:은|는|이|가|도)(?!\w)",
    home="KR",
    home_mission=r"(?<!\w)주\S{1,12}\s*(?:대사관|총영사관|영사관)",  # (after a space or a headline's "…")
    our_citizens=r"우리\s*국민",
    # "several countries", "Western states": governments left unnamed
    unnamed_states=r"각국|여러\s+나라|서방\s+국가|일부\s+국가|여러\s+국가",
    among=r"등|포함",
    # a subordinate clause's subject, then the unnamed ministry as the topic: the ministry acts
    clause_subject_after=r"(?:가|이)(?!\w)",
    topic_institution=r"(?<!\S)(?:외교부|정부)(?:는|은)(?!\w)",
    institution=r"외무성|외교부|외무부|국무부|정부",
    the_country=r"현지|해당\s*국가",
    # ("전 세계를 대상으로": for the whole world)
    worldwide=r"전\s*세계|모든\s*(?:국가|나라)",
)
