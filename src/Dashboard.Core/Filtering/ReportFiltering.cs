using Dashboard.Core.Data;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Filtering;

/// <summary>
/// Applies a <see cref="ReportFilter"/> to reports in SQL. Names in the filter (conflict slug,
/// recipient name, aid type slugs) are first resolved to ids with small lookups, so that the main
/// query compares indexed id columns.
/// </summary>
public static class ReportFiltering
{
    /// <summary>Reports that count in figures: published ones only.</summary>
    public static IQueryable<Report> Published(this DashboardDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Reports.AsNoTracking().Where(r => r.State == ReportState.Published);
    }

    /// <summary>Reports staff may see: published ones, and retracted ones with their notice.</summary>
    public static IQueryable<Report> StaffVisible(this DashboardDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Reports.AsNoTracking().Where(r => r.State == ReportState.Published || r.State == ReportState.Retracted);
    }

    public static async Task<IQueryable<Report>> ApplyAsync(this IQueryable<Report> reports, DashboardDbContext db, ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);

        if (filter.Conflict is { } slug)
        {
            var conflictId = await db.Conflicts.Where(c => c.Slug == slug).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (conflictId is null)
            {
                return reports.Where(r => false);
            }

            reports = reports.Where(r => r.ConflictId == conflictId.Value);
        }

        if (filter.Recipient is { } recipient)
        {
            // Parties are few (a handful per conflict): match names without regard to case here, the same on every provider.
            var parties = await db.Parties.Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
            var partyIds = parties.Where(p => string.Equals(p.Name, recipient, StringComparison.OrdinalIgnoreCase)).Select(p => p.Id).ToList();
            reports = reports.Where(r => partyIds.Contains(r.RecipientPartyId));
        }

        if (filter.AidTypes.Count > 0)
        {
            var slugs = filter.AidTypes.ToList();
            var typeIds = await db.AidTypes.Where(a => slugs.Contains(a.Slug)).Select(a => a.Id).ToListAsync(cancellationToken);
            // Driven from the join table's (AidTypeId, ReportId) index: only the tagged reports are read.
            var tagged = db.ReportAidTypes.Where(x => typeIds.Contains(x.AidTypeId)).Select(x => x.ReportId);
            reports = reports.Where(r => tagged.Contains(r.Id));
        }

        return ApplyResolved(reports, db, filter);
    }

    private static IQueryable<Report> ApplyResolved(IQueryable<Report> reports, DashboardDbContext db, ReportFilter filter)
    {
        if (filter.Suppliers.Count > 0)
        {
            var suppliers = filter.Suppliers.ToList();
            reports = reports.Where(r => suppliers.Contains(r.SupplierCountryCode));
        }

        if (filter.Categories.Count > 0)
        {
            var categories = filter.Categories.ToList();
            reports = reports.Where(r => categories.Contains(r.Category));
        }

        if (filter.Statuses.Count > 0)
        {
            var statuses = filter.Statuses.ToList();
            reports = reports.Where(r => statuses.Contains(r.EvidenceStatus));
        }

        if (filter.Confidences.Count > 0)
        {
            var confidences = filter.Confidences.ToList();
            reports = reports.Where(r => confidences.Contains(r.Confidence));
        }

        if (filter.DateBasis == DateBasis.EventStart)
        {
            if (filter.From is { } from)
            {
                reports = reports.Where(r => r.EventStart >= from);
            }

            if (filter.To is { } to)
            {
                reports = reports.Where(r => r.EventStart <= to);
            }
        }
        else if (filter.DateBasis == DateBasis.Reported)
        {
            if (filter.From is { } from)
            {
                reports = reports.Where(r => r.ReportedDate >= from);
            }

            if (filter.To is { } to)
            {
                reports = reports.Where(r => r.ReportedDate <= to);
            }
        }
        else
        {
            // The event overlaps the range; an ongoing event ends at DateOnly.MaxValue.
            if (filter.From is { } from)
            {
                reports = reports.Where(r => r.EventEnd >= from);
            }

            if (filter.To is { } to)
            {
                reports = reports.Where(r => r.EventStart <= to);
            }
        }

        if (filter.Text is { } text && db.HasSearchIndex)
        {
            // SQLite: the full-text index; every word must occur as a word prefix.
            if (ReportSearchIndex.MatchExpression(text) is not { } match)
            {
                return reports.Where(r => false);
            }

            var matching = db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"ReportSearch\" WHERE \"ReportSearch\" MATCH {match}");
            reports = reports.Where(r => matching.Contains(r.Id));
        }
        else if (filter.Text is { } substring)
        {
            // SQL Server: a substring search (a full-text catalog is an operations decision there).
            var pattern = "%" + EscapeLike(substring) + "%";
            reports = reports.Where(r =>
                EF.Functions.Like(r.Title, pattern, "\\")
                || EF.Functions.Like(r.Summary, pattern, "\\")
                || (r.Items != null && EF.Functions.Like(r.Items, pattern, "\\"))
                || db.ReportOrganizations.Any(o => o.ReportId == r.Id && EF.Functions.Like(o.Organization!.Name, pattern, "\\"))
                || db.Sources.Any(s => s.ReportId == r.Id && EF.Functions.Like(s.Title, pattern, "\\")));
        }

        return reports;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
