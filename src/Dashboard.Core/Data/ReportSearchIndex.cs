using System.Text;
using Dashboard.Core.Organizations;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Data;

/// <summary>
/// The SQLite full-text index of reports (table <c>ReportSearch</c>, FTS5): kept current in the same
/// transaction as every save that changes what it indexes, and queried by the free-text filter.
/// On SQL Server the free-text filter uses LIKE instead (see docs/decisions).
/// </summary>
public static class ReportSearchIndex
{
    /// <summary>The ids of reports whose indexed text a pending save changes.</summary>
    internal static async Task<HashSet<int>> AffectedReportIdsAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var ids = new HashSet<int>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Report report when report.Id > 0:
                    ids.Add(report.Id);
                    break;
                case Source source when source.ReportId > 0:
                    ids.Add(source.ReportId);
                    break;
                case ReportOrganization link when link.ReportId > 0:
                    ids.Add(link.ReportId);
                    break;
                case Organization organization when entry.State == EntityState.Modified:
                    ids.UnionWith(await db.ReportOrganizations.Where(o => o.OrganizationId == organization.Id).Select(o => o.ReportId).ToListAsync(cancellationToken));
                    break;
            }
        }

        return ids;
    }

    /// <summary>Rewrites the index rows of the given reports (removing those of reports that no longer exist).</summary>
    internal static async Task RefreshAsync(DashboardDbContext db, IReadOnlyCollection<int> reportIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in reportIds.Chunk(500))
        {
            var list = string.Join(',', chunk);

            // The ids are integers from the change tracker, never user input.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"ReportSearch\" WHERE rowid IN ({list});", cancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                $"""
                INSERT INTO "ReportSearch" (rowid, "Content")
                SELECT r."Id",
                       r."Title" || ' ' || r."Summary" || ' ' || COALESCE(r."Items", '')
                       || ' ' || COALESCE((SELECT group_concat(o."Name", ' ') FROM "ReportOrganizations" AS ro JOIN "Organizations" AS o ON o."Id" = ro."OrganizationId" WHERE ro."ReportId" = r."Id"), '')
                       || ' ' || COALESCE((SELECT group_concat(s."Title", ' ') FROM "Sources" AS s WHERE s."ReportId" = r."Id"), '')
                FROM "Reports" AS r WHERE r."Id" IN ({list});
                """,
                cancellationToken);
#pragma warning restore EF1002
        }
    }

    /// <summary>
    /// Turns what a person typed into an FTS5 query: every word must occur, each as a word prefix
    /// ("nitro cell" finds "nitrocellulose cellulose"). Null when there is no word at all.
    /// </summary>
    public static string? MatchExpression(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words.Count == 0 ? null : string.Join(' ', words.Select(w => $"\"{w}\"*"));
    }
}
