"""What travelrisk publishes, held against the standards' own schemas (in ../shared/schemas, used from there):
every CAP document against the OASIS CAP 1.2 XSD, the Atom feed against RFC 4287's RELAX NG grammar (lxml).
Also the CAP fields receivers and Google's CAP rules expect: distinct identifiers per message, the configured
sender, <expires>, <contact>, plain-text descriptions."""

from __future__ import annotations

from email import message_from_bytes

import pytest
from fastapi.testclient import TestClient
from lxml import etree
from sqlalchemy import update

from travelrisk.api.app import create_app
from travelrisk.config import reload_settings
from travelrisk.store.db import session_scope
from travelrisk.store.tables import Delivery

from .conftest import FIXTURES, shared
from .receivers import SMTPReceiver

NS = {"cap": "urn:oasis:names:tc:emergency:cap:1.2", "atom": "http://www.w3.org/2005/Atom"}
SEED = (FIXTURES.parent / "articles" / "seed_like_belarus.txt").read_text(encoding="utf-8")
# An article of our own whose key sentence carries markup, as pasted text sometimes does.
MARKED_UP = (
    "date 2023-08-22 Markup in a wire story\n\n"
    'The State Department told Americans in Belarus to <b onclick="x()">leave the country immediately</b> '
    "and kept the country at Level 4 &amp; its highest warning."
)


def _schema(kind: str, name: str):
    path = shared("schemas", name)
    document = etree.parse(str(path))
    return etree.XMLSchema(document) if kind == "xsd" else etree.RelaxNG(document)


@pytest.fixture(scope="module")
def cap_schema():
    return _schema("xsd", "cap-1.2.xsd")


@pytest.fixture(scope="module")
def atom_schema():
    return _schema("rng", "atom-rfc4287.rng")


@pytest.fixture
def client(sqlite_engine, monkeypatch):
    monkeypatch.setenv("TRAVELRISK_PUBLIC_URL", "https://risk.example.org")
    monkeypatch.setenv("TRAVELRISK_CAP_CONTACT", "Operations desk, ops@risk.example.org")
    reload_settings()
    app = create_app()
    key = app.state.travelrisk.create_api_key("standards")
    with TestClient(app) as test_client:
        test_client.key = key
        yield test_client


def post(client, text: str, article_id: str) -> None:
    auth = {"Authorization": f"Bearer {client.key}"}
    assert client.post("/v1/articles", json={"text": text, "id": article_id}, headers=auth).status_code == 201


def assert_valid(schema, document: bytes) -> etree._Element:
    root = etree.fromstring(document)
    assert schema.validate(root), "\n".join(str(e) for e in schema.error_log)
    return root


def test_public_cap_documents_are_schema_valid_with_sender_expires_contact(client, cap_schema):
    post(client, SEED, "seed")
    countries = {c["country"] for c in client.get("/v1/alerts").json()}
    assert "BY" in countries
    for country in countries:
        response = client.get(f"/feeds/cap/{country}.xml")
        assert response.status_code == 200
        root = assert_valid(cap_schema, response.content)
        assert root.findtext("cap:sender", namespaces=NS) == "travelrisk@risk.example.org"
        assert root.findtext("cap:scope", namespaces=NS) == "Public"
        info = root.find("cap:info", NS)
        assert info.findtext("cap:expires", namespaces=NS) > root.findtext("cap:sent", namespaces=NS)
        assert info.findtext("cap:contact", namespaces=NS) == "Operations desk, ops@risk.example.org"


def test_markup_in_an_article_never_reaches_a_cap_description(client, cap_schema):
    post(client, MARKED_UP, "markup")
    root = assert_valid(cap_schema, client.get("/feeds/cap/BY.xml").content)
    texts = [root.findtext(f"cap:info/cap:{name}", namespaces=NS) for name in ("headline", "description")]
    assert "leave the country immediately" in texts[1]
    for text in texts:
        assert "<" not in text and "onclick" not in text and "&amp;" not in text


def test_the_atom_feed_is_valid_rfc_4287(client, atom_schema):
    post(client, SEED, "seed")
    feed = client.get("/feeds/alerts.atom")
    root = assert_valid(atom_schema, feed.content)
    assert root.findall("atom:entry", NS)
    empty = TestClient(create_app(f"sqlite:///{client.app.state.travelrisk.database_url.split('///')[1]}x"))
    with empty:
        assert_valid(atom_schema, empty.get("/feeds/alerts.atom").content)  # no entries yet: still valid


def test_restricted_messages_have_their_own_identifiers_and_are_schema_valid(
    sqlite_travelrisk, tmp_path, monkeypatch, cap_schema
):
    sqlite_travelrisk.add_travellers(
        [
            {"traveller_id": "t1", "email": "ada@example.org", "country": "BY", "start": "2023-08-01", "end": "2023-09-30"},
            {"traveller_id": "t2", "email": "ben@example.org", "country": "BY", "start": "2023-08-10", "end": "2023-09-30"},
        ]
    )  # fmt: skip
    from travelrisk.extract.pipeline import extract
    from travelrisk.sources.news.readers import article_from_text

    article = article_from_text(SEED, article_id="seed", source="test")
    sqlite_travelrisk.ingest(article, extract(article))
    with SMTPReceiver() as smtp:
        monkeypatch.setenv("TRAVELRISK_SMTP_PORT", str(smtp.port))
        reload_settings()
        assert sqlite_travelrisk.deliver_due().delivered > 0
    restricted = []
    for raw in smtp.raw:
        [part] = [p for p in message_from_bytes(raw).walk() if p.get_content_type() == "application/cap+xml"]
        restricted.append(assert_valid(cap_schema, part.get_payload(decode=True)))
    identifiers = {r.findtext("cap:identifier", namespaces=NS) for r in restricted}
    assert all(r.findtext("cap:scope", namespaces=NS) == "Restricted" for r in restricted)
    assert len(identifiers) >= 2  # one message per traveller's alert
    public = etree.fromstring(sqlite_travelrisk.latest_cap("BY", "https://risk.example.org"))
    assert public.findtext("cap:identifier", namespaces=NS) not in identifiers
    with session_scope(sqlite_travelrisk.engine) as session:
        session.execute(update(Delivery).values(status="delivered"))
