"""Malformed, truncated and hostile payloads: a clear error naming the input, never a crash or partial data."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from travelrisk import InputError, TravelRisk
from travelrisk.store.db import session_scope
from travelrisk.store.tables import AdvisoryObservation, Document

from .conftest import FIXTURES

ADV = FIXTURES / "advisories"
SAMPLES = {
    "us-rss": ADV / "us_rss_excerpt_2025-10-08.xml",
    "us-json": ADV / "us_cadataapi_2026-09.json",
    "uk": ADV / "uk_pages_2026-09.json",
    "ca": ADV / "ca_index_2026-09-26.json",
    "au": ADV / "au_export_excerpt_2026-04-10.json",
    "archive": ADV / "ie_summary_2025-06-14.json",
}


def parse(source: str, data: bytes):
    return TravelRisk.parse(source, data, f"hostile.{source}", issuer="IE" if source == "archive" else None)


def outcome(source: str, data: bytes) -> str:
    """Either a parse (possibly with fewer advisories) or an InputError that names the input."""
    try:
        payload = parse(source, data)
    except InputError as exc:
        assert exc.name == f"hostile.{source}"
        assert exc.reason
        return "error"
    assert all(a.subject and len(a.subject) == 2 for a in payload.advisories)
    return "parsed"


@pytest.mark.parametrize("source", sorted(SAMPLES))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(min_value=0.0, max_value=0.999), junk=st.binary(max_size=64))
def test_truncated_and_corrupted_payloads(source, cut, junk):
    data = SAMPLES[source].read_bytes()
    outcome(source, data[: int(len(data) * cut)])
    outcome(source, data[: int(len(data) * cut)] + junk)


@pytest.mark.parametrize("source", sorted(SAMPLES))
@settings(max_examples=30, deadline=None)
@given(
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
        max_leaves=20,
    )
)
def test_json_of_the_wrong_shape(source, value):
    outcome(source, json.dumps(value).encode())


@pytest.mark.parametrize("source", sorted(SAMPLES))
def test_hostile_inputs(source):
    nested = b"[" * 100_000 + b"]" * 100_000
    billion_laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
        b"<rss><channel><item><title>&lol4;</title></item></channel></rss>"
    )
    for data in (b"", b"\x00\xff\xfe binary", nested, billion_laughs, "ünïcödé".encode("latin-1")):
        assert outcome(source, data) == "error"


def test_a_failing_file_leaves_nothing_behind(sqlite_engine, sqlite_travelrisk, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"title": "Belarus", "field_overall_advice_level": "Do not travel"}, 7]))
    report = sqlite_travelrisk.import_advisories("au", [bad])
    assert report.failed and "destination 2 is not an object" in report.failed[0].error
    with session_scope(sqlite_engine) as session:
        assert session.execute(select(func.count()).select_from(Document)).scalar_one() == 0
        assert session.execute(select(func.count()).select_from(AdvisoryObservation)).scalar_one() == 0
