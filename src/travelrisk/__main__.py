"""`python -m travelrisk` runs the CLI."""

from travelrisk.cli import app

app(prog_name="travelrisk")
