using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;

namespace Dashboard.Core.Timeline;

/// <summary>One report on a timeline: what its lane mark and its card show.</summary>
public sealed record TimelineReport
{
    public required int Id { get; init; }

    public required string Title { get; init; }

    public required string SupplierCountryCode { get; init; }

    public required string SupplierName { get; init; }

    public required string RecipientName { get; init; }

    public required string ConflictName { get; init; }

    public SupportCategory Category { get; init; }

    public EvidenceStatus EvidenceStatus { get; init; }

    public ConfidenceLevel Confidence { get; init; }

    /// <summary>The report's state now (a snapshot shows a report retracted since as retracted).</summary>
    public ReportState State { get; init; }

    public DateOnly ReportedDate { get; init; }

    public DatePrecision ReportedDatePrecision { get; init; }

    public DateOnly? EventDateFrom { get; init; }

    public DatePrecision EventDateFromPrecision { get; init; }

    public DateOnly? EventDateTo { get; init; }

    public DatePrecision EventDateToPrecision { get; init; }

    /// <summary>First day the event may cover (see <see cref="Report.EventStart"/>).</summary>
    public DateOnly EventStart { get; init; }

    /// <summary>Last day the event may cover; <see cref="DateOnly.MaxValue"/> while ongoing.</summary>
    public DateOnly EventEnd { get; init; }

    public RetractionNotice? Retraction { get; init; }

    /// <summary>In a snapshot: how the report was corrected after the link was made.</summary>
    public CorrectionNotice? Correction { get; init; }

    public bool IsOngoing => EventEnd == DateOnly.MaxValue;

    /// <summary>"12 April 2024", "since March 2023", "March 2023 to June 2023"; the reported date when the event has none.</summary>
    public string DateText =>
        ReportDates.FormatEvent(EventDateFrom, EventDateFromPrecision, EventDateTo, EventDateToPrecision)
        ?? $"reported {ReportDates.Format(ReportedDate, ReportedDatePrecision)}";

    /// <summary>The month the timeline files the report under: the month its event started.</summary>
    public DateOnly Month => new(EventStart.Year, EventStart.Month, 1);
}

/// <summary>A public retraction: when, and the reason given.</summary>
public sealed record RetractionNotice(DateTime? At, string? Reason);

/// <summary>A correction made after a snapshot link was created: when, and what changed.</summary>
public sealed record CorrectionNotice(DateTime At, IReadOnlyList<ReportChange> Changes);

/// <summary>One field that reads differently now than in the snapshot.</summary>
public sealed record ReportChange(string Label, string? Before, string? After);

/// <summary>
/// What the side panel shows of a report: its published content and public notices. It carries no
/// user names, review comments or revision notes, so the shared page can show it as it is.
/// </summary>
public sealed record ReportSummary
{
    public required int Id { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public string? Details { get; init; }

    public required string ConflictName { get; init; }

    public required string SupplierCountryCode { get; init; }

    public required string SupplierName { get; init; }

    public required string RecipientName { get; init; }

    public SupportCategory Category { get; init; }

    public IReadOnlyList<string> AidTypes { get; init; } = [];

    public string? Items { get; init; }

    public long? Quantity { get; init; }

    public long? ValueUsd { get; init; }

    public EvidenceStatus EvidenceStatus { get; init; }

    public ConfidenceLevel Confidence { get; init; }

    public ReportState State { get; init; }

    public DateOnly ReportedDate { get; init; }

    public DatePrecision ReportedDatePrecision { get; init; }

    public DateOnly? EventDateFrom { get; init; }

    public DatePrecision EventDateFromPrecision { get; init; }

    public DateOnly? EventDateTo { get; init; }

    public DatePrecision EventDateToPrecision { get; init; }

    public string? PlaceName { get; init; }

    public string? ResponseText { get; init; }

    public DateOnly? ResponseDate { get; init; }

    public string? ResponseSource { get; init; }

    public IReadOnlyList<SourceSnapshot> Sources { get; init; } = [];

    public IReadOnlyList<OrganizationSnapshot> Organizations { get; init; } = [];

    public RetractionNotice? Retraction { get; init; }

    public CorrectionNotice? Correction { get; init; }

    public string ReportedDateText => ReportDates.Format(ReportedDate, ReportedDatePrecision);

    public string? EventDateText => ReportDates.FormatEvent(EventDateFrom, EventDateFromPrecision, EventDateTo, EventDateToPrecision);
}

/// <summary>Everything a timeline page shows for one slice and one view.</summary>
public sealed record TimelineData(
    TimelineWindow Window,
    DateOnly Today,
    IReadOnlyList<MonthCount> Months,
    TimelineLanes Lanes,
    PagedResult<TimelineReport> Cards,
    ReportSummary? Selected)
{
    /// <summary>Published reports counted by the months shown (retracted reports count in no figure).</summary>
    public int CountedInWindow => Months.Sum(m => m.Counts.Total);
}
