"""The world picture as files other tools read: CSV (one row per country) and GeoJSON (a FeatureCollection of
the bundled country shapes carrying the same fields). Pure: rows in, text or a dict out."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from travelrisk.geo.shapes import Ring, decode_topology, world

_PRECISION = 3  # decimal degrees, ~100 m: the bundled shapes are simplified far coarser than that


def _cell(value: Any) -> str:
    if value is None:
        return ""  # unknown stays empty, never a made-up level
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def rows_csv(rows: list[dict[str, Any]]) -> str:
    """CSV with a header of every field, in the order the rows first name them."""
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return buffer.getvalue()


def _closed(ring: Ring) -> list[list[float]]:
    points = [[round(x, _PRECISION), round(y, _PRECISION)] for x, y in ring]
    if points and points[0] != points[-1]:
        points.append(points[0])
    return points


def countries_geojson(rows: list[dict[str, Any]], key: str = "country") -> dict[str, Any]:
    """A GeoJSON FeatureCollection: each row a Feature with its country's MultiPolygon (null geometry for a
    country the bundled shapes do not draw) and the row as its properties."""
    shapes = decode_topology(world())
    features = []
    for row in rows:
        polygons = shapes.get(str(row.get(key)))
        geometry = (
            {"type": "MultiPolygon", "coordinates": [[_closed(r) for r in polygon] for polygon in polygons]}
            if polygons
            else None
        )
        features.append({"type": "Feature", "id": row.get(key), "geometry": geometry, "properties": row})
    return {"type": "FeatureCollection", "features": features}


def ranked(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Countries ranked: strictest level first, then median, then name; countries nobody rates come last."""

    def key(row: dict[str, Any]) -> tuple[float, float, str]:
        strictest, median = row.get("strictest"), row.get("median")
        return (
            -(strictest if isinstance(strictest, int | float) else 0),
            -(median if isinstance(median, int | float) else 0),
            str(row.get("name") or row.get("country") or ""),
        )

    return sorted(rows, key=key)
