using Dashboard.Core.Reports;
using Dashboard.Core.Timeline;

namespace Dashboard.Tests.Core.Timeline;

public sealed class TimelineLanesTests
{
    private static readonly DateOnly Today = new(2024, 6, 15);
    private static readonly TimelineWindow Year2023 = new(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), TimelineZoom.All, IsFree: true);

    [Fact]
    public void MonthPrecisionDate_IsDrawnAsThatWholeMonth_AndLabelledSo()
    {
        var march = TimelineTestReports.Of(new DateOnly(2023, 3, 1), DatePrecision.Month, new DateOnly(2023, 3, 1), DatePrecision.Month);

        var mark = TimelineLanes.Build([march], Year2023, LaneGrouping.Supplier, Today, 1).Lanes.Single().Marks.Single();

        Assert.Equal(LaneMarkKind.ImpreciseDate, mark.Kind);
        Assert.Equal(DatePrecision.Month, mark.Precision);
        Assert.Equal(Year2023.PositionOf(new DateOnly(2023, 3, 1)), mark.From, 9);
        Assert.Equal(Year2023.EndPositionOf(new DateOnly(2023, 3, 31)), mark.To, 9);
        Assert.Equal(31.0 / 365, mark.To - mark.From, 9);
        Assert.Equal("March 2023 (known to the month)", mark.DateLabel);
    }

    [Fact]
    public void ReportedDateKnownToTheYear_IsDrawnAsTheYear()
    {
        var report = TimelineTestReports.Of(null, reported: new DateOnly(2023, 1, 1), reportedPrecision: DatePrecision.Year);

        var mark = TimelineLanes.Build([report], Year2023, LaneGrouping.Supplier, Today, 1).Lanes.Single().Marks.Single();

        Assert.Equal(LaneMarkKind.ImpreciseDate, mark.Kind);
        Assert.Equal((0.0, 1.0), (mark.From, mark.To));
        Assert.EndsWith("(known to the year)", mark.DateLabel, StringComparison.Ordinal);
    }

    [Fact]
    public void DateRange_IsABarFromStartToEnd()
    {
        var report = TimelineTestReports.Of(new DateOnly(2023, 2, 1), to: new DateOnly(2023, 4, 30));

        var mark = TimelineLanes.Build([report], Year2023, LaneGrouping.Supplier, Today, 1).Lanes.Single().Marks.Single();

        Assert.Equal(LaneMarkKind.Range, mark.Kind);
        Assert.Equal(Year2023.PositionOf(new DateOnly(2023, 2, 1)), mark.From, 9);
        Assert.Equal(Year2023.EndPositionOf(new DateOnly(2023, 4, 30)), mark.To, 9);
    }

    [Fact]
    public void SingleDay_IsAPoint()
    {
        var report = TimelineTestReports.Of(new DateOnly(2023, 7, 4), to: new DateOnly(2023, 7, 4));

        var mark = TimelineLanes.Build([report], Year2023, LaneGrouping.Supplier, Today, 1).Lanes.Single().Marks.Single();

        Assert.Equal(LaneMarkKind.Day, mark.Kind);
        Assert.Equal(1.0 / 365, mark.To - mark.From, 9);
    }

    [Fact]
    public void OngoingEvent_RunsToToday_WithAnOpenEnd()
    {
        var window = new TimelineWindow(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), TimelineZoom.All, IsFree: true);
        var report = TimelineTestReports.Of(new DateOnly(2024, 2, 1));

        var mark = TimelineLanes.Build([report], window, LaneGrouping.Supplier, Today, 1).Lanes.Single().Marks.Single();

        Assert.True(report.IsOngoing);
        Assert.Equal(LaneMarkKind.Ongoing, mark.Kind);
        Assert.Equal(window.EndPositionOf(Today), mark.To, 9);
        Assert.False(mark.EndsAfterWindow);
        Assert.EndsWith(", ongoing", mark.DateLabel, StringComparison.Ordinal);
    }

    [Fact]
    public void EventsOutsideTheWindow_AreLeftOut_AndEventsAcrossItsEdge_AreCut()
    {
        var before = TimelineTestReports.Of(new DateOnly(2022, 3, 1), to: new DateOnly(2022, 3, 2));
        var across = TimelineTestReports.Of(new DateOnly(2022, 11, 1), to: new DateOnly(2023, 2, 1));

        var lane = TimelineLanes.Build([before, across], Year2023, LaneGrouping.Supplier, Today, 2).Lanes.Single();

        var mark = Assert.Single(lane.Marks);
        Assert.Equal(across.Id, mark.Report.Id);
        Assert.Equal(0, mark.From);
        Assert.True(mark.StartsBeforeWindow);
    }

    [Fact]
    public void OverlappingMarks_StackOnRows_AndOthersShareARow()
    {
        var a = TimelineTestReports.Of(new DateOnly(2023, 1, 1), to: new DateOnly(2023, 6, 30));
        var b = TimelineTestReports.Of(new DateOnly(2023, 3, 1), to: new DateOnly(2023, 3, 1));
        var c = TimelineTestReports.Of(new DateOnly(2023, 9, 1), to: new DateOnly(2023, 9, 1));

        var lane = TimelineLanes.Build([a, b, c], Year2023, LaneGrouping.Supplier, Today, 3).Lanes.Single();

        Assert.Equal(2, lane.Rows);
        Assert.Equal(0, lane.Marks.Single(m => m.Report.Id == a.Id).Row);
        Assert.Equal(1, lane.Marks.Single(m => m.Report.Id == b.Id).Row);
        Assert.Equal(0, lane.Marks.Single(m => m.Report.Id == c.Id).Row);
    }

    [Theory]
    [InlineData(LaneGrouping.Supplier, new[] { "CN", "IR" })]
    [InlineData(LaneGrouping.Category, new[] { "dual-use", "lethal" })]
    [InlineData(LaneGrouping.Recipient, new[] { "Russia" })]
    public void Lanes_FollowTheGrouping_BusiestFirst(LaneGrouping grouping, string[] expected)
    {
        var reports = new[]
        {
            TimelineTestReports.Of(new DateOnly(2023, 1, 5), to: new DateOnly(2023, 1, 5), supplier: "CN"),
            TimelineTestReports.Of(new DateOnly(2023, 2, 5), to: new DateOnly(2023, 2, 5), supplier: "CN"),
            TimelineTestReports.Of(new DateOnly(2023, 3, 5), to: new DateOnly(2023, 3, 5), supplier: "IR", category: SupportCategory.Lethal),
        };

        var lanes = TimelineLanes.Build(reports, Year2023, grouping, Today, 3);

        Assert.Equal(expected, lanes.Lanes.Select(l => l.Key));
    }

    [Fact]
    public void ManySuppliers_AreGatheredIntoOneOthersLane()
    {
        var codes = new[] { "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD", "BE", "BF", "BG" };
        var reports = codes.Select((code, i) => TimelineTestReports.Of(new DateOnly(2023, 1, 1).AddDays(i * 10), to: new DateOnly(2023, 1, 1).AddDays(i * 10), supplier: code)).ToList();

        var lanes = TimelineLanes.Build(reports, Year2023, LaneGrouping.Supplier, Today, reports.Count);

        Assert.Equal(TimelineLanes.MaxLanes, lanes.Lanes.Count);
        Assert.Equal(TimelineLanes.OthersKey, lanes.Lanes[^1].Key);
        Assert.Equal(codes.Length, lanes.Lanes.Sum(l => l.Marks.Count));
    }
}
