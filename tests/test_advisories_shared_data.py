"""The advisories bar on the full real payloads of the shared data set (skipped where it is absent)."""

from __future__ import annotations

from travelrisk import TravelRisk

from .conftest import shared

SOURCE_OF = {
    "us_state_rss": "us-rss",
    "us_cadataapi": "us-json",
    "uk_govuk": "uk",
    "ca_travel-voyage": "ca",
    "au_smartraveller": "au",
}


def test_every_real_sample_and_snapshot_imports(sqlite_travelrisk):
    samples = shared("data", "advisories", "samples")
    for path in sorted(samples.iterdir()):
        source = next((s for prefix, s in SOURCE_OF.items() if path.name.startswith(prefix)), None)
        if source is None:
            continue  # SOURCES.md and the travel-advisory.info aggregate (not a government)
        report = sqlite_travelrisk.import_advisories(source, [path])
        assert not report.failed, (path, report.failed)
        assert report.totals()["unmapped"] == [], path
    snapshots = shared("data", "advisories", "snapshots")
    for gov, issuer in (
        ("australia", "AU"),
        ("canada", "CA"),
        ("ireland", "IE"),
        ("unitedkingdom", "GB"),
        ("unitedstates", "US"),
    ):
        report = sqlite_travelrisk.import_advisories("archive", [snapshots / gov], issuer=issuer)
        assert not report.failed and report.totals()["unmapped"] == [], gov


def test_us_rss_full_feed_maps_all_211_items():
    payload = TravelRisk.parse(
        "us-rss", shared("data", "advisories", "samples", "us_state_rss_TAsTWs_full_2025-10-08.xml").read_bytes(), "rss"
    )
    assert payload.items == 211 and payload.unmapped == []


def test_smartraveller_maps_at_least_178_of_180():
    payload = TravelRisk.parse(
        "au",
        shared(
            "data", "advisories", "samples", "au_smartraveller_destinations-export_full_2026-04-10.json"
        ).read_bytes(),
        "au",
    )
    assert len(payload.advisories) >= 178 and payload.unmapped == []


def test_belarus_on_one_scale_from_four_governments(travelrisk):
    data = shared("data", "advisories")
    travelrisk.import_advisories("us-rss", [data / "samples/us_state_rss_TAsTWs_full_2025-10-08.xml"])
    travelrisk.import_advisories(
        "au", [data / "samples/au_smartraveller_destinations-export_full_2026-04-10.json"]
    )
    travelrisk.import_advisories("archive", [data / "snapshots/canada"], issuer="CA")
    travelrisk.import_advisories(
        "archive", [data / "snapshots/ireland/2025-09-11_last_with_levels"], issuer="IE"
    )
    rows = {r["issuer"]: r for r in travelrisk.advisories("BY")}
    assert {k: r["level"] for k, r in rows.items()} == {"US": 4, "CA": 4, "AU": 4, "IE": 4}
    assert len({r["level_raw"] for r in rows.values()}) == 4  # each government's own wording

    travelrisk.import_advisories("uk", [data / "samples/uk_govuk_content_api_pages_trimmed_2026-09.json"])
    uk = {s: {r["issuer"]: r for r in travelrisk.advisories(s)}["GB"] for s in ("AF", "MX", "UA")}
    assert uk["AF"]["level"] == 4
    assert uk["MX"]["regions"] and uk["UA"]["regions"]
