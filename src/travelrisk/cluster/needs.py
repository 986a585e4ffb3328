"""What cluster mode needs before anything heavy is imported: PostgreSQL (the job queue lives in it) and the
optional `[cluster]` dependencies. Checked first so that a missing piece is one clear line, not a traceback."""

from __future__ import annotations

import importlib.util

from travelrisk.config import settings
from travelrisk.errors import ConfigError


def postgres_conninfo() -> str:
    """The libpq address of the configured database; a `ConfigError` naming the setting when it is not PostgreSQL."""
    url = settings().database_url
    if not url.startswith(("postgresql", "postgres:")):
        scheme = url.split(":", 1)[0]
        raise ConfigError(
            f"the job queue needs PostgreSQL, but TRAVELRISK_DATABASE_URL is {scheme}: "
            "set TRAVELRISK_DATABASE_URL=postgresql://..."
        )
    return "postgresql://" + url.split("://", 1)[1]


def require_cluster_extra(*modules: str) -> None:
    """A `ConfigError` saying how to install the `[cluster]` extra when one of its packages is missing."""
    missing = [name for name in modules if importlib.util.find_spec(name) is None]
    if missing:
        raise ConfigError(
            f"{', '.join(missing)} not installed: cluster mode needs the extra, pip install 'travelrisk[cluster]'"
        )
