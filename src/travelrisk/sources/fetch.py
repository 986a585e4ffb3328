"""The only place that speaks HTTP: identifying User-Agent, timeouts, a response size cap, conditional GET."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from travelrisk.config import settings
from travelrisk.errors import InputError, Offline


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int  # 200, or 304 when the validators say nothing changed
    content: bytes
    etag: str | None
    last_modified: str | None


def client() -> httpx.Client:
    config = settings()
    return httpx.Client(
        headers={"User-Agent": config.user_agent, "Accept": "application/json, application/xml;q=0.9, */*;q=0.5"},
        timeout=httpx.Timeout(config.http_timeout, connect=min(config.http_timeout, 10.0)),
        follow_redirects=True,
    )


def fetch(
    url: str,
    *,
    http: httpx.Client,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int | None = None,
) -> Fetched:
    """GET `url`; sends If-None-Match / If-Modified-Since; refuses bodies over `max_bytes`."""
    limit = max_bytes or settings().http_max_bytes
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with http.stream("GET", url, headers=headers) as response:
            if response.status_code == 304:
                return Fetched(url, 304, b"", etag, last_modified)
            if response.status_code != 200:
                raise InputError(url, f"HTTP {response.status_code}")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise InputError(url, f"response of {declared} bytes is over the {limit}-byte cap")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise InputError(url, f"response is over the {limit}-byte cap")
                chunks.append(chunk)
            return Fetched(
                url, 200, b"".join(chunks), response.headers.get("ETag"), response.headers.get("Last-Modified")
            )
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise Offline(f"cannot reach {httpx.URL(url).host}: {exc}") from exc
    except httpx.TimeoutException as exc:
        raise InputError(url, f"timed out ({exc.__class__.__name__})") from exc
    except httpx.HTTPError as exc:
        raise InputError(url, f"HTTP error: {exc}") from exc
