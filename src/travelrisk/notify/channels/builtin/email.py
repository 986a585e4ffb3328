"""Email over SMTP: the alert as text, with its CAP 1.2 document attached.

Plain SMTP, STARTTLS or implicit TLS, with or without a login (docs/configuration.md). Every message carries
`Date` and a `Message-ID` of its own (RFC 5322), built from its delivery key, so each copy of one alert (the
traveller's own, each desk's) is a distinct message and a retry of one copy keeps its identity."""

from __future__ import annotations

import ipaddress
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate

from travelrisk.config import Settings, settings
from travelrisk.errors import ConfigError, DeliveryFailed, UsageError
from travelrisk.notify.channels import Channel, Message, register_channel
from travelrisk.notify.rules import valid_email

SECURITY_MODES = ("none", "starttls", "tls")


def message_id(key: str, sender: str) -> str:
    """The same id on every retry of one delivery (receivers drop a duplicate), distinct for every copy."""
    domain = sender.rpartition("@")[2] or "travelrisk.localhost"
    return f"<{key.replace(':', '.')}@{domain}>"


def compose(message: Message, config: Settings) -> EmailMessage:
    email = EmailMessage()
    email["From"] = config.smtp_sender
    email["To"] = message.recipient
    email["Subject"] = message.subject
    email["Date"] = formatdate(usegmt=True)
    email["Message-ID"] = message_id(message.key, config.smtp_sender)
    email["X-Travelrisk-Delivery"] = message.key
    email.set_content(message.text)
    if message.cap:
        email.add_attachment(message.cap, maintype="application", subtype="cap+xml", filename="alert.cap.xml")
    return email


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"


def _tls_context(config: Settings) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=config.smtp_ca_file or None)


def _connect(config: Settings) -> smtplib.SMTP:
    if config.smtp_security == "tls":
        return smtplib.SMTP_SSL(
            config.smtp_host, config.smtp_port, timeout=config.http_timeout, context=_tls_context(config)
        )
    smtp = smtplib.SMTP(config.smtp_host, config.smtp_port, timeout=config.http_timeout)
    if config.smtp_security == "starttls":
        smtp.starttls(context=_tls_context(config))
    return smtp


class Email(Channel):
    kind = "email"
    help = "an email address (a desk's copy of every alert)"

    def check(self, target: str, secret: str | None) -> None:
        if not valid_email(target):
            raise UsageError("that is not an email address")

    def unready(self) -> str | None:
        if not settings().smtp_configured:
            return "no SMTP server is configured: set TRAVELRISK_SMTP_HOST (and _PORT) to send email"
        return None

    def send(self, message: Message) -> None:
        config = settings()
        reason = self.unready()
        if reason:
            raise ConfigError(reason)
        if config.smtp_security not in SECURITY_MODES:
            raise ConfigError(
                f"TRAVELRISK_SMTP_SECURITY={config.smtp_security!r}: choose {' or '.join(SECURITY_MODES)}"
            )
        if config.smtp_username and config.smtp_security == "none" and not _loopback(config.smtp_host):
            raise ConfigError(
                "TRAVELRISK_SMTP_USERNAME is set but TRAVELRISK_SMTP_SECURITY is none: "
                "the password would cross the network in clear (use starttls or tls)"
            )
        email = compose(message, config)
        try:
            with _connect(config) as smtp:
                if config.smtp_username:
                    smtp.login(config.smtp_username, config.smtp_password)
                smtp.send_message(email)
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryFailed(f"SMTP: {exc.__class__.__name__}") from exc


register_channel(Email())
