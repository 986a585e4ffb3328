"""The dashboard: a world map coloured (and patterned) by strictest level, a page per country, alerts, search.

Server-rendered with Jinja2 (autoescaping on: article text is always shown as text). No third-party
JavaScript or CSS; a strict Content-Security-Policy forbids inline scripts anyway. Each page calls the same
`TravelRisk` method as its JSON twin under /v1 and names it in a `Link: <...>; rel="alternate"` header.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any, Protocol

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool

from travelrisk.assess.picture import EVENTS_PAGE
from travelrisk.config import settings
from travelrisk.geo.countries import countries, country_name, is_country, resolve_name, scan
from travelrisk.model.days import parse_day
from travelrisk.services import TravelRisk
from travelrisk.web.map import HEIGHT, WIDTH, local_map, world_paths

WEB = resources.files("travelrisk.web")
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
LEVEL_WORDS = {1: "normal precautions", 2: "increased caution", 3: "reconsider travel", 4: "do not travel"}


def web_link(value: object) -> str:
    """A URL fit for a link: http(s) only, so `javascript:` or `data:` from an article is never clickable."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("http://", "https://")) and not any(c in text for c in "\r\n\t") else ""


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(WEB / "templates")),
        autoescape=select_autoescape(["html", "xml", "svg"], default=True),
    )
    env.globals.update(country_name=country_name, level_words=LEVEL_WORDS)
    env.filters["words"] = lambda value: str(value or "").replace("_", " ")
    env.filters["web_link"] = web_link
    return env


class DataVersion(Protocol):
    """The store's data version as the API keeps it (checked at most twice a second per process)."""

    value: str

    def fresh(self) -> bool: ...

    def current(self) -> str: ...


class _OwnVersion:
    """A data version read from the store at most twice a second (when no shared one is given)."""

    def __init__(self, travelrisk: TravelRisk) -> None:
        self.travelrisk = travelrisk
        self.value = ""
        self.checked = 0.0

    def fresh(self) -> bool:
        return bool(self.value) and time.monotonic() - self.checked < 0.5

    def current(self) -> str:
        if not self.fresh():
            self.value, self.checked = self.travelrisk.data_version(), time.monotonic()
        return self.value


@dataclass(frozen=True)
class _Rendered:
    version: str
    status: int
    headers: dict[str, str]
    body: bytes
    gzipped: bytes


def _etag_matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    return header.strip() == "*" or any(tag.strip().removeprefix("W/") == etag for tag in header.split(","))


def shade_level(value: float | None) -> int:
    """The map class of a median or strictest level: a median of 2.5 is shaded as 3 (0: no level)."""
    return int(value + 0.5) if value else 0


def name_matches(query: str, names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Countries whose name contains the query as a word, the exact match first ("guinea" -> Guinea,
    Equatorial Guinea, Guinea-Bissau, Papua New Guinea)."""
    wanted = query.strip().casefold()
    if len(wanted) < 3:
        return []
    found = [
        (name, code) for name, code in names if re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", name.casefold())
    ]
    return sorted(found, key=lambda item: (item[0].casefold() != wanted, item[0]))


HOME_ROWS = 50  # rows of the home page's table per page (`?page=`, filtered with `?q=`)
# The country whose page warms the server up when no news is stored: it has bundled crossings and missions.
WARM_UP_COUNTRY = "CH"


def mount_dashboard(app: FastAPI, travelrisk: TravelRisk, version: DataVersion | None = None) -> None:
    env = _environment()
    app.mount("/static", StaticFiles(directory=str(WEB / "static")), name="static")
    names = sorted((country_name(code), code) for code in countries())
    data_version: DataVersion = version or _OwnVersion(travelrisk)
    rendered: dict[str, _Rendered] = {}  # touched only on the event loop

    async def cached(request: Request, render: Callable[[], HTMLResponse]) -> Response:
        """A page rendered once per data version (and day: pages say how old their data is), then served from
        memory with an ETag (304 to a client that has it) and a gzip copy made once: a repeat request does no
        database work and no rendering, and stays on the event loop."""
        current = data_version.value if data_version.fresh() else await run_in_threadpool(data_version.current)
        current += ":" + dt.date.today().isoformat()
        key = request.url.path + "?" + str(request.url.query)
        etag = '"p' + hashlib.sha1(f"{current}:{key}".encode()).hexdigest()[:20] + '"'
        hit = rendered.get(key)
        if hit is None or hit.version != current:
            response = await run_in_threadpool(render)
            body = bytes(response.body)
            hit = _Rendered(current, response.status_code, dict(response.headers), body, gzip.compress(body, 6))
            if len(rendered) > 1000:
                rendered.clear()
            rendered[key] = hit
        headers = {k: v for k, v in hit.headers.items() if k.lower() not in ("content-length", "content-type")}
        headers.update({"ETag": etag, "Cache-Control": "no-cache", "Vary": "Accept-Encoding"})
        if hit.status == 200 and _etag_matches(request.headers.get("if-none-match"), etag):
            return Response(status_code=304, headers=headers)
        if "gzip" in request.headers.get("accept-encoding", ""):
            headers["Content-Encoding"] = "gzip"
            return Response(hit.gzipped, status_code=hit.status, headers=headers, media_type="text/html")
        return Response(hit.body, status_code=hit.status, headers=headers, media_type="text/html")

    def page(template: str, status: int = 200, *, twin: str | None = None, **context: Any) -> HTMLResponse:
        html = env.get_template(template).render(country_names=names, **context)
        headers = {
            "Content-Security-Policy": CSP,
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "same-origin",
        }
        if twin:
            headers["Link"] = f'<{twin}>; rel="alternate"; type="application/json"'
        return HTMLResponse(html, status_code=status, headers=headers)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def home(request: Request, shade: str = "median", q: str = "", page: int = 1) -> Response:
        shading = "strictest" if shade == "strictest" else "median"
        return await cached(request, lambda: home_page(shading, q.strip()[:100], max(page, 1)))

    def home_page(shade: str, query: str = "", page_number: int = 1) -> HTMLResponse:
        overview = {c["country"]: c for c in travelrisk.countries()}
        paths = world_paths()
        shapes = []
        for code, d in sorted(paths.items()):
            row = overview.get(code) or {}
            shapes.append(
                {
                    "code": code,
                    "d": d,
                    "name": country_name(code),
                    "level": shade_level(row.get(shade)),
                    "median": row.get("median"),
                    "strictest": row.get("strictest"),
                    "warning": row.get("early_warning"),
                }
            )
        rows = sorted((c for c in overview.values() if c["strictest"]), key=lambda c: (-c["strictest"], c["name"]))
        if query:  # the table filtered by a country's name or code; the map shows every country
            wanted = query.casefold()
            rows = [r for r in rows if wanted in r["name"].casefold() or wanted == r["country"].casefold()]
        pages = max(1, -(-len(rows) // HOME_ROWS))
        page_number = min(page_number, pages)
        newest = max((c["coverage"]["data_as_of"] or "" for c in overview.values()), default="") or None
        return page(
            "index.html",
            twin="/v1/countries",
            shapes=shapes,
            rows=rows[(page_number - 1) * HOME_ROWS : page_number * HOME_ROWS],
            rows_total=len(rows),
            page=page_number,
            pages=pages,
            query=query,
            width=WIDTH,
            height=HEIGHT,
            data_as_of=newest,
            governments=travelrisk.governments(),
            shade=shade,
        )

    def warm_up() -> None:
        """Render the page of the country most news is about and the home page once, keeping neither (the
        caches above stay empty): the SQL statements, templates and lazily imported code a first request uses
        are ready for it. The busiest country's page is the one that runs the most of the picture's code."""
        data_version.current()
        country_page(travelrisk.busiest_country() or WARM_UP_COUNTRY, None)
        home_page("median")

    app.state.warm_up = warm_up

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return RedirectResponse("/static/favicon.svg", status_code=301)

    @app.get("/search", include_in_schema=False)
    def search(q: str = "") -> Response:
        matches = name_matches(q, names)
        if len(matches) > 1:  # "guinea", "congo": let the reader pick instead of jumping to one of them
            return page("choose.html", query=q, matches=matches)
        code = q.strip().upper() if len(q.strip()) == 2 and is_country(q.strip().upper()) else resolve_name(q)
        if not code:  # a capital or another name the text scanner knows ("Minsk", "the Kremlin")
            found = scan(q.strip()) or scan(q.strip().title())
            code = found[0].iso2 if found else None
        if code:
            return RedirectResponse(f"/countries/{code}", status_code=303)
        return page("not_found.html", status=404, query=q)

    @app.get("/countries/{iso2}", response_class=HTMLResponse, include_in_schema=False)
    async def country(request: Request, iso2: str, as_of: str | None = None) -> Response:
        return await cached(request, lambda: country_page(iso2, as_of))

    def country_page(iso2: str, as_of: str | None) -> HTMLResponse:
        code = iso2.upper()
        if not is_country(code):
            return page("not_found.html", status=404, query=iso2)
        when = parse_day(as_of, "as_of") if as_of else None
        data = travelrisk.brief(code, when)
        exits = travelrisk.exits(code, as_of=when, reports=EVENTS_PAGE)  # the newest news reports
        points = []
        unplotted = 0
        for group in exits["neighbours"]:
            for status in ("open", "restricted", "closed", "unknown"):
                for crossing in group[status]:
                    if not crossing["coordinates"]:
                        unplotted += 1
                        continue
                    points.append(
                        {
                            "lat": crossing["coordinates"][0],
                            "lon": crossing["coordinates"][1],
                            "name": crossing["names"][0],
                            "status": status,
                            "precision": crossing.get("coord_precision") or "unknown",
                        }
                    )
        return page(
            "country.html",
            twin=f"/v1/countries/{code}" + (f"?as_of={when.isoformat()}" if when else ""),
            code=code,
            name=country_name(code),
            data=data,
            exits=exits,
            small_map=local_map(code, points),
            unplotted=unplotted,
        )

    @app.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
    async def alerts(request: Request) -> Response:
        return await cached(request, alerts_page)

    def alerts_page() -> HTMLResponse:
        rows = travelrisk.public_alert_rows()
        today = dt.date.today()
        newest = max((str(row["occurred_on"]) for row in rows), default=None)
        age = (today - dt.date.fromisoformat(newest)).days if newest else None
        stale_days = settings().stale_days
        return page(
            "alerts.html",
            twin="/v1/alerts",
            rows=rows,
            newest=newest,
            age_days=age,
            today=today.isoformat(),
            stale_days=stale_days,
            older_than=(today - dt.timedelta(days=stale_days)).isoformat(),
        )
