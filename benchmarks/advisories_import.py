"""Time to import every official source's real samples into a fresh SQLite database; prints JSON.

The first five governments' full payloads and archives, then every sample of the governments in
`advisories/more/` (one folder per government, imported as `advisories import <code> <folder>`; the Auswärtiges
Amt content Markdown file by file with its data date). Wall time and the process's CPU time are reported.

Usage: python benchmarks/advisories_import.py [SHARED_DATA_DIR]   (default ../shared/data)
Targets: < 2 s for the five sources (issue #2); < 2 s for all the samples of the others (issue #14).
"""

from __future__ import annotations

import datetime as dt
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
    more = adv / "more"
    governments = sorted(p.name for p in more.iterdir() if p.is_dir())
    more_jobs = [(code.lower(), [more / code], None) for code in governments]
    markdown = more / "DE" / "content_markdown"
    dated = [markdown / "Belarus.md", markdown / "Israel.md", markdown / "Japan.md"]  # 2024-11-20 per SOURCE.md
    with tempfile.TemporaryDirectory() as tmp:
        travelrisk = TravelRisk(f"sqlite:///{Path(tmp) / 'bench.db'}")
        per_source: dict[str, float] = {}
        counts = {"five": 0, "more": 0}
        files = {"five": 0, "more": 0}
        spent: dict[str, tuple[float, float]] = {}
        for group, group_jobs in (("five", jobs), ("more", more_jobs)):
            start, cpu = time.perf_counter(), time.process_time()
            for source, paths, issuer in group_jobs:
                t0 = time.perf_counter()
                report = travelrisk.import_advisories(source, paths, issuer=issuer)
                if group == "more" and source == "de":
                    extra = [
                        travelrisk.import_advisories("de", dated, as_of=dt.date(2024, 11, 20)),
                        travelrisk.import_advisories("de", [markdown / "Israel_2024-05-30.md"]),
                    ]
                    report.files += [f for r in extra for f in r.files]
                assert not report.failed, report.failed
                counts[group] += report.totals()["advisories"]
                files[group] += len(report.files)
                key = f"{source}:{issuer}" if issuer else source
                per_source[key] = round(time.perf_counter() - t0, 3)
            spent[group] = (time.perf_counter() - start, time.process_time() - cpu)
    print(
        json.dumps(
            {
                "benchmark": "advisories_import",
                "sources": len(jobs) + len(more_jobs),
                "advisories": counts["five"] + counts["more"],
                "seconds": round(spent["five"][0] + spent["more"][0], 3),
                "five_governments": {
                    "files": files["five"],
                    "advisories": counts["five"],
                    "seconds": round(spent["five"][0], 3),
                    "cpu_seconds": round(spent["five"][1], 3),
                },
                "more_governments": {
                    "governments": len(more_jobs),
                    "files": files["more"],
                    "advisories": counts["more"],
                    "seconds": round(spent["more"][0], 3),
                    "cpu_seconds": round(spent["more"][1], 3),
                },
                "per_source_seconds": per_source,
                "target_seconds": 2.0,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
