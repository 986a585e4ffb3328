"""The one error type every adapter raises for input it cannot use."""

from __future__ import annotations


class InputError(Exception):
    """A malformed, truncated or hostile input: `name` says which input, `reason` what is wrong with it."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason
