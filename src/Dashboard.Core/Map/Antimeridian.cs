namespace Dashboard.Core.Map;

/// <summary>
/// Cuts rings that cross the antimeridian (longitude ±180) so each piece can be projected on its own
/// side of the map: without this, Russia's Chukotka and Fiji would be drawn as bands across the
/// whole world. A ring around a pole (Antarctica) is closed along the pole line instead.
/// </summary>
public static class Antimeridian
{
    /// <summary>The pieces of a closed ring (first point equal to the last), each closed again.</summary>
    public static IReadOnlyList<IReadOnlyList<GeoPoint>> Cut(IReadOnlyList<GeoPoint> ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var open = OpenRing(ring);
        if (open.Count < 3 || !Enumerable.Range(0, open.Count).Any(i => Jumps(open[i], open[(i + 1) % open.Count])))
        {
            return [ring];
        }

        var unwrapped = Unwrap(open);
        var last = unwrapped[^1];
        var closing = Delta(last.Longitude, open[0].Longitude);
        var net = last.Longitude + closing - unwrapped[0].Longitude;
        return Math.Abs(net) > 180 ? [ClosePolar(open)] : SplitAt180(unwrapped);
    }

    private static List<GeoPoint> OpenRing(IReadOnlyList<GeoPoint> ring) =>
        ring.Count > 1 && ring[0] == ring[^1] ? ring.Take(ring.Count - 1).ToList() : ring.ToList();

    private static bool Jumps(GeoPoint a, GeoPoint b) => Math.Abs(b.Longitude - a.Longitude) > 180;

    /// <summary>The longitude step from a to b, taking the short way round.</summary>
    private static double Delta(double a, double b)
    {
        var d = b - a;
        return d > 180 ? d - 360 : d < -180 ? d + 360 : d;
    }

    private static List<GeoPoint> Unwrap(List<GeoPoint> open)
    {
        var result = new List<GeoPoint>(open.Count) { open[0] };
        for (var i = 1; i < open.Count; i++)
        {
            result.Add(open[i] with { Longitude = result[^1].Longitude + Delta(open[i - 1].Longitude, open[i].Longitude) });
        }

        return result;
    }

    /// <summary>A ring that goes once around a pole: open it where it crosses ±180 and close it along the pole.</summary>
    private static List<GeoPoint> ClosePolar(List<GeoPoint> open)
    {
        var j = Enumerable.Range(0, open.Count).First(i => Jumps(open[(i - 1 + open.Count) % open.Count], open[i]));
        var before = open[(j - 1 + open.Count) % open.Count];
        var after = open[j];
        var side = Math.Sign(before.Longitude);
        var afterUnwrapped = after.Longitude + (side * 360);
        var span = afterUnwrapped - before.Longitude;

        // A ring that already runs along the pole line (Natural Earth's Antarctica) steps from +180 to -180 in place.
        var t = Math.Abs(span) < 1e-9 ? 0 : ((side * 180) - before.Longitude) / span;
        var crossingLatitude = before.Latitude + (t * (after.Latitude - before.Latitude));
        var pole = open.Average(p => p.Latitude) < 0 ? -90 : 90;

        var result = new List<GeoPoint> { new(-side * 180, crossingLatitude) };
        for (var k = 0; k < open.Count; k++)
        {
            result.Add(open[(j + k) % open.Count]);
        }

        result.Add(new GeoPoint(side * 180, crossingLatitude));
        result.Add(new GeoPoint(side * 180, pole));
        result.Add(new GeoPoint(-side * 180, pole));
        result.Add(result[0]);
        return result;
    }

    /// <summary>Clips an unwrapped ring to the two sides of the line 180 and moves the eastern part back by 360.</summary>
    private static List<IReadOnlyList<GeoPoint>> SplitAt180(List<GeoPoint> unwrapped)
    {
        if (unwrapped.Min(p => p.Longitude) < -180)
        {
            unwrapped = unwrapped.Select(p => p with { Longitude = p.Longitude + 360 }).ToList();
        }

        var pieces = new List<IReadOnlyList<GeoPoint>>();
        foreach (var (keep, shift) in new (Func<double, bool> Keep, double Shift)[] { (lon => lon <= 180, 0), (lon => lon >= 180, -360) })
        {
            var clipped = ClipHalfPlane(unwrapped, keep);
            if (clipped.Count >= 3)
            {
                var piece = clipped.Select(p => p with { Longitude = p.Longitude + shift }).ToList();
                piece.Add(piece[0]);
                pieces.Add(piece);
            }
        }

        return pieces;
    }

    /// <summary>Sutherland-Hodgman against the vertical line longitude = 180.</summary>
    private static List<GeoPoint> ClipHalfPlane(List<GeoPoint> ring, Func<double, bool> inside)
    {
        var result = new List<GeoPoint>();
        for (var i = 0; i < ring.Count; i++)
        {
            var current = ring[i];
            var previous = ring[(i - 1 + ring.Count) % ring.Count];
            var currentIn = inside(current.Longitude);
            var previousIn = inside(previous.Longitude);
            if (currentIn != previousIn)
            {
                var t = (180 - previous.Longitude) / (current.Longitude - previous.Longitude);
                result.Add(new GeoPoint(180, previous.Latitude + (t * (current.Latitude - previous.Latitude))));
            }

            if (currentIn)
            {
                result.Add(current);
            }
        }

        return result;
    }
}
