"""`travelrisk serve` (the API and the dashboard, and the scheduler that keeps the data fresh) and `travelrisk
run` (the scheduler and the alert delivery worker, without the web server)."""

from __future__ import annotations

import contextlib
import errno
import socket
import threading
from collections.abc import Iterator
from typing import Annotated

import typer

from travelrisk.cli.common import err, initialise, out
from travelrisk.config import settings
from travelrisk.errors import TravelriskError, UsageError
from travelrisk.services import TravelRisk

Sync = Annotated[
    bool,
    typer.Option(
        "--sync/--no-sync",
        help="sync the official sources and poll TRAVELRISK_NEWS_FEEDS every TRAVELRISK_SYNC_EVERY (default 1h)",
    ),
]


class PortBusy(TravelriskError):
    """The address to listen on is taken (or not ours to take)."""


def check_port(host: str, port: int) -> None:
    """Fail before announcing anything when the address cannot be listened on."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind((host, port))
    except OSError as exc:
        reason = "address already in use" if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
        hint = " (another travelrisk serve? choose another --port)" if exc.errno == errno.EADDRINUSE else ""
        raise PortBusy(f"cannot listen on {host}:{port}: {reason}{hint}") from None


@contextlib.contextmanager
def scheduled(facade: TravelRisk, enabled: bool) -> Iterator[None]:
    """The scheduler in a background thread for the duration of the block (when enabled and a period is set)."""
    every = settings().sync_every_seconds
    if not enabled or every <= 0:
        yield
        return
    stop = threading.Event()
    thread = threading.Thread(
        target=facade.scheduler(every).run_forever, args=(stop,), name="travelrisk-scheduler", daemon=True
    )
    thread.start()
    err.print(f"syncing sources and feeds every {every:g} s (TRAVELRISK_SYNC_EVERY); see `travelrisk sources status`")
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)


def serve_command(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
    demo: Annotated[bool, typer.Option(help="load the bundled data on first start")] = True,
    sync: Sync = True,
) -> None:
    """Start the API and dashboard (stop with Ctrl-C); on first start, create the database and load the bundled
    data; keep the sources fresh on a schedule."""
    import uvicorn

    from travelrisk.api.app import create_app

    check_port(host, port)
    facade = TravelRisk()
    if demo:
        initialise(facade)
    url = f"http://{host}:{port}/"
    with scheduled(facade, sync):
        out.print(f"travelrisk is serving on [bold]{url}[/] (API docs at {url}docs; database {facade.database_url})")
        err.print("stop with Ctrl-C")
        uvicorn.run(create_app(facade.database_url), host=host, port=port, log_level="warning")


def run_command(
    once: Annotated[
        bool, typer.Option("--once", help="one pass of what is due (syncs, feeds, deliveries), then exit")
    ] = False,
    deliver: Annotated[bool, typer.Option("--deliver/--no-deliver", help="also run the alert delivery worker")] = True,
) -> None:
    """Keep the data fresh without the web server: sync the sources and poll the feeds on a schedule
    (TRAVELRISK_SYNC_EVERY, default 1h; one process at a time on a database) and deliver alerts. Stop with
    Ctrl-C."""
    facade = TravelRisk()
    if once:
        result = facade.scheduler().run_due()
        if result.held_elsewhere:
            err.print("another process is running the scheduled syncs; nothing synced here")
        report = facade.deliver(once=True) if deliver else None
        out.print(
            f"synced {len(result.ran)} sources and feeds ({len(result.failed)} failed)"
            + (f"; delivered {report.delivered}, retrying {report.failed}, dead {report.dead}" if report else ""),
            highlight=False,
        )
        return
    if settings().sync_every_seconds <= 0 and not deliver:
        raise UsageError("nothing to run: TRAVELRISK_SYNC_EVERY is 0 and --no-deliver was given")
    with scheduled(facade, True):
        err.print("running; stop with Ctrl-C")
        try:
            if deliver:
                facade.deliver()
            else:
                threading.Event().wait()
        except KeyboardInterrupt:
            err.print("stopped")
