"""Japanese."""

from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason
from travelrisk.model.vocabulary import Vocabulary

VOCABULARY = Vocabulary(
    language="ja",
    families=r"家族",
    directives=(
        (Directive.LEAVE_IMMEDIATELY, r"退避(?:勧告|してください|を勧告)|(?:直ちに|早急に|速やかに|至急|できるだけ早く)(?:出国|退避|国外に退避|国外へ退避|帰国)|国外(?:に|へ)?(?:避難|脱出)(?:する|を)?よう|出国を(?:(?!検討)[^。、]){0,6}?(?:勧告|促|呼び(?:か|掛)け)|退避を(?:(?!検討)[^。、]){0,6}?(?:呼び(?:か|掛)け|求め|促)|(?:出国|退避|帰国)(?:する|を)?よう(?:に)?(?:呼び(?:か|掛)け|求め|促|勧告|要請)|早期(?:に|の)(?:出国|退避)|出国勧告"),
        # ("渡航を一切自粛", "渡航しないよう", "渡航を禁止"; South Korea's "旅行禁止", its fourth level)
        (Directive.DO_NOT_TRAVEL, r"(?<!不要不急の)渡航(?:は|を)?(?:一切|当面|当分|しばらく|引き続き)?(?:止め|中止|やめ|見合わせ|控え|自粛|禁止)|(?<!不要不急の)渡航しない(?:よう|こと)|旅行禁止|"
         # (Japan's danger information of 2002-2016, its third category: "渡航の延期をお勧めします", postpone travel)
         r"(?<!不要不急の)(?<!観光)渡航(?:の|を)?延期"),
        # ("必要不可欠な渡航以外は控える", "必要な場合を除き", "渡航を再検討": all but essential travel)
        # ("「旅行自制」": South Korea's second level, travel restraint, as Japanese news names it)
        # (Japan's former "観光旅行延期勧告": sightseeing trips put off, other travel not)
        (Directive.RECONSIDER_TRAVEL, r"観光旅行延期勧告|観光(?:目的の)?(?:旅行|渡航)(?:を|は)?(?:延期|見合わせ)|旅行自制|不要不急の(?:\S{1,10}?への)?(?:渡航|旅行|訪問)|必要不可欠な(?:渡航|場合)以外|必要な場合を除|渡航(?:を|の)?(?:再検討|再考)|"
         # (its second category: "渡航の是非を検討してください", consider whether to travel)
         r"渡航の是非を(?:検討|考慮)"),
        # ("身辺の安全に特に留意するよう求めた": asked to mind their personal safety)
        (Directive.INCREASED_CAUTION, r"(?:身辺|身の回り)の安全に(?:特に|十分|十分に|一層)?(?:留意|注意)|十分注意|注意してください|注意(?:を)?呼び(?:か|掛)け|注意喚起|注意を払|警戒(?:する|して)よう|警戒を(?:強め|怠ら)|防護措置(?:の強化|を強化|を講じ)"),
    ),
    # (South Korea's "travel alert" as Japanese news calls it, in "stages": "旅行警報を3段階に引き上げた")
    advisory=r"危険情報|渡航情報|危険レベル|旅行警報|渡航勧告",
    level=r"レベル\s*(?:を|は|が)?\s*(?:レベル\s*)?([1-4１-４])|([1-4１-４])\s*段階(?!のうち|中|で)",
    raised=r"引き上げ|引上げ",
    highest=r"最高|最も高い",
    lowered=r"引き下げ|解除",
    border=r"国境|検問所",
    border_actions=(
        (BorderAction.THREATENED_CLOSURE, r"(?:閉鎖|封鎖)(?:する可能性|の可能性|も辞さない|を検討|も検討|を示唆|すると警告|すると威嚇|する構え|をちらつかせ)"),
        # ("封鎖を解除": the closing lifted, an opening)
        (BorderAction.CLOSED, r"(?:閉鎖|封鎖)(?!(?:を|が)?解除)|閉ざ|閉じ(?:た|る|て|られ)|(?:通行|往来|出入国)を[^、。]{0,6}?(?:停止|禁止|遮断|中止)"),
        (BorderAction.OPENED, r"再開|開放|開通|再び開|(?:閉鎖|封鎖)(?:を|が)?解除"),
        (BorderAction.RESTRICTED, r"制限|(?:国境管理|国境検査|国境での検査|検問|入国審査)(?:を)?(?:再導入|復活|強化|導入)"),
    ),
    mission=r"大使館|領事館|総領事館|館員|外交官|高等弁務官事務所",
    mission_actions=(
        (MissionAction.DEPARTURE_LIFTED, r"(?:命令出国|退避命令|強制退避)\S{0,6}?解除"),
        # ("非緊急職員とその家族に国外退避を許可": leaving allowed, not ordered)
        (MissionAction.AUTHORIZED_DEPARTURE, r"(?:自主的|任意)(?:な|の)?(?:出国|退避)(?:を)?(?:許可|認め)|(?:国外)?(?:退避|出国)(?:を|の)?(?:許可|認め)"),
        # ("緊急の邦人援護については電話で対応する": emergencies handled, by phone)
        (MissionAction.EMERGENCY_SERVICES_ONLY, r"緊急(?:の)?[^、。]{0,12}?のみ|緊急(?:の)?\S{0,6}?(?:援護|案件|事案)(?:について)?は\S{0,12}?対応"),
        # (staff cut "to the minimum": the mission works on, before the drawdown reading of a staff cut)
        (MissionAction.REDUCED_SERVICES, r"(?:館員|職員|人員)(?:を|の)?(?:最小限|最低限)(?:に|まで)(?:削減|縮小)"),
        (MissionAction.ORDERED_DEPARTURE, r"(?:出国|退避|退去)(?:を)?(?:命じ|指示)|(?:出国|退避|退去)命令|(?:館員|職員|外交官)[^、。]{0,10}?(?:召還|呼び戻)|(?:館員|職員|人員|外交官)(?:を|の)?(?:削減|縮小)|(?:館員|職員|外交官)(?:を|の)?(?:一部)?(?:引き揚げ|撤収)"),
        # ("陸路で出国する場合": how people leave, not the mission's staff)
        (MissionAction.EVACUATED, r"退避(?!勧告)|避難|脱出|全員(?:を|が)?(?:撤収|引き揚げ)|国外に退避|(?:館員|職員|大使館員|外交官)\S{0,12}?出国"),
        # ("一部の業務を停止": some of its work stopped, the mission stays open)
        # ("窓口業務停止", "受け付けを停止": its counters closed, the mission at work)
        (MissionAction.REDUCED_SERVICES, r"一部(?:の)?業務を(?:一時)?停止|(?:領事業務|ビザ面接|査証面接)\S{0,12}?予約を(?:すべて|全て)?(?:取り消|キャンセル)|業務を(?:大幅に|一部)?縮小|業務(?:を)?制限|(?:査証|ビザ)(?:の)?(?:発給)?(?:業務)?(?:を)?(?:一時)?(?:停止|休止|中止)|(?:領事)?サービス(?:を)?(?:制限|縮小)|窓口業務(?:を)?(?:一時)?停止|受け付けを(?:一時)?停止"),
        (MissionAction.SUSPENDED, r"閉館|(?<!窓口)業務を(?:一時)?停止|(?<!窓口)業務停止|一時閉鎖|閉鎖|閉じ(?:た|る|て|られ)|(?<!窓口)(?:業務|運営|活動)(?:を)?(?:一時)?(?:休止|中断)|運営(?:を)?(?:一時)?停止"),
        (MissionAction.REOPENED, r"再開|業務を再開"),
    ),
    neighbour_before=r"(?!x)x",
    mutual=r"相互",
    staff=r"館員|職員|外交官|家族",
    citizens=r"邦人|自国民|国民",
    place_after=r"(?:に(?!対)|で|へ|にある|に滞在|在勤|を訪(?:れ|問)|全土|全域|国内)",  # ("日本を訪れる市民": citizens visiting Japan; "ハイチ全土に": all of Haiti)
    # ("アルジェリア、…、チャドの5カ国との": the list's count of countries before the particle)
    # ("3カ国への渡航警戒", "両国への渡航"): the countries the sentences before named
    these_countries=r"(?:[0-9０-９二三四五六七八九十]{1,2}(?:カ|か|ヵ|ケ)国|両国)(?:へ|に|で|を|から|の)",
    neighbour_after=r"(?:の[0-9０-９一二三四五六七八九十]{1,2}カ国)?(?:との|と)",
    # ("トルクメニスタンやアルメニアを経由した陸路での退避": countries passed through on the way out, no advice about them)
    # ("パンジャブ州のパキスタン国境地帯": the border area along Pakistan, in India)
    bordering_after=r"(?:[や、]\S{1,12}?)?(?:を?経由|との国境|国境(?:地帯|地域|付近|沿い))",
    reasons=((Reason.LIMITED_CONSULAR_CAPACITY, r"領事(?:支援|援護|サービス)\S{0,12}?(?:限られ|限定|制限)"), (Reason.MILITARY_BUILDUP, r"(?:部隊|兵力|軍)\S{0,4}集結|軍事的(?:な)?増強"), (Reason.LIMITED_FLIGHTS, r"欠航|運休|空港の閉鎖|空港が閉鎖|領空を閉鎖|商業便\S{0,6}停止"), (Reason.WRONGFUL_DETENTION, r"拘束|拘留|逮捕"), (Reason.ARMED_CONFLICT, r"紛争|衝突|戦闘|武力衝突|戦争|攻撃|交戦|戦火|空爆|砲撃|軍事(?:作戦|行動)"), (Reason.TERRORISM, r"テロ"), (Reason.CIVIL_UNREST, r"デモ|暴動|クーデター|騒乱|騒擾|政変|抗議活動"), (Reason.CRIME, r"犯罪|ギャング|強盗|殺人|治安(?:の)?悪化"), (Reason.KIDNAPPING, r"誘拐|人質"), (Reason.HEALTH, r"感染症|新型コロナ\w*|エボラ|コレラ|疫病|感染(?:の)?拡大|(?:病|熱|ウイルス|感染症)の流行"), (Reason.NATURAL_DISASTER, r"地震|洪水|台風|ハリケーン|サイクロン|津波|噴火|豪雨")),
    not_advice=r"ビザ|査証|制裁",
    level_change=r"レベル\s*(?:を|は|が)?\s*(\d)\s*(?:[（(][^）)]*[）)])?\s*から\s*(?:レベル\s*)?(\d)",
    place_before=r"(?:在|駐)",  # "在マリ大使館": the embassy in Mali
    cause=r"ため|により|を受け(?:て)?|理由に",
    # ("イスラエル軍とヒズボラの戦闘が激化していることを受け、レバノン全土の...": the fighting's names are the cause's; a
    # noun's "攻撃を受け" may name the place attacked, which the advice is about)
    cause_after=r"(?:こと)?を受け(?:て)?",  # ("軍事衝突を受けて": in response to the clashes)
    similar=r"追随|同じ措置|同様の(?:勧告|警告|呼び(?:か|掛)け|注意喚起|措置)",
    # ("国境を閉鎖していないが": has not closed it)
    # ("閉鎖するよう政府に求めた": asked of a government, the verb before the asking; "閉鎖する可能性": a possibility)
    negation=r"噂|うわさ|デマ|誤情報|偽情報|フェイク|事実無根|通常通り業務|拒否|拒ん|否定|(?:引き上げ|発出し|出し)て(?:いません|いない)|予定はない|方針はない|考えはない|しない方針|(?:閉鎖|封鎖|閉館)しなかった|(?:閉鎖|封鎖|閉館)(?:する)?よう[^、。]{0,8}?(?:求め|要求|要請|訴え|迫)|(?:閉鎖|閉館|撤収)(?:する|の)可能性|(?:閉鎖|封鎖|停止)(?:して(?:い)?(?:ない|おらず|ません)|しておらず)",
    asked=r"求め|呼び(?:か|掛)け|促し",
    not_before=r"(?!x)x",
    numbers={"１": 1, "２": 2, "３": 3, "４": 4},
    # ("ニジェールの軍事政権は": the state's rulers)
    actor_after=r"(?:(?:[（(][A-Za-zＡ-Ｚ]{2,6}[)）])?(?:など|等)?(?:は|が|も(?![のっ]))|(?:大使館|総領事館|領事館)(?:は|が|も(?![のっ]))|政府|外務省|外交省|外交部|国務省|の\S{0,6}?(?:政権|政府|当局)(?:は|が|も)|\S{0,8}?政府(?:は|が|も)|(?:特別行政区)?(?:政府)?\S{0,6}?(?:保安局|衛生福利部|疾病管制署)(?:は|が|も))",  # ("イギリスなども": Britain and others too)
    home="JP",
    home_mission=r"在\S{1,12}?(?:大使館|総領事館|領事館)",
    our_citizens=r"邦人",
    # "several countries", "Western states": governments left unnamed
    unnamed_states=r"各国|複数の国|欧米諸国|多くの国",
    among=r"など|をはじめ",
    # a subordinate clause's subject, then the unnamed ministry as the topic: the ministry acts
    clause_subject_after=r"が",
    topic_institution=r"(?<![\u30a0-\u30ff\u4e00-\u9fff])(?:外務省|政府)は",
    institution=r"外務省|外交部|国務省|政府|当局",
    the_country=r"現地|同国|同地区|同州|同地域|同省",
    # ("全世界を対象に": for the whole world)
    worldwide=r"全世界|世界全体|すべての国(?:・地域)?|全ての国(?:・地域)?",
)
