"""Webhook targets inside the network are refused — when the channel is added and again at send time —
unless an operator allows their network. These tests check the refusals only: nothing here is ever sent to an
address outside loopback (refused targets are never contacted; the one delivery goes to a loopback receiver)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from travelrisk.cli import app
from travelrisk.config import reload_settings
from travelrisk.notify.egress import RefusedTarget, check_url
from travelrisk.store.db import session_scope
from travelrisk.store.tables import Delivery

from .conftest import FIXTURES
from .receivers import WebhookReceiver

runner = CliRunner()
INTERNAL = [
    "http://169.254.169.254/x",
    "http://169.254.169.254/latest/meta-data/",
    "http://127.0.0.1:22/",
    "http://[::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://0.0.0.0/",
    "http://10.0.0.1/",
    "http://192.168.1.10:8080/hook",
    "http://172.16.5.4/",
    "http://100.100.100.200/latest/meta-data/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://017700000001/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://localhost:8000/hook",
    "HTTP://127.0.0.1/hook",
    "http://[fe80::1]/",
    "http://[fd00::1]/",
]


@pytest.fixture
def no_allow_list(monkeypatch):
    monkeypatch.delenv("TRAVELRISK_WEBHOOK_ALLOW", raising=False)
    reload_settings()


@pytest.mark.parametrize("url", INTERNAL)
def test_channels_add_refuses_internal_targets(sqlite_engine, no_allow_list, url):
    result = runner.invoke(app, ["channels", "add", "webhook", url, "--secret", "s"])
    assert result.exit_code != 0
    assert "refused" in result.output
    assert "Traceback" not in result.output


def test_the_bar_example_names_the_address_and_the_way_out(sqlite_engine, no_allow_list):
    result = runner.invoke(app, ["channels", "add", "webhook", "http://169.254.169.254/x", "--secret", "s"])
    assert result.exit_code == 2
    assert "169.254.169.254" in result.output and "link-local" in result.output
    assert "TRAVELRISK_WEBHOOK_ALLOW" in result.output


@pytest.mark.parametrize("url", ["ftp://example.org/x", "file:///etc/passwd", "gopher://127.0.0.1/", "http:///x"])
def test_other_schemes_and_hostless_urls_are_refused(no_allow_list, url):
    with pytest.raises(RefusedTarget):
        check_url(url)


def test_the_scheme_check_ignores_case_for_public_targets(no_allow_list):
    target = check_url("HTTPS://93.184.215.14/hook")  # only checked, never contacted
    assert target is not None and target.scheme == "https" and target.port == 443


def test_an_allowed_network_is_let_through_and_only_that_one(monkeypatch):
    monkeypatch.setenv("TRAVELRISK_WEBHOOK_ALLOW", "10.1.0.0/16, 127.0.0.0/8")
    reload_settings()
    assert check_url("http://10.1.2.3/hook").address.exploded == "10.1.2.3"
    assert check_url("http://2130706433/").address.exploded == "127.0.0.1"
    with pytest.raises(RefusedTarget, match=r"10\.2\.0\.1"):
        check_url("http://10.2.0.1/hook")
    with pytest.raises(RefusedTarget, match="internal name"):
        check_url("http://metadata.google.internal/")  # refused by name, whatever it resolves to


def test_a_bad_allow_list_is_a_configuration_error(monkeypatch):
    from travelrisk.errors import ConfigError

    monkeypatch.setenv("TRAVELRISK_WEBHOOK_ALLOW", "not-a-network")
    reload_settings()
    with pytest.raises(ConfigError, match="TRAVELRISK_WEBHOOK_ALLOW"):
        check_url("http://10.0.0.1/")


def test_send_time_checks_again_and_never_contacts_a_refused_target(sqlite_travelrisk, monkeypatch):
    """Added while loopback was allowed, then the operator removed it: delivery refuses to send."""
    sqlite_travelrisk.add_travellers(
        [{"traveller_id": "t1", "name": "Ada", "country": "BY", "start": "2023-08-01", "end": "2023-09-30"}]
    )
    with WebhookReceiver("s3cret") as hook:
        runner.invoke(app, ["channels", "add", "webhook", hook.url, "--secret", "s3cret"])
        runner.invoke(app, ["extract", str(FIXTURES.parent / "articles" / "seed_like_belarus.txt"), "--store"])
        with session_scope(sqlite_travelrisk.engine) as session:
            session.execute(update(Delivery).where(Delivery.channel_kind == "email").values(status="delivered"))
        monkeypatch.delenv("TRAVELRISK_WEBHOOK_ALLOW")
        reload_settings()
        report = sqlite_travelrisk.deliver_due()
    assert report.delivered == 0 and report.failed > 0
    assert hook.requests == []
    with session_scope(sqlite_travelrisk.engine) as session:
        errors = set(session.execute(select(Delivery.last_error).where(Delivery.channel_kind == "webhook")).scalars())
    assert errors and all("loopback" in e and "refused" in e for e in errors)


def test_an_allowed_loopback_receiver_gets_the_delivery_with_its_host_header(sqlite_travelrisk):
    sqlite_travelrisk.add_travellers(
        [{"traveller_id": "t1", "name": "Ada", "country": "BY", "start": "2023-08-01", "end": "2023-09-30"}]
    )
    with WebhookReceiver("s3cret") as hook:
        sqlite_travelrisk.add_channel("webhook", hook.url, secret="s3cret")
        runner.invoke(app, ["extract", str(FIXTURES.parent / "articles" / "seed_like_belarus.txt"), "--store"])
        with session_scope(sqlite_travelrisk.engine) as session:
            session.execute(update(Delivery).where(Delivery.channel_kind == "email").values(status="delivered"))
        report = sqlite_travelrisk.deliver_due()
    assert report.delivered > 0 and hook.requests
    assert hook.requests[0]["headers"]["Host"] == hook.url.split("/")[2]


def test_a_redirect_is_not_followed(sqlite_travelrisk):
    """A receiver answering 302 to another address (here a second loopback receiver) is a failed delivery;
    nothing is sent to where it points."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from threading import Thread

    with WebhookReceiver("s3cret") as elsewhere:

        class Redirect(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.send_response(307)
                self.send_header("Location", elsewhere.url)
                self.end_headers()

            def log_message(self, *args) -> None:
                return

        server = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
        Thread(target=server.serve_forever, daemon=True).start()
        try:
            sqlite_travelrisk.add_travellers(
                [{"traveller_id": "t1", "name": "Ada", "country": "BY", "start": "2023-08-01", "end": "2023-09-30"}]
            )
            sqlite_travelrisk.add_channel("webhook", f"http://127.0.0.1:{server.server_address[1]}/", secret="s3cret")
            runner.invoke(app, ["extract", str(FIXTURES.parent / "articles" / "seed_like_belarus.txt"), "--store"])
            with session_scope(sqlite_travelrisk.engine) as session:
                session.execute(update(Delivery).where(Delivery.channel_kind == "email").values(status="delivered"))
            report = sqlite_travelrisk.deliver_due()
        finally:
            server.shutdown()
            server.server_close()
    assert report.delivered == 0 and report.failed > 0
    assert elsewhere.requests == []
