using System.Globalization;
using Dashboard.Core.Reports;
using Dashboard.Web.Components.Pages.Timeline;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components.Pages.Timeline;

public sealed class TimelinePageTests : DashboardTestContext, IAsyncLifetime
{
    private readonly DemoCsv csv = DemoCsv.Load();
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        UseDatabase(database);
        RenderInteractively();
    }

    [Theory]
    [InlineData("IR")]
    [InlineData("CN")]
    public void MonthlyTable_HasTheCountsOfTheCsvForTheFilter(string supplier)
    {
        var expected = csv.Reports
            .Where(r => r["supplier_country_iso2"] == supplier)
            .GroupBy(StartMonthOf)
            .ToDictionary(g => g.Key.ToString("MMMM yyyy", CultureInfo.InvariantCulture), g => g.Count());
        Services.GetRequiredService<NavigationManager>().NavigateTo($"timeline?supplier={supplier}");

        var page = Render<TimelinePage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=monthly-table] tbody tr")));
        var rows = page.FindAll("[data-testid=monthly-table] tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => int.Parse(r.QuerySelectorAll("td")[^1].TextContent.Trim(), CultureInfo.InvariantCulture));
        Assert.Equal(expected, rows);
        Assert.Equal(csv.Reports.Count(r => r["supplier_country_iso2"] == supplier), page.FindAll("[data-testid=report-card]").Count);
    }

    [Fact]
    public void ExportLinks_CarryThePageFilter_NotTheTimelineWindow()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("timeline?supplier=IR&category=lethal&zoom=1y&lanes=category");

        var page = Render<TimelinePage>();

        page.WaitForAssertion(() => Assert.Equal(
            "api/v1/export.json?supplier=IR&category=lethal",
            page.Find("[data-testid=export-json]").GetAttribute("href")));
    }

    [Fact]
    public async Task MonthPrecisionDate_IsDrawnAsAMonthSpan_OnThePage()
    {
        var title = csv.Reports.First(r => r["supplier_country_iso2"] == "BY")["title"];
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var report = await db.Reports.SingleAsync(r => r.Title == title);
            report.EventDateFrom = new DateOnly(2023, 3, 1);
            report.EventDateFromPrecision = DatePrecision.Month;
            report.EventDateTo = new DateOnly(2023, 3, 1);
            report.EventDateToPrecision = DatePrecision.Month;
            await db.SaveChangesAsync();
        }

        Services.GetRequiredService<NavigationManager>().NavigateTo("timeline?supplier=BY&start=2023-01-01&end=2023-12-31");

        var page = Render<TimelinePage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=lane-mark]")));
        var mark = page.Find("[data-testid=lane-mark]");
        var width = double.Parse(mark.QuerySelector("rect")!.GetAttribute("width")!, CultureInfo.InvariantCulture);
        Assert.Equal("month", mark.GetAttribute("data-precision"));
        Assert.Equal(1000.0 * 31 / 365, width, 1);
        Assert.Contains("March 2023 (date known to the month)", page.Find("[data-testid=report-card-date]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ZoomLinks_KeepTheFilter_AndTheMarkedOneIsCurrent()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("timeline?supplier=CN&zoom=1y&lanes=category");

        var page = Render<TimelinePage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=zoom-bar]")));
        Assert.Equal("timeline?supplier=CN&zoom=3m&lanes=category", page.Find("[data-testid=zoom-3m]").GetAttribute("href"));
        Assert.Equal("timeline?supplier=CN&lanes=category", page.Find("[data-testid=zoom-all]").GetAttribute("href"));
        Assert.Equal("true", page.Find("[data-testid=zoom-1y]").GetAttribute("aria-current"));
        Assert.Equal("timeline?supplier=CN&zoom=1y", page.Find("[data-testid=lanes-supplier]").GetAttribute("href"));
        Assert.Equal(["supplier", "lanes"], page.FindAll("[data-testid=zoom-range] input[type=hidden]").Select(i => i.GetAttribute("name")!));
    }

    private static DateOnly StartMonthOf(IReadOnlyDictionary<string, string> row)
    {
        var start = row["event_date_from"].Length > 0 ? row["event_date_from"] : row["event_date_to"].Length > 0 ? row["event_date_to"] : row["reported_date"];
        var date = DateOnly.Parse(start, CultureInfo.InvariantCulture);
        return new DateOnly(date.Year, date.Month, 1);
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}
