"""The backfill's store step alone, on SQLite and PostgreSQL, rounds interleaved: CPU seconds per 1,000-article
chunk of this process (the client) and of the PostgreSQL server process serving it. Prints JSON.

Usage:
    python benchmarks/store_step.py [--warm 2] [--measure 3] [--rounds 2] [--corpus DIR]

The archive is `picture_at_scale.py`'s real-shaped one. Its articles are prepared once (extraction, signing and
compression: pure, the same for both stores), then each round stores `--warm` chunks into a fresh database and
times the next `--measure`. On a machine shared with other work, wall-clock seconds measure the other load
more than the code; CPU seconds vary far less, and the server's CPU is the part a backfill worker waits for
that its own CPU time does not show. The server's CPU is read from /proc (Linux, server on this machine).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from backfill import fresh_database
from picture_at_scale import default_corpus, documents
from travelrisk.model import Article
from travelrisk.services import TravelRisk
from travelrisk.services.news import CHUNK, Prepared, prepare, store_prepared
from travelrisk.store.db import dispose_engines

_TICK = os.sysconf("SC_CLK_TCK")


def prepared(corpus: Path, count: int) -> list[Prepared]:
    return [
        prepare(
            Article(
                id=d["id"],
                source="store_step",
                text=d["text"],
                url=d["url"],
                published=dt.date.fromisoformat(d["published"]),
                outlet=d["outlet"],
            )
        )
        for d in documents(corpus, count)
    ]


def _server_cpu(travelrisk: TravelRisk) -> float:
    """CPU seconds of the PostgreSQL backend serving this process's (one) pooled connection."""
    with travelrisk.engine.connect() as connection:
        pid = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


def one_round(store: str, chunks: list[list[Prepared]], warm: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp, fresh_database(store, Path(tmp), prefix="store") as url:
        travelrisk = TravelRisk(url)
        for chunk in chunks[:warm]:
            store_prepared(travelrisk.engine, chunk)
        measured = []
        for chunk in chunks[warm:]:
            server = _server_cpu(travelrisk) if store == "postgresql" else 0.0
            wall, cpu = time.perf_counter(), time.process_time()
            stored = store_prepared(travelrisk.engine, chunk)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            server = _server_cpu(travelrisk) - server if store == "postgresql" else 0.0
            measured.append(
                {
                    "stored": stored,
                    "wall_s": round(wall, 3),
                    "client_cpu_s": round(cpu, 3),
                    "server_cpu_s": round(server, 3),
                }
            )
        dispose_engines()
    return {
        "store": store,
        "load_average": os.getloadavg()[0],
        "chunks": measured,
        "cpu_s_per_chunk": round(sum(m["client_cpu_s"] + m["server_cpu_s"] for m in measured) / len(measured), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--warm", type=int, default=2, help="chunks stored before the timed ones")
    parser.add_argument("--measure", type=int, default=3, help="chunks timed")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of PostgreSQL then SQLite")
    parser.add_argument("--corpus", type=Path, default=None, help="directory of real .txt articles")
    options = parser.parse_args()
    items = prepared(options.corpus or default_corpus(), (options.warm + options.measure) * CHUNK)
    chunks = [items[start : start + CHUNK] for start in range(0, len(items), CHUNK)]
    rounds = [
        one_round(store, chunks, options.warm) for _ in range(options.rounds) for store in ("postgresql", "sqlite")
    ]
    print(json.dumps({"benchmark": "store_step", "chunk": CHUNK, "rounds": rounds}, indent=1))


if __name__ == "__main__":
    main()
