"""`travelrisk extract`: read articles, print the facts they state (JSON Lines, JSON or a table), optionally
store them (with the statuses, Changes and alerts they cause)."""

from __future__ import annotations

import gc
import json
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from travelrisk.cli.common import err, travelrisk
from travelrisk.errors import UsageError
from travelrisk.extract.pipeline import extract, extraction_json
from travelrisk.model import Extraction
from travelrisk.sources.news.readers import ReadError, read_paths


@dataclass
class ExtractSummary:
    articles: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: list[ReadError] = field(default_factory=list)
    seconds: float = 0.0


def _table(extraction: Extraction) -> Table:
    table = Table(title=f"{extraction.id} ({extraction.published or 'no date'})", show_lines=False)
    for column in ("fact", "who", "about", "what", "quote"):
        table.add_column(column, overflow="fold")
    for a in extraction.advisories:
        table.add_row(
            "advisory",
            a.issuer,
            a.subject or "worldwide",
            f"{a.directive or '-'} L{a.level or '-'}",
            (a.evidence.quote or "")[:160],
        )
    for b in extraction.border_events:
        count = f" {b.crossings_affected} of {b.crossings_total or '?'}" if b.crossings_affected else ""
        table.add_row("border", b.country, b.neighbor, f"{b.action}{count}", (b.evidence.quote or "")[:160])
    for m in extraction.mission_events:
        table.add_row("mission", m.mission_of, m.in_country, m.action.value, (m.evidence.quote or "")[:160])
    table.caption = "countries: " + " ".join(extraction.countries_mentioned)
    return table


def run_extract(
    paths: Iterable[str],
    *,
    output_format: str = "jsonl",
    store: bool = False,
    stdout: IO[str],
    console: Console,
) -> ExtractSummary:
    """Extract every article of `paths`, writing the result (JSON Lines, JSON or tables) to `stdout` and errors,
    progress and the summary to `console`."""
    facade = travelrisk() if store else None
    tables = Console(file=stdout, soft_wrap=True)  # the result for people goes where machine output goes
    summary = ExtractSummary()
    collected: list[dict[str, Any]] = []
    started = time.perf_counter()
    progress = Progress(
        TextColumn("extracting"),
        BarColumn(),
        TextColumn("{task.completed} articles"),
        TextColumn("{task.fields[rate]:.0f}/s"),
        TextColumn("errors {task.fields[errors]}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )
    with progress:
        task = progress.add_task("extract", total=None, rate=0.0, errors=0)

        def fail(failure: ReadError) -> None:
            """One input that failed: named on the console, counted, and the batch goes on."""
            summary.failed.append(failure)
            console.print(f"[red]error:[/] {failure.name}: {failure.reason}", highlight=False)
            progress.update(task, errors=len(summary.failed))

        for item in read_paths(paths):
            if isinstance(item, ReadError):
                fail(item)
                continue
            try:
                extraction = extract(item)
            except Exception as exc:  # a fault of the reader on one article: the rest of the batch still reads
                fail(ReadError(item.source, f"could not be read: {exc.__class__.__name__}: {exc}"))
                continue
            summary.articles += 1
            if facade is not None:
                try:
                    stored = facade.ingest(item, extraction).stored
                except Exception as exc:
                    fail(ReadError(item.source, f"could not be stored: {exc.__class__.__name__}: {exc}"))
                    continue
                if stored:
                    summary.stored += 1
                else:
                    summary.duplicates += 1
            data = extraction_json(extraction)
            if output_format == "jsonl":
                stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
            elif output_format == "json":
                collected.append(data)
            else:
                tables.print(_table(extraction))
            elapsed = time.perf_counter() - started
            progress.update(task, advance=1, rate=summary.articles / elapsed if elapsed else 0.0)
    if output_format == "json":
        stdout.write(json.dumps(collected, ensure_ascii=False, indent=1) + "\n")
    summary.seconds = time.perf_counter() - started
    if store:
        console.print(f"stored {summary.stored} new articles, {summary.duplicates} already stored", highlight=False)
    if summary.failed:
        console.print(f"[red]{len(summary.failed)} input(s) failed[/]; {summary.articles} articles extracted")
    return summary


def extract_command(
    paths: Annotated[list[str], typer.Argument(help="files, directories, or - for stdin")],
    output_format: Annotated[str, typer.Option("--format", help="jsonl | json | table")] = "jsonl",
    store: Annotated[bool, typer.Option("--store", help="also keep articles and extractions in the database")] = False,
) -> None:
    """Read articles and print the travel-safety facts they state, with evidence."""
    if output_format not in ("jsonl", "json", "table"):
        raise UsageError(f"--format {output_format!r}: choose jsonl, json or table")
    # What is loaded by now (modules, patterns, tables) stays while articles stream through: the cycle collector
    # need not walk it again at every full collection (~3 % of the reading's work). Unfrozen afterwards, so a
    # caller running the command in its own process (tests) gets its garbage collected as before.
    gc.freeze()
    try:
        summary = run_extract(paths, output_format=output_format, store=store, stdout=sys.stdout, console=err)
    finally:
        gc.unfreeze()
    if summary.failed:
        raise typer.Exit(1)
