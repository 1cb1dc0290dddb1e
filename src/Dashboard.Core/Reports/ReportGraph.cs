using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Reports;

/// <summary>Loading a report whole: what a revision snapshot, an edit, a merge or an import compares.</summary>
public static class ReportGraph
{
    /// <summary>
    /// The report with its conflict, recipient party, aid types, organizations and sources, loaded in
    /// split queries (one per collection) rather than one wide join.
    /// </summary>
    public static IQueryable<Report> IncludeWholeReport(this IQueryable<Report> reports) =>
        reports
            .Include(r => r.Conflict)
            .Include(r => r.RecipientParty)
            .Include(r => r.AidTypes)
            .Include(r => r.Organizations).ThenInclude(o => o.Organization)
            .Include(r => r.Sources)
            .AsSplitQuery();
}
