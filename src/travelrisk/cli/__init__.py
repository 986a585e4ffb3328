"""The `travelrisk` command: a thin Typer shell over `TravelRisk`, one module per noun. Machine output on
stdout. A `TravelriskError` becomes one line on stderr and its exit code (1 failure, 2 bad usage)."""

from __future__ import annotations

from importlib.metadata import version
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from travelrisk.cli import (
    advisories,
    alerts,
    apikeys,
    brief,
    channels,
    cluster,
    crossings,
    exits,
    init,
    missions,
    news,
    serve,
    sources,
    travellers,
)
from travelrisk.cli.common import err
from travelrisk.errors import InputError, TravelriskError


class _Shell(TyperGroup):
    """Maps the error tree to one clear line per problem and the error's exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except InputError as exc:
            for problem in exc.problems:
                err.print(f"[red]error:[/] {exc.name}: {problem}", highlight=False)
            raise typer.Exit(exc.exit_code) from None
        except TravelriskError as exc:
            err.print(f"[red]error:[/] {exc}", highlight=False)
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(cls=_Shell, no_args_is_help=True, help="Open travel-risk intelligence.")


def _print_version(asked: bool) -> None:
    if asked:
        print(f"travelrisk {version('travelrisk')}")
        raise typer.Exit()


@app.callback()
def _root(
    _version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="print the version and exit"),
    ] = False,
) -> None:
    """Open travel-risk intelligence."""


for noun in (advisories, sources, crossings, missions, travellers, channels, alerts, apikeys, cluster):
    app.add_typer(noun.app, name=noun.NAME)
app.command("extract")(news.extract_command)
app.command("exits")(exits.exits_command)
app.command("brief")(brief.brief_command)
app.command("changes")(brief.changes_command)
app.command("serve")(serve.serve_command)
app.command("init")(init.init_command)
app.command("backfill")(cluster.backfill_command)


def main() -> None:  # pragma: no cover - console entry point
    app()
