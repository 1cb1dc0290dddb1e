using Dashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Reports;

/// <summary>
/// Read-only questions about reports as staff see them: published reports, and retracted ones with
/// their notice. Drafts and reports in review never come out of here.
/// </summary>
public sealed class ReportQueries(IDbContextFactory<DashboardDbContext> dbFactory)
{
    /// <summary>The states staff views show. Figures count <see cref="ReportState.Published"/> only.</summary>
    public static IReadOnlyList<ReportState> StaffVisibleStates { get; } = [ReportState.Published, ReportState.Retracted];

    public async Task<PagedResult<ReportListItem>> ListAsync(ReportPageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visible = db.Reports.AsNoTracking().Where(r => r.State == ReportState.Published || r.State == ReportState.Retracted);
        var total = await visible.CountAsync(cancellationToken);
        var pageSize = request.SafePageSize;
        var page = Math.Min(request.SafePage, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await Sort(visible, request.Sort, request.Descending)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(r => new ReportListItem(
                r.Id,
                r.Title,
                r.SupplierCountryCode,
                r.SupplierCountry!.CommonName,
                r.RecipientPartyId,
                r.RecipientParty!.Name,
                r.ConflictId,
                r.Conflict!.Name,
                r.Category,
                r.EvidenceStatus,
                r.Confidence,
                r.State,
                r.ReportedDate,
                r.ReportedDatePrecision,
                r.EventDateFrom,
                r.EventDateFromPrecision,
                r.EventDateTo,
                r.EventDateToPrecision))
            .ToListAsync(cancellationToken);
        return new PagedResult<ReportListItem>(items, total, page, pageSize);
    }

    /// <summary>One report with everything the report page shows, or null when staff may not see it.</summary>
    public async Task<ReportDetails?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var details = await db.Reports.AsNoTracking()
            .Where(r => r.Id == id && (r.State == ReportState.Published || r.State == ReportState.Retracted))
            .Select(r => new ReportDetails
            {
                Id = r.Id,
                ExternalId = r.ExternalId,
                Title = r.Title,
                Summary = r.Summary,
                Details = r.Details,
                ConflictId = r.ConflictId,
                ConflictName = r.Conflict!.Name,
                SupplierCountryCode = r.SupplierCountryCode,
                SupplierName = r.SupplierCountry!.CommonName,
                RecipientPartyId = r.RecipientPartyId,
                RecipientName = r.RecipientParty!.Name,
                RecipientCountryCode = r.RecipientParty.CountryCode,
                Category = r.Category,
                AidTypes = r.AidTypes.OrderBy(a => a.Name).Select(a => new AidTypeItem(a.Id, a.Slug, a.Name)).ToList(),
                Items = r.Items,
                Quantity = r.Quantity,
                ValueUsd = r.ValueUsd,
                EvidenceStatus = r.EvidenceStatus,
                Confidence = r.Confidence,
                ReportedDate = r.ReportedDate,
                ReportedDatePrecision = r.ReportedDatePrecision,
                EventDateFrom = r.EventDateFrom,
                EventDateFromPrecision = r.EventDateFromPrecision,
                EventDateTo = r.EventDateTo,
                EventDateToPrecision = r.EventDateToPrecision,
                Latitude = r.Latitude,
                Longitude = r.Longitude,
                PlaceName = r.PlaceName,
                ResponseText = r.ResponseText,
                ResponseDate = r.ResponseDate,
                ResponseSource = r.ResponseSource,
                State = r.State,
                RetractionReason = r.RetractionReason,
                RetractedAt = r.RetractedAt,
                PublishedAt = r.PublishedAt,
                UpdatedAt = r.UpdatedAt,
                Sources = r.Sources.OrderBy(s => s.Position)
                    .Select(s => new SourceItem(s.Id, s.Position, s.Title, s.Publisher, s.Url, s.PublishedDate, s.Type, s.PublisherIsParty))
                    .ToList(),
                Organizations = r.Organizations.OrderBy(o => o.Position)
                    .Select(o => new OrganizationItem(o.OrganizationId, o.Organization!.Name, o.Organization.CountryCode, o.Organization.Kind, o.Role))
                    .ToList(),
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        return details;
    }

    internal static IOrderedQueryable<Report> Sort(IQueryable<Report> reports, ReportSort sort, bool descending)
    {
        var ordered = (sort, descending) switch
        {
            (ReportSort.EventDate, false) => reports.OrderBy(r => r.EventStart),
            (ReportSort.EventDate, true) => reports.OrderByDescending(r => r.EventStart),
            (ReportSort.Title, false) => reports.OrderBy(r => r.Title),
            (ReportSort.Title, true) => reports.OrderByDescending(r => r.Title),
            (ReportSort.Supplier, false) => reports.OrderBy(r => r.SupplierCountry!.CommonName),
            (ReportSort.Supplier, true) => reports.OrderByDescending(r => r.SupplierCountry!.CommonName),
            (ReportSort.Recipient, false) => reports.OrderBy(r => r.RecipientParty!.Name),
            (ReportSort.Recipient, true) => reports.OrderByDescending(r => r.RecipientParty!.Name),
            (ReportSort.Category, false) => reports.OrderBy(r => r.Category),
            (ReportSort.Category, true) => reports.OrderByDescending(r => r.Category),
            (ReportSort.Status, false) => reports.OrderBy(r => r.EvidenceStatus),
            (ReportSort.Status, true) => reports.OrderByDescending(r => r.EvidenceStatus),
            (_, false) => reports.OrderBy(r => r.ReportedDate),
            _ => reports.OrderByDescending(r => r.ReportedDate),
        };

        // A stable order: equal keys must not swap places between pages.
        return descending ? ordered.ThenByDescending(r => r.Id) : ordered.ThenBy(r => r.Id);
    }
}
