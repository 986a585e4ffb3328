"""Time to import all five official sources into a fresh SQLite database; prints JSON.

Usage: python benchmarks/advisories_import.py [SHARED_DATA_DIR]   (default ../shared/data)
Target (issue #2): < 2 s for all five sources.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from travelrisk import TravelRisk


def main() -> None:
    data = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
    adv = data / "advisories"
    jobs = [
        ("us-rss", [adv / "samples/us_state_rss_TAsTWs_full_2025-10-08.xml"], None),
        ("us-json", [adv / "samples/us_cadataapi_TravelAdvisories_trimmed_2026-09.json"], None),
        (
            "uk",
            [
                adv / "samples/uk_govuk_content_api_pages_trimmed_2026-09.json",
                adv / "samples/uk_govuk_content_api_ukraine_2026-10-07_EXCERPT.json",
            ],
            None,
        ),
        (
            "ca",
            [
                adv / "samples/ca_travel-voyage_index-alpha-eng_trimmed_2026-09-26.json",
                adv / "samples/ca_travel-voyage_cta-cap-UA_2026-09-24_EXCERPT.json",
            ],
            None,
        ),
        ("au", [adv / "samples/au_smartraveller_destinations-export_full_2026-04-10.json"], None),
        ("archive", [adv / "snapshots/canada/canada_summary.json"], "CA"),
        ("archive", [adv / "snapshots/ireland/2025-09-11_last_with_levels/ireland_summary.json"], "IE"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        travelrisk = TravelRisk(f"sqlite:///{Path(tmp) / 'bench.db'}")
        per_source: dict[str, float] = {}
        advisories_total = 0
        start = time.perf_counter()
        for source, paths, issuer in jobs:
            t0 = time.perf_counter()
            report = travelrisk.import_advisories(source, paths, issuer=issuer)
            assert not report.failed, report.failed
            advisories_total += report.totals()["advisories"]
            key = f"{source}:{issuer}" if issuer else source
            per_source[key] = round(time.perf_counter() - t0, 3)
        total = time.perf_counter() - start
    print(
        json.dumps(
            {
                "benchmark": "advisories_import",
                "sources": len(jobs),
                "advisories": advisories_total,
                "seconds": round(total, 3),
                "per_source_seconds": per_source,
                "target_seconds": 2.0,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
