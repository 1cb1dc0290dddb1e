#!/usr/bin/env python3
"""Generates country_positions.json: one representative point (longitude, latitude) per ISO 3166-1
country, from Natural Earth's 1:50m admin-0 countries as packaged by the npm package world-atlas.

Usage (from the repository root):
    (cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz)
    python3 src/Dashboard.Core/Geography/generate_country_positions.py /tmp/package/countries-50m.json

The point is the area centroid of the country's largest polygon (its mainland), moved onto the
polygon when the centroid falls outside it (a crescent-shaped country), so that flow lines start and
end on land. Shapes are matched to countries by ISO numeric code (Natural Earth's ids), using
src/Dashboard.Core/Countries/countries.json.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
COUNTRIES = os.path.join(HERE, "..", "Countries", "countries.json")
OUTPUT = os.path.join(HERE, "country_positions.json")


def decode_arcs(topology):
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        points, x, y = [], 0, 0
        for position in arc:
            if transform:
                x, y = x + position[0], y + position[1]
                sx, sy = transform["scale"]
                tx, ty = transform["translate"]
                points.append((x * sx + tx, y * sy + ty))
            else:
                points.append((position[0], position[1]))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def polygons_of(geometry, arcs):
    if geometry["type"] == "Polygon":
        return [[ring(arcs, r) for r in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[ring(arcs, r) for r in polygon] for polygon in geometry["arcs"]]
    return []


def signed_area_and_centroid(points):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if area == 0:
        xs, ys = zip(*points)
        return 0.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    return area, (cx / (6 * area), cy / (6 * area))


def inside(point, points):
    x, y = point
    result = False
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
            result = not result
    return result


def in_polygon(point, polygon):
    return inside(point, polygon[0]) and not any(inside(point, hole) for hole in polygon[1:])


def point_on_surface(polygon, latitude):
    """The middle of the widest stretch of the polygon along a line of latitude."""
    crossings = []
    for points in polygon:
        for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
            if (y0 > latitude) != (y1 > latitude):
                crossings.append((x1 - x0) * (latitude - y0) / (y1 - y0) + x0)
    crossings.sort()
    best = None
    for left, right in zip(crossings[0::2], crossings[1::2]):
        if best is None or right - left > best[1] - best[0]:
            best = (left, right)
    return None if best is None else ((best[0] + best[1]) / 2, latitude)


def representative_point(polygons):
    largest = max(polygons, key=lambda p: abs(signed_area_and_centroid(p[0])[0]))
    _, centroid = signed_area_and_centroid(largest[0])
    if in_polygon(centroid, largest):
        return centroid
    ys = [y for _, y in largest[0]]
    for latitude in (centroid[1], (min(ys) + max(ys)) / 2):
        point = point_on_surface(largest, latitude)
        if point is not None and in_polygon(point, largest):
            return point
    return largest[0][0]


def main(path):
    with open(path, encoding="utf-8") as f:
        topology = json.load(f)
    with open(COUNTRIES, encoding="utf-8") as f:
        by_numeric = {int(c["numeric"]): c["alpha2"] for c in json.load(f)}
    arcs = decode_arcs(topology)
    positions = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        numeric = geometry.get("id")
        if numeric is None or not str(numeric).isdigit() or int(numeric) not in by_numeric:
            continue
        polygons = polygons_of(geometry, arcs)
        if not polygons:
            continue
        longitude, latitude = representative_point(polygons)
        positions[by_numeric[int(numeric)]] = {"alpha2": by_numeric[int(numeric)], "longitude": round(longitude, 3), "latitude": round(latitude, 3)}
    rows = [positions[code] for code in sorted(positions)]
    with open(OUTPUT, "w", encoding="utf-8") as f:
        json.dump(rows, f, indent=1)
        f.write("\n")
    print(f"{len(rows)} countries written to {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/package/countries-50m.json")
