namespace Dashboard.Core.Map;

/// <summary>Plane geometry of projected rings: area, bounds, and a point inside a polygon.</summary>
public static class RingGeometry
{
    /// <summary>Signed area (shoelace formula).</summary>
    public static double Area(IReadOnlyList<MapPoint> ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var sum = 0.0;
        for (var i = 0; i < ring.Count; i++)
        {
            var a = ring[i];
            var b = ring[(i + 1) % ring.Count];
            sum += (a.X * b.Y) - (b.X * a.Y);
        }

        return sum / 2;
    }

    public static MapRect Bounds(IReadOnlyList<MapPoint> ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        return MapRect.FromCorners(ring.Min(p => p.X), ring.Min(p => p.Y), ring.Max(p => p.X), ring.Max(p => p.Y));
    }

    /// <summary>
    /// A point inside a polygon (outline plus holes) where a marker can sit: the centroid of the
    /// outline when it lies inside, else the middle of the widest inside stretch of the horizontal
    /// line through the centroid (crescent and C-shaped countries, or a centroid in a hole such as
    /// Lesotho inside South Africa).
    /// </summary>
    public static MapPoint InteriorPoint(IReadOnlyList<IReadOnlyList<MapPoint>> polygon)
    {
        ArgumentNullException.ThrowIfNull(polygon);
        var outline = polygon[0];
        var centroid = Centroid(outline);
        var crossings = polygon.SelectMany(ring => Crossings(ring, centroid.Y)).Order().ToList();
        var stretches = new List<(double From, double To)>();
        for (var i = 0; i + 1 < crossings.Count; i += 2)
        {
            stretches.Add((crossings[i], crossings[i + 1]));
        }

        if (stretches.Count == 0 || stretches.Any(s => s.From <= centroid.X && centroid.X <= s.To))
        {
            return centroid;
        }

        var widest = stretches.MaxBy(s => s.To - s.From);
        return new MapPoint((widest.From + widest.To) / 2, centroid.Y);
    }

    private static MapPoint Centroid(IReadOnlyList<MapPoint> ring)
    {
        var area = Area(ring);
        if (Math.Abs(area) < 1e-9)
        {
            return new MapPoint(ring.Average(p => p.X), ring.Average(p => p.Y));
        }

        double cx = 0, cy = 0;
        for (var i = 0; i < ring.Count; i++)
        {
            var a = ring[i];
            var b = ring[(i + 1) % ring.Count];
            var cross = (a.X * b.Y) - (b.X * a.Y);
            cx += (a.X + b.X) * cross;
            cy += (a.Y + b.Y) * cross;
        }

        return new MapPoint(cx / (6 * area), cy / (6 * area));
    }

    /// <summary>Where the ring's edges cross the horizontal line at y (half-open, so a vertex counts once).</summary>
    private static IEnumerable<double> Crossings(IReadOnlyList<MapPoint> ring, double y)
    {
        for (var i = 0; i < ring.Count; i++)
        {
            var a = ring[i];
            var b = ring[(i + 1) % ring.Count];
            if ((a.Y <= y && y < b.Y) || (b.Y <= y && y < a.Y))
            {
                yield return a.X + ((y - a.Y) / (b.Y - a.Y) * (b.X - a.X));
            }
        }
    }
}
