using Dashboard.Core.Countries;

namespace Dashboard.Core.Conflicts;

/// <summary>
/// The CSV format does not say whether a recipient is a state, so a new party is classified by its
/// name: a party named like its country ("Ukraine", "Russia" for "Russian Federation") is a state,
/// anything else (Hamas, the RSF) a non-state party. Admins correct the guess in the reference data.
/// </summary>
public static class PartyKinds
{
    public static PartyKind Guess(string name, string? countryCode)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (CountryCatalog.Find(countryCode) is not { } country)
        {
            return PartyKind.NonState;
        }

        var trimmed = name.Trim();
        return new[] { country.CommonName, country.Name }.Any(n =>
                n.Equals(trimmed, StringComparison.OrdinalIgnoreCase)
                || (trimmed.Length >= 4 && n.StartsWith(trimmed, StringComparison.OrdinalIgnoreCase)))
            ? PartyKind.State
            : PartyKind.NonState;
    }
}
