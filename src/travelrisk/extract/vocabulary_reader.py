"""Travel facts in news of any language the vocabulary covers (pure).

One reader for every language: it finds the phrases of the article's language (`model/vocabulary/<lang>.py`)
and ties them to the country mentions of the sentence by position, which holds across languages:

- advisories: the governments named before the directive (not as a place: "в Москве") issue it, the countries
  after it (up to the cause: "из-за", "wegen") are its subjects, and a place named before it too ("alle
  Deutschen im Sudan zum Verlassen des Landes aufgerufen"). The country beside a ministry or its citizens issues it
  wherever it stands ("وزارة الخارجية البريطانية", "Latvijas pilsoņus"); in verb-final languages (Korean,
  Japanese) the particle after a name marks the actor. A directive without a named issuer is the last
  speaker's, or the language's government when a ministry spoke unnamed. "Similar advice by A and B" and a list
  of countries right after an advisory extend it; an exception ("except when necessary") weakens it;
- borders: the state named before the action acts on its crossings, the one after "with" is the neighbour (or
  the side of a crossing the sentence names); "mutually" acts on both;
- missions: the country nearest the mission word owns it ("посольство США", "deutsche Botschaft"), a place
  or a capital ("в Киеве", "à Bamako", "Kabil Büyükelçiliği") is where it is.

A sentence that denies ("опроверг", "dementiert"), supposes ("в случае", "falls") or is about visas and
sanctions states nothing. Evidence quotes are the sentences as written, in the original language.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from typing import TypeVar

from travelrisk.extract.anchored import Anchored
from travelrisk.extract.context import ArticleContext, reports_another
from travelrisk.extract.missions import withdrawn_with_the_closure
from travelrisk.extract.text import QUESTION_END, is_headline
from travelrisk.extract.vocabulary_patterns import Compiled
from travelrisk.geo.cities import mission_cities_in, mission_cities_inflected
from travelrisk.geo.countries import Mention, bordering_namesake, neighbours, share_land_border
from travelrisk.geo.countries import neighbours as neighbours_of  # (`neighbours` is also a local name below)
from travelrisk.geo.crossing_names import crossings_named, neighbour_by_crossing
from travelrisk.geo.gazetteer import folded_key
from travelrisk.geo.multilingual import UNCASED, zone_cities_in
from travelrisk.geo.regions import regions_in
from travelrisk.model import (
    DIRECTIVE_STRENGTH,
    BorderAction,
    BorderEvent,
    Directive,
    Evidence,
    ExtractedAdvisory,
    MissionAction,
    MissionEvent,
    ReasonEvidence,
)
from travelrisk.model.lexicon import scale_directive
from travelrisk.model.vocabulary import Vocabulary

_NEAR = 25  # characters between a mission word and the name of its owner
# The article of a name that follows another in a list ("l'Allemagne", "la France", "die Schweiz", "e i Paesi Bassi")
_NEXT_ARTICLE = r"(?:l['’]|(?:la|le|les|el|los|las|il|lo|gli|i|der|die|das|den|dem|o|os|as|a)\s+)?"
# What joins the items of a list of countries, in the languages the vocabulary covers ("A, B и C", "A y B", "A 和 B").
_LIST_JOINER = re.compile(
    # ("Gan Latvijas, gan Somijas Ārlietu ministrija": both ... and)
    # ("미국과 영국": the Korean "and" may end the word the first name was found in)
    # ("la France ainsi que l'Allemagne", "España así como Portugal", "Kanada, Australien sowie Neuseeland", "米国やカナダ")
    # ("영국·프랑스·독일", "米・英": the middle dot of Korean and Japanese lists)
    r"\s*(?:,\s*gan\b|、\s*それに|,|、|·|・|،|\b(?:and|und|et|y|e|i|ir|bei|un|ve|oraz|и|і|та|da|sowie|ainsi\s+que|así\s+como|così\s+come|"
    r"assim\s+como|а\s+также|а\s+також)\b|و|和|以及|及|と|や|および|及び|및|과|와|(?<=[과와])(?=\s))\s*"
    # the next name's preposition, repeated ("les ambassades d'Allemagne, d'Italie et d'Espagne", "de France et de
    # Belgique", "zu Eritrea und zum Sudan", "im Sudan und in Tunesien", "au Soudan et en Tunisie"), and its article
    r"(?:d['’]|de\s+(?:la\s+|l['’])?|du\s+|des\s+|zu[mr]?\s+|(?:in|im|en|au|aux|à|nel|nella|в|во|у|w|we)\s+)?"
    # ("з Російською Федерацією та Республікою Білорусь": the next name's official style before it)
    r"(?:(?:Республік|Республик|Republi[ck])\w*\s+)?"
    + _NEXT_ARTICLE,
    re.IGNORECASE,
)


# "or" between two names
_OR_JOINER = re.compile(
    r"\s*(?:\b(?:or|oder|ou|o|lub|albo|czy|или|либо|або|чи|ar|vai|veya|yahut)\b|أو|یا)\s*" + _NEXT_ARTICLE, re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class _Span:
    start: int  # offsets into the article
    end: int
    text: str


@dataclass
class ForeignReading:
    """What the vocabulary reader has found in one article so far."""

    advisories: dict[tuple[str, str | None], ExtractedAdvisory] = field(default_factory=dict)
    borders: list[BorderEvent] = field(default_factory=list)
    missions: list[MissionEvent] = field(default_factory=list)
    last_issuers: list[str] = field(default_factory=list)
    last_subjects: list[str] = field(default_factory=list)
    last_directive: Directive | None = None
    last_sentence: int = -10  # the order of the sentence that stated the last advisory
    sentence: int = 0  # the order of the sentence being read
    institution_seen: bool = False  # a ministry spoke without its country being named
    # Reasons each sentence states, by its order, and the sentence where each advisory was first stated.
    sentence_reasons: dict[int, list[ReasonEvidence]] = field(default_factory=dict)
    advisory_sentence: dict[tuple[str, str], int] = field(default_factory=dict)
    statements: dict[int, set[tuple[str, str]]] = field(default_factory=dict)  # every sentence stating advice
    reasoned: set[int] = field(default_factory=set)  # sentences that gave their reasons to the advice they state
    last_mission_sentence: int = -10  # the order of the sentence that reported the last mission event
    # sentences that reported border or mission events without advice, by order: the countries that acted
    reporting: dict[int, set[str]] = field(default_factory=dict)
    why_for: list[tuple[str, str]] = field(default_factory=list)  # advice the sentence being read may give why to
    # advice by governments not named ("Mehrere EU-Staaten haben ihre Bürger aufgefordert, den Libanon zu verlassen"):
    # (sentence order, directive, places), for the governments named next ("Darunter ...", "Auch Spanien rief ...")
    unnamed: tuple[int, Directive, list[str]] | None = None
    # the border and mission events of the last sentence that reported any: (order, borders, missions)
    last_events: tuple[int, list[BorderEvent], list[MissionEvent]] = (-10, [], [])
    named: set[str] = field(default_factory=set)  # every country the article's foreign paragraphs name
    previous_text: str = ""  # the sentence read before this one
    previous_named: list[str] = field(default_factory=list)  # the countries it names, in order
    filed_from: int = 0  # where the dateline of the sentence being read ends (0: it has none)
    rest: str = ""  # the sentence's text after the statement being read (its other statements)
    seat_named: tuple[str | None, str | None] = (None, None)  # a mission named with no act: (owner, host)
    # advice that named no country of the language's gazetteer ("to the coastal regions"): (sentence, issuers, directive)
    placeless: tuple[int, list[str], Directive] | None = None
    # a mission act of governments not named ("Двенадцать государств закрыли свои посольства в КНДР"): (sentence order,
    # actions, hosts), for the next sentences that list them after the mission word ("посольств Великобритании, ...")
    unnamed_missions: tuple[int, list[MissionAction], list[str]] | None = None
    # advice given to the language's home government only because a ministry spoke unnamed
    guessed: set[tuple[str, str]] = field(default_factory=set)


_DATELINE = re.compile(r"date\s+\S+\s+")


def sentences(text: str, start: int, end: int) -> list[_Span]:
    out: list[_Span] = []
    if start == 0 and (dateline := _DATELINE.match(text, 0, end)):
        start = dateline.end()  # the input's own date prefix is not part of the first sentence
    opened = start
    for stop in _SENTENCE_END.finditer(text, start, end):
        if (
            _GOES_ON.match(text, stop.end(), end)
            or (_ORDINAL_NEXT.match(text, stop.end(), end) and _NUMBER_BEFORE.search(text, max(start, stop.start() - 3), stop.start()))
            or _ABBREVIATION_BEFORE.search(text, max(start, stop.start() - 8), stop.end())
        ):
            continue
        _add_span(out, text, opened, stop.end())
        opened = stop.end()
    _add_span(out, text, opened, end)
    return out


# Where a sentence may end (. ! ?, their full-width and Arabic forms, a line break); it does not where the next word
# starts in small letters ("4. seviyeye", "2021 r., gdy") or after a German ordinal's dot before a month or a scale's
# step ("am 4. Mai", "auf die 4. Stufe")
_SENTENCE_END = re.compile(r"[。！？؟]+[\"”»’)]*|[.!?]+[\"”»’)]*(?=\s|$|[-–—])|\n")  # (".-": an EFE dateline's end)
# (or a quotation that ends with "!" and goes on with its speaker: "„Atstājiet Libānu!” – aicina ministrija")
_GOES_ON = re.compile(r"[ \t]+(?:[a-zß-öø-ÿąćęłńóśźżčďěňřšťůžāēģīķļņūėįųа-яёіїєґ]|[–—-][ \t])")
# An abbreviation's dot does not end a sentence ("Podobnie postąpiły m.in. Niemcy i Czechy", "u.a. Frankreich")
_ABBREVIATION_BEFORE = re.compile(r"(?<!\w)(?:np|tj|m\.\s?in|u\.a|z\.B|bzw|т\.\s?е|т\.\s?ч|в\.\s?т\.\s?ч|т\.\s?зв|зокр|p\.\s?ej|p\.\s?ex)\.$")
_NUMBER_BEFORE = re.compile(r"(?<![\w.])\d{1,2}$")
_ORDINAL_NEXT = re.compile(
    r"\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|(?:Reisewarn|Warn)?[Ss]tufe|"
    r"Kategorie)\b"
)


def _add_span(out: list[_Span], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if len(stripped) > 1:
        offset = start + len(chunk) - len(chunk.lstrip())
        out.append(_Span(offset, offset + len(stripped), stripped))


def read_paragraph(
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    vocab: Compiled,
    ctx: ArticleContext,
    reading: ForeignReading,
) -> None:
    reading.named.update(m.iso2 for m in mentions)
    for whole in sentences(text, start, end):
        filed_from = _filed_from(whole.text)
        for sentence in _statements(whole, vocab):
            reading.filed_from = filed_from if sentence.start == whole.start else 0
            reading.rest = whole.text[sentence.end - whole.start :]
            inside = [
                Mention(m.iso2, m.start - sentence.start, m.end - sentence.start, m.kind, m.surface)
                for m in mentions
                if sentence.start <= m.start < sentence.end
            ]
            _read_sentence(sentence, inside, vocab, ctx, reading)
            reading.previous_text = sentence.text
            reading.previous_named = list(dict.fromkeys(m.iso2 for m in inside))


# A dateline: the place a story was filed from, in capitals or with its agency in brackets, then a dash ("BANGUI, 29
# décembre 2012 (Le Quotidien Républicain) –", "Berlin/Abidjan (HA) –", "МОСКВА –"), or places joined by dashes and the
# paper's name in guillemets, then a colon ("الخرطوم – القاهرة – «الضفتين»:")
_PLACE_WORD = r"(?:[^\W\d_]|[\u064b-\u0652])+"  # (with the vowel marks Arabic script may write: "عمّان")
_FILED_FROM = re.compile(
    rf"\W*(?P<place>{_PLACE_WORD}(?:[ /-]{_PLACE_WORD}){{0,3}}(?:\s+[–—]\s+{_PLACE_WORD}(?:[ /]{_PLACE_WORD}){{0,3}}){{0,2}})"
    r"(?:,?\s+[^–—()\n]{1,40}?)??(?P<agency>\s*\([^()]{1,60}\)|\s+[–—]\s+«[^«»]{1,60}»)?\s*(?P<end>[–—-]{1,2}|:)\s"
)


def _filed_from(text: str) -> int:
    """Where a sentence's dateline ends (0 if it has none): the place it names is where the story was filed, no
    actor's."""
    dateline = _FILED_FROM.match(text)
    if dateline is None or not (dateline.group("agency") or dateline.group("place").isupper()):
        return 0
    if dateline.group("end") == ":" and not dateline.group("agency"):
        return 0  # ("HAITÍ: ..." is a label, not a dateline)
    return dateline.end()


def _statements(sentence: _Span, vocab: Compiled) -> list[_Span]:
    """The sentence cut at its semicolons (or at the "while" after an act repeated), each part a statement of its own
    ("Großbritannien rät von allen Reisen ab; die Vereinigten Staaten haben ihr Personal angewiesen, ...": each part's
    governments and places are its own), but
    for a part that goes on about the mission named before it ("Посольство США ... закрыто для посетителей;
    американским гражданам оказывается лишь экстренная помощь")."""
    parts: list[_Span] = []
    opened = 0
    cuts = list(_SEMICOLON.finditer(sentence.text))
    if not cuts and (similar := vocab.similar.search(sentence.text)) is not None:
        # ("La stessa scelta era stata compiuta da A, B e C, mentre D e E hanno chiuso le loro sedi": the act repeated,
        # then a mission's act of other governments)
        whilst = _WHILE_CLAUSE.search(sentence.text, similar.end())
        if whilst is not None and _reports_event(sentence.text[whilst.end() :], vocab):
            cuts = [whilst]
    for cut, following in itertools.zip_longest(cuts, cuts[1:]):
        part = sentence.text[cut.end() : following.start() if following else len(sentence.text)]
        if (
            not vocab.mission.search(part)
            and vocab.mission.search(sentence.text, opened, cut.start())
            and any(pattern.search(part) for _action, pattern in vocab.mission_actions)
        ):
            continue
        # (a part keeps its semicolon; before a "while" it ends at the last word: "... da Stati Uniti e Francia")
        end = cut.start() + 1 if cut.re is _SEMICOLON else len(sentence.text[: cut.start()].rstrip(" ,،"))
        parts.append(_Span(sentence.start + opened, sentence.start + end, sentence.text[opened:end]))
        opened = cut.end()
    parts.append(_Span(sentence.start + opened, sentence.end, sentence.text[opened:]))
    return parts


def _read_sentence(
    sentence: _Span, mentions: list[Mention], vocab: Compiled, ctx: ArticleContext, reading: ForeignReading
) -> None:
    text = sentence.text
    reading.sentence += 1
    if vocab.institution.search(text):
        reading.institution_seen = True
    evidence = Evidence(quote=text, start=sentence.start, end=sentence.end)
    if vocab.reasons and (stated := _reasons(text, 0, vocab, evidence)):
        reading.sentence_reasons[reading.sentence] = stated
    if QUESTION_END.search(text):
        return  # "On nous dit que la frontière est ouverte, mais ouverte vers où ?": asked, not stated
    negation = vocab.negation.search(text)
    if negation:
        if vocab.border.search(text):
            # "пригрозили закрыть границу ... в случае новых провокаций": a threat is conditional by nature, so a
            # condition after it still leaves a threat (a denial before it does not: "n'envisage pas de fermer")
            threat = BorderAction.THREATENED_CLOSURE
            # ("pasikartojus ..., Lietuva uždarys sieną": the condition opens the threat itself)
            opens_threat = any(
                action == threat and pattern.match(text, negation.start()) for action, pattern in vocab.border_actions
            )
            until = len(text) if opens_threat else negation.start()
            _borders(text, mentions, vocab, ctx, reading, evidence, only=threat, until=until)
        advice = _strongest(text, vocab) if _verb_first(vocab) else None
        if advice is not None and advice[1].end() <= negation.start():
            # ("raccomanda di «mantenere un elevato livello di attenzione» e di seguire ... in caso di allarme aereo":
            # the condition or denial comes after the advice, which stands; not where the verb comes last, as in
            # "タイに退避勧告を出したとの報道を否定した")
            (head, head_mentions), _tail = _cut(text, mentions, negation.start())
            _advisories(head, head_mentions, vocab, ctx, reading, evidence)
        _acts_after_but(text, negation, mentions, vocab, ctx, reading, evidence)
        return
    if _repeats_events(text, mentions, vocab, reading, evidence):
        return
    # (not the place of a dateline, "عمان 3 نيسان (بترا) -", which names no government that advises)
    advised = [m for m in mentions if m.start >= reading.filed_from]
    events_before = len(reading.borders), len(reading.missions)
    reading.why_for = []
    echo = _echo_clause(text, advised, vocab)
    split = (_second_statement(text, advised, vocab) or _contrast_clause(text, advised, vocab)) if echo is None else None
    clauses = _government_clauses(text, advised, vocab) if echo is None and split is None else []
    gap = _gapped_clause(text, advised, vocab) if echo is None and split is None and not clauses else None
    if gap is not None:
        # "Канада рекомендовала ... покинуть Ливан, а Австралия — Израиль": the second government gives the same
        # advice about the places after the dash that stands for the verb
        at, actor, places = gap
        (head, head_mentions), _tail = _cut(text, advised, at)
        _advisories(head, head_mentions, vocab, ctx, reading, evidence)
        if reading.last_sentence == reading.sentence:
            for place in places:
                _merge_advisory(reading, actor, place, reading.last_directive, None, False, None, evidence)
            reading.last_subjects = places
    elif clauses:
        # "Latvija ragina nevykti į Baltarusiją, Lenkija – ne tik nevykti, bet ir išvykti ..., o Estija pataria vengti
        # ...": each government's clause is a statement of its own
        for low, high in clauses:
            own = [replace(m, start=m.start - low, end=m.end - low) for m in advised if low <= m.start and m.end <= high]
            _advisories(text[low:high], own, vocab, ctx, reading, evidence)
    elif echo is not None:
        # "印度外交部已建议 ... 暂缓前往尼泊尔，美国、英国驻尼使馆也发布了类似提醒": the advice, then the governments that
        # gave the same in a clause of their own
        (head, head_mentions), (tail, tail_mentions) = _cut(text, advised, echo)
        _advisories(head, head_mentions, vocab, ctx, reading, evidence)
        if reading.last_sentence == reading.sentence and (similar := vocab.similar.search(tail)) is not None:
            _repeat_last(tail, tail_mentions, vocab, reading, evidence, similar)
    elif split is None:
        _advisories(text, advised, vocab, ctx, reading, evidence)
    else:
        # "desaconselha todas as viagens ao Líbano, a Israel e ao Irão e pede aos portugueses no Líbano que saiam":
        # the call to leave is about the place its own clause names, the advice before it about the others
        (head, head_mentions), (tail, tail_mentions) = _cut(text, advised, split)
        _advisories(head, head_mentions, vocab, ctx, reading, evidence)
        first = list(reading.last_subjects) if reading.last_sentence == reading.sentence else []
        _advisories(tail, tail_mentions, vocab, ctx, reading, evidence)
        if reading.last_sentence == reading.sentence:  # one statement: "similar advice" repeats all its places
            reading.last_subjects = list(dict.fromkeys(first + reading.last_subjects))
    # (a crossing named in quotes without a border word: "Литва закрыла «Шальчининкай»"; not a town like it)
    if vocab.border.search(text) or (
        (quoted := " ".join(_QUOTED_NAME.findall(text)))
        and any(neighbour_by_crossing(quoted, m.iso2) for m in mentions[:3])
    ):
        # (not the source the clause is told by: "在タイ日本大使館によると、…ミャンマーとの国境が当面閉鎖されており")
        told_by = _ACCORDING_TO.search(text)
        told = [m for m in mentions if told_by is None or m.start >= told_by.end()]
        split = _second_border_clause(text, told, vocab)
        if split is None:
            _borders(text, told, vocab, ctx, reading, evidence)
        else:
            # "Argelia cerró su frontera con Níger y Nigeria anunció el cierre de sus pasos": each state its own act
            for part, part_mentions in _cut(text, told, split):
                # (not "Paris ferme son ambassade", before "la Tunisie menace de fermer sa frontière": a mission's act)
                if vocab.border.search(part) or not vocab.mission.search(part):
                    _borders(part, part_mentions, vocab, ctx, reading, evidence)
        if not mentions and reading.last_events[0] == reading.sentence - 1:
            # "... відкрили пункт пропуску. Пункт призначений лише для пішоходів": who may use the crossing just
            # opened, its terms, not a restriction of its own
            opened = {frozenset((e.country, e.neighbor)) for e in reading.last_events[1] if e.action == BorderAction.OPENED}
            reading.borders[events_before[0] :] = [
                e
                for e in reading.borders[events_before[0] :]
                if not (e.action == BorderAction.RESTRICTED and frozenset((e.country, e.neighbor)) in opened)
            ]
    # "Die USA ... haben ihre Botschaften geschlossen. Auch Deutschland zog sein Personal ab.": staff right after a
    # mission event are a mission's
    word = vocab.mission.search(text) or (
        vocab.staff.search(text) if reading.last_mission_sentence == reading.sentence - 1 else None
    )
    if word is not None:
        contrast = _mission_contrast(text, mentions, vocab)
        if contrast is None:
            _missions_and_repeats(text, mentions, vocab, ctx, reading, evidence, word)
        else:
            # "Cerraron sus legaciones Alemania e Italia, mientras que Arabia Saudí suspendió ...": each side's owners
            for part, part_mentions in _cut(text, mentions, contrast):
                if (part_word := vocab.mission.search(part) or vocab.staff.search(part)) is not None:
                    _missions_and_repeats(part, part_mentions, vocab, ctx, reading, evidence, part_word)
        # ("السعودية والإمارات تعلّقان عمل سفارتيهما في صنعاء وتسحبان الدبلوماسيين": closed, and every diplomat out)
        reading.missions[events_before[1] :] = withdrawn_with_the_closure(reading.missions[events_before[1] :], False)
    if not mentions and len(reading.borders) == events_before[0] and len(reading.missions) == events_before[1]:
        _goes_on(text, vocab, reading, evidence)
    if reading.last_sentence != reading.sentence:  # events reported without advice: their why is theirs
        acted = {b.country for b in reading.borders[events_before[0] :]}
        acted |= {m.mission_of for m in reading.missions[events_before[1] :]}
        if acted:
            reading.reporting[reading.sentence] = acted
    if len(reading.borders) > events_before[0] or len(reading.missions) > events_before[1]:
        reading.last_events = (
            reading.sentence,
            reading.borders[events_before[0] :],
            reading.missions[events_before[1] :],
        )
    for key in reading.why_for:
        if not reports_another(reading.reporting, reading.sentence, key[0]):
            _add_reasons(reading, key, reading.sentence_reasons.get(reading.sentence, []))
    speakers = [m.iso2 for m in mentions if not _is_place(text, m, vocab)]
    if speakers:
        # (named with a ministry or a government it speaks for later sentences; named otherwise, it only acted)
        ctx.speaker, ctx.speaker_at = speakers[0], None if vocab.institution.search(text) else reading.sentence


_CLAUSE_SEPARATOR = re.compile(r"[,，;；،]")  # (not "、", which joins a list's items)


# A clause joined on after a comma ("Les commerces ... sont fermés, et de nombreux habitants ont fui vers la frontière")
_NEXT_CLAUSE = re.compile(
    r"[,;]\s*(?:et|y|e|und|и|і|i|ir|un|oraz|ma|mais|pero|aber|но|але|ale|mas|então|alors|dann|potem)\s|;", re.IGNORECASE
)


def _border_only_in_a_later_clause(text: str, match: re.Match[str], vocab: Compiled) -> bool:
    """Whether, in a language that puts the verb before its object, the closing or opening word ends its clause and
    the only border words come in a clause of their own after it: what closed is something else ("the shops are
    closed, and many fled towards the border")."""
    if not _verb_first(vocab):
        return False
    first = vocab.border.search(text)
    if first is None or first.start() < match.end():
        return False
    joint = _NEXT_CLAUSE.search(text, match.end(), first.start())
    return joint is not None and joint.start() - match.end() <= 15


def _verb_first(vocab: Compiled) -> bool:
    """Whether the language puts its verb before its object, neither marking its subject's end (ja ko) nor naming the
    subject first and the verb last (fa tr)."""
    return vocab.actor_after is None and not vocab.vocabulary.subject_first


def _echo_clause(text: str, mentions: list[Mention], vocab: Compiled) -> int | None:
    """Where a clause after the sentence's advice starts that names governments giving "similar advice"."""
    similar = vocab.similar.search(text)
    if similar is None:
        return None
    trigger = _strongest(text, vocab)
    if trigger is None or trigger[1].end() > similar.start():
        return None
    separators = list(_CLAUSE_SEPARATOR.finditer(text, trigger[1].end(), similar.start()))
    if not separators:
        return None
    at = separators[-1].start()
    # (the governments named between: "..., 美国、英国驻尼使馆也发布了类似提醒")
    named = any(at < m.start < similar.start() and not _is_place(text, m, vocab) for m in mentions)
    return at if named else None


# A clause boundary before a government that opens its own statement: a comma, a semicolon or a dash, then at most a
# short "and"/"whereas" ("o", "a", "и", "y", "et", ...)
_CLAUSE_OPENING = re.compile(
    r"(?:[,;，；]|\s[–—-])\s*(?:(?:o|a|и|а|і|та|i|y|e|et|und|and|ir|un|oraz|ve|while|whereas)\s+)?"
    # (with the name's article: "..., et la Belgique déconseille ...")
    r"(?:(?:le|la|les|el|los|las|il|lo|der|die|das|os|as)\s+|l['’]\s*)?$",
    re.IGNORECASE,
)


_BODY_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z])\w+\s+(?-i:[A-Z])")  # ("Foreign Office", "Auswärtiges Amt", "Departament Stanu")


def _government_clauses(text: str, mentions: list[Mention], vocab: Compiled) -> list[tuple[int, int]]:
    """The clauses of a sentence in which two or more governments each give their own advice ("A urges ..., B – ...,
    and C advises ..."): (start, end) of each, when every clause names its government first and holds a directive of
    its own; else no clauses (one statement, or a list of governments with one verb)."""
    # (a people's adjective before a body's name is that government: "niemieckie Auswärtiges Amt zaleca ...")
    actors = [
        m
        for m in mentions
        if (m.kind != "demonym" or _BODY_NAME_AFTER.match(text, m.end) or vocab.institution.match(text, m.end + 1))
        and not _is_place(text, m, vocab)
    ]
    demonyms = any(m.kind == "demonym" for m in actors)
    if len(actors) < 2:
        return []
    starts = [0] + [
        m.start
        for m in actors[1:]
        if _CLAUSE_OPENING.search(text, max(0, m.start - 12), m.start) is not None
    ]
    if len(starts) < 2 or not any(m.start < 8 for m in actors):
        return []  # (the first clause must open with its government too)
    bounds = list(itertools.pairwise([*starts, len(text)]))
    for low, high in bounds:
        if not any(pattern.search(text, low, high) for _directive, pattern in vocab.directives):
            return []  # ("Francja, Niemcy i Włochy wezwały ...": a list with one verb)
        if demonyms and low == 0 and not any(m.start < high and _is_place(text, m, vocab) for m in mentions):
            return []  # (the first clause names no place of its own: "... odradza wszelkie podróże na Krym, a ...")
    return bounds


def _cut(text: str, mentions: list[Mention], at: int) -> tuple[tuple[str, list[Mention]], tuple[str, list[Mention]]]:
    """A sentence cut in two at `at`, each part with its own mentions (offsets into the part)."""
    head = [m for m in mentions if m.end <= at]
    tail = [replace(m, start=m.start - at, end=m.end - at) for m in mentions if m.start >= at]
    return (text[:at], head), (text[at:], tail)


# "and" right before the words of a second statement in one sentence ("... e pede", "... et appelle", "... und fordert")
_AND = r"(?:e|et|und|y|i|и|і|ve|and|oraz|a|ir|un|ed)"
# ("..., et le Pakistan", "y la India": with the name's article)
_AND_BEFORE = re.compile(
    # (and the Persian "و" before a state that goes on with its own act: "... را بست و ترکیه نیز ... بسته است")
    r"(?:,\s*|\s+)" + _AND + r"\s+(?:(?:le|la|les|el|il|lo|der|die|das|o)\s+|l['’]\s*)?$|[，,、]\s*(?:并且?|並且?|且|同时|同時)?$|\s+و\s+$",
    re.IGNORECASE,
)


def _second_statement(text: str, mentions: list[Mention], vocab: Compiled) -> int | None:
    """Where a second directive of another strength opens its own clause in the same sentence, when that clause names a
    place of its own ("... e pede aos portugueses no Líbano que saiam", "尽快回国，并暂勿前往以色列"); else None (one
    statement: "advises against travel to A and urges those there to leave")."""
    if not mentions:
        return None  # (the second clause must name a place: no directive search without a name)
    found = sorted(
        (match.start(), match.end(), directive)
        for directive, pattern in vocab.directives
        if (match := pattern.search(text)) is not None
    )
    for (_start, end, first), (start, _end, second) in itertools.pairwise(found):
        if first == second or start < end:
            continue
        joint = _AND_BEFORE.search(text, max(0, start - 8), start)
        if joint is not None and any(m.start >= joint.start() and _is_place(text, m, vocab) for m in mentions):
            return joint.start()
    return None


_VERB_LAST_CLAUSE_REACH = 110
_BORDER_CLAUSE_REACH = 40  # characters between a state that opens a clause and the border act it states


def _contrast_clause(text: str, mentions: list[Mention], vocab: Compiled) -> int | None:
    """Where a clause of contrast opens with advice of its own after other news ("أغلقت دول جوار سوريا ...، فيما دعت
    كل من الكويت والبحرين وقطر مواطنيها ..."): the governments and places of each clause are its own; else None."""
    contrast = _CONTRAST.search(text)
    if contrast is None or not any(m.start < contrast.start() for m in mentions):
        return None
    if not any(pattern.search(text, contrast.end()) for _directive, pattern in vocab.directives):
        return None
    # (a government of its own after the contrast, not only the people addressed: "mientras que a los españoles que se
    # encuentren en Irán les pide ...", where the government is the one before it)
    # ("فيما دعت وزارة الخارجية القطرية المواطنين": the adjective of a ministry names the government too)
    own = any(
        m.start >= contrast.end()
        and (m.kind != "demonym" or _names_institution(text, m, vocab))
        and not _is_place(text, m, vocab)
        for m in mentions
    )
    return contrast.start() if own else None


# "when conditions allow" in the languages read: a reopening promised, not done
_WHEN_CONDITIONS = re.compile(
    r"(?:عندما|حين|متى)\s+(?:تسمح|سمحت)\s+الظروف|quand\s+les\s+conditions|lorsque\s+les\s+conditions|"
    r"cuando\s+las\s+condiciones|quando\s+as\s+condições|quando\s+le\s+condizioni|sobald\s+(?:es\s+)?die\s+(?:Lage|Umstände)|"
    r"когда\s+(?:позволят|позволит)|коли\s+дозволять|gdy\s+pozwolą|kai\s+leis|когда\s+условия",
    re.IGNORECASE,
)
# "without" right before words of advice, in the languages read: the advice not given
_WITHOUT_BEFORE = re.compile(
    # (a clause: "دون أن تطلبا منهم", "sans leur demander de"; not "і без того", which means "already")
    r"(?:\b(?:sans|sin|senza|sem|ohne)\s+(?:\w+\s+){0,3}|(?:دون|بدون)\s+أن\s+(?:\S+\s+){0,2})$",
    re.IGNORECASE,
)
_WITHOUT_INSIDE = re.compile(r"(?:دون|بدون)\s+أن")  # (a match that spans the clause: "دعت ... دون أن تطلبا منهم المغادرة")


def _second_border_clause(text: str, mentions: list[Mention], vocab: Compiled) -> int | None:
    """Where a second clause opens with a state of its own ("... y Nigeria anunció el cierre de sus pasos") after a
    border act stated before it; else None."""
    if len(mentions) < 2:
        return None  # (two states, or a state and the other side, at least)
    first = min((m.end() for _action, pattern in vocab.border_actions if (m := pattern.search(text))), default=None)
    if first is None:
        return None
    # ("öffnete ... die Landgrenzen zu Algerien ... wieder; die Grenzen zu Nigeria und Benin bleiben dagegen geschlossen":
    # a clause after a semicolon with a border act of its own)
    semicolon = text.find(";", first)
    if semicolon != -1 and any(pattern.search(text, semicolon) for _action, pattern in vocab.border_actions):
        return semicolon
    for index, mention in enumerate(mentions):
        if mention.start < first or mention.kind == "demonym":
            continue
        if (contrast := _WHILE_BEFORE.search(text, max(0, mention.start - 24), mention.start)) is not None:
            return contrast.start()  # ("..., mentre l'Austria li mantiene ...": another state's clause)
        if (comma := _COMMA_OPENS.search(text, max(0, mention.start - 8), mention.start)) is not None:
            # ("Dänemark hatte seine Grenzen dichtgemacht, Polen und Tschechien haben ihre Grenzen ... geschlossen": after
            # a comma, states that go on with their own borders)
            run_end = mentions[_run(text, mentions, index)[1]].end
            own = vocab.own.search(text, run_end, run_end + 30)
            # (a word between: "..., o Latvija ir Estija atvėrė savo tarpusavio sieną": their mutual border)
            if own is not None and (
                vocab.border.match(text, _skip_space(text, own.end()))
                or vocab.border.match(text, _skip_space(text, _skip_word(text, _skip_space(text, own.end()))))
            ):
                return comma.start()
        joint = _AND_BEFORE.search(text, max(0, mention.start - 8), mention.start)
        side = vocab.neighbour_before.search(text, max(0, mention.start - 12), mention.start)
        if side is not None and not text[side.end() : mention.start].strip():
            continue  # ("na fronteira com a Bielorrússia": "a" is an article here, the name the other side)
        # (where the verb comes last, the act stands at the clause's end: "و عراق نیز گذرگاه‌های مرزی خود ... بسته است")
        reach = _VERB_LAST_CLAUSE_REACH if vocab.vocabulary.subject_first else _BORDER_CLAUSE_REACH
        if joint is not None and any(pattern.search(text, mention.end, mention.end + reach) for _action, pattern in vocab.border_actions):
            return joint.start()
    return None


# ("À ", "In ", "W ", "En ", "Per la ", "Pour le ": a place opening the sentence)
_OPENING_PREPOSITION = re.compile(r"\W*\w{1,4}\s+(?:(?:la|le|il|lo|el|der|die|das|dem|den)\s+|l['’]\s*)?", re.IGNORECASE)
_COMMA_OPENS = re.compile(r",\s*(?:\w{1,3}\s+|\w['’])?$")  # ", die Slowakei", ", l'Égypte", ", Polen": perhaps an article
_CLAUSE_COMMA = re.compile(r"[,،]")
_DATELINE_DASH = re.compile(r"\s*[-–—]\s")  # ("تهران- ایرنا- ...": the city a story was filed from)
# "while" that opens another government's clause
_WHILE_WORDS = r"mentre|tandis\s+que|während|mientras\s+que|enquanto|podczas\s+gdy|тогда\s+как|в\s+то\s+время\s+как"
_OTHER_CLAUSE = re.compile(rf",\s*(?:а|тоді\s+як|{_WHILE_WORDS})\s", re.IGNORECASE)
_WHILE_BEFORE = re.compile(rf",\s*(?:{_WHILE_WORDS})\s+(?:\w+['’]\s*|\w+\s+)?$", re.IGNORECASE)


def _first_group(match: re.Match[str]) -> str:
    """The first group that took part in the match (patterns offer the number in more than one place)."""
    return next((g for g in match.groups() if g), match.group(0))


def _is_place(text: str, mention: Mention, vocab: Compiled) -> bool:
    if mention.kind == "pair":
        return False  # "на российско-грузинской границе", "泰柬边境": the two sides that name a border
    if _ministry_in(text, mention, vocab):
        return False
    if mention.kind != "demonym" and _CAPITAL_NOUN_AFTER.match(text, mention.end):
        return True  # "Somali'nin başkenti Mogadişu'daki büyükelçiliği": the country whose capital it is
    if mention.kind == "demonym" and mention.surface[:1].isupper():
        return False  # "recommande aux Français": the people addressed (their adjective is written in lower case)
    if mention.kind == "demonym" and _PLURAL_ARTICLE.search(text, max(0, mention.start - 5), mention.start):
        return False  # "recomienda a los españoles", "invita gli italiani": the people, a noun after its article
    if mention.kind == "demonym" and (
        _REGIONS_NOUN_BEFORE.search(text, max(0, mention.start - 25), mention.start) or _REGIONS_NOUN_AFTER.match(text, mention.end)
    ):
        return True  # "nelle province ecuadoriane di Esmeraldas", "для тайских провинций": the country whose regions they are
    if mention.kind == "demonym" and _passive_agent(text, mention, vocab):
        return False  # "encerrado pela Autoridade de Gestão de Fronteiras sul-africana": the passive's agent acts
    if (
        mention.kind == "demonym"
        and vocab.vocabulary.adjective_after
        and (name := _NAME_BEFORE_ADJECTIVE.search(text, max(0, mention.start - 40), mention.start)) is not None
        and not vocab.institution.search(text, max(0, mention.start - 40), mention.start)
        and not any(m.start() <= name.start() < m.end() for m in vocab.mission.finditer(text, max(0, name.start() - 20), name.end()))
        and not _GOVERNMENT_NOUN.match(text, name.start())
    ):
        # "le Pendjab pakistanais", "le Cachemire sous administration pakistanaise": a region of that country (not
        # "el Ministerio del Interior peruano" nor "l'Ambasciata italiana", the government's)
        return True
    if (
        (mention.kind == "capital" or (mention.kind == "alias" and text.startswith("،", mention.end)))
        and _SEAT_OPENS.fullmatch(text, 0, mention.start)
        and (seat := vocab.institution.search(text, mention.end, mention.end + 80)) is not None
        and seat.start() - mention.end <= 30  # (the institution's name may be long: "Ministério dos Negócios Estrangeiros")
    ):
        # "En Madrid, el Ministerio de Asuntos Exteriores mantiene ...", "وفي الكويت، دعت وزارة الخارجية ...": where the
        # government speaks
        return False
    return (
        bool(vocab.place_before.search(text, max(0, mention.start - 30), mention.start))
        or _marked_after(text, mention, vocab.place_after)
        # (not home: "nekavējoties atgriezties Latvijā" is where people go back to)
        or (
            mention.kind != "demonym"
            and mention.iso2 != vocab.vocabulary.home
            and vocab.locative.search(mention.surface) is not None
        )
        or (mention.kind == "alias" and _TOPIC_AFTER.match(text, mention.end) is not None and not text[: mention.start].strip())
    )


def _ministry_in(text: str, mention: Mention, vocab: Compiled) -> bool:
    """Whether a state is named as where its own ministry is ("وزارة الخارجية في مملكة البحرين"): the state's."""
    seat = _MINISTRY_SEAT.search(text, max(0, mention.start - 24), mention.start)
    return seat is not None and any(
        found.end() == seat.start() for found in vocab.institution.finditer(text, max(0, seat.start() - 30), seat.start())
    )


def _locates_regions(text: str, mention: Mention) -> bool:
    """Whether a country is named as the border that locates regions named before it."""
    return _BORDER_OF_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None


def _bordering(text: str, mentions: list[Mention]) -> list[Mention]:
    """The countries named as the borders that locate regions, with the rest of their list ("frontaliers du Niger et
    du Burkina Faso", "Grenzgebiete zu Eritrea und zum Sudan")."""
    found: list[Mention] = []
    for mention in mentions:
        if _locates_regions(text, mention) or (found and _LIST_JOINER.fullmatch(text, found[-1].end, mention.start)):
            found.append(mention)
    return found


_PLURAL_ARTICLE = re.compile(r"(?<!\w)(?:los|las|gli|os|as)\s+$", re.IGNORECASE)
# A comma and an article after a headline's topic, before the body that speaks ("Ecuador, la Farnesina ...")
_COMMA_THEN_INSTITUTION = re.compile(r",\s+(?:la|il|le|el|o|a|der|die|das|l['’])?\s*", re.IGNORECASE)
# A border that locates regions named before it, in the supported languages ("al confine con la Colombia")
_BORDER_OF_BEFORE = re.compile(
    r"\b(?:al\s+confine\s+con|alla\s+frontiera\s+con|di\s+confine\s+con|di\s+frontiera\s+con|(?:en|a)\s+la\s+frontera\s+con|"
    r"fronteriz\w+\s+(?:\w+\s+)?con|de\s+fronteira\s+com|Grenzgebiet\w*\s+zu[mr]?|"
    # ("wzdłuż granicy z Armenią", "вдоль границы с", "уздовж кордону з", "prie sienos su", "pie robežas ar")
    r"wzdłuż\s+granic\w*\s+ze?|вдоль\s+границ\w*\s+со?|уздовж\s+кордон\w*\s+з|"
    # ("na całe pogranicze z Afganistanem", "в приграничные с Афганистаном районы")
    r"pogranicz\w*\s+ze?|(?:rejon|teren|obszar)\w*\s+przygraniczn\w*\s+ze?|приграничн\w+\s+со?|прикордонн\w+\s+з|"
    r"prie\s+sienos\s+su|pasienyje\s+su|pie\s+robežas\s+ar|"
    r"à\s+la\s+frontière\s+avec|frontali\w+\s+(?:de|du|des|avec)|na\s+fronteira\s+com|fronteiriç\w+\s+com|"
    r"an\s+der\s+Grenze\s+zu|"
    # ("lungo la frontiera con la Siria", "près de la frontière avec", "cerca de la frontera con", "nahe der Grenze zu",
    # "у границы с", "przy granicy z", "біля кордону з": along or near the border with)
    r"(?:lungo|vicino\s+a|nei\s+pressi\s+d)\w*\s+(?:la\s+frontiera|il\s+confine|al\s+confine|alla\s+frontiera)\s+con|"
    r"(?:le\s+long|près|proximité|proches?)\s+de\s+la\s+frontière\s+avec|(?:cerca|a\s+lo\s+largo)\s+de\s+la\s+frontera\s+con|"
    r"(?:perto|ao\s+longo)\s+da\s+fronteira\s+com|(?:entlang|nahe)\s+der\s+Grenze\s+zu|"
    r"(?:у|близ|вблизи|возле)\s+границ\w*\s+со?|(?:przy|w\s+pobliżu)\s+granic\w*\s+ze?|(?:біля|поблизу)\s+кордон\w*\s+з)"
    r"\s+(?:la\s+|il\s+|le\s+|l['’]\s*|el\s+|a\s+|o\s+|der\s+|dem\s+|den\s+)?$",
    re.IGNORECASE,
)
# "X's capital" where the genitive comes first ("Somali'nin başkenti", "소말리아의 수도", "ソマリアの首都", "索马里首都")
_CAPITAL_NOUN_AFTER = re.compile(r"(?:['’]?\w{0,4}\s+başkent|\s*의\s*수도|の首都|首都)", re.IGNORECASE)
# Regions of a country named by its adjective ("province ecuadoriane", "regiones colombianas", "régions maliennes")
_REGIONS_NOUN_BEFORE = re.compile(
    r"\b(?:province|provincias|provinces|provinze|provinzen|regioni|regiones|régions|regionen|regiões|zone|zonas|"
    r"aree|áreas|départements|departamentos|distretti|distritos|stati|estados|territoire|territorio|território|"
    # ("Côté indien": the Indian side; "a capital moçambicana", "la capitale libanese": the country's capital)
    r"côté|lado|lato|capital|capitale|Hauptstadt|"
    # ("l'ouest ivoirien", "el norte mexicano", "il nord maliano": a country's part by its adjective)
    r"l['’](?:ouest|est|extrême[\s-]nord)|(?:le\s+)?(?:nord|sud|centre|nord-ouest|nord-est|sud-ouest|sud-est)|"
    r"(?:el\s+)?(?:norte|sur|oeste|noroeste|noreste|suroeste|sureste)|(?:il\s+)?(?:ovest|centro)|(?:o\s+)?(?:sul|leste))\s+$",
    re.IGNORECASE,
)
# "in (the Kingdom of)" right after a ministry, before the state it belongs to (Arabic news names the ministry so)
_MINISTRY_SEAT = re.compile(r"(?<=\S)\s+في\s+(?:(?:ال)?(?:مملكة|جمهورية|دولة|إمارة|سلطنة)\s+)?$")
# A region's name right before the adjective of its country (where adjectives follow nouns)
_NAME_BEFORE_ADJECTIVE = re.compile(
    r"(?<=[a-zà-ÿ,]\s)(?-i:[A-Z])[\w-]+(?:\s+(?:sous|sotto|bajo|sob)(?:\s+[\w'’]+){1,2})?\s+$"
)
# A government's own nouns, capitalised in these languages ("el Gobierno español", "o Governo português")
_GOVERNMENT_NOUN = re.compile(
    r"(?:Gouvernement|Gobierno|Governo|Ministère|Ministerio|Ministério|Ministero|Ejecutivo|Executivo|Esecutivo|Parlement|"
    r"Parlamento|Congreso|Congresso|Président|Presidente|Armée|Ejército|Exército|Esercito|Forces|Fuerzas|Forças|Forze|"
    r"Autorités|Autoridades|Autorità|Estado|État|Stato)\b"
)
# A preposition of place that opens the sentence ("En Madrid, ...", "In Berlin ..."), before a capital
_REGIONS_NOUN_AFTER = re.compile(
    r"\s+(?:провинци|област|район|регион|штат|округ|провінці|prowincj|regionó|województw|apskrit|provinc|reģion|"
    r"Provinz|Region)\w*",
    re.IGNORECASE,
)
_SEAT_OPENS = re.compile(r"\W*(?:en|in|à|a|em|w|в|у|ב|desde|depuis|aus|da|з|из|و?في)\s+", re.IGNORECASE)
# A headline's topic before a colon ("Haïti : plusieurs pays évacuent ...", "Libanon: ..."): the place of the story
_TOPIC_AFTER = re.compile(r"\s?[:：]")


def _marked_after(text: str, mention: Mention, pattern: Anchored) -> bool:
    """The mark follows the name, or ends the word the name was matched in ("Lübnan'a", "러시아와")."""
    return bool(pattern.match(text, mention.end) or pattern.search(mention.surface[-3:]))


def _beside(text: str, mention: Mention, pattern: Anchored, verb_final: bool) -> bool:
    """Whether the name stands right beside a word of `pattern` ("МИД России", "Latvijas pilsoņus"). In a
    verb-final language a name owns only what follows it ("미국 국무부"); after "외교부는" it is the object."""
    after = pattern.match(text, _skip_space(text, mention.end))
    if verb_final:
        return bool(after)
    # "граждан России": only white space between (in Chinese "公民离开黎巴嫩" the verb stands between)
    before = any(
        0 <= mention.start - m.end() <= 2 and not text[m.end() : mention.start].strip()
        for m in pattern.finditer(text, max(0, mention.start - 40), mention.start)
    )
    return bool(after) or before


def _before_own_citizens(text: str, mention: Mention, vocab: Compiled) -> bool:
    """Whether "its citizens" follows the name: the subject after the verb in a language that may put it there
    ("... riefen auch Frankreich, Italien und Spanien ihre Staatsangehörigen zur Ausreise auf")."""
    own = vocab.own.match(text, _skip_space(text, mention.end))
    return own is not None and vocab.citizens.match(text, _skip_space(text, own.end())) is not None


def _skip_word(text: str, position: int) -> int:
    """The position after the word at `position` (itself when none starts there)."""
    word = _WORD.match(text, position)
    return word.end() if word else position


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \u00a0":
        position += 1
    return position


def _repeats_events(
    text: str, mentions: list[Mention], vocab: Compiled, reading: ForeignReading, evidence: Evidence
) -> bool:
    """"Латвия последовала этому примеру" right after a border or mission event (and not after advice): the
    governments named do the same (a border only where they border the same neighbour)."""
    order, borders, missions = reading.last_events
    # (a sentence of detail that names no country may stand between: "... duyuruyla başladı. Duyuruda \"...\" ifadesine
    # yer verildi. Fransa ve Hollanda başkonsoloslukları aynı gün benzer kararlar aldı.")
    gap = reading.sentence - order
    # (any distance back when the sentence goes on with the same kind of act: "La stessa scelta era stata compiuta da
    # A, B e C, mentre D e E hanno chiuso le loro sedi")
    goes_on = gap > 0 and _reports_event(reading.rest, vocab)
    near = gap == 1 or (gap == 2 and not reading.previous_named) or goes_on
    if not near or (reading.last_sentence >= order and not goes_on):
        return False
    if gap == 2 and vocab.asked.search(text):
        return False  # ("タイ外務省も同様の呼びかけを行い": a similar call, advice, not the event two sentences back)
    similar = vocab.similar.search(text)
    if similar is None or _reports_event(text[: similar.start()], vocab) or vocab.advisory.search(text):
        return False  # ("Österreich schloss sich der Warnung an": the advice before, not the embassy's event)
    taken = {b.neighbor for b in borders} | {b.country for b in borders}
    taken |= {m.in_country for m in missions} | {m.mission_of for m in missions}
    candidates = [m for m in mentions if m.start < similar.start()]
    if not candidates and not any(pattern.search(text) for _d, pattern in vocab.directives):
        # ("Её примеру последовали Дания и Финляндия", "وحذت إسبانيا حذوها": the followers inside or right after the
        # phrase; not "Podobne zalecenia ... odradzają": advice of their own, read as advice)
        # (not the one followed named inside it: "приклад американців наслідували посольства Іспанії та Італії")
        candidates = [
            m for m in _named_at_similar(text, mentions, similar, inside=True) if m.iso2 not in taken
        ] or _named_at_similar(text, mentions, similar, inside=False)
    # (a passive's agent is no place, though its preposition may say "from": "Analoga decisione è stata presa dalla Grecia")
    named = [
        m.iso2
        for m in candidates
        if (not _is_place(text, m, vocab) or vocab.agent.search(text, max(0, m.start - 12), m.start)) and m.iso2 not in taken
    ]
    if not named and missions and (word := vocab.mission.search(text, similar.end(), similar.end() + 30)) is not None:
        # ("Lo mismo ocurrió con el consulado ecuatoriano en Tumbes": the mission named after the phrase, its owner beside it)
        named = [m.iso2 for m in mentions if m.start >= word.start() and _distance(text, m, word) <= _NEAR][:1]
    # ("le Cameroun avait fait de même avec le Nigeria": the same act at another border, the one named after it)
    other_sides = [
        m.iso2 for m in mentions if m.start > similar.start() and vocab.neighbour_before.search(text, max(0, m.start - 12), m.start)
    ]
    new_borders = [
        b.model_copy(
            update={"country": country, "neighbor": side or b.neighbor, "evidence": evidence, "crossing_names": [], "crossings_affected": None}
        )
        for country in dict.fromkeys(named)
        for b in (borders[-1:] if other_sides else borders)
        for side in other_sides or [None]
        if (side or b.neighbor) in neighbours(country)
    ]
    new_missions = [
        # ("Lo mismo ocurrió con el consulado ecuatoriano en Tumbes" after Peru's consulate in Ecuador: the host's own
        # mission in the other country)
        m.model_copy(
            update={
                "mission_of": country,
                "in_country": m.mission_of if country == m.in_country else m.in_country,
                "evidence": evidence,
                "text": text,
            }
        )
        for country in dict.fromkeys(named)
        for m in missions
    ]
    if not new_borders and not new_missions:
        return False
    reading.borders.extend(new_borders)
    reading.missions.extend(new_missions)
    reading.last_events = (reading.sentence, new_borders, new_missions)
    return True


def _goes_on(text: str, vocab: Compiled, reading: ForeignReading, evidence: Evidence) -> None:
    """"Sie wurde 2023 wieder geöffnet", "La reabrió en abril" right after a border or mission event, naming no
    country: the crossing or mission just reported, with this sentence's act."""
    order, borders, missions = reading.last_events
    if reading.sentence - order != 1 or vocab.goes_on.match(text) is None:
        return
    if borders and (border_action := _first_act(text, vocab.border_actions, vocab)) is not None:
        reading.borders.extend(
            b.model_copy(update={"action": border_action, "evidence": evidence, "crossings_affected": None})
            for b in borders
            if b.action != border_action
        )
    elif missions and (mission_action := _first_act(text, vocab.mission_actions, vocab)) is not None:
        reading.missions.extend(
            m.model_copy(update={"action": mission_action, "evidence": evidence, "text": text})
            for m in missions
            if m.action != mission_action
        )


_Action = TypeVar("_Action", BorderAction, MissionAction)


def _first_act(text: str, actions: tuple[tuple[_Action, Anchored], ...], vocab: Compiled) -> _Action | None:
    """The act the text states first, not negated or asked for ("nie otwarto")."""
    found = [
        (m.start(), action)
        for action, pattern in actions
        if (m := pattern.search(text)) is not None and not _not_done(text, m.start(), vocab)
    ]
    return min(found, key=lambda item: item[0])[1] if found else None


# ", and" opening a clause of its own (", et l'Allemagne ... ont suspendu ...", ", y Perú cerró ...")
_AND_CLAUSE = re.compile(r",\s*" + _AND + r"\s+", re.IGNORECASE)
_COMMA = re.compile(r"[,，]\s*")
_SEMICOLON = re.compile(r"[;；]\s*")


def _mission_contrast(text: str, mentions: list[Mention], vocab: Compiled) -> int | None:
    """Where a second clause opens — of contrast, or after ", and" with its government named before its action —
    that states a mission action of its own, after a first clause that states one too: each clause's owners are
    its own ("Washington avait évacué son ambassade ..., et l'Allemagne et le Canada ont suspendu ...")."""
    # (verb-final languages join clauses with a verb ending and a comma: "... 중단했고, 영국·프랑스·독일 등도 ... 대피시켰다")
    marker = vocab.actor_after
    # (or a clause's own governments marked "too": "ABD ... askıya almış, İngiltere ve Fransa da ... kapatmıştı")
    also = vocab.clause_too_after
    commas = _COMMA.finditer(text) if marker is not None or also is not None else ()
    for match in (_WHILE.search(text), *_AND_CLAUSE.finditer(text), *_SEMICOLON.finditer(text), *commas):
        if match is None:
            continue
        before, after = text[: match.start()], text[match.end() :]
        if vocab.similar.search(after):
            continue  # ("..., فيما حذت الإمارات حذو السعودية وأغلقت سفارتها": a clause that follows another's lead)
        if match.re is _SEMICOLON and not (_names_mission(before, vocab) and _names_mission(after, vocab)):
            continue  # (each side of a semicolon must name its mission or staff to stand alone)
        actions_after = [m.start() for _a, p in vocab.mission_actions if (m := p.search(after))]
        # (a first clause that repeats an earlier act counts as one: "La stessa scelta era stata compiuta da A, B e C,
        # mentre D e E hanno chiuso le loro sedi")
        if not actions_after or not (any(p.search(before) for _a, p in vocab.mission_actions) or vocab.similar.search(before)):
            continue
        named = [m for m in mentions if m.start >= match.end()]
        if match.re is not _WHILE:  # (", and" must open with the clause's own government, before its action)
            named = [m for m in named if m.start - match.end() < min(actions_after)]
        if match.re is _COMMA and not any(
            (marker is not None and _marked_after(text, m, marker)) or (also is not None and also.match(text, m.end))
            for m in named
        ):
            continue  # (and the clause's governments marked as the ones acting: "영국·프랑스·독일 등도")
        if named:
            return match.start()
    return None


def _names_mission(text: str, vocab: Compiled) -> bool:
    return vocab.mission.search(text) is not None or vocab.staff.search(text) is not None


def _reports_event(text: str, vocab: Compiled) -> bool:
    """Whether a text states a mission or border action (what "did the same" after it refers to)."""
    return bool(
        (vocab.mission.search(text) and any(pattern.search(text) for _action, pattern in vocab.mission_actions))
        or (vocab.border.search(text) and any(pattern.search(text) for _action, pattern in vocab.border_actions))
    )


def _strongest(text: str, vocab: Compiled) -> tuple[Directive, re.Match[str]] | None:
    found = None
    matches: dict[Directive, re.Match[str]] = {}
    for directive, pattern in vocab.directives:
        match = pattern.search(text)
        if match and directive == Directive.LEAVE_IMMEDIATELY and _staff_leave(text, match, vocab):
            match = None
        if match and (
            _WITHOUT_BEFORE.search(text, max(0, match.start() - 25), match.start()) or _WITHOUT_INSIDE.search(match.group(0))
        ):
            # ("إلى توخي الحيطة والحذر ...، دون أن تطلبا منهم المغادرة": without asking them to leave)
            match = next((m for m in pattern.finditer(text, match.end()) if not _WITHOUT_BEFORE.search(text, max(0, m.start() - 25), m.start())), None)
        if match:
            matches[directive] = match
        if match and (found is None or DIRECTIVE_STRENGTH[directive] > DIRECTIVE_STRENGTH[found[0]]):
            found = (directive, match)
    if found is None or found[0] != Directive.DO_NOT_TRAVEL or Directive.RECONSIDER_TRAVEL not in matches:
        return found
    patterns = dict(vocab.directives)
    strong = [m.span() for m in patterns[Directive.DO_NOT_TRAVEL].finditer(text)]
    # ("en zone rouge, formellement déconseillée": the same strength said twice, not an exception)
    if any(
        _close(found[1], q) and not any(start <= q.start() < end for start, end in strong)
        for q in patterns[Directive.RECONSIDER_TRAVEL].finditer(text)
    ):
        # "avoid travel except when strictly necessary": the exception makes it advice against non-essential travel
        return Directive.RECONSIDER_TRAVEL, found[1]
    return found


def _staff_leave(text: str, match: re.Match[str], vocab: Compiled) -> bool:
    """Whether the words of leaving are said of a mission's staff named right before them, where the verb comes last
    ("非紧急人员及家属自愿撤离"): a mission's drawdown, not advice to citizens."""
    low = max(0, match.start() - 12)  # (searched in place: a word cut by the window is not its tail's word)
    if bool(vocab.staff.search(text, low, match.start())) and not vocab.citizens.search(text, low, match.start()):
        return True
    # ("儘速撤離其駐台人員": the mission's staff named right after the verb of leaving, in a language without spaces)
    after = text[match.end() : match.end() + 8]
    return " " not in after and (bool(vocab.staff.search(after)) or _CJK_STAFF_AFTER.match(after) is not None)


def _close(one: re.Match[str], other: re.Match[str]) -> bool:
    """Near, but apart: the same words read two ways ("sconsiglia") are no exception."""
    apart = other.start() >= one.end() or other.end() <= one.start()
    return apart and abs(one.start() - other.start()) <= _QUALIFIER_REACH


_ADDRESSED_BEFORE = 40  # characters before a directive where the people it addresses may stand
_LEFT_REACH = 25  # characters after the words of leaving where the place left is named
_QUALIFIER_REACH = 60  # characters between a directive and the exception that weakens it


def _advisories(
    text: str,
    mentions: list[Mention],
    vocab: Compiled,
    ctx: ArticleContext,
    reading: ForeignReading,
    evidence: Evidence,
) -> None:
    if _SCALE_DESCRIBED.search(text):
        return  # ("대만의 여행경보는 1단계 '주의', 2단계 '경계', 3단계 '경고'로 나뉜다": a scale described, no advice given)
    trigger = _strongest(text, vocab)
    if trigger is not None and vocab.not_advice.search(text):
        trigger = None  # "запрет на въезд для чиновников", "Visa": not advice to travellers
    if trigger is None and _covers_places(text, mentions, vocab, reading, evidence):
        return
    # ("外交部和驻多米尼加使馆提醒 ... 前往海地": a place written as a mission's seat is where that mission is, when the sentence
    # names another place for the advice; not the mission's own country, "米国大使館は自国民に対し ... 呼びかけた")
    other_places = [
        m
        for m in mentions
        if not (vocab.mission.match(text, m.end) and _SEAT_PREFIX.search(text, max(0, m.start - 2), m.start))
    ]
    if len(other_places) < len(mentions) and any(_is_place(text, m, vocab) for m in other_places):
        mentions = other_places
    level_match = vocab.level.search(text)
    level = vocab.number(_first_group(level_match)) if level_match else None
    level = level if level is not None and 1 <= level <= 4 else None
    # ("外務省はマリ全土にレベル4を出している": a ministry's level names its advice without the advice's noun; so does a
    # place's level right after advice was reported: "레바논 남부 국경 지역 역시 4단계다")
    continues = reading.last_sentence == reading.sentence - 1 and bool(mentions)
    # ("Les États-Unis ont relevé Madagascar au niveau 3", "Die USA haben Madagaskar auf Stufe 3 hochgestuft": a level
    # a verb raises or lowers, with the government that does it named beside the place; not in a verb-final language,
    # where a list before the level may be the places left out, "を除く")
    moved = (
        level is not None
        and vocab.actor_after is None
        and len({m.iso2 for m in mentions}) > 1
        and bool(vocab.raised.search(text) or vocab.lowered.search(text))
    )
    noun = vocab.advisory.search(text) or (
        level_match if level and (vocab.institution.search(text) or continues or moved) else None
    )
    if trigger is None and reading.sentence == reading.last_sentence + 1:
        # The sentence after an advisory often gives its why ("В сообщении отмечается, что ... угрозой ..."),
        # given once the sentence is read (the why of events it reports is theirs)
        for issuer in reading.last_issuers:
            for subject in reading.last_subjects:
                kept = reading.advisories.get((issuer, subject))
                if kept is not None and not kept.reasons:
                    reading.why_for.append((issuer, subject))
    if trigger is None and 0 < reading.sentence - reading.last_sentence <= 2 and _REASONS_NAMED.search(text):
        # "Среди причин в министерстве назвали и приостановку работы аэропорта": more reasons of the advice just given
        named_reasons = _reasons(text, 0, vocab, evidence)
        for issuer in reading.last_issuers:
            for subject in reading.last_subjects:
                _add_reasons(reading, (issuer, subject), named_reasons)
    if trigger is None and reading.unnamed and reading.sentence - reading.unnamed[0] <= 2 and vocab.among.search(text):
        # "Среди них Германия, Франция и Италия": the governments of the advice just given unnamed
        _, unnamed_directive, places = reading.unnamed
        # (not "серед них і громадян Молдови та Грузії": among them citizens of ..., people, not governments)
        people: set[int] = set()
        for i, mention in enumerate(mentions):
            if _beside(text, mention, vocab.citizens, vocab.actor_after is not None):
                people.update(range(i, _run(text, mentions, i)[1] + 1))
        named = [
            m.iso2
            for i, m in enumerate(mentions)
            if not _is_place(text, m, vocab) and m.iso2 not in places and i not in people
        ]
        for issuer in dict.fromkeys(named):
            for subject in places:
                _merge_advisory(reading, issuer, subject, unnamed_directive, None, False, None, evidence)
        if named:
            return
    similar = vocab.similar.search(text) if reading.last_subjects else None
    if (
        similar is not None
        and trigger is not None
        and trigger[1].start() >= similar.end()
        and not _RELATIVE_AFTER_NAMES.search(text, similar.end(), trigger[1].start())
    ):
        # ("Podobne ostrzeżenia wydały Niemcy i Austria, których resorty ... również odradzają ...": the names' own
        # relative clause says the same; any other directive in the sentence is a statement of its own; not the
        # directive the phrase itself names, "Podobne apele o wyjazd z Libanu wystosowały Czechy i Słowacja")
        similar = None
    # (up to a clause of another government: "Аналогічні рекомендації ... оприлюднило МЗС Польщі, а Державний
    # департамент США дозволив ... виїхати": advice repeated, then a mission's act of its own)
    other = _OTHER_CLAUSE.search(text, similar.end()) if similar is not None else None
    if similar is not None and trigger is None and (
        _reports_event(text[similar.end() : other.start() if other else None], vocab) or _reports_event(reading.rest, vocab)
    ):
        # ("Австралія наслідувала приклад Канади: співробітники посольства переїжджають ...": the example is the
        # mission's move the sentence goes on to tell, not advice)
        similar = None
    if similar is not None and not _reports_event(text[: similar.start()], vocab):
        # ("... cerró su embajada en Bamako y Alemania siguió el ejemplo": the example is the closure before it, not
        # advice; "L'Allemagne a fait de même, tandis que l'Italie a fermé son ambassade": the advice)
        _repeat_last(text, mentions, vocab, reading, evidence, similar)
        return
    if (
        trigger is None
        and _continues_list(text, mentions, reading)
        and not vocab.mission.search(text)
        and not vocab.border.search(text)
    ):
        # (a list of the missions' or the borders' countries is theirs, not more places of the advice)
        _continue_list(mentions, reading, evidence)
        return
    if level is None and (change := vocab.level_change.search(text)):
        level = vocab.number(next((g for g in change.groups() if g), ""))
    # ("hat die höchste Reisewarnstufe für den Iran ausgerufen": the top of the issuer's scale)
    top = noun is not None and trigger is None and _beside_noun(text, noun, vocab.highest)
    if trigger is None and not (noun and (level or top or vocab.lowered.search(text) or vocab.raised.search(text))):
        return
    if trigger is None and vocab.mission.search(text) and not noun:
        return
    if trigger is not None and trigger[0] == Directive.LEAVE_IMMEDIATELY and vocab.staff.search(trigger[1].group(0)):
        return  # "ordered non-essential staff to leave": a mission event, not advice to citizens
    if (
        trigger is not None
        and trigger[0] == Directive.LEAVE_IMMEDIATELY
        and vocab.mission.search(text)
        and vocab.staff.search(text)
        and not vocab.citizens.search(text)
    ):
        return  # "the embassy withdrew its diplomats" (a verb that also means leave): a mission event
    directive = trigger[0] if trigger else None
    # Where the statement is: its directive, else the warning it names ("raised the travel warning for A to 3").
    # ("hat eine Reisewarnung für den Libanon ausgesprochen und fordert ... auf, das Land zu verlassen": the warning
    # named first opens the statement, so Lebanon after it is a place, not a government)
    at = min((m.start() for m in (trigger[1] if trigger else None, noun) if m is not None), default=0)
    cause = vocab.cause.search(text, at)
    limit = cause.start() if cause else len(text)
    aside = _cause_aside(text, cause, trigger[1] if trigger else None)
    postposed = vocab.vocabulary.cause_after != Vocabulary.cause_after  # (Turkish, Japanese, Korean)
    if not postposed and (cause_first := vocab.cause.search(text, 0, at)) is not None:
        # "hat nach den israelischen Angriffen auf iranische Atomanlagen eine Reisewarnung ...": the peoples and
        # places a cause before the advice names are the cause's (a government named there still speaks; in a
        # verb-final language the cause's word ends it: "çatışmalar nedeniyle ... İsrail'e")
        # (up to the comma that ends the cause: "由於孟加拉局勢急遽惡化，即日起將孟加拉旅遊警示 ...": the place named
        # again after it is the advice's)
        closes = _CLAUSE_SEPARATOR.search(text, cause_first.end(), at) or vocab.finite_verb.search(text, cause_first.end(), at)
        cause_end = closes.start() if closes else at
        mentions = [
            m
            for m in mentions
            if not (cause_first.start() <= m.start < cause_end and (m.kind == "demonym" or _is_place(text, m, vocab)))
        ]
    if aside is None:
        issuers, subjects = _actors(text, mentions, vocab, at, limit, trigger[1].end() if trigger else 0)
    else:
        # the cause is said inside the advice ("دعت بسبب التصعيد مواطنيها إلى مغادرة لبنان", "déconseille, en raison
        # de la situation, de se rendre au Liban"): the places are those around it, not those it names
        after = vocab.cause.search(text, aside[1])
        outside = [m for m in mentions if not aside[0] <= m.start < aside[1]]
        issuers, subjects = _actors(text, outside, vocab, at, after.start() if after else len(text))
        if not subjects:  # ("rät wegen des Konflikts von Reisen nach Israel ab": the places the advice's words close)
            subjects = _places_closing(text, mentions, vocab, *aside)
    between = _between_pair(text, mentions)
    if between and any(m.iso2 in subjects and m not in between for m in mentions):
        # ("이스라엘과 이란 간 휴전이 …, 이스라엘 전역에 발령했던 …": the two sides of a ceasefire are no place of the advice)
        subjects = [s for s in subjects if any(m.iso2 == s and m not in between for m in mentions)]
    topic = vocab.topic_institution.search(text)
    if topic is not None and any(m.start >= topic.end() and m.iso2 in subjects for m in mentions):
        # ("隣国のマリ、ブルキナファソでも…握っており、外務省はマリ全土にレベル4を出している": the places of the clause
        # before the ministry's are that clause's)
        subjects = [s for s in subjects if any(m.iso2 == s and m.start >= topic.end() for m in mentions)]
    bordering = [m.iso2 for m in _bordering(text, mentions)]
    if bordering and directive is not None and set(subjects) <= set(bordering):
        # ("nelle province ... al confine con la Colombia" in a story about Ecuador, "nelle zone di confine con la
        # Libia" in one about Tunisia): the story's country, not the neighbour that locates its regions
        main = ctx.subject or ctx.main_country({*issuers, *bordering, vocab.vocabulary.home or ""})
        subjects = [main] if main and main not in bordering else []
    guessed = False
    # "El Ministerio ... pide a los españoles que abandonen el país", "demande aux Français de quitter": the people
    # addressed are its own
    # ("recomienda a los españoles abandonar Haití lo antes posible": just before the words of leaving)
    addressed = [m.iso2 for m in mentions if m.kind == "demonym" and m.start > at][:1] or [
        m.iso2 for m in mentions if m.kind == "demonym" and at - _ADDRESSED_BEFORE <= m.start < at
    ][-1:]
    if not issuers and directive is not None and vocab.goes_on.match(text):
        # ("Il déconseille formellement aux Français ..." after Washington's advice: the pronoun is the ministry of
        # the people it addresses, not the government that spoke last)
        issuers = addressed
    if not issuers:
        issuers = _unnamed_speaker(text, vocab, ctx, reading, exclude=set(subjects))
        guessed = issuers == [vocab.vocabulary.home]
    if not issuers and directive is not None:
        issuers = addressed
    subjects = [s for s in subjects if s not in issuers]
    if directive == Directive.LEAVE_IMMEDIATELY and trigger is not None and len(subjects) > 1:
        # "orientou os brasileiros que estão no Níger a deixar o país em voos ... organizados pela França": the place
        # named with the words of leaving (and the list it stands in) is left, not a country named further on
        reach = trigger[1].end() + _LEFT_REACH
        near = [m for m in mentions if m.iso2 in subjects and m.start < reach]
        named_near = {iso2 for m in near for iso2 in _coordinated_run(text, mentions, m)}
        if named_near:
            subjects = [s for s in subjects if s in named_near]
    if not subjects and directive is not None:
        # "a relevé son niveau d'alerte pour le Liban et appelle les Français à quitter le pays": the place named
        # before the call to leave it; "a placé l'ensemble du Liban en zone rouge, formellement déconseillée": the
        # place rated before the advice
        subjects = list(
            dict.fromkeys(m.iso2 for m in mentions if m.start < at and m.iso2 not in issuers and _is_place(text, m, vocab))
        )
    if not subjects and directive is not None and vocab.these_countries.search(text):
        if reading.sentence - reading.last_sentence <= 2:
            subjects = [s for s in reading.last_subjects if s not in issuers]  # "w tych krajach": each place just advised about
        elif len(reading.previous_named) > 1:
            # ("... l'escalation militare tra Israele e Iran. Per entrambi i Paesi ...": the countries the sentence
            # before names, when no advice came just before)
            subjects = [s for s in reading.previous_named if s not in issuers]
        if _BOTH.search(text) and len(subjects) == 1:
            # "in beide Länder": the place just advised about and the one advised about before it
            earlier = [s for _i, s in reversed(reading.advisories) if s and s not in subjects and s not in issuers]
            subjects = earlier[:1] + subjects
    if not subjects and directive == Directive.LEAVE_IMMEDIATELY and reading.sentence - reading.last_sentence <= 3:
        # "Auch Österreich und die Schweiz forderten ihre Bürger zur Ausreise auf": to leave the place the last
        # advice to leave was about (not another place the advice after it warned against)
        subjects = [s for s in _last_left(reading) if s not in issuers]
    if (
        not subjects
        and directive is not None
        and issuers
        and ctx.subject not in (None, *issuers)
        and all(m.iso2 in issuers for m in mentions)
        # ("Também o Foreign Office britânico desaconselha ...": "also" reaches back past a paragraph about other things)
        and reading.sentence - reading.last_sentence
        <= (_ALSO_REACH if _ALSO_OPENS.match(text) or _ALSO_AFTER_SUBJECT.match(text) else 2)
    ):
        # "Auch Österreich und die Schweiz haben ihre Reisewarnungen bekräftigt": a sentence that names only the
        # governments giving advice is about the place of the advice just reported (as in English)
        subjects = [ctx.subject] if ctx.subject else []
        if subjects and _BOTH_SIDES.search(text):
            # ("déconseille tout déplacement aux abords de la ligne de contrôle, des deux côtés"): that place and the
            # one advised about before it
            earlier = [s for _i, s in reversed(reading.advisories) if s and s not in subjects and s not in issuers]
            subjects = earlier[:1] + subjects
    if not subjects and directive is not None and issuers and vocab.the_country.search(text):
        # "ont proposé à leurs ressortissants de quitter le pays": the country the article is about (not when that
        # is taken for a government here: then the sentence is misread)
        main = ctx.subject or ctx.main_country()
        subjects = [main] if main and main not in issuers else []
    if not subjects and directive is not None and issuers:
        # "rät von nicht notwendigen Reisen in die Provinzen Cabo Delgado und Niassa ab": the country a region named
        # after the advice's words lies in (as the English reader takes it)
        subjects = [s for s in dict.fromkeys(r.iso2 for r in regions_in(text, at)) if s not in issuers]
    if not subjects and directive is not None and issuers:
        # ("vatandaşlarına İstanbul'a zorunlu olmadıkça seyahat etmemelerini tavsiye etti"): the country a city named
        # after the advice's words lies in, one that hosts missions (in the language's alphabet and case)
        cities = [
            iso2
            for start, end, iso2 in mission_cities_in(text) + mission_cities_inflected(text)
            # (anywhere in a verb-final language, where the place comes before the advice's verb; marked as a place the
            # advice is about, "İstanbul'a", "do Kijowa", not any capitalised word whose stem is a city's)
            if (start >= at or not _verb_first(vocab))
            and not any(m.start < end and start < m.end for m in mentions)
            and _is_place(text, Mention(iso2, start, end, "alias", text[start:end]), vocab)
        ]
        subjects = [s for s in dict.fromkeys(cities) if s not in issuers]
    if (
        not subjects
        and directive == Directive.LEAVE_IMMEDIATELY
        and issuers
        and ctx.subject not in (None, *issuers)
        and mentions
        and all(m.iso2 in issuers for m in mentions)
        and vocab.citizens.search(text)
    ):
        # "ドイツ、イタリア、スペインもそれぞれ自国民に出国を呼びかけている": a call on their citizens to leave that names
        # only the governments giving it is about the place of the advice reported before (as in English)
        subjects = [ctx.subject] if ctx.subject else []
    unnamed = reading.unnamed if reading.unnamed and reading.sentence - reading.unnamed[0] <= 2 else None
    if not subjects and directive == Directive.LEAVE_IMMEDIATELY and unnamed and unnamed[1] == directive:
        subjects = [s for s in unnamed[2] if s not in issuers]
    if not subjects and issuers and trigger is not None and level and reading.sentence - reading.last_sentence <= 3:
        # "وأصدرت وزارة الخارجية الأمريكية تحذيرا من المستوى الرابع": a government's level with no place, right
        # after advice about one (as the English reader takes the place of the advice just reported)
        subjects = [s for s in reading.last_subjects[:1] if s not in issuers]
    if level and not mentions and len(set(vocab.level.pattern.findall(text))) > 1:
        return  # ("특별여행주의보는 여행경보 2단계와 3단계 사이에 해당하는 조치다": the scale explained, no country's level)
    if trigger is None and level and not subjects and reading.sentence - reading.last_sentence <= 2:
        # A level stated on its own right after the advice ("The level is the highest, the fourth."): that advice's
        # (the government's the sentence names, when it names one of them: "وأصدرت وزارة الخارجية الأمريكية تحذيرا من
        # المستوى الرابع" after the US and Germany), with the reasons it gives; on its issuer's scale, as below.
        owners = [i for i in reading.last_issuers if not issuers or i in issuers]
        reasons = _reasons(text, cause.start() if cause else 0, vocab, evidence)
        for issuer in owners:
            for subject in reading.last_subjects:
                _merge_advisory(reading, issuer, subject, scale_directive(issuer, level), level, False, level_match, evidence)
                _add_reasons(reading, (issuer, subject), reasons)
        if owners and reasons:
            reading.reasoned.add(reading.sentence)
        reading.why_for = [key for key in reading.why_for if key[0] in owners]  # (not the other governments')
        return
    if subjects and not issuers and directive is not None:
        reading.unnamed = (reading.sentence, directive, subjects)
    if (
        not subjects
        and issuers
        and directive is not None
        # (before the verb where it comes last: "全世界を対象に感染症危険情報をレベル2に引き上げ")
        and vocab.worldwide.search(text, at if _verb_first(vocab) else 0)
    ):
        # "warnt ... vor nicht notwendigen, touristischen Reisen ins Ausland – und zwar weltweit": travel anywhere
        reasons = _reasons(text, cause.start() if cause else 0, vocab, evidence)
        for issuer in issuers:
            _merge_advisory(reading, issuer, None, directive, level, False, level_match, evidence)
            _add_reasons(reading, (issuer, None), reasons)
        return
    if not subjects and len(issuers) > 1 and directive is not None and _verb_first(vocab):
        # ("أما وزارة الخارجية الأمريكية فتُبقي ليبيا في المستوى الرابع", "Вашингтон ... для самого Лівану встановив
        # четвертий рівень"): the one government named by its ministry or its capital advises, a country named after
        # it is its place (not one acting in a clause before it, nor a dateline's city)
        candidates = [m for m in mentions if m.iso2 in issuers]
        named_with_body = next((m for m in candidates if _names_institution(text, m, vocab)), None)
        speaking = [m for m in candidates if m.kind == "metonym" or _ministry_in(text, m, vocab)]
        speaking += [named_with_body] if named_with_body else []
        if len({m.iso2 for m in speaking}) == 1:
            rated = [
                m.iso2
                for m in candidates
                if m.iso2 != speaking[0].iso2 and m.start > speaking[0].start and not _DATELINE_DASH.match(text, m.end)
            ]
            if rated:
                subjects, issuers = list(dict.fromkeys(rated)), [speaking[0].iso2]
    if not subjects and issuers and directive is not None:
        reading.placeless = (reading.sentence, issuers, directive)
    if not subjects or not issuers:
        return  # advice to no place named here, or by nobody the article names
    lowered = bool(vocab.lowered.search(text))
    levels = [vocab.number(_first_group(m)) for m in vocab.level.finditer(text)]
    previous = None
    change = vocab.level_change.search(text)
    if change is not None:
        stated_levels = [vocab.number(g) for g in change.groups() if g]
        if len(stated_levels) >= 2 and all(n is not None and 1 <= n <= 4 for n in stated_levels[:2]):
            previous, level = stated_levels[0], stated_levels[1]  # "с 3 до 2", "2단계에서 1단계로"
    elif lowered and len(levels) >= 2 and all(n is not None and 1 <= n <= 4 for n in levels[:2]):
        previous, level = levels[0], levels[1]  # "from level 2 to level 1": the new level is the second
    elif len(levels) == 2 and (raised := vocab.raised.search(text)) and all(n is not None and 1 <= n <= 4 for n in levels):
        # ("これまで「レベル2」だった地域を含め全土を「レベル3」に引き上げ": the level right before the verb is the new one)
        before = [m for m in vocab.level.finditer(text, 0, raised.start())]
        if len(before) == 2:
            previous, level = levels[0], levels[1]
    # Reasons are stated after the cause word ("из-за", "wegen", "بسبب"), else anywhere in the sentence.
    reasons = _reasons(text, cause.start() if cause else 0, vocab, evidence)
    own_changes = _changes_by_place(text, mentions, subjects, vocab)
    # (not where the sentence moves levels "from 2 to 1": the first level after a place is then the old one)
    own_levels = _levels_by_place(text, mentions, subjects, vocab) if len(levels) > 1 and change is None else {}
    for issuer in issuers:
        for subject in subjects:
            # ("카타르를 2단계에서 1단계로, 에티오피아를 3단계에서 2단계로": each place its own change)
            was, now = own_changes.get(subject, (previous, level))
            # A level stated alone means what it means on its issuer's scale, as in English.
            stated = directive or (scale_directive(issuer, now or 4) if now or top else None)
            if was and now and now > was and stated and DIRECTIVE_STRENGTH.get(scale_directive(issuer, now), 0) > DIRECTIVE_STRENGTH.get(stated, 0):
                # ("レベル2（不要不急の渡航は止めてください）からレベル3（渡航は止めてください）": the old level's words
                # stand beside the new one; the raise gives the new level's meaning)
                stated = scale_directive(issuer, now)
            if subject in own_levels:  # ("ガザ地区の危険レベルを4に維持し、イスラエル全土に対してレベル3"): its own level
                now = own_levels[subject]
                stated = scale_directive(issuer, now) if not lowered else stated
            _merge_advisory(reading, issuer, subject, stated, now, lowered, level_match, evidence)
            reading.advisory_sentence.setdefault((issuer, subject), reading.sentence)
            reading.statements.setdefault(reading.sentence, set()).add((issuer, subject))
            if reasons:
                reading.reasoned.add(reading.sentence)
            _add_reasons(reading, (issuer, subject), reasons)
            kept = reading.advisories[(issuer, subject)]
            if was and kept.previous_level is None:
                reading.advisories[(issuer, subject)] = kept.model_copy(update={"previous_level": was, "level": now})
    if guessed:
        # (a headline's unnamed ministry only: the body names whose it is; "外務省は ..." in a body is Japan's)
        if is_headline(evidence.start, evidence.quote or ""):
            reading.guessed.update((issuers[0], subject) for subject in subjects)
    else:
        # ("Außenministerium hebt Reisewarnung für Israel auf", then "Das österreichische Außenministerium hat ..."): a
        # ministry taken for the home government's was this one, where the article has not named home
        for key in [k for k in reading.guessed if k[1] in subjects and k[0] not in issuers and k[0] not in reading.named]:
            reading.guessed.discard(key)
            reading.advisories.pop(key, None)
            reading.advisory_sentence.pop(key, None)
    reading.last_issuers, reading.last_subjects, reading.last_directive = issuers, subjects, directive
    reading.last_sentence = reading.sentence
    ctx.issuer = issuers[0]
    ctx.subject = subjects[0]


def _levels_by_place(text: str, mentions: list[Mention], subjects: list[str], vocab: Compiled) -> dict[str, int]:
    """Each place's own level where a sentence gives places different levels: the first level written after the
    place's name and before the next place's (none when the sentence gives them all one level)."""
    placed = [m for m in mentions if m.iso2 in subjects]
    found: dict[str, int] = {}
    for index, mention in enumerate(placed):
        end = placed[index + 1].start if index + 1 < len(placed) else len(text)
        match = vocab.level.search(text, mention.end, end)
        number = vocab.number(_first_group(match)) if match else None
        if number is not None and 1 <= number <= 4:
            found.setdefault(mention.iso2, number)
    return found if len(set(found.values())) > 1 else {}


def _changes_by_place(
    text: str, mentions: list[Mention], subjects: list[str], vocab: Compiled
) -> dict[str, tuple[int, int]]:
    """Where a sentence states several changes of level, each place's own (old, new): the first change after its
    name. Empty when there are fewer than two changes."""
    changes = list(vocab.level_change.finditer(text))
    if len(changes) < 2:
        return {}
    out: dict[str, tuple[int, int]] = {}
    places = [m for m in mentions if m.iso2 in subjects]
    for index, mention in enumerate(places):
        if mention.iso2 in out:
            continue
        # (before the next place: "투르크메니스탄을 특별여행주의보에서 1단계로, 에티오피아를 3단계에서 2단계로")
        until = next((m.start for m in places[index + 1 :] if m.iso2 != mention.iso2), len(text))
        change = next((c for c in changes if mention.end <= c.start() < until), None)
        stated = [vocab.number(g) for g in change.groups() if g] if change else []
        was, now = [*stated, None, None][:2]
        if was is not None and now is not None and 1 <= was <= 4 and 1 <= now <= 4:
            out[mention.iso2] = (was, now)
    return out


def _last_left(reading: ForeignReading) -> list[str]:
    """The places of the latest sentence that told people to leave."""
    stated = {
        key: order
        for key, order in reading.advisory_sentence.items()
        if reading.advisories[key].directive == Directive.LEAVE_IMMEDIATELY and key[1] is not None
    }
    if not stated:
        return []
    latest = max(stated.values())
    return [subject for (_issuer, subject), order in stated.items() if order == latest and subject is not None]


_LABEL = re.compile(r"[\W\d]*")


def _actors(
    text: str, mentions: list[Mention], vocab: Compiled, at: int, limit: int, inside: int = 0
) -> tuple[list[str], list[str]]:
    """(issuers, subjects) of a statement at `at`: governments named before it, or right after its verb when its
    words up to `inside` hold the subject ("طلبت الكويت من رعاياها مغادرة"), places and countries after it up to
    `limit` (the cause). In a verb-final language the actor is the name its particle marks instead. Names listed
    right before an actor ("A, B and C urged their citizens") are actors with it."""
    # ("die an die Ukraine angrenzenden Regionen Russlands": Ukraine only says which of Russia's regions)
    bordering = {i for i, m in enumerate(mentions) if vocab.bordering_after.match(text, m.end)}
    for i in sorted(bordering, reverse=True):  # ("이라크·아프가니스탄·파키스탄과 맞닿은": the whole list the mark ends)
        while i > 0 and _LIST_JOINER.fullmatch(text, mentions[i - 1].end, mentions[i].start):
            i -= 1
            bordering.add(i)
    named = [m for i, m in enumerate(mentions) if m.start < limit and i not in bordering]
    # ("nelle province ecuadoriane di Esmeraldas ..., al confine con la Colombia": the border locates the regions)
    located = _bordering(text, named)
    if any(m not in located for m in named):
        named = [m for m in named if m not in located]
    if (ended := vocab.cause_after.search(text, 0, at)) is not None:
        # "İran'ın İsrail'e yönelik saldırısının ardından vatandaşlarımızın ...": the cause's names, from its clause's
        # start (the last comma before it)
        opens = text.rfind(",", 0, ended.start()) + 1
        # (not the government its particle marks as acting: "米国務省は、大型ハリケーンの接近を受け、")
        named = [
            m
            for m in named
            if not opens <= m.start < ended.start()
            or (vocab.actor_after is not None and _marked_after(text, m, vocab.actor_after))
        ]
    # "Haití: Exteriores pide a los españoles salir del país": a headline's label is what it is about
    # (an institution as the label speaks: "Auswärtiges Amt: Deutsche sollen Israel verlassen")
    places = [
        _is_place(text, m, vocab)
        # ("Les États-Unis ont relevé Madagascar au niveau 3", "hat Madagaskar auf Stufe 3 hochgestuft": the place rated)
        or ((at_level := _LEVEL_PREPOSITION.match(text, m.end)) is not None and vocab.level.match(text, at_level.end()) is not None)
        or (m.kind == "alias" and _LABEL.fullmatch(text, 0, m.start) is not None and text.startswith(":", m.end))
        # ("Ecuador, la Farnesina sconsiglia ...": a headline's topic, then the body that speaks)
        or (
            m.kind == "alias"
            and _LABEL.fullmatch(text, 0, m.start) is not None
            and _COMMA_THEN_INSTITUTION.match(text, m.end) is not None
            and vocab.institution.search(text, m.end, m.end + 30) is not None
        )
        for m in named
    ]
    for i in range(1, len(named)):
        # "uz Izraēlu un Libānu", "у Вірменії чи Азербайджані": the names listed after a place are places too
        if (
            places[i - 1]
            and not places[i]
            and (
                _LIST_JOINER.fullmatch(text, named[i - 1].end, named[i].start)
                or _OR_JOINER.fullmatch(text, named[i - 1].end, named[i].start)
            )
            # (not after a place that opens the sentence: "À Bamako, la France a demandé ...": the subject follows)
            and not (_OPENING_PREPOSITION.fullmatch(text, 0, named[i - 1].start) and "," in text[named[i - 1].end : named[i].start])
        ):
            places[i] = True
    marked_list = joined = False
    for i in range(len(named) - 1, 0, -1):
        # "İsrail, Filistin ve Lübnan'a": a case ending on the last name of a list marks the whole list (a comma only
        # once "ve" joined the list: "Ankara, Irak'taki ..." ends the subject)
        gap = text[named[i - 1].end : named[i].start]
        marked_list = places[i] and (marked_list or _marked_after(text, named[i], vocab.place_after))
        joined = marked_list and (joined or _SPACED_LIST.fullmatch(gap) is not None)
        if (
            marked_list
            and not places[i - 1]
            and (_SPACED_LIST.fullmatch(gap) or (joined and _COMMA_GAP.fullmatch(gap)))
            and not vocab.institution.search(gap)  # ("한국 정부는 이스라엘에": the government, no list)
        ):
            places[i - 1] = True
        elif not places[i - 1]:
            marked_list = joined = False
    verb_final = vocab.actor_after is not None
    acting: list[bool] = []
    addressing: list[Mention] = []  # names beside the citizens addressed, after the statement
    aside: list[Mention] = []  # subjects of a subordinate clause: neither who advises nor where
    for mention, place in zip(named, places, strict=True):
        if not place and (
            _beside(text, mention, vocab.institution, verb_final)
            or _ministry_in(text, mention, vocab)
            or _beside(text, mention, vocab.citizens, verb_final)
            or _before_own_citizens(text, mention, vocab)
        ):
            actor = True  # "وزارة الخارجية البريطانية ... رعاياها", "Latvijas pilsoņus": whose ministry, whose citizens
            if mention.start > at and not verb_final:
                addressing.append(mention)
        elif verb_final and mention.kind == "demonym":
            actor = True  # "日本人に退避を勧告": the people addressed are the issuer's own, whatever particle follows
        elif vocab.actor_after is not None:
            # The particle may follow the name or end the word the name was matched in ("미국은"); not a subordinate
            # clause's subject before the ministry the sentence is about ("ロシアが…集結させ…、外務省は…引き上げ")
            subordinate = (
                _marked_after(text, mention, vocab.clause_subject_after)
                and vocab.topic_institution.search(text, mention.end, at + 1) is not None
            )
            if subordinate:
                aside.append(mention)
            actor = _marked_after(text, mention, vocab.actor_after) and not place and not subordinate
        else:
            actor = (mention.start < at or _right_after_verb(text, at, mention, inside)) and not place
        acting.append(actor)
    for left_out in _LEFT_OUT_ASIDE.finditer(text):
        # ("이스라엘 전역(가자지구 등 여행금지 지역 제외)에 ...": the places an aside leaves out are no places of it)
        aside += [m for m in named if left_out.start() < m.start < left_out.end()]
    similar = vocab.similar.search(text, 0, at)
    if similar is not None and any(m.start < similar.start() for m in named):
        # ("Londres et Berlin ont emboîté le pas à Paris : ...", "Die Schweiz tat es Österreich gleich"): the government
        # followed is neither who gives this advice nor a place of it
        aside += [m for m in named if similar.start() <= m.start <= similar.end() + 8]
    for i in range(1, len(named)):
        # ("Jungtinės Valstijos, Kazachstanui suteikusios aukščiausią ... lygį, ragina ...": a name inside an aside set
        # off by commas after the subject, with words of its own, is no second subject)
        if (
            acting[i]
            and not verb_final
            and acting[i - 1]
            and _COMMA_GAP.fullmatch(text, named[i - 1].end, named[i].start)
            and (aside_end := _ASIDE_WORDS.match(text, named[i].end)) is not None
            and aside_end.end() < at
            and not any(m.start < aside_end.end() for m in named[i + 1 :])  # (not a list: "..., B and C, which ...")
            and not _AND_WORD.match(text, _skip_space(text, named[i].end))
        ):
            acting[i] = False
            aside.append(named[i])
    # Where the statement's clause starts when it names its own actor: after "while" ("Frankreich hat seine Botschaft
    # geschlossen, während Belgien seine Bürger aufforderte, ..."), or at a verb before its subject ("وأغلقت السعودية
    # سفارتها في بيروت، فيما طلبت الكويت ..."); a country named before it belongs to a clause of its own (a place
    # named before the verb may still be the advice's: "في لبنان، دعت ...").
    contrast = _WHILE.search(text, 0, at)
    clause, places_before = 0, False
    if contrast is not None and any(a and contrast.end() <= m.start < at for m, a in zip(named, acting, strict=True)):
        clause = contrast.end()
    if any(a and _right_after_verb(text, at, m, inside) for m, a in zip(named, acting, strict=True)):
        clause, places_before = max(clause, at), clause == 0
    if clause:
        keep = [i for i, m in enumerate(named) if m.start >= clause or (places_before and places[i])]
        named, places, acting = [named[i] for i in keep], [places[i] for i in keep], [acting[i] for i in keep]
    for i in range(len(named) - 1, 0, -1):
        if acting[i] and not acting[i - 1] and not places[i - 1] and _listed(text[named[i - 1].end : named[i].start]):
            acting[i - 1] = True
    after_verb = False
    for i in range(1, len(named)):
        # ("دعت المملكة العربية السعودية والإمارات العربية المتحدة ... مواطنيهما": the subject after the verb, listed,
        # however long the list: "طلبت الولايات المتحدة وبريطانيا وفرنسا")
        after_verb = acting[i - 1] and (after_verb or _right_after_verb(text, at, named[i - 1], inside))
        if after_verb and not acting[i] and not places[i]:
            acting[i] = _listed(text[named[i - 1].end : named[i].start])
    like = _LIKE.search(text, at, limit)
    if like is not None:
        # "La France déconseille ... de se rendre au Niger, tout comme la Belgique et la Suisse": more governments
        # giving it, not more places
        first = next((i for i, m in enumerate(named) if like.end() <= m.start <= like.end() + 12), None)
        if first is not None:
            for i in range(first, _run(text, named, first)[1] + 1):
                acting[i] = True

    def acts_with_its_list(i: int) -> None:
        for j in range(i, _run(text, named, i)[1] + 1):
            acting[j] = acting[j] or not places[j]

    for mention in addressing:
        if mention in named:  # "... закликали своїх громадян Китай, Японія, Індія та Польща": the list it opens
            acts_with_its_list(named.index(mention))
    if not verb_final:
        # "Od wszelkich podróży do X swoim obywatelom odradzają także Stany Zjednoczone i Wielka Brytania": the
        # governments after "also" that end the clause are its subject, put last
        for i, mention in enumerate(named):
            if (
                mention.start > at
                and not places[i]
                and _ALSO_BEFORE.search(text, max(0, mention.start - 20), mention.start)
                and _CLAUSE_END.match(text, named[_run(text, named, i)[1]].end)
            ):
                acts_with_its_list(i)
        # "Ще раніше своїх громадян не їздити до Нагірного Карабаху закликали Франція, Німеччина та Канада, які ...":
        # with their own citizens addressed before the statement, the governments listed after it that end its
        # clause are its subject, put last
        # (or named right after the statement and its place: "залишити Україну своїх громадян уже закликали США, ...";
        # not "ont appelé leurs ressortissants à quitter le Liban", where the name is the place)
        if not any(acting):
            for i, mention in enumerate(named):
                place_before = any(places[j] and at <= named[j].start < mention.start for j in range(i))
                if (
                    mention.start > at
                    and not places[i]
                    and _LIST_ENDS_CLAUSE.match(text, named[_run(text, named, i)[1]].end)
                    and any(
                        vocab.citizens.match(text, _skip_space(text, own.end()))
                        for own in vocab.own.finditer(text, 0, mention.start if place_before else at)
                    )
                ):
                    acts_with_its_list(i)
                    break
    among = vocab.among.search(text, at, limit) if not any(acting) else None
    if among is not None:
        # "Mehrere EU-Staaten raten von Reisen in den Iran ab, darunter Deutschland und Österreich": who advised
        for i, mention in enumerate(named):
            if mention.start >= among.end() and not places[i]:
                acting[i] = True
    if not any(acting):
        # "Von Reisen in die Russische Föderation wird abgeraten, teilte das Auswärtige Amt mit": the institution
        # named after the advice gives it
        after = next((i for i, m in enumerate(named) if m.kind == "metonym" and m.start > at and not places[i]), None)
        if after is not None:
            acting[after] = True
    colon = text.find(":", at, limit)
    if colon >= 0 and not any(acting):
        # "Folgende Länder haben ihre Bürger aufgefordert, den Libanon zu verlassen: Deutschland, Frankreich und
        # Italien": the names listed after the statement's colon are who made it
        acting = [m.start > colon and not place for m, place in zip(named, places, strict=True)]
    issuers: list[str] = []
    subjects: list[str] = []
    for mention, place, actor in zip(named, places, acting, strict=True):
        if mention in aside:
            continue
        if not actor and _opens_other_act(text, mention, vocab):
            continue  # "URM ragina nevykti į Baltarusiją, Lenkija uždarė perėjimą": the subject of a clause of its own
        if not actor and mention.start > at and mention.kind in ("metonym", "capital") and mention.iso2 == vocab.vocabulary.home:
            continue  # "..., teilte das Ministerium in Berlin mit": where the home government spoke, not a place advised
        if actor:
            if mention.iso2 not in issuers:
                issuers.append(mention.iso2)
        elif (mention.kind != "demonym" or place) and mention.iso2 not in subjects:
            subjects.append(mention.iso2)
    return issuers, subjects


_AFTER_COMMA = re.compile(r"[,;]\s*$")
# An aside in brackets that leaves places out, in the languages that end it with the word ("…地域 제외", "…を除く")
_LEFT_OUT_ASIDE = re.compile(r"[(（][^()（）]{0,60}?(?:제외|除く|除外)\s*[)）]")
# A preposition between a place and the level it is put at ("au niveau 3", "auf Stufe 3", "al nivel 3", "ao nível 3")
_LEVEL_PREPOSITION = re.compile(r"\s+(?:au|à\s+la|auf|al|ao|a|sul|на|до)\s+(?:(?:die|den|el|o|il)\s+)?", re.IGNORECASE)


def _opens_other_act(text: str, mention: Mention, vocab: Compiled) -> bool:
    """Whether the name opens a clause of its own after a comma, its verb a border or mission act right after it."""
    if not _AFTER_COMMA.search(text, max(0, mention.start - 3), mention.start):
        return False
    at = _skip_space(text, mention.end)
    return any(
        (found := pattern.search(text, at, at + 40)) is not None and found.start() <= at + 2
        for _action, pattern in (*vocab.border_actions, *vocab.mission_actions)
    )


# "while", "whereas" between two clauses, each with its own actor
_WHILE = re.compile(
    r"\b(?:während|wohingegen|tandis\s+que|alors\s+que|mientras(?:\s+que)?|enquanto|mentre|тогда\s+как|"
    r"в\s+то\s+время\s+как|тоді\s+як|podczas\s+gdy|natomiast|tuo\s+tarpu|kamēr|savukārt|iken)\b|بينما|فيما|در\s+حالی\s+که|"
    r"\b(?:tandis|alors)\s+qu['’]",  # ("tandis qu'Ottawa a fermé la sienne")
    re.IGNORECASE,
)
_WHILE_CLAUSE = re.compile(r"(?:" + _WHILE.pattern + r")\s*", _WHILE.flags)
# A clause of contrast after a comma (", while", "، فيما"): the words of `_WHILE`
_CONTRAST = re.compile(r"[,،]\s*(?:" + _WHILE.pattern + r"|في\s+حين|while|whereas|у\s+той\s+час\s+як)\s", re.IGNORECASE)
_ONE_WORD = re.compile(r"\w+\s+")  # (not "aufgefordert, Haiti": a comma ends the verb's clause)


def _right_after_verb(text: str, at: int, mention: Mention, inside: int) -> bool:
    """Whether a name stands right after the verb that opens a statement, inside its words (its subject, in a
    language that puts the verb first: "طلبت الكويت من رعاياها مغادرة")."""
    return at <= mention.start < inside and _ONE_WORD.fullmatch(text, at, mention.start) is not None


# "just like" before more governments giving the same advice, in the languages that put it after the advice
_LIKE = re.compile(
    r"\b(?:tout\s+comme|à\s+l['’]instar\s+de|wie\s+auch|ebenso\s+wie|genau\s+wie|al\s+igual\s+que|así\s+como|"
    r"così\s+come|come\s+anche|al\s+pari\s+d[ei]|assim\s+como|tal\s+como|a\s+exemplo\s+d[eoa]|как\s+и|як\s+і|"
    r"podobnie\s+jak|tak\s+jak|kaip\s+ir|tāpat\s+kā)\b|على\s+غرار|همانند",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"[\s,、，]*(?:\w{1,3}\s*)?[\s,、，]*")  # a comma or a short "and" between two names
# "also" right before a subject put after its verb ("ragina ir JAV", "odradzają także", "raten auch")
_ALSO_BEFORE = re.compile(
    r"\b(?:ir|taip\s+pat|także|również|też|также|тоже|також|теж|arī|auch|ebenfalls|aussi|également|también|anche|"
    r"pure|também)\s+(?:(?:the|die|der|das|la|le|les|l['’]|el|los|las|il|lo|gli|o|os|as)\s*)?$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*(?:ab\s*)?(?:[.;!?…]|$)")
# the end of a clause, or a relative clause about the names before it ("..., які послалися на ...")
_LIST_ENDS_CLAUSE = re.compile(
    r"\s*(?:[.;!?…]|$|,\s*(?:які|котрі|которые|którzy|które|kurie|kuri|kas|kuras|welche|die|qui|que|che|cui|which|who)\b)",
    re.IGNORECASE,
)  # (a German verb's particle may still close it: "raten ... ab.")


# a list joined by a short word spaced apart: " ve ", " и " (not a comma, which also ends a subject - "Ankara, ..." -
# nor the bare particles between names in Chinese or Japanese)
_SPACED_LIST = re.compile(r"\s+\w{1,3}\s+")
_COMMA_GAP = re.compile(r",\s*")
_AND_WORD = re.compile(r"(?:" + _AND + r"|та)\b", re.IGNORECASE)
_ASIDE_WORDS = re.compile(r"(?:\s+[^\W\d][\w'’-]*){2,6},")  # two words or more, then the comma that closes an aside


def _listed(gap: str) -> bool:
    """Whether two names stand in one list: only a comma or a short conjunction ("и", "und", "و", "や") between."""
    return len(gap) <= 6 and _LIST_GAP.fullmatch(gap) is not None


_COVERS_REACH = 2  # sentences back to advice with no country that "the advice applies to ..." names the places of


def _covers_places(text: str, mentions: list[Mention], vocab: Compiled, reading: ForeignReading, evidence: Evidence) -> bool:
    """"Ieteikums attiecas uz Taizemes kūrortiem ..., uz Šrilankas ... piekrasti": the countries of advice just given
    that named only regions ("to the coastal regions of South-East Asia")."""
    if reading.placeless is None or not 0 < reading.sentence - reading.placeless[0] <= _COVERS_REACH:
        return False
    covers = vocab.covers.search(text)
    if covers is None:
        return False
    _sentence, issuers, directive = reading.placeless
    subjects = list(
        dict.fromkeys(m.iso2 for m in mentions if m.start > covers.start() and m.kind != "demonym" and m.iso2 not in issuers)
    )
    for issuer in issuers:
        for subject in subjects:
            _merge_advisory(reading, issuer, subject, directive, None, False, None, evidence)
    if subjects:
        reading.last_issuers, reading.last_subjects, reading.last_directive = issuers, subjects, directive
        reading.last_sentence = reading.sentence
    return bool(subjects)


_LIST_LENGTH = 3  # countries a sentence names to be a list of more subjects of the advice just reported
_LIST_FRAME = 60  # characters of a listing sentence outside its list ("Это ... и Сирия.", "Among them: ...")


def _continues_list(text: str, mentions: list[Mention], reading: ForeignReading) -> bool:
    """A sentence right after an advisory that lists countries ("Это Иран, Ирак, Ливан и Сирия"; not prose that
    names several: "إسرائيل وجهت تحذيرا ... إلى لبنان ... بين واشنطن وإيران")."""
    if not reading.last_issuers or reading.sentence - reading.last_sentence > 2:
        return False
    named = [m for m in mentions if m.kind != "demonym" and m.iso2 not in reading.last_issuers]
    if len({m.iso2 for m in named}) < _LIST_LENGTH:
        return False
    index = 0
    while index < len(named):  # the longest run of names joined as a list
        first, last = _run(text, named, index)
        # (the list is what the sentence says, not a list inside prose about something else: "... abgewehrt worden,
        # auch mit Hilfe der USA, Großbritanniens und Jordaniens")
        if (
            last - first + 1 >= _LIST_LENGTH
            and (
                len(text) - (named[last].end - named[first].start) <= _LIST_FRAME
                or text[: named[first].start].rstrip().endswith(":")  # a list a colon opens
            )
            # (not where people come from: "被害者の多くはスイス、英国、ドイツなどからの旅行者だった")
            and not _ORIGIN_AFTER.match(text, named[last].end)
        ):
            return True
        index = last + 1
    return False


_ORIGIN_AFTER = re.compile(r"(?:など|等|등)?\s*(?:からの|から来た|出身|来自|출신|에서\s+온)")


def _continue_list(mentions: list[Mention], reading: ForeignReading, evidence: Evidence) -> None:
    subjects = [m.iso2 for m in mentions if m.kind != "demonym" and m.iso2 not in reading.last_issuers]
    for issuer in reading.last_issuers:
        for subject in dict.fromkeys(subjects):
            _merge_advisory(reading, issuer, subject, reading.last_directive, None, False, None, evidence)
    reading.last_sentence = reading.sentence


# Between a "similar call" and the government it came from ("... analogo è arrivato dalla Francia", "... est venu de
# la France", "... llegó de Francia")
_CAME_FROM = re.compile(
    r"\s+(?:è\s+arrivat[oa]|sono\s+arrivat[ie]|arriva|est\s+venue?|sont\s+venue?s|vient|llegó|llegaron|chegou|chegaram)\s+"
    r"(?:dall['’]\s*|dalla\s+|dallo\s+|dal\s+|dai\s+|dagli\s+|dalle\s+|d['’]\s*|de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|d[oa]s?\s+)?",
    re.IGNORECASE,
)


def _repeat_last(
    text: str,
    mentions: list[Mention],
    vocab: Compiled,
    reading: ForeignReading,
    evidence: Evidence,
    similar: re.Match[str],
) -> None:
    """ "Similar advice was issued by A, B and C": the last directive and subjects, for the governments named (before
    the phrase, or listed right after it: not "..., tandis que l'Italie a fermé son ambassade")."""
    # ("До них приєдналися Італія та Ізраїль, а Норвегія зробила те саме": the last such phrase follows them all)
    similar = max(vocab.similar.finditer(text), key=lambda match: match.start(), default=similar)
    clause = max(text.rfind(stop, 0, similar.start()) for stop in ",،;；，")
    if vocab.not_in_clause.search(text, clause + 1, similar.start()):
        return  # ("لم تتخذ قطر وسلطنة عُمان إجراءات مماثلة": Qatar and Oman took no such steps)
    named = [m for m in mentions if m.start < similar.start()]
    # ("وحذت الكويت والبحرين حذو الرياض": with none named before it, the followers are inside the phrase; "Die
    # Schweiz tat es Österreich gleich": a name inside is who led)
    # ("Podobne apele o wyjazd z Libanu wystosowały ... Czechy i Słowacja": not the place the appeals are about)
    named += _named_at_similar(text, [m for m in mentions if not _is_place(text, m, vocab)], similar, inside=not named)
    # ("Un appello analogo è arrivato dalla Francia": the government it came from, after "from")
    came_from = [m for m in mentions if _CAME_FROM.fullmatch(text, similar.end(), m.start)]
    issuers = [
        m.iso2
        for m in [*named, *came_from]
        if (m in came_from or not _is_place(text, m, vocab)) and m.iso2 not in reading.last_subjects
    ]
    given = reading.last_issuers[0] if reading.last_issuers else None
    # the place the similar advice's own words name ("Podobne apele o wyjazd z Libanu", "Podobne ostrzeżenie dotyczące
    # południowej Armenii"), not where it is in force ("Аналогичные рекомендации действуют в Латвии и Литве")
    advice = _strongest(text, vocab)
    places = [
        m.iso2
        for m in mentions
        if (
            (advice is not None and 0 <= m.start - advice[1].end() <= _ADVICE_PLACE_REACH)
            or _REGARDING.fullmatch(text, similar.end(), m.start)
        )
        and _is_place(text, m, vocab)
        and m.iso2 not in issuers
    ]
    for issuer in dict.fromkeys(issuers):
        for subject in dict.fromkeys(places) or reading.last_subjects:
            # each place with the instruction the statement gave it ("leave A, do not travel to B and C")
            stated = reading.advisories.get((given, subject)) if given else None
            directive = stated.directive if stated is not None and stated.directive else reading.last_directive
            _merge_advisory(reading, issuer, subject, directive, None, False, None, evidence)


_ADVICE_PLACE_REACH = 12  # characters from the advice's words to the place they name ("o wyjazd z Libanu")
# "regarding" right after a "similar advice" phrase, before the place it names
_REGARDING = re.compile(
    r"\s+(?:dotycząc\w*|w\s+sprawie|в\s+отношении|относительно|щодо|стосовно)\s+(?:\w+\s+)?", re.IGNORECASE
)


def _named_at_similar(text: str, mentions: list[Mention], similar: re.Match[str], *, inside: bool) -> list[Mention]:
    """The governments named inside a "followed suit" phrase (where `inside`), else the list right after it, close
    and in the same clause ("Её примеру последовали Дания и Финляндия")."""
    if inside and (within := [m for m in mentions if similar.start() <= m.start and m.end <= similar.end()]):
        return within
    after = next((i for i, m in enumerate(mentions) if m.start >= similar.end()), None)
    if after is None or mentions[after].start - similar.end() > 100 or re.search(r"[,;]", text[similar.end() : mentions[after].start]):
        return []
    return mentions[after : _run(text, mentions, after)[1] + 1]


def _reasons(text: str, start: int, vocab: Compiled, evidence: Evidence) -> list[ReasonEvidence]:
    found: list[ReasonEvidence] = []
    for reason, pattern in vocab.reasons:
        match = next((m for m in pattern.finditer(text, start) if not _AVOID_BEFORE.search(text, max(0, m.start() - 30), m.start())), None)
        if match and all(r.reason != reason for r in found):
            found.append(
                ReasonEvidence(
                    reason=reason, phrase=match.group(0), quote=text, start=evidence.start or 0, end=evidence.end or 0
                )
            )
    return found


# A safety tip ("evitar las zonas de protesta", "éviter les manifestations"): what to keep away from, not why the
# advice was given (as in English, "stay away from the protests")
_AVOID_BEFORE = re.compile(
    r"\b(?:evit\w*|éviter|évitez|vermeid\w*|meid\w*|избега\w*|уника\w*|unika\w*|uniknąć|evite\w*|kaçın\w*|uzak\s+dur\w*)"
    r"\s+(?:\w+\s+){0,3}?$|(?:避免|避开|远离)\w{0,4}$",
    re.IGNORECASE,
)


def _add_reasons(reading: ForeignReading, key: tuple[str, str | None], reasons: list[ReasonEvidence]) -> None:
    kept = reading.advisories.get(key)
    new = [r for r in reasons if kept is not None and r.reason not in kept.reasons]
    if kept is not None and new:
        reading.advisories[key] = kept.model_copy(
            update={"reasons": kept.reasons + [r.reason for r in new], "reason_evidence": kept.reason_evidence + new}
        )


_REASON_WINDOW = (-3, 2)  # an advisory this many sentences after (-) or before (+) a sentence of reasons


def finish(reading: ForeignReading) -> None:
    """Reasons for an advisory that stated none in its own sentence: those of the sentences around it ("The
    ministry cited the fighting ..."), each such sentence given to the nearest statement of advice only (the one
    before it on a tie), as the English reader does; and those of the sentence right before the advice, which frames it."""
    stating = set(reading.statements) | reading.reasoned
    without = {key for key in reading.advisory_sentence if not reading.advisories[key].reasons}
    for key, at in reading.advisory_sentence.items():
        # The sentence right before the advice frames it ("Wspomniano także o ... wojną w Ukrainie. Zważywszy na
        # te dwie kwestie MSZ odradza ..."), whatever the sentence after it gave.
        framing = reading.sentence_reasons.get(at - 1)
        # (not where the advice's own sentence gives its why: "... mantiene su recomendación de no viajar ... debido a
        # la elevada inseguridad ciudadana" after a sentence on protests and arrests)
        if (
            key not in without
            and framing
            and not reading.sentence_reasons.get(at)
            and at - 1 not in stating
            and not reports_another(reading.reporting, at - 1, key[0])
        ):
            _add_reasons(reading, key, framing)
    if not without:
        return
    for order, reasons in reading.sentence_reasons.items():
        if order in stating:
            continue  # a sentence with advice of its own gave its reasons to that advice
        near = [at for at in stating if _REASON_WINDOW[0] <= at - order <= _REASON_WINDOW[1]]
        if not near:
            continue
        nearest = min(near, key=lambda at: (abs(at - order), at > order))
        # (the advice stated there, first or again: "... fordern ihre Bürger auf ..." repeated before its why)
        for key in without:
            if key in reading.statements.get(nearest, ()) and not reports_another(reading.reporting, order, key[0]):
                _add_reasons(reading, key, reasons)


def _unnamed_speaker(
    text: str, vocab: Compiled, ctx: ArticleContext, reading: ForeignReading, exclude: set[str]
) -> list[str]:
    """The government behind a statement that does not name it: the one that spoke last, else the government
    of the language's country when a ministry is what speaks."""
    # Whoever was named last speaks again only when the sentence speaks as a government does: to its citizens,
    # as a ministry ("Туристам в X советуют ..." alone is anybody's advice).
    if vocab.unnamed_states.search(text):
        return []  # "Несколько стран призвали своих граждан ...": governments left unnamed (perhaps named next)
    ministry = vocab.institution.search(text) is not None
    official = ministry or bool(vocab.citizens.search(text) or vocab.advisory.search(text))
    home = vocab.vocabulary.home or next((iso2 for word, iso2 in vocab.home_words if word.search(text)), None)
    if home and home not in exclude and vocab.topic_institution.search(text):
        return [home]  # ("外務省はマリ全土にレベル4を出している": the bare ministry is the one of the news' country)
    # "Dışişleri Bakanlığı ..." or "vatandaşlarımız" after "Brazilian officials declined to comment": a ministry named
    # alone, our citizens, are the home government's unless the government spoken of was named with a ministry
    ministry_at_home = bool(home and (ministry or vocab.our_citizens.search(text)) and ctx.speaker_at is not None)
    # (a government that only acted, further back than the sentences just read, gives nothing unnamed)
    heard = ctx.recent_speaker(reading.sentence)
    speaker = [heard] if heard and official and not ministry_at_home else []
    # "Für den Libanon gilt bereits seit Wochen eine Reisewarnung": a warning named with no government at all, in
    # news of a country whose government has advised in the article, is that government's (not one listed "also")
    home_advised = any(issuer == home for issuer, _subject in reading.advisories)
    unattributed = not ministry and not vocab.citizens.search(text) and vocab.advisory.search(text)
    if home and home_advised and home not in exclude and unattributed:
        return [home]
    for remembered in (reading.last_issuers[:1], [ctx.issuer] if ctx.issuer else [], speaker):
        if remembered and remembered[0] not in exclude:
            return list(remembered)
    if home and home not in exclude and (reading.institution_seen or ministry):
        return [home]
    return []


_NOUN_REACH = 40  # characters between a warning named and a word that says how high it is


def _beside_noun(text: str, noun: re.Match[str], words: Anchored) -> bool:
    """Whether one of `words` stands within reach of the warning named (before or after it)."""
    low, high = max(0, noun.start() - _NOUN_REACH), min(len(text), noun.end() + _NOUN_REACH)
    return any(m.end() <= noun.start() or m.start() >= noun.end() for m in words.finditer(text, low, high))


def _merge_advisory(
    reading: ForeignReading,
    issuer: str,
    subject: str | None,
    directive: Directive | None,
    level: int | None,
    lowered: bool,
    level_match: re.Match[str] | None,
    evidence: Evidence,
) -> None:
    key = (issuer, subject)
    kept = reading.advisories.get(key)
    if lowered:
        directive = Directive.LOWERED
    if kept is None:
        reading.advisories[key] = ExtractedAdvisory(
            issuer=issuer,
            subject=subject,
            level=level,
            level_raw=level_match.group(0) if level_match and level else None,
            directive=directive,
            regions=[] if subject else ["worldwide"],
            evidence=evidence,
            confidence=0.7,
        )
        return
    updates: dict[str, object] = {}
    stronger = directive and (kept.directive is None or DIRECTIVE_STRENGTH[directive] > DIRECTIVE_STRENGTH[kept.directive])
    # the sentence that tells it, not the headline that sums it up ("sconsiglia i viaggi" over a body's "rinviare i
    # viaggi non essenziali")
    told = (
        directive is not None
        and kept.directive is not None
        and is_headline(kept.evidence.start, kept.evidence.quote or "")
        and not is_headline(evidence.start, evidence.quote or "")
    )
    if (stronger or told) and kept.directive != Directive.LOWERED:
        updates["directive"] = directive
        updates["evidence"] = evidence
    if level and not kept.level:
        updates["level"] = level
    if updates:
        reading.advisories[key] = kept.model_copy(update=updates)


_CLAUSE_STOP = re.compile(r"[;:.!?。；]")
# a conjunction or comma between the asking and the act: the act is the asker's own next one
# (not Latin "a", which is a preposition in Spanish and Portuguese: "pidieron a Colombia reabrir")
_JOINED = re.compile(r"[,，、]|\s(?:и|і|а|i|ir|un|und|et|y|e|ve|and)\s|\sو|(?:并|並|且)", re.IGNORECASE)


# A verb in the infinitive, where a language marks it by its ending: asked for, not done
_INFINITIVE = {
    language: re.compile(pattern, re.IGNORECASE)
    for language, pattern in {
        "lt": r"\w+ti\b", "lv": r"\w+t\b", "ru": r"\w+(?:ть|ти)(?:ся)?\b", "uk": r"\w+(?:ти|ть)(?:ся)?\b",
        "pl": r"\w+(?:ć|c)(?:\s+się)?\b",
    }.items()
}


def _not_done(text: str, at: int, vocab: Compiled, governments: list[Mention] | None = None) -> bool:
    """Whether a border or mission action at `at` is negated right before it ("nie zamkną", "n'a pas fermé") or
    asked of a government by others in its clause ("Фермеры призвали Польшу закрыть границу"). A government named
    before the asking (`governments`, for missions) demands it: "Венесуэла призвала Аргентину отозвать дипломатов"
    is an expulsion, which the annotation records as done."""
    if vocab.not_before.search(text, max(0, at - 25), at):
        return True
    asked = vocab.asked.search(text, max(0, at - 80), at)
    if asked is None or _CLAUSE_STOP.search(text, asked.end(), at):
        return False
    joined = _JOINED.search(text, asked.end(), at)
    infinitive = _INFINITIVE.get(vocab.vocabulary.language)
    if joined is not None and not (infinitive and infinitive.match(text, at)):
        # ("Литва призвала граждан вернуться домой и закрыла границу": a second act of its own; not "ragina
        # Vyriausybę eiti toliau ir uždaryti visus punktus", a second act asked for, in the infinitive)
        return False
    return not (governments and any(m.start < asked.start() for m in governments))


def _borders(
    text: str,
    mentions: list[Mention],
    vocab: Compiled,
    ctx: ArticleContext,
    reading: ForeignReading,
    evidence: Evidence,
    only: BorderAction | None = None,
    until: int | None = None,
) -> None:
    """Border events of one sentence (`only` one action, stated before `until`, where given)."""
    end = len(text) if until is None else until
    found = [
        (action, match)
        for action, pattern in vocab.border_actions
        if (only is None or action == only) and (match := pattern.search(text, 0, end))
        # ("la frontière reste ouverte": open as it was, no reopening)
        and not (action == BorderAction.OPENED and vocab.remains_before.search(text, max(0, match.start() - 30), match.start()))
        and not _not_done(text, match.start(), vocab)
        # ("این معافیت فقط برای ورود از فرودگاه‌ها ... مرزهای زمینی": a visa rule's terms, no border event)
        and not (action == BorderAction.RESTRICTED and _VISA.search(text))
        # ("dato che lo spazio aereo iraniano resta chiuso": the airspace, not a land crossing)
        and not _AIRSPACE.search(text, max(0, match.start() - 40), match.start())
        and not _border_only_in_a_later_clause(text, match, vocab)
    ]
    verbs = {action: match.start() for action, match in found}
    first_told = len(reading.borders)
    recalled = False  # a closure recalled in a relative clause beside the reopening that ends it, or the reverse
    closed_state = (
        BorderAction.CLOSED in verbs
        and BorderAction.OPENED in verbs
        and _CLOSED_STATE_AFTER.match(text, next(m.end() for a, m in found if a == BorderAction.CLOSED)) is not None
    )
    if closed_state:
        # ("2013'ten bu yana kapalı olan ... Kapısı'nın yalnızca dönüşler için yeniden açıldığını": the gate that has been
        # closed, reopened for some; the closure is recalled beside the reopening, and a reopening for some stays one)
        found = [(action, match) for action, match in found if action != BorderAction.RESTRICTED]
        recalled = True
    elif BorderAction.RESTRICTED in verbs and BorderAction.OPENED in verbs and BorderAction.CLOSED not in verbs:
        # "открыла ... только для легковых автомобилей": a reopening for some stays a reopening (the annotation's
        # convention, as in English: "reopened the Torkham crossing for pedestrians only")
        found = [(action, match) for action, match in found if action != BorderAction.RESTRICTED]
    elif BorderAction.RESTRICTED in verbs and (BorderAction.OPENED in verbs or BorderAction.CLOSED in verbs):
        # "закрыла ... на ночное время", "закрыла ... для грузовиков": a partial closing
        found = [(action, match) for action, match in found if action not in (BorderAction.OPENED, BorderAction.CLOSED)]
    elif BorderAction.OPENED in verbs and BorderAction.CLOSED in verbs:
        # "reabrió los pasos ..., cerrados desde 2015": the verb that comes first acts, the later one recalls a state
        # (where the verb comes last, the main verb is the last: "مرز خسروی ... که ... بسته شده بود، ... گشوده شد")
        opened_first = verbs[BorderAction.OPENED] < verbs[BorderAction.CLOSED]
        later = BorderAction.CLOSED if opened_first == _verb_first(vocab) else BorderAction.OPENED
        earlier = BorderAction.OPENED if later == BorderAction.CLOSED else BorderAction.CLOSED
        # ("Le Bénin, qui avait fermé ses points de passage ..., les a rouverts": the relative clause recalls the
        # state the main verb ends; both are events, as a closure recapped is)
        # ("... la réouverture de sa frontière avec le Niger, qu'il avait fermée ...": the same, after the main verb)
        recalled = any(
            _RELATIVE_BEFORE.search(text, max(0, verbs[verb] - 30), verbs[verb]) is not None for verb in (earlier, later)
        )
        if not recalled:
            found = [(action, match) for action, match in found if action != later]
    for action, match in found:
        # "с Беларусью", "com o Brasil", "mit Slowenien": the other side; the state acting is named otherwise.
        others = [
            m
            for m in mentions
            if vocab.neighbour_before.search(text, max(0, m.start - 12), m.start)
            or vocab.neighbour_list.search(text, max(0, m.start - 60), m.start)
            or (_marked_after(text, m, vocab.neighbour_after) and not _listed_actor(text, m, mentions, vocab))
        ]
        if vocab.actor_after is not None:
            # a verb-final language marks the list's last name ("アルジェリア、ブルキナファソ…、チャドの5カ国との"): the
            # names listed before it are other sides too
            for last in sorted(others, key=lambda o: -o.start):
                for mention in reversed([m for m in mentions if m.end <= last.start]):
                    next_side = min((o for o in others if o.start >= mention.end), key=lambda o: o.start)
                    if mention in others or not _LIST_JOINER.fullmatch(text, mention.end, next_side.start):
                        break
                    others.append(mention)
        for mention in mentions:  # "con Colombia y Brasil", "z Litwą i Łotwą": the rest of the list
            # (the list after the nearest other side before it: "zu Polen, Tschechien und der Schweiz ..., zu Österreich")
            before_it = max((o for o in others if o.end <= mention.start), key=lambda o: o.end, default=None)
            if (
                before_it is not None
                and mention not in others
                and mention.kind != "metonym"  # ("... con la Tunisia, Farnesina aggiorna ...": a government speaks)
                and _LIST_JOINER.fullmatch(text, before_it.end, mention.start)
            ):
                others.append(mention)
        # ("تردد مسافر از مرز دوغارون به سمت افغانستان متوقف شده": where traffic heads is the other side)
        others += [m for m in mentions if m not in others and _HEADING_TO.search(text, max(0, m.start - 12), m.start)]
        # (nor the other side in a cause clause after a comma: "... ein, nachdem Flüchtlinge eingetroffen waren, die nach
        # Schweden wollten"; not "через усі пункти пропуску на кордоні з ...", a preposition the cause word can be)
        others = [m for m in others if not _in_cause_clause_after(text, match.end(), m, vocab)]
        actors = [m for m in mentions if m not in others and not _is_place(text, m, vocab)]
        # ("cerraron ... los pasos ... ante el avance de los grupos armados que controlan ... Haití": a state named in
        # the cause after the verb is where the trouble is, not who acts)
        actors = [m for m in actors if not _in_cause_after(text, match.end(), m, vocab)]
        if vocab.actor_after is not None:  # verb-final: the state its particle marks acts, wherever it stands
            marked = [m for m in actors if _marked_after(text, m, vocab.actor_after)]
            actors = marked + [m for m in actors if m not in marked]
        before = [m for m in actors if m.start < match.start()]
        # ("دو روز پس از سقوط کابل به دست طالبان، مقام‌های ایرانی ... بستند": a leading cause or time, up to its
        # comma, names no actor)
        lead = vocab.cause.search(text, 0, match.start())
        lead_end = _CLAUSE_COMMA.search(text, lead.end(), match.start()) if lead is not None else None
        if lead is not None and lead_end is not None:
            before = [m for m in before if not lead.start() <= m.start < lead_end.start()] or before
        # ("فتحت مصر معبر رفح أمام الجرحى الفلسطينيين فقط": a state named acts, not the people the crossing serves)
        before = [m for m in before if m.kind != "demonym"] or before
        # ("Міністерство ... України повідомило, що польська сторона ... обмежує": the side named acts, not the speaker)
        # ("Do lado sul-africano, a BMA encerrou ...": the side named before its adjective)
        before = [m for m in actors if m.start < match.start() and _SIDE_AFTER.match(text, m.end)] or [
            m for m in mentions if m.start < match.start() and _SIDE_BEFORE.fullmatch(text, 0, m.start)
        ] or before
        # ("Le poste-frontière de Malanville reste fermé côté nigérien": the side named after the verb acts)
        named_side = [
            m
            for m in mentions
            if match.end() <= m.start <= match.end() + 8 and _SIDE_WORD_BEFORE.search(text, max(0, m.start - 8), m.start)
        ]
        if named_side:
            before = named_side[:1]
        # ("أغلقت دول جوار سوريا معظم منافذها", the subject after the verb: states left unnamed act, nobody's known act)
        unnamed = vocab.unnamed_states.search(text, 0, match.start()) or vocab.unnamed_states.match(
            text, _skip_space(text, match.end())
        )
        if unnamed is not None and all(unnamed.start() <= m.start <= unnamed.end() + 2 for m in before):
            continue
        if not before:
            # ("Los pasos permanecían clausurados desde ..., cuando Rabat los cerró": the same act told again with its
            # actor right before it)
            patterns = dict(vocab.border_actions)
            for again in patterns[action].finditer(text, match.end()):
                named_before = [m for m in actors if match.end() <= m.start and 0 <= again.start() - m.end <= 12]
                if named_before:
                    before = named_before[-1:]
                    break
        topic = mentions[0] if mentions and mentions[0].kind == "alias" and mentions[0].start < match.start() else None
        if not before and others and topic is not None and not text[: topic.start].strip() and _TOPIC_AFTER.match(text, topic.end):
            # ("Libia: chiuso il valico di Ras Jedir con la Tunisia": the topic of a headline that names the other side acts)
            before = [topic]
        # ("È stato chiuso ... dalle autorità libiche il valico di Ras Jedir": the passive's agent acts)
        agent = next((m for m in actors if m.start > match.start() and _passive_agent(text, m, vocab)), None)
        if agent is not None:
            before = [agent]
        elif before and vocab.actor_after is None and not vocab.vocabulary.subject_first:
            # ("Paris place en rouge les zones frontalières, les points de passage restent fermés": a clause whose
            # subject is the crossings themselves; the state before it spoke of something else)
            clauses = _BORDER_CLAUSE_OPENS.finditer(text, before[-1].end, match.start())
            if any(vocab.border.match(text, clause.end()) for clause in clauses):
                actors = [m for m in actors if m.start > match.start()]
                before = []
        port_subject = _PORT_BEFORE_VERB.search(text, max(0, match.start() - 12), match.start()) is not None
        if port_subject:
            # ("随着尼泊尔货车驶过中尼友谊桥，…樟木口岸正式恢复货物通关": the port that is the verb's subject, not the
            # people or vehicles named before it)
            before = []
        if any(m.kind == "pair" for m in before):
            # "泰国军方表示，泰柬边境 ...": the two sides name the border; a state named otherwise acts, else a side named
            # as such after the verb ("на українсько-польському кордоні тимчасово припинить роботу: польська сторона
            # розпочинає реконструкцію"), else the first side
            side = [m for m in mentions if m.start > match.start() and _SIDE_AFTER.match(text, m.end)]
            before = [m for m in before if m.kind != "pair"] or side[:1] or [m for m in before if m.kind == "pair"][:1]
        listed: list[str] = []  # "Польша, Литва и Латвия пригрозили закрыть ...": each state of the list acts
        if vocab.actor_after is not None and actors:
            country: str | None = actors[0].iso2
            listed = [m.iso2 for m in mentions if m.iso2 != country and _listed_actor(text, m, mentions, vocab)]
        elif before and vocab.vocabulary.subject_first:
            # ("اسلام‌آباد ... هم‌زمان با تجاوز رژیم صهیونیستی به ایران، گذرگاه‌های مرزی خود با ایران ... بست": Islamabad
            # closed; not a dateline's city: "تهران- ایرنا-")
            subjects = [m for m in before if not _DATELINE_DASH.match(text, m.end)] or before
            # (a reported clause has its own subject: "سفارت ... ایران ... اعلام کرد که دولت ترکیه ... بسته است")
            that = text.rfind(" که ", 0, match.start())
            subjects = [m for m in subjects if m.start > that] or subjects
            country = subjects[0].iso2
            # ("ترکیه، پاکستان، ارمنستان و افغانستان ... گذرگاه‌های مرزی خود با ایران را بسته بودند": each of a list its
            # "and" closes; not "Türkiye, Ermenistan'ın ... ardından": a comma before another's genitive)
            run_end = _run(text, subjects, 0)[1]
            if run_end > 0 and _LIST_CLOSING_AND.search(text, subjects[run_end - 1].end, subjects[run_end].start):
                listed = [m.iso2 for m in subjects[1 : run_end + 1] if m.iso2 != country]
        elif before:
            # (not where people come from: "прекратил прием беженцев с юга Киргизии и закрыл границу")
            before = [m for m in before if not _FROM_BEFORE.search(text, max(0, m.start - 16), m.start)] or before
            # ("Le Bénin, comme le Nigeria, avait fermé sa frontière": the state compared with acts too, not alone)
            like = [m for m in before if _LIKE_BEFORE.search(text, max(0, m.start - 12), m.start)]
            unlike = [m for m in before if m not in like] or before
            # ("La Tanzanie, principal couloir d'approvisionnement du Burundi, a elle aussi fermé": an appositive's
            # country describes the subject before it)
            unlike = [m for m in unlike if not _in_appositive(text, m, unlike)] or unlike
            country = unlike[-1].iso2
            listed = [m.iso2 for m in unlike[_run(text, unlike, len(unlike) - 1)[0] : -1]]
            listed += [m.iso2 for m in like if m.iso2 != country]
        else:
            # a state named only after the verb ("готовы закрыть ... КПП на латвийско-белорусской границе") describes
            # the border; the state the article's border news is about acts, where there is one
            country = _unnamed_border_state(others, vocab, ctx, reading) if ctx.border_pair else None
            if country is None and port_subject:
                country = _side_by_crossing(text, ctx)
            if country is None and actors:
                # ("Abgeriegelt haben ihre Grenzen zu Mali Senegal, die Elfenbeinküste und Guinea": the subject put
                # last, with the rest of its list)
                country = actors[0].iso2
                listed = [m.iso2 for m in actors[1 : _run(text, actors, 0)[1] + 1]]
        if country is None:
            country = _unnamed_border_state(others, vocab, ctx, reading) or _side_by_crossing(text, ctx)
        home = vocab.vocabulary.home
        # (not a government named by its adjective: "Il governo sloveno ha chiuso ...")
        people = before and all(
            m.kind == "demonym" and not _SIDE_AFTER.match(text, m.end) and not _names_institution(text, m, vocab) for m in before
        )
        if home and country != home and people and agent is None and vocab.institution.search(text):
            # ("İçişleri Bakanlığı, ... Yayladağı Sınır Kapısı'nın Suriyelilerin geçişine yeniden açıldığını bildirdi"):
            # the people a crossing serves do not act; the ministry of the news' country that speaks does (not "польська
            # сторона", a side that acts)
            country = home
        neighbours = [bordering_namesake(country, m.iso2) if country else m.iso2 for m in others if m.iso2 != country]
        if named_side and not neighbours and country:
            # ("la frontière avec le Niger toujours fermée côté nigérien": the side named was the other side named; the
            # border is the article's with it)
            neighbours = _article_neighbour(country, ctx)
        # states doing the same in a clause of their own are no other side ("Litwa zamknęła dwa przejścia, a Łotwa – jedno")
        elliptic = _elliptic_actors(text, mentions, match, vocab)
        actors = [m for m in actors if m.iso2 not in elliptic]
        if not neighbours and country and _ALL_BORDERS.search(text, max(0, match.start() - 60), match.end() + 90):
            # "reabriram hoje todas as fronteiras do país": every neighbour of the state the article names
            in_article = [c for c, weight in ctx.focus_counts.items() if weight > 0 and c != country]
            neighbours = [c for c in in_article if c in neighbours_of(country)]
        if not neighbours and country:
            # a crossing named tells the other side before a state named for something else does ("Польша закрыла
            # пункт пропуска «Бобровники», а Латвия — «Силене»": Belarus, not Latvia)
            # (or by the crossing the sentence before named: "... Refah Sınır Kapısı ... Mısır, sınır kapısını ...")
            by_crossing = neighbour_by_crossing(text, country) or neighbour_by_crossing(reading.previous_text, country)
            neighbours = (
                [by_crossing] if by_crossing else [m.iso2 for m in actors if m.iso2 != country]
            ) or _article_neighbour(country, ctx)
        if country is None or not neighbours:
            continue
        listed += [state for state in elliptic if state != country]
        count = next((c for c in vocab.crossing_count.finditer(text) if not _MONTH_AFTER.match(text, c.end(1))), None)
        affected = vocab.number(_first_group(count)) if count else None
        surfaces = {m.surface for m in mentions}  # ("com o Chile" is the country, not a crossing like it)
        named = [(name, crossing) for name, crossing in crossings_named(text, (country, neighbours[0])) if name not in surfaces]
        if affected is None and named:
            affected = len(named)  # naming the crossings acted on counts them (as the English reader does)
        # ("Colombia y Venezuela reabrieron sus pasos fronterizos": the two sides listed as the actors act together;
        # not "Der Grenzübergang zwischen Polen und Belarus bleibt geschlossen", where they name the border)
        mutual_word = vocab.mutual.search(text) is not None
        mutual = (
            mutual_word
            or (
                not others
                and set(listed) == set(neighbours) - {country} != set()
                and not vocab.border.search(text, 0, min((m.start for m in before or actors), default=0))
            )
            or (not others and _two_states_joined(text, actors, vocab))
        )
        pairs: list[tuple[str, str]] = []
        group = list(dict.fromkeys([*listed, country]))
        if len(group) > 1 and mutual_word:
            # "Latvija ir Estija atvėrė savo tarpusavio sieną bei sieną su Lietuva", "Lietuva, Latvija ir Estija vėl
            # atveria sienas viena kitos gyventojams": the subjects' borders with each other, and each one's border
            # with the other states named
            pairs = [(state, other) for state in group for other in group if state != other and _meet(state, other)]
            pairs += [(state, n) for state in group for n in neighbours if n not in group and _meet(state, n)]
        at_sea = _SEA_BORDER.search(text) is not None
        if at_sea:
            # (not the kingdom the islands belong to: "esos territorios del Reino de los Países Bajos")
            kingdoms = {
                m.iso2
                for m in mentions
                if _KINGDOM.match(m.surface) or _KINGDOM_BEFORE.search(text, max(0, m.start - 20), m.start)
            }
            neighbours = [n for n in neighbours if n not in kingdoms]
        for neighbor in [] if pairs else dict.fromkeys(neighbours):
            # (at sea, an island with no land border of its own: "la frontera ... marítima ... con Aruba")
            if not _meet(country, neighbor) and not (at_sea and neighbor != country and not neighbours_of(neighbor)):
                continue  # ("日本政府は…国境の検問所が閉鎖されたと発表した": no border of the speaker's)
            pairs += [(country, neighbor), (neighbor, country)] if mutual else [(country, neighbor)]
            pairs += [
                (state, neighbour_by_crossing(text, state) or neighbor)
                for state in listed
                if state not in (country, neighbor)
            ]
        for acting, other in dict.fromkeys(pairs):
            own = named
            if acting != country and acting not in neighbours:  # a state listed with its own crossings: those
                own = [(name, c) for name, c in crossings_named(text, (acting, other)) if name not in surfaces]
            reading.borders.append(
                BorderEvent(
                    country=acting,
                    neighbor=other,
                    action=action,
                    crossings_affected=affected if own is named else len(own) or None,
                    crossing_names=[name for name, _crossing in own],
                    evidence=evidence,
                    confidence=0.65,
                )
            )
        ctx.border_pair = (country, neighbours[0])
        if not recalled:
            return  # one action per sentence: the first listed is the most specific
    if closed_state:
        # the gate recalled as closed is the one reopened: the same sides
        told = reading.borders[first_told:]
        opened = next((e for e in told if e.action == BorderAction.OPENED), None)
        if opened is not None:
            reading.borders[first_told:] = [
                e.model_copy(update={"country": opened.country, "neighbor": opened.neighbor})
                if e.action == BorderAction.CLOSED
                else e
                for e in told
            ]


def _side_by_crossing(text: str, ctx: ArticleContext) -> str | None:
    """The side of a bundled crossing a sentence names with no state ("Пункт пропуска «Верхний Ларс» ... не работает",
    "南伞口岸暂停旅客出入境"), on a border of a country the article is about: the side whose name for it is written."""
    for country in ctx.main_countries()[:3]:
        for neighbour in neighbours_of(country):
            found = crossings_named(text, (country, neighbour))
            if found:
                name, crossing = found[0]
                # (without a case ending after an apostrophe: "Öncüpınar'da" is the Turkish side's name)
                bare = _CASE_ENDING.sub("", name)
                if (bare.endswith("口岸") or bare + "口岸" in text) and "CN" in (crossing.country, crossing.neighbour):
                    return "CN"  # ("樟木口岸": a Chinese port of entry, whichever side the bundled record lists first)
                by_other_name = folded_key(bare) == folded_key(crossing.name_other_side or "")
                return crossing.neighbour if by_other_name else crossing.country
    return None


_CASE_ENDING = re.compile(r"['’]\w{1,4}$")
# A cause word that tells a time ("after"): what follows it happened too
_TIME_BEFORE = re.compile(r"\s*(?:بعد|عقب|إثر)", re.IGNORECASE)
# A Turkish participle that makes a closure the state of the gate named after it ("kapalı olan ... Kapısı")
_CLOSED_STATE_AFTER = re.compile(r"\s+olan\b")
# "like" right before a state named beside the subject ("Le Bénin, comme le Nigeria, ...")
_LIKE_BEFORE = re.compile(
    r",\s*(?:comme|como|come|wie|как\s+и|як\s+і|jak|kaip\s+ir|tāpat\s+kā)\s+(?:(?:le|la|les|el|il|lo|o|a|der|die|das)\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
# A relative clause's opening right before a verb ("Le Bénin, qui avait fermé ...")
_RELATIVE_BEFORE = re.compile(
    r",\s*(?:(?:qui|che|que|welche[rs]?|der|die|das|который|которая|которое|которые|który|która|które|kuri|kuris|kurš|kura)\s+|"
    r"qu['’])(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A comma and perhaps a short article that open a clause ("..., les points de passage restent fermés")
_BORDER_CLAUSE_OPENS = re.compile(r"[,，]\s*(?:\w{1,3}\s+|\w['’]\s*)?(?=\w)")
# A month after a number makes it a date ("le 23 avril le poste"), not a count of crossings
_MONTH_AFTER = re.compile(
    r"\s+(?:janv|févr|mars|avril|mai|juin|juil|août|sept|oct|nov|déc|ene|feb|abr|may|jun|jul|ago|sep|dic|gen|mag|giu|lug|"
    r"set|ott|fev|out|dez|jan|apr|aug|dec|mär|okt|stycz|lut|marc|kwiet|maj|czerw|lip|sierp|wrześ|paźdz|listop|grud|"
    r"январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|"
    r"верес|жовт|листоп|груд|saus|vasar|kov|baland|geguž|biržel|liep|rugpj|rugs|spal|lapkr|gruod|janvār|februār|mart|"
    r"aprīl|jūnij|jūlij|august|septembr|oktobr|novembr|decembr|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|"
    r"ekim|kasım|aralık)",
    re.IGNORECASE,
)
# "all the borders" (of the state acting), in the languages read
_ALL_BORDERS = re.compile(
    r"\b(?:todas\s+as|todas\s+las|toutes\s+(?:les|ses)|alle[nr]?|tutte\s+le|wszystkie|все|всех|усі|всі|visas|visus|tüm|bütün)\s+(?:\w+\s+)?"
    r"(?:fronteiras|fronteras|frontières|\w*[Gg]renzen|frontiere|granice|границы|границ|кордони|robežas|sienas|sınır\w*)|"
    r"(?:جميع|كل)\s+(?:ال)?(?:حدود|منافذ)|همه\s+(?:\S+\s+)?مرز|所有(?:边境|邊境|口岸)|全部(?:边境|邊境|口岸)|모든\s+국경|(?:すべて|全て)の国境|"
    # "la réouverture des frontières terrestres, maritimes et aériennes du pays": the country's borders, every one
    r"(?<!partie\sdes\s)(?<!parte\sde\slas\s)(?<!parte\sdas\s)(?<!parte\sdelle\s)"
    r"\b(?:frontières|fronteras|fronteiras|frontiere|Grenzen|границы|кордони)\s+(?:[\w,]+\s+){0,5}?"
    r"(?:(?:du|del|do|des)\s+(?:pays|país|paese|Landes)|страны|країни)\b",
    re.IGNORECASE,
)
# "la frontera aérea y marítima de Venezuela con las islas de Aruba, Curazao y Bonaire": sides that meet only at sea
_SEA_BORDER = re.compile(
    r"\b(?:marítim\w*|maritim\w*|marittim\w*|морск\w*|морськ\w*|morsk\w*|jūr\w*|deniz\s+sınır\w*)|海上|بحري", re.IGNORECASE
)
_APPOSITIVE_SPAN = re.compile(r",\s+[^,;.]{1,60}")
_APPOSITIVE_ENDS = re.compile(r"\s*,")


def _in_appositive(text: str, mention: Mention, named: list[Mention]) -> bool:
    """Whether a name stands inside a comma-bounded aside right after another name ("La Tanzanie, principal couloir
    d'approvisionnement du Burundi, a ..."): it describes that one."""
    return _APPOSITIVE_ENDS.match(text, mention.end) is not None and any(
        other.end <= mention.start and _APPOSITIVE_SPAN.fullmatch(text, other.end, mention.start) for other in named
    )


_PORT_BEFORE_VERB = re.compile(r"口岸(?:正式|已|已经|再次|重新|随即|也)?$")
_FROM_BEFORE = re.compile(
    r"\b(?:из|із|от|від)\s+$|\b(?:с|со|з|із)\s+(?:юга|севера|запада|востока|півдня|півночі|заходу|сходу)\s+$", re.IGNORECASE
)
_CJK_STAFF_AFTER = re.compile(r"[其该該]?駐?驻?[^\s，。、]{0,3}人[员員]")  # ("其駐台人員": its staff stationed in Taiwan)
# A scale said to consist of levels ("황색·홍색·흑색 3단계로 구성되며", "3段階で構成", "分为三级"): described, not given
_SCALE_DESCRIBED = re.compile(r"(?:로|으로)\s*(?:구성|나뉜|나뉘|나누어|이뤄|이루어|분류)|段階(?:で構成|に分かれ)|分[为為][一二三四五1-5]级")
_KINGDOM = re.compile(r"(?:Reino|Kingdom|Royaume|Königreich|Regno|Koninkrijk)\b", re.IGNORECASE)
_KINGDOM_BEFORE = re.compile(r"\b(?:Reino|Kingdom|Royaume|Königreich|Regno|Koninkrijk)\s+(?:de|of|des|der|del|dei)\s+(?:los|las|the|l[ae]s?|)\s*$", re.IGNORECASE)
_ELLIPSIS_BEFORE = re.compile(r",\s*(?:а|a|i|и|і|y|e|et|und|ir|un|and|while)\s+$", re.IGNORECASE)
_ELLIPSIS_AFTER = re.compile(r"\s*[—–-]\s")
_QUOTED_NAME = re.compile(r"[«„“\"](\w[\w'’ -]*)")  # the words a quotation mark opens
_SPACE = re.compile(r"\s+")


# "and" between two names, with the second one's article ("y la", "e i")
_JOINED_BY_AND = re.compile(r"\s*(?:\b" + _AND + r"\b|و|和|と|や|과|와)\s*" + _NEXT_ARTICLE, re.IGNORECASE)


def _between_pair(text: str, mentions: list[Mention]) -> list[Mention]:
    """The two names of "A and B" followed by "between" in the languages that put it after them ("이스라엘과 이란 간",
    "イスラエルとイランの間", "以色列和伊朗之间"): the sides of a relation."""
    pairs: list[Mention] = []
    for first, second in itertools.pairwise(mentions):
        # (the Korean "and" may end the word the first name was found in: "이스라엘과 이란")
        joined = _JOINED_BY_AND.fullmatch(text, first.end, second.start) or (
            first.surface[-1:] in ("과", "와") and not text[first.end : second.start].strip()
        )
        if joined and _BETWEEN_AFTER.match(text, second.end):
            pairs += [first, second]
    return pairs


_BETWEEN_AFTER = re.compile(r"\s*(?:간|사이|の間|間|之间|之間)")


def _in_cause_after(text: str, verb_end: int, mention: Mention, vocab: Compiled) -> bool:
    """Whether a state is named inside a cause that follows the act ("ante el avance de ... Haití"), in one clause."""
    if mention.start < verb_end or _passive_agent(text, mention, vocab):
        return False  # ("cerrado por la Dirección General de Migración panameña": the agent, not a cause)
    cause = vocab.cause.search(text, verb_end, mention.start)
    # (a relative clause goes on inside the cause: "nachdem Flüchtlinge eingetroffen waren, die nach Schweden wollten")
    return cause is not None and not any(
        not _RELATIVE_AFTER_COMMA.match(text, comma.end()) for comma in _CLAUSE_COMMA.finditer(text, cause.end(), mention.start)
    )


def _in_cause_clause_after(text: str, verb_end: int, mention: Mention, vocab: Compiled) -> bool:
    """Whether a state is named inside a cause clause set off by a comma after the act (`_in_cause_after`)."""
    cause = vocab.cause.search(text, verb_end, mention.start)
    return (
        cause is not None
        and _CLAUSE_COMMA.search(text, verb_end, cause.start()) is not None
        and _in_cause_after(text, verb_end, mention, vocab)
    )


_RELATIVE_AFTER_COMMA = re.compile(r"\s*(?:die|der|das|welche[rs]?|qui|que|che|cui|quien(?:es)?|который|которые|которая|które|który|która)\b")


def _passive_agent(text: str, mention: Mention, vocab: Compiled) -> bool:
    """Whether a state is named as a passive's agent ("par l'Espagne", "dalle autorità libiche")."""
    start = mention.start
    if (authorities := _AUTHORITIES_BEFORE.search(text, max(0, start - 20), start)) is not None:
        start = authorities.start()
    if vocab.agent.search(text, max(0, start - 16), start) is not None:
        return True
    if mention.kind != "demonym" or not vocab.vocabulary.adjective_after:
        return False
    # ("pela Autoridade de Gestão de Fronteiras sul-africana": an institution's name between the agent and its state)
    name = _INSTITUTION_BEFORE.search(text, max(0, start - 70), start)
    return name is not None and any(
        vocab.agent.search(text, max(0, word.start() - 16), word.start()) for word in _WORD.finditer(text, name.start(), start)
    )


_INSTITUTION_BEFORE = re.compile(r"(?:[^\W\d][\w'’-]*\s+){2,6}$")
_WORD = re.compile(r"[^\W\d][\w'’-]*")
# The authorities of a state named by its adjective after them ("dalle autorità libiche", "par les autorités maliennes")
_AUTHORITIES_BEFORE = re.compile(r"\b(?:autorità|autorités|autoridades|Behörden|authorities|władze)\s+$", re.IGNORECASE)


def _two_states_joined(text: str, actors: list[Mention], vocab: Compiled) -> bool:
    """Whether the sentence's only two states act together, joined by "and" ("أغلقت الجزائر وتونس حدودهما", "Cezayir ve
    Tunus ... sınırı kapattı"): each closes its side of their border (not "Latvijas un Krievijas robežas", which
    names the border, nor a border named before them)."""
    if len({m.iso2 for m in actors}) != 2:
        return False
    return any(
        first.iso2 != second.iso2
        and _JOINED_BY_AND.fullmatch(text, first.end, second.start) is not None
        and not vocab.border.match(text, _skip_space(text, second.end))
        and not vocab.border.search(text, 0, first.start)  # ("Der Grenzübergang zwischen Polen und Belarus")
        for first, second in itertools.pairwise(actors)
    )


_INSTITUTION_GAP = re.compile(r"[^,.;:!?«»„“”\"]{0,40}")


def _names_institution(text: str, mention: Mention, vocab: Compiled) -> bool:
    """Whether a name belongs to a government body named right before it ("le ministère belge", "МИД Швеции")."""
    return any(
        _INSTITUTION_GAP.fullmatch(text, body.end(), mention.start)
        for body in vocab.institution.finditer(text, max(0, mention.start - 60), mention.start)
    )


_QUOTES = re.compile("[„«“”»\"「」『』]")


def _speaker_after_quote(text: str, at: int, mentions: list[Mention]) -> str | None:
    """The government named right after the quotation that holds `at`, if `at` is quoted: the speaker of the words."""
    before = list(_QUOTES.finditer(text, 0, at))
    after = _QUOTES.search(text, at)
    if not before or after is None or before[-1].group() not in "„«“\"「『" or after.group() not in "“”»\"」』":
        return None
    if before[-1].group() == '"' and sum(m.group() == '"' for m in before) % 2 == 0:
        return None  # (a straight quotation closed before `at`)
    return next((m.iso2 for m in mentions if m.start > after.start()), None)


def _listed_actor(text: str, mention: Mention, mentions: list[Mention], vocab: Compiled) -> bool:
    """Whether "with" after a name joins it to the actor named right after it ("태국과 중국은": Thailand and China):
    in Korean the word for "and" is the word for "with"."""
    following = next((m for m in mentions if m.start >= mention.end), None)
    return (
        following is not None
        and vocab.actor_after is not None
        and following.start - mention.end <= _LIST_GAP_CHARACTERS
        and _marked_after(text, following, vocab.actor_after)
    )


_LIST_GAP_CHARACTERS = 3  # "과 " between two names of one list
_LIST_CLOSING_AND = re.compile(r"(?<!\w)(?:ve|و|and)(?!\w)", re.IGNORECASE)  # the "and" that closes a list (subject-first languages)


def _elliptic_actors(text: str, mentions: list[Mention], verb: re.Match[str], vocab: Compiled) -> list[str]:
    """States that do the same in a clause of their own: without its verb ("..., а Латвия — «Силене»", "..., a
    Łotwa – Silene"), with the verb again ("..., а Латвия закрыла «Силене»") or following the example ("..., а
    Латвия последовала её примеру")."""
    return [
        m.iso2
        for m in mentions
        if m.start >= verb.end()
        and _ELLIPSIS_BEFORE.search(text, max(0, m.start - 12), m.start)
        and (_ELLIPSIS_AFTER.match(text, m.end) or _acts_again(text, m.end, verb.re, vocab.similar))
    ]


def _gapped_clause(text: str, mentions: list[Mention], vocab: Compiled) -> tuple[int, str, list[str]] | None:
    """A clause after a statement of advice that names a government, a dash for the verb and places ("..., а
    Австралия — Израиль", "..., a Australia – Izraela"): where it starts, its government and its places."""
    first = min((m.end() for _d, pattern in vocab.directives if (m := pattern.search(text))), default=None)
    if first is None:
        return None
    for index, mention in enumerate(mentions):
        if mention.start < first or _is_place(text, mention, vocab):
            continue
        joint = _ELLIPSIS_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        if joint is not None and _ELLIPSIS_AFTER.match(text, mention.end):
            places = [m.iso2 for m in mentions[index + 1 :] if m.iso2 != mention.iso2]
            return (joint.start(), mention.iso2, list(dict.fromkeys(places))) if places else None
    return None


def _acts_again(text: str, at: int, *patterns: re.Pattern[str] | Anchored) -> bool:
    """Whether one of `patterns` opens the clause after a name, right away or after one word ("также закрыла")."""
    space = _SPACE.match(text, at)
    if space is None:
        return False
    word = _ONE_WORD.match(text, space.end())
    starts = [space.end()] + ([word.end()] if word else [])
    return any(pattern.match(text, start) for pattern in patterns for start in starts)


def _unnamed_border_state(others: list[Mention], vocab: Compiled, ctx: ArticleContext, reading: ForeignReading) -> str | None:
    """The state acting when the sentence does not name it: the pair the article is about, else the language's
    government when its border guard or ministry speaks."""
    other = others[0].iso2 if others else None
    if ctx.border_pair and (other is None or other in ctx.border_pair):
        return ctx.border_pair[0] if ctx.border_pair[0] != other else ctx.border_pair[1]
    home = vocab.vocabulary.home
    # (not a home government with no border there: "Die Militärjunta öffnete ... die Landgrenzen zu Algerien" in a German
    # story about Niger)
    if home and home != other and reading.institution_seen and (other is None or other in neighbours(home)):
        return home
    main = ctx.main_country(exclude={other} if other else None)
    if main and other and other in neighbours(main):
        return main
    return None


def _article_neighbour(country: str, ctx: ArticleContext) -> list[str]:
    """The other side when only the acting state is named: the border pair the article is about, else the
    country the article names most that borders it."""
    if ctx.border_pair and country in ctx.border_pair:
        return [c for c in ctx.border_pair if c != country][:1]
    near = set(neighbours(country))
    if ctx.border_pair and ctx.border_pair[1] in near:
        # "Polska zamknęła przejście z Białorusią. Litwa zamknęła dwa przejścia": the neighbour of the border
        # event just reported, where it meets this state too (as the English reader does)
        return [ctx.border_pair[1]]
    ranked = sorted((c for c in ctx.focus_counts if c in near), key=lambda c: -ctx.focus_counts[c])
    return ranked[:1]


# "but" opening a clause after a denial ("السفارة لن تغلق رسمياً، لكن عملها سيقلص", "will not close, but its work will be cut")
_BUT_AFTER = re.compile(r"[,،;]\s*(?:لكن|ولكن|mais|aber|pero|sino\s+que|ma|mas|но|але|ale|bet|ama|fakat|但|但是|하지만|그러나|しかし|ولی|اما)(?!\w)", re.IGNORECASE)


def _acts_after_but(
    text: str, negation: re.Match[str], mentions: list[Mention], vocab: Compiled, ctx: ArticleContext, reading: ForeignReading,
    evidence: Evidence,
) -> None:
    """The mission's act a "but" clause states after a denial of another: the denied words set aside, the rest read."""
    but = _BUT_AFTER.search(text, negation.end())
    word = vocab.mission.search(text, 0, but.start()) if but is not None else None
    if but is None or word is None or not any(pattern.search(text, but.end()) for _a, pattern in vocab.mission_actions):
        return
    masked = text[: negation.start()] + " " * (but.end() - negation.start()) + text[but.end() :]
    if vocab.negation.search(masked):
        return
    told = len(reading.missions)
    _missions_and_repeats(masked, mentions, vocab, ctx, reading, evidence, word)
    reading.missions[told:] = [m.model_copy(update={"text": text}) for m in reading.missions[told:]]


def _missions_and_repeats(
    text: str,
    mentions: list[Mention],
    vocab: Compiled,
    ctx: ArticleContext,
    reading: ForeignReading,
    evidence: Evidence,
    word: re.Match[str],
) -> None:
    """The mission events of a sentence, and the same events for the governments of a clause after them that says
    they did the same ("La Spagna ha annunciato l'evacuazione ..., e Paesi Bassi e Svezia hanno seguito l'esempio")."""
    # (not the city of a dateline: "BANGUI, 29 décembre 2012 (...) – Les États-Unis ont suspendu ...")
    mentions = [m for m in mentions if m.start >= reading.filed_from]
    similar = vocab.similar.search(text, word.end())
    cut = max(text.rfind(mark, 0, similar.start()) for mark in ",;،，") if similar else -1
    if similar is None or cut <= word.start() or not _reports_event(text[:cut], vocab):
        _missions(text, mentions, vocab, ctx, reading, evidence, word)
        return
    before = len(reading.missions)
    _missions(text[:cut], [m for m in mentions if m.end <= cut], vocab, ctx, reading, evidence, word)
    done = reading.missions[before:]
    clause = [i for i, m in enumerate(mentions) if m.start > cut]
    # the governments between the clause's start and the phrase, else listed right after it (the verb first)
    named = [mentions[i] for i in clause if mentions[i].start < similar.start()]
    if not named and clause:
        first = next((i for i in clause if mentions[i].start >= similar.end()), None)
        named = mentions[first : _run(text, mentions, first)[1] + 1] if first is not None else []
    taken = {m.in_country for m in done} | {m.mission_of for m in done}
    # (the names the phrase ends on are its agents: "seguiti a pochi giorni di distanza dal Bahrein")
    agents = {m.start for m in named if m.start == similar.end()}
    agents |= {m.start for m in named if agents and m.start > similar.end()}
    for country in dict.fromkeys(
        m.iso2 for m in named if (m.start in agents or not _is_place(text, m, vocab)) and m.iso2 not in taken
    ):
        reading.missions += [m.model_copy(update={"mission_of": country, "text": text}) for m in done]


def _missions(
    text: str,
    mentions: list[Mention],
    vocab: Compiled,
    ctx: ArticleContext,
    reading: ForeignReading,
    evidence: Evidence,
    word: re.Match[str],
) -> None:
    # ("英軍機でドバイに退避", "미군기로", "美军机"): whose aircraft carried the staff, neither owner nor host; nor where
    # staff were moved to, written before its verb ("隣国ドミニカ共和国に移した", "사우디아라비아 제다로 철수했다")
    # ("mit einer französischen Maschine ausgeflogen": whose plane)
    mentions = [
        m
        for m in mentions
        if not _AIRCRAFT_AFTER.match(text, m.end)
        and not _moved_to(text, m)
        and not (m.kind == "demonym" and vocab.vehicle_after.match(text, m.end))
        # ("французькі сили «Лікорн» ... вивезли з міста дипломатів Індії": the forces that carried them out, no host)
        and not (m.kind == "demonym" and (_FORCES_AFTER.match(text, m.end) or _FORCES_BEFORE.search(text, max(0, m.start - 20), m.start)))
    ]
    places = [m for m in mentions if _is_place(text, m, vocab) or _capital_as_place(text, m, vocab)]
    # ("في العاصمة اليمنية صنعاء": the city named right after the place's adjective is the same place)
    places += [
        b
        for a, b in itertools.pairwise(mentions)
        if a in places and a.kind == "demonym" and b.kind in ("metonym", "capital") and text[a.end : b.start].isspace()
    ]
    # "... знову запрацювало посольство, яке закривалося через вимушену евакуацію": an evacuation named as the cause
    # of another action is not an event of its own
    cause = vocab.cause.search(text)
    # (not a time: "تعليق عمل سفاراتها ... بعد إجلاء طواقمها", suspended after evacuating its staff, states both)
    cause_at = cause.start() if cause and not _TIME_BEFORE.match(cause.group(0)) else len(text)
    stated_before_cause = any(pattern.search(text, 0, cause_at) for _action, pattern in vocab.mission_actions)
    spans: list[tuple[int, int]] = []  # one phrase states one action: "철수를 명령" is an order, not an evacuation
    found = [(action, pattern.search(text)) for action, pattern in vocab.mission_actions]
    if not any(match for _action, match in found) and _names_the_unnamed(text, mentions, places, reading, evidence, word):
        return
    if not any(match for _action, match in found):
        # "L'ambassade de France à Ouagadougou a de nouveau été visée samedi": whose and where "l'ambassade" of the
        # next sentences is (one government beside the mission word, one place)
        named = _mission_word(text, mentions, places, len(text), vocab, word)
        beside = {m.iso2 for m in mentions if m not in places and _distance(text, m, named) <= _NEAR}
        seat = {m.iso2 for m in places}
        if len(beside) == 1 and len(seat) == 1 and beside != seat:
            ctx.mission_of, ctx.mission_in = beside.pop(), seat.pop()
            reading.seat_named = (ctx.mission_of, ctx.mission_in)
        return
    # ("chiusa al pubblico ..., ma garantirà l'assistenza consolare in caso di emergenza": one state, emergencies only)
    emergency_only = any(action == MissionAction.EMERGENCY_SERVICES_ONLY and match for action, match in found)
    # (no host is a government its particle marks, nor one listed with it: "..., 英国やドイツも大使館員を…")
    marked_governments = {
        iso2
        for m in mentions
        if vocab.actor_after is not None and _marked_after(text, m, vocab.actor_after)
        for iso2 in _coordinated_run(text, mentions, m)
    }
    for action, match in found:
        if emergency_only and action in (MissionAction.SUSPENDED, MissionAction.REDUCED_SERVICES):
            continue
        if match is None or any(start < match.end() and match.start() < end for start, end in spans):
            continue
        spans.append(match.span())
        if action == MissionAction.EVACUATED and stated_before_cause and match.start() > cause_at:
            continue
        if _not_done(text, match.start(), vocab, governments=mentions):
            continue  # "Niemcy nie zamkną ambasady", "Депутаты призвали эвакуировать посольство": no event
        if action in (MissionAction.SUSPENDED, MissionAction.REOPENED) and _closes_a_crossing(text, match, vocab):
            continue  # "ноту посольства ..., в которой уведомляют о решении ... закрыть ... пункт пропуска": a crossing's
        if action == MissionAction.REOPENED and _WHEN_CONDITIONS.search(text, match.end(), match.end() + 60):
            continue  # ("ستستأنف عملها عندما تسمح الظروف": will resume when conditions allow, not reopened)
        if action == MissionAction.REOPENED and vocab.remains_before.search(text, max(0, match.start() - 30), match.start()):
            continue  # "Konsulat ... pozostaje otwarty": open all along, not reopened
        if action == MissionAction.EVACUATED and _evacuates_citizens(text, match, vocab):
            continue  # "a commencé à évacuer ses ressortissants": citizens, not the mission
        if action == MissionAction.EVACUATED and _families_only(text, vocab):
            action = MissionAction.ORDERED_DEPARTURE  # "семьи российских дипломатов вывезены": the mission works on
        # ("ont été évacués ... par la route vers la Tunisie": where the staff went is not where the mission is)
        went_to = {
            m.iso2
            for m in places
            if action in _LEAVING_ACTIONS
            and (_TOWARDS.search(text, max(0, m.start - 60), m.start) or _TOWARDS_AFTER.match(text, m.end))
        }
        # (where staff were moved to is no host, whatever the act: "大使館を一時閉鎖し、…カタールに退避")
        hosts = [m.iso2 for m in places if m.iso2 not in went_to]
        if not hosts:
            # ("Almanya, İstanbul Başkonsolosluğunu kapattı", "das Generalkonsulat in Erbil"): a city of the missions
            # data names where the mission is (not where its staff went; not a word written small, "kabul")
            # ("консульство в Басре", "konsulat w Erbilu": the city in the language's alphabet and case)
            # (not a country's name: "Colombia" is no case form of Colombo)
            # (then the cities CLDR names for time zones, in the language's own spelling: "在ヤンゴン総領事館", "em Joanesburgo")
            cities = (
                mission_cities_in(text)
                or [
                    (start, end, iso2)
                    for start, end, iso2 in mission_cities_inflected(text)
                    if not any(m.start < end and start < m.end for m in mentions)
                    # (not the first word of a longer name: "Порт-Судані", "Port Sudanie" is no case of Porto)
                    and not _NAME_GOES_ON.match(text, end)
                ]
                or _mission_seat_cities(text, vocab, mentions, reading.named)
            )
            hosts = [
                iso2
                for start, _end, iso2 in cities
                if not text[start].islower() and not _TOWARDS.search(text, max(0, start - 60), start)
            ]
        named = _mission_word(text, mentions, places, match.start(), vocab, word)
        # (the place written right before the mission word comes first: "Esad'ın Rusya'ya kaçmasının ardından Şam'da
        # misyonunu ...", where the mission is, not where someone fled)
        seat_host = next((m.iso2 for m in places if 0 <= named.start() - m.end <= _SEAT_REACH and m.iso2 in hosts), None)
        hosts = [seat_host, *(h for h in hosts if h != seat_host)] if seat_host else hosts
        owners = _mission_owners(text, mentions, places, named, match.start(), vocab)
        if len(owners) > 1 and hosts:
            # ("Siria, l'Italia chiude l'ambasciata a Damasco": of several named, the one where the mission is owns none)
            owners = [o for o in owners if o not in hosts] or owners
        story = ctx.main_country() if len(owners) > 1 and not hosts else None
        if story in owners:
            # "Washington hatte Äthiopien ... angeordnet, dass ... Botschaftsmitarbeiter ... das Land verlassen": the
            # country the story is about is where the missions are, not one of their governments
            owners = [o for o in owners if o != story]
        # "the embassy" again: the mission just reported, else that of the government whose advice was just
        # reported ("... tavsiye etti. Beyrut Büyükelçiliği personelinin ..."), unless the sentence gives that
        # advice's reasons ("ograniczona pomoc konsularna": limited consular help is a reason, not an event)
        stating_reasons = reading.sentence in reading.sentence_reasons  # tagged when the sentence was read
        remembered = ctx.mission_of or (ctx.issuer if places or not stating_reasons else None)
        many = _MANY_MISSIONS.match(text, named.start()) is not None  # ("le ambasciate": the embassies of many)
        if many:
            remembered = None  # ("chiudono le ambasciate a Belgrado": not one government's)
        home = vocab.vocabulary.home
        ours = vocab.ours.search(text, max(0, word.start() - 25), word.start()) or vocab.home_mission.search(
            text, max(0, named.start() - 12), named.end()
        )
        if ours and owners and set(owners) <= set(hosts):
            owners = []  # ("수단 전역 ... 주수단 대사관 폐쇄": the country the mission is in owns none of it)
        if not owners and ours:
            # "la nostra Ambasciata a Khartoum", "Hartum Büyükelçiliğimiz", "주수단 대사관": the mission of the country
            # the news is written in — unless "our" is quoted from a speaker named after the quote ("„Unsere
            # Botschaft in Kiew bleibt geschlossen“, sagte ein Sprecher ... in Budapest")
            speaker = _speaker_after_quote(text, ours.start(), [m for m in mentions if m not in places])
            owners = [speaker] if speaker else [home] if home else []
        if not owners:
            # "L'ambassade à Khartoum a été évacuée par l'Espagne": the passive's agent; "L'ambassade au Niger est
            # fermée, a annoncé le ministère belge des Affaires étrangères": the ministry that speaks; a headline's label
            owners = [
                m.iso2
                for m in mentions
                if (
                    m not in places
                    and (
                        vocab.agent.search(text, max(0, m.start - 12), m.start)
                        # (not for the embassies of many: "chiudono le ambasciate a Belgrado, la Farnesina invita ...")
                        or (_names_institution(text, m, vocab) and not many)
                    )
                )
                # ("Германия: посольство в Хартуме закрыто": a headline's label, with a host named after it)
                or (
                    _LABEL.fullmatch(text, 0, m.start) is not None
                    and text.startswith(":", m.end)
                    and any(h != m.iso2 for h in hosts)
                )
            ][:1]
        if not owners and vocab.unnamed_states.search(text, 0, match.start()):
            # "Rietumvalstis evakuē diplomātus no Kabulas": governments left unnamed, no one's event; the place stays
            ctx.mission_in = hosts[0] if hosts else ctx.mission_in
            if ctx.mission_in:
                earlier = reading.unnamed_missions
                acts = earlier[1] if earlier and earlier[0] == reading.sentence else []
                reading.unnamed_missions = (reading.sentence, [*acts, action], [ctx.mission_in])
            continue
        if not owners and vocab.these_countries.search(text, 0, 40):
            # ("L'Arabie saoudite et les Émirats ont rompu avec le Qatar. Les deux pays ont fermé leurs ambassades à
            # Doha."): the governments the sentence before named, but the mission's host
            owners = [c for c in reading.previous_named if c not in hosts]
        if not owners and (both := _BOTH_COUNTRIES.search(text)) is not None:
            # ("los consulados de ambos países en Cúcuta y en San Antonio del Táchira permanecen cerrados"): each of the
            # two countries named before has its mission in the other
            named_before = list(dict.fromkeys(m.iso2 for m in mentions if m.start < both.start()))
            pair = named_before if len(named_before) == 2 else reading.previous_named[-2:] if not named_before else []
            if len(pair) == 2:
                reading.missions += [
                    MissionEvent(mission_of=a, in_country=b, action=action, text=text, evidence=evidence, confidence=0.6)
                    for a, b in (pair, pair[::-1])
                ]
                reading.last_mission_sentence = reading.sentence
                continue
        if not owners and remembered:
            owners = [remembered]
        if not owners and many and reading.last_mission_sentence == reading.sentence - 1:
            # ("... temsilcilikleri ... kapattı. Temsilciliklerin pazartesi günü yeniden hizmete açılması bekleniyor.": the
            # missions just reported, all of them)
            last_at = reading.missions[-1].evidence.start if reading.missions else None
            owners = list(dict.fromkeys(e.mission_of for e in reading.missions if e.evidence.start == last_at))
        if not owners and hosts and many:
            ctx.mission_in = hosts[0]  # ("chiudono le ambasciate a Belgrado": where the missions of the next sentences are)
        if action in _SERVICE_ACTIONS and _ABILITY.search(text, 0, match.start()):
            # "die Möglichkeit der Botschaft, ... Unterstützung zukommen zu lassen, eingeschränkt": the reason of its
            # government's advice (limited consular capacity), not an event of the mission, nor another's why
            if owners:
                reading.reporting.setdefault(reading.sentence, set()).update(owners)
            continue
        for owner in owners:
            host = next((h for h in hosts if h != owner), None)
            host = host or next(
                (m.iso2 for m in mentions if m.iso2 not in owners and m.iso2 not in went_to and m.iso2 not in marked_governments),
                None,
            )
            # (not the seat of another government's mission only named: "rivolgersi all'ambasciata d'Italia a Beirut",
            # then "Spagna e Paesi Bassi hanno chiuso le loro sedi")
            seat_of_another = reading.seat_named == (ctx.mission_of, ctx.mission_in) and owner != ctx.mission_of
            host = host or (ctx.mission_in if ctx.mission_in != owner and not seat_of_another else None)
            if seat_of_another:  # (the host of the last mission event instead)
                host = host or next((m.in_country for m in reversed(reading.missions) if m.in_country != owner), None)
            host = host or ctx.main_country(exclude={owner})
            if host is None or owner == host:
                continue
            for where in _listed_with(host, mentions, text, exclude=set(owners)):
                reading.missions.append(
                    MissionEvent(
                        mission_of=owner, in_country=where, action=action, text=text, evidence=evidence, confidence=0.65
                    )
                )
            ctx.mission_of, ctx.mission_in = owner, host
            reading.last_mission_sentence = reading.sentence


# A sentence that opens with "also": the statement after it repeats for another government what was said before
_ALSO_OPENS = re.compile(
    r"\W*(?:também|auch|aussi|también|anche|также|також|także|taip\s+pat|arī|ebenfalls|de\s+même)\b", re.IGNORECASE
)
# ("韓国外交省も", "캐나다 정부도", "韩国外交部也": "also" after the subject the sentence opens with)
_ALSO_AFTER_SUBJECT = re.compile(r"\W*[^\s。，、,.]{1,12}?\s?(?:も|도|也)")
_ALSO_REACH = 8  # sentences back to the advice a sentence opened by "also" repeats
_NAME_GOES_ON = re.compile(r"[-‐]\w|\s+[^\W\d_](?<=[A-ZА-ЯЁІЇЄҐ])")
# A mission word in the plural, not one government's mission ("le ambasciate", "les ambassades", "die Botschaften")
_MANY_MISSIONS = re.compile(
    r"(?:ambasciate|ambassades|embajadas|embaixadas|Botschaften|ambasady|ambasadas|embassies|"
    r"(?:temsilcilik|büyükelçilik|başkonsolosluk|konsolosluk)ler\w*)\b",
    re.IGNORECASE,
)
_SEAT_AFTER_REACH = 30  # characters between a mission word and a city after it that names its seat
_SEAT_REACH = 6  # characters between a place and the mission word it names the seat of ("Şam'da misyonunu")
# The missions "of both countries" ("de ambos países", "des deux pays", "beider Länder", "обеих стран")
_BOTH_COUNTRIES = re.compile(
    r"\b(?:de\s+)?(?:ambos|ambas)\s+(?:os\s+)?(?:países|naciones|Estados)\b|\b(?:de|dos)\s+(?:los\s+)?dois\s+países\b|"
    r"\bdes\s+deux\s+pays\b|\b(?:dei\s+due|di\s+entrambi\s+i)\s+Paesi\b|\b(?:beider|der\s+beiden)\s+(?:Länder|Staaten)\b|"
    r"\b(?:обеих|обоих|двух)\s+(?:стран|государств)\b|\bобох\s+(?:країн|держав)\b|\bobu\s+(?:krajów|państw)\b|"
    r"\babiejų\s+(?:šalių|valstybių)\b|\babu\s+valstu\b|\bher\s+iki\s+ülke\w*",
    re.IGNORECASE,
)
_HEADLINE_LABEL = re.compile(r"[^\W\d][\w’' -]{1,30}?\s*:\s*")


def _capital_as_place(text: str, mention: Mention, vocab: Compiled) -> bool:
    """A capital names where a mission is ("Kabil Büyükelçiliği", "Kabul: Botschaften geschlossen"), except one that
    opens the sentence as its subject, perhaps after one word: its government ("Caracas, por su parte, retiró a todo
    su personal ...")."""
    before = text[: mention.start].strip(" \"«“„")
    if (label := _HEADLINE_LABEL.match(before)) is not None:
        before = before[label.end() :]  # ("Libye : Rome ferme son ambassade": after a headline's topic, the subject)
    # ("Auch London verringerte das Personal ...": one word before the subject is no place's preposition)
    opens = not before or (" " not in before and not vocab.place_before.search(text, 0, mention.start))
    # ("..., tandis qu'Ottawa a fermé la sienne": right after a word of contrast, the clause's subject)
    opens = opens or any(not before[m.end() :].strip() for m in _WHILE.finditer(before, max(0, len(before) - 30)))
    # (a capital written as its government's metonym names the place too when the mission word follows: "키이우 대사관")
    # ("ハルツームの大使館", "喀土穆的使馆": with the genitive particle between)
    after = _skip_space(text, mention.end + (text[mention.end : mention.end + 1] in ("の", "的")))
    if mention.kind == "metonym" and vocab.mission.match(text, after) is not None:
        return True
    return mention.kind == "capital" and (
        not opens or vocab.mission.match(text, after) is not None or _TOPIC_AFTER.match(text, mention.end) is not None
    )


# A country's armed forces named by its adjective, before or after it ("французькі сили", "les forces françaises",
# "قوات فرنسية", "フランス軍"): who carried the staff out, not where the mission is
_FORCES_AFTER = re.compile(
    r"\s*(?:сил|війсь|військов|войск|военн|Streitkräft|Truppen|Soldaten|siły|sił|wojsk|żołnierz|pajėg|kariuomen|karių|spēk|"
    r"karavīr|kuvvet|asker|軍|部队|部隊|军队|군)\w*",
    re.IGNORECASE,
)
_FORCES_BEFORE = re.compile(
    r"(?:forces|soldats|militaires|fuerzas|tropas|soldados|militares|forças|forze|truppe|soldati|militari|قوات|جنود|نیروهای)\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# The word before a place that makes it a mission's seat in Chinese, Japanese and Korean ("驻多米尼加使馆", "在カラチ総領事館",
# "주한 미국대사관")
_SEAT_PREFIX = re.compile(r"(?:驻|駐|在|주)\s*$")


def _mission_seat_cities(
    text: str, vocab: Compiled, mentions: list[Mention], named: set[str]
) -> list[tuple[int, int, str]]:
    """The cities CLDR names for time zones, written as a mission's seat: right before the mission word where the
    seat comes first ("在カラチ総領事館", "卡拉奇总领事馆", "İstanbul Başkonsolosluğu"), or after it ("القنصلية في
    إسطنبول", "o Consulado-Geral de Portugal em Joanesburgo"); not where staff went. In a language written with capital
    letters, only a city of a country the article names (`named`): "San Cristóbal" is a Venezuelan city as well as
    CLDR's name for Saint Kitts."""
    words = [(w.start(), w.end()) for w in vocab.mission.finditer(text)]
    language = vocab.vocabulary.language
    before_only = language in ("zh", "ja", "ko")  # (the seat never follows the noun there)
    reach_after = 2 * _SEAT_REACH if language in ("ar", "fa") else _SEAT_AFTER_REACH
    return [
        (start, end, iso2)
        for start, end, iso2 in zone_cities_in(text, language)
        if not any(m.start < end and start < m.end for m in mentions)
        and (language in UNCASED or iso2 in named)
        and not _TOWARDS_AFTER.match(text, end)
        and not _TOWARDS.search(text, max(0, start - 60), start)
        and any(
            0 <= w_start - end <= _SEAT_REACH or (not before_only and 0 <= start - w_end <= reach_after)
            for w_start, w_end in words
        )
    ]


# A source before what it tells, where the verb comes last ("…によると", "…에 따르면", "…'e göre")
_ACCORDING_TO = re.compile(r"(?:によると|によれば|에\s*따르면|(?<=\w)['’]?(?:y?[ae])\s+göre)[、,，]?\s*")
_VERB_FINAL_REACH = 12  # characters between a border word and the verb that ends its clause, in a verb-final language


def _closes_a_crossing(text: str, match: re.Match[str], vocab: Compiled) -> bool:
    """Whether the closing or opening word is said of a border or crossing right after it, not of a mission."""
    border = vocab.border.search(text, match.end(), match.end() + 40)
    mission = vocab.mission.search(text, match.end(), match.end() + 40)
    if border is not None and (mission is None or border.start() < mission.start()):
        return True
    if vocab.actor_after is None:
        return False
    # (the verb last: "ミャンマーとの国境が当面閉鎖されており" after "在タイ日本大使館によると", the embassy its source)
    before = [b for b in vocab.border.finditer(text, max(0, match.start() - _VERB_FINAL_REACH), match.start())]
    return bool(before) and vocab.mission.search(text, before[-1].end(), match.start()) is None


# "towards" before a place, in the supported languages: where people are taken
_TOWARDS = re.compile(
    r"\b(?:vers|nach|hacia|verso|rumo\s+(?:a|à|ao)|w\s+stronę|в\s+сторону|у\s+бік|towards)\s+(?:la\s+|le\s+|les\s+|l['’]\s*|el\s+|die\s+|den\s+|il\s+|o\s+|a\s+)?$|"
    # the words for "to" that only ever say where to (Polish "do", Lithuanian "į", Latvian "uz"), and "в"/"у" after a
    # verb of taking staff out ("иракских дипломатов вывезли по суше в Ливан")
    r"\b(?:do|į|uz)\s+$|\b(?:вывез|эвакуир|вивез|евакую|перевез|переправ)\w*[^.;,:]{0,30}?\s(?:в|во|у)\s+$",
    re.IGNORECASE,
)
# The marks of where to after a name, then a verb of moving staff ("튀니지로 일시 철수", "チュニジアへ退避"): where they went
_TOWARDS_AFTER = re.compile(
    r"(?:(?<=로)|으로|로|へ|に)\s*(?:[^\s.,、。]+\s+)??(?:일시\s*|임시\s*|一時)?(?:철수|대피|이동|옮|피신|退避|避難|移動|撤収|撤退)"
)
# "..., whose ministries also advise ...": a relative clause about the governments just named
_RELATIVE_AFTER_NAMES = re.compile(
    r",\s*(?:których|którego|której|deren|dessen|dont|cuyos|cuyas|cuyo|cuya|чьи|чей|чьё|яких|чиї|kurių|kuru|i\s+cui|cujos|cujas)\b",
    re.IGNORECASE,
)
# ("英国の軍用機で": whose aircraft, with the particle between)
_AIRCRAFT_AFTER = re.compile(r"の?軍?(?:機|用機|輸送機)|的?军(?:机|用飞机)|(?:의\s*)?군\s*(?:기|수송기|항공기)")
_LEAVING_ACTIONS = (MissionAction.EVACUATED, MissionAction.ORDERED_DEPARTURE, MissionAction.AUTHORIZED_DEPARTURE)
# where staff were moved to, written before its verb ("隣国ドミニカ共和国に移した", "루마니아로 철수시켰다")
# (or after a city of the country named after it: "사우디아라비아 제다로 철수했다", "サウジアラビアのジッダに退避")
# ("アゼルバイジャンに入りました": entered it)
_MOVED_VERB = re.compile(r"\s*(?:移|退避|避難|入っ|入り|入国|철수|대피|옮기|옮긴|옮겼|이동)")
_MOVED_TO_PARTICLE = re.compile(r"(?:に|へ|으로|로)$")
# ("ドミニカ共和国の首都サントドミンゴに退避": a city and its title after the country)
# ("アラブ首長国連邦（UAE）のドバイに退避": an abbreviation in brackets after the name)
_MOVED_TO_AFTER = re.compile(
    r"(?:[（(][^）)、，,。]{1,12}[）)]|[）)])?(?:(?:\s+|の)[^\s、，,。]{1,12}?)?(?:に|へ|으로|로)" + _MOVED_VERB.pattern
)


def _moved_to(text: str, mention: Mention) -> bool:
    """Whether the name is where staff were moved to, its particle after it or inside the word the name was matched
    in ("지부티로 옮겼다": moved to Djibouti), or a preposition of direction before it after a verb of moving
    ("дипломатів перевели до Львова, а згодом — до Польщі")."""
    return bool(
        _MOVED_TO_AFTER.match(text, mention.end)
        or (_MOVED_TO_PARTICLE.search(mention.surface) and _MOVED_VERB.match(text, mention.end))
        or (
            (_TOWARDS.search(text, max(0, mention.start - 60), mention.start) or _TO_BEFORE.search(text, 0, mention.start))
            and _MOVED_VERB_BEFORE.search(text, max(0, mention.start - 90), mention.start)
        )
        or _CROSSED_BORDER_WITH.search(text, max(0, mention.start - 40), mention.start)
    )


# ("колонна с персоналом ... пересекла границу с Тунисом": the border crossed on the way out, to the country named)
_CROSSED_BORDER_WITH = re.compile(
    r"\b(?:пересек\w*|перес[её]к\w*|перетну\w*|перетин\w*)\s+(?:границу|кордон)\s+(?:с|со|з|із)\s+$", re.IGNORECASE
)


# "towards" in the words that only say where a way leads (fa, ar): where traffic heads
_HEADING_TO = re.compile(r"(?<!\S)(?:به\s+سمت|به\s+طرف|باتجاه|في\s+اتجاه)\s+$")
# "to" in the words that also say "until" or "for" (uk ru "до", pt es "para", ar "إلى"): where to only after a verb of
# moving
_TO_BEFORE = re.compile(r"(?:\b(?:до|para)|(?<!\S)إلى)\s+$", re.IGNORECASE)
# A verb of moving a mission or its staff, before the place they went to
_MOVED_VERB_BEFORE = re.compile(
    r"\b(?:перевел\w*|перевели|переве[дз]\w*|перенес\w*|перемісти\w*|перемістил\w*|przeni\w*|przenios\w*|verleg\w*|"
    r"transfér\w*|déplac\w*|trasferit\w*|traslad\w*|transferi\w*|mud\w*)|(?<!\S)و?[ستي]{0,2}نقل\S*",
    re.IGNORECASE,
)
# A country's airspace, in the supported languages: closed, it is no land border's event
_AIRSPACE = re.compile(
    r"\b(?:spazio\s+aereo|espace\s+aérien|espacio\s+aéreo|espaço\s+aéreo|Luftraum\w*|воздушн\w*\s+пространств\w*|"
    r"повітрян\w*\s+прост\w*|przestrze\w*\s+powietrzn\w*|oro\s+erdv\w*|gaisa\s+telp\w*|hava\s+saha\w*|airspace)\b|"
    r"المجال\s+الجوي|حریم\s+هوایی|领空|領空|空域|영공",
    re.IGNORECASE,
)
# A visa or a visa waiver, in the supported languages: its limits are an entry rule, not a border's
_VISA = re.compile(
    r"\b(?:visa\w*|viza\w*|vize\w*|visto|vistos|Visum|Visa|виз\w*|віз\w*|wiz\w*|vīz\w*)\b|ویزا|روادید|معافیت|تأشير\S*|"
    r"签证|簽證|ビザ|査証|비자",
    re.IGNORECASE,
)
# "Among the reasons", "the reasons named": a sentence that says it gives reasons, in the supported languages
_REASONS_NAMED = re.compile(
    r"\b(?:причин\w*|причини|reasons|Gründe\w*|raisons|razones|motivi|motivos|przyczyn\w*|powod\w*|nedenler\w*|priežast\w*|"
    r"iemesl\w*)\b|原因|理由|이유",
    re.IGNORECASE,
)
# A land border that runs through a territory one side administers: Morocco's with Mauritania, through Western Sahara
_THROUGH = {"MA": "EH"}


def _meet(one: str, other: str) -> bool:
    """Whether two states share a land border (as the land-neighbour table, or through `_THROUGH`)."""
    return any(
        share_land_border(a, b) for a, b in ((one, other), (_THROUGH.get(one, one), other), (one, _THROUGH.get(other, other)))
    )


_SIDE_WORD_BEFORE = re.compile(r"\bcôté\s+$", re.IGNORECASE)
_SIDE_BEFORE = re.compile(r"\W*(?:\w+\s+){0,2}(?:lado|côté|lato)\s+", re.IGNORECASE)  # opening the sentence
# "side" after a people's adjective ("польська сторона", "strona polska" is written the other way), in the supported
# languages
_SIDE_AFTER = re.compile(r"\s*(?:сторона|сторони|стороны|strona|strony|side|Seite|côté|lado|taraf\w*|pusė|puse)\b", re.IGNORECASE)
# "both" before "countries" in the supported languages
# "on both sides" of a border or a line, in the supported languages
_BOTH_SIDES = re.compile(
    r"\b(?:des\s+deux\s+côtés|de\s+part\s+et\s+d['’]autre|auf\s+beiden\s+Seiten|beiderseits|de\s+ambos\s+lados|"
    r"a\s+ambos\s+lados|dos\s+dois\s+lados|de\s+ambos\s+os\s+lados|su\s+entrambi\s+i\s+lati|da\s+entrambe\s+le\s+parti|"
    r"по\s+обе\s+стороны|з\s+обох\s+боків|по\s+обидва\s+боки|po\s+obu\s+stronach|abiejose\s+pusėse|abās\s+pusēs)",
    re.IGNORECASE,
)
_BOTH = re.compile(r"\b(?:beide[nmr]?|both|les\s+deux|des\s+deux|dei\s+due|dos\s+dois|i\s+due|os\s+dois|обе|обеих|обоих|обидві|oba|obu|obydwu|obie|ambos|ambas|entrambi|abi|abas|abu)\b", re.IGNORECASE)


_SERVICE_ACTIONS = (MissionAction.REDUCED_SERVICES, MissionAction.EMERGENCY_SERVICES_ONLY)
# The mission's ability to help, in the supported languages: what is limited is a capacity, a reason of advice
_ABILITY = re.compile(
    r"\b(?:Möglichkeit|Fähigkeit|возможност|способност|можливост|здатніст|możliwoś|zdolnoś|galimyb|iespēj|capacité|"
    r"possibilité|capacidad|posibilidad|capacidade|possibilidade|capacità|possibilità|kapasite|imkân|imkan)\w*",
    re.IGNORECASE,
)


def _listed_with(first: str, mentions: list[Mention], text: str, exclude: set[str]) -> list[str]:
    """`first` and the countries listed right after its mention ("de Argentina, Chile, Costa Rica y Perú")."""
    found = [first]
    index = next((i for i, m in enumerate(mentions) if m.iso2 == first), None)
    if index is None:
        return found
    previous = mentions[index]
    for mention in mentions[index + 1 :]:
        if not _LIST_JOINER.fullmatch(text, previous.end, mention.start):
            break
        if mention.iso2 not in exclude and mention.iso2 not in found:
            found.append(mention.iso2)
        previous = mention
    return found


def _cause_aside(text: str, cause: re.Match[str] | None, trigger: re.Match[str] | None) -> tuple[int, int] | None:
    """The span of a cause said inside the advice: within the words of the advice (up to their end), or between
    commas right after them ("déconseille formellement, en raison de la situation, de se rendre au Liban")."""
    if cause is None or trigger is None:
        return None
    if cause.start() < trigger.end():
        return cause.start(), trigger.end()
    if _COMMA_BEFORE.fullmatch(text, trigger.end(), cause.start()):
        closing = text.find(",", cause.end(), cause.end() + 100)
        if closing != -1:
            return cause.start(), closing
    return None


_COMMA_BEFORE = re.compile(r"(?:\s+\w+)?\s*,\s*")


def _places_closing(text: str, mentions: list[Mention], vocab: Compiled, start: int, end: int) -> list[str]:
    """The places of advice whose cause stands inside it ("rät wegen des Konflikts von Reisen nach Israel ab"): the
    last places named before the advice's words close, with those listed with them (not a place the cause names
    before them: "wegen der Lage in der Ukraine von Reisen nach Russland")."""
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    places = [i for i, m in enumerate(inside) if _is_place(text, m, vocab)]
    if not places:
        return []
    first, last = _run(text, inside, places[-1])
    return list(dict.fromkeys(m.iso2 for m in inside[first : last + 1]))


def _run(text: str, mentions: list[Mention], index: int) -> tuple[int, int]:
    """(first, last) index of the mentions listed with `mentions[index]` on either side ("A, B et C")."""
    first = last = index
    while first > 0 and _LIST_JOINER.fullmatch(text, mentions[first - 1].end, mentions[first].start):
        first -= 1
    while last + 1 < len(mentions) and _LIST_JOINER.fullmatch(text, mentions[last].end, mentions[last + 1].start):
        last += 1
    return first, last


_LISTED_REACH = 3  # characters between a mission word and the first government listed after it


def _names_the_unnamed(
    text: str, mentions: list[Mention], places: list[Mention], reading: ForeignReading, evidence: Evidence, word: re.Match[str]
) -> bool:
    """The acts of governments a sentence just before left unnamed, for those listed right after the mission word of a
    sentence that states no act of its own ("Двенадцать государств закрыли свои посольства в КНДР." then "На воротах
    посольств Великобритании, Бразилии ... повисли замки"). Whether it named them."""
    unnamed = reading.unnamed_missions
    if unnamed is None or not 0 < reading.sentence - unnamed[0] <= 2:
        return False
    first = next((m for m in mentions if 0 <= m.start - word.end() <= _LISTED_REACH and m not in places), None)
    if first is None:
        return False
    listed = _coordinated_run(text, mentions, first)
    if len(listed) < 2:
        return False  # (not the one mission that speaks of them: "Об этом сообщило посольство России")
    _order, actions, hosts = unnamed
    for owner in listed:
        for host in hosts:
            if owner != host:
                reading.missions += [
                    MissionEvent(mission_of=owner, in_country=host, action=action, text=text, evidence=evidence, confidence=0.6)
                    for action in actions
                ]
    reading.unnamed_missions = None
    return True


def _coordinated_run(text: str, mentions: list[Mention], chosen: Mention) -> list[str]:
    """`chosen` and the mentions listed with it on either side."""
    first, last = _run(text, mentions, mentions.index(chosen))
    return list(dict.fromkeys(m.iso2 for m in mentions[first : last + 1]))


def _evacuates_citizens(text: str, verb: re.Match[str], vocab: Compiled) -> bool:
    """Whether the people an evacuation verb takes are citizens without the mission's staff: named right after it
    ("évacuer ses ressortissants"), or right before it where the verb comes last ("中国公民尽快回国或撤离")."""
    after = text[verb.end() : verb.end() + 40]
    before = text[max(0, verb.start() - 15) : verb.start()]
    near = after if vocab.citizens.search(after) else before
    if vocab.citizens.search(near) and not vocab.staff.search(near):
        return True
    # ("…邦人に対し、速やかに退避するよう呼びかけた", "已在当地者尽快撤离": people the embassy asks to get out)
    asked_before = text[max(0, verb.start() - 60) : verb.start()]
    return bool(
        (vocab.citizens.search(asked_before) and _ASKED_AFTER_VERB.match(text, verb.end()))
        or _PEOPLE_THERE.search(asked_before)
    ) and not vocab.staff.search(asked_before)


_ASKED_AFTER_VERB = re.compile(r"(?:する|して)?よう|하(?:라|도록|기\s*바란)|할\s*것을")
_PEOPLE_THERE = re.compile(r"(?:已在|仍在|在)(?:当地|當地)\S{0,2}?(?:者|人员|人員|同胞)\S{0,4}$")


_CLAUSE_MARK = re.compile(r"[,;:()«»]")


def _families_only(text: str, vocab: Compiled) -> bool:
    """Whether the people a sentence takes out are the staff's families, not the staff with them ("дипломатов и
    членов их семей", "館員とその家族")."""
    family = vocab.families.search(text)
    return family is not None and not _WITH_THEM.search(text, max(0, family.start() - 30), family.start())


# The words that join others to the families taken out with them, right before them or their possessive ("дипломатов
# и членов их семей", "دبلوماسييها وعائلاتهم", "diplomatai kartu su šeimų nariais"; not "в Иран и Израиль, семьи")
_WITH_THEM = re.compile(
    r"(?:\b(?:e|et|und|y|i|и|і|та|ve|and|oraz|ir|un|ed|su|ar|with|avec|con|com|mit|вместе\s+с|разом\s+з|wraz\s+z)\b|"
    r"(?<!\S)و|과|와|と|및|和|及|與|与)(?:\s*[^\s,.;:،、，]{1,10}){0,2}\s*$",
    re.IGNORECASE,
)


def _distance(text: str, mention: Mention, word: re.Match[str]) -> int:
    """Characters between a name and a mission word (a name across a comma is no mission's: "... dans la capitale
    congolaise, l'ambassade de France")."""
    between = text[mention.end : word.start()] if mention.end <= word.start() else text[word.end() : mention.start]
    return min(abs(mention.start - word.end()), abs(word.start() - mention.end)) + (_NEAR if _CLAUSE_MARK.search(between) else 0)


def _mission_word(text: str, mentions: list[Mention], places: list[Mention], at: int, vocab: Compiled, first: re.Match[str]) -> re.Match[str]:
    """The mission an act at `at` is about: the one named nearest before it with its country beside it ("Au
    lendemain des violences qui ont visé plusieurs représentations diplomatiques ..., l'ambassade de France à
    Kinshasa est fermée"), else the first named."""
    actors = [m for m in mentions if m not in places]
    for word in reversed(list(vocab.mission.finditer(text, 0, at))):
        if any(_distance(text, m, word) <= _NEAR for m in actors):
            return word
    return first


def _mission_owners(
    text: str, mentions: list[Mention], places: list[Mention], word: re.Match[str], at: int, vocab: Compiled
) -> list[str]:
    """Whose mission: the country right beside the mission word ("посольство США", "deutsche Botschaft"), else
    the governments named before the action ("Sowohl Frankreich als auch Italien haben ... abzuziehen"). After
    "its own" ("su personal diplomático de Argentina") only a country named before the mission word owns it."""
    actors = [m for m in mentions if m not in places]
    if vocab.own.search(text, max(0, word.start() - 12), word.start()):
        # ("Panamá suspendió los vuelos con Venezuela y cerró su embajada": the other side of a link is no owner)
        unlinked = [m for m in actors if not vocab.neighbour_before.search(text, max(0, m.start - 12), m.start)]
        # (else the government the sentence ends with, its subject after the verb: "про евакуацію своїх дипломатів
        # ... повідомила Велика Британія")
        actors = [m for m in unlinked if m.end <= word.start()]
        after = [m for m in unlinked if m.start > word.end() and m.kind != "demonym"]
        if not actors and after:
            # ("Cerraron también sus legaciones en Saná Alemania, Italia y Japón": the list the sentence ends with)
            return _coordinated_run(text, after, after[-1])

    def distance(m: Mention) -> int:
        return _distance(text, m, word)

    colon = text.find(":", word.end())
    # (not places: "ambasada Izraelyje ... buvo evakuota: diplomatai ... pervežti į Jordaniją")
    listed = [m for m in mentions if colon >= 0 and m.start > colon and m.kind != "capital" and m not in places]
    if listed:  # "Les pays suivants ont fermé leurs ambassades à Kaboul : l'Allemagne, l'Italie et l'Espagne"
        return _coordinated_run(text, listed, listed[0])
    if vocab.actor_after is not None:
        # "韓国政府はスーダンの大使館を一時閉鎖し": the government its particle marks acts on its own mission; the
        # country beside the mission word is where it is
        marked = [m for m in actors if m.end <= word.start() and _marked_after(text, m, vocab.actor_after)]
        # ("영국, 프랑스, 독일도 ... 자국 외교관을 대피시켰다": the list its last name ends; "米国は大使館を閉鎖し…、英国や
        # ドイツも大使館員を国外に退避させた": the subject nearest the mission word, of its own clause)
        if marked:
            return _coordinated_run(text, actors, marked[-1])
    beside = [m for m in actors if distance(m) <= _NEAR]
    if beside:
        # "L'Allemagne, l'Italie et l'Espagne ont fermé leurs ambassades": the whole list the nearest one ends
        return _coordinated_run(text, actors, min(beside, key=distance))
    before = [m.iso2 for m in actors if m.start < max(at, word.start())]
    return list(dict.fromkeys(before))
