"""`travelrisk alerts ...`: alerts, their delivery queue and CAP documents."""

from __future__ import annotations

import sys
from collections import Counter
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
    """Run the delivery worker (at least once per recipient, with retries and a dead-letter state); one log line
    per outcome on stderr (TRAVELRISK_LOG_FORMAT=json for JSON lines)."""
    report = travelrisk().deliver(once=once)
    out.print(f"delivered {report.delivered}, retrying {report.failed}, dead {report.dead}", highlight=False)
    reasons = Counter(error.split(": ", 1)[-1] for error in report.errors)
    for reason, count in reasons.most_common():
        err.print(f"[yellow]not delivered[/] ({count}): {reason}", highlight=False)


def _age(seconds: float | None) -> str:
    if seconds is None:
        return "nothing pending"
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    if seconds < 172800:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


@app.command("status")
def alerts_status(as_json: AsJson = False) -> None:
    """The delivery queue: messages per state, how many are due now, and the age of the oldest one pending."""
    status = travelrisk().delivery_status()
    if as_json:
        print_json(status)
        return
    table = Table(title=f"Alert delivery queue ({status['alerts']} alerts)")
    table.add_column("state")
    table.add_column("messages", justify="right")
    for state, count in status["by_state"].items():
        table.add_row(state, str(count))
    table.add_row("due now", str(status["due_now"]))
    table.add_row("oldest pending", _age(status["oldest_pending_age_seconds"]))
    out.print(table)
    for error in status["recent_dead_errors"]:
        err.print(f"dead: {error}", highlight=False)


@app.command("cap")
def alerts_cap(country: Annotated[str, typer.Argument(help="ISO2")]) -> None:
    """Print the CAP 1.2 XML of the latest alert for a country."""
    code = iso2(country)
    document = travelrisk().latest_cap(code, settings().public_url)
    if document is None:
        raise NotFound(f"no alert for {code} yet")
    sys.stdout.write(document.decode("utf-8"))
