"""`travelrisk advisories ...`: import payload files, sync the live sources, show, history, changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from travelrisk.cli.common import (
    AsJson,
    IsoDate,
    cut,
    err,
    iso2,
    out,
    parse_day,
    print_json,
    state,
    travelrisk,
    words,
)
from travelrisk.errors import Offline
from travelrisk.sources.registry import live_sources, official_sources

if TYPE_CHECKING:
    from travelrisk.services.advisories import ImportReport

NAME = "advisories"
SOURCES = official_sources()
_ISSUERS = sorted({i for s in SOURCES.values() for i in ((s.issuer,) if s.issuer else s.issuers)})
_SHARED = [s for s in SOURCES.values() if s.issuer is None]

app = typer.Typer(no_args_is_help=True, help=f"Official advisories of {', '.join(_ISSUERS)}.")


def _print_import(report: ImportReport, as_json: bool) -> None:
    if as_json:
        print_json(report.as_dict())
        return
    for f in report.files:
        if f.error:
            err.print(f"[red]error:[/] {f.path}: {f.error}")
            continue
        out.print(
            f"{f.path}: {f.advisories} advisories as of {f.observed_on}; {f.new_versions} new versions, "
            f"{f.unchanged} unchanged, {f.changes} changes"
            + (", payload already stored" if f.already_stored else "")
            + (f"; without level: {len(f.without_level)}" if f.without_level else "")
        )
        if f.unmapped:
            out.print(f"  unmapped ({len(f.unmapped)}): {', '.join(f.unmapped)}")
    totals = report.totals()
    out.print(
        f"new versions {totals['new_versions']}, unchanged {totals['unchanged']}, "
        f"unmapped {len(totals['unmapped'])}{': ' + ', '.join(totals['unmapped']) if totals['unmapped'] else ''}"
        f", failed files {totals['failed']}"
    )


@app.command("import")
def advisories_import(
    source: Annotated[str, typer.Argument(help=" | ".join(SOURCES))],
    paths: Annotated[list[Path], typer.Argument(help="files or directories")],
    issuer: Annotated[
        str | None,
        typer.Option(help="; ".join(f"issuer of {s.name} files: {', '.join(s.issuers)}" for s in _SHARED)),
    ] = None,
    as_of: Annotated[str | None, typer.Option(help="the day the payloads were observed (YYYY-MM-DD)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
) -> None:
    """Import advisory payloads from files (offline)."""
    report = travelrisk().import_advisories(source, paths, issuer=issuer, as_of=parse_day(as_of, "--as-of"))
    _print_import(report, as_json)
    if report.failed:
        raise typer.Exit(1)


@app.command("sync")
def advisories_sync(
    sources: Annotated[list[str] | None, typer.Argument(help=" ".join(live_sources()) + " (default: all)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
) -> None:
    """Fetch the live feeds with conditional GET and import what changed."""
    try:
        report = travelrisk().sync(sources or None)
    except Offline as exc:
        raise Offline(f"offline: {exc}. Nothing was fetched; import files with `advisories import` instead.") from None
    _print_import(report, as_json)
    if report.failed:
        raise typer.Exit(1)


@app.command("show")
def advisories_show(
    country: Annotated[str, typer.Argument(help="ISO2 code or name")],
    as_of: IsoDate = None,
    as_json: AsJson = False,
) -> None:
    """Each issuer's advisory for a country, as of today or a past date."""
    code = iso2(country)
    rows = travelrisk().advisories(code, parse_day(as_of, "--as-of"))
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"Advisories for {code}" + (f" as of {as_of}" if as_of else ""))
    for column in ("issuer", "level", "wording", "directive", "since", "regions"):
        table.add_column(column)
    for row in rows:
        regions = "; ".join(f"{r['name']} ({r['level']})" for r in row["regions"])
        wording = row["level_raw"] + (f" ({row['measures']})" if row["measures"] else "")
        table.add_row(
            row["issuer"],
            str(row["level"] or "not rated"),
            wording,
            words(row["directive"]) or "-",
            row["since"],
            cut(regions, 200),
        )
    out.print(table)


@app.command("history")
def advisories_history(
    country: Annotated[str, typer.Argument(help="ISO2 code or name")],
    issuer: Annotated[str | None, typer.Option(help="only this issuer (ISO2)")] = None,
    as_json: AsJson = False,
) -> None:
    """Versions of a country's advisories, oldest first, each with from/to."""
    code = iso2(country)
    rows = travelrisk().history(code, issuer)
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"Advisory history for {code}")
    for column in ("issuer", "from", "to", "level", "wording"):
        table.add_column(column)
    for row in rows:
        table.add_row(row["issuer"], row["from"], row["to"] or "", str(row["level"] or "-"), row["level_raw"])
    out.print(table)


@app.command("changes")
def advisories_changes(
    since: Annotated[str, typer.Option(help="YYYY-MM-DD")],
    as_json: AsJson = False,
) -> None:
    """Level and directive changes across all countries since a date."""
    rows = travelrisk().advisory_changes(parse_day(since, "--since") or dt.date.min)
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"Advisory changes since {since}")
    for column in ("date", "country", "issuer", "change", "before", "after"):
        table.add_column(column)
    for row in rows:
        table.add_row(
            row["occurred_on"],
            row["country"],
            row["issuer"] or "",
            row["kind"],
            state(row["before"]),
            state(row["after"]),
        )
    out.print(table)
