"""/docs (Swagger UI) and /redoc served from assets installed with a package (fastapi-offline bundles them), so
the API documentation works with no internet and its pages name no other host. Each page gets a strict
Content-Security-Policy: scripts from this server only (Swagger UI's one inline start-up script by its hash)."""

from __future__ import annotations

import base64
import hashlib
import re
from importlib import resources

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.staticfiles import StaticFiles
from starlette.responses import HTMLResponse

ASSETS_URL = "/static-docs"


def _csp(html: str) -> str:
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"
        for script in re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    )
    return (
        f"default-src 'self'; script-src 'self' {hashes}; ".replace("  ", " ")
        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    )


def _page(html: str) -> HTMLResponse:
    return HTMLResponse(html, headers={"Content-Security-Policy": _csp(html), "X-Frame-Options": "DENY"})


def mount_docs(app: FastAPI) -> None:
    """Needs an app created with docs_url=None and redoc_url=None (FastAPI's own pages load from a CDN)."""
    assets = resources.files("fastapi_offline") / "static"
    app.mount(ASSETS_URL, StaticFiles(directory=str(assets)), name="static-docs")
    openapi_url = app.openapi_url or "/openapi.json"
    swagger = bytes(
        get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{app.title} API",
            swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS_URL}/favicon.png",
            swagger_ui_parameters={"validatorUrl": None},  # the default sends the document to an outside validator
        ).body
    ).decode()
    redoc = bytes(
        get_redoc_html(
            openapi_url=openapi_url,
            title=f"{app.title} API",
            redoc_js_url=f"{ASSETS_URL}/redoc.standalone.js",
            redoc_favicon_url=f"{ASSETS_URL}/favicon.png",
            with_google_fonts=False,
        ).body
    ).decode()

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return _page(swagger)

    @app.get("/redoc", include_in_schema=False)
    def redoc_page() -> HTMLResponse:
        return _page(redoc)
