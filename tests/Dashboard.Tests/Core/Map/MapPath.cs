using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Core.Map;

namespace Dashboard.Tests.Core.Map;

/// <summary>Reads back the path data <see cref="WorldGeometry"/> writes: "M x y l dx dy dx dy ... z" per ring.</summary>
internal static partial class MapPath
{
    public static IReadOnlyList<IReadOnlyList<MapPoint>> Rings(string pathData) =>
        pathData.Split('M', StringSplitOptions.RemoveEmptyEntries).Select(Ring).ToList();

    private static List<MapPoint> Ring(string ring)
    {
        var numbers = Number().Matches(ring).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        var points = new List<MapPoint> { new(numbers[0], numbers[1]) };
        for (var i = 2; i + 1 < numbers.Count; i += 2)
        {
            points.Add(new MapPoint(points[^1].X + numbers[i], points[^1].Y + numbers[i + 1]));
        }

        return points;
    }

    [GeneratedRegex(@"-?(\d+\.?\d*|\.\d+)")]
    private static partial Regex Number();
}
