"""Delivery channels as plug-ins: each channel is one module here (or in a third-party package, through the
entry-point group `travelrisk.channels`) ending in one `register_channel(...)`. A channel checks a target when
it is added and sends one `Message` at a time; the outbox, the channel list and the CLI know no channel names."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from travelrisk.errors import ConfigError, UsageError
from travelrisk.plugins import load_plugins

ENTRY_POINT_GROUP = "travelrisk.channels"
TRAVELLER_CHANNEL = "email"  # the channel that delivers to travellers' own addresses


@dataclass(frozen=True)
class Message:
    """One alert version for one recipient, in the forms a channel may send: a subject and text for people,
    a JSON payload for machines, the CAP 1.2 document. `key` is the idempotency key (same on every retry)."""

    key: str
    recipient: str  # an address, a URL, whatever the channel's targets are
    subject: str
    text: str
    payload: dict[str, Any]
    cap: bytes
    secret: str | None = None  # the channel's secret (webhooks sign with it)


class Channel:
    """A delivery channel. `kind` is its name on the CLI (`channels add KIND TARGET`); `send` raises
    `DeliveryFailed` when the recipient did not take the message (the outbox retries it)."""

    kind: str = ""
    help: str = ""  # what a target is, for `channels add --help`

    def check(self, target: str, secret: str | None) -> None:
        """Refuse a target this channel cannot deliver to (raise UsageError); called when a channel is added."""

    def unready(self) -> str | None:
        """Why this channel cannot deliver with the current settings (one line naming the setting), or None.
        A channel that is not ready is reported when added, and its deliveries are dead-lettered with this
        reason instead of being retried."""
        return None

    def send(self, message: Message) -> None:
        raise NotImplementedError


@dataclass
class _Registry:
    channels: dict[str, Channel] = field(default_factory=dict)
    loaded: bool = False
    lock: threading.RLock = field(default_factory=threading.RLock)


_registry = _Registry()


def register_channel(channel: Channel) -> Channel:
    with _registry.lock:
        known = _registry.channels.get(channel.kind)
        if known is not None and type(known) is not type(channel):
            raise ConfigError(f"two channels are named {channel.kind!r}")
        _registry.channels[channel.kind] = channel
    return channel


def channels() -> dict[str, Channel]:
    """Every registered channel by kind."""
    with _registry.lock:
        if not _registry.loaded:
            _registry.loaded = True
            from travelrisk.notify.channels import builtin

            load_plugins(builtin, ENTRY_POINT_GROUP, register_channel, Channel)
    return dict(sorted(_registry.channels.items()))


def channel(kind: str) -> Channel:
    found = channels().get(kind)
    if found is None:
        raise UsageError(f"channel kind {kind!r}: choose {' or '.join(channels())}")
    return found
