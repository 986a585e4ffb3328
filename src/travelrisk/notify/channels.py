"""Delivery channels: signed webhooks (httpx) and email over SMTP (smtplib). Each raises on failure."""

from __future__ import annotations

import hashlib
import hmac
import json
import smtplib
import time
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

import httpx

from travelrisk.config import settings


class DeliveryFailed(Exception):
    """The recipient did not take the message; the outbox retries it later."""


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def send_webhook(url: str, secret: str, payload: dict[str, Any], key: str, *, client: httpx.Client) -> None:
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    headers = {
        "Content-Type": "application/json",
        "User-Agent": settings().user_agent,
        "X-Travelrisk-Signature": signature(secret, body),
        "X-Travelrisk-Delivery": key,
        "X-Travelrisk-Timestamp": str(int(time.time())),
    }
    try:
        response = client.post(url, content=body, headers=headers)
    except httpx.HTTPError as exc:
        raise DeliveryFailed(f"{exc.__class__.__name__}") from exc
    if not 200 <= response.status_code < 300:
        raise DeliveryFailed(f"HTTP {response.status_code}")


def send_email(to: str, subject: str, text: str, key: str, *, cap_xml: bytes | None = None) -> None:
    config = settings()
    message = EmailMessage()
    message["From"] = config.smtp_sender
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(idstring=key.replace(":", "."), domain="travelrisk.localhost")
    message["X-Travelrisk-Delivery"] = key
    message.set_content(text)
    if cap_xml:
        message.add_attachment(cap_xml, maintype="application", subtype="cap+xml", filename="alert.cap.xml")
    try:
        with smtplib.SMTP(config.smtp_host, config.smtp_port, timeout=config.http_timeout) as smtp:
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise DeliveryFailed(f"SMTP: {exc.__class__.__name__}") from exc
