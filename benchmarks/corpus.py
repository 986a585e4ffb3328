"""A synthetic news-wire corpus for benchmarks, written for travelrisk (no third-party text).

Each article is ~3,000 characters: everyday news sentences with, in about half of the articles, a few
travel-safety sentences (advisories, crossings, missions) taken from the project's own test articles.
Deterministic for a given seed.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

FILLER = [
    "The central bank kept its benchmark rate unchanged on {day}, citing slowing inflation and a cooling labour market.",
    "Shares in {city} closed higher after a week of losses, led by technology and energy stocks.",
    "The national football team beat its rivals 2-1 in a qualifier played in front of {n} spectators.",
    "Farmers in the north said the late rains had delayed the harvest by at least two weeks.",
    "The ministry of education announced a new curriculum for primary schools starting next September.",
    "Officials in {city} opened a new metro line that will carry an estimated {n} passengers a day.",
    "A heatwave pushed temperatures above 40 degrees in several provinces, and hospitals reported more admissions.",
    "The opposition called for an inquiry into the tender for the new airport terminal.",
    "Tourism revenue rose by {n} percent in the first half of the year, according to the statistics office.",
    "The city council approved a plan to plant ten thousand trees along the river by the end of the decade.",
    "A court in {city} postponed the trial of a former mayor accused of embezzlement until {day}.",
    "The festival drew artists from more than thirty countries and ran for nine days.",
    "Engineers said repairs to the old bridge would take about six months and cost {n} million.",
    "The health ministry launched a vaccination campaign against seasonal influenza for people over sixty.",
    "Exports of coffee and cocoa fell after a drought reduced yields across the region.",
    "The parliament passed a budget that increases spending on roads, schools and pensions.",
    "Police said the suspect had been arrested near the train station on {day} evening.",
    "The company plans to open a factory employing {n} people on the outskirts of {city}.",
    "Scientists reported that the glacier had retreated by more than a kilometre in two decades.",
    "The airline added three weekly flights between {city} and the coast for the summer season.",
]
CITIES = ["Lyon", "Osaka", "Porto", "Kraków", "Mombasa", "Cordoba", "Da Nang", "Tampere", "Graz", "Izmir"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


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
    for index in range(count):
        parts: list[str] = []
        if index % 2 == 0:
            parts += rng.sample(travel, k=min(3, len(travel)))
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(
                rng.choice(FILLER).format(day=rng.choice(DAYS), city=rng.choice(CITIES), n=rng.randint(2, 90_000))
            )
        rng.shuffle(parts)
        yield {
            "id": f"a{index:07d}",
            "published": f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}",
            "url": f"https://news.example/{index}",
            "text": "\n\n".join(parts)[: size + 200],
        }


def write_jsonl(path: Path, count: int, *, seed: int = 7) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for record in articles(count, seed=seed):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
