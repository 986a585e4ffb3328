"""`travelrisk sources ...`: the official sources, built in and from plug-ins."""

from __future__ import annotations

from typing import Any

import typer
from rich.table import Table

from travelrisk.cli.common import AsJson, out, print_json
from travelrisk.sources.registry import official_sources

NAME = "sources"
app = typer.Typer(no_args_is_help=True, help="The official sources travelrisk reads (built in and plug-ins).")


@app.command("list")
def sources_list(as_json: AsJson = False) -> None:
    """Every registered official source: CLI name, issuer, title, live URLs, level mapping and licence."""
    rows: list[dict[str, Any]] = [
        {
            "name": s.name,
            "issuer": s.issuer,
            "issuers": list(s.issuers),
            "title": s.title,
            "live_urls": list(s.live_urls) + ([s.index.url] if s.index else []),
            "levels": dict(s.levels),
            "licence": s.licence,
        }
        for s in official_sources().values()
    ]
    if as_json:
        print_json(rows)
        return
    table = Table(title="Official sources")
    for column in ("name", "issuer", "title", "live", "licence"):
        table.add_column(column, overflow="fold")
    for row in rows:
        issuer = row["issuer"] or ", ".join(row["issuers"])
        table.add_row(row["name"], issuer, row["title"], "yes" if row["live_urls"] else "files only", row["licence"])
    out.print(table)
