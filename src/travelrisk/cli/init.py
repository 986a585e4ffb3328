"""`travelrisk init`: load the bundled data into the configured database (also run on first use)."""

from __future__ import annotations

from travelrisk.cli.common import initialise, out
from travelrisk.services import TravelRisk


def init_command() -> None:
    """Load the bundled advisories and demo articles into an empty database (idempotent)."""
    facade = TravelRisk()
    if initialise(facade) is None:
        out.print(f"already initialised: {facade.database_url} holds data")
    else:
        out.print(f"initialised {facade.database_url}")
