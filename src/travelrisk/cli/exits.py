"""`travelrisk exits CC`: ways out, nearest first, and what applies on the other side."""

from __future__ import annotations

from typing import Annotated

import typer

from travelrisk.cli.common import AsJson, IsoDate, iso2, out, parse_day, print_json, travelrisk


def exits_command(
    country: Annotated[str, typer.Argument(help="ISO2 code or name")],
    from_city: Annotated[str | None, typer.Option("--from", help="starting city")] = None,
    as_of: IsoDate = None,
    as_json: AsJson = False,
) -> None:
    """Ways out: each neighbour's open and restricted crossings, nearest first."""
    report = travelrisk().exits(iso2(country), from_city=from_city, as_of=parse_day(as_of, "--as-of"))
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
        unknown = group.get("unknown") or []
        if unknown:
            names = ", ".join(c["names"][0] for c in unknown[:6]) + (", …" if len(unknown) > 6 else "")
            out.print(f"  unknown    {len(unknown)} with no dated, sourced status (not a recommended way out): {names}")
        for r in group["reported"]:
            out.print(f"  reported  {r['summary']} ({r['evidence'].get('outlet') or 'news'}, {r['since']})")
        for r in group["entry_restrictions"]:
            out.print(f"  [yellow]note[/] {r['restriction']}")
