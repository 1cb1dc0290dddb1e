using Dashboard.Core.Editing;
using Dashboard.Core.Reports;
using Dashboard.Core.Timeline;

namespace Dashboard.Core.Sharing;

/// <summary>
/// What reads differently in a report's current published content than in the version a snapshot
/// link froze: the editors' field-by-field comparison (<see cref="ReportComparison"/>), without the
/// workflow fields, which the retraction notice reports on its own. Only published content is
/// compared, never a draft.
/// </summary>
public static class SnapshotChanges
{
    private static readonly HashSet<string> WorkflowFields = [nameof(Report.State), nameof(Report.RetractionReason)];

    public static IReadOnlyList<ReportChange> Compare(ReportSnapshot then, ReportSnapshot now) =>
        [.. ReportComparison.Compare(then, now)
            .Where(change => !WorkflowFields.Contains(change.Field))
            .Select(change => new ReportChange(change.Label, change.Before, change.After))];
}
