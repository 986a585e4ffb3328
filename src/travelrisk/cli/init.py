"""`travelrisk init`: load the bundled data into the configured database (also run on first use)."""

from __future__ import annotations

from typing import Annotated

import typer

from travelrisk.cli.common import AsJson, initialise, out, print_json, travelrisk
from travelrisk.services import TravelRisk


def init_command() -> None:
    """Load the bundled advisories and demo articles into an empty database (idempotent)."""
    facade = TravelRisk()
    if initialise(facade) is None:
        out.print(f"already initialised: {facade.database_url} holds data")
    else:
        out.print(f"initialised {facade.database_url}")


def rebuild_command(
    stories: Annotated[
        bool, typer.Option("--stories", help="first recompute every article's signature and story id (slower)")
    ] = False,
    as_json: AsJson = False,
) -> None:
    """Recompute everything the store maintains (the country pictures' counts) from the stored facts."""
    written = travelrisk().rebuild(stories=stories)
    if as_json:
        print_json(written)
        return
    out.print("rebuilt " + ", ".join(f"{name} ({rows} rows)" for name, rows in written.items()))
