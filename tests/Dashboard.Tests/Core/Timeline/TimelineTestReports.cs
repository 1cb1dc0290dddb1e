using Dashboard.Core.Reports;
using Dashboard.Core.Timeline;

namespace Dashboard.Tests.Core.Timeline;

/// <summary>Timeline rows built the way the queries build them: the event span derived by the model's own rule.</summary>
internal static class TimelineTestReports
{
    private static int nextId = 1;

    public static TimelineReport Of(
        DateOnly? from,
        DatePrecision fromPrecision = DatePrecision.Day,
        DateOnly? to = null,
        DatePrecision toPrecision = DatePrecision.Day,
        string supplier = "CN",
        SupportCategory category = SupportCategory.DualUse,
        DateOnly? reported = null,
        DatePrecision reportedPrecision = DatePrecision.Day)
    {
        var report = new Report
        {
            Title = "A report",
            Summary = "A summary",
            SupplierCountryCode = supplier,
            ReportedDate = reported ?? to ?? from ?? new DateOnly(2024, 4, 12),
            ReportedDatePrecision = reportedPrecision,
            EventDateFrom = from,
            EventDateFromPrecision = fromPrecision,
            EventDateTo = to,
            EventDateToPrecision = toPrecision,
        };
        report.UpdateEventSpan();
        return new TimelineReport
        {
            Id = Interlocked.Increment(ref nextId),
            Title = $"Report from {supplier}",
            SupplierCountryCode = supplier,
            SupplierName = supplier,
            RecipientName = "Russia",
            ConflictName = "Russia-Ukraine war",
            Category = category,
            State = ReportState.Published,
            ReportedDate = report.ReportedDate,
            ReportedDatePrecision = report.ReportedDatePrecision,
            EventDateFrom = from,
            EventDateFromPrecision = fromPrecision,
            EventDateTo = to,
            EventDateToPrecision = toPrecision,
            EventStart = report.EventStart,
            EventEnd = report.EventEnd,
        };
    }
}
