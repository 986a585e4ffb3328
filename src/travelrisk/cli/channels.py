"""`travelrisk channels ...`: where alerts go besides each traveller's own email (any registered channel)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from travelrisk.cli.common import AsJson, err, out, print_json, travelrisk
from travelrisk.notify.channels import channels

NAME = "channels"
_KINDS = channels()
app = typer.Typer(no_args_is_help=True, help=f"Where alerts go: {', '.join(_KINDS)}.")


@app.command("add")
def channels_add(
    kind: Annotated[str, typer.Argument(help=" | ".join(_KINDS))],
    target: Annotated[str, typer.Argument(help="; ".join(f"{k}: {c.help}" for k, c in _KINDS.items()))],
    secret: Annotated[str | None, typer.Option(help="the channel's secret (webhooks sign with it)")] = None,
) -> None:
    """Add a channel for the default organisation."""
    facade = travelrisk()
    channel_id = facade.add_channel(kind, target, secret=secret)
    out.print(f"channel {channel_id} ({kind}) added")
    problem = facade.channel_unready(kind)
    if problem:
        err.print(f"[yellow]warning:[/] {kind}: {problem}; its messages are not sent until then", highlight=False)


@app.command("list")
def channels_list(as_json: AsJson = False) -> None:
    """The channels alerts go to (secrets are never shown)."""
    rows = travelrisk().channels()
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"Channels ({len(rows)})")
    for column in ("id", "kind", "target", "secret", "active"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            str(row["id"]),
            row["kind"],
            row["target"],
            "set" if row["has_secret"] else "",
            "yes" if row["active"] else "no",
        )
    out.print(table)


@app.command("remove")
def channels_remove(channel_id: Annotated[int, typer.Argument(help="the channel's id (see channels list)")]) -> None:
    """Remove a channel; what it has not delivered yet is dropped."""
    removed = travelrisk().remove_channel(channel_id)
    out.print(f"channel {channel_id} removed; {removed['undelivered_dropped']} undelivered messages dropped")


@app.command("test")
def channels_test(channel_id: Annotated[int, typer.Argument(help="the channel's id (see channels list)")]) -> None:
    """Send a test message through a channel now; exit 1 with the reason when it is not taken."""
    target = travelrisk().test_channel(channel_id)
    out.print(f"channel {channel_id}: test message taken by {target}", highlight=False)
