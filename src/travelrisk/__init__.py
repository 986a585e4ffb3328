"""travelrisk: open travel-risk intelligence as a library (the CLI and the HTTP API are shells over it).

    import travelrisk
    tr = travelrisk.TravelRisk()          # TRAVELRISK_DATABASE_URL, else SQLite in the data directory
    tr.import_advisories("us-rss", [path])
    tr.brief("BY")                         # the country picture
    travelrisk.extract(article)            # pure: an Article -> an Extraction with evidence
"""

import sys
import types
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
from travelrisk.model import Advisory, Article, Change, Directive, Evidence, Extraction, Level, Reason
from travelrisk.notify.channels import Channel, Message, register_channel
from travelrisk.sources.registry import OfficialSource, register_source

if TYPE_CHECKING:
    from travelrisk.extract.pipeline import extract
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


class _Package(types.ModuleType):
    """`travelrisk.extract` names both the pure reader function and the subpackage that holds it. The reader
    compiles its patterns on import (~0.5 s), which commands that only read the store should not pay, so the
    function is imported on first use; the import system's record of the subpackage under the same name is
    ignored so that the public name stays the function."""

    @property
    def extract(self) -> Any:
        from travelrisk.extract.pipeline import extract

        return extract

    @extract.setter
    def extract(self, _subpackage: Any) -> None:
        pass


sys.modules[__name__].__class__ = _Package
