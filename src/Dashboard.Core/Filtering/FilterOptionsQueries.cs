using Dashboard.Core.Countries;
using Dashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Filtering;

/// <summary>What a filter can be set to: the values that occur among the reports staff can see.</summary>
public sealed class FilterOptionsQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    public async Task<FilterOptions> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visible = db.StaffVisible();
        var conflicts = await db.Conflicts.AsNoTracking()
            .Where(c => visible.Any(r => r.ConflictId == c.Id))
            .OrderBy(c => c.Name)
            .Select(c => new NamedOption(c.Slug, c.Name))
            .ToListAsync(cancellationToken);
        var supplierCodes = await visible.Select(r => r.SupplierCountryCode).Distinct().ToListAsync(cancellationToken);
        var recipients = await db.Parties.AsNoTracking()
            .Where(p => visible.Any(r => r.RecipientPartyId == p.Id))
            .Select(p => p.Name)
            .Distinct()
            .ToListAsync(cancellationToken);
        var aidTypes = await db.AidTypes.AsNoTracking()
            .Where(a => db.ReportAidTypes.Any(x => x.AidTypeId == a.Id && visible.Any(r => r.Id == x.ReportId)))
            .OrderBy(a => a.Name)
            .Select(a => new NamedOption(a.Slug, a.Name))
            .ToListAsync(cancellationToken);
        return new FilterOptions(
            conflicts,
            supplierCodes.Select(c => new NamedOption(c, CountryCatalog.NameOf(c))).OrderBy(o => o.Name, StringComparer.Ordinal).ToList(),
            recipients.Order(StringComparer.OrdinalIgnoreCase).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            aidTypes);
    }
}

/// <summary>A value and its label ("russia-ukraine-war", "Russia-Ukraine war").</summary>
public sealed record NamedOption(string Value, string Name);

/// <summary>The choices the filter bar offers.</summary>
public sealed record FilterOptions(
    IReadOnlyList<NamedOption> Conflicts,
    IReadOnlyList<NamedOption> Suppliers,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<NamedOption> AidTypes)
{
    public static FilterOptions None { get; } = new([], [], [], []);
}
