"""Signed webhooks: the alert as JSON, POSTed with an HMAC-SHA256 signature of the body."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time

import httpx

from travelrisk.config import settings
from travelrisk.errors import DeliveryFailed, UsageError
from travelrisk.notify.channels import Channel, Message, register_channel


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class Webhook(Channel):
    kind = "webhook"
    help = "an http(s) URL; needs --secret, which signs every delivery"

    def __init__(self) -> None:
        self._client: httpx.Client | None = None
        self._lock = threading.Lock()

    def client(self) -> httpx.Client:
        # One connection pool per process, shared by the outbox's parallel sends (httpx.Client is thread-safe).
        with self._lock:
            if self._client is None:
                self._client = httpx.Client(timeout=settings().http_timeout)
            return self._client

    def check(self, target: str, secret: str | None) -> None:
        if not target.startswith(("http://", "https://")):
            raise UsageError(f"webhook URL {target!r} must be http(s)")
        if not secret:
            raise UsageError("a webhook needs --secret (it signs every delivery)")

    def send(self, message: Message) -> None:
        body = json.dumps(message.payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
        headers = {
            "Content-Type": "application/json",
            "User-Agent": settings().user_agent,
            "X-Travelrisk-Signature": signature(message.secret or "", body),
            "X-Travelrisk-Delivery": message.key,
            "X-Travelrisk-Timestamp": str(int(time.time())),
        }
        try:
            response = self.client().post(message.recipient, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise DeliveryFailed(f"{exc.__class__.__name__}") from exc
        if not 200 <= response.status_code < 300:
            raise DeliveryFailed(f"HTTP {response.status_code}")


register_channel(Webhook())
