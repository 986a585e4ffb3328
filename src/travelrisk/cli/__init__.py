"""The `travelrisk` command: a thin Typer shell over `TravelRisk`, one module per noun.

One rule for the output streams, in every command: the result goes to stdout (a table or report for people, or
JSON/CSV/GeoJSON for machines, never both at once); everything about the run goes to stderr (progress bars,
warnings, errors, logs, and the summary line beside machine output). A `TravelriskError` becomes one line on
stderr and its exit code (1 failure, 2 bad usage).

Each command's module is imported when the command is used (or listed in help), not at start-up: the nouns
build their help from the source and channel registries and reach the database layer, and `travelrisk extract`
over a news archive should not pay for them."""

from __future__ import annotations

import importlib
from importlib.metadata import version
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from travelrisk.cli.common import err
from travelrisk.errors import InputError, TravelriskError
from travelrisk.logs import configure_logging

# command name -> (module of travelrisk.cli, its Typer `app` or the command function), in help order
_COMMANDS: dict[str, tuple[str, str]] = {
    "advisories": ("advisories", "app"),
    "sources": ("sources", "app"),
    "crossings": ("crossings", "app"),
    "missions": ("missions", "app"),
    "travellers": ("travellers", "app"),
    "channels": ("channels", "app"),
    "alerts": ("alerts", "app"),
    "apikeys": ("apikeys", "app"),
    "workers": ("cluster", "app"),
    "extract": ("news", "extract_command"),
    "exits": ("exits", "exits_command"),
    "brief": ("brief", "brief_command"),
    "countries": ("countries", "countries_command"),
    "events": ("brief", "events_command"),
    "changes": ("brief", "changes_command"),
    "serve": ("serve", "serve_command"),
    "run": ("serve", "run_command"),
    "init": ("init", "init_command"),
    "backfill": ("cluster", "backfill_command"),
    "rebuild": ("init", "rebuild_command"),
}


def _load(name: str) -> Any:
    module_name, attribute = _COMMANDS[name]
    found = getattr(importlib.import_module(f"travelrisk.cli.{module_name}"), attribute)
    if isinstance(found, typer.Typer):
        command: Any = typer.main.get_group(found)
    else:
        single = typer.Typer(add_completion=False)
        single.command(name)(found)
        command = typer.main.get_command(single)
    command.name = name
    return command


class _Shell(TyperGroup):
    """Loads each command on first use, and maps the error tree to one clear line per problem and the error's
    exit code."""

    def list_commands(self, ctx: Any) -> list[str]:
        return [*super().list_commands(ctx), *(name for name in _COMMANDS if name not in self.commands)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in _COMMANDS:
            self.commands[cmd_name] = _load(cmd_name)
        return super().get_command(ctx, cmd_name)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] not in _COMMANDS:  # a typo: load every command so the suggestion can name it
            for name in self.list_commands(ctx):
                self.get_command(ctx, name)
        return super().resolve_command(ctx, args)

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
    configure_logging()


def main() -> None:  # pragma: no cover - console entry point
    app()
