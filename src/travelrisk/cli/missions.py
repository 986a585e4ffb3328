"""`travelrisk missions ...`: diplomatic missions and their operating status."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from travelrisk.cli.common import AsJson, IsoDate, iso2, out, parse_day, print_json, travelrisk

NAME = "missions"
app = typer.Typer(help="Diplomatic missions and their operating status.", invoke_without_command=True)


@app.callback()
def missions_command(
    ctx: typer.Context,
    of: Annotated[str | None, typer.Option("--of", help="operator country ISO2")] = None,
    in_country: Annotated[str | None, typer.Option("--in", help="host country ISO2")] = None,
    as_of: IsoDate = None,
    as_json: AsJson = False,
) -> None:
    """Missions of a country and/or in a country, with what they can still do."""
    if ctx.invoked_subcommand is not None:
        return
    rows = travelrisk().missions(
        of=iso2(of) if of else None,
        in_country=iso2(in_country) if in_country else None,
        as_of=parse_day(as_of, "--as-of"),
    )
    if as_json:
        print_json(rows)
        return
    table = Table(title="Missions")
    for column in ("of", "in", "city", "type", "status", "since"):
        table.add_column(column)
    for row in rows:
        table.add_row(
            row["mission_of"], row["in_country"], row["city"] or "", row["type"], row["status"], row["since"] or ""
        )
    out.print(table)


@app.command("set")
def missions_set(
    operator: Annotated[str, typer.Argument(help="the country whose missions these are (ISO2)")],
    host: Annotated[str, typer.Argument(help="the country they are in (ISO2)")],
    status: Annotated[str, typer.Argument(help="normal, reduced_services, emergency_services_only, suspended, ...")],
    source: Annotated[str, typer.Option(help="URL of the source")],
    note: Annotated[str, typer.Option(help="what the source says")] = "",
    at: Annotated[str | None, typer.Option(help="the day it took effect (YYYY-MM-DD, default today)")] = None,
) -> None:
    """Record a sourced status for one country's missions in another."""
    operator, host = iso2(operator), iso2(host)
    travelrisk().set_mission(operator, host, status, source_url=source, note=note, at=parse_day(at, "--at"))
    out.print(f"{operator} missions in {host}: {status}")
