"""SVG maps drawn on the server from the shipped Natural Earth shapes (no map library, no CDN)."""

from __future__ import annotations

import itertools
from functools import cache

from travelrisk.geo.shapes import Ring, decode_topology, world

WIDTH, HEIGHT = 960.0, 450.0
TOP, BOTTOM = 84.0, -58.0  # latitudes drawn: Antarctica left out


def _project(lon: float, lat: float, box: tuple[float, float, float, float], width: float, height: float) -> str:
    west, south, east, north = box
    x = (lon - west) / (east - west) * width
    y = (north - lat) / (north - south) * height
    return f"{x:.1f},{y:.1f}"


def _unwrap(ring: Ring) -> list[Ring]:
    """A ring that crosses the antimeridian, made continuous, plus its copy on the other side of the map
    (the SVG view clips what falls outside), instead of a stripe across the whole world."""
    out: Ring = [ring[0]]
    shift = 0.0
    for (lon0, _lat0), (lon, lat) in itertools.pairwise(ring):
        if lon - lon0 > 180:
            shift -= 360
        elif lon0 - lon > 180:
            shift += 360
        out.append((lon + shift, lat))
    lons = [p[0] for p in out]
    if max(lons) > 180:
        return [out, [(lon - 360, lat) for lon, lat in out]]
    if min(lons) < -180:
        return [out, [(lon + 360, lat) for lon, lat in out]]
    return [out]


def _path(polygons: list[list[Ring]], box: tuple[float, float, float, float], width: float, height: float) -> str:
    parts = []
    for polygon in polygons:
        for ring in polygon:
            if len(ring) < 3:
                continue
            for piece in _unwrap(ring):
                points = " ".join(_project(lon, lat, box, width, height) for lon, lat in piece)
                parts.append(f"M{points}Z")
    return "".join(parts)


@cache
def shapes() -> dict[str, list[list[Ring]]]:
    return decode_topology(world())


@cache
def world_paths() -> dict[str, str]:
    """ISO2 -> SVG path data of the whole-world map."""
    box = (-180.0, BOTTOM, 180.0, TOP)
    return {code: _path(polygons, box, WIDTH, HEIGHT) for code, polygons in shapes().items()}


def bbox(code: str) -> tuple[float, float, float, float] | None:
    points = [p for polygon in shapes().get(code, []) for ring in polygon for p in ring]
    if not points:
        return None
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return min(lons), min(lats), max(lons), max(lats)


def local_map(code: str, points: list[dict], *, width: float = 480.0, height: float = 360.0) -> dict | None:
    """A small map around one country: its shape, its neighbours' shapes, and the given points placed."""
    box = bbox(code)
    if box is None:
        return None
    west, south, east, north = box
    pad_x, pad_y = max(1.0, (east - west) * 0.25), max(1.0, (north - south) * 0.25)
    view = (west - pad_x, south - pad_y, east + pad_x, north + pad_y)
    paths = []
    for other, polygons in shapes().items():
        other_box = bbox(other)
        if (
            other_box
            and other_box[0] < view[2]
            and other_box[2] > view[0]
            and other_box[1] < view[3]
            and other_box[3] > view[1]
        ):
            paths.append({"code": other, "d": _path(polygons, view, width, height), "self": other == code})
    placed = []
    for point in points:
        if point.get("lat") is None:
            continue
        x, y = _project(point["lon"], point["lat"], view, width, height).split(",")
        placed.append({**point, "x": x, "y": y})
    return {"width": width, "height": height, "paths": paths, "points": placed}
