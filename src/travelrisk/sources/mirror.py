"""Where a source is fetched from: its official addresses, or those named by `TRAVELRISK_SOURCE_URL_<NAME>`
(NAME: the source's name in upper case, `-` as `_`; e.g. `TRAVELRISK_SOURCE_URL_US_RSS`).

For a source with one feed address the setting is the URL to fetch instead. For a source of many addresses
(an index page and its country pages, or one page per country) it is a mirror base: the scheme and host of
each official address, including the links an index names, are replaced by it, the path kept
(`https://www.gov.uk/api/...` -> `http://mirror.example/uk/api/...`). Pure: settings in, URLs out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from travelrisk.config import SOURCE_URL_PREFIX, settings
from travelrisk.errors import ConfigError
from travelrisk.sources.registry import OfficialSource


def setting_name(source: str) -> str:
    return SOURCE_URL_PREFIX + re.sub(r"[^A-Z0-9]", "_", source.upper())


def override(source: OfficialSource) -> str | None:
    """The configured address of a source, checked, or None."""
    key = setting_name(source.name).removeprefix(SOURCE_URL_PREFIX)
    value = dict(settings().source_urls).get(key)
    if value is None:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{setting_name(source.name)}={value!r} is not an http(s) URL")
    return value


def _single(source: OfficialSource) -> bool:
    return source.index is None and len(source.live_urls) == 1


def address(source: OfficialSource, url: str) -> str:
    """Where to fetch `url` (an official address of `source`) from."""
    configured = override(source)
    if configured is None:
        return url
    if _single(source):
        return configured
    parts = urlsplit(url)
    rest = parts.path + (f"?{parts.query}" if parts.query else "")
    return configured.rstrip("/") + rest


def addresses(source: OfficialSource, urls: Iterable[str]) -> list[str]:
    return [address(source, url) for url in urls]


def unknown_overrides(known: Iterable[str]) -> list[str]:
    """Settings naming no registered source (a typo would otherwise be silently ignored)."""
    names = {setting_name(name).removeprefix(SOURCE_URL_PREFIX) for name in known}
    return [SOURCE_URL_PREFIX + key for key, _value in settings().source_urls if key not in names]
