using System.Text.RegularExpressions;
using Dashboard.Core.Export;

namespace Dashboard.E2ETests.Journeys;

/// <summary>
/// A staff member with the Viewer role browses from the overview to one report and on to its
/// supplier's profile, following links only. Sharing the timeline is the viewer's other journey; it is
/// walked end to end, with a stranger opening the link, by
/// <see cref="Timeline.ShareTimelineTests.Viewer_SharesIransTimeline_AStrangerSeesExactlyItsReports_UntilTheLinkIsRevoked"/>.
/// </summary>
public sealed class ViewerJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Viewer_BrowsesFromTheOverviewBarToAReportAndItsSuppliersProfile()
    {
        await using var viewer = await browser.NewSessionAsync();
        var page = viewer.Page;
        await viewer.SignInAsync("viewer@example.org");
        await viewer.GotoAsync("/");
        var published = await JourneyData.ReportsAsync(browser.App, "", ExportScope.Published);
        await Assertions.Expect(page.GetByTestId("top-suppliers")).ToBeVisibleAsync();
        await viewer.ScreenshotAsync("journey-viewer-1-overview");

        // The first supplier bar is the supplier with the most published reports.
        var bar = page.GetByTestId("top-suppliers").Locator("a.category-bar-total").First;
        var href = await bar.GetAttributeAsync("href");
        var supplier = Regex.Match(href!, @"supplier=([A-Z]{2})").Groups[1].Value;
        var top = published.GroupBy(r => r.SupplierCountryCode).MaxBy(g => g.Count())!;
        Assert.Equal(top.Key, supplier);
        await bar.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($@"/reports\?supplier={supplier}$"));
        var matching = await JourneyData.ReportsAsync(browser.App, "supplier=" + supplier, ExportScope.StaffVisible);
        await Assertions.Expect(page.GetByTestId("report-row")).ToHaveCountAsync(Math.Min(25, matching.Count));
        await Assertions.Expect(page.GetByTestId("filter-chip")).ToHaveCountAsync(1);
        await viewer.ScreenshotAsync("journey-viewer-2-reports-filtered");

        var link = page.GetByTestId("report-link").First;
        var title = (await link.TextContentAsync())!.Trim();
        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/reports/\d+$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        var report = matching.Single(r => r.Title == title);
        await Assertions.Expect(page.GetByTestId("source")).ToHaveCountAsync(report.Sources.Count);
        await Assertions.Expect(page.GetByTestId("source").First).ToContainTextAsync(report.Sources[0].Title);
        await viewer.ScreenshotAsync("journey-viewer-3-report");

        await page.Locator(".report-claim a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/countries/{supplier}$"));
        var given = published.Count(r => r.SupplierCountryCode == supplier);
        await Assertions.Expect(page.GetByTestId("given-total")).ToHaveTextAsync($"{given} published reports");
        await viewer.ScreenshotAsync("journey-viewer-4-country");

        Assert.Empty(viewer.Errors);
    }
}
