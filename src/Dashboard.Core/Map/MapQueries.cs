using Dashboard.Core.Countries;
using Dashboard.Core.Data;
using Dashboard.Core.Filtering;
using Dashboard.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Map;

/// <summary>
/// The figures of the map for a filter, as SQL aggregates over the published reports that match it:
/// reports per supplier country, recipient party and category (GROUP BY in the database), and the
/// located reports for the point layer.
/// </summary>
public sealed class MapQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    /// <summary>The most point events drawn at once; the page says when there are more.</summary>
    public const int MaxPoints = 500;

    public async Task<MapData> GetAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var published = await db.Published().ApplyAsync(db, filter, cancellationToken);

        var rows = await published
            .GroupBy(r => new { r.SupplierCountryCode, r.RecipientParty!.Name, r.RecipientParty.CountryCode, r.RecipientParty.Kind, r.Category })
            .Select(g => new { g.Key.SupplierCountryCode, g.Key.Name, g.Key.CountryCode, g.Key.Kind, g.Key.Category, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // The recipient filter matches parties by name across conflicts, so flows group by name too.
        var flows = rows
            .GroupBy(r => (r.SupplierCountryCode, Name: r.Name.ToUpperInvariant()))
            .Select(g => new SupplierFlow(
                g.Key.SupplierCountryCode,
                CountryCatalog.NameOf(g.Key.SupplierCountryCode),
                g.OrderBy(r => r.Name, StringComparer.Ordinal).First().Name,
                g.Select(r => r.CountryCode).FirstOrDefault(c => c is not null),
                g.OrderBy(r => r.Kind).First().Kind,
                g.Aggregate(CategoryCounts.Zero, (sum, r) => sum.Add(r.Category, r.Count))))
            .OrderByDescending(f => f.Counts.Total)
            .ThenBy(f => f.SupplierName, StringComparer.Ordinal)
            .ThenBy(f => f.Recipient, StringComparer.Ordinal)
            .ToList();

        var located = published.Where(r => r.Latitude != null && r.Longitude != null);
        var pointCount = await located.CountAsync(cancellationToken);
        var points = await located
            .OrderByDescending(r => r.ReportedDate).ThenByDescending(r => r.Id)
            .Take(MaxPoints)
            .Select(r => new LocatedReport(r.Id, r.Title, r.Category, r.Latitude!.Value, r.Longitude!.Value, r.PlaceName, r.SupplierCountryCode, r.RecipientParty!.Name))
            .ToListAsync(cancellationToken);

        return new MapData(flows, points, pointCount);
    }
}
