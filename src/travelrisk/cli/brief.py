"""`travelrisk brief CC` (a one-page consular-style brief, rendered with Rich) and `travelrisk changes`."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from travelrisk.cli.common import AsJson, IsoDate, cut, iso2, out, parse_day, print_json, state, travelrisk, words
from travelrisk.geo.countries import country_name

LEVEL_STYLE = {4: "bold white on red", 3: "bold black on dark_orange", 2: "black on yellow", 1: "black on green"}


def who_said(evidence: dict[str, Any]) -> str:
    """The publisher or outlet behind a piece of evidence, as people know it (not a source adapter's name)."""
    if evidence.get("publisher") or evidence.get("outlet"):
        return str(evidence.get("publisher") or evidence.get("outlet"))
    return {"manual": "recorded by hand", "bundled": "travelrisk's curated data", "news": "news report"}.get(
        str(evidence.get("origin") or ""), ""
    )


def _quote(evidence: Any) -> str:
    if isinstance(evidence, list):
        evidence = evidence[0] if evidence else {}
    quote = (evidence or {}).get("quote") or ""
    who = who_said(evidence or {})
    return f"“{cut(quote, 220)}”" + (f" — {who}" if who else "") if quote else ""


def _reason_lines(reasons: list[dict[str, Any]]) -> list[str]:
    """One line per quote: reasons given by the same sentence are named together, the sentence shown once."""
    lines: dict[str, list[str]] = {}
    for r in reasons:
        key = _quote(r["evidence"])
        lines.setdefault(key, []).append(f"{words(r['reason'])} ({', '.join(r['issuers'])})")
    return [f"  • {'; '.join(named)} {quote}".rstrip() for quote, named in lines.items()]


def coverage_line(coverage: list[dict[str, Any]], stale_after_days: int | None = None) -> str:
    """Which tracked governments rate the country, which do not, and which we hold nothing from for it."""
    groups = {
        "rated": "rated by",
        "not_rated": "not rated by",
        "no_data": "no data for it from",
    }
    parts = []
    for kind, wording in groups.items():
        issuers = [c["issuer"] for c in coverage if c["state"] == kind]
        if issuers:
            parts.append(f"{wording} {', '.join(issuers)}")
    stale = [c["issuer"] for c in coverage if c["state"] == "rated" and c["stale"]]
    if stale:
        limit = f"over {stale_after_days} days" if stale_after_days is not None else "too long"
        parts.append(f"stale (last checked {limit} before this day): {', '.join(stale)}")
    return " · ".join(parts)


def render_brief(data: dict[str, Any], console: Console) -> None:
    code = data["country"]
    strictest = data["strictest"]
    style = LEVEL_STYLE.get(strictest or 0, "bold")
    header = f"{country_name(code)} ({code}) — as of {data['as_of']}"
    summary = (
        f"Strictest level {strictest} · median {data['median']} · {data['disagreement']['summary']}"
        if strictest
        else "No advisory stored for this country (`travelrisk init` loads the bundled data into an empty database)"
    )
    summary += f"\nNewest data behind this picture: {data['data_as_of'] or 'none'}"
    console.print(Panel(summary, title=header, style=style))
    coverage = coverage_line(data["coverage"], data.get("stale_after_days"))
    if coverage:
        console.print(f"Coverage: {coverage}")

    table = Table(title="Each government's advice", expand=True)
    for column in ("issuer", "level", "wording", "since", "checked", "source"):
        table.add_column(column, overflow="fold")
    for level in data["levels"]:
        source = "official feed" if level["source"] == "official" else f"reported by {level['reported_by']}"
        wording = level["level_raw"]
        if not level.get("in_consensus", True):
            wording += f" ({level['measures']}; not counted in the strictest or median level)"
        checked = (level["checked_at"] or "unknown") + (" (stale)" if level["stale"] else "")
        table.add_row(level["issuer"], str(level["level"] or "not rated"), wording, level["since"], checked, source)
    console.print(table)

    if data["directives"]:
        console.print("[bold]What people are told to do[/]")
        for d in data["directives"]:
            state = "confirmed" if d["confirmed"] else "reported, not yet confirmed"
            scope = "" if d.get("in_consensus", True) else f" ({d['measures']})"
            console.print(
                f"  • {d['issuer']}: [bold]{words(d['directive'])}[/]{scope} since {d['since']} "
                f"({state}) {_quote(d['evidence'])}"
            )
    if data["reasons"]:
        console.print("[bold]Why[/]")
        for line in _reason_lines(data["reasons"][:10]):
            console.print(line)
    if data["regional"]:
        console.print("[bold]Regional advice[/]")
        for r in data["regional"][:8]:
            console.print(f"  • {r['issuer']}: {r['name']} — level {r.get('level') or '-'}")
    groups = data["crossings"]["by_neighbour"]
    if groups:
        console.print("[bold]Ways out[/]")
        for g in groups:
            line = f"  • {g['neighbour']}: {g['open']} open, {g['restricted']} restricted, {g['closed']} closed"
            if g.get("unknown"):
                line += f", {g['unknown']} status unknown"
            for report in g["reported"]:
                line += f"; reported {report['summary']}"
            console.print(line)
    if data["missions"]:
        console.print("[bold]Who can help[/]")
        for m in data["missions"]:
            console.print(
                f"  • {m['mission_of']} {m['type']} in {m['city'] or m['in_country']}: "
                f"{words(m['status'])}" + (f" since {m['since']}" if m["since"] else "") + f" {_quote(m['evidence'])}"
            )
    warning = data["early_warning"]
    if warning["flagged"]:
        console.print(
            Panel(
                f"Escalation signal points to level {warning['implied_level']} "
                + (
                    f"(official median {warning['official_median']}); drivers: "
                    if warning["official_median"] is not None
                    else "(no official level on this day); drivers: "
                )
                + ", ".join(
                    f"{words(d['signal'])} {words(d['value'])} by {', '.join(d['who'])}" for d in warning["drivers"][:5]
                ),
                title="Early warning",
                style="yellow",
            )
        )
    if data["events"]:
        total = data.get("events_total", len(data["events"]))
        console.print(f"[bold]Timeline[/] (the newest {min(12, len(data['events']))} of {total} events)")
        for event in data["events"][:12]:
            console.print(f"  {event['date']}  {words(event['what'])}")
        if total > 12:
            console.print(f"  all of them: travelrisk events {data['country']}")


def brief_command(
    country: Annotated[str, typer.Argument(help="ISO2 code or name")],
    as_of: IsoDate = None,
    as_json: AsJson = False,
) -> None:
    """One page on a country: who says how bad, since when, why, what to do, ways out, who can help."""
    data = travelrisk().brief(iso2(country), parse_day(as_of, "--as-of"))
    if as_json:
        print_json(data)
        return
    render_brief(data, out)


def events_command(
    country: Annotated[str, typer.Argument(help="ISO2 code or name")],
    limit: Annotated[int, typer.Option(help="events per page (1-500)")] = 20,
    cursor: Annotated[str | None, typer.Option(help="the `next` cursor of the page before")] = None,
    as_of: IsoDate = None,
    as_json: AsJson = False,
) -> None:
    """A country's timeline, newest first, a page at a time (`--cursor` from the page before goes on)."""
    page = travelrisk().events_page(iso2(country), cursor=cursor, limit=limit, as_of=parse_day(as_of, "--as-of"))
    if as_json:
        print_json(page)
        return
    table = Table(title=f"{country_name(page['country'])}: {page['events_total']} events, newest first")
    for column in ("date", "kind", "what", "source"):
        table.add_column(column, overflow="fold")
    for event in page["events"]:
        evidence = event.get("evidence") or {}
        table.add_row(
            event["date"], words(event["kind"]), event["what"], event.get("reported_by") or who_said(evidence)
        )
    out.print(table)
    if page["next"]:
        out.print(f"next page: travelrisk events {page['country']} --limit {limit} --cursor {page['next']}")


def changes_command(
    since: Annotated[str, typer.Option(help="YYYY-MM-DD")],
    country: Annotated[str | None, typer.Option(help="ISO2")] = None,
    as_json: AsJson = False,
) -> None:
    """Everything that changed since a day: levels, directives, crossings, missions."""
    rows = travelrisk().changes(parse_day(since, "--since") or dt.date.min, country=iso2(country) if country else None)
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"Changes since {since}")
    for column in ("date", "country", "who", "change", "before → after", "source", "evidence"):
        table.add_column(column, overflow="fold")
    for row in rows:
        evidence = row.get("evidence") or {}
        if row["reported_by"]:
            source = f"reported by {row['reported_by']}" + ("" if row["confirmed"] else ", not yet confirmed")
        else:
            source = who_said(evidence) or "official"
        quote = cut(evidence.get("quote") or "", 120)
        link = evidence.get("source_url") or evidence.get("url") or ""
        table.add_row(
            str(row["occurred_on"]),
            row["country"],
            row["issuer"] or row["subject_ref"] or "",
            words(row["kind"]),
            f"{state(row['before'])} → {state(row['after'])}",
            source,
            " ".join(part for part in (f"“{quote}”" if quote else "", link) if part),
        )
    out.print(table)
