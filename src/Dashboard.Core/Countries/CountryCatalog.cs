using System.Collections.Frozen;
using System.Text.Json;

namespace Dashboard.Core.Countries;

/// <summary>
/// Every ISO 3166-1 country, loaded once from the generated <c>countries.json</c> embedded in this
/// assembly (see <c>Countries/README.md</c> for its source and licence).
/// </summary>
public static class CountryCatalog
{
    private static readonly Lazy<Catalog> Data = new(Load);

    /// <summary>All countries ordered by alpha-2 code.</summary>
    public static IReadOnlyList<Country> All => Data.Value.Countries;

    /// <summary>Finds a country by its alpha-2 code, ignoring case and surrounding spaces.</summary>
    public static Country? Find(string? alpha2)
    {
        if (string.IsNullOrWhiteSpace(alpha2))
        {
            return null;
        }

        return Data.Value.ByCode.GetValueOrDefault(alpha2.Trim().ToUpperInvariant());
    }

    /// <summary>Finds a country by its three-digit ISO numeric code ("004" or "4").</summary>
    public static Country? FindByNumeric(string? numeric)
    {
        if (string.IsNullOrWhiteSpace(numeric) || !int.TryParse(numeric, out var value))
        {
            return null;
        }

        return Data.Value.ByNumeric.GetValueOrDefault(value);
    }

    /// <summary>The display name for a code, or the code itself when it is unknown.</summary>
    public static string NameOf(string? alpha2) => Find(alpha2)?.CommonName ?? alpha2 ?? string.Empty;

    private static Catalog Load()
    {
        using var stream = typeof(CountryCatalog).Assembly.GetManifestResourceStream("Dashboard.Core.Countries.countries.json")
            ?? throw new InvalidOperationException("The embedded country list is missing from Dashboard.Core.");
        var rows = JsonSerializer.Deserialize<List<Row>>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The embedded country list is empty.");
        var countries = rows
            .Select(r => new Country { Code = r.Alpha2, Alpha3 = r.Alpha3, Numeric = r.Numeric, Name = r.Name, CommonName = r.CommonName })
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .ToList();
        return new Catalog(
            countries,
            countries.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal),
            countries.ToFrozenDictionary(c => int.Parse(c.Numeric, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private sealed record Row(string Alpha2, string Alpha3, string Numeric, string Name, string CommonName);

    private sealed record Catalog(
        IReadOnlyList<Country> Countries,
        FrozenDictionary<string, Country> ByCode,
        FrozenDictionary<int, Country> ByNumeric);
}
