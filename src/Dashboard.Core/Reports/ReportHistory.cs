using Dashboard.Core.Audit;

namespace Dashboard.Core.Reports;

/// <summary>Writes the immutable revision that every save of a report leaves behind.</summary>
public static class ReportHistory
{
    /// <summary>
    /// Adds a revision holding the report's current content. The report's conflict, recipient, aid
    /// types, organizations and sources must be loaded.
    /// </summary>
    public static ReportRevision AddRevision(Report report, int number, Actor actor, string action, string? note, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(actor);
        var revision = new ReportRevision
        {
            Number = number,
            CreatedAt = at,
            AuthorId = actor.UserId,
            AuthorName = actor.Name,
            Action = action,
            Note = note is { Length: > ReportLimits.RevisionNoteMax } ? note[..ReportLimits.RevisionNoteMax] : note,
            State = report.State,
            Content = ReportSnapshot.Of(report).ToJson(),
        };
        report.Revisions.Add(revision);
        return revision;
    }
}
