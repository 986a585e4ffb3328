"""Travellers and alerts: who is alerted, labels and updates, regional advice, real webhook and SMTP delivery,
retries, dead letters, CAP 1.2 documents."""

from __future__ import annotations

import datetime as dt
import json
from email import message_from_bytes

from lxml import etree
from sqlalchemy import func, select, update
from typer.testing import CliRunner

from travelrisk.cli import app
from travelrisk.config import reload_settings
from travelrisk.notify.cap import check_cap
from travelrisk.store.db import session_scope
from travelrisk.store.tables import Alert, Delivery, Trip

from .conftest import FIXTURES
from .receivers import SMTPReceiver, WebhookReceiver

runner = CliRunner()
ARTICLES = FIXTURES.parent / "articles"
TRAVELLERS = """traveller_id,name,email,citizenship,country,region,start,end
t1,Ada Example,ada@example.org,US,BY,,2023-08-01,2023-09-30
t2,Ben Example,ben@example.org,GB,BY,Minsk,2023-09-10,2023-09-20
t3,Cy Example,,FR,BY,,2023-12-01,2023-12-10
t4,Dee Example,dee@example.org,DE,PL,,2023-08-15,2023-08-30
t5,Eve Example,eve@example,US,XX,,2023-08-01,2023-08-02
t6,Fay Example,fay@example.org,US,BY,,2023-09-01,2023-08-01
"""


def invoke(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def setup_travellers(tmp_path):
    path = tmp_path / "travellers.csv"
    path.write_text(TRAVELLERS, encoding="utf-8")
    return runner.invoke(app, ["travellers", "import", str(path)])


def alerts(engine) -> list[Alert]:
    with session_scope(engine) as session:
        return list(session.execute(select(Alert).order_by(Alert.id)).scalars())


def test_import_reports_rejected_rows_by_line(engine, tmp_path):
    result = setup_travellers(tmp_path)
    assert result.exit_code == 0
    assert "imported 4 trips of 4 travellers; rejected 3" in result.stdout
    for expected in ("line 6: email is not an address", "line 6: country 'XX'", "line 7: end is before start"):
        assert expected in result.stderr
    assert "Eve" not in result.stderr and "eve@" not in result.stderr  # no personal data in messages


def test_news_report_alerts_travellers_there_or_arriving_soon(engine, tmp_path):
    setup_travellers(tmp_path)
    invoke("extract", str(ARTICLES / "seed_like_belarus.txt"), "--store")
    rows = json.loads(invoke("alerts", "list", "--json").stdout)
    directive = [r for r in rows if r["kind"] == "directive_reported"]
    # t1 is in Belarus on 2023-08-22, t2 arrives within 30 days; t3 arrives later, t4 is in Poland.
    assert sorted(r["traveller_id"] for r in directive) == ["t1", "t2"]
    assert all(r["label"].startswith("reported by") for r in directive)
    crossing_or_mission = {r["kind"] for r in rows} - {"directive_reported"}
    assert "mission_status" in crossing_or_mission


def test_confirmation_updates_the_alert_instead_of_sending_a_new_one(engine, tmp_path):
    setup_travellers(tmp_path)
    invoke("channels", "add", "email", "desk@example.org")
    invoke("extract", str(ARTICLES / "seed_like_belarus.txt"), "--store")
    before = {(a.id, a.version) for a in alerts(engine)}
    second = tmp_path / "second.txt"
    second.write_text(
        "date 2023-08-23 Americans in Belarus should depart immediately, the State Department said "
        "again on Wednesday, as Poland weighed new restrictions.",
        encoding="utf-8",
    )
    invoke("extract", str(second), "--store")
    after = {a.id: a.version for a in alerts(engine)}
    assert {a for a, _ in before} == set(after)  # no new alert
    assert max(after.values()) == 2
    with session_scope(engine) as session:
        keys = [d.idempotency_key for d in session.execute(select(Delivery)).scalars()]
    assert any(":v2:" in k for k in keys) and any(":v1:" in k for k in keys)
    assert all("@" not in k for k in keys)


def test_regional_advisory_alerts_trips_in_that_region(engine, tmp_path):
    trips = tmp_path / "trips.json"
    trips.write_text(
        json.dumps(
            [
                {
                    "traveller_id": "r1",
                    "name": "R1",
                    "email": "r1@example.org",
                    "country": "NE",
                    "region": "Niamey",
                    "start": "2025-10-20",
                    "end": "2025-11-10",
                },
                {
                    "traveller_id": "r2",
                    "name": "R2",
                    "email": "r2@example.org",
                    "country": "NE",
                    "region": "",
                    "start": "2025-10-20",
                    "end": "2025-11-10",
                },
                {
                    "traveller_id": "r3",
                    "name": "R3",
                    "email": "r3@example.org",
                    "country": "NE",
                    "region": "Agadez",
                    "start": "2025-10-20",
                    "end": "2025-11-10",
                },
            ]
        ),
        encoding="utf-8",
    )
    invoke("travellers", "import", str(trips))
    page = json.loads((FIXTURES / "advisories" / "uk_niger_2025-10-23.json").read_text())
    page["details"]["alert_status"] = []
    page["details"]["parts"] = []
    first = tmp_path / "before.json"
    first.write_text(json.dumps(page), encoding="utf-8")
    page["details"]["alert_status"] = ["avoid_all_but_essential_travel_to_parts"]
    page["details"]["parts"] = [
        {
            "slug": "warnings-and-insurance",
            "title": "Warnings and insurance",
            "body": "<h2>Areas where FCDO advises against all but essential travel</h2>"
            "<h3>Niamey city</h3><p>FCDO advises against all but essential travel.</p>",
        }
    ]
    page["public_updated_at"] = page["details"]["updated_at"] = "2025-10-25T10:00:00+00:00"
    second = tmp_path / "after.json"
    second.write_text(json.dumps(page), encoding="utf-8")
    invoke("advisories", "import", "uk", str(first), "--as-of", "2025-10-21")
    invoke("advisories", "import", "uk", str(second), "--as-of", "2025-10-26")
    rows = [r for r in json.loads(invoke("alerts", "list", "--json").stdout) if r["country"] == "NE"]
    assert {(r["traveller_id"], r["may_be_affected"]) for r in rows} == {("r1", False), ("r2", True)}


def test_webhook_delivery_signed_once_per_key_with_retries(engine, travelrisk, tmp_path, monkeypatch):
    monkeypatch.setenv("TRAVELRISK_DELIVERY_BACKOFF_SECONDS", "0.01")
    reload_settings()
    setup_travellers(tmp_path)
    with WebhookReceiver("s3cret", fail_first=3) as hook:
        invoke("channels", "add", "webhook", hook.url, "--secret", "s3cret")
        invoke("extract", str(ARTICLES / "seed_like_belarus.txt"), "--store")
        with session_scope(engine) as session:
            session.execute(update(Delivery).where(Delivery.channel_kind == "email").values(status="delivered"))
        report = travelrisk.deliver(once=True, poll_seconds=0.01)
        for _ in range(50):
            if travelrisk.delivery_status()["pending"] == 0:
                break
            travelrisk.deliver(once=True, poll_seconds=0.01)
        assert travelrisk.delivery_status()["pending"] == 0 and travelrisk.delivery_status()["dead"] == 0
        assert report.failed >= 3
        webhooks = [a for a in alerts(engine)]
        assert len(hook.processed) == len(webhooks) > 0
        request = hook.requests[-1]
        assert request["headers"]["X-Travelrisk-Signature"].startswith("sha256=")
        assert request["headers"]["X-Travelrisk-Timestamp"].isdigit()
        payload = json.loads(request["body"])
        assert payload["headline"] and payload["change"]["evidence"]["quote"]
        assert "email" not in json.dumps(payload) and "Ada" not in json.dumps(payload)


def test_dead_letter_after_max_attempts(engine, travelrisk, tmp_path, monkeypatch):
    monkeypatch.setenv("TRAVELRISK_DELIVERY_BACKOFF_SECONDS", "0.001")
    monkeypatch.setenv("TRAVELRISK_DELIVERY_MAX_ATTEMPTS", "3")
    reload_settings()
    setup_travellers(tmp_path)
    invoke("channels", "add", "webhook", "http://127.0.0.1:9/unreachable", "--secret", "x")
    invoke("extract", str(ARTICLES / "seed_like_belarus.txt"), "--store")
    with session_scope(engine) as session:
        session.execute(update(Delivery).where(Delivery.channel_kind == "email").values(status="delivered"))
    for _ in range(10):
        travelrisk.deliver_due()
        with session_scope(engine) as session:
            session.execute(
                update(Delivery).where(Delivery.status == "pending").values(next_attempt_at=dt.datetime.now(dt.UTC))
            )
    status = travelrisk.delivery_status()
    assert status["dead"] > 0 and status["pending"] == 0
    assert status["recent_dead_errors"][0].startswith(("ConnectError", "HTTP"))
    assert "dead" in invoke("alerts", "status").stdout


def test_email_over_real_smtp_with_cap_attachment(engine, travelrisk, tmp_path, monkeypatch):
    setup_travellers(tmp_path)
    with SMTPReceiver() as smtp:
        monkeypatch.setenv("TRAVELRISK_SMTP_PORT", str(smtp.port))
        reload_settings()
        invoke("extract", str(ARTICLES / "seed_like_belarus.txt"), "--store")
        report = travelrisk.deliver_due()
        assert report.delivered > 0 and report.failed == 0
        assert len(smtp.messages) == report.delivered
        message = message_from_bytes(smtp.messages[0].as_bytes())
        assert message["X-Travelrisk-Delivery"].startswith("a") and message["Subject"]
        [attachment] = [p for p in message.walk() if p.get_content_type() == "application/cap+xml"]
        assert check_cap(attachment.get_payload(decode=True)) == []
        assert {m["To"] for m in smtp.messages} <= {"ada@example.org", "ben@example.org"}


def test_cap_documents_pass_the_cap_checks_and_a_standard_parser(engine, tmp_path):
    setup_travellers(tmp_path)
    invoke("extract", str(ARTICLES / "seed_like_belarus.txt"), "--store")
    document = invoke("alerts", "cap", "BY").stdout.encode()
    assert check_cap(document) == []
    root = etree.fromstring(document)
    ns = {"cap": "urn:oasis:names:tc:emergency:cap:1.2"}
    assert root.findtext("cap:msgType", namespaces=ns) in ("Alert", "Update")
    assert root.findtext("cap:info/cap:area/cap:geocode/cap:value", namespaces=ns) == "BY"
    response = root.findtext("cap:info/cap:responseType", namespaces=ns)
    assert response in ("Evacuate", "Avoid", "Monitor")
    broken = document.replace(b"<cap:status>", b"<cap:status>").replace(b">Actual<", b">Real<")
    assert any("status" in p for p in check_cap(broken))
    assert check_cap(b"<alert/>") and check_cap(b"not xml")


def test_retention_purges_old_trips(engine, travelrisk, tmp_path, monkeypatch):
    setup_travellers(tmp_path)
    monkeypatch.setenv("TRAVELRISK_TRIP_RETENTION_DAYS", "10")
    reload_settings()
    purged = travelrisk.purge_expired(today=dt.date(2023, 10, 15))
    assert purged["trips"] == 3  # ended 2023-09-30, 09-20, 08-30; the December trip stays
    with session_scope(engine) as session:
        assert session.execute(select(func.count()).select_from(Trip)).scalar_one() == 1


def test_a_manual_crossing_update_alerts_like_any_other_change(engine, tmp_path):
    setup_travellers(tmp_path)
    invoke(
        "crossings", "set", "LT-BY-MEDININKAI", "closed", "--source", "https://example.org/notice", "--at", "2023-08-25"
    )
    rows = json.loads(invoke("alerts", "list", "--json").stdout)
    closed = [r for r in rows if r["kind"] == "crossing_status"]
    assert {r["traveller_id"] for r in closed} == {"t1", "t2"}  # in Belarus that day, or arriving within 30 days
    assert all(r["label"] == "official" for r in closed)
