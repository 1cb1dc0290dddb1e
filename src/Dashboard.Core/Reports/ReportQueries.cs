using Dashboard.Core.Conflicts;
using Dashboard.Core.Data;
using Dashboard.Core.Filtering;
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

    /// <summary>How many related reports the report page lists.</summary>
    public const int RelatedLimit = 10;

    /// <summary>One page of the reports that match the filter, published and retracted, in a stable order.</summary>
    public async Task<PagedResult<ReportListItem>> ListAsync(ReportFilter filter, ReportPageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visible = await db.StaffVisible().ApplyAsync(db, filter, cancellationToken);
        var total = await visible.CountAsync(cancellationToken);
        var pageSize = request.SafePageSize;
        var page = Math.Min(request.SafePage, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await PageQuery(visible, request, page).ToListAsync(cancellationToken);
        return new PagedResult<ReportListItem>(items, total, page, pageSize);
    }

    /// <summary>One page of filtered reports in the requested order, as list rows (what the reports page runs).</summary>
    public static IQueryable<ReportListItem> PageQuery(IQueryable<Report> filtered, ReportPageRequest request, int page)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pageSize = request.SafePageSize;

        // Two steps in one statement: the page's ids first, which an index on the filter and sort
        // keys can answer without reading whole rows, then the columns of just those rows.
        var ids = Sort(filtered, request.Sort, request.Descending)
            .Skip((Math.Max(1, page) - 1) * pageSize)
            .Take(pageSize)
            .Select(r => r.Id);
        return ProjectToListItems(Sort(filtered.Where(r => ids.Contains(r.Id)), request.Sort, request.Descending));
    }

    /// <summary>The list row of each report, in the order given.</summary>
    public static IQueryable<ReportListItem> ProjectToListItems(IQueryable<Report> reports) =>
        reports.Select(r => new ReportListItem(
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
                r.EventDateToPrecision,
                r.RecipientParty.Kind == PartyKind.State ? r.RecipientParty.CountryCode : null));

    /// <summary>One report with everything the report page shows, or null when staff may not see it.</summary>
    public async Task<ReportDetails?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var details = await db.StaffVisible()
            .Where(r => r.Id == id)
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
                RecipientCountryCode = r.RecipientParty.Kind == PartyKind.State ? r.RecipientParty.CountryCode : null,
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
        if (details is null)
        {
            return null;
        }

        var revisions = await db.ReportRevisions.AsNoTracking()
            .Where(v => v.ReportId == id)
            .OrderByDescending(v => v.Number)
            .Select(v => new RevisionItem(v.Id, v.Number, v.CreatedAt, v.AuthorName, v.Action, v.Note, v.State))
            .ToListAsync(cancellationToken);
        var organizationIds = details.Organizations.Select(o => o.Id).ToList();
        var related = await ProjectToListItems(db.StaffVisible()
                .Where(r => r.Id != id
                    && ((r.SupplierCountryCode == details.SupplierCountryCode && r.RecipientPartyId == details.RecipientPartyId)
                        || r.Organizations.Any(o => organizationIds.Contains(o.OrganizationId))))
                .OrderByDescending(r => r.ReportedDate)
                .ThenByDescending(r => r.Id)
                .Take(RelatedLimit))
            .ToListAsync(cancellationToken);
        return details with { Revisions = revisions, Related = related };
    }

    public static IOrderedQueryable<Report> Sort(IQueryable<Report> reports, ReportSort sort, bool descending)
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
