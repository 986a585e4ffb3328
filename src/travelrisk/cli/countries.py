"""`travelrisk countries`: every country ranked by its strictest level, as a table, JSON, CSV or GeoJSON."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.table import Table

from travelrisk.cli.common import IsoDate, out, parse_day, print_json, travelrisk
from travelrisk.errors import UsageError

FORMATS = ("table", "json", "csv", "geojson")


def _cell(value: Any) -> str:
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)


def countries_command(
    output_format: Annotated[str, typer.Option("--format", help="table | json | csv | geojson")] = "table",
    as_of: IsoDate = None,
) -> None:
    """Every country ranked by its strictest level (then median): the world picture, also as CSV or GeoJSON."""
    if output_format not in FORMATS:
        raise UsageError(f"--format {output_format!r}: choose {', '.join(FORMATS)}")
    from travelrisk.services.exports import ranked

    day = parse_day(as_of, "--as-of")
    facade = travelrisk()
    if output_format == "csv":
        sys.stdout.write(facade.countries_csv(day))
        return
    if output_format == "geojson":
        sys.stdout.write(json.dumps(facade.countries_geojson(day), ensure_ascii=False, separators=(",", ":")) + "\n")
        return
    rows = ranked(facade.countries(day))
    if output_format == "json":
        print_json(rows)
        return
    columns = [k for k in (rows[0] if rows else {}) if not any(isinstance(r.get(k), dict | list) for r in rows)]
    table = Table(title=f"Countries, strictest first (as of {day or 'today'})")
    for column in columns:
        table.add_column(column.replace("_", " "))
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    out.print(table)
