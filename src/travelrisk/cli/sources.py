"""`travelrisk sources ...`: the official sources, built in and from plug-ins."""

from __future__ import annotations

from typing import Any

import typer
from rich.table import Table

from travelrisk.cli.common import AsJson, out, print_json, travelrisk
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


def _ago(seconds: float | None) -> str:
    if seconds is None:
        return "never"
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds / size:.1f} {unit} ago"
    return f"{seconds:.0f} s ago"


@app.command("status")
def sources_status(as_json: AsJson = False) -> None:
    """Each live source: last success, last error, next scheduled run, and where it is fetched from."""
    rows = travelrisk().sources_status()
    if as_json:
        print_json(rows)
        return
    table = Table(title="Live sources")
    for column in ("source", "last success", "last error", "failures", "next run", "fetched from"):
        table.add_column(column, overflow="fold")
    for row in rows:
        error = f"{row['last_error_at']}: {row['last_error']}" if row["last_error"] else ""
        table.add_row(
            row["source"],
            _ago(row["last_success_age_seconds"]),
            error,
            str(row["failures"]),
            row["next_run_at"] or "not scheduled",
            row["url"] + (" (TRAVELRISK_SOURCE_URL)" if row["mirrored"] else ""),
        )
    out.print(table)
