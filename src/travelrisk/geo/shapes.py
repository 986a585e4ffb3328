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


def _arcs(topology: dict[str, Any]) -> list[Ring]:
    """The topology's arcs as (lon, lat) points, quantisation undone."""
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
    return arcs


def decode_topology(topology: dict[str, Any], object_name: str = "countries") -> dict[str, list[list[Ring]]]:
    """Polygons (each a list of rings) per feature id of a TopoJSON object."""
    arcs = _arcs(topology)

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


def _arc_users(topology: dict[str, Any], object_name: str) -> dict[int, set[str]]:
    """The feature ids whose rings run along each arc."""
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
    return users


def shared_arc_neighbours(topology: dict[str, Any], object_name: str = "countries") -> dict[str, set[str]]:
    """Feature ids that share at least one arc: neighbours by a common border line."""
    neighbours: dict[str, set[str]] = {}
    for keys in _arc_users(topology, object_name).values():
        for key in keys:
            neighbours.setdefault(key, set()).update(keys - {key})
    return neighbours


def border_bearings(topology: dict[str, Any], object_name: str = "countries") -> dict[tuple[str, str], float]:
    """For each feature and each neighbour it shares a border line with, the compass bearing (degrees from north)
    from the middle of the feature's largest polygon to the middle of that line: which side of it the border is on."""
    arcs = _arcs(topology)
    lines: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for index, keys in _arc_users(topology, object_name).items():
        if len(keys) == 2:
            one, other = sorted(keys)
            lines.setdefault((one, other), []).extend(arcs[index])
    shapes = decode_topology(topology, object_name)
    centres = {}
    for key, polygons in shapes.items():
        outline = max((polygon[0] for polygon in polygons), key=len)
        centres[key] = (sum(x for x, _ in outline) / len(outline), sum(y for _, y in outline) / len(outline))
    bearings: dict[tuple[str, str], float] = {}
    for (one, other), points in lines.items():
        middle = (sum(x for x, _ in points) / len(points), sum(y for _, y in points) / len(points))
        for here, there in ((one, other), (other, one)):
            lon, lat = centres[here]
            east, north = (middle[0] - lon) * math.cos(math.radians(lat)), middle[1] - lat
            bearings[(here, there)] = math.degrees(math.atan2(east, north)) % 360
    return bearings


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
