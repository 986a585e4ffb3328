"""`travelrisk serve`: the API and the dashboard; on first start, the bundled data."""

from __future__ import annotations

from typing import Annotated

import typer

from travelrisk.cli.common import initialise, out
from travelrisk.services import TravelRisk


def serve_command(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
    demo: Annotated[bool, typer.Option(help="load the bundled data on first start")] = True,
) -> None:
    """Start the API and dashboard; on first start, create the database and load the bundled data."""
    import uvicorn

    from travelrisk.api.app import create_app

    facade = TravelRisk()
    if demo:
        initialise(facade)
    url = f"http://{host}:{port}/"
    out.print(f"travelrisk is serving on [bold]{url}[/] (API docs at {url}docs; database {facade.database_url})")
    uvicorn.run(create_app(facade.database_url), host=host, port=port, log_level="warning")
