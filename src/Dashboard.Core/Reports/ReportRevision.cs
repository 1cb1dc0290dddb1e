namespace Dashboard.Core.Reports;

/// <summary>An immutable snapshot of a report after a save: who, when, why, and the whole content.</summary>
public sealed class ReportRevision
{
    public int Id { get; set; }

    public int ReportId { get; set; }

    /// <summary>1 for the first save of a report, then 2, 3, ...</summary>
    public int Number { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? AuthorId { get; set; }

    /// <summary>The author's display name at the time, kept so the history reads the same forever.</summary>
    public required string AuthorName { get; set; }

    /// <summary>What happened ("created", "edited", "published", "retracted", "imported").</summary>
    public required string Action { get; set; }

    public string? Note { get; set; }

    /// <summary>The report's workflow state after this save.</summary>
    public ReportState State { get; set; }

    /// <summary>The report's content as JSON (<see cref="ReportSnapshot"/>).</summary>
    public required string Content { get; set; }
}
