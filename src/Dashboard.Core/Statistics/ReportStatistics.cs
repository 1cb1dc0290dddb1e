using Dashboard.Core.Countries;
using Dashboard.Core.Data;
using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Statistics;

/// <summary>
/// Figures over the published reports that match a filter, each computed by a SQL aggregate
/// (GROUP BY in the database, only the groups come back). Retracted reports, drafts and reports in
/// review never count.
/// </summary>
public sealed class ReportStatistics(IDbContextFactory<DashboardDbContext> dbFactory, TimeProvider timeProvider)
{
    public const int ChangeWindowDays = 30;
    private const int ListLength = 5;

    public async Task<OverviewData> OverviewAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var published = await db.Published().ApplyAsync(db, filter, cancellationToken);
        var suppliers = await BySupplierAsync(published, cancellationToken);
        var recipients = await ByRecipientAsync(db, published, cancellationToken);
        var total = suppliers.Aggregate(CategoryCounts.Zero, (sum, s) => sum with
        {
            Lethal = sum.Lethal + s.Counts.Lethal,
            DualUse = sum.DualUse + s.Counts.DualUse,
            NonLethal = sum.NonLethal + s.Counts.NonLethal,
        });
        var months = await ByMonthAsync(published, filter.DateBasis, cancellationToken);
        var latest = await ReportQueries.ProjectToListItems(
                published.OrderByDescending(r => r.ReportedDate).ThenByDescending(r => r.Id).Take(ListLength))
            .ToListAsync(cancellationToken);
        var changes = await ChangesAsync(db, filter, cancellationToken);
        return new OverviewData(new HeadlineFigures(total, suppliers.Count, recipients.Count), months, suppliers, recipients, latest, changes);
    }

    /// <summary>Published reports per month and category; months without reports between the first and last are included as zero.</summary>
    public async Task<IReadOnlyList<MonthCount>> ByMonthAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ByMonthAsync(await db.Published().ApplyAsync(db, filter, cancellationToken), filter.DateBasis, cancellationToken);
    }

    public async Task<IReadOnlyList<SupplierCount>> BySupplierAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await BySupplierAsync(await db.Published().ApplyAsync(db, filter, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<RecipientCount>> ByRecipientAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ByRecipientAsync(db, await db.Published().ApplyAsync(db, filter, cancellationToken), cancellationToken);
    }

    internal static async Task<IReadOnlyList<MonthCount>> ByMonthAsync(IQueryable<Report> published, DateBasis basis, CancellationToken cancellationToken)
    {
        // A report counts once, in the month its event started (or was reported), so the series sums to the total.
        // The yyyymm columns are derived on save and indexed with the category, so this reads the index only.
        var rows = basis == DateBasis.Reported
            ? await published.GroupBy(r => new { Month = r.ReportedMonth, r.Category })
                .Select(g => new { g.Key.Month, g.Key.Category, Count = g.Count() })
                .ToListAsync(cancellationToken)
            : await published.GroupBy(r => new { Month = r.EventMonth, r.Category })
                .Select(g => new { g.Key.Month, g.Key.Category, Count = g.Count() })
                .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var byMonth = rows.GroupBy(r => new DateOnly(r.Month / 100, r.Month % 100, 1))
            .ToDictionary(g => g.Key, g => g.Aggregate(CategoryCounts.Zero, (sum, r) => sum.Add(r.Category, r.Count)));
        var months = new List<MonthCount>();
        for (var month = byMonth.Keys.Min(); month <= byMonth.Keys.Max(); month = month.AddMonths(1))
        {
            months.Add(new MonthCount(month.Year, month.Month, byMonth.GetValueOrDefault(month, CategoryCounts.Zero)));
        }

        return months;
    }

    internal static async Task<IReadOnlyList<SupplierCount>> BySupplierAsync(IQueryable<Report> published, CancellationToken cancellationToken)
    {
        var rows = await published.GroupBy(r => new { r.SupplierCountryCode, r.Category })
            .Select(g => new { g.Key.SupplierCountryCode, g.Key.Category, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.SupplierCountryCode)
            .Select(g => new SupplierCount(g.Key, CountryCatalog.NameOf(g.Key), g.Aggregate(CategoryCounts.Zero, (sum, r) => sum.Add(r.Category, r.Count))))
            .OrderByDescending(s => s.Counts.Total)
            .ThenBy(s => s.CountryName, StringComparer.Ordinal)
            .ToList();
    }

    internal static async Task<IReadOnlyList<RecipientCount>> ByRecipientAsync(DashboardDbContext db, IQueryable<Report> published, CancellationToken cancellationToken)
    {
        // Grouped by party id on the (State, RecipientPartyId, Category) index; names come from the small parties table.
        var counts = await published.GroupBy(r => new { r.RecipientPartyId, r.Category })
            .Select(g => new { g.Key.RecipientPartyId, g.Key.Category, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var parties = await db.Parties.AsNoTracking().Select(p => new { p.Id, p.Name, p.CountryCode, p.Kind }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var rows = counts.Select(c => new
        {
            parties[c.RecipientPartyId].Name,
            CountryCode = parties[c.RecipientPartyId].Kind == Dashboard.Core.Conflicts.PartyKind.State ? parties[c.RecipientPartyId].CountryCode : null,
            c.Category,
            c.Count,
        });

        // The recipient filter matches by name across conflicts, so the figures group by name too.
        return rows.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new RecipientCount(g.First().Name, g.Select(r => r.CountryCode).FirstOrDefault(c => c is not null), g.Aggregate(CategoryCounts.Zero, (sum, r) => sum.Add(r.Category, r.Count))))
            .OrderByDescending(r => r.Counts.Total)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<RecentChanges> ChangesAsync(DashboardDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var since = timeProvider.GetUtcNow().UtcDateTime.AddDays(-ChangeWindowDays);
        // Each part names its state once, so the planner can use the (State, date) indexes.
        var all = await db.Reports.AsNoTracking().ApplyAsync(db, filter, cancellationToken);
        var added = all.Where(r => r.State == ReportState.Published && r.PublishedAt >= since);
        var updated = all.Where(r => r.State == ReportState.Published && r.UpdatedAt >= since && r.PublishedAt < since);
        var retracted = all.Where(r => r.State == ReportState.Retracted && r.RetractedAt >= since);
        return new RecentChanges(
            ChangeWindowDays,
            await added.CountAsync(cancellationToken),
            await ReportQueries.ProjectToListItems(added.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Take(ListLength)).ToListAsync(cancellationToken),
            await updated.CountAsync(cancellationToken),
            await ReportQueries.ProjectToListItems(updated.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id).Take(ListLength)).ToListAsync(cancellationToken),
            await retracted.CountAsync(cancellationToken),
            await ReportQueries.ProjectToListItems(retracted.OrderByDescending(r => r.RetractedAt).ThenByDescending(r => r.Id).Take(ListLength)).ToListAsync(cancellationToken));
    }
}
