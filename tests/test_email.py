"""Email alerts as a real mail system sees them: RFC 5322 headers that parse under the strict policy, a
distinct message for every copy, and STARTTLS, implicit TLS and login against a real SMTP server on loopback."""

from __future__ import annotations

import email.policy
import shutil
import ssl
import subprocess
from email import message_from_bytes
from email.utils import parsedate_to_datetime

import pytest
from typer.testing import CliRunner

from travelrisk.cli import app
from travelrisk.config import reload_settings

from .conftest import FIXTURES
from .receivers import SMTPReceiver

runner = CliRunner()
ARTICLES = FIXTURES.parent / "articles"
TRAVELLERS = """traveller_id,name,email,citizenship,country,region,start,end
t1,Ada Example,ada@example.org,US,BY,,2023-08-01,2023-09-30
t2,Ben Example,ben@example.org,GB,BY,Minsk,2023-09-10,2023-09-20
"""


def invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def alerts_for_two_travellers_and_a_desk(tmp_path) -> None:
    path = tmp_path / "travellers.csv"
    path.write_text(TRAVELLERS, encoding="utf-8")
    invoke("travellers", "import", str(path))
    invoke("channels", "add", "email", "desk@example.org")
    invoke("extract", str(ARTICLES / "seed_like_belarus.txt"), "--store")


def test_every_copy_parses_strictly_with_date_and_its_own_message_id(sqlite_travelrisk, tmp_path, monkeypatch):
    alerts_for_two_travellers_and_a_desk(tmp_path)
    with SMTPReceiver() as smtp:
        monkeypatch.setenv("TRAVELRISK_SMTP_PORT", str(smtp.port))
        monkeypatch.setenv("TRAVELRISK_SMTP_SENDER", "alerts@risk.example.org")
        reload_settings()
        report = sqlite_travelrisk.deliver_due()
    assert report.delivered == len(smtp.raw) > 2 and report.failed == 0
    parsed = [message_from_bytes(raw, policy=email.policy.strict) for raw in smtp.raw]  # raises on any defect
    for message in parsed:
        assert parsedate_to_datetime(message["Date"]).tzinfo is not None
        assert message["Message-ID"].endswith("@risk.example.org>")
        assert not message.defects
    assert len({m["Message-ID"] for m in parsed}) == len(parsed)
    desk = [m for m in parsed if m["To"] == "desk@example.org"]
    own = [m for m in parsed if m["To"] != "desk@example.org"]
    assert desk and own
    # The desk gets one copy per traveller concerned; each says whose it is.
    bodies = [m.get_body(preferencelist=("plain",)).get_content() for m in desk]
    assert {line for body in bodies for line in body.splitlines() if line.startswith("Traveller: ")} >= {
        "Traveller: t1 (trip to BY, 2023-08-01 to 2023-09-30)",
        "Traveller: t2 (trip to BY, 2023-09-10 to 2023-09-20)",
    }
    assert not any("Traveller:" in m.get_body(preferencelist=("plain",)).get_content() for m in own)


def test_a_retry_keeps_the_message_id(sqlite_travelrisk, tmp_path, monkeypatch):
    from travelrisk.notify.channels import Message
    from travelrisk.notify.channels.builtin.email import compose

    config = reload_settings()
    message = Message(key="a7:v2:ch3", recipient="desk@example.org", subject="s", text="t", payload={}, cap=b"")
    first, second = compose(message, config), compose(message, config)
    assert first["Message-ID"] == second["Message-ID"] == "<a7.v2.ch3@travelrisk.localhost>"


def _certificate(tmp_path):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed (needed to make a test certificate)")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return cert, context


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_tls_and_login_against_a_real_server(sqlite_travelrisk, tmp_path, monkeypatch, security):
    cert, context = _certificate(tmp_path)
    alerts_for_two_travellers_and_a_desk(tmp_path)
    with SMTPReceiver(tls=context, implicit_tls=security == "tls", users={"relay-user": "relay-pass"}) as smtp:
        monkeypatch.setenv("TRAVELRISK_SMTP_PORT", str(smtp.port))
        monkeypatch.setenv("TRAVELRISK_SMTP_SECURITY", security)
        monkeypatch.setenv("TRAVELRISK_SMTP_CA_FILE", str(cert))
        monkeypatch.setenv("TRAVELRISK_SMTP_USERNAME", "relay-user")
        monkeypatch.setenv("TRAVELRISK_SMTP_PASSWORD", "relay-pass")
        reload_settings()
        report = sqlite_travelrisk.deliver_due()
    assert report.delivered == len(smtp.raw) > 0 and report.failed == 0
    assert all(smtp.secure) and set(smtp.logins) == {("relay-user", "relay-pass")}


def test_a_wrong_password_or_an_untrusted_certificate_fails_the_delivery(sqlite_travelrisk, tmp_path, monkeypatch):
    _cert, context = _certificate(tmp_path)
    alerts_for_two_travellers_and_a_desk(tmp_path)
    with SMTPReceiver(tls=context, users={"relay-user": "relay-pass"}) as smtp:
        monkeypatch.setenv("TRAVELRISK_SMTP_PORT", str(smtp.port))
        monkeypatch.setenv("TRAVELRISK_SMTP_SECURITY", "starttls")  # no CA file: the self-signed cert is refused
        monkeypatch.setenv("TRAVELRISK_SMTP_USERNAME", "relay-user")
        monkeypatch.setenv("TRAVELRISK_SMTP_PASSWORD", "relay-pass")
        reload_settings()
        report = sqlite_travelrisk.deliver_due()
    assert report.delivered == 0 and report.failed > 0 and smtp.raw == []


def test_a_login_over_a_clear_connection_to_a_remote_relay_is_refused(monkeypatch):
    from travelrisk.errors import ConfigError
    from travelrisk.notify.channels import Message
    from travelrisk.notify.channels.builtin.email import Email

    monkeypatch.setenv("TRAVELRISK_SMTP_HOST", "mail.example.org")  # never contacted: refused before connecting
    monkeypatch.setenv("TRAVELRISK_SMTP_USERNAME", "user")
    reload_settings()
    message = Message(key="a1:v1:ch1", recipient="desk@example.org", subject="s", text="t", payload={}, cap=b"")
    with pytest.raises(ConfigError, match="TRAVELRISK_SMTP_SECURITY"):
        Email().send(message)
