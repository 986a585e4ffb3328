"""HEAD and OPTIONS for every route (FastAPI routes answer only the methods they were declared with): HEAD is
the GET without its body, OPTIONS lists the methods in `Allow`. A pure ASGI middleware."""

from __future__ import annotations

from typing import Any

from starlette.routing import Match


def allowed_methods(app: Any, scope: dict[str, Any]) -> set[str]:
    """The methods the routes matching this path answer (with HEAD and OPTIONS wherever GET is)."""
    methods: set[str] = set()
    probe = {**scope, "method": "GET"}
    for route in getattr(app, "routes", []):
        match, _child = route.matches(probe)
        if match is Match.NONE:
            continue
        declared = getattr(route, "methods", None)
        methods |= set(declared) if declared else {"GET"}  # a mount (static files) answers GET
    if "GET" in methods:
        methods |= {"HEAD", "OPTIONS"}
    return methods


class MethodGuard:
    def __init__(self, app: Any, router: Any) -> None:
        self.app = app
        self.router = router  # the FastAPI app, whose routes say which methods a path answers

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] not in ("HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        allowed = allowed_methods(self.router, scope)
        if not allowed or "GET" not in allowed:
            await self.app(scope, receive, send)  # the router answers 404 or 405 (with Allow)
            return
        if scope["method"] == "OPTIONS":
            await send(
                {
                    "type": "http.response.start",
                    "status": 204,
                    "headers": [(b"allow", ", ".join(sorted(allowed)).encode())],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return

        async def without_body(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b"", "more_body": message.get("more_body", False)}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)
