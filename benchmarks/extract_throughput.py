"""Extraction speed and memory on one core: ~3,000-character articles streamed from JSON Lines.

Usage: python benchmarks/extract_throughput.py [ARTICLES]   (default 20,000; the issue's memory bar
streams 100,000). Prints JSON: articles, seconds, articles_per_s, peak_rss_mb. Target: >= 1,000/s,
peak RSS < 300 MB.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_jsonl
from travelrisk.extract.pipeline import extract
from travelrisk.sources.news.readers import ReadError, read_paths


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        write_jsonl(path, count)
        size = path.stat().st_size
        facts = errors = articles = chars = 0
        start = time.perf_counter()
        for item in read_paths([str(path)]):
            if isinstance(item, ReadError):
                errors += 1
                continue
            result = extract(item)
            articles += 1
            chars += len(item.text)
            facts += len(result.advisories) + len(result.border_events) + len(result.mission_events)
        seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "benchmark": "extract_throughput",
                "articles": articles,
                "mean_chars": round(chars / max(articles, 1)),
                "corpus_mb": round(size / 1e6, 1),
                "facts": facts,
                "errors": errors,
                "seconds": round(seconds, 2),
                "articles_per_s": round(articles / seconds, 1),
                "peak_rss_mb": round(peak_kb / 1024, 1),
                "targets": {"articles_per_s": 1000, "peak_rss_mb": 300},
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
