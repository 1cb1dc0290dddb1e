using Dashboard.Core.Countries;
using Dashboard.Core.Reports;

namespace Dashboard.Core.Timeline;

/// <summary>Turns reports (rows in SQL, or revisions' content for snapshots) into the timeline's read models.</summary>
public static class TimelineProjections
{
    /// <summary>The timeline row of each report, projected in SQL.</summary>
    public static IQueryable<TimelineReport> ToTimelineReports(IQueryable<Report> reports) =>
        reports.Select(r => new TimelineReport
        {
            Id = r.Id,
            Title = r.Title,
            SupplierCountryCode = r.SupplierCountryCode,
            SupplierName = r.SupplierCountry!.CommonName,
            RecipientName = r.RecipientParty!.Name,
            ConflictName = r.Conflict!.Name,
            Category = r.Category,
            EvidenceStatus = r.EvidenceStatus,
            Confidence = r.Confidence,
            State = r.State,
            ReportedDate = r.ReportedDate,
            ReportedDatePrecision = r.ReportedDatePrecision,
            EventDateFrom = r.EventDateFrom,
            EventDateFromPrecision = r.EventDateFromPrecision,
            EventDateTo = r.EventDateTo,
            EventDateToPrecision = r.EventDateToPrecision,
            EventStart = r.EventStart,
            EventEnd = r.EventEnd,
            Retraction = r.State == ReportState.Retracted ? new RetractionNotice(r.RetractedAt, r.RetractionReason) : null,
        });

    /// <summary>What the side panel shows of each report, projected in SQL.</summary>
    public static IQueryable<ReportSummary> ToSummaries(IQueryable<Report> reports) =>
        reports.Select(r => new ReportSummary
        {
            Id = r.Id,
            Title = r.Title,
            Summary = r.Summary,
            Details = r.Details,
            ConflictName = r.Conflict!.Name,
            SupplierCountryCode = r.SupplierCountryCode,
            SupplierName = r.SupplierCountry!.CommonName,
            RecipientName = r.RecipientParty!.Name,
            Category = r.Category,
            AidTypes = r.AidTypes.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
            Items = r.Items,
            Quantity = r.Quantity,
            ValueUsd = r.ValueUsd,
            EvidenceStatus = r.EvidenceStatus,
            Confidence = r.Confidence,
            State = r.State,
            ReportedDate = r.ReportedDate,
            ReportedDatePrecision = r.ReportedDatePrecision,
            EventDateFrom = r.EventDateFrom,
            EventDateFromPrecision = r.EventDateFromPrecision,
            EventDateTo = r.EventDateTo,
            EventDateToPrecision = r.EventDateToPrecision,
            PlaceName = r.PlaceName,
            ResponseText = r.ResponseText,
            ResponseDate = r.ResponseDate,
            ResponseSource = r.ResponseSource,
            Sources = r.Sources.OrderBy(s => s.Position)
                .Select(s => new SourceSnapshot(s.Title, s.Publisher, s.Url, s.PublishedDate, s.Type, s.PublisherIsParty))
                .ToList(),
            Organizations = r.Organizations.OrderBy(o => o.Position)
                .Select(o => new OrganizationSnapshot(o.OrganizationId, o.Organization!.Name, o.Role))
                .ToList(),
            Retraction = r.State == ReportState.Retracted ? new RetractionNotice(r.RetractedAt, r.RetractionReason) : null,
        });

    /// <summary>A report as a revision holds it, with the notices of what happened to it since.</summary>
    public static TimelineReport FromSnapshot(int reportId, ReportSnapshot content, ReportState currentState, RetractionNotice? retraction, CorrectionNotice? correction)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (start, end) = EventSpanOf(content);
        return new TimelineReport
        {
            Id = reportId,
            Title = content.Title,
            SupplierCountryCode = content.SupplierCountryCode,
            SupplierName = CountryCatalog.NameOf(content.SupplierCountryCode),
            RecipientName = content.RecipientName,
            ConflictName = content.ConflictName,
            Category = content.Category,
            EvidenceStatus = content.EvidenceStatus,
            Confidence = content.Confidence,
            State = currentState,
            ReportedDate = content.ReportedDate,
            ReportedDatePrecision = content.ReportedDatePrecision,
            EventDateFrom = content.EventDateFrom,
            EventDateFromPrecision = content.EventDateFromPrecision,
            EventDateTo = content.EventDateTo,
            EventDateToPrecision = content.EventDateToPrecision,
            EventStart = start,
            EventEnd = end,
            Retraction = retraction,
            Correction = correction,
        };
    }

    /// <summary>The side panel's view of a report as a revision holds it.</summary>
    public static ReportSummary SummaryFromSnapshot(int reportId, ReportSnapshot content, ReportState currentState, RetractionNotice? retraction, CorrectionNotice? correction)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new ReportSummary
        {
            Id = reportId,
            Title = content.Title,
            Summary = content.Summary,
            Details = content.Details,
            ConflictName = content.ConflictName,
            SupplierCountryCode = content.SupplierCountryCode,
            SupplierName = CountryCatalog.NameOf(content.SupplierCountryCode),
            RecipientName = content.RecipientName,
            Category = content.Category,
            AidTypes = content.AidTypes.Select(AidType.NameFromSlug).Order(StringComparer.Ordinal).ToList(),
            Items = content.Items,
            Quantity = content.Quantity,
            ValueUsd = content.ValueUsd,
            EvidenceStatus = content.EvidenceStatus,
            Confidence = content.Confidence,
            State = currentState,
            ReportedDate = content.ReportedDate,
            ReportedDatePrecision = content.ReportedDatePrecision,
            EventDateFrom = content.EventDateFrom,
            EventDateFromPrecision = content.EventDateFromPrecision,
            EventDateTo = content.EventDateTo,
            EventDateToPrecision = content.EventDateToPrecision,
            PlaceName = content.PlaceName,
            ResponseText = content.ResponseText,
            ResponseDate = content.ResponseDate,
            ResponseSource = content.ResponseSource,
            Sources = content.Sources,
            Organizations = content.Organizations,
            Retraction = retraction,
            Correction = correction,
        };
    }

    /// <summary>
    /// The event span of a revision's content, by the very rule that derives <see cref="Report.EventStart"/>
    /// and <see cref="Report.EventEnd"/> on save (applied to a detached report), so the two never disagree.
    /// </summary>
    public static (DateOnly Start, DateOnly End) EventSpanOf(ReportSnapshot content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var detached = new Report
        {
            Title = content.Title,
            Summary = content.Summary,
            SupplierCountryCode = content.SupplierCountryCode,
            ReportedDate = content.ReportedDate,
            ReportedDatePrecision = content.ReportedDatePrecision,
            EventDateFrom = content.EventDateFrom,
            EventDateFromPrecision = content.EventDateFromPrecision,
            EventDateTo = content.EventDateTo,
            EventDateToPrecision = content.EventDateToPrecision,
        };
        detached.UpdateEventSpan();
        return (detached.EventStart, detached.EventEnd);
    }
}
