"""`extract(article) -> Extraction`: the whole pure pipeline for one article."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache, cached_property

import ahocorasick

from travelrisk.extract import advisories, borders, missions
from travelrisk.extract.advisories import (
    UNNAMED_SPEAKER,
    AdvisoryState,
    add_neighbour_reasons,
    advisories_in_sentence,
    advisory_follows,
    finish,
    has_triggers,
    merge_advisories,
    rates_places,
)
from travelrisk.extract.anchored import new_article
from travelrisk.extract.borders import (
    border_actions,
    border_events_in_sentence,
    border_goes_on,
    continued_border_events,
    merge_border_events,
    settle_headline_sides,
)
from travelrisk.extract.context import ArticleContext, SentenceView
from travelrisk.extract.language import detect_language, other_script, paragraph_languages
from travelrisk.extract.missions import (
    continued_mission_events,
    merge_mission_events,
    mission_actions,
    mission_events_in_sentence,
    mission_goes_on,
    mission_seat,
)
from travelrisk.extract.roles import (
    DATELINE,
    Actor,
    Role,
    assign_roles,
    coordinated_list,
    institutions,
    shared_institution_name,
)
from travelrisk.extract.text import (
    QUESTION_END,
    Sentence,
    join_list_items,
    lower_keeping_offsets,
    mask_boilerplate,
    paragraphs,
    split_sentences,
)
from travelrisk.extract.vocabulary_patterns import vocabulary
from travelrisk.extract.vocabulary_reader import ForeignReading, read_paragraph
from travelrisk.extract.vocabulary_reader import finish as finish_foreign
from travelrisk.geo import crossing_names, regions, transliteration
from travelrisk.geo.countries import Mention, country_on, scan
from travelrisk.geo.crossings import known_crossing_names
from travelrisk.geo.multilingual import scan_in
from travelrisk.model import Article, BorderEvent, Evidence, Extraction, MissionEvent

# Word stems that each kind of fact needs; one Aho-Corasick pass over the lower-cased text finds them all, so
# each sentence runs only the readers whose words it holds and paragraphs without any are skipped (this keeps
# extraction at news-wire speed).
_STEMS = {
    "advisory": "travel|advis|advic|warn|alert|leav|depart|exit|flee|get out|quit |go |level|categor|cautio|vigilan|precaution|"
    "visit|trip|discourag|reconsider|essential|necessary|notice|ban|refrain|defer|include|countries|list|:|evacuat|"
    "similar|same|suit|followed|likewise|guidance|among them|so did|so have|so has|they include|these include|they are|these are|"
    "this advice|cite|citing|reasons|to avoid|stay away|repatriat|identical|comparable|equivalent|echo|repeat|reiterat|"
    "mirror|red zone|orange zone|code red|code orange|code yellow|code for|code of|come home|return home|careful|extra care|"
    "special care|particular care|great care|additional care|ticket|awareness|protective measure|precautionary measure|indoors|at home|"
    "attention to",
    "border": "border|cross|checkpoint|frontier|point of entry|ports of entry|land port|friendship bridge|control post|control point|"
    "bridge to|bridges to|bridge into|bridges into|bridge with|bridges with|"
    "trading point|trade point",
    "mission": "embass|consul|mission|diplomat|personnel|staff|employees|family members|dependants|dependents|"
    "ambassador|envoys|chancery|non-emergency|non-essential|nonessential|emergency|followed|visa cent|visa application cent",
}


@cache
def _stem_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    families: dict[str, set[str]] = {}
    for family, stems in _STEMS.items():
        for stem in stems.split("|"):
            families.setdefault(stem, set()).add(family)
    for name in known_crossing_names():  # "Pakistan shut Torkham": a crossing named without a border word
        families.setdefault(name.lower(), set()).add("border")
    for stem, kinds in families.items():
        automaton.add_word(stem, frozenset(kinds))
    automaton.make_automaton()
    return automaton


_BEFORE_INSTITUTION = re.compile(r"(?:[’']s)?\s{0,2}")
_HEADER_CHARS = 200  # a page's header: its title and the lines naming who publishes it
# A foreign ministry named by its country in a header: "Ministry of Foreign Affairs of the Republic of Estonia",
# "Latvian Ministry of Foreign Affairs"
_MINISTRY_OF_BEFORE = re.compile(
    r"\b(?:Ministry|Department)\s+of\s+(?:Foreign|External)\s+Affairs(?:\s+and\s+[A-Z]\w+)?\s+of\s+(?:the\s+)?"
    r"(?:(?:Republic|Kingdom|State|Federation|Commonwealth|Principality|Grand\s+Duchy)\s+of\s+)?$|"
    r"\b(?i:embassy|high\s+commission)\s+of\s+(?:the\s+)?$"
)
_MINISTRY_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:Ministry|Department)\s+of\s+(?:Foreign|External)\s+Affairs\b|"
    # a mission's own message: "NEW ZEALAND HIGH COMMISSION, NUKU'ALOFA", "Embassy of Japan in Tonga"
    r"\s+(?i:high\s+commission|embassy)\s*,"
)


def _ministry_in_header(text: str, mentions: list[Mention], header: int = _HEADER_CHARS) -> set[str]:
    """The countries whose foreign ministry or mission the header (its first `header` characters) names by them (the
    house of a release's "we")."""
    return {
        m.iso2
        for m in mentions
        if m.end <= header
        and (_MINISTRY_OF_BEFORE.search(text, max(0, m.start - 90), m.start) or _MINISTRY_AFTER.match(text, m.end))
    }


# A foreign ministry named without its country, speaking in a capital: "... by the Minister of Foreign Affairs at a
# press conference in Taipei"
_UNNAMED_MINISTRY_IN = re.compile(
    r"\b(?:Minister|Ministry)\s+of\s+(?:Foreign|External)\s+Affairs\b[^.\n]{0,60}?\bin\s+$"
)
_FIRST_LINE_CHARS = 120  # (a one-line text has its first sentence or two there)
MAX_EXTRACT_CHARS = 200_000  # longer inputs are read up to here: news articles are far shorter


@dataclass
class _Reading:
    """What one article's pass accumulates."""

    ctx: ArticleContext
    mentions: list[Mention]
    sentences: dict[int, Sentence] = field(default_factory=dict)  # by order, for reasons next to a fact
    advisories: AdvisoryState = field(default_factory=AdvisoryState)
    borders: list[BorderEvent] = field(default_factory=list)
    missions: list[MissionEvent] = field(default_factory=list)
    last_mission: int = -10  # order of the last sentence that reported a mission event
    last_missions: list[MissionEvent] = field(default_factory=list)  # the events it reported
    last_border: int = -10  # order of the last sentence that reported a border event
    last_borders: list[BorderEvent] = field(default_factory=list)  # the events it reported
    # paragraphs without fact words, by their first order: (start, end, orders held)
    skipped: dict[int, tuple[int, int, int]] = field(default_factory=dict)
    # sentences that reported border or mission events (not advice), by order: the countries that acted
    reporting: dict[int, set[str]] = field(default_factory=dict)
    text: str = ""
    lead_end: int = 0  # the end of the story's lead, the first paragraph of prose after the headline (its dateline's)

    @cached_property
    def mention_starts(self) -> list[int]:
        """Where each mention starts (the mentions are in text order), for finding a sentence's."""
        return [m.start for m in self.mentions]

    def sentence_at(self, order: int) -> Sentence | None:
        """The sentence at an order. A skipped paragraph holds three orders: its first sentence, its second (when it
        has three or more) and its last, so the sentences next to the paragraphs around it are found; a paragraph of
        one sentence holds one."""
        if order in self.sentences:
            return self.sentences[order]
        for first in (order, order - 1, order - 2):
            span = self.skipped.get(first)
            if span is not None and first + span[2] > order:
                split = split_sentences(self.text, span[0], span[1])
                if split:
                    self.sentences[first] = split[0]
                    if span[2] == 3:
                        self.sentences[first + 2] = split[-1]
                        if len(split) > 2:
                            self.sentences[first + 1] = split[1]
                return self.sentences.get(order)
        return None


def _new_article() -> None:
    """The readers remember what they found in a sentence, since several ask about the same one; nothing is kept
    from one article to the next (a benchmark that repeats articles would otherwise time the memory)."""
    new_article()
    for memo in (
        crossing_names._closest,
        transliteration.latin_form,
        regions._regions_of,
        advisories._find_triggers,
        borders.border_actions,
        borders._known_crossings,
        missions._cause_span,
        missions.mission_actions,
        missions.continued_mission_actions,
    ):
        memo.cache_clear()


def extract(article: Article) -> Extraction:
    _new_article()
    text = article.text[:MAX_EXTRACT_CHARS]
    language = detect_language(text)
    foreign = _foreign_paragraphs(text, language)
    mentions = _mentions(text, foreign)
    countries = list(dict.fromkeys([m.iso2 for m in mentions]))
    cleaned = join_list_items(mask_boilerplate(text))
    if cleaned is text:  # no page furniture: every mention stands
        clean_mentions = mentions
    else:
        clean_mentions = [m for m in mentions if cleaned[m.start : m.end] == text[m.start : m.end]]

    ctx = ArticleContext(published=article.published, text=cleaned)
    title_end = _title_end(cleaned)
    heads = _header_institutions(cleaned[:_HEADER_CHARS]) or _ministry_in_header(cleaned, clean_mentions)
    if not heads:
        # ("delivered by the Minister of Foreign Affairs at a press conference in Taipei": the capital it speaks in)
        heads = {
            m.iso2
            for m in clean_mentions
            if m.end <= 2 * _HEADER_CHARS and _UNNAMED_MINISTRY_IN.search(cleaned, max(0, m.start - 120), m.start)
        }
    ctx.house = heads.pop() if len(heads) == 1 else None
    line_end = cleaned.find("\n", 0, _FIRST_LINE_CHARS)
    publishers = _ministry_in_header(cleaned, clean_mentions, _FIRST_LINE_CHARS if line_end == -1 else line_end)
    ctx.publisher = publishers.pop() if len(publishers) == 1 else None
    for mention in clean_mentions:
        # A country's people ("Canadians") say whose government acts, not which place the article is about; a
        # headline names what the article is about
        weight = (mention.kind != "demonym") + (mention.start < title_end)
        ctx.focus_counts[mention.iso2] = ctx.focus_counts.get(mention.iso2, 0) + weight

    hits: list[tuple[int, frozenset[str]]] = list(_stem_automaton().iter(lower_keeping_offsets(cleaned)))
    relevant = [end_index for end_index, _kinds in hits]
    stem_kinds = [kinds for _end_index, kinds in hits]
    spans = paragraphs(cleaned)
    reading = _Reading(ctx, clean_mentions, text=cleaned, lead_end=_lead_end(cleaned, spans, title_end))
    other = ForeignReading()

    order = 0  # sentence order; a skipped paragraph counts as a gap so lists do not continue across it
    for start, end in spans:
        if start in foreign:  # another language: the same reading, with that language's vocabulary
            vocab = vocabulary(foreign[start][1])
            if vocab is not None:
                read_paragraph(cleaned, start, end, clean_mentions, vocab, ctx, other)
            order += 1
            continue
        heading = _heading(cleaned, start, end, clean_mentions, reading.mention_starts)
        if heading is not None:
            ctx.heading = (order + 1, heading)
        if not _any_between(relevant, start, end) and reading.last_border != order:
            # (a line of one sentence, a quote between the news and its list, is a short gap: lists go on past it)
            held = 1 if _one_sentence(cleaned, start, end) else 3
            reading.skipped[order + 1] = (start, end, held)  # split only if a fact nearby asks for its reasons
            _note_speaker(cleaned[start:end], ctx)
            order += held
            continue
        for sentence in split_sentences(cleaned, start, end):
            order += 1
            first = bisect.bisect_left(relevant, sentence.start)
            last = bisect.bisect_left(relevant, sentence.end, first)
            reading.sentences[order] = sentence
            _note_list(sentence, order, reading)
            # (the sentence after a border or mission event may go on about it with no word of its own: "It reopened")
            if (
                first < last
                or order - 1 in (reading.last_border, reading.last_mission)
                or _mission_list_goes_on(sentence, order, reading)
            ):
                _read_sentence(sentence, order, reading, frozenset().union(*stem_kinds[first:last]))
            else:
                _note_speaker(sentence.text, ctx)
                _note_subject(sentence, order, reading)
    add_neighbour_reasons(reading.advisories, reading.sentence_at, reading.reporting)
    if other.advisories:
        finish_foreign(other)

    extraction = Extraction(
        id=article.id,
        source=article.source,
        published=article.published,
        url=article.url,
        advisories=merge_advisories(finish(reading.advisories) + list(other.advisories.values())),
        border_events=merge_border_events(settle_headline_sides(reading.borders, ctx.headline_sides_guessed) + other.borders),
        mission_events=merge_mission_events(reading.missions + other.missions),
        countries_mentioned=countries,
        language=language,
    )
    if article.published is not None:
        extraction = _as_of_publication(extraction, article.published)
    return extraction if cleaned is text else _quoted_from(text, extraction)


def _as_of_publication(extraction: Extraction, day: dt.date) -> Extraction:
    """The countries of the day the article was published ("Kosovo" in 1999 is Serbia's), where that changes any."""
    def on(code: str) -> str:
        return country_on(code, day)

    facts = [
        *(c for a in extraction.advisories for c in (a.issuer, a.subject) if c),
        *(c for b in extraction.border_events for c in (b.country, b.neighbor)),
        *(c for m in extraction.mission_events for c in (m.mission_of, m.in_country)),
    ]
    if all(on(c) == c for c in (*extraction.countries_mentioned, *facts)):
        return extraction
    return extraction.model_copy(
        update={
            # (a fact between a state and its own part, "Serbia's advice for Kosovo" in 2000, is domestic: none)
            "advisories": [
                a.model_copy(update={"issuer": on(a.issuer), "subject": a.subject and on(a.subject)})
                for a in extraction.advisories
                if a.subject is None or on(a.issuer) != on(a.subject)
            ],
            "border_events": [
                b.model_copy(update={"country": on(b.country), "neighbor": on(b.neighbor)})
                for b in extraction.border_events
                if on(b.country) != on(b.neighbor)
            ],
            "mission_events": [
                m.model_copy(update={"mission_of": on(m.mission_of), "in_country": on(m.in_country)})
                for m in extraction.mission_events
                if on(m.mission_of) != on(m.in_country)
            ],
            "countries_mentioned": list(dict.fromkeys(on(c) for c in extraction.countries_mentioned)),
        }
    )


def _header_institutions(header: str) -> set[str]:
    """The governments whose institutions a page's header names, as written or, in capitals, as names are written."""
    found = {iso2 for iso2, _start, _end in institutions(header)}
    if not found and (titled := _in_title_case(header)) != header:
        found = {iso2 for iso2, _start, _end in institutions(titled)}
    return found


_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in"})


def _in_title_case(header: str) -> str:
    """A header written in capitals as the names inside it are written ("U.S. DEPARTMENT OF STATE" -> "U.S. Department
    of State"), for the institutions' names to be found in it (same length, so offsets stay)."""
    def word(match: re.Match[str]) -> str:
        token = match.group(0)
        if not token.isupper() or "." in token:
            return token
        if token.lower() in _SMALL_WORDS:
            return token.lower()
        return token if len(token) < 3 else token.capitalize()  # ("US", "UK": abbreviations kept)

    return re.sub(r"\S+", word, header)


def _list_line(text: str) -> bool:
    """Whether a sentence looks like a line of a list: a bullet, or a label and a colon near its start."""
    return text.lstrip()[:1] in "-•*–" or ":" in text[:42]


def _mission_list_goes_on(sentence: Sentence, order: int, reading: _Reading) -> bool:
    """A list line right under missions named without their governments, or under a line of that list ("- Germany:
    closed."): read though it holds no word of the readers."""
    unnamed = reading.ctx.unnamed_missions
    return (
        unnamed is not None
        and (order - unnamed[0] <= 2 or reading.last_mission == order - 1)
        and _list_line(sentence.text)
    )


def _note_list(sentence: Sentence, order: int, reading: _Reading) -> None:
    """The countries a sentence lists, read or not ("Saudi Arabia, the UAE, Bahrain and Egypt severed ties"), for
    "the three Gulf states" after them."""
    first = bisect.bisect_left(reading.mention_starts, sentence.start)
    last = bisect.bisect_left(reading.mention_starts, sentence.end, first)
    # (two named as a pair count too: "Saudi Arabia and the UAE cut ties with Qatar. The two countries ...")
    if last - first >= 2 and (listed := coordinated_list(reading.text, reading.mentions[first:last], 2)) is not None:
        reading.ctx.listed = (order, listed)


def _lead_end(text: str, spans: list[tuple[int, int]], title_end: int) -> int:
    """Where the story's lead ends: the first paragraph (of `spans`) after the headline that is a sentence (not a
    byline)."""
    return next(
        (
            end
            for start, end in spans
            if start >= title_end and end - start >= _LEAD_CHARS and text[start:end].rstrip()[-1:] in _SENTENCE_ENDS
        ),
        len(text),
    )


_LEAD_CHARS = 60
_SENTENCE_ENDS = ".!?\"”’'"


def _title_end(text: str) -> int:
    """The end of the article's headline: a first line that is no sentence (0 where there is none)."""
    end = text.find("\n")
    if end < 0 or end > 200 or text[:end].rstrip().endswith((".", "!", "?", ":", '"')):
        return 0
    return end


def _quoted_from(text: str, extraction: Extraction) -> Extraction:
    """Quotes taken again from the article as written: the reader saw list items joined and furniture masked."""

    def requote(evidence: Evidence) -> Evidence:
        if evidence.start is None or evidence.end is None:
            return evidence
        return evidence.model_copy(update={"quote": text[evidence.start : evidence.end]})

    advisories = [
        a.model_copy(
            update={
                "evidence": requote(a.evidence),
                "reason_evidence": [r.model_copy(update={"quote": text[r.start : r.end]}) for r in a.reason_evidence],
            }
        )
        for a in extraction.advisories
    ]
    borders = [b.model_copy(update={"evidence": requote(b.evidence)}) for b in extraction.border_events]
    missions = []
    for m in extraction.mission_events:
        evidence = requote(m.evidence)
        written = m.text if m.text != m.evidence.quote else evidence.quote or m.text
        missions.append(m.model_copy(update={"evidence": evidence, "text": written}))
    return extraction.model_copy(update={"advisories": advisories, "border_events": borders, "mission_events": missions})


def _foreign_paragraphs(text: str, language: str) -> dict[int, tuple[int, str]]:
    """Paragraphs not in English, by start: (end, language). English news costs one scan for another script."""
    if language == "en" and not other_script(text):
        return {}
    spans = paragraphs(text)
    languages = paragraph_languages(text, spans, language)
    return {start: (end, lang) for (start, end), lang in zip(spans, languages, strict=True) if lang != "en"}


def _mentions(text: str, foreign: dict[int, tuple[int, str]]) -> list[Mention]:
    """Country mentions: English names everywhere, and each other language's names where it is written."""
    mentions = scan(text)
    if not foreign:
        return mentions
    others = [
        Mention(m.iso2, m.start + start, m.end + start, m.kind, m.surface)
        for start, (end, lang) in foreign.items()
        for m in scan_in(text[start:end], lang)
    ]
    # Leftmost-longest over both: "Iran" read as German and as English is one mention.
    merged: list[Mention] = []
    # On the same span the language's own reading wins (it knows a capital as a capital).
    for mention in sorted(others + mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if merged and mention.start < merged[-1].end:
            continue
        merged.append(mention)
    return merged


def _heading(text: str, start: int, end: int, mentions: list[Mention], starts: list[int]) -> str | None:
    """The country a line names and nothing else ("Mexico", "Colombia:"), as explainers head each country's advice;
    or a round-up's section line, the country in capitals and a dash first ("HONG KONG - Risk rating raised")."""
    if end - start > 100:
        return None
    first = bisect.bisect_left(starts, start)
    inside = mentions[first : bisect.bisect_left(starts, end, first)]
    if len(inside) != 1 or inside[0].kind != "alias":
        return None
    only = inside[0]
    rest = text[start : only.start] + text[only.end : end]
    if not rest.strip(" \t\n:.-–—*#"):
        return only.iso2 if end - start <= 40 else None
    opens = not text[start : only.start].strip(" \t*#")
    return only.iso2 if opens and only.surface.isupper() and _SECTION_DASH.match(text, only.end) else None


_SECTION_DASH = re.compile(r"\s+[-–—]\s+\S")


_INSTITUTION_HINTS = ("Department", "Ministry", "Office", "ministry")


def _note_speaker(text: str, ctx: ArticleContext) -> None:
    """A government's institution named in a sentence no reader acts on ("Here is what the U.S. State Department
    says about each country."): the speaker of the lines that follow (a plain substring test first: most such
    sentences name none)."""
    if any(hint in text for hint in _INSTITUTION_HINTS) and (named := institutions(text)):
        ctx.speaker, ctx.speaker_at = named[0][0], None


# "The United States took a different course.": a government that opens a sentence as its subject, with a verb
_SUBJECT_VERB = re.compile(
    # ("Belgium, the former colonial power, has about 1,500 nationals in Burundi.": past an appositive)
    r"(?:,\s+(?:the|a|an)\s+[^,;.]{1,50},)?\s+(?:(?:also|then|now|instead|meanwhile)\s+)?(?:has|have|had|is|was|took|takes|went|goes|chose|chooses|"
    r"made|makes|moved|acted|followed|stands|stood|remains|remained|[a-z]+ed)\b"
)
# ("In March 2005 Britain announced ...": a time before the subject)
_SUBJECT_BEFORE = re.compile(r"\W*(?:(?:in|on|by|since)\s+(?:\w+\s+)?\d{4},?\s+)?(?:the\s+)?", re.IGNORECASE)


def _note_subject(sentence: Sentence, order: int, reading: _Reading) -> None:
    """A government named as the subject of a sentence no reader acts on speaks for the next ones ("The United
    States took a different course. It lifted ... and cut its advisory ...")."""
    first = bisect.bisect_left(reading.mention_starts, sentence.start)
    if first == len(reading.mentions):
        return
    mention = reading.mentions[first]
    start, end = mention.start - sentence.start, mention.end - sentence.start
    if (
        mention.kind == "alias"
        and start < sentence.end - sentence.start
        and _SUBJECT_BEFORE.fullmatch(sentence.text, 0, start)
        and _SUBJECT_VERB.match(sentence.text, end)
    ):
        reading.ctx.hear(mention.iso2, order)


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z0-9]")


def _one_sentence(text: str, start: int, end: int) -> bool:
    """Whether a paragraph is one short sentence (no sentence break inside it)."""
    return end - start <= 200 and _SENTENCE_BREAK.search(text, start, end) is None


def _any_between(positions: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


def _read_sentence(sentence: Sentence, order: int, reading: _Reading, kinds: frozenset[str]) -> None:
    if QUESTION_END.search(sentence.text):
        kinds = frozenset()  # ("Are Chinese citizens being asked to leave?": asked, not stated)
    # Roles cost more than the readers' own phrase search: only a sentence some reader acts on gets them.
    advisory = "advisory" in kinds and (
        has_triggers(sentence.text) or advisory_follows(order, reading.advisories) or rates_places(sentence.text)
    )
    border = "border" in kinds and bool(border_actions(sentence.text))
    mission = "mission" in kinds and bool(mission_actions(sentence.text))
    # "The embassy is cutting its services. Only emergency services will be offered.": the same mission
    # (or a line of a list under it: "Here is the status of some of them:", then "- Germany: closed.")
    unnamed = reading.ctx.unnamed_missions
    unnamed_before = (unnamed is not None and unnamed[0] == order - 1) or _mission_list_goes_on(sentence, order, reading)
    continued = (
        not mission
        and (reading.last_mission == order - 1 or unnamed_before)
        and mission_goes_on(sentence.text, reading.ctx)
    )
    if continued and not has_triggers(sentence.text) and reading.advisories.last_sentence < order - 1:
        advisory = False  # "X closed its embassy. Y did the same.": the same refers to the mission, not older advice
    # "Jordan closed the crossing in 2015. It was reopened in 2018.": the same crossing
    border_continues = not border and reading.last_border == order - 1 and border_goes_on(sentence.text)
    if border_continues and not has_triggers(sentence.text) and reading.advisories.last_sentence < order - 1:
        advisory = False  # "X closed its border. Y did the same.": the same refers to the closure
    mentions = reading.mentions
    starts = reading.mention_starts
    first = bisect.bisect_left(starts, sentence.start)
    inside = mentions[first : bisect.bisect_left(starts, sentence.end, first)]
    if not (advisory or border or mission or continued or border_continues):
        _note_speaker(sentence.text, reading.ctx)
        _note_subject(sentence, order, reading)
        if "mission" in kinds:
            _note_mission_seat(sentence, order, inside, reading.ctx)
        return
    actors = assign_roles(sentence.text, inside, sentence.start, reading.lead_end)
    if (
        reading.ctx.dateline is None
        and inside
        and sentence.start < reading.lead_end
        and (dateline := DATELINE.match(sentence.text)) is not None
    ):
        # ("MANILA, Jan. 6 (PNA) -- The DFA raised ...": where the story was filed, no actor of the sentence)
        filed_in = next((m.iso2 for m in inside if m.start - sentence.start < dateline.end()), None)
        reading.ctx.dateline = (order, filed_in) if filed_in else None
    # "the German Foreign Office" is Germany's, not the UK's: a country word right before an institution wins.
    # "Germany's Foreign Office" too: the country's possessive before the institution.
    # "Germany has reopened its embassy ..., a spokesperson for the Foreign Office said", "The Foreign Office urged
    # Germans to leave": Germany's office.
    others_act = {a.iso2 for a in actors if a.role in (Role.GOVERNMENT, Role.AGENT, Role.CITIZENS)}
    named = [
        i
        for i in institutions(sentence.text)
        if not any(0 <= i[1] - a.end <= 5 and _BEFORE_INSTITUTION.fullmatch(sentence.text, a.end, i[1]) for a in actors)
        and not (
            shared_institution_name(sentence.text, i[1], i[2])
            and others_act - {i[0]}
            and not any(a.iso2 == i[0] for a in actors)
        )
    ]
    view = SentenceView(
        index=order, start=sentence.start, end=sentence.end, text=sentence.text, actors=actors, institutions=named
    )
    speakers = [iso2 for iso2, _s, _e in view.institutions] + [
        a.iso2 for a in view.actors if a.role in (Role.GOVERNMENT, Role.AGENT)
    ]
    if speakers:
        reading.ctx.hear(speakers[0], None if view.institutions else order)
    elif advisory and UNNAMED_SPEAKER.search(sentence.text):
        # "Poland's foreign ministry spoke on Monday. The ministry advised ...": the government of the sentences
        # just before, read or not
        if (before := _speaker_before(order, reading)) is not None:
            reading.ctx.hear(before, order)
            reading.ctx.prior_speaker = before  # (named before this sentence, not in it)
    elif advisory and reading.ctx.speaker is None and not actors_speak(actors) and has_triggers(sentence.text):
        # "The State Department updated its guidance. Travelers are urged to reconsider travel to X.": advice
        # nobody in the sentence gives, right after a government's institution was named
        reading.ctx.speaker, reading.ctx.speaker_at = _speaker_before(order, reading, institutions_only=True), None
    # "The two neighbours shut their frontier", "... travel to the island": the last countries named before it.
    reading.ctx.recent = list(dict.fromkeys(m.iso2 for m in reversed(mentions[max(0, first - 8) : first])))[:2][::-1]
    if advisory:
        advisories_in_sentence(view, reading.ctx, reading.advisories)
    # (no word of advice, no directive: the stems hold every directive's words)
    states_advice = "advisory" in kinds and has_triggers(sentence.text)
    if border or border_continues:
        if border:
            found_borders = border_events_in_sentence(view, reading.ctx)
            found_borders = borders.without_the_opening_s_terms(found_borders, reading.last_borders)
            if reading.last_border == order - 1:
                found_borders = borders.for_each_pair_just_reported(found_borders, view, reading.last_borders)
        else:
            found_borders = continued_border_events(view, reading.ctx, reading.last_borders)
        if found_borders:
            if not states_advice:  # (a sentence of advice and events gives its why to both)
                reading.reporting.setdefault(order, set()).update(b.country for b in found_borders)
            reading.borders.extend(found_borders)
            reading.last_border, reading.last_borders = order, found_borders
    found = []
    if mission or continued:
        if mission:
            found = mission_events_in_sentence(view, reading.ctx)
            if reading.last_mission == order - 1:
                found = missions.for_each_mission_just_reported(found, view, reading.last_missions)
        else:
            found = continued_mission_events(view, reading.ctx, reading.last_missions)
        if found:
            if not states_advice:
                reading.reporting.setdefault(order, set()).update(m.mission_of for m in found)
            reading.missions.extend(found)
            reading.last_mission, reading.last_missions = order, found
    if not found and "mission" in kinds:
        _note_mission_seat(sentence, order, inside, reading.ctx)


def _note_mission_seat(sentence: Sentence, order: int, mentions: list[Mention], ctx: ArticleContext) -> None:
    """A mission named as a sentence's subject with no event ("The embassy in Baghdad could not help ..."): the
    host of "the embassy" in the sentences after it."""
    if "mbass" in sentence.text or "onsul" in sentence.text or "ommission" in sentence.text:
        host, owner = mission_seat(sentence.text, mentions, sentence.start)
        ctx.mission_in = host or ctx.mission_in
        if owner:
            ctx.seat_owner = (order, owner) if owner != host else None
        # (a mission named again without its owner, "registered with the Embassy in Moscow", is the one named before)


def actors_speak(actors: list[Actor]) -> bool:
    """Whether a sentence names a government that may give advice (acting, or its citizens addressed)."""
    return any(a.role in (Role.GOVERNMENT, Role.AGENT, Role.CITIZENS) for a in actors)


def _speaker_before(order: int, reading: _Reading, institutions_only: bool = False) -> str | None:
    """The government acting or named with an institution in one of the three sentences before `order` (only one
    named with an institution or as a government, with `institutions_only`)."""
    for earlier in (order - 1, order - 2, order - 3):
        sentence = reading.sentence_at(earlier)
        if sentence is None:
            continue
        mentions = reading.mentions
        first = bisect.bisect_left(mentions, sentence.start, key=lambda m: m.start)
        last = bisect.bisect_left(mentions, sentence.end, lo=first, key=lambda m: m.start)
        inside = mentions[first:last]
        actors = assign_roles(sentence.text, inside, sentence.start, reading.lead_end)
        roles = (Role.GOVERNMENT,) if institutions_only else (Role.GOVERNMENT, Role.AGENT)
        found = [(s, iso2) for iso2, s, _e in institutions(sentence.text)] + [
            (a.start, a.iso2) for a in actors if a.role in roles
        ]
        if found:
            return min(found)[1]
    return None


def extraction_json(extraction: Extraction) -> dict:
    """The JSON contract: the ground-truth schema plus evidence and confidence on every item."""
    return extraction.model_dump(mode="json", exclude_none=False)
