namespace Dashboard.Core.Map;

/// <summary>A point on the map, in map units: x grows east, y grows south (as in SVG).</summary>
public readonly record struct MapPoint(double X, double Y)
{
    public double DistanceTo(MapPoint other) => Math.Sqrt(((other.X - X) * (other.X - X)) + ((other.Y - Y) * (other.Y - Y)));
}

/// <summary>A rectangle in map units.</summary>
public readonly record struct MapRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public MapPoint Center => new(X + (Width / 2), Y + (Height / 2));

    public static MapRect FromCorners(double left, double top, double right, double bottom) => new(left, top, right - left, bottom - top);

    public MapRect Union(MapRect other) => FromCorners(Math.Min(X, other.X), Math.Min(Y, other.Y), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));

    public MapRect Inflate(double margin) => new(X - margin, Y - margin, Width + (2 * margin), Height + (2 * margin));

    public bool Contains(MapPoint point) => point.X >= X && point.X <= Right && point.Y >= Y && point.Y <= Bottom;
}

/// <summary>A longitude and latitude in degrees.</summary>
public readonly record struct GeoPoint(double Longitude, double Latitude);
