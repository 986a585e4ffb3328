"""The library's public face: `import travelrisk` gives the facade, the core types, the extension points and
the error tree, and nothing else is promised (as httpx's test_exported_members does)."""

from __future__ import annotations

import subprocess
import sys

import typer
import typer.main

import travelrisk
from travelrisk.cli import app

EXPORTED = {
    "Advisory",
    "Article",
    "Change",
    "Channel",
    "ConfigError",
    "DeliveryFailed",
    "Directive",
    "Evidence",
    "Extraction",
    "InputError",
    "Level",
    "Message",
    "NotFound",
    "OfficialSource",
    "Offline",
    "RateLimited",
    "Reason",
    "TooLarge",
    "TravelRisk",
    "TravelriskError",
    "Unauthorized",
    "UsageError",
    "extract",
    "register_channel",
    "register_source",
}


def test_exported_members():
    assert set(travelrisk.__all__) == EXPORTED
    for name in travelrisk.__all__:
        assert getattr(travelrisk, name) is not None, name


def test_every_error_is_a_travelrisk_error():
    errors = [getattr(travelrisk, n) for n in EXPORTED if n.endswith(("Error", "Found", "Offline", "Failed"))]
    errors += [travelrisk.RateLimited, travelrisk.TooLarge, travelrisk.Unauthorized]
    for error in errors:
        assert issubclass(error, travelrisk.TravelriskError), error
        assert error.__doc__ or error.__module__ == "travelrisk.errors"


def _commands(command, path=()):
    # click's own protocol (list_commands/get_command): the root loads each command's module on demand
    yield path, command
    if hasattr(command, "list_commands"):
        ctx = typer.Context(command)
        for name in command.list_commands(ctx):
            yield from _commands(command.get_command(ctx, name), (*path, name))


def test_every_command_and_option_has_help_text():
    root = typer.main.get_command(app)
    missing = []
    for path, command in _commands(root):
        where = " ".join(("travelrisk", *path))
        if not (command.help or command.short_help):
            missing.append(f"{where}: no help")
        for param in command.params:
            if param.name != "help" and not getattr(param, "help", None):
                missing.append(f"{where} {param.name}: no help")
    assert missing == []
    assert len(list(_commands(root))) > 25


def printed_by_a_fresh_interpreter(code: str) -> list[str]:
    """The words `code` prints in a new interpreter: what importing loads shows only in a fresh one."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()


def test_extract_starts_without_the_database_layer():
    # `travelrisk extract` over a news archive must not pay for SQLAlchemy, Alembic, the HTTP client or the
    # story clustering at start-up; a fresh interpreter shows which modules the command loads.
    code = (
        "import sys; from travelrisk.cli import app; import typer, typer.main;"
        "root = typer.main.get_command(app); root.get_command(typer.Context(root), 'extract');"
        "print(' '.join(m for m in ('sqlalchemy', 'alembic', 'httpx', 'datasketch', 'fastapi') if m in sys.modules))"
    )
    loaded = printed_by_a_fresh_interpreter(code)
    assert loaded == []


def test_reading_commands_start_without_the_reader_or_the_http_client():
    # `brief`, `events` and the facade only read the store: the reader (its patterns take ~0.5 s to compile),
    # numpy (story signatures, for storing news) and the HTTP client (for syncing) are loaded by what needs them
    code = (
        "import sys; from travelrisk.cli import app; import typer, typer.main; from travelrisk import TravelRisk;"
        "root = typer.main.get_command(app); root.get_command(typer.Context(root), 'brief');"
        "print(' '.join(m for m in sys.modules if m.startswith('travelrisk.extract') or m in ('numpy', 'httpx')))"
    )
    loaded = printed_by_a_fresh_interpreter(code)
    assert loaded == []


def test_extract_stays_the_function_once_its_subpackage_is_imported():
    code = (
        "import travelrisk; from travelrisk.extract import borders, pipeline;"
        "print(travelrisk.extract is pipeline.extract, callable(travelrisk.extract))"
    )
    assert printed_by_a_fresh_interpreter(code) == ["True", "True"]
