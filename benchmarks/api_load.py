"""API load: requests/s and latency of GET /v1/countries/BY against a bare FastAPI route returning a constant,
same app, same uvicorn settings, same machine; then 1 vs 2 API processes on PostgreSQL. Prints JSON.

Load comes from wrk (Debian package `wrk`) in its own process: max rate with 16 connections (closed loop),
then latency with requests paced (Poisson arrivals, a wrk Lua script) at 80% of that route's max rate.
Without wrk a Python asyncio client is used instead, and the JSON says so (it tops out near 1,000 req/s).
Targets (issue #7): ratio >= 0.5 and p99 < 25 ms at 80% of the max rate.
Usage: python benchmarks/api_load.py [SECONDS]   (needs PostgreSQL at TRAVELRISK_TEST_POSTGRES_URL for part 2)
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from multiprocessing import get_context
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


async def _request(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> None:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n".encode())
    await writer.drain()
    headers = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in headers.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    if length:
        await reader.readexactly(length)
    if not headers.startswith(b"HTTP/1.1 200"):
        raise RuntimeError(headers[:40])


async def _closed_loop(port: int, path: str, seconds: float, connections: int) -> dict:
    stop = time.perf_counter() + seconds
    counts = [0] * connections

    async def worker(index: int) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while time.perf_counter() < stop:
            await _request(reader, writer, path)
            counts[index] += 1
        writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(worker(i) for i in range(connections)))
    return {"requests": sum(counts), "requests_per_s": round(sum(counts) / (time.perf_counter() - start), 1)}


async def _open_loop(port: int, path: str, seconds: float, rate: float, connections: int = 32) -> dict:
    latencies: list[float] = []
    queue: asyncio.Queue[float] = asyncio.Queue()

    async def worker() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while True:
            scheduled = await queue.get()
            if scheduled < 0:
                break
            await _request(reader, writer, path)
            latencies.append(time.perf_counter() - scheduled)  # from when it was due: no coordinated omission
        writer.close()

    workers = [asyncio.create_task(worker()) for _ in range(connections)]
    start = time.perf_counter()
    sent = 0
    while (now := time.perf_counter()) - start < seconds:
        due = start + sent / rate
        if due <= now:
            queue.put_nowait(due)
            sent += 1
        else:
            await asyncio.sleep(min(due - now, 0.002))
    for _ in workers:
        queue.put_nowait(-1.0)
    await asyncio.gather(*workers)
    ordered = sorted(latencies)
    return {
        "rate": round(rate, 1),
        "requests": len(ordered),
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p99_ms": round(ordered[int(len(ordered) * 0.99) - 1] * 1000, 2),
    }



def wait_for_port(port: int, tries: int = 300) -> None:
    """Until a server listens on the loopback port (at most tries x ~0.3 s)."""
    for _ in range(tries):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)

def _load(mode: str, port: int, path: str, seconds: float, rate: float, result_queue) -> None:  # type: ignore[no-untyped-def]
    if mode == "closed":
        result_queue.put(asyncio.run(_closed_loop(port, path, seconds, 16)))
    else:
        result_queue.put(asyncio.run(_open_loop(port, path, seconds, rate)))


def run_load(mode: str, port: int, path: str, seconds: float, rate: float = 0.0) -> dict:
    context = get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_load, args=(mode, port, path, seconds, rate, queue))
    process.start()
    result = queue.get(timeout=seconds + 120)
    process.join()
    return result


WRK_PACING = """
local rate = tonumber(os.getenv("RATE"))
local conns = tonumber(os.getenv("CONNS"))
function delay()
  return -(conns * 1000.0 / rate) * math.log(1 - math.random())
end
"""


def _wrk(port: int, path: str, seconds: float, rate: float | None = None) -> dict:
    command = ["wrk", "-t1", "-c16", f"-d{max(1, int(seconds))}s", "--latency", f"http://127.0.0.1:{port}{path}"]
    env = dict(os.environ)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_PACING)
    if rate:
        command[1:1] = ["-s", script.name]
        env.update(RATE=str(rate), CONNS="16")
    output = subprocess.run(command, capture_output=True, text=True, env=env, timeout=seconds + 60).stdout
    os.unlink(script.name)
    stats: dict = {}
    for line in output.splitlines():
        parts = line.split()
        if line.startswith("Requests/sec:"):
            stats["requests_per_s"] = float(parts[1])
        elif len(parts) == 2 and parts[0] in ("50%", "99%"):
            value = parts[1]
            ms = (
                float(value[:-2])
                if value.endswith("ms")
                else float(value[:-2]) / 1000
                if value.endswith("us")
                else float(value[:-1]) * 1000
            )
            stats["p50_ms" if parts[0] == "50%" else "p99_ms"] = round(ms, 2)
        elif "requests in" in line:
            stats["requests"] = int(parts[0])
    if rate:
        stats["rate"] = round(rate, 1)
    return stats


def load(mode: str, port: int, path: str, seconds: float, rate: float = 0.0) -> dict:
    if shutil.which("wrk"):
        return _wrk(port, path, seconds, rate if mode == "open" else None)
    return run_load(mode, port, path, seconds, rate)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(env: dict[str, str], workers: int = 1) -> tuple[subprocess.Popen, int]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bench_app:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        cwd=HERE,
        env={**env, "PYTHONPATH": str(HERE)},
    )
    wait_for_port(port)
    time.sleep(0.5 * workers)
    return process, port


def prepare(database_url: str) -> None:
    from travelrisk import TravelRisk

    TravelRisk(database_url).load_demo()


def measure(env: dict[str, str], seconds: float, paths: list[str], workers: int = 1) -> dict:
    server, port = start_server(env, workers)
    try:
        for path in paths:  # warm up: first requests fill caches and connection pools
            load("closed", port, path, 1.0)
        out = {}
        for path in paths:
            peak = load("closed", port, path, seconds)
            latency = load("open", port, path, seconds, rate=0.8 * peak["requests_per_s"])
            out[path] = {"max": peak, "at_80_percent": latency}
        return out
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    result: dict = {
        "benchmark": "api_load",
        "seconds_per_run": seconds,
        "load_generator": "wrk" if shutil.which("wrk") else "python-asyncio (install Debian's wrk)",
    }
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        prepare(url)
        env = {**os.environ, "TRAVELRISK_DATABASE_URL": url}
        sqlite_runs = measure(env, seconds, ["/bench/constant", "/v1/countries/BY"])
    constant, country = sqlite_runs["/bench/constant"], sqlite_runs["/v1/countries/BY"]
    result["sqlite"] = {
        "bare_constant_route": constant,
        "country_BY": country,
        "ratio": round(country["max"]["requests_per_s"] / constant["max"]["requests_per_s"], 3),
        "targets": {"ratio": 0.5, "p99_ms": 25},
    }
    admin = os.environ.get("TRAVELRISK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
    try:
        from sqlalchemy import create_engine, text

        name = f"travelrisk_bench_{uuid.uuid4().hex[:8]}"
        admin_engine = create_engine(
            admin.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT"
        )
        with admin_engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        result["postgresql"] = {"skipped": f"no PostgreSQL: {exc.__class__.__name__}"}
    else:
        url = admin.rsplit("/", 1)[0] + "/" + name
        try:
            prepare(url)
            env = {**os.environ, "TRAVELRISK_DATABASE_URL": url}
            one = measure(env, seconds, ["/v1/countries/BY"], workers=1)["/v1/countries/BY"]
            two = measure(env, seconds, ["/v1/countries/BY"], workers=2)["/v1/countries/BY"]
            result["postgresql"] = {
                "one_process": one,
                "two_processes": two,
                "speedup": round(two["max"]["requests_per_s"] / one["max"]["requests_per_s"], 2),
            }
        finally:
            from travelrisk.store.db import dispose_engines

            dispose_engines()
            with admin_engine.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
