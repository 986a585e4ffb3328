"""The /v1 routes and the feeds: a few lines each over `TravelRisk` (a dashboard page and its JSON twin call
the same method)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from travelrisk.api.params import country_code, day
from travelrisk.config import settings
from travelrisk.errors import InputError, NotFound, TooLarge, UsageError
from travelrisk.extract.pipeline import extract, extraction_json
from travelrisk.model.days import check_day
from travelrisk.services import TravelRisk
from travelrisk.sources.markup import parse_date
from travelrisk.sources.news.readers import ReadError, article_from_html, article_from_text

ARTICLE_FIELDS = ("text", "html", "id", "url", "published", "outlet")
TRAVELLER_FIELDS = ("traveller_id", "name", "email", "citizenship", "country", "region", "start", "end")


class UnreadableArticle(InputError):
    title = "Unreadable article"


def register(
    app: FastAPI, travelrisk: TravelRisk, cached_json: Callable[..., Any], require_key: Callable[..., int]
) -> None:
    @app.get("/healthz", tags=["meta"])
    def healthz() -> dict[str, Any]:
        return travelrisk.ping()

    @app.get("/readyz", tags=["meta"], include_in_schema=False)
    async def readyz() -> Response:
        """Ready to serve: the database answers and its schema is the code's (503 otherwise). /healthz only
        says the process is up."""
        try:
            checks = await run_in_threadpool(travelrisk.readiness)
        except Exception as exc:  # any failure to reach or read the database means not ready
            body = {"status": "not ready", "error": f"{exc.__class__.__name__}: {exc}"[:300]}
            return Response(json.dumps(body), status_code=503, media_type="application/json")
        return Response(json.dumps({"status": "ready", **checks}), media_type="application/json")

    @app.get("/metrics", tags=["meta"], include_in_schema=False)
    async def metrics() -> Response:
        """Prometheus text format: delivery queue and latency, source sync ages, articles stored."""
        from travelrisk.api.metrics import CONTENT_TYPE, render

        figures = await run_in_threadpool(travelrisk.metrics)
        return Response(render(figures), media_type=CONTENT_TYPE, headers={"Cache-Control": "no-store"})

    @app.get("/v1/countries", tags=["countries"])
    async def countries(request: Request, as_of: str | None = None) -> Response:
        """Every country with its strictest level."""
        return await cached_json(request, lambda: travelrisk.countries(day(as_of, "as_of")))

    @app.get("/v1/countries.csv", tags=["countries"], response_class=Response)
    async def countries_csv(request: Request, as_of: str | None = None) -> Response:
        """Every country with its strictest and median level, as CSV (strictest first)."""
        return await cached_json(
            request, lambda: travelrisk.countries_csv(day(as_of, "as_of")), media_type="text/csv; charset=utf-8"
        )

    @app.get("/v1/countries.geojson", tags=["countries"], response_class=Response)
    async def countries_geojson(request: Request, as_of: str | None = None) -> Response:
        """The world picture as a GeoJSON FeatureCollection: each country's shape with its levels."""
        return await cached_json(
            request, lambda: travelrisk.countries_geojson(day(as_of, "as_of")), media_type="application/geo+json"
        )

    @app.get("/v1/countries/{iso2}", tags=["countries"])
    async def country(request: Request, iso2: str, as_of: str | None = None) -> Response:
        """The country picture: levels, directives, reasons, regional advice, crossings, missions, timeline."""
        code = country_code(iso2)
        return await cached_json(request, lambda: travelrisk.brief(code, day(as_of, "as_of")))

    @app.get("/v1/countries/{iso2}/events", tags=["countries"])
    async def country_events(
        request: Request,
        iso2: str,
        cursor: str | None = None,
        limit: int = Query(20, ge=1, le=500),  # the bounds the picture service keeps, stated in the schema
        as_of: str | None = None,
    ) -> Response:
        code = country_code(iso2)
        return await cached_json(
            request,
            lambda: travelrisk.events_page(code, cursor=cursor, limit=limit, as_of=day(as_of, "as_of")),
        )

    @app.get("/v1/countries/{iso2}/history", tags=["countries"])
    async def country_history(request: Request, iso2: str) -> Response:
        code = country_code(iso2)
        return await cached_json(
            request,
            lambda: {
                "country": code,
                "versions": travelrisk.history(code),
                "changes": travelrisk.changes(dt.date.min, country=code),
            },
        )

    @app.get("/v1/advisories", tags=["advisories"])
    async def advisories(
        request: Request, issuer: str | None = None, subject: str | None = None, as_of: str | None = None
    ) -> Response:
        return await cached_json(
            request,
            lambda: travelrisk.current_advisories(
                subject=country_code(subject) if subject else None, issuer=issuer, as_of=day(as_of, "as_of")
            ),
        )

    @app.get("/v1/events", tags=["countries"])
    async def events(request: Request, country: str, since: str | None = None) -> Response:
        code = country_code(country)
        start = day(since, "since") or dt.date.min
        return await cached_json(request, lambda: travelrisk.events(code, start))

    @app.get("/v1/crossings", tags=["ways out"])
    async def crossings(request: Request, country: str, as_of: str | None = None) -> Response:
        code = country_code(country)
        return await cached_json(request, lambda: travelrisk.crossings(code, day(as_of, "as_of")))

    @app.get("/v1/exits/{iso2}", tags=["ways out"])
    async def exits(
        request: Request, iso2: str, from_city: str | None = Query(None, alias="from"), as_of: str | None = None
    ) -> Response:
        code = country_code(iso2)
        return await cached_json(
            request, lambda: travelrisk.exits(code, from_city=from_city, as_of=day(as_of, "as_of"))
        )

    @app.get("/v1/missions", tags=["ways out"])
    async def missions(
        request: Request,
        of: str | None = None,
        in_country: str | None = Query(None, alias="in"),
        as_of: str | None = None,
    ) -> Response:
        if not of and not in_country:
            raise UsageError("give `of` and/or `in` (ISO2)")
        return await cached_json(
            request,
            lambda: travelrisk.missions(
                of=country_code(of) if of else None,
                in_country=country_code(in_country) if in_country else None,
                as_of=day(as_of, "as_of"),
            ),
        )

    @app.get("/v1/alerts", tags=["alerts"])
    async def alerts(request: Request) -> Response:
        """Alert-worthy changes; with an API key, also the alerts written for your travellers."""
        if request.headers.get("authorization"):
            # Traveller ids: only for keys with the alerts scope; a read, so no write quota is spent.
            await run_in_threadpool(lambda: require_key(request, scope="alerts", count=False))
            rows = await run_in_threadpool(travelrisk.alerts)
            return Response(
                json.dumps(rows, default=str),
                media_type="application/json",
                headers={"Cache-Control": "private, no-store"},
            )
        return await cached_json(request, travelrisk.public_alerts, max_age=30)

    @app.post("/v1/articles", tags=["news"], status_code=201)
    async def post_article(request: Request) -> Response:
        """An article (JSON `{text|html, id?, url?, published?, outlet?}`, or a text/html body): extracted,
        stored once, its changes and alerts recorded."""
        require_key(request)
        body = await request.body()
        if len(body) > settings().max_request_bytes:
            raise TooLarge("request body over the limit")
        content_type = request.headers.get("content-type", "")
        fields: dict[str, Any] = {}
        if "json" in content_type:
            try:
                fields = json.loads(body)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise UsageError(f"body is not JSON: {exc}") from None
            if not isinstance(fields, dict):
                raise UsageError("body must be a JSON object")
        else:
            try:
                raw = body.decode("utf-8")
            except UnicodeDecodeError:
                raise UsageError("body is not UTF-8 text") from None
            fields = {"html": raw} if "html" in content_type else {"text": raw}
        for name in ARTICLE_FIELDS:
            if fields.get(name) is not None and not isinstance(fields[name], str):
                raise UsageError(f"`{name}` must be a string, not {type(fields[name]).__name__}")
        if fields.get("url") and not str(fields["url"]).strip().lower().startswith(("http://", "https://")):
            raise UsageError("`url` must be an http(s) URL")
        article_id = str(fields.get("id") or "api")[:300]
        published = parse_date(fields.get("published"))
        if published is not None:
            check_day(published, "published")
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
            read = article_from_html(
                fields["html"],
                article_id=article_id,
                source=str(fields.get("url") or "api"),
                url=fields.get("url"),
                published=published,
            )
            if isinstance(read, ReadError):
                raise UnreadableArticle(read.name, read.reason)
            article = read.model_copy(update={"outlet": fields["outlet"]}) if fields.get("outlet") else read
        else:
            raise UsageError("give `text` or `html`")
        if settings().job_queue == "procrastinate":
            # Cluster mode: a worker extracts and stores it; the article waits safely in PostgreSQL.
            from travelrisk.cluster.jobs import enqueue_article

            job = await run_in_threadpool(enqueue_article, article.model_dump(mode="json"))
            return Response(json.dumps({"queued": True, "job": job}), status_code=202, media_type="application/json")
        extraction = extract(article)
        result = travelrisk.ingest(article, extraction)
        payload = {"stored": result.stored, "changes": len(result.changes), "extraction": extraction_json(extraction)}
        return Response(
            json.dumps(payload, default=str), status_code=201 if result.stored else 200, media_type="application/json"
        )

    @app.post("/v1/travellers", tags=["travellers"])
    async def post_travellers(request: Request) -> dict[str, Any]:
        """Travellers and trips as JSON (a list of `{traveller_id, name, email, citizenship, country, region,
        start, end}`); rows with problems are rejected with their item number."""
        require_key(request)
        try:
            items = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise UsageError(f"body is not JSON: {exc}") from None
        items = items if isinstance(items, list) else [items]
        for number, item in enumerate(items, 1):  # a malformed request is refused whole; bad rows one by one
            if not isinstance(item, dict):
                raise UsageError(f"item {number}: must be a JSON object, not {type(item).__name__}")
            for name in TRAVELLER_FIELDS:
                if item.get(name) is not None and not isinstance(item[name], str):
                    raise UsageError(f"item {number}: `{name}` must be a string, not {type(item[name]).__name__}")
        result = travelrisk.add_travellers(items)
        return {"imported": result.imported, "travellers": result.travellers, "rejected": result.rejected}

    # Feeds name the server by TRAVELRISK_PUBLIC_URL, never by the request's Host header: a cached feed must not
    # carry a link an attacker chose, and an Atom id must not change with the name a client used.
    @app.get("/feeds/alerts.atom", tags=["feeds"])
    async def atom(request: Request) -> Response:
        # Built once per data version, like every read (ETag/304 included).
        public_url = settings().public_url
        return await cached_json(
            request, lambda: travelrisk.atom_feed(public_url).decode("utf-8"), media_type="application/atom+xml"
        )

    @app.get("/feeds/cap/{iso2}.xml", tags=["feeds"])
    def cap(request: Request, iso2: str) -> Response:
        code = country_code(iso2)
        document = travelrisk.latest_cap(code, settings().public_url)
        if document is None:
            raise NotFound(f"no alert for {code} yet")
        return Response(document, media_type="application/cap+xml", headers={"Cache-Control": "public, max-age=60"})
