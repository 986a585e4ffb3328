"""`travelrisk apikeys ...`: keys for API writes (only their hashes are stored)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from travelrisk.cli.common import travelrisk

NAME = "apikeys"
app = typer.Typer(no_args_is_help=True, help="API keys for writes (only their hashes are stored).")


@app.command("create")
def apikeys_create(name: Annotated[str, typer.Argument(help="who or what uses the key")] = "default") -> None:
    """Create a key and print it once."""
    sys.stdout.write(travelrisk().create_api_key(name) + "\n")
