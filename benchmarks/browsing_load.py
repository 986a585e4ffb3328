"""Browsing load: a mixed load of pages, API and feeds on a real uvicorn on loopback, as people browsing the
dashboard make it. 8 connections, each requesting in turn `/`, `/countries/BY`, `/v1/countries/BY` and
`/feeds/alerts.atom` (keep-alive, no conditional requests: every request makes the server send the whole
body), for SECONDS. Prints JSON: requests/s, latency percentiles per path and overall, time-outs (no answer
within 2 s), and the client-side time of one repeat `GET /` on an idle server (bar: >= 500 requests/s, no
time-outs, repeat `/` <= 20 ms). The database is the bundled data in a fresh SQLite file (`travelrisk init`).

The client is one asyncio process (it needs a share of the same two cores as the server, so the figures are
a floor). Usage: python benchmarks/browsing_load.py [SECONDS]
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from api_load import wait_for_port

ROOT = Path(__file__).resolve().parents[1]
PATHS = ["/", "/countries/BY", "/v1/countries/BY", "/feeds/alerts.atom"]
CONNECTIONS = 8
TIMEOUT = 2.0


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    chunked = False
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
        elif name.lower() == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length:
        await reader.readexactly(length)
    return status


async def _browse(port: int, seconds: float) -> dict:
    stop = time.perf_counter() + seconds
    latencies: dict[str, list[float]] = {path: [] for path in PATHS}
    timeouts = errors = 0

    async def worker(index: int) -> None:
        nonlocal timeouts, errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        turn = index
        while time.perf_counter() < stop:
            path = PATHS[turn % len(PATHS)]
            turn += 1
            started = time.perf_counter()
            try:
                status = await asyncio.wait_for(_get(reader, writer, path), TIMEOUT)
            except TimeoutError:
                timeouts += 1
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                continue
            if status != 200:
                errors += 1
            latencies[path].append(time.perf_counter() - started)
        writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker(i) for i in range(CONNECTIONS)))
    elapsed = time.perf_counter() - started
    every = [x for values in latencies.values() for x in values]

    def summary(values: list[float]) -> dict:
        if not values:
            return {"requests": 0}
        ordered = sorted(values)
        return {
            "requests": len(values),
            "p50_ms": round(1000 * statistics.median(ordered), 2),
            "p99_ms": round(1000 * ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], 2),
            "max_ms": round(1000 * ordered[-1], 2),
        }

    return {
        "connections": CONNECTIONS,
        "seconds": round(elapsed, 2),
        "requests_per_s": round(len(every) / elapsed, 1),
        "timeouts": timeouts,
        "non_200": errors,
        "overall": summary(every),
        "by_path": {path: summary(values) for path, values in latencies.items()},
    }


async def _repeat_home(port: int, tries: int = 20) -> dict:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    times = []
    for _ in range(tries):
        started = time.perf_counter()
        await _get(reader, writer, "/")
        times.append(time.perf_counter() - started)
        await asyncio.sleep(0.05)
    writer.close()
    return {"median_ms": round(1000 * statistics.median(times), 2), "max_ms": round(1000 * max(times), 2)}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main(seconds: float) -> dict:
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "TRAVELRISK_DATA_DIR": data_dir}
        env.pop("TRAVELRISK_DATABASE_URL", None)
        subprocess.run([sys.executable, "-m", "travelrisk", "init"], env=env, check=True, capture_output=True)
        port = _free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "travelrisk.api.asgi:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "warning",
                "--no-access-log",
            ],
            env=env,
            cwd=ROOT,
        )
        try:
            wait_for_port(port)
            # First requests render and cache; the figures are for a server whose data has not changed.
            asyncio.run(_browse(port, 2.0))
            cold_home = asyncio.run(_repeat_home(port, 3))
            load = asyncio.run(_browse(port, seconds))
            repeat = asyncio.run(_repeat_home(port))
        finally:
            server.terminate()
            server.wait(timeout=30)
    return {
        "benchmark": "browsing_load",
        "paths": PATHS,
        **load,
        "repeat_home": repeat,
        "home_after_warm_up": cold_home,
        "bar": {"requests_per_s": 500, "timeouts": 0, "repeat_home_ms": 20},
    }


if __name__ == "__main__":
    print(json.dumps(main(float(sys.argv[1]) if len(sys.argv) > 1 else 15.0), indent=1))
