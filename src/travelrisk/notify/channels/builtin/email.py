"""Email over SMTP: the alert as text, with its CAP 1.2 document attached."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage
from email.utils import make_msgid

from travelrisk.config import settings
from travelrisk.errors import DeliveryFailed, UsageError
from travelrisk.notify.channels import Channel, Message, register_channel
from travelrisk.notify.rules import valid_email


class Email(Channel):
    kind = "email"
    help = "an email address (a desk's copy of every alert)"

    def check(self, target: str, secret: str | None) -> None:
        if not valid_email(target):
            raise UsageError("that is not an email address")

    def send(self, message: Message) -> None:
        config = settings()
        email = EmailMessage()
        email["From"] = config.smtp_sender
        email["To"] = message.recipient
        email["Subject"] = message.subject
        email["Message-ID"] = make_msgid(idstring=message.key.replace(":", "."), domain="travelrisk.localhost")
        email["X-Travelrisk-Delivery"] = message.key
        email.set_content(message.text)
        if message.cap:
            email.add_attachment(message.cap, maintype="application", subtype="cap+xml", filename="alert.cap.xml")
        try:
            with smtplib.SMTP(config.smtp_host, config.smtp_port, timeout=config.http_timeout) as smtp:
                smtp.send_message(email)
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryFailed(f"SMTP: {exc.__class__.__name__}") from exc


register_channel(Email())
