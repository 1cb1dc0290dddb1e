using Dashboard.Core.Countries;
using Dashboard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Dashboard.Core.Filtering;

/// <summary>
/// What a filter can be set to: the values that occur among the reports staff can see. Every
/// filtered page asks for them, and they change rarely, so they are kept for a minute.
/// </summary>
public sealed class FilterOptionsQueries(IDbContextFactory<DashboardDbContext> dbFactory, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private static readonly object CacheKey = new();

    public async Task<FilterOptions> GetAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(CacheKey, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return LoadAsync(cancellationToken);
        }) ?? FilterOptions.None;

    private async Task<FilterOptions> LoadAsync(CancellationToken cancellationToken)
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
