using System.Collections.Frozen;
using System.Text.Json;

namespace Dashboard.Core.Geography;

/// <summary>
/// Country positions generated from Natural Earth's 1:50m countries (see <c>Geography/README.md</c>),
/// embedded in this assembly and loaded once.
/// </summary>
public sealed class NaturalEarthCountryPositions : ICountryPositions
{
    private static readonly Lazy<FrozenDictionary<string, GeoPoint>> Positions = new(Load);

    public GeoPoint? Find(string? alpha2) =>
        !string.IsNullOrWhiteSpace(alpha2) && Positions.Value.TryGetValue(alpha2.Trim().ToUpperInvariant(), out var point) ? point : null;

    private static FrozenDictionary<string, GeoPoint> Load()
    {
        using var stream = typeof(NaturalEarthCountryPositions).Assembly.GetManifestResourceStream("Dashboard.Core.Geography.country_positions.json")
            ?? throw new InvalidOperationException("The embedded country positions are missing from Dashboard.Core.");
        var rows = JsonSerializer.Deserialize<List<Row>>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The embedded country positions are empty.");
        return rows.ToFrozenDictionary(r => r.Alpha2, r => new GeoPoint(r.Longitude, r.Latitude), StringComparer.Ordinal);
    }

    private sealed record Row(string Alpha2, double Longitude, double Latitude);
}
