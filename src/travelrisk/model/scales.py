"""Each government's own advice scale, in its own words, and where each step sits on the common 1–4 scale.

One `Scale` per issuer that publishes in its own language or on its own scale: the steps (a code, colour,
number or phrase as the source names it), the government's wording for each, the level and directive it maps
to, a pattern that finds the wording in running text, and how sure we are of that wording: V = seen in a real
payload or page, S = from secondary sources (other projects, news), I = inferred by us. Also the words, in the
source's language, that tell people already there to get out. The mappings are written here once; the
parsers and `travelrisk sources list` read them (pure: no I/O).

Two doctrines apply to every scale:
- a place a government does not rate is *not rated*, never level 1;
- regional advice never raises the national level; when a source names only areas and states no level for
  the rest of the country, the national level is `REGIONAL_ONLY_LEVEL` (2) and the areas are regional entries.

Israel's National Security Council rates the *terror threat to Israelis*, not travel safety in general: its
scale is marked `in_consensus=False` and stays out of any median or strictest level across governments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from travelrisk.model.lexicon import states_leave_now
from travelrisk.model.types import DIRECTIVE_STRENGTH, Directive

_I = re.IGNORECASE

REGIONAL_ONLY_LEVEL = 2


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a government's scale and its place on the common scale."""

    key: str  # how the payload names it: a code, a colour, a number or the phrase itself
    wording: str  # the government's own words for the step
    level: int  # 1-4 on the common scale
    directive: Directive
    pattern: re.Pattern[str] | None = None  # finds the wording in running text (None: known by key only)
    evidence: str = "V"  # V verified in a real sample, S secondary, I inferred


@dataclass(frozen=True)
class Scale:
    issuer: str
    authority: str
    language: str  # BCP 47 tag of the wording
    steps: tuple[Step, ...]
    leave: re.Pattern[str] | None = None  # words telling people there to leave (a leave_immediately directive)
    not_rated: re.Pattern[str] | None = None  # wording of a page that gives no advice for a place
    in_consensus: bool = True  # False: the scale measures something else; kept out of cross-government figures
    measures: str = "risk to its citizens travelling"

    def step(self, key: object) -> Step:
        """The step a payload names by its code, colour or number (KeyError when unknown or missing)."""
        if not isinstance(key, str | int) or isinstance(key, bool):
            raise KeyError(f"{self.issuer}: no level given ({key!r})")
        wanted = str(key).strip().casefold()
        for step in self.steps:
            if step.key.casefold() == wanted:
                return step
        raise KeyError(f"{self.issuer}: unknown level {key!r}")

    def strongest_in(self, text: str) -> tuple[Step, re.Match[str]] | None:
        """The most severe step whose wording appears in `text`, with where it appears."""
        found = [(step, match) for step in self.steps if step.pattern and (match := step.pattern.search(text))]
        if not found:
            return None
        return max(found, key=lambda item: (item[0].level, DIRECTIVE_STRENGTH[item[0].directive]))

    def directive(self, step: Step, statement: str = "") -> Directive:
        """The step's directive, raised to `leave_immediately` when a level-4 statement tells people to leave."""
        if step.level == 4 and self.leave is not None and self.leave.search(statement):
            return Directive.LEAVE_IMMEDIATELY
        return step.directive

    def levels(self) -> dict[str, int]:
        """Native wording -> common level, for the source registry and `travelrisk sources list`."""
        return {step.wording: step.level for step in self.steps}


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


N, C, R, D, L = (
    Directive.NORMAL_PRECAUTIONS,
    Directive.INCREASED_CAUTION,
    Directive.RECONSIDER_TRAVEL,
    Directive.DO_NOT_TRAVEL,
    Directive.LEAVE_IMMEDIATELY,
)

_GERMAN_LEAVE = r"\bsollten\b[^.]{0,120}?\b(?:ausreisen|das\s+Land\s+verlassen)\b|\bzur\s+(?:sofortigen\s+)?Ausreise\s+aufgefordert\b|\bdas\s+Land\s+(?:umgehend\s+|unverzüglich\s+)?zu\s+verlassen\b"

SCALES: dict[str, Scale] = {
    "DE": Scale(
        issuer="DE",
        authority="Auswärtiges Amt",
        language="de",
        # Flags of the open-data API; the content text says which areas a Teilreisewarnung covers.
        steps=(
            Step("none", "keine Reise- oder Teilreisewarnung", 1, N, evidence="I"),
            Step("situationWarning", "situationWarning", 2, C, evidence="S"),
            Step(
                "advised_against", "Von Reisen … wird abgeraten", 3, R, _p(r"\bwird\s+(?:dringend\s+)?abgeraten\b"), "S"
            ),
            Step("partialWarning", "Teilreisewarnung", 4, D, _p(r"\bTeilreisewarnung\b")),
            Step("warning", "Reisewarnung", 4, D, _p(r"\bwird\s+gewarnt\b|(?<!Teil)\bReisewarnung\b")),
        ),
        leave=_p(_GERMAN_LEAVE),
    ),
    "CH": Scale(
        issuer="CH",
        authority="Eidgenössisches Departement für auswärtige Angelegenheiten (EDA)",
        language="de",
        # `advice_against` of the EDA API; `regional` names areas in the text (national level by the doctrine).
        steps=(
            Step("none", "advice_against: none", 1, N, evidence="S"),
            Step("regional", "advice_against: regional", REGIONAL_ONLY_LEVEL, C, evidence="S"),
            Step(
                "tourists",
                "Von touristischen und anderen nicht dringenden Reisen … wird abgeraten",
                3,
                R,
                _p(r"\bnicht\s+dringenden\s+Reisen\b[^.]*\babgeraten\b"),
                "S",
            ),
            Step(
                "general",
                "Von Reisen … und von Aufenthalten jeder Art wird abgeraten",
                4,
                D,
                _p(r"\bAufenthalten\s+jeder\s+Art\s+wird\s+abgeraten\b"),
            ),
        ),
        leave=_p(_GERMAN_LEAVE),
    ),
    "AT": Scale(
        issuer="AT",
        authority="Bundesministerium für europäische und internationale Angelegenheiten (BMEIA)",
        language="de",
        # "Sicherheitsstufe N" of the four-step scale (the old six-step table is a separate overview).
        steps=(
            Step("1", "Guter Sicherheitsstandard", 1, N, _p(r"\bGuter\s+Sicherheitsstandard\b"), "S"),
            Step("2", "Sicherheitsrisiko", 2, C, _p(r"(?<!hohes )\bSicherheitsrisiko\b"), "S"),
            Step("3", "Hohes Sicherheitsrisiko", 3, R, _p(r"\bHohes\s+Sicherheitsrisiko\b"), "S"),
            Step("4", "Reisewarnung", 4, D, _p(r"(?<!Teil)\bReisewarnung\b")),
        ),
        leave=_p(_GERMAN_LEAVE),
    ),
    "NL": Scale(
        issuer="NL",
        authority="Ministerie van Buitenlandse Zaken (NederlandWereldwijd)",
        language="nl",
        steps=(
            Step("groen", "U kunt erheen reizen", 1, N, _p(r"\bkleurcode\b[^.]*?\bgroen\b")),
            Step(
                "geel", "Maar let op: er zijn bijzondere veiligheidsrisico’s", 2, C, _p(r"\bkleurcode\b[^.]*?\bgeel\b")
            ),
            Step("oranje", "Reis alleen hierheen als het noodzakelijk is", 3, R, _p(r"\bkleurcode\b[^.]*?\boranje\b")),
            Step("rood", "Wat uw situatie ook is: reis er niet heen", 4, D, _p(r"\bkleurcode\b[^.]*?\brood\b")),
        ),
        leave=_p(r"\bverlaat\s+het\s+land\b|\bvertrek\b[^.]*\b(?:zo\s+snel\s+mogelijk|direct|nu)\b"),
    ),
    "PL": Scale(
        issuer="PL",
        authority="Ministerstwo Spraw Zagranicznych (Odyseusz)",
        language="pl",
        steps=(
            Step("ZACHOWAJ_ZWYKLA_OSTROZNOSC", "Zachowaj zwykłą ostrożność", 1, N),
            Step("ZACHOWAJ_SZCZEGOLNA_OSTROZNOSC", "Zachowaj szczególną ostrożność", 2, C, evidence="S"),
            Step(
                "MSZ_ODRADZA_PODROZE_KTORE_NIE_SA_KONIECZNE",
                "MSZ odradza podróże, które nie są konieczne",
                3,
                R,
                evidence="S",
            ),
            Step("MSZ_ODRADZA_WSZELKIE_PODROZE", "MSZ odradza wszelkie podróże", 4, D, evidence="S"),
        ),
        leave=_p(r"\bopu(?:ść|ścić|szczenie|szczenia)\b[^.]{0,60}\bkraj|\bniezwłoczn\w*\s+(?:wyjazd|opuszcz)"),
    ),
    "NZ": Scale(
        issuer="NZ",
        authority="Ministry of Foreign Affairs and Trade (SafeTravel)",
        language="en",
        # `adviceLevel` of the destinations listing; `low` and `normal` differ in no documented way.
        steps=(
            Step("normal", "Exercise normal safety and security precautions", 1, N, _p(r"\bnormal\s+safety\b"), "S"),
            Step("low", "Exercise normal safety and security precautions", 1, N, evidence="S"),
            Step("medium", "Exercise increased caution", 2, C, _p(r"\bincreased\s+caution\b")),
            Step("high", "Avoid non-essential travel", 3, R, _p(r"\bavoid\s+non-?\s?essential\s+travel\b"), "S"),
            Step("avoid", "Do not travel", 4, D, _p(r"\bdo\s+not\s+travel\b"), "S"),
        ),
        leave=_p(
            r"\bleave\b[^.]{0,60}\b(?:immediately|now|as\s+soon\s+as\s+(?:possible|you\s+can)|while\s+commercial)"
        ),
    ),
    "IE": Scale(
        issuer="IE",
        authority="Department of Foreign Affairs",
        language="en",
        steps=(
            Step("normal-precautions", "Normal Precautions", 1, N, _p(r"\bnormal\s+precautions\b"), "S"),
            Step("high-degree-of-caution", "High Degree of Caution", 2, C, _p(r"\bhigh\s+degree\s+of\s+caution\b")),
            Step(
                "avoid-non-essential-travel",
                "Avoid Non-Essential Travel",
                3,
                R,
                _p(r"\bavoid\s+non-?\s?essential\s+travel\b"),
                "S",
            ),
            Step("do-not-travel", "Do Not Travel", 4, D, _p(r"\bdo\s+not\s+travel\b|\bavoid\s+all\s+travel\b"), "S"),
        ),
        leave=_p(
            r"\bleave\b[^.]{0,60}\b(?:immediately|now|as\s+soon\s+as\s+(?:possible|you\s+can)|while\s+commercial)"
        ),
    ),
    "JP": Scale(
        issuer="JP",
        authority="外務省 (Ministry of Foreign Affairs of Japan)",
        language="ja",
        # Japan's level 1 already asks for caution: MOFA level N is our N + 1, and its level 4 orders evacuation.
        steps=(
            Step("0", "危険情報は出ておりません", 1, N, _p(r"(?<!感染症)危険情報は出ておりません"), "S"),
            Step("1", "レベル1：十分注意してください。", 2, C, _p(r"十分注意してください")),
            Step("2", "レベル2：不要不急の渡航は止めてください。", 3, R, _p(r"不要不急の渡航は止めてください"), "S"),
            Step("3", "レベル3：渡航は止めてください。（渡航中止勧告）", 4, D, _p(r"渡航中止勧告"), "S"),
            Step(
                "4",
                "レベル4：退避してください。渡航は止めてください。（退避勧告）",
                4,
                L,
                _p(r"退避勧告|退避してください"),
                "S",
            ),
        ),
        leave=_p(r"退避してください|退避勧告"),
    ),
    "KR": Scale(
        issuer="KR",
        authority="외교부 (Ministry of Foreign Affairs of Korea)",
        language="ko",
        # Alert tags of 0404.go.kr; the special advisory sits between steps 2 and 3 (cancel or postpone).
        steps=(
            Step("여행유의", "1단계 여행유의", 2, C, _p(r"여행유의"), "S"),
            Step("여행자제", "2단계 여행자제", 3, R, _p(r"여행자제"), "S"),
            Step("특별여행주의보", "특별여행주의보", 3, R, _p(r"특별여행주의보"), "S"),
            Step("출국권고", "3단계 출국권고", 4, D, _p(r"출국권고|철수권고"), "S"),
            Step("여행금지", "4단계 여행금지", 4, L, _p(r"여행금지")),
        ),
        leave=_p(r"즉시\s*대피|철수"),
    ),
    "HK": Scale(
        issuer="HK",
        authority="Security Bureau (Outbound Travel Alert)",
        language="zh-Hant",
        # Places without an alert are not rated (the OTA covers only some places).
        steps=(
            Step("amber", "有威脅跡象 (amber: Signs of threat)", 2, C, evidence="V"),
            Step("red", "有明顯威脅 (red: Significant threat)", 3, R),
            Step("black", "有嚴重威脅 (black: Severe threat)", 4, D),
        ),
    ),
    "IL": Scale(
        issuer="IL",
        authority="המטה לביטחון לאומי (National Security Council)",
        language="he",
        steps=(
            Step("1", "ללא אזהרה", 1, N, _p(r"ללא\s+אזהר")),
            Step("2", "איום מזדמן", 2, C, _p(r"איום\s+מזדמן")),
            Step("3", "איום בינוני", 3, R, _p(r"איום\s+בינוני|רמת\s+איום\s+בינונית")),
            Step("4", "איום גבוה", 4, D, _p(r"איום\s+גבוה|רמת\s+איום\s+גבוהה")),
            Step("ban", "חל איסור על הגעת ישראלים", 4, D, _p(r"חל\s+איסור")),
        ),
        in_consensus=False,
        measures="terror-threat level for Israelis, not general travel safety",
    ),
    "SK": Scale(
        issuer="SK",
        authority="Ministerstvo zahraničných vecí a európskych záležitostí SR",
        language="sk",
        # "N. stupeň" of the notices; step 2's wording ("consider whether travel is necessary") is the only one seen.
        steps=(
            Step("1", "1. stupeň", 2, C, _p(r"\b1\.\s*stupe[ňn]"), "I"),
            Step("2", "2. stupeň - zvážiť nevyhnutnosť cestovania", 3, R, _p(r"\b2\.\s*stupe[ňn]")),
            Step("3", "3. stupeň", 4, D, _p(r"\b3\.\s*stupe[ňn]"), "I"),
            Step("4", "4. stupeň", 4, L, _p(r"\b4\.\s*stupe[ňn]"), "I"),
        ),
    ),
    "FR": Scale(
        issuer="FR",
        authority="Ministère de l’Europe et des Affaires étrangères (France Diplomatie)",
        language="fr",
        steps=(
            Step("vert", "Vigilance normale", 1, N, _p(r"\bvigilance\s+normale\b"), "S"),
            Step("jaune", "Vigilance renforcée", 2, C, _p(r"\bvigilance\s+renforcée\b")),
            Step(
                "orange",
                "Déconseillé sauf raison impérative",
                3,
                R,
                _p(r"\bdéconseillée?s?\s+sauf\s+(?:pour\s+)?raisons?\s+impératives?\b"),
                "S",
            ),
            Step("rouge", "Formellement déconseillé", 4, D, _p(r"\bformellement\s+déconseillée?s?\b"), "S"),
        ),
        leave=_p(
            r"\b(?:invités?|appelés?)\s+à\s+quitter\b|\bquitter\s+(?:le\s+pays|le\s+territoire)\s+(?:sans\s+délai|dès\s+que\s+possible|immédiatement)"
        ),
    ),
    "FI": Scale(
        issuer="FI",
        authority="Ulkoministeriö",
        language="fi",
        steps=(
            Step("1", "Noudata tavanomaista varovaisuutta", 1, N, _p(r"\btavanomaista\s+varovaisuutta\b"), "S"),
            Step("2", "Noudata erityistä varovaisuutta", 2, C, _p(r"\berityistä\s+varovaisuutta\b")),
            Step("3", "Vältä tarpeetonta matkustamista", 3, R, _p(r"\bvältä\s+tarpeetonta\s+matkustamista\b"), "S"),
            Step("4", "Vältä kaikkea matkustamista", 4, D, _p(r"\bvältä\s+kaikkea\s+matkustamista\b"), "S"),
        ),
        leave=_p(r"\bpoistu(?:kaa|maan)?\b[^.]{0,40}\bmaasta\b"),
    ),
    "ES": Scale(
        issuer="ES",
        authority="Ministerio de Asuntos Exteriores, Unión Europea y Cooperación",
        language="es",
        steps=(
            Step("1", "No hay restricciones específicas", 1, N, _p(r"\bno\s+hay\s+restricciones\s+específicas\b"), "S"),
            Step("2", "Se recomienda viajar con precaución", 2, C, _p(r"\bviajar\s+con\s+precauci[oó]n\b")),
            Step(
                "3",
                "Se recomienda extremar la precaución / aplazar el viaje",
                3,
                R,
                _p(
                    r"\bextremar\s+la\s+precauci[oó]n\b|\baplazar\s+(?:su|el)\s+viaje\b|\bsalvo\s+(?:por\s+)?razones?\s+imperiosas?\b"
                ),
                "S",
            ),
            Step(
                "4",
                "Se desaconseja el viaje",
                4,
                D,
                _p(
                    r"\bse\s+desaconseja\s+(?:el\s+viaje|viajar)\b|\bse\s+recomienda\s+no\s+viajar\b|\babstener(?:se)?\s+de\s+(?:viajar|hacerlo)\b"
                ),
                "S",
            ),
        ),
        leave=_p(
            r"\babandon(?:ar|en)\s+el\s+pa[ií]s\b|\bsalir\s+del\s+pa[ií]s\b[^.]{0,40}\b(?:cuanto\s+antes|inmediatamente)"
        ),
    ),
    "DK": Scale(
        issuer="DK",
        authority="Udenrigsministeriet",
        language="da",
        # The severity modifier of each advice block (`travel-guide-accordion__item--low`); wording beside it.
        steps=(
            Step("minimal", "Vær opmærksom", 1, N, _p(r"^\s*Vær\s+opmærksom\b"), "I"),
            Step("low", "Vær ekstra forsigtig", 2, C, _p(r"\bVær\s+ekstra\s+forsigtig\b")),
            Step(
                "medium",
                "Vi fraråder ikke-nødvendige rejser",
                3,
                R,
                _p(r"\bfraråder\s+ikke-?nødvendige\s+rejser\b"),
                "S",
            ),
            Step("high", "Vi fraråder alle rejser", 4, D, _p(r"\bfraråder\s+alle\s+rejser\b"), "S"),
        ),
        leave=_p(r"\bforlade?\s+landet\b"),
        not_rated=_p(r"\bVi\s+har\s+ingen\s+rejsevejledning\b"),
    ),
    "NO": Scale(
        issuer="NO",
        authority="Utenriksdepartementet",
        language="nb",
        steps=(
            Step("none", "ingen reiseadvarsel", 1, N, evidence="I"),
            Step(
                "3",
                "Utenriksdepartementet fraråder reiser som ikke er strengt nødvendige",
                3,
                R,
                _p(r"\bfraråder\s+(?:alle\s+)?reiser\s+som\s+ikke\s+er\s+(?:strengt\s+)?nødvendige\b"),
                "S",
            ),
            Step(
                "4",
                "Utenriksdepartementet fraråder alle reiser",
                4,
                D,
                _p(r"\bfraråder\s+alle\s+reiser\b(?!\s+som\s+ikke)"),
            ),
        ),
        leave=_p(r"\boppfordres\s+til\s+å\s+forlate\b|\bbør\s+forlate\b"),
    ),
    "IT": Scale(
        issuer="IT",
        authority="Ministero degli Affari Esteri e della Cooperazione Internazionale (Viaggiare Sicuri)",
        language="it",
        # No level field: the level is read from the security section's own sentences.
        steps=(
            Step("1", "no travel advised against in the security sections", 1, N, evidence="I"),
            Step(
                "2",
                "massima prudenza / particolare cautela",
                2,
                C,
                _p(r"\bmassima\s+(?:prudenza|cautela)\b|\bparticolare\s+cautela\b|\bmassima\s+attenzione\b"),
                "I",
            ),
            Step(
                "3",
                "si sconsigliano i viaggi non essenziali",
                3,
                R,
                _p(
                    r"\bviaggi\s+non\s+(?:essenziali|indispensabili|strettamente\s+necessari)\b|\brinviare\s+(?:i\s+)?viaggi\b"
                ),
                "S",
            ),
            Step(
                "4",
                "si sconsigliano i viaggi a qualsiasi titolo",
                4,
                D,
                _p(r"\bviaggi\s+a\s+qualsiasi\s+titolo\b|\bnon\s+recarsi\b|\bsconsiglia\w*\s+(?:di\s+)?recarsi\b"),
                "S",
            ),
        ),
        leave=_p(r"\blasciare\s+(?:il\s+Paese|il\s+territorio)\b|\brientrare\s+in\s+Italia\b"),
    ),
}


REGIONAL_ONLY_WORDING = "regional advice only; no level stated for the rest of the country"


def regional_only(wording: str = REGIONAL_ONLY_WORDING) -> Step:
    """The national step of a country a source rates only by areas (the source's own term for that where it has
    one, e.g. "Teilreisewarnung"; else our plain statement of the fact)."""
    return Step("regional", wording, REGIONAL_ONLY_LEVEL, Directive.INCREASED_CAUTION, evidence="I")


def scale(issuer: str) -> Scale:
    return SCALES[issuer]


def in_consensus(issuer: str) -> bool:
    """Whether an issuer's level counts in cross-government figures (median, strictest, disagreement)."""
    known = SCALES.get(issuer)
    return known is None or known.in_consensus


# The publishers of the built-in English-language sources, by issuer (the other governments' are on their scales).
_PUBLISHERS = {
    "US": "US Department of State",
    "GB": "UK Foreign, Commonwealth & Development Office",
    "CA": "Global Affairs Canada",
    "AU": "Smartraveller (Australian Government)",
    "IE": "Department of Foreign Affairs (Ireland)",
}


def publisher(issuer: str) -> str:
    """Who publishes a government's travel advice, as people know it (never a source adapter's name)."""
    if issuer in _PUBLISHERS:
        return _PUBLISHERS[issuer]
    known = SCALES.get(issuer)
    return known.authority if known else f"the government of {issuer}"


def leave_words(issuer: str, text: str) -> re.Match[str] | None:
    """Words in `text` telling people there to leave, in the issuer's language or in English."""
    known = SCALES.get(issuer)
    return (known.leave.search(text) if known and known.leave else None) or states_leave_now(text)


def scale_note(issuer: str) -> str | None:
    """What an issuer's level measures, where that is not the usual travel-safety advice."""
    known = SCALES.get(issuer)
    return None if known is None or known.in_consensus else known.measures


__all__ = [
    "REGIONAL_ONLY_LEVEL",
    "SCALES",
    "Scale",
    "Step",
    "in_consensus",
    "leave_words",
    "publisher",
    "regional_only",
    "scale",
    "scale_note",
]
