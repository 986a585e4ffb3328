"""The FastAPI application: JSON API under /v1, feeds, and the server-rendered dashboard.

Reads are open and carry ETag/Cache-Control (the ETag is the store's data version, so every API process
agrees on it); writes need an API key (`Authorization: Bearer`), are rate-limited per key in the database,
and request bodies are capped. Errors are RFC 9457 problem+json.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import gzip
import hashlib
import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from travelrisk.api.docs import mount_docs
from travelrisk.api.headers import SecurityHeaders
from travelrisk.api.methods import MethodGuard, allowed_methods
from travelrisk.api.openapi import install as install_openapi
from travelrisk.api.routes import register
from travelrisk.config import settings
from travelrisk.errors import RateLimited, TooLarge, TravelriskError
from travelrisk.geo.countries import scan
from travelrisk.geo.missions import bundled_missions
from travelrisk.services import TravelRisk
from travelrisk.sources.registry import official_sources
from travelrisk.web.map import world_paths
from travelrisk.web.views import mount_dashboard

PROBLEM = "application/problem+json"
logger = logging.getLogger("travelrisk.api")


def problem_response(request: Request, status: int, title: str, detail: str, **extra: Any) -> JSONResponse:
    body = {
        "type": f"https://travelrisk.dev/problems/{title.lower().replace(' ', '-')}",
        "title": title,
        "status": status,
        "detail": detail,
        "instance": request.url.path,
        **extra,
    }
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def _encode(data: Any) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else json.dumps(data, ensure_ascii=False, default=str).encode()


def etag_matches(header: str | None, etag: str) -> bool:
    """If-None-Match (RFC 9110 13.1.2): `*`, or a list of tags compared weakly (W/ ignored)."""
    if not header:
        return False
    if header.strip() == "*":
        return True
    wanted = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == wanted for tag in header.split(","))


class DataVersion:
    """The store's data version: changes whenever anything a read shows changes. Checked at most twice a
    second per process, so caches and ETags follow the database, which all processes share."""

    def __init__(self, travelrisk: TravelRisk) -> None:
        self.travelrisk = travelrisk
        self.value = ""
        self.checked = 0.0
        self.lock = threading.Lock()

    def invalidate(self) -> None:
        self.checked = 0.0

    def fresh(self) -> bool:
        return bool(self.value) and time.monotonic() - self.checked < 0.5

    def current(self) -> str:
        now = time.monotonic()
        if now - self.checked < 0.5 and self.value:
            return self.value
        with self.lock:
            self.value = self.travelrisk.data_version()
            self.checked = now
        return self.value


class BodyTooLarge(TooLarge):
    """Raised from inside `receive` once a streamed body passes the cap (whatever it declared)."""


class WriteGuard:
    """Pure ASGI middleware (no per-request task overhead): refuses bodies over the cap (413) — at once when
    Content-Length says so, and while streaming when a chunked body passes the cap, without reading the rest —
    and after any write lets this process see the new data version at once."""

    def __init__(self, app: Any, version: DataVersion) -> None:
        self.app = app
        self.version = version

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = settings().max_request_bytes
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            response = problem_response(
                Request(scope), 413, "Payload too large", f"request bodies are limited to {limit} bytes"
            )
            await response(scope, receive, send)
            return
        received = 0
        started = False

        async def counted_receive() -> Any:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(f"request bodies are limited to {limit} bytes")
            return message

        async def watched_send(message: Any) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, watched_send)
        except BodyTooLarge as exc:
            if started:
                raise
            response = problem_response(Request(scope), 413, "Payload too large", str(exc))
            await response(scope, receive, send)
        finally:
            self.version.invalidate()  # others processes see it within half a second


def _warm_up(app: FastAPI) -> None:
    """Run the dashboard's warm-up (see mount_dashboard), then close the connections it opened: the first
    request starts with compiled statements but without their pages in a connection's cache. A failure here
    costs the first request its speed, never the server."""
    started = time.perf_counter()
    try:
        app.state.warm_up()
    except Exception:
        logger.warning("warm-up failed; the first requests compile what they use", exc_info=True)
    else:
        logger.info("warmed up in %.2f s", time.perf_counter() - started)
    finally:
        engine = app.state.travelrisk.engine
        if engine.url.database not in (None, "", ":memory:"):  # an in-memory database lives in its connection
            engine.dispose()


@contextlib.asynccontextmanager
async def _lifespan(_app: FastAPI) -> AsyncIterator[None]:
    # Load the bundled data once, then move everything alive now out of the garbage collector's reach:
    # full collections over these long-lived objects were the main source of tail latency.
    world_paths()
    scan("Belarus")
    # and what a first picture reads besides the database: the missions list, the registered sources
    bundled_missions()
    official_sources()
    if settings().warm_up:
        _warm_up(_app)
    gc.collect()
    gc.freeze()
    yield


def create_app(database_url: str | None = None) -> FastAPI:
    travelrisk = TravelRisk(database_url)
    version = DataVersion(travelrisk)
    cache: dict[str, tuple[str, bytes]] = {}  # touched only on the event loop
    gzip_cache: dict[str, tuple[str, bytes]] = {}  # the same bodies, compressed
    app = FastAPI(
        title="travelrisk",
        version="0.1.0",
        description="Open travel-risk intelligence: official advisories on one scale, news facts with "
        "evidence, crossings, missions, alerts.",
        lifespan=_lifespan,
        docs_url=None,  # served from installed assets by mount_docs, not from a CDN
        redoc_url=None,
    )
    app.state.travelrisk = travelrisk
    app.add_middleware(WriteGuard, version=version)
    app.add_middleware(MethodGuard, router=app)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)  # what cached_json did not compress

    @app.exception_handler(TravelriskError)
    async def _problem(request: Request, exc: TravelriskError) -> JSONResponse:
        response = problem_response(request, exc.http_status, exc.title, str(exc))
        if isinstance(exc, RateLimited):
            response.headers["Retry-After"] = str(max(1, exc.retry_after))
        return response

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        titles = {404: "Not found", 405: "Method not allowed", 401: "Unauthorized"}
        response = problem_response(
            request, exc.status_code, titles.get(exc.status_code, "HTTP error"), str(exc.detail)
        )
        if exc.status_code == 405:
            # RFC 9110: a 405 lists what the resource does answer (HEAD and OPTIONS wherever GET is).
            response.headers["Allow"] = ", ".join(sorted(allowed_methods(app, dict(request.scope))))
        for name, value in (exc.headers or {}).items():
            if name.lower() != "allow":
                response.headers[name] = value
        return response

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:
        # A bug, not the client's fault: still problem+json, and the details stay in the server's log.
        logger.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(request, 500, "Internal error", "the server failed on this request; it is logged")

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": list(e["loc"]), "msg": e["msg"]} for e in exc.errors()]
        return problem_response(request, 422, "Invalid request", "the request does not match the API", errors=errors)

    async def cached_json(
        request: Request, compute: Callable[[], Any], *, max_age: int = 60, media_type: str = "application/json"
    ) -> Response:
        """A read: served from the cache for the current data version, with ETag and Cache-Control. Cache hits
        stay on the event loop; database checks and computations run in the thread pool. `compute` returns
        data for JSON, or the finished text of another `media_type` (CSV)."""
        current = version.value if version.fresh() else await run_in_threadpool(version.current)
        current += ":" + dt.date.today().isoformat()  # pictures of "today" (their stale flags) change with the day
        key = request.url.path + "?" + str(request.url.query)
        etag = '"' + hashlib.sha1(f"{current}:{key}".encode()).hexdigest()[:20] + '"'
        gzip_etag = etag[:-1] + '-gzip"'  # each representation its own tag; either one revalidates
        compressed = "gzip" in request.headers.get("accept-encoding", "")
        headers = {
            "ETag": gzip_etag if compressed else etag,
            "Cache-Control": f"public, max-age={max_age}",
            "Vary": "Accept-Encoding",
        }
        wanted = request.headers.get("if-none-match")
        if etag_matches(wanted, etag) or etag_matches(wanted, gzip_etag):
            return Response(status_code=304, headers=headers)
        hit = cache.get(key)
        if hit and hit[0] == current:
            body = hit[1]
        else:
            body = await run_in_threadpool(lambda: _encode(compute()))
            if len(cache) > 2000:
                cache.clear()
                gzip_cache.clear()
            cache[key] = (current, body)
        if compressed and len(body) >= 1024:
            # Compressed once per data version, not on every request (the GZip middleware leaves it alone).
            packed = gzip_cache.get(key)
            if not packed or packed[0] != current:
                packed = (current, await run_in_threadpool(gzip.compress, body, 6))
                gzip_cache[key] = packed
            headers["Content-Encoding"] = "gzip"
            return Response(content=packed[1], media_type=media_type, headers=headers)
        return Response(content=body, media_type=media_type, headers=headers)

    def require_key(request: Request, *, scope: str = "write", count: bool = True) -> int:
        header = request.headers.get("authorization", "")
        token = header[7:].strip() if header.lower().startswith("bearer ") else None
        return travelrisk.authorize(token, scope=scope, count=count)

    register(app, travelrisk, cached_json, require_key)
    mount_dashboard(app, travelrisk, version)
    install_openapi(app)
    mount_docs(app)
    return app


__all__ = ["create_app"]
