"""travelrisk: open travel-risk intelligence as a library (the CLI and the HTTP API are shells over it)."""

from travelrisk.errors import (
    ConfigError,
    DeliveryFailed,
    InputError,
    NotFound,
    Offline,
    RateLimited,
    TooLarge,
    TravelriskError,
    Unauthorized,
    UsageError,
)
from travelrisk.extract.pipeline import extract
from travelrisk.model import Advisory, Article, Directive, Evidence, Extraction, Level, Reason
from travelrisk.sources.registry import OfficialSource, register_source

__all__ = [
    "Advisory",
    "Article",
    "ConfigError",
    "DeliveryFailed",
    "Directive",
    "Evidence",
    "Extraction",
    "InputError",
    "Level",
    "NotFound",
    "OfficialSource",
    "Offline",
    "RateLimited",
    "Reason",
    "TooLarge",
    "TravelriskError",
    "Unauthorized",
    "UsageError",
    "extract",
    "register_source",
]
