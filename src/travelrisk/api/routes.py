"""The /v1 routes and the feeds: a few lines each over the library."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import Response
from sqlalchemy import Engine, select
from starlette.concurrency import run_in_threadpool

from travelrisk import advisories as advisories_lib
from travelrisk import brief as brief_lib
from travelrisk.api.app import Problem, country_code, day
from travelrisk.config import settings
from travelrisk.crossings import crossings_report
from travelrisk.exits import exits_report
from travelrisk.extract.pipeline import extract, extraction_json
from travelrisk.geo.countries import country_name
from travelrisk.ingest import ingest
from travelrisk.missions import missions_report
from travelrisk.sources.markup import parse_date
from travelrisk.sources.news.readers import ReadError, article_from_html, article_from_text
from travelrisk.store import advisories as advisory_repo
from travelrisk.store.db import session_scope


def countries_overview(engine: Engine, as_of: dt.date | None = None) -> list[dict[str, Any]]:
    """Every country with its strictest and median level (official feeds first, news-reported otherwise)."""
    pictures = brief_lib.all_pictures(as_of, engine=engine)
    return [
        {
            "country": code,
            "name": country_name(code),
            "strictest": p["strictest"],
            "median": p["median"],
            "issuers": len(p["levels"]),
            "early_warning": p["early_warning"]["flagged"],
        }
        for code, p in pictures.items()
    ]


def register(
    app: FastAPI, engine: Engine, cached_json: Callable[..., Response], require_key: Callable[[Request], int]
) -> None:
    @app.get("/healthz", tags=["meta"])
    def healthz() -> dict[str, Any]:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        return {"status": "ok", "database": engine.dialect.name}

    @app.get("/v1/countries", tags=["countries"])
    async def countries(request: Request, as_of: str | None = None) -> Response:
        """Every country with its strictest level."""
        return await cached_json(request, lambda: countries_overview(engine, day(as_of, "as_of")))

    @app.get("/v1/countries/{iso2}", tags=["countries"])
    async def country(request: Request, iso2: str, as_of: str | None = None) -> Response:
        """The country picture: levels, directives, reasons, regional advice, crossings, missions, timeline."""
        code = country_code(iso2)
        return await cached_json(request, lambda: brief_lib.picture(code, day(as_of, "as_of"), engine=engine))

    @app.get("/v1/countries/{iso2}/history", tags=["countries"])
    async def country_history(request: Request, iso2: str) -> Response:
        code = country_code(iso2)
        return await cached_json(
            request,
            lambda: {
                "country": code,
                "versions": advisories_lib.history(code, engine=engine),
                "changes": brief_lib.changes(dt.date.min, country=code, engine=engine),
            },
        )

    @app.get("/v1/advisories", tags=["advisories"])
    async def advisories(
        request: Request, issuer: str | None = None, subject: str | None = None, as_of: str | None = None
    ) -> Response:
        def compute() -> list[dict[str, Any]]:
            when = day(as_of, "as_of")
            with session_scope(engine) as session:
                rows = (
                    advisory_repo.current_advisories(session, country_code(subject), when)
                    if subject
                    else advisory_repo.all_current(session, when)
                )
                out = [advisories_lib.advisory_json(r) for r in rows]
            return [r for r in out if issuer is None or r["issuer"] == issuer.upper()]

        return await cached_json(request, compute)

    @app.get("/v1/events", tags=["countries"])
    async def events(request: Request, country: str, since: str | None = None) -> Response:
        code = country_code(country)
        start = day(since, "since") or dt.date.min

        def compute() -> list[dict[str, Any]]:
            return [e for e in brief_lib.picture(code, engine=engine)["events"] if e["date"] >= start.isoformat()]

        return await cached_json(request, compute)

    @app.get("/v1/crossings", tags=["ways out"])
    async def crossings(request: Request, country: str, as_of: str | None = None) -> Response:
        code = country_code(country)
        return await cached_json(request, lambda: crossings_report(code, day(as_of, "as_of"), engine=engine))

    @app.get("/v1/exits/{iso2}", tags=["ways out"])
    async def exits(
        request: Request, iso2: str, from_city: str | None = Query(None, alias="from"), as_of: str | None = None
    ) -> Response:
        code = country_code(iso2)

        def compute() -> dict[str, Any]:
            try:
                return exits_report(code, from_city=from_city, as_of=day(as_of, "as_of"), engine=engine)
            except LookupError as exc:
                raise Problem(404, "Not found", str(exc)) from None

        return await cached_json(request, compute)

    @app.get("/v1/missions", tags=["ways out"])
    async def missions(
        request: Request,
        of: str | None = None,
        in_country: str | None = Query(None, alias="in"),
        as_of: str | None = None,
    ) -> Response:
        if not of and not in_country:
            raise Problem(400, "Bad request", "give `of` and/or `in` (ISO2)")
        return await cached_json(
            request,
            lambda: missions_report(
                of=country_code(of) if of else None,
                in_country=country_code(in_country) if in_country else None,
                as_of=day(as_of, "as_of"),
                engine=engine,
            ),
        )

    @app.get("/v1/alerts", tags=["alerts"])
    async def alerts(request: Request) -> Response:
        """Alert-worthy changes; with an API key, also the alerts written for your travellers."""
        from travelrisk.advisories import change_json
        from travelrisk.notify.feeds import alerts_list, public_changes
        from travelrisk.notify.message import content_for

        if request.headers.get("authorization"):
            await run_in_threadpool(require_key, request)
            rows = await run_in_threadpool(lambda: alerts_list(engine=engine))
            return Response(
                json.dumps(rows, default=str),
                media_type="application/json",
                headers={"Cache-Control": "private, no-store"},
            )

        def compute() -> list[dict[str, Any]]:
            with session_scope(engine) as session:
                return [
                    {**change_json(c), "headline": content_for(change_json(c)).headline}
                    for c, _v in public_changes(session)
                ]

        return await cached_json(request, compute, max_age=30)

    @app.post("/v1/articles", tags=["news"], status_code=201)
    async def post_article(request: Request) -> Response:
        """An article (JSON `{text|html, id?, url?, published?, outlet?}`, or a text/html body): extracted,
        stored once, its changes and alerts recorded."""
        require_key(request)
        body = await request.body()
        if len(body) > settings().max_request_bytes:
            raise Problem(413, "Payload too large", "request body over the limit")
        content_type = request.headers.get("content-type", "")
        fields: dict[str, Any] = {}
        if "json" in content_type:
            try:
                fields = json.loads(body)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise Problem(400, "Bad request", f"body is not JSON: {exc}") from None
            if not isinstance(fields, dict):
                raise Problem(400, "Bad request", "body must be a JSON object")
        else:
            try:
                raw = body.decode("utf-8")
            except UnicodeDecodeError:
                raise Problem(400, "Bad request", "body is not UTF-8 text") from None
            fields = {"html": raw} if "html" in content_type else {"text": raw}
        article_id = str(fields.get("id") or "api")[:300]
        published = parse_date(fields.get("published"))
        if isinstance(fields.get("text"), str) and fields["text"].strip():
            article = article_from_text(
                fields["text"],
                article_id=article_id,
                source=str(fields.get("url") or "api"),
                published=published,
                url=fields.get("url"),
                outlet=fields.get("outlet"),
            )
        elif isinstance(fields.get("html"), str):
            article = article_from_html(
                fields["html"],
                article_id=article_id,
                source=str(fields.get("url") or "api"),
                url=fields.get("url"),
                published=published,
            )
            if isinstance(article, ReadError):
                raise Problem(422, "Unreadable article", article.reason)
            if fields.get("outlet"):
                article = article.model_copy(update={"outlet": fields["outlet"]})
        else:
            raise Problem(400, "Bad request", "give `text` or `html`")
        if os.environ.get("TRAVELRISK_JOB_QUEUE") == "procrastinate":
            # Cluster mode: a worker extracts and stores it; the article waits safely in PostgreSQL.
            from travelrisk.jobs import enqueue_article

            job = await run_in_threadpool(enqueue_article, article.model_dump(mode="json"))
            return Response(json.dumps({"queued": True, "job": job}), status_code=202, media_type="application/json")
        extraction = extract(article)
        result = ingest(engine, article, extraction)
        payload = {"stored": result.stored, "changes": len(result.changes), "extraction": extraction_json(extraction)}
        return Response(
            json.dumps(payload, default=str), status_code=201 if result.stored else 200, media_type="application/json"
        )

    @app.post("/v1/travellers", tags=["travellers"])
    async def post_travellers(request: Request) -> dict[str, Any]:
        """Travellers and trips as JSON (a list of `{traveller_id, name, email, citizenship, country, region,
        start, end}`); rows with problems are rejected with their item number."""
        from travelrisk.notify.registry import check_items, store_trips

        require_key(request)
        try:
            items = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise Problem(400, "Bad request", f"body is not JSON: {exc}") from None
        rows, rejected = check_items(items if isinstance(items, list) else [items])
        with session_scope(engine) as session:
            trips, travellers = store_trips(session, rows)
        return {"imported": trips, "travellers": travellers, "rejected": rejected}

    @app.get("/feeds/alerts.atom", tags=["feeds"])
    def atom(request: Request) -> Response:
        from travelrisk.notify.feeds import atom_feed

        return Response(
            atom_feed(str(request.base_url), engine=engine),
            media_type="application/atom+xml",
            headers={"Cache-Control": "public, max-age=60"},
        )

    @app.get("/feeds/cap/{iso2}.xml", tags=["feeds"])
    def cap(request: Request, iso2: str) -> Response:
        from travelrisk.notify.feeds import latest_cap

        code = country_code(iso2)
        document = latest_cap(code, str(request.base_url), engine=engine)
        if document is None:
            raise Problem(404, "Not found", f"no alert for {code} yet")
        return Response(document, media_type="application/cap+xml", headers={"Cache-Control": "public, max-age=60"})


__all__ = ["register", "select"]
