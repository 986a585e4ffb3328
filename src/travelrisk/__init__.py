"""travelrisk: open travel-risk intelligence as a library (the CLI and the HTTP API are shells over it).

    import travelrisk
    tr = travelrisk.TravelRisk()          # TRAVELRISK_DATABASE_URL, else SQLite in the data directory
    tr.import_advisories("us-rss", [path])
    tr.brief("BY")                         # the country picture
    travelrisk.extract(article)            # pure: an Article -> an Extraction with evidence
"""

from typing import TYPE_CHECKING, Any

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
from travelrisk.model import Advisory, Article, Change, Directive, Evidence, Extraction, Level, Reason
from travelrisk.notify.channels import Channel, Message, register_channel
from travelrisk.sources.registry import OfficialSource, register_source

if TYPE_CHECKING:
    from travelrisk.services import TravelRisk

__all__ = [
    "Advisory",
    "Article",
    "Change",
    "Channel",
    "ConfigError",
    "DeliveryFailed",
    "Directive",
    "Evidence",
    "Extraction",
    "InputError",
    "Level",
    "Message",
    "NotFound",
    "OfficialSource",
    "Offline",
    "RateLimited",
    "Reason",
    "TooLarge",
    "TravelRisk",
    "TravelriskError",
    "Unauthorized",
    "UsageError",
    "extract",
    "register_channel",
    "register_source",
]


def __getattr__(name: str) -> Any:
    # The facade pulls in SQLAlchemy, Alembic, the HTTP client and the story clustering; `travelrisk extract`
    # and library users who only extract never need them, so it is imported on first use.
    if name == "TravelRisk":
        from travelrisk.services import TravelRisk

        return TravelRisk
    raise AttributeError(f"module 'travelrisk' has no attribute {name!r}")
