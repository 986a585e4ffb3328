"""Plug-in loading, the same for sources and channels: the modules of a built-in package (each registers
itself on import), then the entry points of a group (a module that registers on import, or an object that
the caller's `register` takes). Built-in features use the same seam as third-party ones."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from importlib.metadata import entry_points
from types import ModuleType
from typing import Any

from travelrisk.errors import ConfigError


def load_plugins(package: ModuleType, group: str, register: Callable[[Any], object], kind: type) -> None:
    for module in pkgutil.iter_modules(package.__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{package.__name__}.{module.name}")
    for entry in entry_points(group=group):
        try:
            loaded = entry.load()
        except Exception as exc:
            raise ConfigError(
                f"plug-in {entry.name!r} of {group} ({entry.value}) failed to load: {exc.__class__.__name__}: {exc}"
            ) from exc
        if isinstance(loaded, kind):
            register(loaded)
