"""The library's public face: `import travelrisk` gives the facade, the core types, the extension points and
the error tree, and nothing else is promised (as httpx's test_exported_members does)."""

from __future__ import annotations

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
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


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
