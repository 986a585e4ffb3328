"""Configuration from environment variables, all prefixed `TRAVELRISK_` (documented in docs/configuration.md).

The environment is read once per process, into one `Settings` object (`settings()`); nothing else reads
`os.environ`. A process that changes its environment afterwards (tests do) calls `reload_settings()`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs

from travelrisk.errors import ConfigError

SOURCE_URL_PREFIX = "TRAVELRISK_SOURCE_URL_"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    user_agent: str
    http_timeout: float
    http_max_bytes: int
    trip_retention_days: int
    alert_window_days: int
    delivery_max_attempts: int
    delivery_lease_seconds: int
    delivery_backoff_seconds: float
    smtp_host: str
    smtp_port: int
    smtp_sender: str
    smtp_security: str  # "none", "starttls" (upgrade on the plain port) or "tls" (implicit TLS, port 465)
    smtp_username: str  # "" = no login
    smtp_password: str
    smtp_ca_file: str  # "" = the system's trusted certificates
    public_url: str
    cap_sender: str  # CAP <sender>: unique to this installation
    cap_contact: str  # CAP <contact>: whom a recipient may ask
    cap_expires_days: int  # CAP <expires>: how long after it is sent an alert stops being in effect
    webhook_allow: tuple[str, ...]  # CIDRs webhooks may reach although internal (loopback, private...)
    rate_limit_per_minute: int
    max_request_bytes: int
    job_queue: str  # "" (in process) or "procrastinate" (cluster mode: the API queues articles)
    news_feeds: tuple[str, ...]  # feeds the cluster polls
    worker_heartbeat_seconds: float
    # Load the bundled data on the first command against an empty database. On by default for the SQLite file
    # in the data directory (a fresh install), off for a database named by TRAVELRISK_DATABASE_URL.
    auto_init: bool
    stale_days: int
    # Email is on only when an SMTP server is named (TRAVELRISK_SMTP_HOST or _PORT): otherwise emails are not
    # attempted (and retried) against a server nobody set up; they are dead-lettered with the reason.
    smtp_configured: bool
    log_format: str  # "text" (people) or "json" (one JSON object per line, for log collectors)
    log_level: str
    # TRAVELRISK_SOURCE_URL_<NAME>: where to fetch a source instead of its official address (a mirror, a
    # proxy, a test server), as (NAME, URL) pairs; see sources/mirror.py
    source_urls: tuple[tuple[str, str], ...]
    sync_every_seconds: float  # how often `serve` and `run` sync the sources and poll the feeds; 0: never
    sync_sources: tuple[str, ...]  # the live sources they sync; empty: all
    # The server renders one country's page and the home page before it listens (answers not kept), so the
    # first request does not pay for compiling SQL statements and templates.
    warm_up: bool


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ConfigError(f"{name}={raw!r} is not a number") from exc


def _duration(name: str, default: float) -> float:
    """Seconds from `90`, `90s`, `30m`, `1h` or `1d`; 0 turns the thing off."""
    raw = (os.environ.get(name) or "").strip().lower()
    if not raw:
        return default
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    number, unit = (raw[:-1], units[raw[-1]]) if raw[-1] in units else (raw, 1)
    try:
        seconds = float(number) * unit
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a duration (e.g. 3600, 90s, 30m, 1h)") from None
    if seconds < 0:
        raise ConfigError(f"{name}={raw!r} is negative")
    return seconds


def _choice(name: str, choices: tuple[str, ...]) -> str:
    """One of `choices` (the first is the default), case-insensitive."""
    raw = (os.environ.get(name) or choices[0]).strip()
    for choice in choices:
        if raw.lower() == choice.lower():
            return choice
    raise ConfigError(f"{name}={raw!r}: choose {' or '.join(choices)}")


def _bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in ("1", "true", "yes", "on"):
        return True
    if raw.lower() in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name}={raw!r} is not a yes/no value (1, 0, true, false)")


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name}={raw!r} is not an integer") from exc


@cache
def settings() -> Settings:
    """The settings of this process, read from the environment on first use (not at import)."""
    data_dir = Path(os.environ.get("TRAVELRISK_DATA_DIR") or platformdirs.user_data_dir("travelrisk"))
    explicit_url = os.environ.get("TRAVELRISK_DATABASE_URL")
    database_url = explicit_url or f"sqlite:///{data_dir / 'travelrisk.db'}"
    smtp_sender = os.environ.get("TRAVELRISK_SMTP_SENDER", "alerts@travelrisk.localhost")
    public_url = os.environ.get("TRAVELRISK_PUBLIC_URL", "http://127.0.0.1:8000")
    smtp_security = (os.environ.get("TRAVELRISK_SMTP_SECURITY") or "none").strip().lower()
    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        user_agent=os.environ.get(
            "TRAVELRISK_USER_AGENT", "travelrisk/0.1 (+https://github.com/travelrisk/travelrisk)"
        ),
        http_timeout=_float("TRAVELRISK_HTTP_TIMEOUT", 20.0),
        http_max_bytes=_int("TRAVELRISK_HTTP_MAX_BYTES", 20 * 1024 * 1024),
        trip_retention_days=_int("TRAVELRISK_TRIP_RETENTION_DAYS", 548),
        alert_window_days=_int("TRAVELRISK_ALERT_WINDOW_DAYS", 30),
        delivery_max_attempts=_int("TRAVELRISK_DELIVERY_MAX_ATTEMPTS", 8),
        delivery_lease_seconds=_int("TRAVELRISK_DELIVERY_LEASE_SECONDS", 60),
        delivery_backoff_seconds=_float("TRAVELRISK_DELIVERY_BACKOFF_SECONDS", 2.0),
        smtp_host=os.environ.get("TRAVELRISK_SMTP_HOST", "127.0.0.1"),
        smtp_port=_int("TRAVELRISK_SMTP_PORT", 465 if smtp_security == "tls" else 25),
        smtp_sender=smtp_sender,
        smtp_security=smtp_security,
        smtp_username=os.environ.get("TRAVELRISK_SMTP_USERNAME", ""),
        smtp_password=os.environ.get("TRAVELRISK_SMTP_PASSWORD", ""),
        smtp_ca_file=os.environ.get("TRAVELRISK_SMTP_CA_FILE", ""),
        public_url=public_url,
        cap_sender=os.environ.get("TRAVELRISK_CAP_SENDER")
        or f"travelrisk@{urlsplit(public_url).hostname or 'travelrisk.localhost'}",
        cap_contact=os.environ.get("TRAVELRISK_CAP_CONTACT") or smtp_sender,
        cap_expires_days=_int("TRAVELRISK_CAP_EXPIRES_DAYS", 30),
        webhook_allow=tuple(os.environ.get("TRAVELRISK_WEBHOOK_ALLOW", "").replace(",", " ").split()),
        rate_limit_per_minute=_int("TRAVELRISK_RATE_LIMIT_PER_MINUTE", 120),
        max_request_bytes=_int("TRAVELRISK_MAX_REQUEST_BYTES", 2 * 1024 * 1024),
        job_queue=os.environ.get("TRAVELRISK_JOB_QUEUE", ""),
        news_feeds=tuple(os.environ.get("TRAVELRISK_NEWS_FEEDS", "").split()),
        worker_heartbeat_seconds=_float("TRAVELRISK_WORKER_HEARTBEAT_SECONDS", 5.0),
        auto_init=_bool("TRAVELRISK_AUTO_INIT", not explicit_url),
        stale_days=_int("TRAVELRISK_STALE_DAYS", 14),
        smtp_configured=bool(os.environ.get("TRAVELRISK_SMTP_HOST") or os.environ.get("TRAVELRISK_SMTP_PORT")),
        log_format=_choice("TRAVELRISK_LOG_FORMAT", ("text", "json")),
        log_level=_choice("TRAVELRISK_LOG_LEVEL", ("INFO", "DEBUG", "WARNING", "ERROR")),
        sync_every_seconds=_duration("TRAVELRISK_SYNC_EVERY", 3600.0),
        sync_sources=tuple(os.environ.get("TRAVELRISK_SYNC_SOURCES", "").replace(",", " ").split()),
        warm_up=_bool("TRAVELRISK_WARM_UP", True),
        source_urls=tuple(
            sorted(
                (name.removeprefix(SOURCE_URL_PREFIX), value.strip())
                for name, value in os.environ.items()
                if name.startswith(SOURCE_URL_PREFIX) and value.strip()
            )
        ),
    )


def reload_settings() -> Settings:
    """Read the environment again (for a process that changed it after the first read)."""
    settings.cache_clear()
    return settings()
