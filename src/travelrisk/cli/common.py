"""What every command shares: the consoles, argument parsing, JSON output, and the one `TravelRisk`."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from travelrisk.config import settings
from travelrisk.errors import UsageError
from travelrisk.geo.countries import is_country, resolve_name

if TYPE_CHECKING:
    from travelrisk.services import TravelRisk

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

IsoDate = Annotated[str | None, typer.Option(help="YYYY-MM-DD")]
AsJson = Annotated[bool, typer.Option("--json", help="print JSON on stdout")]


def travelrisk() -> TravelRisk:
    """The facade on the configured database (`TRAVELRISK_DATABASE_URL`). On a fresh data directory the first
    command loads the bundled data once, so every command has something to show (`TRAVELRISK_AUTO_INIT`)."""
    # Imported here: commands that never touch the database (`extract`) start without SQLAlchemy and Alembic.
    from travelrisk.services import TravelRisk

    facade = TravelRisk()
    if settings().auto_init:
        initialise(facade)
    return facade


def initialise(facade: TravelRisk) -> dict[str, int] | None:
    """Load the bundled data into an empty database, saying so on stderr; None when there was data already."""
    if not facade.is_empty():
        return None
    err.print("first use: loading the bundled advisories and demo articles (once)…")
    counts = facade.initialise()
    if counts is not None:
        err.print(f"loaded {counts['advisories']} advisories and {counts['articles']} articles")
    return counts


def parse_day(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} {value!r} is not a date (YYYY-MM-DD)") from None


def iso2(value: str) -> str:
    code = value.upper() if len(value) == 2 else resolve_name(value)
    if not code or not is_country(code):
        raise UsageError(f"{value!r} is not an ISO 3166 alpha-2 code or a country name")
    return code


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n")


def words(value: object) -> str:
    """An enum value as people read it: `leave_immediately` -> "leave immediately"."""
    return str(value or "").replace("_", " ")


def cut(text: str, limit: int) -> str:
    """`text` shortened to at most `limit` characters at a word boundary, with an ellipsis when shortened."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:") + "…"


def state(value: dict[str, Any] | None) -> str:
    """A before/after state in a table cell, for every kind of change: a level and directive, or a crossing's
    or mission's status (a state nobody recorded is "unknown", never "-")."""
    if not value:
        return "unknown"
    if value.get("status"):
        return words(value["status"])
    level = value.get("level")
    directive = words(value.get("directive"))
    if level is None and not directive:
        return "not rated"
    return " ".join(part for part in (f"level {level}" if level else "", directive) if part)
