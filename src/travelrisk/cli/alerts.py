"""`travelrisk alerts ...`: alerts, their delivery queue and CAP documents."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.table import Table

from travelrisk.cli.common import AsJson, err, iso2, out, print_json, travelrisk
from travelrisk.config import settings
from travelrisk.errors import NotFound

NAME = "alerts"
app = typer.Typer(no_args_is_help=True, help="Alerts, their delivery queue and CAP documents.")


@app.command("list")
def alerts_list(as_json: AsJson = False) -> None:
    """Recent alerts with their delivery state."""
    rows = travelrisk().alerts()
    if as_json:
        print_json(rows)
        return
    table = Table(title="Alerts")
    for column in ("id", "v", "country", "traveller", "headline", "source", "deliveries"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            str(row["alert_id"]),
            str(row["version"]),
            row["country"],
            row["traveller_id"] or "",
            row["headline"] + (" (may be affected)" if row["may_be_affected"] else ""),
            row["label"],
            ",".join(row["deliveries"]),
        )
    out.print(table)


@app.command("deliver")
def alerts_deliver(
    once: Annotated[bool, typer.Option("--once", help="deliver what is due, then exit")] = False,
) -> None:
    """Run the delivery worker (at least once per recipient, with retries and a dead-letter state)."""
    report = travelrisk().deliver(once=once)
    out.print(f"delivered {report.delivered}, retrying {report.failed}, dead {report.dead}")


@app.command("status")
def alerts_status(as_json: AsJson = False) -> None:
    """The delivery queue: pending, sending, delivered, dead."""
    status = travelrisk().delivery_status()
    if as_json:
        print_json(status)
        return
    table = Table(title="Alert delivery queue")
    for key in ("alerts", "pending", "due_now", "sending", "delivered", "dead", "oldest_waiting"):
        table.add_row(key, str(status[key]))
    out.print(table)
    for error in status["recent_dead_errors"]:
        err.print(f"dead: {error}")


@app.command("cap")
def alerts_cap(country: Annotated[str, typer.Argument(help="ISO2")]) -> None:
    """Print the CAP 1.2 XML of the latest alert for a country."""
    code = iso2(country)
    document = travelrisk().latest_cap(code, settings().public_url)
    if document is None:
        raise NotFound(f"no alert for {code} yet")
    sys.stdout.write(document.decode("utf-8"))
