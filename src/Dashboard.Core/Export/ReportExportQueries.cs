using Dashboard.Core.Data;
using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Export;

/// <summary>
/// Reads the reports an export or the API hands out: those that match the filter, within the scope
/// the caller may see. Callers decide the scope from the user's role; nothing here trusts a request.
/// </summary>
public sealed class ReportExportQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    /// <summary>Every matching report with its sources, in a stable order (by id).</summary>
    public async Task<IReadOnlyList<ExportedReport>> ListAsync(ReportFilter filter, ExportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reports = await InScope(db, scope).ApplyAsync(db, filter, cancellationToken);
        return await Project(reports.OrderBy(r => r.Id)).AsSplitQuery().ToListAsync(cancellationToken);
    }

    /// <summary>
    /// One page of list rows in the report list's stable order (reported date, newest first, then id).
    /// A page past the end is empty, so that a client paging until it gets nothing stops.
    /// </summary>
    public async Task<PagedResult<ReportListItem>> PageAsync(ReportFilter filter, ExportScope scope, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reports = await InScope(db, scope).ApplyAsync(db, filter, cancellationToken);
        var total = await reports.CountAsync(cancellationToken);
        var items = (long)(page - 1) * pageSize >= total
            ? []
            : await ReportQueries.ProjectToListItems(ReportQueries.Sort(reports, ReportSort.ReportedDate, descending: true)
                    .Skip((page - 1) * pageSize)
                    .Take(pageSize))
                .ToListAsync(cancellationToken);
        return new PagedResult<ReportListItem>(items, total, page, pageSize);
    }

    /// <summary>One report with its sources, or null when it does not exist or lies outside the scope.</summary>
    public async Task<ExportedReport?> GetAsync(int id, ExportScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Project(InScope(db, scope).Where(r => r.Id == id)).AsSplitQuery().FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Reports with a location, as small records for map points.</summary>
    public async Task<IReadOnlyList<LocatedReport>> LocatedAsync(ReportFilter filter, ExportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reports = await InScope(db, scope).ApplyAsync(db, filter, cancellationToken);
        return await reports
            .Where(r => r.Latitude != null && r.Longitude != null)
            .OrderBy(r => r.Id)
            .Select(r => new LocatedReport(r.Id, r.ExternalId, r.Title, r.SupplierCountryCode, r.RecipientParty!.Name, r.Category, r.EvidenceStatus, r.State, r.ReportedDate, r.Latitude!.Value, r.Longitude!.Value, r.PlaceName))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Reports per supplier country, recipient (by name, as the figures count them), category and state, counted in SQL.</summary>
    public async Task<IReadOnlyList<FlowCount>> FlowsAsync(ReportFilter filter, ExportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reports = await InScope(db, scope).ApplyAsync(db, filter, cancellationToken);
        var rows = await reports
            .GroupBy(r => new { r.SupplierCountryCode, r.RecipientParty!.Name, r.RecipientParty.CountryCode, r.Category, r.State })
            .Select(g => new FlowCount(g.Key.SupplierCountryCode, g.Key.Name, g.Key.CountryCode, g.Key.Category, g.Key.State, g.Count()))
            .ToListAsync(cancellationToken);
        return rows;
    }

    internal static IQueryable<Report> InScope(DashboardDbContext db, ExportScope scope) => scope switch
    {
        ExportScope.Published => db.Published(),
        ExportScope.StaffVisible => db.StaffVisible(),
        ExportScope.WithDrafts => db.Reports.AsNoTracking().Where(r => !r.IsDeleted),
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };

    private static IQueryable<ExportedReport> Project(IQueryable<Report> reports) =>
        reports.Select(r => new ExportedReport
        {
            Id = r.Id,
            ExternalId = r.ExternalId,
            Title = r.Title,
            Summary = r.Summary,
            Details = r.Details,
            ConflictSlug = r.Conflict!.Slug,
            ConflictName = r.Conflict.Name,
            SupplierCountryCode = r.SupplierCountryCode,
            RecipientName = r.RecipientParty!.Name,
            RecipientCountryCode = r.RecipientParty.CountryCode,
            Category = r.Category,
            AidTypes = r.AidTypes.OrderBy(a => a.Slug).Select(a => a.Slug).ToList(),
            Items = r.Items,
            Quantity = r.Quantity,
            ValueUsd = r.ValueUsd,
            Entities = r.Organizations.OrderBy(o => o.Position).Select(o => o.Organization!.Name).ToList(),
            EvidenceStatus = r.EvidenceStatus,
            Confidence = r.Confidence,
            ReportedDate = r.ReportedDate,
            EventDateFrom = r.EventDateFrom,
            EventDateTo = r.EventDateTo,
            Latitude = r.Latitude,
            Longitude = r.Longitude,
            PlaceName = r.PlaceName,
            ResponseText = r.ResponseText,
            ResponseDate = r.ResponseDate,
            ResponseSource = r.ResponseSource,
            State = r.State,
            RetractionReason = r.RetractionReason,
            PublishedAt = r.PublishedAt,
            UpdatedAt = r.UpdatedAt,
            Sources = r.Sources.OrderBy(s => s.Position)
                .Select(s => new ExportedSource(s.Title, s.Publisher, s.Url, s.PublishedDate, s.Type, s.PublisherIsParty))
                .ToList(),
        });
}

/// <summary>A report with a location: a point on the map.</summary>
public sealed record LocatedReport(
    int Id,
    string? ExternalId,
    string Title,
    string SupplierCountryCode,
    string RecipientName,
    SupportCategory Category,
    EvidenceStatus EvidenceStatus,
    ReportState State,
    DateOnly ReportedDate,
    double Latitude,
    double Longitude,
    string? PlaceName);

/// <summary>How many reports of one category and state a supplier country has for one recipient.</summary>
public sealed record FlowCount(string SupplierCountryCode, string RecipientName, string? RecipientCountryCode, SupportCategory Category, ReportState State, int Count);
