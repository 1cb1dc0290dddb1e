using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dashboard.Core.Countries;

namespace Dashboard.Core.Map;

/// <summary>
/// The world's country shapes, read once from the embedded <c>world-countries.json</c> (Natural
/// Earth 1:50m, simplified by <c>Map/Source/convert.mjs</c>), cut at the antimeridian and projected
/// with <see cref="EqualEarth"/> into map units: <see cref="Width"/> across, y down as in SVG.
/// Immutable and shared by every map the app draws.
/// </summary>
public sealed class WorldGeometry
{
    /// <summary>Width of the whole map in map units.</summary>
    public const double Width = 1000;

    private static readonly Lazy<WorldGeometry> Shared = new(Load);
    private static readonly double Scale = Width / (2 * EqualEarth.MaxX);

    private readonly FrozenDictionary<string, MapCountry> byCode;

    private WorldGeometry(IReadOnlyList<MapCountry> countries, string source)
    {
        Countries = countries;
        Source = source;
        byCode = countries.Where(c => c.Code is not null).ToFrozenDictionary(c => c.Code!, StringComparer.Ordinal);
    }

    /// <summary>The geometry of the embedded file, loaded on first use.</summary>
    public static WorldGeometry Default => Shared.Value;

    /// <summary>Height of the whole map (pole to pole) in map units.</summary>
    public static double Height { get; } = 2 * EqualEarth.MaxY * Scale;

    /// <summary>Every shape, in the order of the file (by ISO numeric code, shapes without one last).</summary>
    public IReadOnlyList<MapCountry> Countries { get; }

    /// <summary>Where the shapes come from, as the file says.</summary>
    public string Source { get; }

    /// <summary>The name of the embedded file's resource.</summary>
    public static string ResourceName => "Dashboard.Core.Map.world-countries.json";

    /// <summary>The shape of a country by ISO alpha-2 code, or null when Natural Earth has none at this scale.</summary>
    public MapCountry? Find(string? code) => code is null ? null : byCode.GetValueOrDefault(code.ToUpperInvariant());

    /// <summary>Projects a longitude and latitude into map units.</summary>
    public static MapPoint Project(double longitude, double latitude)
    {
        var (x, y) = EqualEarth.Project(longitude, latitude);
        return new MapPoint((x + EqualEarth.MaxX) * Scale, (EqualEarth.MaxY - y) * Scale);
    }

    /// <summary>The raw shapes of the embedded file, before projection (for tests and tools).</summary>
    public static IReadOnlyList<SourceShape> ReadSource()
    {
        using var stream = typeof(WorldGeometry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded world map shapes are missing from Dashboard.Core.");
        var file = JsonSerializer.Deserialize<ShapeFile>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The embedded world map shapes are empty.");
        return file.Countries.Select(c => c with { Source = file.Source }).ToList();
    }

    private static WorldGeometry Load()
    {
        var shapes = ReadSource();
        var countries = shapes.Select(ProjectShape).ToList();
        return new WorldGeometry(countries, shapes.Count > 0 ? shapes[0].Source : string.Empty);
    }

    private static MapCountry ProjectShape(SourceShape shape)
    {
        // Polygons as lists of rings in map units; the first ring of each is its outline.
        var polygons = new List<List<List<MapPoint>>>();
        foreach (var polygon in shape.Polygons)
        {
            var outer = Antimeridian.Cut(ToPoints(polygon[0]));
            var holes = polygon.Skip(1).SelectMany(r => Antimeridian.Cut(ToPoints(r))).ToList();
            foreach (var piece in outer)
            {
                // A hole belongs to the piece on its side of the antimeridian.
                var side = Math.Sign(piece.Average(p => p.Longitude));
                var rings = new List<List<MapPoint>> { ProjectRing(piece) };
                rings.AddRange(holes.Where(h => outer.Count == 1 || Math.Sign(h.Average(p => p.Longitude)) == side).Select(ProjectRing));
                polygons.Add(rings);
            }
        }

        var country = CountryCatalog.FindByNumeric(shape.Id);
        var largest = polygons.MaxBy(p => Math.Abs(RingGeometry.Area(p[0])));
        var anchor = largest is null ? new MapPoint(Width / 2, Height / 2) : RingGeometry.InteriorPoint(largest);
        var bounds = largest is null ? new MapRect(anchor.X, anchor.Y, 0, 0) : RingGeometry.Bounds(largest[0]);
        return new MapCountry(country?.Code, shape.Id, country?.CommonName ?? shape.Name, PathData(polygons), anchor, bounds);
    }

    private static List<GeoPoint> ToPoints(double[] flat)
    {
        var points = new List<GeoPoint>(flat.Length / 2);
        for (var i = 0; i + 1 < flat.Length; i += 2)
        {
            points.Add(new GeoPoint(flat[i], flat[i + 1]));
        }

        return points;
    }

    private static List<MapPoint> ProjectRing(IReadOnlyList<GeoPoint> ring) => ring.Select(p => Project(p.Longitude, p.Latitude)).ToList();

    /// <summary>
    /// SVG path data: an absolute move to the first point of each ring, then relative line steps
    /// (about half the size of absolute ones), in tenths of a map unit. Steps are differences of
    /// rounded positions, so rounding never accumulates. A ring too small for tenths (Monaco, the
    /// Vatican) is written in hundredths, so every country keeps a shape to shade and to click.
    /// </summary>
    private static string PathData(List<List<List<MapPoint>>> polygons)
    {
        var path = new StringBuilder();
        foreach (var ring in polygons.SelectMany(p => p))
        {
            if (!AppendRing(path, ring, 10))
            {
                AppendRing(path, ring, 100);
            }
        }

        return path.ToString();
    }

    private static bool AppendRing(StringBuilder path, List<MapPoint> ring, int unitsPerMapUnit)
    {
        (long X, long Y) Round(MapPoint point) => ((long)Math.Round(point.X * unitsPerMapUnit), (long)Math.Round(point.Y * unitsPerMapUnit));

        var steps = new List<(long X, long Y)>();
        var start = Round(ring[0]);
        var previous = start;
        foreach (var point in ring.Skip(1))
        {
            var current = Round(point);
            if (current != previous)
            {
                steps.Add((current.X - previous.X, current.Y - previous.Y));
                previous = current;
            }
        }

        if (steps.Count > 0 && previous == start)
        {
            steps.RemoveAt(steps.Count - 1);
        }

        if (steps.Count < 2)
        {
            return false;
        }

        var decimals = unitsPerMapUnit == 10 ? 1 : 2;
        path.Append('M').Append(FormatFixed(start.X, decimals)).Append(' ').Append(FormatFixed(start.Y, decimals)).Append('l');
        var first = true;
        foreach (var (dx, dy) in steps)
        {
            AppendNumber(path, dx, decimals, first);
            AppendNumber(path, dy, decimals, false);
            first = false;
        }

        path.Append('z');
        return true;
    }

    private static void AppendNumber(StringBuilder path, long value, int decimals, bool first)
    {
        if (!first && value >= 0)
        {
            path.Append(' ');
        }

        path.Append(FormatFixed(value, decimals));
    }

    /// <summary>A whole number of tenths or hundredths as short SVG text: (12, 1) → "1.2", (-3, 1) → "-.3", (40, 1) → "4", (5, 2) → ".05".</summary>
    internal static string FormatFixed(long value, int decimals)
    {
        var sign = value < 0 ? "-" : string.Empty;
        var divisor = decimals == 1 ? 10L : 100L;
        var magnitude = Math.Abs(value);
        var whole = magnitude / divisor;
        var fraction = (magnitude % divisor).ToString(decimals == 1 ? "0" : "00", CultureInfo.InvariantCulture).TrimEnd('0');
        var wholeText = whole == 0 && fraction.Length > 0 ? string.Empty : whole.ToString(CultureInfo.InvariantCulture);
        return fraction.Length == 0 ? sign + wholeText : sign + wholeText + "." + fraction;
    }

    private sealed record ShapeFile(string Source, IReadOnlyList<SourceShape> Countries);
}

/// <summary>A shape as the conversion script wrote it: ISO numeric id (null when none), Natural Earth's name, and polygons of rings of [lon, lat, lon, lat, ...].</summary>
public sealed record SourceShape(string? Id, string Name, IReadOnlyList<IReadOnlyList<double[]>> Polygons)
{
    public string Source { get; init; } = string.Empty;
}
