"""travelrisk: open travel-risk intelligence as a library (the CLI and the HTTP API are shells over it).

    import travelrisk
    tr = travelrisk.TravelRisk()          # TRAVELRISK_DATABASE_URL, else SQLite in the data directory
    tr.import_advisories("us-rss", [path])
    tr.brief("BY")                         # the country picture
    travelrisk.extract(article)            # pure: an Article -> an Extraction with evidence
"""

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
from travelrisk.services import TravelRisk
from travelrisk.sources.registry import OfficialSource, register_source

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
