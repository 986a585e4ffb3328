"""`travelrisk travellers ...`: who is where, when."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from travelrisk.cli.common import AsJson, err, out, print_json, travelrisk
from travelrisk.errors import InputError

NAME = "travellers"
app = typer.Typer(no_args_is_help=True, help="Travellers and their trips.")


@app.command("import")
def travellers_import(path: Annotated[Path, typer.Argument(help="CSV or JSON of travellers and trips")]) -> None:
    """Import travellers and trips; rows with problems are rejected with their line numbers."""
    try:
        result = travelrisk().import_travellers(path)
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    for problem in result.rejected:
        err.print(f"[yellow]rejected[/] {path}: {problem}", highlight=False)
    out.print(f"imported {result.imported} trips of {result.travellers} travellers; rejected {len(result.rejected)}")
    if result.rejected and not result.imported:
        raise typer.Exit(1)


@app.command("purge")
def travellers_purge() -> None:
    """Apply the retention rule now (trips ended more than TRAVELRISK_TRIP_RETENTION_DAYS ago)."""
    out.print(travelrisk().purge_expired())


@app.command("list")
def travellers_list(as_json: AsJson = False) -> None:
    """Travellers with their trips (names and emails: private to your organisation)."""
    rows = travelrisk().travellers()
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"Travellers ({len(rows)})")
    for column in ("id", "name", "email", "citizenship", "trips"):
        table.add_column(column, overflow="fold")
    for row in rows:
        trips = "; ".join(
            f"{t['country']}{' ' + t['region'] if t['region'] else ''} {t['start']}..{t['end']}" for t in row["trips"]
        )
        table.add_row(row["traveller_id"], row["name"], row["email"] or "", row["citizenship"] or "", trips)
    out.print(table)


@app.command("remove")
def travellers_remove(
    traveller_id: Annotated[str, typer.Argument(help="the traveller's id in your organisation (traveller_id)")],
) -> None:
    """Forget a traveller: their trips, alerts and pending deliveries are removed too."""
    removed = travelrisk().remove_traveller(traveller_id)
    out.print(
        f"removed traveller {traveller_id} with {removed['trips']} trips, {removed['alerts']} alerts, "
        f"{removed['deliveries']} deliveries",
        highlight=False,
    )
