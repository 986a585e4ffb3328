"""The `travelrisk` command: a thin Typer shell over the library. Machine output on stdout, people's on stderr."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from travelrisk import advisories as advisories_lib

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Open travel-risk intelligence.")
advisories_app = typer.Typer(no_args_is_help=True, help="Official advisories of US, UK, CA, AU, IE.")
app.add_typer(advisories_app, name="advisories")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

IsoDate = Annotated[str | None, typer.Option(help="YYYY-MM-DD")]


def parse_day(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        err.print(f"[red]error:[/] {option} {value!r} is not a date (YYYY-MM-DD)")
        raise typer.Exit(2) from None


def iso2(value: str) -> str:
    from travelrisk.geo.countries import is_country, resolve_name

    code = value.upper() if len(value) == 2 else resolve_name(value)
    if not code or not is_country(code):
        err.print(f"[red]error:[/] {value!r} is not an ISO 3166 alpha-2 code or a country name")
        raise typer.Exit(2)
    return code


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n")


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/] {message}")
    return typer.Exit(code)


# ---------------------------------------------------------------- advisories


def _print_import(report: advisories_lib.ImportReport, as_json: bool) -> None:
    if as_json:
        print_json(report.as_dict())
    else:
        for f in report.files:
            if f.error:
                err.print(f"[red]error:[/] {f.path}: {f.error}")
            else:
                err.print(
                    f"{f.path}: {f.advisories} advisories as of {f.observed_on}; {f.new_versions} new versions, "
                    f"{f.unchanged} unchanged, {f.changes} changes"
                    + (", payload already stored" if f.already_stored else "")
                    + (f"; without level: {len(f.without_level)}" if f.without_level else "")
                )
                if f.unmapped:
                    err.print(f"  unmapped ({len(f.unmapped)}): {', '.join(f.unmapped)}")
        totals = report.totals()
        out.print(
            f"new versions {totals['new_versions']}, unchanged {totals['unchanged']}, "
            f"unmapped {len(totals['unmapped'])}{': ' + ', '.join(totals['unmapped']) if totals['unmapped'] else ''}"
            f", failed files {totals['failed']}"
        )


@advisories_app.command("import")
def advisories_import(
    source: Annotated[str, typer.Argument(help="us-rss | us-json | uk | ca | au | archive")],
    paths: Annotated[list[Path], typer.Argument(help="files or directories")],
    issuer: Annotated[str | None, typer.Option(help="issuer of an archive file: US, GB, CA, AU, IE")] = None,
    as_of: IsoDate = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
) -> None:
    """Import advisory payloads from files (offline)."""
    try:
        report = advisories_lib.import_files(source, paths, issuer=issuer, as_of=parse_day(as_of, "--as-of"))
    except ValueError as exc:
        raise fail(str(exc), 2) from None
    _print_import(report, as_json)
    if report.failed:
        raise typer.Exit(1)


@advisories_app.command("sync")
def advisories_sync(
    sources: Annotated[list[str] | None, typer.Argument(help="us-rss us-json uk ca au (default: all)")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Fetch the live feeds with conditional GET and import what changed."""
    try:
        report = advisories_lib.sync(sources or None)
    except advisories_lib.Offline as exc:
        raise fail(f"offline: {exc}. Nothing was fetched; import files with `advisories import` instead.") from None
    except ValueError as exc:
        raise fail(str(exc), 2) from None
    _print_import(report, as_json)
    if report.failed:
        raise typer.Exit(1)


@advisories_app.command("show")
def advisories_show(
    country: Annotated[str, typer.Argument(help="ISO2 code or name")],
    as_of: IsoDate = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Each issuer's advisory for a country, as of today or a past date."""
    rows = advisories_lib.show(iso2(country), parse_day(as_of, "--as-of"))
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"Advisories for {iso2(country)}" + (f" as of {as_of}" if as_of else ""))
    for column in ("issuer", "level", "wording", "directive", "since", "regions"):
        table.add_column(column)
    for row in rows:
        regions = "; ".join(f"{r['name']} ({r['level']})" for r in row["regions"])
        table.add_row(
            row["issuer"],
            str(row["level"] or "-"),
            row["level_raw"],
            row["directive"] or "-",
            row["since"],
            regions[:200],
        )
    out.print(table)


@advisories_app.command("history")
def advisories_history(
    country: Annotated[str, typer.Argument()],
    issuer: Annotated[str | None, typer.Option()] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Versions of a country's advisories, oldest first, each with from/to."""
    rows = advisories_lib.history(iso2(country), issuer)
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"Advisory history for {iso2(country)}")
    for column in ("issuer", "from", "to", "level", "wording"):
        table.add_column(column)
    for row in rows:
        table.add_row(row["issuer"], row["from"], row["to"] or "", str(row["level"] or "-"), row["level_raw"])
    out.print(table)


@advisories_app.command("changes")
def advisories_changes(
    since: Annotated[str, typer.Option(help="YYYY-MM-DD")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Level and directive changes across all countries since a date."""
    rows = advisories_lib.changes(parse_day(since, "--since") or dt.date.min)
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
            _state(row["before"]),
            _state(row["after"]),
        )
    out.print(table)


def _state(state: dict[str, Any] | None) -> str:
    if not state:
        return ""
    return f"{state.get('level') or '-'} {state.get('directive') or ''}".strip()


def main() -> None:  # pragma: no cover - console entry point
    app()


# ---------------------------------------------------------------- extract


@app.command("extract")
def extract_command(
    paths: Annotated[list[str], typer.Argument(help="files, directories, or - for stdin")],
    output_format: Annotated[str, typer.Option("--format", help="jsonl | json | table")] = "jsonl",
    store: Annotated[bool, typer.Option("--store", help="also keep articles and extractions in the database")] = False,
) -> None:
    """Read articles and print the travel-safety facts they state, with evidence."""
    from travelrisk import news

    if output_format not in ("jsonl", "json", "table"):
        raise fail(f"--format {output_format!r}: choose jsonl, json or table", 2)
    summary = news.run_extract(paths, output_format=output_format, store=store, stdout=sys.stdout, console=err)
    if summary.failed:
        raise typer.Exit(1)
