"""A synthetic news-wire corpus for benchmarks, written for travelrisk (no third-party text).

Each article is ~3,000 characters: everyday news sentences with, in about half of the articles, a few
travel-safety sentences (advisories, crossings, missions) taken from the project's own test articles; one in
twenty is a syndicated near-copy of a recent article.
Deterministic for a given seed.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

# Sentences are assembled from independent word pools, so two articles share few 5-word shingles, as two
# real news stories do; a template list would make every article a near-duplicate of every other and turn
# near-duplicate detection quadratic.
SUBJECTS = [
    "The central bank",
    "The finance minister",
    "A regional court",
    "The city council",
    "The national airline",
    "A group of farmers",
    "The health ministry",
    "Local police",
    "The opposition party",
    "A mining company",
    "The port authority",
    "Teachers' unions",
    "The football federation",
    "A state utility",
    "The statistics office",
    "Residents of the old town",
    "The transport regulator",
    "A consortium of builders",
    "The tourism board",
    "Hospital directors",
    "The environment agency",
    "A logistics firm",
    "The prime minister's office",
    "Fishermen",
    "The central archive",
    "University researchers",
    "The water company",
    "Wine producers",
    "The chamber of trade",
    "A textile cooperative",
    "Museum curators",
    "The coast guard",
    "Taxi drivers",
    "The energy regulator",
    "A software start-up",
    "Street vendors",
    "The labour inspectorate",
    "The railway operator",
    "Dairy farmers",
    "The mayor's office",
]
VERBS = [
    "announced",
    "postponed",
    "approved",
    "criticised",
    "welcomed",
    "rejected",
    "proposed",
    "reviewed",
    "completed",
    "cancelled",
    "expanded",
    "defended",
    "questioned",
    "financed",
    "launched",
    "suspended",
    "doubled",
    "audited",
    "renegotiated",
    "inaugurated",
    "modernised",
    "reported on",
    "delayed",
    "simplified",
    "scaled back",
    "extended",
    "published",
    "challenged",
    "piloted",
    "relocated",
]
OBJECTS = [
    "a plan for cheaper public transport",
    "the new harbour terminal",
    "plans for a solar park",
    "the annual budget",
    "a reform of pension rules",
    "a tender for school meals",
    "the renovation of the opera house",
    "new rules for short-term rentals",
    "a programme to train nurses",
    "the merger of two regional banks",
    "a tax on sugary drinks",
    "the expansion of the ring road",
    "a study of river pollution",
    "the grain export quota",
    "a loan for flood defences",
    "the digital identity scheme",
    "a contract for electric buses",
    "a census of wild boar",
    "the restoration of the cathedral roof",
    "wage talks with bus drivers",
    "the closure of a coal plant",
    "a scheme for rooftop gardens",
    "the sale of state land",
    "a bid to host the games",
    "a vaccination drive for cattle",
    "the cleanup of the lagoon",
    "an inquiry into ticket prices",
    "rules on street advertising",
    "a new cancer ward",
    "the rebuilding of the market hall",
]
MANNERS = [
    "after months of debate",
    "despite protests",
    "with support from abroad",
    "at short notice",
    "for a second time",
    "under pressure from lenders",
    "to the surprise of analysts",
    "without a vote",
    "in a brief statement",
    "after a public consultation",
    "amid rising costs",
    "following a court ruling",
    "in a joint declaration",
    "after an audit found gaps",
    "with little fanfare",
    "during a late-night session",
    "ahead of local elections",
    "in response to complaints",
    "after a fire last spring",
    "on the advice of engineers",
]
CITIES = [
    "Lyon",
    "Osaka",
    "Porto",
    "Kraków",
    "Mombasa",
    "Cordoba",
    "Da Nang",
    "Tampere",
    "Graz",
    "Izmir",
    "Valparaíso",
    "Bergen",
    "Cebu",
    "Tartu",
    "Arequipa",
    "Kumasi",
    "Ghent",
    "Sapporo",
    "Bologna",
    "Rosario",
    "Debrecen",
    "Aarhus",
    "Puebla",
    "Mysore",
    "Brno",
    "Salvador",
    "Split",
    "Kochi",
    "Halifax",
    "Dunedin",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SYNDICATED_EVERY = 20  # every 20th article is a near-copy of an earlier one (a syndicated wire story)


def _filler(rng: random.Random) -> str:
    return (
        f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} in {rng.choice(CITIES)} "
        f"{rng.choice(MANNERS)} on {rng.choice(DAYS)}, and {rng.randint(2, 90_000)} people were affected."
    )


def _travel_sentences() -> list[str]:
    articles = Path(__file__).resolve().parents[1] / "tests" / "articles"
    sentences = []
    for path in sorted(articles.glob("*.txt")):
        body = path.read_text(encoding="utf-8").split(" ", 2)[-1]
        sentences += [line.strip() for line in body.splitlines() if len(line.strip()) > 40]
    return sentences


def articles(count: int, *, seed: int = 7, size: int = 3000) -> Iterator[dict[str, str]]:
    rng = random.Random(seed)
    travel = _travel_sentences()
    recent: list[str] = []
    seen: set[str] = set()
    for index in range(count):
        if index % SYNDICATED_EVERY == SYNDICATED_EVERY - 1 and recent:
            text = f"(Wire) {rng.choice(CITIES)}, {rng.choice(DAYS)}.\n\n{rng.choice(recent)}"
            if text in seen:
                # (the same story, place and day drawn twice: a copy told apart, so every text is a document of its own
                # whatever sentences tests/articles holds; the draws that follow are unchanged)
                text = f"(Wire) Update {index}.\n\n{text}"
        else:
            parts: list[str] = []
            if index % 2 == 0:
                parts += rng.sample(travel, k=min(3, len(travel)))
            while sum(len(p) + 1 for p in parts) < size:
                parts.append(_filler(rng))
            rng.shuffle(parts)
            text = "\n\n".join(parts)[: size + 200]
            recent = [*recent[-99:], text]
        seen.add(text)
        yield {
            "id": f"a{index:07d}",
            "published": f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}",
            "url": f"https://news.example/{index}",
            "text": text,
        }


def write_jsonl(path: Path, count: int, *, seed: int = 7) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for record in articles(count, seed=seed):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
