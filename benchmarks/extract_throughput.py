"""Extraction speed and memory on one core, for the whole `travelrisk extract FILE.jsonl --format jsonl` process.

Usage:
    python benchmarks/extract_throughput.py [ARTICLES] [--corpus DIR] [--stream] [--in-process]

Without --corpus the documents are the generated corpus (`corpus.py`, ~3,000 characters each). With
`--corpus DIR` they are real: each document is two `DIR/*.txt` articles joined (a seeded random pairing,
~3,000 characters for news articles), written at run time and never kept. The CLI runs as a child process
pinned to one core (`taskset -c 0` semantics via the affinity mask); its CPU time (user+sys) and peak RSS come
from `getrusage(RUSAGE_CHILDREN)`, so the figures include interpreter start, imports and JSON output. The
start-up alone (the same command on an empty file) is reported beside them.

`--stream` is the memory check for large archives (e.g. 100000 articles): the documents go through a named pipe
ending in `.jsonl` while they are made, and the output is counted as it comes, so nothing the size of the
archive exists anywhere; the child's peak RSS is the figure. `--in-process` times `extract()` alone in this
process instead. `--instructions` runs the same CLI under valgrind's callgrind and reports the instructions it
executed: deterministic (the hash seed is fixed for it), so two versions can be compared on a busy shared machine
where CPU seconds vary by 10-20 % (needs `valgrind`; ~50x slower, so use a few hundred articles). Prints JSON: articles, wall and CPU
seconds, articles/s by both, peak RSS (or instructions).
Targets: >= 1,000 articles/s, < 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import articles as generated_articles

_DATE_PREFIX = re.compile(r"^date (\d{4}-\d{2}-\d{2}) ")


def real_records(corpus: Path, count: int, *, seed: int = 11) -> Iterator[dict[str, str | None]]:
    """`count` documents, each two real articles of `corpus` joined by a blank line."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    if len(texts) < 2:
        raise SystemExit(f"{corpus}: needs at least two .txt articles")
    rng = random.Random(seed)
    for index in range(count):
        first, second = rng.sample(texts, 2)
        match = _DATE_PREFIX.match(first)
        published = match.group(1) if match else None
        text = first[match.end() :] if match else first
        second = _DATE_PREFIX.sub("", second)
        yield {"id": f"doc-{index}", "published": published, "text": f"{text}\n\n{second}"}


def records(count: int, corpus: Path | None) -> Iterator[dict[str, str | None]]:
    return real_records(corpus, count) if corpus else generated_articles(count)  # type: ignore[return-value]


def write_records(out: IO[str], count: int, corpus: Path | None) -> int:
    """Write the documents as JSON Lines; the number of characters written."""
    size = 0
    for record in records(count, corpus):
        line = json.dumps(record, ensure_ascii=False) + "\n"
        out.write(line)
        size += len(line)
    return size


def _one_core() -> set[int]:
    return {min(os.sched_getaffinity(0))}


def _command(path: Path) -> list[str]:
    return [str(Path(sys.executable).parent / "travelrisk"), "extract", str(path), "--format", "jsonl"]


def _count(out: IO[bytes]) -> tuple[int, int]:
    lines = facts = 0
    for line in out:
        record = json.loads(line)
        lines += 1
        facts += len(record["advisories"]) + len(record["border_events"]) + len(record["mission_events"])
    return lines, facts


def _cpu(before: resource.struct_rusage, after: resource.struct_rusage) -> float:
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def startup_cpu(tmp: Path) -> float:
    """CPU seconds of the same command on an empty file: interpreter, imports, nothing to read."""
    empty = tmp / "empty.jsonl"
    empty.write_text("")
    core = _one_core()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(_command(empty), stdout=subprocess.DEVNULL, check=True, preexec_fn=lambda: os.sched_setaffinity(0, core))
    return round(_cpu(before, resource.getrusage(resource.RUSAGE_CHILDREN)), 2)


def run_cli(path: Path) -> dict:
    """The whole CLI process on one core: wall, user+sys CPU and peak RSS of the child."""
    core = _one_core()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        completed = subprocess.run(
            _command(path), stdout=out, stderr=subprocess.PIPE, preexec_fn=lambda: os.sched_setaffinity(0, core)
        )
        wall = time.perf_counter() - start
        out.seek(0)
        lines, facts = _count(out)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode not in (0, 1):
        raise SystemExit(completed.stderr.decode(errors="replace"))
    return _figures(lines, facts, wall, _cpu(before, after), after.ru_maxrss)


def run_instructions(path: Path) -> dict:
    """Instructions the whole CLI process executes (callgrind's count; start-up included, and measured apart)."""
    if shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind (apt-get install valgrind)")

    # A fixed hash seed: with a random one the count of the same code moves by up to ~7 % (set and dict order)
    env = {**os.environ, "PYTHONHASHSEED": "0"}

    def count(target: Path) -> int:
        command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *_command(target)]
        completed = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        found = re.search(r"Collected\s*:\s*(\d+)", completed.stderr)
        if found is None:
            raise SystemExit(completed.stderr[-2000:])
        return int(found.group(1))

    empty = path.parent / "empty.jsonl"
    empty.write_text("")
    articles = sum(1 for line in path.open(encoding="utf-8") if line.strip())
    total, startup = count(path), count(empty)
    return {
        "articles": articles,
        "instructions_m": round(total / 1e6, 1),
        "startup_instructions_m": round(startup / 1e6, 1),
        "instructions_per_article_m": round((total - startup) / max(articles, 1) / 1e6, 2),
    }


def run_streaming(tmp: Path, count: int, corpus: Path | None) -> dict:
    """The CLI reading a named pipe while the documents are made; its output counted as it comes."""
    core = _one_core()
    others = os.sched_getaffinity(0) - core
    if others:
        os.sched_setaffinity(0, others)  # making and counting documents must not take the measured core
    fifo = tmp / "stream.jsonl"
    os.mkfifo(fifo)
    written: list[int] = []

    def feed() -> None:
        with fifo.open("w", encoding="utf-8") as pipe:
            written.append(write_records(pipe, count, corpus))

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    child = subprocess.Popen(
        _command(fifo), stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=lambda: os.sched_setaffinity(0, core)
    )
    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    assert child.stdout is not None and child.stderr is not None
    lines, facts = _count(child.stdout)
    errors = child.stderr.read()
    child.wait()
    wall = time.perf_counter() - start
    feeder.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if child.returncode not in (0, 1):
        raise SystemExit(errors.decode(errors="replace"))
    figures = _figures(lines, facts, wall, _cpu(before, after), after.ru_maxrss)
    return {"corpus_mb": round(written[0] / 1e6, 1), "mean_chars": round(written[0] / max(count, 1)), **figures}


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
    return _figures(articles, facts, wall, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _figures(articles: int, facts: int, wall: float, cpu: float, max_rss_kb: int) -> dict:
    return {
        "articles": articles,
        "facts": facts,
        "wall_seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2),
        "articles_per_s_wall": round(articles / wall, 1),
        "articles_per_s_cpu": round(articles / cpu, 1),
        "peak_rss_mb": round(max_rss_kb / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=int, default=6_000)
    parser.add_argument("--corpus", type=Path, help="directory of real .txt articles to pair into documents")
    parser.add_argument("--stream", action="store_true", help="feed the CLI through a named pipe (memory check)")
    parser.add_argument("--in-process", action="store_true", help="time extract() in this process, not the CLI")
    parser.add_argument("--instructions", action="store_true", help="count the CLI's instructions (valgrind)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if args.stream:
            mode = "travelrisk extract PIPE.jsonl --format jsonl (streamed)"
            figures = run_streaming(tmp, args.articles, args.corpus)
        else:
            path = tmp / "corpus.jsonl"
            with path.open("w", encoding="utf-8") as out:
                size = write_records(out, args.articles, args.corpus)
            sizes = {"corpus_mb": round(size / 1e6, 1), "mean_chars": round(size / max(args.articles, 1))}
            if args.in_process:
                mode, figures = "in-process extract()", {**sizes, **run_in_process(path)}
            elif args.instructions:
                mode = "travelrisk extract FILE.jsonl --format jsonl (callgrind)"
                figures = {**sizes, **run_instructions(path)}
            else:
                mode = "travelrisk extract FILE.jsonl --format jsonl"
                figures = {**sizes, **run_cli(path), "startup_cpu_seconds": startup_cpu(tmp)}
    print(
        json.dumps(
            {
                "benchmark": "extract_throughput",
                "corpus": str(args.corpus) if args.corpus else "generated",
                "mode": mode,
                **figures,
                "targets": {"articles_per_s": 1000, "peak_rss_mb": 300},
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
