"""Signed webhooks: the alert as JSON, POSTed with Standard Webhooks signatures (docs/webhooks.md).

`webhook-id` is the delivery's idempotency key (the same on every retry), `webhook-timestamp` the send time in
Unix seconds, and `webhook-signature` one `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` per secret of the
channel: a channel may hold several secrets, separated by spaces, while receivers move from an old one to a new
one. Signing the id and the time, not only the body, lets a receiver refuse a replayed delivery.

The older `X-Travelrisk-*` headers (signature of the body alone) are still sent, deprecated, for one release."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import threading
import time

import httpx

from travelrisk.config import settings
from travelrisk.errors import DeliveryFailed, UsageError
from travelrisk.notify.channels import Channel, Message, register_channel
from travelrisk.notify.egress import RefusedTarget, check_url

SECRET_PREFIX = "whsec_"


def secret_key(secret: str) -> bytes:
    """The HMAC key of a secret: a `whsec_` secret is base64 of the key (the Standard Webhooks form); any other
    secret is used as its UTF-8 bytes."""
    if secret.startswith(SECRET_PREFIX):
        encoded = secret[len(SECRET_PREFIX) :]
        return base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    return secret.encode("utf-8")


def secrets_of(value: str | None) -> list[str]:
    """The channel's secrets, newest first (several during a rotation)."""
    return (value or "").split()


def standard_signature(secrets: list[str], message_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{message_id}.{timestamp}.".encode() + body
    return " ".join(
        "v1," + base64.b64encode(hmac.new(secret_key(s), signed, hashlib.sha256).digest()).decode("ascii")
        for s in secrets
    )


def signature(secret: str, body: bytes) -> str:
    """The deprecated `X-Travelrisk-Signature`: HMAC-SHA256 of the body alone, hex."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signed_headers(message_id: str, secret: str | None, body: bytes, timestamp: int | None = None) -> dict[str, str]:
    """The signature headers of one delivery, Standard Webhooks and the deprecated ones."""
    secrets = secrets_of(secret)
    moment = int(time.time()) if timestamp is None else timestamp
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(moment),
        "webhook-signature": standard_signature(secrets, message_id, moment, body),
        "X-Travelrisk-Signature": signature(secrets[0] if secrets else "", body),
        "X-Travelrisk-Delivery": message_id,
        "X-Travelrisk-Timestamp": str(moment),
    }


class Webhook(Channel):
    kind = "webhook"
    help = "an http(s) URL; needs --secret (whsec_ + base64, or any text; several, space-separated, to rotate)"

    def __init__(self) -> None:
        self._client: httpx.Client | None = None
        self._lock = threading.Lock()

    def client(self) -> httpx.Client:
        # One connection pool per process, shared by the outbox's parallel sends (httpx.Client is thread-safe).
        with self._lock:
            if self._client is None:
                self._client = httpx.Client(timeout=settings().http_timeout, follow_redirects=False)
            return self._client

    def check(self, target: str, secret: str | None) -> None:
        check_url(target, resolve_unknown=False)  # refuses internal targets (notify/egress.py)
        if not secrets_of(secret):
            raise UsageError("a webhook needs --secret (it signs every delivery)")
        for each in secrets_of(secret):
            try:
                secret_key(each)
            except (binascii.Error, ValueError):
                raise UsageError("a whsec_ secret must be base64 after the prefix") from None

    def send(self, message: Message) -> None:
        body = json.dumps(message.payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
        headers = {
            "Content-Type": "application/json",
            "User-Agent": settings().user_agent,
            **signed_headers(message.key, message.secret, body),
        }
        try:
            target = check_url(message.recipient)  # again now: the name may point elsewhere since it was added
        except RefusedTarget as exc:
            raise DeliveryFailed(str(exc)) from None
        assert target is not None
        url = httpx.URL(message.recipient)
        default_port = 443 if target.scheme == "https" else 80
        headers["Host"] = target.host if target.port == default_port else f"{target.host}:{target.port}"
        # Connect to the address that was checked; TLS still verifies the certificate against the name.
        pinned = url.copy_with(host=str(target.address))
        extensions = {"sni_hostname": target.host} if target.scheme == "https" else {}
        try:
            # Only the status matters: the answer's body is never read (a receiver cannot make us hold a large
            # one), and redirects are not followed (one could point at an internal address).
            with self.client().stream("POST", pinned, content=body, headers=headers, extensions=extensions) as answer:
                status = answer.status_code
        except httpx.HTTPError as exc:
            raise DeliveryFailed(f"{exc.__class__.__name__}") from exc
        if not 200 <= status < 300:
            raise DeliveryFailed(f"HTTP {status}")


register_channel(Webhook())
