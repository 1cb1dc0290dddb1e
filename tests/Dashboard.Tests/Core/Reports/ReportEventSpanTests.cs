using Dashboard.Core.Reports;

namespace Dashboard.Tests.Core.Reports;

public sealed class ReportEventSpanTests
{
    [Fact]
    public void OpenEnd_CountsAsOngoing()
    {
        var report = NewReport(from: new DateOnly(2024, 4, 12), to: null);

        report.UpdateEventSpan();

        Assert.Equal((new DateOnly(2024, 4, 12), DateOnly.MaxValue), (report.EventStart, report.EventEnd));
    }

    [Fact]
    public void MonthPrecision_CoversTheWholeMonth()
    {
        var report = NewReport(from: new DateOnly(2023, 2, 1), to: new DateOnly(2023, 2, 1));
        report.EventDateFromPrecision = DatePrecision.Month;
        report.EventDateToPrecision = DatePrecision.Month;

        report.UpdateEventSpan();

        Assert.Equal((new DateOnly(2023, 2, 1), new DateOnly(2023, 2, 28)), (report.EventStart, report.EventEnd));
    }

    [Fact]
    public void NoEventDates_UseTheReportedDate()
    {
        var report = NewReport(from: null, to: null);

        report.UpdateEventSpan();

        Assert.Equal((report.ReportedDate, report.ReportedDate), (report.EventStart, report.EventEnd));
    }

    [Theory]
    [InlineData(DatePrecision.Day, "12 April 2024")]
    [InlineData(DatePrecision.Month, "April 2024")]
    [InlineData(DatePrecision.Year, "2024")]
    public void Dates_ReadWithTheirPrecision(DatePrecision precision, string expected) =>
        Assert.Equal(expected, ReportDates.Format(new DateOnly(2024, 4, 12), precision));

    [Fact]
    public void OngoingEvent_ReadsSince() =>
        Assert.Equal("since 12 April 2024", ReportDates.FormatEvent(new DateOnly(2024, 4, 12), DatePrecision.Day, null, DatePrecision.Day));

    private static Report NewReport(DateOnly? from, DateOnly? to) => new()
    {
        Title = "Title",
        Summary = "Summary",
        SupplierCountryCode = "CN",
        ReportedDate = new DateOnly(2024, 5, 1),
        EventDateFrom = from,
        EventDateTo = to,
    };
}
