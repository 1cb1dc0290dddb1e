namespace Dashboard.Core.Map;

/// <summary>
/// The Equal Earth projection (Šavrič, Patterson and Jenny, 2018, "The Equal Earth map projection",
/// International Journal of Geographical Information Science 33(3)): an equal-area pseudocylindrical
/// world projection, so a country's shaded area on the map is in proportion to its real area.
/// Output is for a unit sphere; x grows east, y grows north.
/// </summary>
public static class EqualEarth
{
    private const double A1 = 1.340264;
    private const double A2 = -0.081106;
    private const double A3 = 0.000893;
    private const double A4 = 0.003796;
    private static readonly double M = Math.Sqrt(3) / 2;

    /// <summary>x of longitude 180 on the equator, the half width of the map.</summary>
    public static double MaxX { get; } = Project(180, 0).X;

    /// <summary>y of the North Pole, the half height of the map.</summary>
    public static double MaxY { get; } = Project(0, 90).Y;

    /// <summary>Projects a longitude and latitude in degrees.</summary>
    public static (double X, double Y) Project(double longitude, double latitude)
    {
        var lambda = longitude * Math.PI / 180;
        var phi = Math.Clamp(latitude, -90, 90) * Math.PI / 180;
        var theta = Math.Asin(M * Math.Sin(phi));
        var theta2 = theta * theta;
        var theta6 = theta2 * theta2 * theta2;
        var x = lambda * Math.Cos(theta) / (M * (A1 + (3 * A2 * theta2) + (theta6 * ((7 * A3) + (9 * A4 * theta2)))));
        var y = theta * (A1 + (A2 * theta2) + (theta6 * (A3 + (A4 * theta2))));
        return (x, y);
    }
}
