using Dashboard.Core.Conflicts;
using Dashboard.Core.Countries;

namespace Dashboard.Core.Reports;

/// <summary>
/// The unit of curation: one sourced claim that a third country supplies a belligerent with something.
/// </summary>
public sealed class Report
{
    public int Id { get; set; }

    /// <summary>Stable id from the source system; imports match on it to update instead of duplicating.</summary>
    public string? ExternalId { get; set; }

    public required string Title { get; set; }

    /// <summary>Plain text, always rendered encoded.</summary>
    public required string Summary { get; set; }

    public string? Details { get; set; }

    public int ConflictId { get; set; }

    public Conflict? Conflict { get; set; }

    /// <summary>ISO alpha-2 code of the supplying (third) country.</summary>
    public required string SupplierCountryCode { get; set; }

    public Country? SupplierCountry { get; set; }

    public int RecipientPartyId { get; set; }

    public Party? RecipientParty { get; set; }

    public SupportCategory Category { get; set; }

    public List<AidType> AidTypes { get; set; } = [];

    /// <summary>What was supplied, in the curators' words.</summary>
    public string? Items { get; set; }

    public long? Quantity { get; set; }

    /// <summary>Value in whole US dollars.</summary>
    public long? ValueUsd { get; set; }

    public EvidenceStatus EvidenceStatus { get; set; }

    public ConfidenceLevel Confidence { get; set; }

    /// <summary>When the claim was first made public.</summary>
    public DateOnly ReportedDate { get; set; }

    public DatePrecision ReportedDatePrecision { get; set; }

    public DateOnly? EventDateFrom { get; set; }

    public DatePrecision EventDateFromPrecision { get; set; }

    /// <summary>Null with a start date means the support is ongoing.</summary>
    public DateOnly? EventDateTo { get; set; }

    public DatePrecision EventDateToPrecision { get; set; }

    /// <summary>
    /// First day the event may cover, derived on save from the event dates (or the reported date when
    /// there are none); the key that date filters and monthly series use.
    /// </summary>
    public DateOnly EventStart { get; set; }

    /// <summary>Last day the event may cover, derived on save; <see cref="DateOnly.MaxValue"/> while ongoing.</summary>
    public DateOnly EventEnd { get; set; }

    /// <summary>The month of <see cref="EventStart"/> as yyyymm, derived on save: monthly series group by it.</summary>
    public int EventMonth { get; set; }

    /// <summary>The month of <see cref="ReportedDate"/> as yyyymm, derived on save.</summary>
    public int ReportedMonth { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? PlaceName { get; set; }

    /// <summary>The named party's response or denial, shown beside the claim.</summary>
    public string? ResponseText { get; set; }

    public DateOnly? ResponseDate { get; set; }

    /// <summary>Where the response was published: a citation or an http(s) address.</summary>
    public string? ResponseSource { get; set; }

    public ReportState State { get; set; }

    /// <summary>The public reason shown with a retracted report.</summary>
    public string? RetractionReason { get; set; }

    public DateTime? RetractedAt { get; set; }

    public string? RetractedById { get; set; }

    /// <summary>The reviewer's comment when a report was returned to draft.</summary>
    public string? ReviewComment { get; set; }

    /// <summary>Soft delete, for drafts only; an admin can restore.</summary>
    public bool IsDeleted { get; set; }

    public DateTime? DeletedAt { get; set; }

    public string? DeletedById { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    /// <summary>When the content last changed.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>The last author: who last changed the content. They may not publish it themselves.</summary>
    public string? UpdatedById { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public string? PublishedById { get; set; }

    /// <summary>Optimistic concurrency token, incremented on every save.</summary>
    public int Version { get; set; }

    public List<Source> Sources { get; set; } = [];

    public List<ReportOrganization> Organizations { get; set; } = [];

    public List<ReportRevision> Revisions { get; set; } = [];

    /// <summary>Recomputes the derived date columns from the dates and their precision.</summary>
    public void UpdateEventSpan()
    {
        UpdateSpan();
        EventMonth = (EventStart.Year * 100) + EventStart.Month;
        ReportedMonth = (ReportedDate.Year * 100) + ReportedDate.Month;
    }

    private void UpdateSpan()
    {
        var from = EventDateFrom is { } f ? ReportDates.SpanOf(f, EventDateFromPrecision).Start : (DateOnly?)null;
        var to = EventDateTo is { } t ? ReportDates.SpanOf(t, EventDateToPrecision).End : (DateOnly?)null;
        (EventStart, EventEnd) = (from, to) switch
        {
            ({ } start, { } end) => (start, end),
            ({ } start, null) => (start, DateOnly.MaxValue),
            (null, { } end) => (ReportDates.SpanOf(EventDateTo!.Value, EventDateToPrecision).Start, end),
            _ => ReportDates.SpanOf(ReportedDate, ReportedDatePrecision),
        };
    }
}
