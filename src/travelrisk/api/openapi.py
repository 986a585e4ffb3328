"""What /openapi.json says about the API, beyond what FastAPI infers from the routes: the Bearer key, request
bodies of the routes that read their body themselves, the shapes of the main responses, the problem+json
errors every route can answer, the feeds' media types, and dates as dates.

The routes stay a few lines over `TravelRisk`; this module is the contract clients (and schemathesis in the
tests) hold them to. Response shapes name the fields clients rely on and leave room for new ones."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

PROBLEM = "application/problem+json"
SECURITY_SCHEME = "apiKey"
DATE_PARAMETERS = ("as_of", "since")
DAY_PATTERN = "^(19[0-9][0-9]|2[0-9][0-9][0-9])-"  # the years model/days.py accepts
# Operations that need a key, and the one where a key is optional (it adds the alerts of your travellers).
WRITES = {("/v1/articles", "post"), ("/v1/travellers", "post")}
KEY_OPTIONAL = {("/v1/alerts", "get")}
# Routes that answer in another format than JSON: media type and schema of the 200.
MEDIA: dict[str, tuple[str, dict[str, Any]]] = {
    "/feeds/alerts.atom": ("application/atom+xml", {"type": "string"}),
    "/feeds/cap/{iso2}.xml": ("application/cap+xml", {"type": "string"}),
    "/v1/countries.csv": ("text/csv", {"type": "string"}),
    "/v1/countries.geojson": (
        "application/geo+json",
        {"type": "object", "properties": {"type": {"const": "FeatureCollection"}}, "required": ["type"]},
    ),
}


def _object(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(required), "additionalProperties": True}


def _list_of(name: str) -> dict[str, Any]:
    return {"type": "array", "items": {"$ref": f"#/components/schemas/{name}"}}


_NULLABLE_STRING = {"type": ["string", "null"]}
_NULLABLE_LEVEL = {"type": ["integer", "null"], "minimum": 1, "maximum": 4}
_DAY = {"type": "string", "format": "date"}

SCHEMAS: dict[str, dict[str, Any]] = {
    "Problem": _object(
        {
            "type": {"type": "string"},
            "title": {"type": "string"},
            "status": {"type": "integer"},
            "detail": {"type": "string"},
            "instance": {"type": "string"},
            "errors": {"type": "array", "items": {"type": "object"}},
        },
        ("type", "title", "status", "detail"),
    ),
    "Health": _object({"status": {"type": "string"}, "database": {"type": "string"}}, ("status",)),
    "CountrySummary": _object(
        {
            "country": {"type": "string", "description": "ISO 3166-1 alpha-2"},
            "name": {"type": "string"},
            "strictest": _NULLABLE_LEVEL,
            "median": {"type": ["number", "null"]},
            "issuers": {"type": "integer"},
            "early_warning": {"type": "boolean"},
        },
        ("country",),
    ),
    "CountryPicture": _object(
        {
            "country": {"type": "string"},
            "as_of": _DAY,
            "levels": {"type": "array", "items": {"type": "object"}},
            "strictest": _NULLABLE_LEVEL,
            "directives": {"type": "array", "items": {"type": "object"}},
            "reasons": {"type": "array", "items": {"type": "object"}},
            "regional": {"type": "array", "items": {"type": "object"}},
            "crossings": {"type": "object"},
            "missions": {"type": "array", "items": {"type": "object"}},
            "events": {
                "type": "array",
                "items": {"type": "object"},
                "description": "the newest events (at most 20); the rest: /v1/countries/{iso2}/events",
            },
            "events_total": {"type": "integer", "description": "how many events the timeline holds"},
            "events_by_kind": {"type": "object", "additionalProperties": {"type": "integer"}},
            "events_next": {"type": ["string", "null"], "description": "cursor of the next page of events"},
            "changes": {"type": "array", "items": {"type": "object"}},
        },
        ("country",),
    ),
    "EventPage": _object(
        {
            "country": {"type": "string"},
            "as_of": _DAY,
            "events": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
            "events_total": {"type": "integer"},
            "events_by_kind": {"type": "object", "additionalProperties": {"type": "integer"}},
            "next": {"type": ["string", "null"], "description": "cursor of the next page (null: the last page)"},
        },
        ("country", "events", "events_total", "next"),
    ),
    "CountryHistory": _object(
        {
            "country": {"type": "string"},
            "versions": {"type": "array", "items": {"type": "object"}},
            "changes": {"type": "array", "items": {"type": "object"}},
        },
        ("country", "versions", "changes"),
    ),
    "Advisory": _object({"issuer": {"type": "string"}, "subject": _NULLABLE_STRING, "level": _NULLABLE_LEVEL}),
    "Event": _object({"date": _NULLABLE_STRING, "kind": {"type": "string"}, "evidence": {}}, ("kind",)),
    "Crossing": _object(
        {
            "id": {"type": "string"},
            "countries": {"type": "array", "items": {"type": "string"}},
            "names": {"type": "array", "items": {"type": "string"}},
            "status": {"type": "string", "description": "open, closed, restricted or unknown"},
            "since": _NULLABLE_STRING,
        }
    ),
    "Exits": _object(
        {"country": {"type": "string"}, "as_of": _DAY, "neighbours": {"type": "array", "items": {"type": "object"}}},
        ("country", "neighbours"),
    ),
    "Mission": _object(
        {
            "id": {"type": "string"},
            "mission_of": {"type": "string"},
            "in_country": {"type": "string"},
            "status": _NULLABLE_STRING,
        }
    ),
    "Alert": _object(
        {"kind": {"type": "string"}, "country": {"type": "string"}, "headline": {"type": "string"}},
        ("country",),
    ),
    "ArticleIn": {
        "type": "object",
        "properties": {
            "text": {
                "type": ["string", "null"],
                "pattern": "\\S",
                "description": "the article as plain text (or give html)",
            },
            "html": {"type": ["string", "null"], "description": "the article page as HTML (used when text is absent)"},
            "id": {"type": ["string", "null"], "description": "your id for it (at most 300 characters kept)"},
            "url": _NULLABLE_STRING,
            "published": {"type": ["string", "null"], "description": "ISO 8601 or RFC 822 date"},
            "outlet": _NULLABLE_STRING,
        },
        "anyOf": [{"required": ["text"]}, {"required": ["html"]}],
    },
    "ArticleResult": _object(
        {
            "stored": {"type": "boolean", "description": "false when the same article was stored before"},
            "changes": {"type": "integer"},
            "extraction": {"type": "object"},
            "queued": {"type": "boolean", "description": "cluster mode (202): a worker will extract it"},
            "job": {},
        }
    ),
    # Every field is checked row by row: a row missing one, or with a bad value, is rejected by its item number
    # and the others imported (200). Only a body of the wrong shape or type is refused whole (400).
    "TravellerIn": {
        "type": "object",
        "description": "One trip. Needed: traveller_id, country (ISO2), start and end (YYYY-MM-DD).",
        "properties": {
            name: _NULLABLE_STRING
            for name in ("traveller_id", "name", "email", "citizenship", "country", "region", "start", "end")
        },
    },
    "TravellersResult": _object(
        {
            "imported": {"type": "integer"},
            "travellers": {"type": "integer"},
            "rejected": {"type": "array", "items": {}},
        },
        ("imported", "travellers", "rejected"),
    ),
}

RESPONSES: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {
    ("/healthz", "get"): ("200", {"$ref": "#/components/schemas/Health"}),
    ("/v1/countries", "get"): ("200", _list_of("CountrySummary")),
    ("/v1/countries/{iso2}", "get"): ("200", {"$ref": "#/components/schemas/CountryPicture"}),
    ("/v1/countries/{iso2}/history", "get"): ("200", {"$ref": "#/components/schemas/CountryHistory"}),
    ("/v1/countries/{iso2}/events", "get"): ("200", {"$ref": "#/components/schemas/EventPage"}),
    ("/v1/advisories", "get"): ("200", _list_of("Advisory")),
    ("/v1/events", "get"): ("200", _list_of("Event")),
    ("/v1/crossings", "get"): ("200", _list_of("Crossing")),
    ("/v1/exits/{iso2}", "get"): ("200", {"$ref": "#/components/schemas/Exits"}),
    ("/v1/missions", "get"): ("200", _list_of("Mission")),
    ("/v1/alerts", "get"): ("200", _list_of("Alert")),
    ("/v1/articles", "post"): ("201", {"$ref": "#/components/schemas/ArticleResult"}),
    ("/v1/travellers", "post"): ("200", {"$ref": "#/components/schemas/TravellersResult"}),
}

REQUEST_BODIES: dict[tuple[str, str], dict[str, Any]] = {
    ("/v1/articles", "post"): {
        "required": True,
        "description": "The article: JSON with `text` or `html`, or the text itself (text/plain) or its page "
        "(text/html). At most TRAVELRISK_MAX_REQUEST_BYTES (2 MiB by default).",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/ArticleIn"}},
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        },
    },
    ("/v1/travellers", "post"): {
        "required": True,
        "description": "One traveller's trip or a list of them; rows with problems are rejected with their "
        "item number, the others imported.",
        "content": {
            "application/json": {
                "schema": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/TravellerIn"},
                        {"type": "array", "items": {"$ref": "#/components/schemas/TravellerIn"}},
                    ]
                }
            }
        },
    },
}

ERRORS = {
    "400": "Bad request: a parameter or the body is malformed (the detail names it)",
    "401": "No API key, or not a valid one (unknown, revoked or expired)",
    "403": "The key lacks the scope this needs (write for POSTs, alerts for your travellers' alerts)",
    "404": "No such country, crossing or document",
    "413": "The request body is over the limit",
    "422": "The request does not match the API",
    "429": "Too many writes for this key; retry after the time in Retry-After",
}


def _problem(description: str) -> dict[str, Any]:
    return {"description": description, "content": {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}}


def enrich(schema: dict[str, Any]) -> dict[str, Any]:
    """The generated document with the contract filled in (pure: a dict in, the same dict out)."""
    components = schema.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    schemas.update(SCHEMAS)
    components["securitySchemes"] = {
        SECURITY_SCHEME: {
            "type": "http",
            "scheme": "bearer",
            "description": "An API key from `travelrisk apikeys create NAME`, sent as `Authorization: Bearer KEY`. "
            "Scopes: `write` for POSTs, `alerts` to see your travellers' alerts on /v1/alerts.",
        }
    }
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            where = (path, method)
            responses = operation.setdefault("responses", {})
            for parameter in operation.get("parameters", []):
                if parameter.get("name") in DATE_PARAMETERS:
                    parameter["schema"] = {
                        "type": "string",
                        "format": "date",
                        "pattern": DAY_PATTERN,
                        "title": parameter["name"],
                    }
                    parameter["description"] = "a day, YYYY-MM-DD (1900-01-01 to 2999-12-31)"
            if where in RESPONSES:
                status, body = RESPONSES[where]
                responses.pop("200" if status != "200" else "", None)
                entry = responses.setdefault(status, {"description": "Successful Response"})
                entry["content"] = {"application/json": {"schema": body}}
            if where == ("/v1/articles", "post"):
                responses["200"] = {
                    "description": "The same article was stored before (nothing new)",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleResult"}}},
                }
                responses["202"] = {
                    "description": "Cluster mode: queued for a worker",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleResult"}}},
                }
            if path in MEDIA:
                media, body_schema = MEDIA[path]
                responses["200"] = {"description": "The document", "content": {media: {"schema": body_schema}}}
            if where in REQUEST_BODIES:
                operation["requestBody"] = REQUEST_BODIES[where]
            if where in WRITES:
                operation["security"] = [{SECURITY_SCHEME: []}]
            elif where in KEY_OPTIONAL:
                operation["security"] = [{}, {SECURITY_SCHEME: []}]
            codes = ["400", "404", "422"]
            if where in WRITES or where in KEY_OPTIONAL:
                codes += ["401", "403", "429"]
            if method in ("post", "put", "patch"):
                codes.append("413")
            for code in codes:
                responses[code] = _problem(ERRORS[code])
            if "429" in responses:
                responses["429"]["headers"] = {
                    "Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}
                }
    return schema


def install(app: FastAPI) -> None:
    """Serve the enriched document at /openapi.json (built once, on first request)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = enrich(
                get_openapi(
                    title=app.title,
                    version=app.version,
                    description=app.description,
                    routes=app.routes,
                    tags=app.openapi_tags,
                )
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
