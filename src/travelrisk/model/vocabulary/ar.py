"""Arabic."""

from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason
from travelrisk.model.vocabulary import Vocabulary

VOCABULARY = Vocabulary(
    language="ar",
    directives=(
        (
            Directive.LEAVE_IMMEDIATELY,
            r"(?:دعت|دعا|تدعو|يدعو|حثت|حث|تحث|طالبت|طالب|تطالب|نصحت|تنصح|أوصت|توصي|ناشدت|تناشد|طلبت|تطلب|تطالب)[^.؛]{0,100}?(?:مغادرة|بمغادرة|المغادرة|لمغادرة|الخروج\s+من)|"
            r"(?:مغادرة|بمغادرة)\s+(?:\S+\s+){0,4}?(?:فورا|فوراً|على\s+الفور|في\s+أقرب\s+وقت|في\s+أسرع\s+وقت|دون\s+تأخير|بشكل\s+عاجل)",
        ),
        (Directive.DO_NOT_TRAVEL, r"(?:حذرت|حذر|تحذر|يحذر)\s+(?:\S+\s+){0,4}?من\s+السفر(?!\s+غير\s+الضروري)|عدم\s+السفر(?!\s+غير\s+الضروري)|تجنب\s+(?:\S+\s+)?السفر(?!\s+غير\s+الضروري)|بعدم\s+السفر|لا\s+تسافر\S*|حظر\s+السفر"),
        (Directive.RECONSIDER_TRAVEL, r"إعادة\s+النظر\s+في\s+السفر|السفر\s+غير\s+الضروري|إلا\s+للضرورة"),
        (Directive.INCREASED_CAUTION, r"توخي\s+الحذر|(?:زيادة|مزيد\s+من)\s+الحذر|اليقظة"),
    ),
    advisory=r"تحذير\S*\s+(?:من\s+)?السفر|تحذير\S*|تحذيرات\S*",
    level=r"المستوى\s+(الرابع|الثالث|الثاني|الأول|\d)|مستوى\s+(\d)",
    lowered=r"خفض\S*|تخفيض\S*",
    border=r"الحدود\S*|حدود\S*|معبر\S*|المعابر|منفذ\S*",
    border_actions=(
        (BorderAction.THREATENED_CLOSURE, r"(?:تهدد|هدد\S*|قد\s+تغلق|تدرس)\s+(?:\S+\s+)?(?:إغلاق|بإغلاق)"),
        (BorderAction.CLOSED, r"إغلاق|أغلقت|أغلق|تغلق|مغلق\S*|(?:علقت|علّقت|أوقفت|تعليق|وقف)\s+(?:\S+\s+)?(?:حركة|العبور|المرور|التنقل)"),
        (BorderAction.OPENED, r"فتح|افتتاح|أعادت\s+فتح|إعادة\s+فتح"),
        (BorderAction.RESTRICTED, r"تقييد|قيود|فقط"),
    ),
    mission=r"سفارت\S*|السفارة|سفارة|سفارات|السفارات|القنصلية|قنصلية|البعثة|بعثات|البعثات|الدبلوماسيين|دبلوماسيي\S*|موظفي\s+الحكومة|الموظفين",
    mission_actions=(
        (MissionAction.EMERGENCY_SERVICES_ONLY, r"الحالات\s+الطارئة\s+فقط|(?:فقط|إلا)\s+(?:\S+\s+)?(?:الحالات\s+)?الطارئة"),
        (MissionAction.AUTHORIZED_DEPARTURE, r"سمحت|سمح\s|أذنت|بالمغادرة\s+الطوعية"),
        (MissionAction.ORDERED_DEPARTURE, r"سحب|أمرت|بأمر|بمغادرة\s+البلاد|(?:خفضت|خفّضت|قلصت|قلّصت|خفض|تخفيض|تقليص)\s+(?:\S+\s+){0,2}?(?:موظفي|الموظفين|طاقم|الطاقم|البعثة\s+الدبلوماسية)"),
        (MissionAction.EVACUATED, r"إجلاء|أجلت|إخلاء"),
        (MissionAction.SUSPENDED, r"إغلاق|أغلقت|تعليق\s+(?:\S+\s+)?(?:عمل|أعمال|العمل)"),
        (MissionAction.REDUCED_SERVICES, r"تقليص\S*|تقييد\s+خدمات\S*"),
        (MissionAction.REOPENED, r"إعادة\s+فتح|[أا]عاد\S*\s+(?:\S+\s+){0,2}?(?:فتح|افتتاح)|استئناف\s+(?:\S+\s+)?عمل\S*|استأنف\S*\s+(?:\S+\s+){0,2}?عمل\S*"),
    ),
    neighbour_before=r"(?:مع)",
    mutual=r"بشكل\s+متبادل|في\s+الاتجاهين",
    staff=r"موظف\S*|الموظفين|الدبلوماسيين|عائلات\S*|أفراد\s+عائلات\S*",
    citizens=r"رعايا\S*|مواطني\S*|المواطنين",
    reasons=((Reason.LIMITED_FLIGHTS, r"(?:إلغاء|تعليق)\s+(?:\S+\s+)?الرحلات|إغلاق\s+المجال\s+الجوي|إغلاق\s+المطار"), (Reason.WRONGFUL_DETENTION, r"احتجاز|اعتقال"), (Reason.MILITARY_BUILDUP, r"حشود\S*\s+عسكري\S*|حشد\s+(?:\S+\s+)?القوات"), (Reason.ARMED_CONFLICT, r"حرب|الحرب|القتال|اشتباكات|هجمات|الهجمات|التصعيد|غارات"), (Reason.TERRORISM, r"إرهاب\S*|الإرهاب\S*"), (Reason.CIVIL_UNREST, r"احتجاجات|الاحتجاجات|اضطرابات|مظاهرات"), (Reason.CRIME, r"الجريمة|الجرائم"), (Reason.KIDNAPPING, r"خطف|الاختطاف"), (Reason.HEALTH, r"وباء|الوباء"), (Reason.NATURAL_DISASTER, r"زلزال|فيضانات|إعصار")),
    not_advice=r"تأشير\S*|التأشير\S*|عقوبات|العقوبات",
    place_before=r"(?:في|إلى|الى|(?<!كل )من|ب|داخل)",  # "كل من A و B" (both A and B) lists actors
    cause=r"بسبب|نظرا|نظراً|جراء|بعد\s+|على\s+خلفية",
    negation=r"نفت|نفى|ينفي|تنفي|لم\s+تغلق|لا\s+تزال\s+تواصل|لا\s+(?:تنوي|ينوي|تعتزم|يعتزم)|لن\s+(?:تغلق|يغلق|تقوم|يقوم)|لا\s+(?:توجد|يوجد)\s+(?:نية|خطط)|في\s+حال",
    similar=r"(?:تحذير\S*|دعوة)\s+مماثل\S*",
    numbers={"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4},
    institution=r"وزارة\s+الخارجية|الخارجية|الحكومة|حكومة|السفارة|سفارة",
)
