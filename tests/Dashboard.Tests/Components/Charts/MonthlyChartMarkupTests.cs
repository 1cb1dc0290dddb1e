using AngleSharp.Html.Parser;
using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;
using Dashboard.Web.Components.Charts;

namespace Dashboard.Tests.Components.Charts;

public sealed class MonthlyChartMarkupTests
{
    private static readonly IReadOnlyList<MonthCount> Months =
    [
        new(2024, 1, new CategoryCounts(3, 0, 1)),
        new(2024, 2, new CategoryCounts(0, 0, 0)),
        new(2024, 3, new CategoryCounts(1, 2, 0)),
    ];

    [Fact]
    public void EverySegment_LinksToItsReports_WithItsCountInTheLabel()
    {
        var html = MonthlyChartMarkup.Build(Months, (m, c) => $"reports?month={m.Month}&category={c}", "Basis.");

        var segments = Parse(html).QuerySelectorAll("svg a[data-testid=chart-segment]");

        Assert.Equal(4, segments.Length);
        Assert.Equal("reports?month=1&category=Lethal", segments[0].GetAttribute("href"));
        Assert.Equal("January 2024: 3 lethal", segments[0].GetAttribute("aria-label"));
        Assert.Equal("January 2024: 3 lethal", segments[0].QuerySelector("title")!.TextContent);
    }

    [Fact]
    public void TheTableTwin_HasARowPerMonthWithReports_NewestFirst()
    {
        var html = MonthlyChartMarkup.Build(Months, (m, c) => $"reports?month={m.Month}", "Basis.");

        var rows = Parse(html).QuerySelectorAll("details[data-testid=monthly-table] tbody tr");

        Assert.Equal(["March 2024", "January 2024"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        Assert.Equal("3", rows[0].QuerySelectorAll("td")[^1].TextContent);
    }

    [Fact]
    public void MarkupInAddressesAndNotes_IsEscaped()
    {
        const string Hostile = "\"><script>alert(1)</script>";

        var html = MonthlyChartMarkup.Build(Months, (_, _) => "reports?q=" + Hostile, "Note " + Hostile);
        var document = Parse(html);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.All(document.QuerySelectorAll("a[href]"), a => Assert.Equal("reports?q=" + Hostile, a.GetAttribute("href")));
        Assert.Equal("Note " + Hostile, document.QuerySelector(".chart-legend-note")!.TextContent);
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
