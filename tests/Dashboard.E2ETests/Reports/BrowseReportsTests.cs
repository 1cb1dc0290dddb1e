using System.Text.RegularExpressions;

namespace Dashboard.E2ETests.Reports;

public sealed class BrowseReportsTests(BrowserFixture browser)
{
    [Fact]
    public async Task Viewer_PagesThroughReports_OpensOne_AndSeesItsSources()
    {
        var csv = DemoCsv.Load();
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;

        await session.SignInAsync("viewer@example.org");
        await page.GotoAsync("/reports");
        await Assertions.Expect(page.GetByTestId("report-count")).ToHaveTextAsync($"{csv.ReportCount} published reports");
        var rows = page.GetByTestId("report-row");
        await Assertions.Expect(rows).ToHaveCountAsync(25);
        var firstOnPageOne = await page.GetByTestId("report-link").First.TextContentAsync();

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Next page" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/reports\?page=2$"));
        await Assertions.Expect(rows).ToHaveCountAsync(csv.ReportCount - 25);
        await Assertions.Expect(page.GetByTestId("report-link").First).Not.ToHaveTextAsync(firstOnPageOne!);

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Previous page" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(25);
        await Assertions.Expect(page.GetByTestId("report-link").First).ToHaveTextAsync(firstOnPageOne!);
        await session.ScreenshotAsync("reports-list");

        await page.GetByTestId("report-link").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/reports/\d+$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(firstOnPageOne!.Trim());
        var sources = page.GetByTestId("source");
        await Assertions.Expect(sources.First).ToBeVisibleAsync();
        var link = sources.First.Locator("a");
        await Assertions.Expect(link).ToHaveAttributeAsync("target", "_blank");
        await Assertions.Expect(link).ToHaveAttributeAsync("rel", "noopener noreferrer");
        await session.ScreenshotAsync("report-page");

        Assert.Empty(session.Errors);
    }
}
