using Dashboard.Core.Conflicts;
using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;

namespace Dashboard.Core.Map;

/// <summary>
/// Published reports from one supplier country to one recipient party (by name, across conflicts,
/// as the recipient filter matches), by category: one arc on the map and one row of its table.
/// </summary>
public sealed record SupplierFlow(
    string SupplierCode,
    string SupplierName,
    string Recipient,
    string? RecipientCountryCode,
    PartyKind RecipientKind,
    CategoryCounts Counts)
{
    /// <summary>
    /// The category with the most reports; on a tie the graver one (lethal, then dual-use), so an arc
    /// never understates what was supplied. The arc's colour; its title and the table give the split.
    /// </summary>
    public SupportCategory DominantCategory =>
        new[] { SupportCategory.Lethal, SupportCategory.DualUse, SupportCategory.NonLethal }.MaxBy(c => (Counts[c], -Rank(c)));

    private static int Rank(SupportCategory category) => category switch
    {
        SupportCategory.Lethal => 0,
        SupportCategory.DualUse => 1,
        _ => 2,
    };
}

/// <summary>A published report that carries a location, for the point-events layer.</summary>
public sealed record LocatedReport(
    int Id,
    string Title,
    SupportCategory Category,
    double Latitude,
    double Longitude,
    string? PlaceName,
    string SupplierCode,
    string Recipient);

/// <summary>What the map shows for one filter: the flows, and the located reports (newest first, at most <see cref="MapQueries.MaxPoints"/>).</summary>
public sealed record MapData(IReadOnlyList<SupplierFlow> Flows, IReadOnlyList<LocatedReport> Points, int PointCount)
{
    public static MapData Empty { get; } = new([], [], 0);

    /// <summary>Reports per supplier country, summed over its flows.</summary>
    public IReadOnlyDictionary<string, CategoryCounts> BySupplier =>
        Flows.GroupBy(f => f.SupplierCode).ToDictionary(g => g.Key, g => Sum(g.Select(f => f.Counts)), StringComparer.Ordinal);

    public CategoryCounts Total => Sum(Flows.Select(f => f.Counts));

    internal static CategoryCounts Sum(IEnumerable<CategoryCounts> counts) =>
        counts.Aggregate(CategoryCounts.Zero, (sum, c) => new CategoryCounts(sum.Lethal + c.Lethal, sum.DualUse + c.DualUse, sum.NonLethal + c.NonLethal));
}
