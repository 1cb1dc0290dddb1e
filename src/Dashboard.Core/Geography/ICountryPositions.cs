namespace Dashboard.Core.Geography;

/// <summary>A point on the earth in WGS 84 degrees.</summary>
public readonly record struct GeoPoint(double Longitude, double Latitude);

/// <summary>Where on a map a country is drawn: one representative point on its territory.</summary>
public interface ICountryPositions
{
    /// <summary>The point for an ISO 3166-1 alpha-2 code, or null when no geometry is known for it.</summary>
    GeoPoint? Find(string? alpha2);
}
