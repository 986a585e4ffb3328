"""`travelrisk apikeys ...`: keys for the API (only their hashes are stored), with scopes and an expiry."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Annotated

import typer
from rich.table import Table

from travelrisk.cli.common import AsJson, out, parse_day, print_json, travelrisk

NAME = "apikeys"
app = typer.Typer(no_args_is_help=True, help="API keys (only their hashes are stored): create, list, revoke.")


@app.command("create")
def apikeys_create(
    name: Annotated[str, typer.Argument(help="who or what uses the key")] = "default",
    scope: Annotated[
        list[str] | None,
        typer.Option(
            "--scope",
            help="read (authenticated reads), write (POST articles and travellers), alerts (your travellers' "
            "alerts); repeat for several. Default: read and write",
        ),
    ] = None,
    expires: Annotated[str | None, typer.Option(help="the last day the key works, YYYY-MM-DD (UTC)")] = None,
) -> None:
    """Create a key and print it once."""
    day = parse_day(expires, "--expires")
    expires_at = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC) if day else None
    scopes = tuple(scope) if scope else ("read", "write")
    sys.stdout.write(travelrisk().create_api_key(name, scopes=scopes, expires_at=expires_at) + "\n")


@app.command("list")
def apikeys_list(as_json: AsJson = False) -> None:
    """Every key: id, name, prefix, scopes, expiry, state (the keys themselves are never shown)."""
    rows = travelrisk().api_keys()
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"API keys ({len(rows)})")
    for column in ("id", "name", "prefix", "scopes", "expires", "state"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            str(row["id"]),
            row["name"],
            row["prefix"],
            " ".join(row["scopes"]),
            (row["expires_at"] or "never")[:10],
            row["state"],
        )
    out.print(table)


@app.command("revoke")
def apikeys_revoke(which: Annotated[str, typer.Argument(help="the key's id or prefix (see apikeys list)")]) -> None:
    """Revoke a key: it stops working at once, in every API process."""
    key_id = travelrisk().revoke_api_key(which)
    out.print(f"API key {key_id} revoked")
