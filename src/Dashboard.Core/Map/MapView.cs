using System.Globalization;

namespace Dashboard.Core.Map;

/// <summary>The named regions the map can zoom to.</summary>
public enum MapRegion
{
    World,
    Europe,
    MiddleEast,
    EastAsia,
    Africa,
}

/// <summary>
/// What part of the map is shown: a region preset and zoom steps in or out from it. It lives in the
/// address (<c>view=europe&amp;zoom=1</c>) and becomes the SVG's viewBox, so zooming is server-rendered
/// and a shared or exported map shows the same extent.
/// </summary>
public sealed record MapView(MapRegion Region = MapRegion.World, int Zoom = 0)
{
    public const string RegionKey = "view";
    public const string ZoomKey = "zoom";
    public const int MinZoom = -3;
    public const int MaxZoom = 4;
    public const double ZoomStep = 1.5;

    /// <summary>The world preset: every country from the Arctic to 60° south (most of Antarctica is left out).</summary>
    public static MapRect WorldBox { get; } = MapRect.FromCorners(0, WorldGeometry.Project(0, 85).Y, WorldGeometry.Width, WorldGeometry.Project(0, -60).Y);

    /// <summary>Width over height of every view, so the map keeps its place on the page when zooming.</summary>
    public static double AspectRatio => WorldBox.Width / WorldBox.Height;

    public static MapView Default { get; } = new();

    public static IReadOnlyList<MapRegion> Regions { get; } = Enum.GetValues<MapRegion>();

    /// <summary>A box chosen by code rather than the address (the compact map fitting a country and its partners).</summary>
    public MapRect? CustomBox { get; init; }

    public bool IsDefault => this == Default;

    public bool CanZoomIn => Zoom < MaxZoom;

    /// <summary>False once the view shows the whole world width.</summary>
    public bool CanZoomOut => Zoom > MinZoom && ViewBox.Width < WorldBox.Width - 0.5;

    /// <summary>How much larger things are drawn than in the world view; strokes and markers divide by it.</summary>
    public double Magnification => WorldBox.Width / ViewBox.Width;

    /// <summary>The visible rectangle in map units.</summary>
    public MapRect ViewBox => CustomBox ?? Fit(RegionBox(Region), Zoom);

    /// <summary>A view that fits a box (with a margin), keeping the aspect ratio and at least a minimum width.</summary>
    public static MapView Around(MapRect box, double minWidth = 160) => new() { CustomBox = FitAround(box.Inflate(box.Width * 0.08 + 6), minWidth) };

    public static string RegionName(MapRegion region) => region switch
    {
        MapRegion.Europe => "europe",
        MapRegion.MiddleEast => "middle-east",
        MapRegion.EastAsia => "east-asia",
        MapRegion.Africa => "africa",
        _ => "world",
    };

    public static string RegionLabel(MapRegion region) => region switch
    {
        MapRegion.Europe => "Europe",
        MapRegion.MiddleEast => "Middle East",
        MapRegion.EastAsia => "East Asia",
        MapRegion.Africa => "Africa",
        _ => "World",
    };

    /// <summary>Reads the view from the address; unknown values fall back to the world and zoom 0.</summary>
    public static MapView Parse(string? region, string? zoom)
    {
        var parsedRegion = Regions.FirstOrDefault(r => RegionName(r).Equals(region?.Trim(), StringComparison.OrdinalIgnoreCase), MapRegion.World);
        var parsedZoom = int.TryParse(zoom, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var z) ? Math.Clamp(z, MinZoom, MaxZoom) : 0;
        return new MapView(parsedRegion, parsedZoom);
    }

    /// <summary>The view's keys for the address; nothing for the default.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToQueryParameters()
    {
        if (Region != MapRegion.World)
        {
            yield return new(RegionKey, RegionName(Region));
        }

        if (Zoom != 0)
        {
            yield return new(ZoomKey, Zoom.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The viewBox attribute value.</summary>
    public string ViewBoxText => FormatBox(ViewBox);

    public static string FormatBox(MapRect box) => string.Create(CultureInfo.InvariantCulture, $"{box.X:0.#} {box.Y:0.#} {box.Width:0.#} {box.Height:0.#}");

    /// <summary>A box of the view's aspect around the given one, enlarged to at least minWidth and kept inside the world.</summary>
    public static MapRect FitAround(MapRect box, double minWidth)
    {
        var width = Math.Max(Math.Max(box.Width, box.Height * AspectRatio), minWidth);
        return Clamp(Centered(box.Center, width));
    }

    private static MapRect RegionBox(MapRegion region) => region switch
    {
        MapRegion.Europe => GeoBox(-25, 34, 45, 71),
        MapRegion.MiddleEast => GeoBox(24, 11, 64, 42),
        MapRegion.EastAsia => GeoBox(72, -2, 148, 55),
        MapRegion.Africa => GeoBox(-20, -36, 53, 38),
        _ => WorldBox,
    };

    /// <summary>The projected box around a longitude and latitude range (its edges sampled, since meridians curve).</summary>
    private static MapRect GeoBox(double west, double south, double east, double north)
    {
        var points = new List<MapPoint>();
        for (var i = 0; i <= 10; i++)
        {
            var lon = west + ((east - west) * i / 10);
            var lat = south + ((north - south) * i / 10);
            points.Add(WorldGeometry.Project(lon, south));
            points.Add(WorldGeometry.Project(lon, north));
            points.Add(WorldGeometry.Project(west, lat));
            points.Add(WorldGeometry.Project(east, lat));
        }

        return RingGeometry.Bounds(points);
    }

    private static MapRect Fit(MapRect regionBox, int zoom)
    {
        var width = Math.Max(regionBox.Width, regionBox.Height * AspectRatio) / Math.Pow(ZoomStep, zoom);
        return Clamp(Centered(regionBox.Center, width));
    }

    private static MapRect Centered(MapPoint center, double width)
    {
        var height = width / AspectRatio;
        return new MapRect(center.X - (width / 2), center.Y - (height / 2), width, height);
    }

    /// <summary>Never wider than the world view, and shifted to stay on the map.</summary>
    private static MapRect Clamp(MapRect box)
    {
        if (box.Width >= WorldBox.Width)
        {
            return WorldBox;
        }

        var x = Math.Clamp(box.X, 0, WorldGeometry.Width - box.Width);
        var y = Math.Clamp(box.Y, 0, WorldGeometry.Height - box.Height);
        return box with { X = x, Y = y };
    }
}
