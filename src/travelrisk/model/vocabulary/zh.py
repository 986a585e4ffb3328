"""Chinese (simplified and traditional)."""

from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason
from travelrisk.model.vocabulary import Vocabulary

VOCABULARY = Vocabulary(
    language="zh",
    directives=(
        (Directive.LEAVE_IMMEDIATELY, r"(?:尽快|儘速|儘快|立即|尽速|尽早|儘早|马上|馬上|即刻|从速|從速)(?:撤离|離境|离境|撤離|离开|離開|回国|回國|出境)|(?:撤离|撤離)|(?:呼吁|呼籲|敦促|要求|建议|建議)[^。；]{0,20}?(?:离开|離開|撤离|撤離|离境|離境)"),
        (Directive.DO_NOT_TRAVEL, r"(?:暂勿|暫勿|避免|不要|切勿|请勿|請勿|勿)前往|避免(?:非必要)?旅[游遊行]"),
        (Directive.RECONSIDER_TRAVEL, r"(?:暂缓|暫緩)前往|非必要(?!人员|工作人员|馆员)"),
        (Directive.INCREASED_CAUTION, r"谨慎前往|謹慎前往|(?:提高|加强|加強)(?:警惕|警覺|安全防范|防範)|注意安全"),
    ),
    advisory=r"旅[游遊]警示|旅[行游遊]警[告报報]|旅[行游遊]预警|旅[行游遊]預警|安全提醒|旅[行游遊]提醒",
    # (not "旅遊警示分為4級": the scale's size)
    level=r"第\s*([0-9一二三四])\s*[级級]|(?<!分為)(?<!分为)(?<!分成)(\d)\s*[级級]",
    raised=r"上调|提高|升级|调升",
    highest=r"最高",
    lowered=r"(?:下调|下調|调降|調降|降低|解除|取消)",
    border=r"口岸|边境|邊境|边界|邊界|关口|關口",
    border_actions=(
        (BorderAction.THREATENED_CLOSURE, r"(?:可能|考虑|考慮|威胁|威脅)(?:关闭|關閉)"),
        # ("进入冬季闭关期": the port's seasonal closing; "停止办理出入境手续": no more crossings handled)
        (BorderAction.CLOSED, r"(?:关闭|關閉|封闭|封閉|封锁|封鎖|关停|關停|暂停通关|暫停通關|停止通关|停止通關|暂停通行|暫停通行|停止通行|闭关|閉關|停止办理出入境|停止辦理出入境)|(?:暂停|暫停|停止)了?[^。，,]{0,12}?(?:通关|通關|通行)"),
        (BorderAction.OPENED, r"(?:重新开放|重新開放|恢复开放|恢復開放|恢复通关|恢復通關|恢复通行|恢復通行|恢复开关|恢復開關|开放|開放)|(?:恢复|恢復)了?[^。，,]{0,12}?(?:通关|通關|通行)"),
        (BorderAction.RESTRICTED, r"(?:限制|仅限|僅限)"),
    ),
    mission=r"大使馆|大使館|领事馆|領事館|领馆|領館|使馆|使館|外交人员|外交人員|驻\S{1,8}?办事处|駐\S{1,8}?辦事處",
    mission_actions=(
        (MissionAction.REDUCED_SERVICES, r"(?:有限|有限的)领事服务|(?:暂停|暫停)部分(?:业务|業務|服务|服務|工作)"),
        (MissionAction.AUTHORIZED_DEPARTURE, r"(?:授权|批准|允许)\S{0,20}?(?:自愿)?(?:离开|撤离)|自愿离[开境]"),
        (MissionAction.EMERGENCY_SERVICES_ONLY, r"仅(?:受理|办理|提供|处理)\S{0,6}?紧急|只(?:受理|办理|处理)\S{0,6}?紧急|仅保留\S{0,12}?(?:应急|應急|紧急|緊急)"),
        (MissionAction.ORDERED_DEPARTURE, r"(?:下令|命令|要求)\S{0,24}?(?:人员|人員|家属|家屬|雇员|僱員)\S{0,6}?(?:撤离|撤離|离开|離開|离境|離境)|(?:减少|減少|缩减|縮減|撤回|撤出)(?:了)?(?:部分)?(?:外交人员|外交人員|馆员|館員|工作人员|工作人員|人员|人員)|"
         r"(?:将|把|將)(?:部分|一些|一部分)(?:外交人员|外交人員|馆员|館員|工作人员|工作人員|人员|人員)\S{0,4}?(?:撤至|撤到|撤往|撤离|撤離|撤出)"),
        # ("从太子港撤出美国驻海地使馆部分非必要人员": staff taken out)
        (MissionAction.EVACUATED, r"撤离|撤離|撤侨|撤僑|撤出\S{2,24}?(?:人员|人員)"),
        # (near the mission's word: "机场...暂停商业航班" suspends flights, not the embassy one names for help)
        (MissionAction.SUSPENDED, r"闭馆|閉館|(?:关闭|關閉|暂停|暫停)\S{0,10}?(?:使馆|使館|领事馆|領事館|办公|辦公|运作|運作|工作|业务|業務|服务|服務)|(?:使馆|使館|领事馆|領事館)\S{0,12}?(?:关闭|關閉|暂停|暫停)"),
        (MissionAction.REOPENED, r"(?:复馆|復館|恢复办公|恢復辦公|恢复对外办公|恢復對外辦公|重新开放|重新開放|恢复运作|恢復運作|恢复对外|恢復對外)"),
    ),
    neighbour_before=r"(?:与|與|同|和)",
    mutual=r"双向|雙向|相互",
    staff=r"外交人员|外交人員|馆员|館員|工作人员|工作人員|非紧急人员|非緊急人員|家属|家屬",
    citizens=r"公民|国民|國民|侨民|僑民",
    reasons=((Reason.LIMITED_CONSULAR_CAPACITY, r"领事(?:保护|协助|服务)\S{0,10}?(?:有限|受限)|領事(?:保護|協助|服務)\S{0,10}?(?:有限|受限)|(?:协助|協助)能力有限"), (Reason.MILITARY_BUILDUP, r"集结|集結|屯兵|军事部署|軍事部署"), (Reason.LIMITED_FLIGHTS, r"航班\S{0,3}?(?:取消|停飞|停飛|暂停|暫停)|取消航班|(?:关闭|關閉)领空|(?:关闭|關閉)領空"), (Reason.WRONGFUL_DETENTION, r"拘留|拘押|逮捕"), (Reason.ARMED_CONFLICT, r"(?<!暴力)冲突|(?<!暴力)衝突|战争|戰爭|交火|武装(?!团伙|團夥|帮派|幫派)|武裝(?!团伙|團夥|帮派|幫派)|空袭|空襲"), (Reason.TERRORISM, r"恐怖"), (Reason.CIVIL_UNREST, r"抗议|抗議|骚乱|騷亂|示威|动荡|動盪|動蕩|暴力冲突|暴力衝突"), (Reason.CRIME, r"犯罪|抢劫|搶劫|团伙|團夥|帮派|幫派|治安"), (Reason.KIDNAPPING, r"绑架|綁架"), (Reason.HEALTH, r"疫情|新冠\w*"), (Reason.NATURAL_DISASTER, r"地震|洪水|台风|颱風")),
    not_advice=r"签证|簽證|制裁",
    level_change=r"[从由]\s*(\d)\s*[级級][^，。]{0,4}?[为到至為]\s*(\d)\s*[级級]",
    # ("将以色列全境的旅行警报上调至第三级", "对委内瑞拉发布旅行警告": the object of the raised warning)
    # ("將西非國家尼日的旅遊警示": the place after a word for what kind of country it is)
    place_before=r"(?:在|赴|前往|到|于|於|驻|駐|将|將|把|对|對)(?:[^，。、；\s]{0,4}(?:國家|国家|地區|地区))?",
    place_after=r"(?:全境|境内|境內)",
    cause=r"(?:由于|由於|因为|因為|鉴于|鑑於)",
    similar=r"效仿|紧随其后|緊隨其後|也采取了同样|也採取了同樣|类似的?(?:警告|提醒|呼吁|建议)|類似的?(?:警告|提醒|呼籲|建議)|同样的?(?:警告|提醒|呼吁|建议)|同樣的?(?:警告|提醒|呼籲|建議)",
    # ("双方将积极推动红其拉甫口岸常年开放": an aim, nothing done)
    negation=r"拒绝|拒絕|(?:否认|否認|辟谣|闢謠|若|如果|(?:不会|不會|无意|無意|没有计划|沒有計劃|暂无计划|暫無計劃)(?:关闭|關閉|封闭|封閉|撤离|撤離|撤馆|撤館))|推动\S{0,12}?(?:开放|開放|开通|開通)|推動\S{0,12}?(?:开放|開放)|争取\S{0,12}?(?:开放|開放)|另行(?:公布|通知)",
    asked=r"呼吁|呼籲|敦促|促请|促請",
    not_before=r"不|未|没有|沒有",
    crossing_count=r"([0-9一二两兩三四五六])\s*(?:个|個|座)?口岸",
    numbers={"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6},
    among=r"包括|其中",
    remains_before=r"(?:照常|仍然|仍|依然|继续|繼續)",
    institution=r"外交部|政府|移民总局|移民總局",
    # ("建議國人不宜前往": Taiwan's ministry writes of its people so; Beijing's of "中国公民", Hong Kong's of "港人")
    home_words=((r"國人|国人", "TW"), (r"港人", "HK")),
)
