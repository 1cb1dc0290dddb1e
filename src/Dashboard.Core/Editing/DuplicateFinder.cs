using System.Text;
using Dashboard.Core.Data;
using Dashboard.Core.Reports;
using FuzzySharp;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Editing;

/// <summary>
/// Finds reports that probably describe the same thing as a given one: the same supplier, recipient
/// and aid type with events that start within <see cref="EventWindowDays"/> days of each other, or a
/// very similar title. The editor shows them as a warning after a save; it never blocks one.
/// </summary>
public static class DuplicateFinder
{
    public const int EventWindowDays = 60;

    /// <summary>FuzzySharp's token-sort ratio (0-100) from which two titles count as very similar.</summary>
    public const int TitleSimilarityThreshold = 88;

    public const int Limit = 10;

    public static async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(DashboardDbContext db, int reportId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var report = await db.Reports.AsNoTracking()
            .Where(r => r.Id == reportId)
            .Select(r => new { r.SupplierCountryCode, r.RecipientPartyId, r.EventStart, r.Title, AidTypeIds = r.AidTypes.Select(a => a.Id).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return [];
        }

        var others = db.Reports.AsNoTracking().Where(r => r.Id != reportId && !r.IsDeleted);
        var earliest = report.EventStart.AddDays(-EventWindowDays);
        var latest = report.EventStart.AddDays(EventWindowDays);
        var aidTypeIds = report.AidTypeIds;
        var sameFlow = await others
            .Where(r => r.SupplierCountryCode == report.SupplierCountryCode
                && r.RecipientPartyId == report.RecipientPartyId
                && r.EventStart >= earliest && r.EventStart <= latest
                && db.ReportAidTypes.Any(x => x.ReportId == r.Id && aidTypeIds.Contains(x.AidTypeId)))
            .OrderBy(r => r.Id)
            .Select(r => r.Id)
            .Take(Limit)
            .ToListAsync(cancellationToken);

        // Titles are compared in memory (only ids and titles are read): similarity is not a SQL operation.
        var normalized = Normalize(report.Title);
        var titles = await others.Select(r => new { r.Id, r.Title }).ToListAsync(cancellationToken);
        var similar = titles
            .Select(t => (t.Id, Score: Fuzz.TokenSortRatio(normalized, Normalize(t.Title))))
            .Where(t => t.Score >= TitleSimilarityThreshold)
            .OrderByDescending(t => t.Score)
            .Take(Limit)
            .Select(t => t.Id)
            .ToList();

        var ids = sameFlow.Concat(similar).Distinct().Take(Limit).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.Reports.AsNoTracking()
            .Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.Title, r.State, r.SupplierCountryCode, Recipient = r.RecipientParty!.Name })
            .ToListAsync(cancellationToken);
        return ids
            .Select(id => rows.First(r => r.Id == id))
            .Select(r => new DuplicateCandidate(
                r.Id,
                r.Title,
                r.State,
                r.SupplierCountryCode,
                r.Recipient,
                (sameFlow.Contains(r.Id), similar.Contains(r.Id)) switch
                {
                    (true, true) => $"same supplier, recipient and aid type within {EventWindowDays} days, and a very similar title",
                    (true, false) => $"same supplier, recipient and aid type, events within {EventWindowDays} days",
                    _ => "very similar title",
                }))
            .ToList();
    }

    /// <summary>Lower case, letters and digits only, so punctuation and case never hide a twin.</summary>
    internal static string Normalize(string title)
    {
        var text = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            text.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return text.ToString();
    }
}
