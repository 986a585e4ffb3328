"""Persian."""

from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason
from travelrisk.model.vocabulary import Vocabulary

VOCABULARY = Vocabulary(
    language="fa",
    families=r"خانواده\S*",
    directives=(
        (Directive.LEAVE_IMMEDIATELY, r"(?:ترک\s+(?:کنند|کنید|کرده)|خارج\s+شوند)[^.]{0,40}?(?:توصیه|خواست|فراخوان)|(?:خواست|خواستار\s+شد|توصیه\s+کرد|فراخواند)[^.]{0,80}?(?:ترک\s+کنند|خارج\s+شوند|به\s+(?:کشور|وطن|میهن)\S*\s+(?:\S+\s+)?(?:بازگردند|برگردند))|(?:فورا\S*|فوراً|هرچه\s+(?:سریع|زود)\S*|هر\s+چه\s+(?:سریع|زود)\S*|در\s+اسرع\s+وقت|همین\s+حالا|بلافاصله)\s+(?:\S+\s+){0,3}?(?:ترک(?!یه)|خارج\s+شو(?:ند|ید))|"
            # ("خواستار خروج فوری اتباع خود از عراق شد": the immediate exit of nationals, a noun; not of diplomats, expelled)
            r"(?:خروج|ترک)\s+(?:فوری|سریع|هرچه\s+سریع\S*)\s+(?:\S+\s+){0,2}?(?:اتباع|شهروندان|هموطنان)"),
        # ("سفر خود را ... به تعویق بیندازند": to postpone their trips)
        (Directive.DO_NOT_TRAVEL, r"از\s+(?:هر\s*گونه\s+|هر\s+نوع\s+)?سفر\s+(?:\S+\s+){0,8}?(?:خودداری|اجتناب)|سفر\s+نکن(?:ند|ید)|منع\s+سفر|عدم\s+سفر|سفر\s+(?:\S+\s+){0,12}?ممنوع\s+(?:کرد|اعلام|شد|است)|سفر\s+(?:\S+\s+){0,6}?به\s+تعویق\s+(?:بینداز|انداخت)\S*"),
        (Directive.RECONSIDER_TRAVEL, r"سفرهای\s+غیر[\s‌]*ضروری|سفر\s+غیر[\s‌]*ضروری|سفر\s+(?:\S+\s+){0,4}?(?:تجدید[\s‌]*نظر|بازنگری)|سفر\s+(?:\S+\s+){0,6}?در\s+صورت\s+(?:ضرورت|لزوم)|(?:جز|مگر)\s+در\s+موارد\s+ضروری(?=\s+(?:\S+\s+){0,4}?سفر)"),
        (Directive.INCREASED_CAUTION, r"احتیاط|هوشیار|مراقب\s+(?:\S+\s+)?باش"),
    ),
    advisory=r"هشدار\S*\s+سفر|هشدار\S*",
    level=r"سطح\s+(\d|چهارم|سوم|دوم|اول|چهار|سه|دو(?!\s+کشور)|یک)(?![\w‌])",
    raised=r"افزایش|ارتقا|رساند",
    highest=r"بالاترین|حداکثر",
    lowered=r"کاهش|لغو",
    border=r"مرز\S*|گذرگاه\S*",
    border_actions=(
        # ("تهدید کرد که مرز ... را خواهد بست", "در حال بررسی بستن": threatened to close, considering closing)
        (BorderAction.THREATENED_CLOSURE, r"تهدید\s+(?:\S+\s+){0,8}?(?:بستن|ببند\S*|بست|مسدود)|(?:بررسی|احتمال)\s+(?:\S+\s+)?(?:بستن|مسدود\s+کردن)|بستن\s+(?:\S+\s+){0,4}?[«\"]?روی\s+میز"),
        (BorderAction.CLOSED, r"بسته\s+شد|(?<!\w)بست\S*|می[‌\s]?بند(?:د|ند)|مسدود|(?:تردد|عبور\s+و\s+مرور)\s+(?:\S+\s+){0,9}?(?:متوقف|ممنوع|تعطیل|تعلیق)|(?:توقف|قطع)\s+(?:\S+\s+)?تردد"),
        # (not "تصمیم درباره بازگشایی": a decision about reopening, to be taken)
        (BorderAction.OPENED, r"(?<!درباره\s)(?<!زمان\s)بازگشایی|باز\s+شد|گشوده\s+شد|باز\s+(?:کرد|کردند|می[‌\s]?کند|می[‌\s]?کنند|خواهد)|از\s+سر\s+گرفت\S*|ازسرگیری"),
        # ("تنها کامیون‌ها ... اجازه عبور دارند": only lorries may cross; "به روی مسافران بسته": closed to passengers)
        # ("عبور مسافر ... را متوقف کرده، اما کامیون‌های حامل کالا همچنان ... عبور می‌کنند": passengers stopped, freight goes on)
        (BorderAction.RESTRICTED, r"(?:تردد|عبور)\s+مسافر\S*\s+(?:\S+\s+){0,14}?(?:متوقف|ممنوع|تعلیق|تعطیل)\S*"
            r"(?=[^.]*?(?:اما|ولی)\s+(?:\S+\s+){0,3}?(?:کامیون|کالا|بار))|محدود|فقط|به\s+روی\s+عابران|تنها\s+(?:\S+\s+){0,2}?(?:کامیون|محموله|کالا|بار)|به\s+روی\s+مسافران\s+(?:\S+\s+)?بست"),
    ),
    # (not "رابطه دیپلماتیک", diplomatic relations: a tie, not a mission)
    mission=r"سفارت\S*|کنسولگری\S*|(?<!رابطه\s)(?<!روابط\s)دیپلمات\S*|خدمات\s+کنسولی",
    mission_actions=(
        (MissionAction.DEPARTURE_LIFTED, r"(?:لغو|رفع)\s+(?:\S+\s+){0,2}?(?:خروج\s+اجباری|دستور\s+خروج)"),
        (MissionAction.EMERGENCY_SERVICES_ONLY, r"(?:فقط|تنها)\s+(?:\S+\s+){0,4}?(?:اضطراری|فوری)|موارد\s+اضطراری"),
        (MissionAction.REDUCED_SERVICES, r"خدمات\s+کنسولی\s+(?:\S+\s+){0,6}?(?:تعلیق|متوقف|محدود|کاهش)|(?:روادید|ویزا)\s+(?:\S+\s+){0,12}?(?:تعلیق|متوقف)|با\s+(?:کارکنان|کادر|پرسنل)\s+(?:محدود|حداقلی)|به\s+حداقل\s+(?:ممکن\s+)?(?:کاهش|رسید)"),
        # ("اجازه داد داوطلبانه ... ترک کنند": allowed to leave voluntarily)
        (MissionAction.AUTHORIZED_DEPARTURE, r"اجازه\s+(?:داد|دادند|می[‌\s]?دهد)\S*\s+(?:\S+\s+){0,3}?(?:داوطلبانه|ترک|خارج)|داوطلبانه\s+(?:\S+\s+){0,3}?(?:ترک|خارج)"),
        # ("همه کارکنان و ... خانواده‌هایشان را ... خارج می‌کند": all the staff and their families taken out)
        # ("همه کارکنان دیپلماتیک این کشور ایران را ترک کرده‌اند": all its diplomatic staff have left Iran)
        (MissionAction.EVACUATED, r"همه\s+(?:\S+\s+){0,3}?(?:دیپلمات|کارکنان|کارمندان)\S*\s+(?:\S+\s+){0,10}?(?:خارج\s+(?:کرد|شد|می|خواهد)|ترک\s+(?:کرد|کرده|کردند|می|خواهند))"),
        # (families taken out, staff told to leave, diplomats recalled)
        (MissionAction.ORDERED_DEPARTURE, r"کارکنان\s+(?:\S+\s+){0,5}?(?:کاهش|فراخوان)|(?:کاهش|فراخواندن)\s+(?:\S+\s+)?کارکنان|خانواده\S*\s+(?:\S+\s+){0,8}?(?:خارج|فراخوان|بازگرداند)\S*|دستور\s+(?:\S+\s+){0,5}?(?:ترک|خارج)|دیپلمات\S*\s+(?:\S+\s+){0,6}?فراخوا\S*|فراخواندن\s+(?:\S+\s+)?دیپلمات"),
        # ("دیپلمات‌ها را ... از کشور خارج کرد": took the diplomats out of the country)
        (MissionAction.EVACUATED, r"تخلیه|(?:دیپلمات|کارکنان|کارمندان)\S*\s+(?:\S+\s+){0,10}?خارج\s+(?:کرد|شد|می|خواهد)"),
        # ("را ... بست", "می‌بندد", "خواهد بست", "بستند": closed, is closing, will close; not "ببندد" after "may")
        # (not the embassy's attaché or trade offices: "دفاتر وابسته نظامی ... سفارت نیز تعطیل می‌شود" is a reduction)
        (MissionAction.REDUCED_SERVICES, r"(?:شمار|تعداد)\s+(?:\S+\s+){0,3}?(?:دیپلمات|کارکنان|کارمندان)\S*\s+(?:\S+\s+){0,8}?کاهش"),
        (MissionAction.REDUCED_SERVICES, r"دفاتر\s+(?:\S+\s+){0,8}?(?:سفارت\S*\s+)?(?:\S+\s+){0,2}?تعطیل"),
        (MissionAction.SUSPENDED, r"تعطیل|بسته\s+(?:خواهد\s+)?شد|بسته\s+می[‌\s]?شود|(?<![\w‌])بست(?:ند)?(?![\w‌])|می[‌\s]?بند(?:د|ند)|تعلیق\s+(?:\S+\s+)?فعالیت|فعالیت\S*\s+(?:\S+\s+){0,8}?(?:تعلیق|متوقف)"),
        (MissionAction.REOPENED, r"بازگشایی|از\s+سر\s+گرفت\S*|ازسرگیری|دوباره\s+(?:باز|گشوده)"),
    ),
    neighbour_before=r"(?:با)",
    mutual=r"متقابل",
    citizens=r"شهروندان|اتباع",
    reasons=((Reason.LIMITED_CONSULAR_CAPACITY, r"کمک\S*\s+کنسولی\s+(?:\S+\s+){0,3}?محدود|خدمات\s+کنسولی\s+(?:\S+\s+){0,3}?محدود"), (Reason.MILITARY_BUILDUP, r"تجمع\s+(?:\S+\s+)?نیروهای\s+نظامی|استقرار\s+نیروهای\s+نظامی"), (Reason.CRIME, r"جنایت|جرم\s+و\s+جنایت|جرائم|تبهکار\S*|باند\S*\s+(?:\S+\s+)?(?:مسلح|جنایتکار)"), (Reason.KIDNAPPING, r"آدم[\s‌]*ربایی|گروگان\S*"), (Reason.HEALTH, r"بیماری\S*\s+واگیر\S*|شیوع|کرونا|کووید|همه[\s‌]*گیری|ابولا|اپیدمی"), (Reason.NATURAL_DISASTER, r"زلزله|زمین[\s‌]*لرزه|(?<![\w‌])سیل(?:اب\S*|‌ها)?(?![\w‌])|طوفان|توفان"), (Reason.LIMITED_FLIGHTS, r"(?:لغو|تعلیق)\s+(?:\S+\s+)?پرواز\S*|بسته\s+شدن\s+حریم\s+هوایی"), (Reason.WRONGFUL_DETENTION, r"بازداشت"), (Reason.ARMED_CONFLICT, r"نزاع|جنگ|درگیری|حمله(?!\S*\s+تروریست)|حملات(?!\s+تروریست)|عملیات\s+نظامی"), (Reason.TERRORISM, r"تروریس\S*"), (Reason.CIVIL_UNREST, r"اعتراضات|ناآرامی|شورش|کودتا")),
    not_advice=r"ویزا|روادید|تحریم",
    place_before=r"(?:در|به|از|مقیم|ساکن)\s*",
    # "ایران را ترک کنند": the object marker after the place left
    place_after=r"\s+را(?!\S)",
    cause=r"به\s+دلیل|به\s+علت|در\s+پی|زیرا|چرا\s+که|پس\s+از|بعد\s+از",
    similar=r"پیروی\s+کرد\S*|اقدام\S*\s+مشابه\S*|تصمیم\S*\s+مشابه\S*|همین\s+کار\s+را\s+کرد\S*|(?:هشدار|توصیه|درخواست)\S*\s+مشابه\S*|(?:هشدار|توصیه)\S*\s+(?:\S+\s+)?مشابهی",
    # ("بستن مرزهای ایران ... در دستور کار نیست": closing is not on the agenda)
    # ("با رد اخبار", rejecting the reports; "صحت ندارد", is untrue; "ساختگی", made up; "شایعه", a rumour; "هیچ تصمیمی", no decision)
    # ("در صورت بهبود اوضاع، بازگشایی مرزها ... امکان‌پذیر خواهد بود": once things improve; "ابراز امیدواری ... بازگشایی": hoped)
    negation=r"اخبار\s+جعلی|خبر\s+جعلی|در\s+صورت\s+بهبود|امیدواری|به\s+کار\s+خود\s+ادامه|با\s+رد\s|صحت\s+ندار|ساختگی|شایعه|هیچ\s+تصمیمی|نپذیرفت\w*|هیچ\s+محدودیتی\s+(?:\S+\s+){0,4}?\S*نکرد|رد\s+کرد|تکذیب|در\s+دستور\s+کار\s+نیست|برنامه\S*\s+(?:\S+\s+){0,3}?ندار|بی[\s\u200c]?اساس|مذاکره\s+می[\s\u200c]?کنند|هنوز\s+(?:\S+\s+){0,6}?اعلام\s+نکرده",
    asked=r"خواستار|درخواست\s+کرد\w*|خواست\w*\s+تا",
    # ("مقدمات بازگشایی سفارت را پیگیری می‌کند": preparations for a reopening, not done)
    not_before=r"مقدمات|آماده\S*\s+برای|هیچ",
    numbers={"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "اول": 1, "دوم": 2, "سوم": 3, "چهارم": 4},
    level_change=r"از\s+سطح\s+(\d|یک|دو|سه|چهار)\s+به\s+(?:سطح\s+)?(\d|یک|دو|سه|چهار)(?![\w‌])",
    home="IR",
    subject_first=True,
    our_citizens=r"هموطنان|(?:شهروندان|اتباع)\s+(?:\S+\s+)?ما\b",
    # "several countries", "Western states": governments left unnamed
    # ("ترک این کشور": the place advised about)
    the_country=r"این\s+کشور|آن\s+کشور",
    unnamed_states=r"(?:چند|برخی|شماری\s+از)\s+کشور\S*|کشورهای\s+غربی",
    among=r"از\s+جمله",
    # ("وزارت کشور", "ستاد مرکزی اربعین": the interior ministry and its headquarters speak for the government too)
    institution=r"وزارت\s+(?:امور\s+)?خارجه|دولت|وزارت\s+کشور|ستاد\s+مرکزی|استانداری|فرمانداری|مرزبانی",  # (a province's governor's office, the border guard)
)
