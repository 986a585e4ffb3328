"""`travelrisk channels ...`: where alerts go besides each traveller's own email (any registered channel)."""

from __future__ import annotations

from typing import Annotated

import typer

from travelrisk.cli.common import out, travelrisk
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
    channel_id = travelrisk().add_channel(kind, target, secret=secret)
    out.print(f"channel {channel_id} ({kind}) added")
