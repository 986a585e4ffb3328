"""Back-test of the early-warning signal on real level changes and the development articles; prints JSON.

For every real level increase in `advisories/history/` (2025-03 -> 2026-08) it reports whether the signal,
computed from the dev articles published before the change, pointed above the issuer's previous level, and
how many days earlier it first did. It also counts the days on which the signal was flagged for a country
with no increase by any government in the following 30 days (false alarms).

Usage: python benchmarks/early_warning_backtest.py [SHARED_DATA_DIR]
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path

from travelrisk.assess.early_warning import early_warning
from travelrisk.assess.picture import FactView
from travelrisk.extract.pipeline import extract
from travelrisk.model.lexicon import level_from_wording
from travelrisk.sources.news.readers import ReadError, read_paths

ISSUERS = {"australia": "AU", "canada": "CA", "ireland": "IE", "unitedkingdom": "GB", "unitedstates": "US"}
LOOKBACK = 30


def official_series(history_dir: Path) -> dict[tuple[str, str], list[tuple[dt.date, int]]]:
    series: dict[tuple[str, str], list[tuple[dt.date, int]]] = defaultdict(list)
    for path in sorted(history_dir.glob("history_*.csv")):
        country = path.stem.split("_")[1]
        for row in csv.DictReader(path.open(encoding="utf-8")):
            level = level_from_wording(row["level_raw"])
            if level is None:
                continue
            day = dt.date.fromisoformat(row["commit_date"][:10])
            series[(country, ISSUERS[row["source"]])].append((day, level))
    return {key: sorted(values) for key, values in series.items()}


def level_on(values: list[tuple[dt.date, int]], day: dt.date) -> int | None:
    current = None
    for when, level in values:
        if when > day:
            break
        current = level
    return current


def article_facts(articles_dir: Path) -> list[FactView]:
    facts = []
    for index, article in enumerate(read_paths([str(articles_dir)])):
        if isinstance(article, ReadError) or article.published is None:
            continue
        result = extract(article)
        rows = [("advisory", a.issuer, a.subject, a.directive, a.model_dump(mode="json")) for a in result.advisories]
        rows += [("border", b.country, b.neighbor, b.action, b.model_dump(mode="json")) for b in result.border_events]
        rows += [
            ("mission", m.mission_of, m.in_country, m.action, m.model_dump(mode="json")) for m in result.mission_events
        ]
        for kind, actor, target, action, data in rows:
            facts.append(
                FactView(
                    kind=kind,
                    actor=actor,
                    target=target,
                    action=str(action) if action else None,
                    level=data.get("level"),
                    published=article.published,
                    data=data,
                    outlet=None,
                    url=None,
                    story_id=index,
                    document_id=index,
                    article_id=index,
                )
            )
    return facts


def main() -> None:
    data = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
    series = official_series(data / "advisories" / "history")
    facts = article_facts(data / "articles" / "dev")
    countries = sorted({c for c, _ in series})

    def levels_on(country: str, day: dt.date) -> dict[str, int]:
        return {
            issuer: lvl
            for (c, issuer), values in series.items()
            if c == country and (lvl := level_on(values, day)) is not None
        }

    increases = []
    for (country, issuer), values in sorted(series.items()):
        for (before_day, before), (day, after) in itertools.pairwise(values):
            if after > before:
                increases.append((country, issuer, day, before, after, before_day))
    results = []
    for country, issuer, day, before, after, _ in increases:
        fired_days = []
        for back in range(LOOKBACK, -1, -1):
            when = day - dt.timedelta(days=back)
            signal = early_warning(country, when, facts, levels_on(country, when - dt.timedelta(days=1)))
            if signal["drivers"] and signal["implied_level"] > before:
                fired_days.append(back)
        results.append(
            {
                "country": country,
                "issuer": issuer,
                "date": day.isoformat(),
                "from_level": before,
                "to_level": after,
                "signal_fired": bool(fired_days),
                "days_earlier": max(fired_days) if fired_days else None,
            }
        )

    start = min(v[0][0] for v in series.values())
    end = max(v[-1][0] for v in series.values())
    false_alarm_days: dict[str, int] = defaultdict(int)
    flagged_days: dict[str, int] = defaultdict(int)
    day = start
    while day <= end:
        for country in countries:
            signal = early_warning(country, day, facts, levels_on(country, day))
            if not signal["flagged"]:
                continue
            flagged_days[country] += 1
            horizon = day + dt.timedelta(days=30)
            if not any(c == country and day < when <= horizon for c, _i, when, *_ in increases):
                false_alarm_days[country] += 1
        day += dt.timedelta(days=1)
    print(
        json.dumps(
            {
                "benchmark": "early_warning_backtest",
                "window": [start.isoformat(), end.isoformat()],
                "dev_articles_with_facts": len({f.article_id for f in facts}),
                "dev_articles_in_window": len({f.article_id for f in facts if start <= f.published <= end}),
                "level_increases": len(results),
                "fired_before_or_on_the_day": sum(r["signal_fired"] for r in results),
                "per_change": results,
                "flagged_days": dict(flagged_days),
                "false_alarm_days": dict(false_alarm_days),
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
