"""`travelrisk workers ...` (jobs on the PostgreSQL queue) and `travelrisk backfill` (archived news on Dask)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer
from rich.table import Table

from travelrisk.cli.common import AsJson, err, out, print_json
from travelrisk.cluster.needs import postgres_conninfo, require_cluster_extra
from travelrisk.errors import UsageError

NAME = "workers"
app = typer.Typer(no_args_is_help=True, help="Background workers on the PostgreSQL job queue.")


def _needs_queue() -> None:
    """PostgreSQL and the cluster extra, checked before procrastinate is imported."""
    postgres_conninfo()
    require_cluster_extra("procrastinate")


@app.command("run")
def workers_run(concurrency: Annotated[int, typer.Option(help="jobs at a time in this worker")] = 4) -> None:
    """Run a worker: ingestion, alert delivery, source syncs, feed polling (PostgreSQL only)."""
    _needs_queue()
    from travelrisk.cluster.jobs import run_worker

    run_worker(concurrency=concurrency)


@app.command("status")
def workers_status(as_json: AsJson = False) -> None:
    """Jobs per queue and state, live workers, latest failures."""
    _needs_queue()
    from travelrisk.cluster.jobs import ensure_schema, status

    ensure_schema()
    data = status()
    if as_json:
        print_json(data)
        return
    table = Table(title=f"Job queues ({data['live_workers']} live workers)")
    for column in ("queue", "todo", "doing", "succeeded", "failed", "cancelled", "aborted"):
        table.add_column(column)
    for queue, states in sorted(data["queues"].items()):
        table.add_row(
            queue, *(str(states.get(s, 0)) for s in ("todo", "doing", "succeeded", "failed", "cancelled", "aborted"))
        )
    out.print(table)
    for failure in data["failures"]:
        err.print(f"failed job {failure['job']} {failure['task']} after {failure['attempts']} attempts")


def backfill_command(
    paths: Annotated[list[str], typer.Argument(help="JSON Lines shards or directories of them")],
    engine_name: Annotated[str, typer.Option("--engine", help="dask")] = "dask",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: a local cluster)")] = None,
    workers: Annotated[int | None, typer.Option(help="workers of the local cluster")] = None,
    as_json: AsJson = False,
) -> None:
    """Extract and store archived news in bulk, resumably: finished shards are skipped, stored articles too."""
    require_cluster_extra("dask", "distributed")
    from travelrisk.cluster.backfill import run_backfill

    if engine_name != "dask":
        raise UsageError(f"--engine {engine_name!r}: only dask is supported")
    summary = run_backfill(paths, scheduler=scheduler, workers=workers)
    if as_json:
        data = asdict(summary)
        print_json({k: data[k] for k in ("articles", "shards", "seconds", "articles_per_s")} | data)
        return
    out.print(
        f"{summary.articles} articles in {summary.shards} shards ({summary.skipped_shards} already done), "
        f"{summary.stored} stored, {summary.errors} bad lines; {summary.articles_per_s} articles/s"
    )
