"""The `travelrisk` command: a thin Typer shell over the library. Machine output on stdout, people's on stderr."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from typer.core import TyperGroup

from travelrisk import advisories as advisories_lib
from travelrisk.errors import Offline, TravelriskError
from travelrisk.sources.registry import live_sources, official_sources

SOURCES = official_sources()
_ISSUERS = sorted({i for s in SOURCES.values() for i in ((s.issuer,) if s.issuer else s.issuers)})
_SHARED = [s for s in SOURCES.values() if s.issuer is None]

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Open travel-risk intelligence.")
advisories_app = typer.Typer(no_args_is_help=True, help=f"Official advisories of {', '.join(_ISSUERS)}.")
app.add_typer(advisories_app, name="advisories")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

IsoDate = Annotated[str | None, typer.Option(help="YYYY-MM-DD")]


def parse_day(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        err.print(f"[red]error:[/] {option} {value!r} is not a date (YYYY-MM-DD)")
        raise typer.Exit(2) from None


def iso2(value: str) -> str:
    from travelrisk.geo.countries import is_country, resolve_name

    code = value.upper() if len(value) == 2 else resolve_name(value)
    if not code or not is_country(code):
        err.print(f"[red]error:[/] {value!r} is not an ISO 3166 alpha-2 code or a country name")
        raise typer.Exit(2)
    return code


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n")


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/] {message}")
    return typer.Exit(code)


# ---------------------------------------------------------------- advisories


def _print_import(report: advisories_lib.ImportReport, as_json: bool) -> None:
    if as_json:
        print_json(report.as_dict())
    else:
        for f in report.files:
            if f.error:
                err.print(f"[red]error:[/] {f.path}: {f.error}")
            else:
                err.print(
                    f"{f.path}: {f.advisories} advisories as of {f.observed_on}; {f.new_versions} new versions, "
                    f"{f.unchanged} unchanged, {f.changes} changes"
                    + (", payload already stored" if f.already_stored else "")
                    + (f"; without level: {len(f.without_level)}" if f.without_level else "")
                )
                if f.unmapped:
                    err.print(f"  unmapped ({len(f.unmapped)}): {', '.join(f.unmapped)}")
        totals = report.totals()
        out.print(
            f"new versions {totals['new_versions']}, unchanged {totals['unchanged']}, "
            f"unmapped {len(totals['unmapped'])}{': ' + ', '.join(totals['unmapped']) if totals['unmapped'] else ''}"
            f", failed files {totals['failed']}"
        )


@advisories_app.command("import")
def advisories_import(
    source: Annotated[str, typer.Argument(help=" | ".join(SOURCES))],
    paths: Annotated[list[Path], typer.Argument(help="files or directories")],
    issuer: Annotated[
        str | None,
        typer.Option(help="; ".join(f"issuer of {s.name} files: {', '.join(s.issuers)}" for s in _SHARED)),
    ] = None,
    as_of: IsoDate = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
) -> None:
    """Import advisory payloads from files (offline)."""
    try:
        report = advisories_lib.import_files(source, paths, issuer=issuer, as_of=parse_day(as_of, "--as-of"))
    except TravelriskError as exc:
        raise fail(str(exc), exc.exit_code) from None
    _print_import(report, as_json)
    if report.failed:
        raise typer.Exit(1)


@advisories_app.command("sync")
def advisories_sync(
    sources: Annotated[list[str] | None, typer.Argument(help=" ".join(live_sources()) + " (default: all)")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Fetch the live feeds with conditional GET and import what changed."""
    try:
        report = advisories_lib.sync(sources or None)
    except Offline as exc:
        raise fail(f"offline: {exc}. Nothing was fetched; import files with `advisories import` instead.") from None
    except TravelriskError as exc:
        raise fail(str(exc), exc.exit_code) from None
    _print_import(report, as_json)
    if report.failed:
        raise typer.Exit(1)


@advisories_app.command("show")
def advisories_show(
    country: Annotated[str, typer.Argument(help="ISO2 code or name")],
    as_of: IsoDate = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Each issuer's advisory for a country, as of today or a past date."""
    rows = advisories_lib.show(iso2(country), parse_day(as_of, "--as-of"))
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"Advisories for {iso2(country)}" + (f" as of {as_of}" if as_of else ""))
    for column in ("issuer", "level", "wording", "directive", "since", "regions"):
        table.add_column(column)
    for row in rows:
        regions = "; ".join(f"{r['name']} ({r['level']})" for r in row["regions"])
        table.add_row(
            row["issuer"],
            str(row["level"] or "-"),
            row["level_raw"] + (f" ({row['measures']})" if row["measures"] else ""),
            row["directive"] or "-",
            row["since"],
            regions[:200],
        )
    out.print(table)


@advisories_app.command("history")
def advisories_history(
    country: Annotated[str, typer.Argument()],
    issuer: Annotated[str | None, typer.Option()] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Versions of a country's advisories, oldest first, each with from/to."""
    rows = advisories_lib.history(iso2(country), issuer)
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"Advisory history for {iso2(country)}")
    for column in ("issuer", "from", "to", "level", "wording"):
        table.add_column(column)
    for row in rows:
        table.add_row(row["issuer"], row["from"], row["to"] or "", str(row["level"] or "-"), row["level_raw"])
    out.print(table)


@advisories_app.command("changes")
def advisories_changes(
    since: Annotated[str, typer.Option(help="YYYY-MM-DD")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Level and directive changes across all countries since a date."""
    rows = advisories_lib.changes(parse_day(since, "--since") or dt.date.min)
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"Advisory changes since {since}")
    for column in ("date", "country", "issuer", "change", "before", "after"):
        table.add_column(column)
    for row in rows:
        table.add_row(
            row["occurred_on"],
            row["country"],
            row["issuer"] or "",
            row["kind"],
            _state(row["before"]),
            _state(row["after"]),
        )
    out.print(table)


def _state(state: dict[str, Any] | None) -> str:
    if not state:
        return ""
    return f"{state.get('level') or '-'} {state.get('directive') or ''}".strip()


def main() -> None:  # pragma: no cover - console entry point
    app()


# ---------------------------------------------------------------- sources

sources_app = typer.Typer(no_args_is_help=True, help="The official sources travelrisk reads (built in and plug-ins).")
app.add_typer(sources_app, name="sources")


@sources_app.command("list")
def sources_list(as_json: Annotated[bool, typer.Option("--json", help="print the sources as JSON")] = False) -> None:
    """Every registered official source: CLI name, issuer, title, live URLs and licence."""
    rows = [
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


# ---------------------------------------------------------------- extract


@app.command("extract")
def extract_command(
    paths: Annotated[list[str], typer.Argument(help="files, directories, or - for stdin")],
    output_format: Annotated[str, typer.Option("--format", help="jsonl | json | table")] = "jsonl",
    store: Annotated[bool, typer.Option("--store", help="also keep articles and extractions in the database")] = False,
) -> None:
    """Read articles and print the travel-safety facts they state, with evidence."""
    from travelrisk import news

    if output_format not in ("jsonl", "json", "table"):
        raise fail(f"--format {output_format!r}: choose jsonl, json or table", 2)
    summary = news.run_extract(paths, output_format=output_format, store=store, stdout=sys.stdout, console=err)
    if summary.failed:
        raise typer.Exit(1)


# ---------------------------------------------------------------- crossings, exits, missions


class DefaultShowGroup(TyperGroup):
    """`crossings ISO2 ...` runs `crossings show ISO2 ...`; `crossings set ...` and `crossings import ...` stay."""

    def resolve_command(self, ctx, args):  # type: ignore[no-untyped-def]
        if args and args[0] not in self.commands:
            args.insert(0, "show")
        return super().resolve_command(ctx, args)


crossings_app = typer.Typer(
    cls=DefaultShowGroup,
    no_args_is_help=True,
    help="Land border crossings: status, manual updates, your own crossings.",
)
app.add_typer(crossings_app, name="crossings")


@crossings_app.command("show")
def crossings_show(
    country: Annotated[str, typer.Argument(help="ISO2 code or name")],
    as_of: IsoDate = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Each crossing on a country's borders with its status (and count-only news for each pair)."""
    from travelrisk.crossings import crossings_report

    rows = crossings_report(iso2(country), parse_day(as_of, "--as-of"))
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"Crossings of {iso2(country)}" + (f" as of {as_of}" if as_of else ""))
    for column in ("id", "names", "status", "since", "restrictions / news"):
        table.add_column(column, overflow="fold")
    for row in rows:
        detail = row.get("summary") or row["restrictions"]
        table.add_row(row["id"], " / ".join(row["names"][:2]), row["status"], row["since"] or "", detail or "")
    out.print(table)


@crossings_app.command("set")
def crossings_set(
    crossing_id: Annotated[str, typer.Argument()],
    status: Annotated[str, typer.Argument(help="open | closed | restricted")],
    source: Annotated[str, typer.Option(help="URL of the source")],
    note: Annotated[str, typer.Option()] = "",
    at: IsoDate = None,
    restrictions: Annotated[str, typer.Option()] = "",
) -> None:
    """Record a sourced status for a crossing."""
    from travelrisk.crossings import set_status

    try:
        row = set_status(
            crossing_id, status, source_url=source, note=note, at=parse_day(at, "--at"), restrictions=restrictions
        )
    except (ValueError, KeyError) as exc:
        raise fail(str(exc).strip("'\""), 2) from None
    out.print(f"{row['id']}: {row['status']} since {row['since']}")


@crossings_app.command("import")
def crossings_import(path: Annotated[Path, typer.Argument(help="CSV in the documented crossing format")]) -> None:
    """Add or replace your own crossings from a CSV (all rows or none)."""
    from travelrisk.crossings import import_crossings_csv
    from travelrisk.geo.crossings import CrossingCSVError

    try:
        count = import_crossings_csv(path)
    except CrossingCSVError as exc:
        for problem in exc.errors:
            err.print(f"[red]error:[/] {exc.name}: {problem}", highlight=False)
        raise typer.Exit(1) from None
    except OSError as exc:
        raise fail(f"{path}: {exc.strerror}") from None
    out.print(f"imported {count} crossings from {path}")


@app.command("exits")
def exits_command(
    country: Annotated[str, typer.Argument()],
    from_city: Annotated[str | None, typer.Option("--from", help="starting city")] = None,
    as_of: IsoDate = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Ways out: each neighbour's open and restricted crossings, nearest first."""
    from travelrisk.exits import exits_report

    try:
        report = exits_report(iso2(country), from_city=from_city, as_of=parse_day(as_of, "--as-of"))
    except LookupError as exc:
        raise fail(str(exc), 2) from None
    if as_json:
        print_json(report)
        return
    for group in report["neighbours"]:
        levels = ", ".join(f"{a['issuer']} {a['level']}" for a in group["advisories"]) or "no advisories stored"
        distance = f" — nearest {group['distance_km']} km" if group["distance_km"] is not None else ""
        out.print(f"[bold]{group['name']} ({group['neighbour']})[/]{distance}; other side: {levels}")
        for key in ("open", "restricted", "closed"):
            for c in group[key]:
                extra = f" {c['distance_km']} km" if c.get("distance_km") is not None else ""
                out.print(f"  {key:10} {c['names'][0]} (since {c['since'] or '-'}){extra} {c['restrictions']}")
        for r in group["reported"]:
            out.print(f"  reported  {r['summary']} ({r['evidence'].get('outlet') or 'news'}, {r['since']})")
        for r in group["entry_restrictions"]:
            out.print(f"  [yellow]note[/] {r['restriction']}")


missions_app = typer.Typer(help="Diplomatic missions and their operating status.", invoke_without_command=True)
app.add_typer(missions_app, name="missions")


@missions_app.callback()
def missions_command(
    ctx: typer.Context,
    of: Annotated[str | None, typer.Option("--of", help="operator country ISO2")] = None,
    in_country: Annotated[str | None, typer.Option("--in", help="host country ISO2")] = None,
    as_of: IsoDate = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Missions of a country and/or in a country, with what they can still do."""
    if ctx.invoked_subcommand is not None:
        return
    from travelrisk.missions import missions_report

    rows = missions_report(
        of=iso2(of) if of else None,
        in_country=iso2(in_country) if in_country else None,
        as_of=parse_day(as_of, "--as-of"),
    )
    if as_json:
        print_json(rows)
        return
    table = Table(title="Missions")
    for column in ("of", "in", "city", "type", "status", "since"):
        table.add_column(column)
    for row in rows:
        table.add_row(
            row["mission_of"], row["in_country"], row["city"] or "", row["type"], row["status"], row["since"] or ""
        )
    out.print(table)


@missions_app.command("set")
def missions_set(
    operator: Annotated[str, typer.Argument()],
    host: Annotated[str, typer.Argument()],
    status: Annotated[str, typer.Argument()],
    source: Annotated[str, typer.Option(help="URL of the source")],
    note: Annotated[str, typer.Option()] = "",
    at: IsoDate = None,
) -> None:
    """Record a sourced status for one country's missions in another."""
    from travelrisk.missions import set_status

    try:
        set_status(iso2(operator), iso2(host), status, source_url=source, note=note, at=parse_day(at, "--at"))
    except ValueError as exc:
        raise fail(str(exc), 2) from None
    out.print(f"{iso2(operator)} missions in {iso2(host)}: {status}")


# ---------------------------------------------------------------- brief, changes


@app.command("brief")
def brief_command(
    country: Annotated[str, typer.Argument(help="ISO2 code or name")],
    as_of: IsoDate = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """One page on a country: who says how bad, since when, why, what to do, ways out, who can help."""
    from travelrisk.brief import picture
    from travelrisk.render import render_brief

    data = picture(iso2(country), parse_day(as_of, "--as-of"))
    if as_json:
        print_json(data)
        return
    render_brief(data, out)


@app.command("changes")
def changes_command(
    since: Annotated[str, typer.Option(help="YYYY-MM-DD")],
    country: Annotated[str | None, typer.Option(help="ISO2")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Everything that changed since a day: levels, directives, crossings, missions."""
    from travelrisk.brief import changes

    rows = changes(parse_day(since, "--since") or dt.date.min, country=iso2(country) if country else None)
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"Changes since {since}")
    for column in ("date", "country", "who", "change", "before", "after", "source"):
        table.add_column(column, overflow="fold")
    for row in rows:
        source = "official" if row["confirmed"] and not row["reported_by"] else f"reported by {row['reported_by']}"
        table.add_row(
            row["occurred_on"],
            row["country"],
            row["issuer"] or row["subject_ref"] or "",
            row["kind"],
            _state(row["before"]),
            _state(row["after"]),
            source,
        )
    out.print(table)


# ---------------------------------------------------------------- travellers, channels, alerts

travellers_app = typer.Typer(no_args_is_help=True, help="Travellers and their trips.")
channels_app = typer.Typer(no_args_is_help=True, help="Where alerts go: webhooks and email addresses.")
alerts_app = typer.Typer(no_args_is_help=True, help="Alerts, their delivery queue and CAP documents.")
app.add_typer(travellers_app, name="travellers")
app.add_typer(channels_app, name="channels")
app.add_typer(alerts_app, name="alerts")


@travellers_app.command("import")
def travellers_import(path: Annotated[Path, typer.Argument(help="CSV or JSON of travellers and trips")]) -> None:
    """Import travellers and trips; rows with problems are rejected with their line numbers."""
    from travelrisk.notify.registry import import_travellers

    try:
        result = import_travellers(path)
    except OSError as exc:
        raise fail(f"{path}: {exc.strerror}") from None
    for problem in result.rejected:
        err.print(f"[yellow]rejected[/] {path}: {problem}", highlight=False)
    out.print(f"imported {result.imported} trips of {result.travellers} travellers; rejected {len(result.rejected)}")
    if result.rejected and not result.imported:
        raise typer.Exit(1)


@travellers_app.command("purge")
def travellers_purge() -> None:
    """Apply the retention rule now (trips ended more than TRAVELRISK_TRIP_RETENTION_DAYS ago)."""
    from travelrisk.notify.registry import purge_expired

    out.print(purge_expired())


@channels_app.command("add")
def channels_add(
    kind: Annotated[str, typer.Argument(help="webhook | email")],
    target: Annotated[str, typer.Argument(help="URL or email address")],
    secret: Annotated[str | None, typer.Option(help="HMAC secret for webhooks")] = None,
) -> None:
    """Add a channel for the default organisation."""
    from travelrisk.notify.registry import add_channel

    try:
        channel_id = add_channel(kind, target, secret=secret)
    except ValueError as exc:
        raise fail(str(exc), 2) from None
    out.print(f"channel {channel_id} ({kind}) added")


@alerts_app.command("list")
def alerts_list_command(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Recent alerts with their delivery state."""
    from travelrisk.notify.feeds import alerts_list

    rows = alerts_list()
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


@alerts_app.command("deliver")
def alerts_deliver(
    once: Annotated[bool, typer.Option("--once", help="deliver what is due, then exit")] = False,
) -> None:
    """Run the delivery worker (at least once per recipient, with retries and a dead-letter state)."""
    from travelrisk.notify.outbox import run_worker

    report = run_worker(once=once)
    out.print(f"delivered {report.delivered}, retrying {report.failed}, dead {report.dead}")


@alerts_app.command("status")
def alerts_status(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """The delivery queue: pending, sending, delivered, dead."""
    from travelrisk.notify.outbox import queue_status

    status = queue_status()
    if as_json:
        print_json(status)
        return
    table = Table(title="Alert delivery queue")
    for key in ("alerts", "pending", "due_now", "sending", "delivered", "dead", "oldest_waiting"):
        table.add_row(key, str(status[key]))
    out.print(table)
    for error in status["recent_dead_errors"]:
        err.print(f"dead: {error}")


@alerts_app.command("cap")
def alerts_cap(country: Annotated[str, typer.Argument(help="ISO2")]) -> None:
    """Print the CAP 1.2 XML of the latest alert for a country."""
    from travelrisk.config import settings
    from travelrisk.notify.feeds import latest_cap

    document = latest_cap(iso2(country), settings().public_url)
    if document is None:
        raise fail(f"no alert for {iso2(country)} yet")
    sys.stdout.write(document.decode("utf-8"))


# ---------------------------------------------------------------- serve, apikeys


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
    demo: Annotated[bool, typer.Option(help="load the bundled data on first start")] = True,
) -> None:
    """Start the API and dashboard; on first start, create the database and load the bundled data."""
    import uvicorn

    from travelrisk.api.app import create_app
    from travelrisk.config import settings
    from travelrisk.demo import is_empty, load_demo
    from travelrisk.store.db import get_engine

    engine = get_engine()
    if demo and is_empty(engine):
        err.print("first start: loading bundled advisories, crossings, missions and demo articles…")
        counts = load_demo(engine)
        err.print(f"loaded {counts['advisories']} advisories and {counts['articles']} articles")
    url = f"http://{host}:{port}/"
    out.print(f"travelrisk is serving on [bold]{url}[/] (API docs at {url}docs; database {settings().database_url})")
    uvicorn.run(create_app(), host=host, port=port, log_level="warning")


apikeys_app = typer.Typer(no_args_is_help=True, help="API keys for writes (only their hashes are stored).")
app.add_typer(apikeys_app, name="apikeys")


@apikeys_app.command("create")
def apikeys_create(name: Annotated[str, typer.Argument(help="who or what uses the key")] = "default") -> None:
    """Create a key and print it once."""
    from travelrisk.api.security import create_key

    sys.stdout.write(create_key(name) + "\n")


# ---------------------------------------------------------------- workers, backfill

workers_app = typer.Typer(no_args_is_help=True, help="Background workers on the PostgreSQL job queue.")
app.add_typer(workers_app, name="workers")


@workers_app.command("run")
def workers_run(concurrency: Annotated[int, typer.Option(help="jobs at a time in this worker")] = 4) -> None:
    """Run a worker: ingestion, alert delivery, source syncs, feed polling (PostgreSQL only)."""
    from travelrisk.jobs import run_worker

    try:
        run_worker(concurrency=concurrency)
    except RuntimeError as exc:
        raise fail(str(exc), 2) from None


@workers_app.command("status")
def workers_status(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Jobs per queue and state, live workers, latest failures."""
    from travelrisk.jobs import ensure_schema, status

    try:
        ensure_schema()
        data = status()
    except RuntimeError as exc:
        raise fail(str(exc), 2) from None
    if as_json:
        print_json(data)
        return
    table = Table(title=f"Job queues ({data['live_workers']} live workers)")
    for column in ("queue", "todo", "doing", "succeeded", "failed", "cancelled", "aborted"):
        table.add_column(column)
    for queue, states in sorted(data["queues"].items()):
        table.add_row(
            queue, *(str(states.get(s, 0)) for s in ("todo", "doing", "succeeded", "failed", "cancelled", "aborted"))
        )
    out.print(table)
    for failure in data["failures"]:
        err.print(f"failed job {failure['job']} {failure['task']} after {failure['attempts']} attempts")


@app.command("backfill")
def backfill_command(
    paths: Annotated[list[str], typer.Argument(help="JSON Lines shards or directories of them")],
    engine_name: Annotated[str, typer.Option("--engine", help="dask")] = "dask",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: a local cluster)")] = None,
    workers: Annotated[int | None, typer.Option(help="workers of the local cluster")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Extract and store archived news in bulk, resumably: finished shards are skipped, stored articles too."""
    from dataclasses import asdict

    from travelrisk.backfill import run_backfill

    if engine_name != "dask":
        raise fail(f"--engine {engine_name!r}: only dask is supported", 2)
    try:
        summary = run_backfill(paths, scheduler=scheduler, workers=workers)
    except FileNotFoundError as exc:
        raise fail(str(exc), 2) from None
    if as_json:
        data = asdict(summary)
        print_json({k: data[k] for k in ("articles", "shards", "seconds", "articles_per_s")} | data)
        return
    out.print(
        f"{summary.articles} articles in {summary.shards} shards ({summary.skipped_shards} already done), "
        f"{summary.stored} stored, {summary.errors} bad lines; {summary.articles_per_s} articles/s"
    )
