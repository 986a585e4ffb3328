"""`travelrisk workers ...` (jobs on the PostgreSQL queue) and `travelrisk backfill` (archived news, in this process
or on Dask)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from travelrisk.cli.common import AsJson, err, out, print_json
from travelrisk.cluster.needs import postgres_conninfo, require_cluster_extra
from travelrisk.errors import InputError

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
    paths: Annotated[
        list[str],
        typer.Argument(help="article files or directories of them: text, HTML, RSS/Atom, JSON Lines, or .gz of these"),
    ],
    engine_name: Annotated[
        str | None,
        typer.Option(
            "--engine",
            help="local (this process) or dask (the [cluster] extra); default: dask when --scheduler or --workers "
            "is given, else local",
        ),
    ] = None,
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: a local cluster)")] = None,
    workers: Annotated[int | None, typer.Option(help="workers of the local Dask cluster")] = None,
    as_json: AsJson = False,
) -> None:
    """Extract and store archived news in bulk, resumably: finished files are skipped, stored articles too."""
    engine = engine_name or ("dask" if scheduler or workers else "local")
    if engine == "dask":
        require_cluster_extra("dask", "distributed")
    from travelrisk.cluster.backfill import run_backfill

    progress = Progress(
        TextColumn("backfill"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[articles]} articles · {task.fields[errors]} bad records"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
    task = progress.add_task("backfill", total=None, articles=0, errors=0)
    counts = {"articles": 0, "errors": 0}

    def on_shard(result: dict[str, Any]) -> None:
        for problem in result["problems"]:
            progress.console.print(f"[red]error:[/] {problem}", highlight=False)
        if result["errors"] > len(result["problems"]):
            progress.console.print(
                f"[red]error:[/] {result['path']}: {result['errors'] - len(result['problems'])} more bad records",
                highlight=False,
            )
        counts["articles"] += result["articles"]
        counts["errors"] += result["errors"]
        progress.update(task, advance=1, articles=counts["articles"], errors=counts["errors"])

    with progress:
        summary = run_backfill(
            paths,
            engine=engine,
            scheduler=scheduler,
            workers=workers,
            on_start=lambda shards: progress.update(task, total=shards),
            on_shard=on_shard,
        )
    if as_json:
        data = asdict(summary)
        print_json({k: data[k] for k in ("articles", "shards", "seconds", "articles_per_s")} | data)
    else:
        out.print(
            f"{summary.articles} articles in {summary.shards} files ({summary.skipped_shards} already done), "
            f"{summary.stored} stored, {summary.errors} bad records; {summary.articles_per_s} articles/s",
            highlight=False,
        )
    if summary.shards == 0:
        raise InputError(" ".join(paths), "nothing to read: no article files (text, HTML, RSS/Atom, JSON Lines, .gz)")
    if summary.articles == 0 and summary.skipped_shards == 0:
        raise InputError(" ".join(paths), f"nothing could be read: {summary.errors} bad records, no article")
