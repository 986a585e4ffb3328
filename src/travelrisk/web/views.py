"""The dashboard: a world map coloured (and patterned) by strictest level, a page per country, alerts, search.

Server-rendered with Jinja2 (autoescaping on: article text is always shown as text). No third-party
JavaScript or CSS; a strict Content-Security-Policy forbids inline scripts anyway.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Engine

from travelrisk import brief as brief_lib
from travelrisk.exits import exits_report
from travelrisk.geo.countries import countries, country_name, is_country, resolve_name, scan
from travelrisk.web.map import HEIGHT, WIDTH, local_map, world_paths

WEB = resources.files("travelrisk.web")
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
LEVEL_WORDS = {1: "normal precautions", 2: "increased caution", 3: "reconsider travel", 4: "do not travel"}


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(WEB / "templates")),
        autoescape=select_autoescape(["html", "xml", "svg"], default=True),
    )
    env.globals.update(country_name=country_name, level_words=LEVEL_WORDS)
    env.filters["words"] = lambda value: str(value or "").replace("_", " ")
    return env


def mount_dashboard(app: FastAPI, engine: Engine, version: Any) -> None:
    env = _environment()
    app.mount("/static", StaticFiles(directory=str(WEB / "static")), name="static")
    names = sorted((country_name(code), code) for code in countries())

    def page(template: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = env.get_template(template).render(country_names=names, **context)
        return HTMLResponse(
            html,
            status_code=status,
            headers={
                "Content-Security-Policy": CSP,
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "same-origin",
            },
        )

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> Response:
        from travelrisk.api.routes import countries_overview

        overview = {c["country"]: c for c in countries_overview(engine)}
        paths = world_paths()
        shapes = [
            {
                "code": code,
                "d": d,
                "name": country_name(code),
                "level": (overview.get(code) or {}).get("strictest") or 0,
                "warning": (overview.get(code) or {}).get("early_warning"),
            }
            for code, d in sorted(paths.items())
        ]
        rows = sorted((c for c in overview.values() if c["strictest"]), key=lambda c: (-c["strictest"], c["name"]))
        return page("index.html", shapes=shapes, rows=rows, width=WIDTH, height=HEIGHT)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return RedirectResponse("/static/favicon.svg", status_code=301)

    @app.get("/search", include_in_schema=False)
    def search(q: str = "") -> Response:
        code = q.strip().upper() if len(q.strip()) == 2 and is_country(q.strip().upper()) else resolve_name(q)
        if not code:  # a capital or another name the text scanner knows ("Minsk", "the Kremlin")
            found = scan(q.strip()) or scan(q.strip().title())
            code = found[0].iso2 if found else None
        if code:
            return RedirectResponse(f"/countries/{code}", status_code=303)
        return page("not_found.html", status=404, query=q)

    @app.get("/countries/{iso2}", response_class=HTMLResponse, include_in_schema=False)
    def country(iso2: str, as_of: str | None = None) -> Response:
        code = iso2.upper()
        if not is_country(code):
            return page("not_found.html", status=404, query=iso2)
        when = None
        if as_of:
            try:
                when = dt.date.fromisoformat(as_of)
            except ValueError:
                when = None
        data = brief_lib.picture(code, when, engine=engine)
        exits = exits_report(code, as_of=when, engine=engine)
        points = []
        for group in exits["neighbours"]:
            for status in ("open", "restricted", "closed"):
                for crossing in group[status]:
                    if crossing["coordinates"]:
                        points.append(
                            {
                                "lat": crossing["coordinates"][0],
                                "lon": crossing["coordinates"][1],
                                "name": crossing["names"][0],
                                "status": status,
                            }
                        )
        return page(
            "country.html",
            code=code,
            name=country_name(code),
            data=data,
            exits=exits,
            small_map=local_map(code, points),
        )

    @app.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
    def alerts_page() -> Response:
        from travelrisk.advisories import change_json
        from travelrisk.notify.feeds import public_changes
        from travelrisk.notify.message import content_for
        from travelrisk.store.db import session_scope

        with session_scope(engine) as session:
            items = [(change_json(c), v) for c, v in public_changes(session, limit=100)]
        rows = [{**c, "content": content_for(c), "version": v} for c, v in items]
        return page("alerts.html", rows=rows)
