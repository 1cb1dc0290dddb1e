using Dashboard.Core.Countries;
using Dashboard.Core.Data;
using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Profiles;

/// <summary>
/// Country and organization profiles. Figures count published reports (SQL aggregates); the report
/// lists also show retracted ones with their notice.
/// </summary>
public sealed class ProfileQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    /// <summary>How many reports a profile lists; the rest is one link away in the reports list.</summary>
    public const int ListLimit = 50;

    public async Task<CountryProfile?> CountryAsync(string code, CancellationToken cancellationToken = default)
    {
        if (CountryCatalog.Find(code) is not { } country || code.Trim().Length != 2)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var given = await SideAsync(
            db.Published().Where(r => r.SupplierCountryCode == country.Code),
            db.StaffVisible().Where(r => r.SupplierCountryCode == country.Code),
            r => new KeyedCategory { Key = r.RecipientParty!.Name, Category = r.Category },
            key => key,
            cancellationToken);
        var received = await SideAsync(
            db.Published().Where(r => r.RecipientParty!.CountryCode == country.Code),
            db.StaffVisible().Where(r => r.RecipientParty!.CountryCode == country.Code),
            r => new KeyedCategory { Key = r.SupplierCountryCode, Category = r.Category },
            CountryCatalog.NameOf,
            cancellationToken);
        var parties = await db.Parties.AsNoTracking()
            .Where(p => p.CountryCode == country.Code && db.StaffVisible().Any(r => r.RecipientPartyId == p.Id))
            .Select(p => p.Name)
            .Distinct()
            .OrderBy(n => n)
            .ToListAsync(cancellationToken);
        return new CountryProfile(country.Code, country.CommonName, given, received, parties);
    }

    public async Task<OrganizationProfile?> OrganizationAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organization = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new { o.Id, o.Name, o.CountryCode, o.Kind, o.Description, Aliases = o.Aliases.Select(a => a.Alias).OrderBy(a => a).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (organization is null)
        {
            return null;
        }

        var links = db.ReportOrganizations.Where(x => x.OrganizationId == id);
        var byRole = await links
            .Where(x => db.Published().Any(r => r.Id == x.ReportId))
            .GroupBy(x => x.Role)
            .Select(g => new { Role = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var published = db.Published().Where(r => r.Organizations.Any(o => o.OrganizationId == id));
        var bySupplier = await published.GroupBy(r => new { r.SupplierCountryCode, r.Category })
            .Select(g => new { g.Key.SupplierCountryCode, g.Key.Category, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var visible = db.StaffVisible().Where(r => r.Organizations.Any(o => o.OrganizationId == id));
        var reports = await ReportQueries.ProjectToListItems(visible.OrderByDescending(r => r.ReportedDate).ThenByDescending(r => r.Id).Take(ListLimit))
            .ToListAsync(cancellationToken);
        return new OrganizationProfile(
            organization.Id,
            organization.Name,
            organization.Aliases,
            organization.CountryCode,
            organization.CountryCode is null ? null : CountryCatalog.NameOf(organization.CountryCode),
            organization.Kind,
            organization.Description,
            byRole.Select(r => new NamedCounts(r.Role.ToString(), r.Role.ToString(), new CategoryCounts(r.Count, 0, 0))).ToList(),
            bySupplier.GroupBy(r => r.SupplierCountryCode)
                .Select(g => new NamedCounts(g.Key, CountryCatalog.NameOf(g.Key), g.Aggregate(CategoryCounts.Zero, (sum, r) => sum.Add(r.Category, r.Count))))
                .OrderByDescending(n => n.Counts.Total)
                .ToList(),
            reports,
            await visible.CountAsync(cancellationToken));
    }

    private static async Task<SupportSide> SideAsync(
        IQueryable<Report> published,
        IQueryable<Report> visible,
        System.Linq.Expressions.Expression<Func<Report, KeyedCategory>> counterpart,
        Func<string, string> nameOf,
        CancellationToken cancellationToken)
    {
        var byCounterpart = await published.Select(counterpart)
            .GroupBy(x => new { x.Key, x.Category })
            .Select(g => new { g.Key.Key, g.Key.Category, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byYear = await published.GroupBy(r => new { r.EventStart.Year, r.Category })
            .Select(g => new { g.Key.Year, g.Key.Category, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var reports = await ReportQueries.ProjectToListItems(visible.OrderByDescending(r => r.ReportedDate).ThenByDescending(r => r.Id).Take(ListLimit))
            .ToListAsync(cancellationToken);
        var counterparts = byCounterpart
            .GroupBy(x => x.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new NamedCounts(g.Key, nameOf(g.Key), g.Aggregate(CategoryCounts.Zero, (sum, x) => sum.Add(x.Category, x.Count))))
            .OrderByDescending(n => n.Counts.Total)
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .ToList();
        var years = byYear.GroupBy(x => x.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new NamedCounts(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Aggregate(CategoryCounts.Zero, (sum, x) => sum.Add(x.Category, x.Count))))
            .ToList();
        var totals = counterparts.Aggregate(CategoryCounts.Zero, (sum, c) => new CategoryCounts(sum.Lethal + c.Counts.Lethal, sum.DualUse + c.Counts.DualUse, sum.NonLethal + c.Counts.NonLethal));
        return new SupportSide(totals, counterparts, years, reports, await visible.CountAsync(cancellationToken));
    }

    /// <summary>A counterpart (recipient name or supplier code) and a category, to group by in SQL.</summary>
    private sealed class KeyedCategory
    {
        public required string Key { get; init; }

        public SupportCategory Category { get; init; }
    }
}
