"""Time to compute country pictures with 1,000 stored articles and all advisory snapshots; prints JSON.

Usage: python benchmarks/brief.py [SHARED_DATA_DIR]. Targets (issue #4): < 1 s for one country, < 10 s for all.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import articles
from travelrisk import TravelRisk
from travelrisk.extract.pipeline import extract
from travelrisk.sources.news.readers import article_from_text


def main() -> None:
    data = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
    adv = data / "advisories"
    with tempfile.TemporaryDirectory() as tmp:
        travelrisk = TravelRisk(f"sqlite:///{Path(tmp) / 'bench.db'}")
        travelrisk.import_advisories("us-rss", [adv / "samples/us_state_rss_TAsTWs_full_2025-10-08.xml"])
        travelrisk.import_advisories(
            "au", [adv / "samples/au_smartraveller_destinations-export_full_2026-04-10.json"]
        )
        travelrisk.import_advisories("uk", [adv / "samples/uk_govuk_content_api_pages_trimmed_2026-09.json"])
        for gov, issuer in (
            ("canada", "CA"),
            ("ireland", "IE"),
            ("unitedkingdom", "GB"),
            ("unitedstates", "US"),
            ("australia", "AU"),
        ):
            travelrisk.import_advisories("archive", [adv / "snapshots" / gov], issuer=issuer)
        start = time.perf_counter()
        for record in articles(1000, seed=11):
            article = article_from_text(
                record["text"], article_id=record["id"], source=record["url"], url=record["url"]
            )
            article = article.model_copy(update={"published": None})
            travelrisk.ingest(article, extract(article))
        ingest_seconds = time.perf_counter() - start
        travelrisk.brief("BY")  # warm caches (bundled data)
        start = time.perf_counter()
        one = travelrisk.brief("BY")
        one_seconds = time.perf_counter() - start
        start = time.perf_counter()
        every = travelrisk.countries()
        all_seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "benchmark": "brief",
                "stored_articles": 1000,
                "ingest_seconds": round(ingest_seconds, 2),
                "one_country_seconds": round(one_seconds, 3),
                "one_country_levels": len(one["levels"]),
                "all_countries": len(every),
                "all_countries_seconds": round(all_seconds, 2),
                "targets": {"one_country_seconds": 1.0, "all_countries_seconds": 10.0},
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
