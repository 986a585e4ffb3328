"""The official-source registry: the one list of sources, built from registrations, never written by hand.

Every module in `travelrisk.sources.official` ends in one `register_source(OfficialSource(...))`; third-party
packages add theirs through the entry-point group `travelrisk.sources` (the entry point names a module that
registers on import, or an `OfficialSource`). The CLI's source list, its help and error messages, `advisories
import` and `advisories sync` all read `official_sources()`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from travelrisk.errors import ConfigError, UsageError
from travelrisk.plugins import load_plugins
from travelrisk.sources.payload import ParsedPayload

ENTRY_POINT_GROUP = "travelrisk.sources"

Parser = Callable[[bytes, str], ParsedPayload]  # payload bytes, input name -> advisories (raises InputError)
IssuerParser = Callable[[bytes, str, str], ParsedPayload]  # bytes, issuer, name: a format several governments share


@dataclass(frozen=True)
class PageIndex:
    """A source published as one page per country, listed by an index page (GOV.UK): `sync` fetches the index,
    then each page it names. When the index is unchanged (304), the pages fetched before are checked again."""

    url: str
    page_urls: Callable[[bytes], list[str]]  # index bytes -> the page URLs it names
    page_prefix: str  # every page URL starts with it


@dataclass(frozen=True, kw_only=True)
class OfficialSource:
    """One official advisory source: what `advisories import NAME` and `advisories sync NAME` use.

    `name`: the CLI name (a new government's is its lower-case ISO code). `issuer`: ISO alpha-2, or None for
    a format several governments publish (then `issuer_parser` is given and the caller names the issuer).
    `levels`: how the source's native levels or wordings map onto the common 1-4 scale (written once here,
    used by the parser and shown by `travelrisk sources`). `licence`: terms and attribution of the data."""

    name: str
    issuer: str | None
    title: str
    licence: str
    parser: Parser | None = None
    issuer_parser: IssuerParser | None = None
    issuers: tuple[str, ...] = ()  # for a shared format: the issuers it is known for
    live_urls: tuple[str, ...] = ()
    index: PageIndex | None = None
    levels: Mapping[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if (self.parser is None) == (self.issuer_parser is None):
            raise ConfigError(f"source {self.name!r}: give exactly one of parser and issuer_parser")
        if (self.issuer is None) != (self.issuer_parser is not None):
            raise ConfigError(f"source {self.name!r}: a source without an issuer needs an issuer_parser")

    @property
    def is_live(self) -> bool:
        return bool(self.live_urls or self.index)

    def parse(self, data: bytes, name: str, issuer: str | None = None) -> ParsedPayload:
        """Parse one payload (pure; raises InputError naming `name`)."""
        if self.issuer_parser is not None:
            if not issuer:
                raise UsageError(f"the {self.name} source needs --issuer ({', '.join(self.issuers)})")
            return self.issuer_parser(data, issuer, name)
        assert self.parser is not None
        return self.parser(data, name)


_registry: dict[str, OfficialSource] = {}
_loaded = False
_lock = threading.RLock()


def register_source(source: OfficialSource) -> OfficialSource:
    """Add a source to the registry (idempotent for the same object; a second source of that name is refused)."""
    with _lock:
        known = _registry.get(source.name)
        if known is not None and known != source:
            raise ConfigError(f"two official sources are named {source.name!r} ({known.title!r}, {source.title!r})")
        _registry[source.name] = source
    return source


def _load() -> None:
    global _loaded
    with _lock:
        if _loaded:
            return
        _loaded = True  # set first: a plug-in module importing this one must not load twice
        from travelrisk.sources import official

        load_plugins(official, ENTRY_POINT_GROUP, register_source, OfficialSource)


def official_sources() -> dict[str, OfficialSource]:
    """Every registered source by name: single-issuer sources by name, shared formats last."""
    _load()
    ordered = sorted(_registry.values(), key=lambda s: (s.issuer is None, s.name))
    return {s.name: s for s in ordered}


def official_source(name: str) -> OfficialSource:
    sources = official_sources()
    found = sources.get(name)
    if found is None:
        raise UsageError(f"unknown source {name!r}: choose one of {', '.join(sources)}")
    return found


def live_sources() -> dict[str, OfficialSource]:
    return {name: s for name, s in official_sources().items() if s.is_live}


__all__ = [
    "ENTRY_POINT_GROUP",
    "IssuerParser",
    "OfficialSource",
    "PageIndex",
    "Parser",
    "live_sources",
    "official_source",
    "official_sources",
    "register_source",
]
