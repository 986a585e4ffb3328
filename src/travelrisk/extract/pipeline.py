"""`extract(article) -> Extraction`: the whole pure pipeline for one article."""

from __future__ import annotations

import re

from travelrisk.extract.advisories import AdvisoryState, advisories_in_sentence, finish
from travelrisk.extract.borders import border_events_in_sentence, merge_border_events
from travelrisk.extract.context import ArticleContext, SentenceView
from travelrisk.extract.missions import merge_mission_events, mission_events_in_sentence
from travelrisk.extract.roles import Role, assign_roles, institutions
from travelrisk.extract.text import mask_boilerplate, split_sentences
from travelrisk.geo.countries import scan
from travelrisk.model import Article, BorderEvent, Extraction, MissionEvent

# Sentences without any of these words cannot hold a fact; skipping them keeps extraction fast.
_RELEVANT = re.compile(
    r"travel|advis|warn|alert|leave|depart|exit|flee|level|categor|caution|vigilan|precaution|border|cross|"
    r"checkpoint|frontier|embass|consul|mission|diplomat|staff|personnel|employees|evacuat|visit|trip|"
    r"discourag|reconsider|essential|ban|refrain|defer|include|countries|list|:",
    re.IGNORECASE,
)
MAX_EXTRACT_CHARS = 200_000  # longer inputs are read up to here: news articles are far shorter


def extract(article: Article) -> Extraction:
    text = article.text[:MAX_EXTRACT_CHARS]
    mentions = scan(text)
    countries = list(dict.fromkeys(m.iso2 for m in mentions))
    cleaned = mask_boilerplate(text)
    clean_mentions = [m for m in mentions if cleaned[m.start : m.end] == text[m.start : m.end]]

    ctx = ArticleContext(published=article.published)
    for mention in clean_mentions:
        ctx.focus_counts[mention.iso2] = ctx.focus_counts.get(mention.iso2, 0) + 1

    state = AdvisoryState()
    borders: list[BorderEvent] = []
    missions: list[MissionEvent] = []
    cursor = 0
    for index, sentence in enumerate(split_sentences(cleaned)):
        if not _RELEVANT.search(sentence.text):
            continue
        while cursor < len(clean_mentions) and clean_mentions[cursor].end <= sentence.start:
            cursor += 1
        inside = []
        for mention in clean_mentions[cursor:]:
            if mention.start >= sentence.end:
                break
            inside.append(mention)
        view = SentenceView(
            index=index, start=sentence.start, end=sentence.end, text=sentence.text,
            actors=assign_roles(sentence.text, inside, sentence.start), institutions=institutions(sentence.text),
        )
        speakers = [iso2 for iso2, _s, _e in view.institutions] + [
            a.iso2 for a in view.actors if a.role in (Role.GOVERNMENT, Role.AGENT)
        ]
        if speakers:
            ctx.speaker = speakers[0]
        advisories_in_sentence(view, ctx, state)
        borders.extend(border_events_in_sentence(view, ctx))
        missions.extend(mission_events_in_sentence(view, ctx))

    return Extraction(
        id=article.id,
        source=article.source,
        published=article.published,
        url=article.url,
        advisories=finish(state),
        border_events=merge_border_events(borders),
        mission_events=merge_mission_events(missions),
        countries_mentioned=countries,
    )


def extraction_json(extraction: Extraction) -> dict:
    """The JSON contract: the ground-truth schema plus evidence and confidence on every item."""
    return extraction.model_dump(mode="json", exclude_none=False)
