"""`travelrisk crossings ...`: each crossing's status, manual updates, your own crossings."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from typer.core import TyperGroup

from travelrisk.cli.common import AsJson, IsoDate, iso2, out, parse_day, print_json, travelrisk

NAME = "crossings"


class DefaultShowGroup(TyperGroup):
    """`crossings ISO2 ...` runs `crossings show ISO2 ...`; `crossings set ...` and `crossings import ...` stay."""

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] not in self.commands:
            args.insert(0, "show")
        return super().resolve_command(ctx, args)


app = typer.Typer(
    cls=DefaultShowGroup,
    no_args_is_help=True,
    help="Land border crossings: status, manual updates, your own crossings.",
)


@app.command("show")
def crossings_show(
    country: Annotated[str, typer.Argument(help="ISO2 code or name")],
    as_of: IsoDate = None,
    as_json: AsJson = False,
) -> None:
    """Each crossing on a country's borders with its status (and count-only news for each pair)."""
    code = iso2(country)
    rows = travelrisk().crossings(code, parse_day(as_of, "--as-of"))
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"Crossings of {code}" + (f" as of {as_of}" if as_of else ""))
    for column in ("id", "names", "status", "since", "restrictions / news"):
        table.add_column(column, overflow="fold")
    for row in rows:
        detail = row.get("summary") or row["restrictions"]
        table.add_row(row["id"], " / ".join(row["names"][:2]), row["status"], row["since"] or "", detail or "")
    out.print(table)


@app.command("set")
def crossings_set(
    crossing_id: Annotated[str, typer.Argument(help="the crossing's id (see `travelrisk crossings ISO2`)")],
    status: Annotated[str, typer.Argument(help="open | closed | restricted")],
    source: Annotated[str, typer.Option(help="URL of the source")],
    note: Annotated[str, typer.Option(help="what the source says")] = "",
    at: Annotated[str | None, typer.Option(help="the day it took effect (YYYY-MM-DD, default today)")] = None,
    restrictions: Annotated[str, typer.Option(help="who may still cross, and how")] = "",
) -> None:
    """Record a sourced status for a crossing."""
    row = travelrisk().set_crossing(
        crossing_id, status, source_url=source, note=note, at=parse_day(at, "--at"), restrictions=restrictions
    )
    out.print(f"{row['id']}: {row['status']} since {row['since']}")


@app.command("import")
def crossings_import(path: Annotated[Path, typer.Argument(help="CSV in the documented crossing format")]) -> None:
    """Add or replace your own crossings from a CSV (all rows or none)."""
    count = travelrisk().import_crossings(path)
    out.print(f"imported {count} crossings from {path}")
