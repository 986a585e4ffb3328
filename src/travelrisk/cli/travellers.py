"""`travelrisk travellers ...`: who is where, when."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from travelrisk.cli.common import err, out, travelrisk
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
