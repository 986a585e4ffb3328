"""The one error tree. Everything travelrisk raises on purpose is a `TravelriskError`; each subclass says how
the shells report it: the CLI prints one line and exits with `exit_code`, the API answers problem+json with
`http_status` and `title`. Anything else escaping is a bug.

- `InputError`: an input (file, payload, article, CSV row) is malformed; names the input and the problem.
- `UsageError`: a caller asked for something impossible (unknown source, bad status, missing option).
- `NotFound`: a country, crossing, city, alert or source that does not exist.
- `Offline`: the network or a host cannot be reached; nothing was fetched.
- `DeliveryFailed`: a channel's recipient did not take a message (the outbox retries it).
- `ConfigError`: a setting or a plug-in is wrong; nothing can run until it is fixed.
- `Unauthorized`, `RateLimited`, `TooLarge`: a write without a valid key, over its quota, or too big.
- `Forbidden`: a valid key without the scope the request needs.
"""

from __future__ import annotations

from typing import ClassVar


class TravelriskError(Exception):
    """The root: a clear, one-line message; `exit_code` for the CLI, `http_status`/`title` for the API."""

    exit_code: ClassVar[int] = 1
    http_status: ClassVar[int] = 500
    title: ClassVar[str] = "Internal error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(TravelriskError):
    """A malformed, truncated or hostile input: `name` says which input, `reason` what is wrong with it,
    `problems` every problem found when there are several (e.g. CSV lines)."""

    http_status = 422
    title = "Unreadable input"

    def __init__(self, name: str, reason: str, problems: list[str] | None = None) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason
        self.problems = problems or [reason]


class UsageError(TravelriskError):
    exit_code = 2
    http_status = 400
    title = "Bad request"


class NotFound(TravelriskError):
    exit_code = 2
    http_status = 404
    title = "Not found"


class Offline(TravelriskError):
    http_status = 503
    title = "Source unreachable"


class DeliveryFailed(TravelriskError):
    http_status = 502
    title = "Delivery failed"


class ConfigError(TravelriskError):
    exit_code = 2
    title = "Configuration error"


class Unauthorized(TravelriskError):
    exit_code = 2
    http_status = 401
    title = "Unauthorized"


class Forbidden(TravelriskError):
    exit_code = 2
    http_status = 403
    title = "Forbidden"


class RateLimited(TravelriskError):
    http_status = 429
    title = "Too many requests"

    def __init__(self, message: str, retry_after: int = 60) -> None:
        super().__init__(message)
        self.retry_after = retry_after  # seconds until the quota allows another request


class TooLarge(TravelriskError):
    http_status = 413
    title = "Payload too large"


__all__ = [
    "ConfigError",
    "DeliveryFailed",
    "Forbidden",
    "InputError",
    "NotFound",
    "Offline",
    "RateLimited",
    "TooLarge",
    "TravelriskError",
    "Unauthorized",
    "UsageError",
]
