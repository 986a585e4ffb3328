"""Webhook deliveries verified the way receivers verify them: the `standardwebhooks` package, against a real
receiver on loopback; a replayed delivery (stale or re-stamped timestamp) fails; secrets rotate."""

from __future__ import annotations

import base64
import datetime as dt
import time

import pytest
import standardwebhooks.webhooks
from sqlalchemy import update
from standardwebhooks.webhooks import Webhook, WebhookVerificationError
from typer.testing import CliRunner

from travelrisk.cli import app
from travelrisk.config import reload_settings
from travelrisk.store.db import session_scope
from travelrisk.store.tables import Delivery

from .conftest import FIXTURES
from .receivers import WebhookReceiver

runner = CliRunner()
ARTICLES = FIXTURES.parent / "articles"
NEW = "whsec_" + base64.b64encode(b"the new key of this test, 32 by").decode()
OLD = "whsec_" + base64.b64encode(b"the old key of this test, 32 by").decode()


def invoke(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def deliver_to(receiver: WebhookReceiver, travelrisk, secret: str) -> None:
    travelrisk.add_travellers(
        [{"traveller_id": "t1", "name": "Ada", "country": "BY", "start": "2023-08-01", "end": "2023-09-30"}]
    )
    invoke("channels", "add", "webhook", receiver.url, "--secret", secret)
    invoke("extract", str(ARTICLES / "seed_like_belarus.txt"), "--store")
    with session_scope(travelrisk.engine) as session:
        session.execute(update(Delivery).where(Delivery.channel_kind == "email").values(status="delivered"))
    travelrisk.deliver_due()


class _Later(dt.datetime):
    """The receiver's clock ten minutes on: what a replay of a captured delivery looks like to it."""

    @classmethod
    def now(cls, tz=None):  # type: ignore[override]
        return dt.datetime.now(tz) + dt.timedelta(minutes=10)


def test_a_delivery_verifies_with_standardwebhooks_and_a_replay_does_not(sqlite_travelrisk, monkeypatch):
    with WebhookReceiver(NEW) as hook:
        deliver_to(hook, sqlite_travelrisk, NEW)
    assert hook.requests and len(hook.processed) == len(hook.requests)  # the receiver verified every one
    request = hook.requests[0]
    body, headers = request["body"], request["headers"]
    payload = Webhook(NEW).verify(body, headers)
    assert payload["headline"] and headers["webhook-id"] == request["key"]
    assert abs(int(headers["webhook-timestamp"]) - time.time()) < 3600
    assert headers["webhook-signature"].startswith("v1,")
    # The deprecated headers are still there for one release.
    assert headers["X-Travelrisk-Signature"].startswith("sha256=") and headers["X-Travelrisk-Delivery"]

    restamped = {**headers, "webhook-timestamp": str(int(headers["webhook-timestamp"]) + 60)}  # fresh, not signed
    with pytest.raises(WebhookVerificationError, match="signature"):
        Webhook(NEW).verify(body, restamped)
    with pytest.raises(WebhookVerificationError, match="signature"):
        Webhook(NEW).verify(body.replace(b"Belarus", b"Belarus!"), headers)
    with pytest.raises(WebhookVerificationError, match="signature"):
        Webhook(OLD).verify(body, headers)
    monkeypatch.setattr(standardwebhooks.webhooks, "datetime", _Later)
    with pytest.raises(WebhookVerificationError, match="too old"):
        Webhook(NEW).verify(body, headers)


def test_rotation_signs_with_every_secret_and_re_adding_replaces_the_secret(sqlite_travelrisk):
    with WebhookReceiver(OLD) as old_receiver:
        invoke("channels", "add", "webhook", old_receiver.url, "--secret", OLD)
        # Rotation: the new secret first, the old one kept while receivers switch.
        invoke("channels", "add", "webhook", old_receiver.url, "--secret", f"{NEW} {OLD}")
        deliver_to(old_receiver, sqlite_travelrisk, f"{NEW} {OLD}")
    assert old_receiver.requests and len(old_receiver.processed) == len(old_receiver.requests)
    request = old_receiver.requests[0]
    assert len(request["headers"]["webhook-signature"].split(" ")) == 2
    assert Webhook(NEW).verify(request["body"], request["headers"])["alert_id"] > 0


def test_a_plain_text_secret_signs_with_its_own_bytes(sqlite_travelrisk):
    with WebhookReceiver("s3cret") as hook:
        deliver_to(hook, sqlite_travelrisk, "s3cret")
    request = hook.requests[0]
    assert Webhook(b"s3cret").verify(request["body"], request["headers"])["version"] == 1


@pytest.mark.parametrize("secret", ["whsec_***not base64***", "   "])
def test_a_bad_secret_is_refused_when_the_channel_is_added(sqlite_engine, secret):
    result = runner.invoke(app, ["channels", "add", "webhook", "http://127.0.0.1:9/hook", "--secret", secret])
    assert result.exit_code != 0 and "secret" in result.output


def test_the_signature_is_the_documented_hmac(monkeypatch):
    from travelrisk.notify.channels.builtin.webhook import signed_headers

    reload_settings()
    headers = signed_headers("a1:v1:ch1", NEW, b'{"x":1}', timestamp=1_700_000_000)
    key = base64.b64decode(NEW.removeprefix("whsec_"))
    import hashlib
    import hmac

    expected = hmac.new(key, b'a1:v1:ch1.1700000000.{"x":1}', hashlib.sha256).digest()
    assert headers["webhook-signature"] == "v1," + base64.b64encode(expected).decode()


def _python_blocks(path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [block.split("```", 1)[0] for block in text.split("```python\n")[1:]]


def test_the_verification_examples_in_the_docs_run_against_a_real_delivery(sqlite_travelrisk, capsys):
    library, stdlib = _python_blocks(FIXTURES.parents[1] / "docs" / "webhooks.md")
    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"  # the one the docs use
    assert secret in library
    with WebhookReceiver(secret) as hook:
        deliver_to(hook, sqlite_travelrisk, secret)
    request = hook.requests[0]
    library_names: dict = {}
    exec(compile(library, "docs/webhooks.md", "exec"), library_names)
    assert library_names["handle"](request["body"], request["headers"]) == 200
    assert request["key"] in capsys.readouterr().out
    assert library_names["handle"](request["body"] + b" ", request["headers"]) == 401
    stdlib_names: dict = {}
    exec(compile(stdlib, "docs/webhooks.md", "exec"), stdlib_names)
    verify = stdlib_names["verify"]
    assert verify(secret, request["body"], request["headers"])
    assert not verify(OLD, request["body"], request["headers"])
    stale = {**request["headers"], "webhook-timestamp": str(int(request["headers"]["webhook-timestamp"]) - 600)}
    assert not verify(secret, request["body"], stale)
