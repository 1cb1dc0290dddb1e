using System.Text.RegularExpressions;

namespace Dashboard.E2ETests.Profiles;

public sealed class ProfileNavigationTests(BrowserFixture browser)
{
    [Fact]
    public async Task Viewer_GoesFromAReportToItsSupplierAndOrganizationProfiles()
    {
        var csv = DemoCsv.Load();
        var chinese = csv.Reports.Count(r => r["supplier_country_iso2"] == "CN");
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync("viewer@example.org");

        await session.GotoAsync("/reports?q=Hikvision");
        await page.GetByTestId("report-link").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("report")).ToBeVisibleAsync();
        await session.ScreenshotAsync("report-with-organizations");

        var reportUrl = page.Url;

        await page.Locator(".report-claim").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "China" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/countries/CN$"));
        await Assertions.Expect(page.GetByTestId("given-total")).ToHaveTextAsync($"{chinese} published reports");
        await session.ScreenshotAsync("country-profile");

        await session.GotoAsync(reportUrl);
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Hikvision" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/organizations/\d+$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Hikvision");
        await Assertions.Expect(page.GetByTestId("organization-reports").Locator("li")).Not.ToHaveCountAsync(0);
        Assert.Empty(session.Errors);
    }
}
