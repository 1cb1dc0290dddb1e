using Dashboard.Core.Data;
using Dashboard.Core.Reports;
using Dashboard.Core.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Sharing;

/// <summary>A report frozen into a snapshot link: as its revision holds it, with what happened to it since.</summary>
/// <param name="FrozenAt">When the frozen revision was saved.</param>
public sealed record SnapshotReport(TimelineReport Report, ReportSnapshot Content, DateTime FrozenAt)
{
    public ReportSummary ToSummary() =>
        TimelineProjections.SummaryFromSnapshot(Report.Id, Content, Report.State, Report.Retraction, Report.Correction);
}

/// <summary>
/// Reads a snapshot link's reports back from the revision history: each as it was published when the
/// link was made, with a notice when it has been corrected or retracted since. A report that has gone
/// back into the workflow (draft or in review) is left out until it is published again: the shared
/// page shows nothing that is not published now.
/// </summary>
public static class ShareLinkSnapshots
{
    public static async Task<IReadOnlyList<SnapshotReport>> LoadAsync(DashboardDbContext db, int shareLinkId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.ShareLinkReports.AsNoTracking()
            .Where(x => x.ShareLinkId == shareLinkId)
            .Join(db.ReportRevisions, x => x.RevisionId, v => v.Id, (x, v) => new { x.ReportId, v.Number, v.Content, v.CreatedAt })
            .Join(db.Reports, x => x.ReportId, r => r.Id, (x, r) => new
            {
                x.ReportId,
                FrozenNumber = x.Number,
                FrozenContent = x.Content,
                FrozenAt = x.CreatedAt,
                r.State,
                r.RetractedAt,
                r.RetractionReason,
                LatestPublic = db.ReportRevisions
                    .Where(v => v.ReportId == x.ReportId && (v.State == ReportState.Published || v.State == ReportState.Retracted))
                    .OrderByDescending(v => v.Number)
                    .Select(v => new { v.Id, v.Number, v.CreatedAt })
                    .FirstOrDefault(),
            })
            .Where(x => x.State == ReportState.Published || x.State == ReportState.Retracted)
            .ToListAsync(cancellationToken);

        // Newer published content is read only for the reports that have any.
        var newerIds = rows.Where(r => r.LatestPublic is { } latest && latest.Number > r.FrozenNumber).Select(r => r.LatestPublic!.Id).ToList();
        var newer = new Dictionary<int, string>();
        foreach (var chunk in newerIds.Chunk(500))
        {
            foreach (var revision in await db.ReportRevisions.AsNoTracking().Where(v => chunk.Contains(v.Id)).Select(v => new { v.Id, v.Content }).ToListAsync(cancellationToken))
            {
                newer[revision.Id] = revision.Content;
            }
        }

        var result = new List<SnapshotReport>(rows.Count);
        foreach (var row in rows)
        {
            var content = ReportSnapshot.FromJson(row.FrozenContent);
            var retraction = row.State == ReportState.Retracted ? new RetractionNotice(row.RetractedAt, row.RetractionReason) : null;
            CorrectionNotice? correction = null;
            if (row.LatestPublic is { } latest && newer.TryGetValue(latest.Id, out var current))
            {
                var changes = SnapshotChanges.Compare(content, ReportSnapshot.FromJson(current));
                if (changes.Count > 0)
                {
                    correction = new CorrectionNotice(latest.CreatedAt, changes);
                }
            }

            result.Add(new SnapshotReport(TimelineProjections.FromSnapshot(row.ReportId, content, row.State, retraction, correction), content, row.FrozenAt));
        }

        return result;
    }
}
