"""Derive the compact data files shipped in `travelrisk/geo/data/` from the shared open data.

Run from the repository root: `python tools/build_geo_data.py ../shared/data/geo`. The outputs are
committed; this script documents how they were made (sources and licences in `NOTICE`).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "travelrisk" / "geo" / "data"
OBSOLETE = {"AN", "CS"}  # Netherlands Antilles, Serbia and Montenegro: no longer ISO 3166-1


def build_countries(geo: Path) -> None:
    rows = list(csv.DictReader((geo / "countries" / "country_neighbours_geonames.csv").open(encoding="utf-8")))
    with (OUT / "countries.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["iso2", "iso3", "numeric", "name", "continent", "capital", "neighbours"])
        for row in rows:
            if row["iso2"] in OBSOLETE:
                continue
            neighbours = " ".join(n for n in row["neighbours_iso2"].split() if n not in OBSOLETE)
            writer.writerow(
                [row["iso2"], row["iso3"], row["isonumeric"], row["name"], row["continent"], row["capital"], neighbours]
            )


if __name__ == "__main__":
    geo_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/geo")
    build_countries(geo_dir)
