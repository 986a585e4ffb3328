"""Derive the compact data files shipped in `travelrisk/geo/data/` from the shared open data.

Run from the repository root: `python tools/build_geo_data.py ../shared/data/geo`. The outputs are
committed; this script documents how they were made (sources and licences in `NOTICE`).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

from travelrisk.geo.countries import normalise_name, resolve_name
from travelrisk.geo.shapes import decode_topology, distance_to_polygons_km

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


def numeric_to_iso2() -> dict[str, str]:
    rows = csv.DictReader((OUT / "countries.csv").open(encoding="utf-8"))
    return {row["numeric"].zfill(3): row["iso2"] for row in rows}


def build_world(geo: Path) -> None:
    """Natural Earth 110m shapes with ISO2 ids (Kosovo has no numeric id: matched by name)."""
    topology = json.loads((geo / "world_shapes" / "countries-110m.json").read_text(encoding="utf-8"))
    to_iso2 = numeric_to_iso2()
    kept = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = (geometry.get("properties") or {}).get("name", "")
        raw_id = str(geometry.get("id") or "")
        iso2 = (to_iso2.get(raw_id.zfill(3)) if raw_id else None) or ("XK" if name == "Kosovo" else None)
        if iso2 is None:
            continue  # N. Cyprus, Somaliland: no ISO 3166 code
        kept.append({"type": geometry["type"], "arcs": geometry["arcs"], "id": iso2, "properties": {"name": name}})
    topology["objects"] = {"countries": {"type": "GeometryCollection", "geometries": kept}}
    (OUT / "world.json").write_text(json.dumps(topology, separators=(",", ":")), encoding="utf-8")


def _shapes_50m(geo: Path) -> dict[str, list]:
    topology = json.loads((geo / "world_shapes" / "countries-50m.json").read_text(encoding="utf-8"))
    to_iso2 = numeric_to_iso2()
    return {to_iso2[k.zfill(3)]: v for k, v in decode_topology(topology).items() if k.zfill(3) in to_iso2}


def build_crossings(geo: Path) -> None:
    """Belarus's curated road crossings plus UN/LOCODE road/rail border-crossing points elsewhere; the other
    side of a UN/LOCODE point is the land neighbour whose shape is nearest (dropped when none is within 25 km)."""
    neighbours = {row["iso2"]: row["neighbours"].split() for row in csv.DictReader((OUT / "countries.csv").open())}
    shapes = _shapes_50m(geo)
    out = []
    curated_codes = set()
    curated_pairs = []  # borders the curated list covers completely: UN/LOCODE adds nothing there
    for row in csv.DictReader((geo / "borders" / "belarus_road_crossings.csv").open(encoding="utf-8")):
        curated_codes.add(row["unlocode_neighbour_side"])
        curated_pairs.append({row["neighbour_iso2"], "BY"})
        lat, lon, source = row["neighbour_side_lat"], row["neighbour_side_lon"], row["neighbour_side_coord_source"]
        if not lat and row["by_side_lat"]:
            lat, lon, source = row["by_side_lat"], row["by_side_lon"], row["by_side_coord_source"]
        precision = "settlement" if "settlement" in source.lower() else ("1 arc-minute" if lat else "none")
        by_names = [n.strip() for n in row["by_side_name"].replace("(", "/").replace(")", "").split("/") if n.strip()]
        side_names = [n.strip() for n in row["neighbour_side_name"].replace("(", "/").replace(")", "").split("/")]
        baseline = "closed" if row["status_since"].startswith("unknown") else "open"
        out.append(
            {
                "id": row["crossing_id"],
                "country": row["neighbour_iso2"],
                "neighbour": "BY",
                "name": side_names[0],
                "name_other_side": by_names[0],
                "other_names": "|".join(n.strip('"') for n in side_names[1:] + by_names[1:] + [row["by_side_name_ru"]]),
                "mode": row["mode"],
                "lat": lat,
                "lon": lon,
                "coord_precision": precision,
                "restrictions": row["traffic_notes"],
                "baseline": baseline,
                "source": "belarus_road_crossings.csv: " + row["sources"].split()[0],
            }
        )
    raw = (geo / "unlocode_border_crossing_B.csv").read_bytes().decode("utf-8", errors="replace")
    for row in csv.DictReader(io.StringIO(raw)):
        function = row["function"]
        if ("2" not in function[:3] and "3" not in function[:3]) or not row["lat"]:
            continue  # ports and airports only
        country, lat, lon = row["country"], float(row["lat"]), float(row["lon"])
        candidates = [
            (distance_to_polygons_km(lat, lon, shapes[n]), n) for n in neighbours.get(country, []) if n in shapes
        ]
        if not candidates:
            continue
        distance, neighbour = min(candidates)
        if distance > 25 or {country, neighbour} in curated_pairs:
            continue
        names = (row["name"] if "\ufffd" not in row["name"] else row["nameWoDiacritics"]).split("/")
        name = names[0].split(" (")[0].strip()
        crossing_id = f"{country}-{neighbour}-{row['location']}"
        known = {normalise_name(n) for c in out for n in [c["name"], *c["other_names"].split("|")] if n}
        if (
            f"{country}{row['location']}" in curated_codes
            or crossing_id in {c["id"] for c in out}
            or (normalise_name(name) in known)
        ):
            continue
        out.append(
            {
                "id": crossing_id,
                "country": country,
                "neighbour": neighbour,
                "name": name,
                "name_other_side": "",
                "other_names": "|".join(
                    dict.fromkeys(
                        n.strip(" )")
                        for n in [*names[1:], *row["name"].split(" (")[1:], row["nameWoDiacritics"]]
                        if n.strip(" )") and n.strip(" )") != name and "\ufffd" not in n
                    )
                ),
                "mode": "road" if "3" in function[:3] else "rail",
                "lat": f"{lat:.5f}",
                "lon": f"{lon:.5f}",
                "coord_precision": "1 arc-minute" if row["geocoded"] != "true" else "geocoded (OSM)",
                "restrictions": "",
                "baseline": "open",
                "source": f"UN/LOCODE {country}{row['location']} (other side inferred from Natural Earth shapes)",
            }
        )
    with (OUT / "crossings.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(out[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)


def build_missions(geo: Path) -> None:
    """Diplomatic missions (Wikidata via database-of-embassies, CC0): operator, host, city, type, coordinates."""
    with gzip.open(geo / "embassies" / "database_of_embassies_2022-11-16.csv.gz", "rt", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    out = []
    cities: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in rows:
        operator, host = resolve_name(row["operator"]), resolve_name(row["country"])
        if not operator or not host or operator == host:
            continue
        lat, lon = row["latitude"], row["longitude"]
        out.append(
            {
                "qid": row["QID"].rsplit("/", 1)[-1],
                "operator": operator,
                "host": host,
                "city": row["city"],
                "type": row["type"],
                "lat": lat,
                "lon": lon,
            }
        )
        if lat and lon and row["city"]:
            cities[(row["city"], host)].append((float(lat), float(lon)))
    with gzip.open(OUT / "missions.csv.gz", "wt", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(out[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    # Cities that host missions (capitals and consular cities) with the median of their missions' points.
    with (OUT / "cities.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["city", "country", "lat", "lon", "missions"])
        for (city, country), points in sorted(cities.items()):
            if len(points) < 2:
                continue
            writer.writerow(
                [
                    city,
                    country,
                    f"{statistics.median(p[0] for p in points):.4f}",
                    f"{statistics.median(p[1] for p in points):.4f}",
                    len(points),
                ]
            )


if __name__ == "__main__":
    geo_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/geo")
    build_countries(geo_dir)
    build_world(geo_dir)
    build_crossings(geo_dir)
    build_missions(geo_dir)
