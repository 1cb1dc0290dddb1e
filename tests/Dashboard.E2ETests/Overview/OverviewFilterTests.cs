using System.Text.RegularExpressions;

namespace Dashboard.E2ETests.Overview;

public sealed class OverviewFilterTests(BrowserFixture browser)
{
    [Fact]
    public async Task Viewer_FiltersTheOverview_ReloadsIt_AndFollowsABarToTheSameReports()
    {
        var csv = DemoCsv.Load();
        var expected = csv.Reports.Count(r => r["supplier_country_iso2"] == "CN" && r["category"] == "dual-use");
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync("viewer@example.org");
        await session.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("figure-reports")).ToContainTextAsync(csv.ReportCount.ToString());

        await page.GetByTestId("filter-toggle").ClickAsync();
        await SelectAsync(page, "filter-supplier", "China");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"\?supplier=CN$"));
        await Assertions.Expect(page.GetByTestId("filter-toggle")).ToHaveAttributeAsync("aria-expanded", "true");
        await SelectAsync(page, "filter-category", "Dual-use");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"\?supplier=CN&category=dual-use$"));
        await Assertions.Expect(page.GetByTestId("figure-reports")).ToContainTextAsync($"{expected} published reports");

        await page.ReloadAsync();
        await session.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("figure-reports")).ToContainTextAsync($"{expected} published reports");
        await Assertions.Expect(page.GetByTestId("filter-chip")).ToHaveCountAsync(2);
        await session.ScreenshotAsync("overview-filtered");

        // The only supplier bar is China's dual-use bar: it lists exactly the same reports.
        await page.GetByTestId("top-suppliers").Locator("a.category-bar-total").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/reports\?supplier=CN&category=dual-use$"));
        await Assertions.Expect(page.GetByTestId("report-row")).ToHaveCountAsync(expected);
        await Assertions.Expect(page.GetByTestId("report-count")).ToHaveTextAsync($"{expected} matching reports");

        await page.GetByTestId("report-link").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/reports/\d+$"));
        await Assertions.Expect(page.GetByTestId("source").First).ToBeVisibleAsync();
        Assert.Empty(session.Errors);
    }

    private static async Task SelectAsync(IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = option }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
    }
}
