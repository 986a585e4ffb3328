"""Country shapes: a small TopoJSON decoder and the geometry the rest of travelrisk needs (pure).

The shapes are Natural Earth admin-0 (public domain) via world-atlas (ISC), shipped derived and simplified
in `data/world.json` (see NOTICE).
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from typing import Any

Ring = list[tuple[float, float]]  # (lon, lat)


def decode_topology(topology: dict[str, Any], object_name: str = "countries") -> dict[str, list[list[Ring]]]:
    """Polygons (each a list of rings) per feature id of a TopoJSON object."""
    transform = topology.get("transform")
    arcs: list[Ring] = []
    for arc in topology["arcs"]:
        points: Ring = []
        x = y = 0.0
        for point in arc:
            if transform:
                x += point[0]
                y += point[1]
                points.append(
                    (
                        x * transform["scale"][0] + transform["translate"][0],
                        y * transform["scale"][1] + transform["translate"][1],
                    )
                )
            else:
                points.append((point[0], point[1]))
        arcs.append(points)

    def ring(indices: list[int]) -> Ring:
        out: Ring = []
        for index in indices:
            points = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
            out.extend(points[1:] if out else points)
        return out

    features: dict[str, list[list[Ring]]] = {}
    for geometry in topology["objects"][object_name]["geometries"]:
        key = str(geometry.get("id") or (geometry.get("properties") or {}).get("name", ""))
        if geometry["type"] == "Polygon":
            polygons = [[ring(r) for r in geometry["arcs"]]]
        elif geometry["type"] == "MultiPolygon":
            polygons = [[ring(r) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        features.setdefault(key, []).extend(polygons)
    return features


def shared_arc_neighbours(topology: dict[str, Any], object_name: str = "countries") -> dict[str, set[str]]:
    """Feature ids that share at least one arc: neighbours by a common border line."""
    users: dict[int, set[str]] = {}
    for geometry in topology["objects"][object_name]["geometries"]:
        key = str(geometry.get("id") or "")
        if not key:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for ring_ in polygon:
                for index in ring_:
                    users.setdefault(index if index >= 0 else ~index, set()).add(key)
    neighbours: dict[str, set[str]] = {}
    for keys in users.values():
        for key in keys:
            neighbours.setdefault(key, set()).update(keys - {key})
    return neighbours


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def point_in_polygons(lon: float, lat: float, polygons: list[list[Ring]]) -> bool:
    """Even-odd rule over every ring (holes included)."""
    inside = False
    for polygon in polygons:
        for ring_ in polygon:
            j = len(ring_) - 1
            for i in range(len(ring_)):
                xi, yi = ring_[i]
                xj, yj = ring_[j]
                if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / ((yj - yi) or 1e-12) + xi:
                    inside = not inside
                j = i
    return inside


def distance_to_polygons_km(lat: float, lon: float, polygons: list[list[Ring]]) -> float:
    """Distance from a point to the nearest vertex of the shapes (good enough at border scale)."""
    return min((haversine_km(lat, lon, y, x) for polygon in polygons for r in polygon for x, y in r), default=math.inf)


@cache
def world() -> dict[str, Any]:
    """The shipped simplified world TopoJSON (ISO2 ids)."""
    with (resources.files("travelrisk.geo") / "data" / "world.json").open(encoding="utf-8") as fh:
        topology: dict[str, Any] = json.load(fh)
    return topology
