"""Extraction speed and memory on one core, for the whole `travelrisk extract FILE.jsonl --format jsonl` process.

Usage:
    python benchmarks/extract_throughput.py [ARTICLES] [--corpus DIR] [--in-process]

Without --corpus the documents are the generated corpus (`corpus.py`, ~3,000 characters each). With
`--corpus DIR` they are real: each document is two `DIR/*.txt` articles joined (a seeded random pairing,
~3,000 characters for news articles), written to a temporary JSONL at run time and never kept. The CLI runs
as a child process pinned to one core (`taskset -c 0` semantics via the affinity mask); its CPU time
(user+sys) and peak RSS come from `getrusage(RUSAGE_CHILDREN)`, so the figures include interpreter start,
imports and JSON output. `--in-process` times `extract()` alone in this process instead.
Prints JSON: articles, wall and CPU seconds, articles/s by both, peak RSS. Target: >= 1,000/s, < 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_jsonl

_DATE_PREFIX = re.compile(r"^date (\d{4}-\d{2}-\d{2}) ")


def write_real_jsonl(path: Path, corpus: Path, count: int, *, seed: int = 11) -> None:
    """`count` documents, each two real articles of `corpus` joined by a blank line."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    if len(texts) < 2:
        raise SystemExit(f"{corpus}: needs at least two .txt articles")
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for index in range(count):
            first, second = rng.sample(texts, 2)
            match = _DATE_PREFIX.match(first)
            published = match.group(1) if match else None
            text = first[match.end() :] if match else first
            second = _DATE_PREFIX.sub("", second)
            record = {"id": f"doc-{index}", "published": published, "text": f"{text}\n\n{second}"}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def _one_core() -> set[int]:
    return {min(os.sched_getaffinity(0))}


def run_cli(path: Path) -> dict:
    """The whole CLI process on one core: wall, user+sys CPU and peak RSS of the child."""
    command = [str(Path(sys.executable).parent / "travelrisk"), "extract", str(path), "--format", "jsonl"]
    core = _one_core()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        completed = subprocess.run(command, stdout=out, stderr=subprocess.PIPE, preexec_fn=lambda: os.sched_setaffinity(0, core))
        wall = time.perf_counter() - start
        out.seek(0)
        lines = facts = 0
        for line in out:
            record = json.loads(line)
            lines += 1
            facts += len(record["advisories"]) + len(record["border_events"]) + len(record["mission_events"])
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if completed.returncode not in (0, 1):
        raise SystemExit(completed.stderr.decode(errors="replace"))
    return {
        "articles": lines,
        "facts": facts,
        "wall_seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2),
        "articles_per_s_wall": round(lines / wall, 1),
        "articles_per_s_cpu": round(lines / cpu, 1),
        "peak_rss_mb": round(after.ru_maxrss / 1024, 1),
    }


def run_in_process(path: Path) -> dict:
    from travelrisk.extract.pipeline import extract
    from travelrisk.sources.news.readers import ReadError, read_paths

    os.sched_setaffinity(0, _one_core())
    articles = facts = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for item in read_paths([str(path)]):
        if isinstance(item, ReadError):
            continue
        result = extract(item)
        articles += 1
        facts += len(result.advisories) + len(result.border_events) + len(result.mission_events)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return {
        "articles": articles,
        "facts": facts,
        "wall_seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2),
        "articles_per_s_wall": round(articles / wall, 1),
        "articles_per_s_cpu": round(articles / cpu, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=int, default=6_000)
    parser.add_argument("--corpus", type=Path, help="directory of real .txt articles to pair into documents")
    parser.add_argument("--in-process", action="store_true", help="time extract() in this process, not the CLI")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        if args.corpus:
            write_real_jsonl(path, args.corpus, args.articles)
        else:
            write_jsonl(path, args.articles)
        size = path.stat().st_size
        figures = run_in_process(path) if args.in_process else run_cli(path)
    print(
        json.dumps(
            {
                "benchmark": "extract_throughput",
                "corpus": str(args.corpus) if args.corpus else "generated",
                "mode": "in-process extract()" if args.in_process else "travelrisk extract FILE.jsonl --format jsonl",
                "corpus_mb": round(size / 1e6, 1),
                "mean_chars": round(size / max(args.articles, 1)),
                **figures,
                "targets": {"articles_per_s": 1000, "peak_rss_mb": 300},
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
