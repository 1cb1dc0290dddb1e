namespace Dashboard.Core.Countries;

/// <summary>An ISO 3166-1 country. Rows come from <see cref="CountryCatalog"/>, never from users.</summary>
public sealed class Country
{
    /// <summary>ISO 3166-1 alpha-2 code, upper case; the key.</summary>
    public required string Code { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code.</summary>
    public required string Alpha3 { get; init; }

    /// <summary>ISO 3166-1 numeric code, three digits with leading zeros (matches Natural Earth's ids).</summary>
    public required string Numeric { get; init; }

    /// <summary>ISO English short name ("Iran, Islamic Republic of").</summary>
    public required string Name { get; init; }

    /// <summary>The name shown to people ("Iran").</summary>
    public required string CommonName { get; init; }
}
