"""Operational logs: one line per event on stderr, for people (`TRAVELRISK_LOG_FORMAT=text`, the default) or
for log collectors (`json`: one JSON object per line). Events carry their fields in `extra={"fields": {...}}`;
no personal data goes into them (ids, kinds and counts, never names or addresses)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from typing import Any

from travelrisk.config import settings

ROOT = "travelrisk"


def _fields(record: logging.LogRecord) -> dict[str, Any]:
    fields = getattr(record, "fields", None)
    return dict(fields) if isinstance(fields, dict) else {}


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        when = dt.datetime.fromtimestamp(record.created, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        pairs = " ".join(f"{k}={v}" for k, v in _fields(record).items())
        line = f"{when} {record.levelname.lower()} {record.getMessage()}" + (f" {pairs}" if pairs else "")
        return line + ("\n" + self.formatException(record.exc_info) if record.exc_info else "")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
            **_fields(record),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging() -> None:
    """Send travelrisk's logs to stderr in the configured format (once per process; again after a settings
    reload replaces the handler)."""
    config = settings()
    logger = logging.getLogger(ROOT)
    for handler in [h for h in logger.handlers if getattr(h, "travelrisk", False)]:
        logger.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.travelrisk = True  # type: ignore[attr-defined]
    handler.setFormatter(JsonFormatter() if config.log_format == "json" else TextFormatter())
    logger.addHandler(handler)
    logger.setLevel(config.log_level)
    logger.propagate = False
