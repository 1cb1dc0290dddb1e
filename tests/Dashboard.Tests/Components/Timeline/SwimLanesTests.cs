using System.Globalization;
using Dashboard.Core.Reports;
using Dashboard.Core.Timeline;
using Dashboard.Tests.Core.Timeline;
using Dashboard.Web.Components.Timeline;

namespace Dashboard.Tests.Components.Timeline;

public sealed class SwimLanesTests : DashboardTestContext
{
    private static readonly DateOnly Today = new(2024, 6, 15);
    private static readonly TimelineWindow Year2023 = new(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), TimelineZoom.All, IsFree: true);

    [Fact]
    public void MonthPrecisionDate_IsDrawnAsAMonthSpan_AndLabelledSo()
    {
        var march = TimelineTestReports.Of(new DateOnly(2023, 3, 1), DatePrecision.Month, new DateOnly(2023, 3, 1), DatePrecision.Month);

        var lanes = Render(march);

        var mark = lanes.Find("[data-testid=lane-mark]");
        var rect = mark.QuerySelector("rect")!;
        Assert.Equal("imprecise", mark.GetAttribute("data-kind"));
        Assert.Equal("month", mark.GetAttribute("data-precision"));
        Assert.Equal(1000.0 * 59 / 365, double.Parse(rect.GetAttribute("x")!, CultureInfo.InvariantCulture), 1);
        Assert.Equal(1000.0 * 31 / 365, double.Parse(rect.GetAttribute("width")!, CultureInfo.InvariantCulture), 1);
        Assert.Contains("March 2023 (known to the month)", mark.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("(known to the month)", rect.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OngoingEvent_IsDrawnToTodayWithAnOpenEndMarker()
    {
        var window = new TimelineWindow(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), TimelineZoom.All, IsFree: true);
        var ongoing = TimelineTestReports.Of(new DateOnly(2024, 2, 1));

        var lanes = Render(ongoing, window);

        var mark = lanes.Find("[data-testid=lane-mark]");
        Assert.Equal("ongoing", mark.GetAttribute("data-kind"));
        var arrowTip = mark.QuerySelector("[data-testid=open-end]")!.GetAttribute("points")!.Split(' ')[1].Split(',')[0];
        Assert.Equal(1000 * window.EndPositionOf(Today), double.Parse(arrowTip, CultureInfo.InvariantCulture), 1);
        Assert.NotNull(lanes.Find(".axis-today"));
    }

    [Fact]
    public void EveryMark_LinksToItsSummary()
    {
        var report = TimelineTestReports.Of(new DateOnly(2023, 5, 5), to: new DateOnly(2023, 5, 5));

        var lanes = Render(report);

        Assert.Equal($"s/token?report={report.Id}", lanes.Find("[data-testid=lane-mark]").GetAttribute("href"));
    }

    private IRenderedComponent<SwimLanes> Render(TimelineReport report, TimelineWindow? window = null)
    {
        window ??= Year2023;
        var model = TimelineLanes.Build([report], window, LaneGrouping.Supplier, Today, 1);
        return Render<SwimLanes>(p => p
            .Add(x => x.Lanes, model)
            .Add(x => x.Window, window)
            .Add(x => x.Today, Today)
            .Add(x => x.MarkHref, id => $"s/token?report={id}"));
    }
}
