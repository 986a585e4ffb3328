"""Malformed, truncated and hostile input for every government's parser: a clear `InputError` naming the input,
or a parse of what is readable; never a crash, never a level for a place the input does not rate."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from travelrisk import InputError, TravelRisk

from .conftest import shared

SAMPLES = {
    "de": ("DE", "travelwarning_bulk_2026-05-01.json"),
    "de-csv": ("DE", "travelwarning_flag_changes_2026-03-27_to_2026-05-03.csv"),
    "de-md": ("DE", "content_markdown", "Israel.md"),
    "nl": ("NL", "traveladvice_BLR_2026-08-17_EXCERPT.xml"),
    "nl-json": ("NL", "traveladvice_list_output-json_2026-09_EXCERPT.json"),
    "ch": ("CH", "reisehinweise_AD-de_AF-de_2026-09-26_EXCERPT.json"),
    "pl": ("PL", "odyseusz_profile-panstw_2026-09-26_EXCERPT.json"),
    "nz": ("NZ", "destinations_listing_entries_2026-09-26_EXCERPT.json"),
    "nz-page": ("NZ", "nz-nepal.html"),
    "jp": ("JP", "jp-nepal-detail.html"),
    "at": ("AT", "at-afghanistan.html"),
    "hk": ("HK", "ota_index_2026-09-26_EXCERPT.json"),
    "kr": ("KR", "kr-afghanistan.html"),
    "it": ("IT", "it-nepal.json"),
    "fr": ("FR", "fr-nepal-securite.html"),
    "fi": ("FI", "fi-nepal.html"),
    "es": ("ES", "es-nepal.html"),
    "dk": ("DK", "dk-nepal.html"),
    "no": ("NO", "no-afghanistan.html"),
    "no-rss": ("NO", "norway-rss.xml"),
    "ie": ("IE", "ie-nepal.html"),
    "il": ("IL", "nsc-warnings_DERIVED_2026-10-08_EXCERPT.json"),
    "sk": ("SK", "opendata_mzv_sk_datastore_search_2026-05-03_EXCERPT.json"),
}
_SAMPLE_BYTES: dict[str, bytes] = {}


def sample(key: str) -> bytes:
    if key not in _SAMPLE_BYTES:
        _SAMPLE_BYTES[key] = shared("data", "advisories", "more", *SAMPLES[key]).read_bytes()
    return _SAMPLE_BYTES[key]


def outcome(key: str, data: bytes) -> str:
    """Either a parse (possibly with fewer advisories) or an InputError that names the input."""
    source = key.split("-")[0]
    try:
        payload = TravelRisk.parse(source, data, f"hostile.{key}")
    except InputError as exc:
        assert exc.name == f"hostile.{key}" and exc.reason
        return "error"
    assert all(a.subject and len(a.subject) == 2 and a.issuer == source.upper() for a in payload.advisories)
    assert all(a.level is None or 1 <= a.level <= 4 for a in payload.advisories)
    return "parsed"


@pytest.mark.parametrize("key", sorted(SAMPLES))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(min_value=0.0, max_value=0.999), junk=st.binary(max_size=64))
def test_truncated_and_corrupted_samples(key, cut, junk):
    data = sample(key)
    outcome(key, data[: int(len(data) * cut)])
    outcome(key, data[: int(len(data) * cut)] + junk)


@pytest.mark.parametrize("source", sorted({key.split("-")[0] for key in SAMPLES}))
@settings(max_examples=25, deadline=None)
@given(
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
        max_leaves=20,
    )
)
def test_json_of_the_wrong_shape(source, value):
    outcome(source, json.dumps(value).encode())


@pytest.mark.parametrize("source", sorted({key.split("-")[0] for key in SAMPLES}))
@settings(max_examples=25, deadline=None)
@given(
    entry=st.dictionaries(
        st.sampled_from(["countryCode", "warning", "partialWarning", "kodIso", "bazowyKodPoziomuZagrozenia",
                         "iso_code", "advice_against", "has_travel_advice", "code", "adviceLevel", "label",
                         "details", "level", "countries", "showInIndex", "introduction", "isocode"]),
        st.none() | st.booleans() | st.integers() | st.text(max_size=12),
        max_size=8,
    )
)  # fmt: skip
def test_entries_with_the_right_keys_and_wrong_values(source, entry):
    """Shapes close to each real payload, with values of any type: still an error or a clean parse."""
    for document in ([entry], {"response": {"1": entry}}, {"otas": [entry]}, {"countries": {"DE": entry}},
                     {"result": {"records": [entry]}}, {"value": [entry]}):  # fmt: skip
        outcome(source, json.dumps(document).encode())


@pytest.mark.parametrize("source", sorted({key.split("-")[0] for key in SAMPLES}))
def test_hostile_inputs(source):
    nested = b"[" * 100_000 + b"]" * 100_000
    billion_laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
        b"<document><introduction>&lol4;</introduction></document>"
    )
    deep_html = b"<html><body>" + b"<div>" * 50_000 + b"</div>" * 50_000 + b"</body></html>"
    for data in (b"", b"   \n", b"\x00\xff\xfe binary", nested, billion_laughs, deep_html, "ünïcödé".encode("latin-1")):
        assert outcome(source, data) == "error", (source, data[:40])


def test_a_page_of_another_government_is_refused_not_misread():
    """Each page parser checks it is reading its own government's page."""
    french = sample("fr")
    for source in ("at", "dk", "es", "fi", "ie", "jp", "kr", "no", "nz"):
        with pytest.raises(InputError):
            TravelRisk.parse(source, french, "french-page.html")
