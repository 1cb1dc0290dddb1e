using System.Text.RegularExpressions;
using Dashboard.Core.Export;

namespace Dashboard.E2ETests.Journeys;

/// <summary>
/// Someone without an account opens a shared timeline link: the sharer's title and name, the report
/// cards of the slice, a zoom preset, one report's summary, and no way into the staff pages. Creating a
/// link in the dialog is walked by <see cref="Timeline.ShareTimelineTests"/>; here the link is made
/// through the service that dialog calls.
/// </summary>
public sealed class StakeholderJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Stakeholder_OpensALink_Zooms_AndReadsASummary_WithoutReachingStaffPages()
    {
        var title = $"US support, for the partners {JourneyData.UniqueSuffix()}";
        var path = await JourneyData.ShareLinkAsync(browser.App, "viewer@example.org", title, "supplier=US");
        var expected = (await JourneyData.ReportsAsync(browser.App, "supplier=US", ExportScope.Published)).Select(r => r.Title).Order().ToList();
        await using var stakeholder = await browser.NewSessionAsync();
        var page = stakeholder.Page;
        Assert.Empty(await stakeholder.Context.CookiesAsync());

        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByTestId("shared-title")).ToHaveTextAsync(title);
        await Assertions.Expect(page.GetByTestId("shared-by")).ToHaveTextAsync("Demo Viewer");
        var titles = await page.GetByTestId("report-card-link").AllTextContentsAsync();
        Assert.Equal(expected, titles.Select(t => t.Trim()).Order().ToList());
        await stakeholder.ScreenshotAsync("journey-stakeholder-1-link");

        // No way into the staff area: no link to the overview, lists, map, admin or sign-in pages.
        var staffLinks = page.Locator("a[href='/'], a[href=''], a[href^='reports'], a[href^='/reports'], a[href^='map'], a[href^='/map'], a[href^='timeline'], a[href^='/timeline'], a[href*='admin'], a[href*='Account'], a[href^='countries'], a[href^='organizations']");
        Assert.Equal(0, await staffLinks.CountAsync());

        // Zoom to three years: the address says so, the preset is marked current, the window changes.
        var windowBefore = await page.GetByTestId("zoom-window").TextContentAsync();
        await page.GetByTestId("zoom-3y").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/s/[A-Za-z0-9_-]{43}\?zoom=3y$"));
        await Assertions.Expect(page.GetByTestId("zoom-3y")).ToHaveAttributeAsync("aria-current", "true");
        await Assertions.Expect(page.GetByTestId("zoom-window")).Not.ToHaveTextAsync(windowBefore!);
        await Assertions.Expect(page.GetByTestId("shared-title")).ToHaveTextAsync(title);
        await stakeholder.ScreenshotAsync("journey-stakeholder-2-zoomed");

        // One report's summary, in the side panel, without a link to the staff report page.
        var card = page.GetByTestId("report-card-link").First;
        var cardTitle = (await card.TextContentAsync())!.Trim();
        await card.ClickAsync();
        var panel = page.GetByTestId("report-summary-panel");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByTestId("report-summary-title")).ToHaveTextAsync(cardTitle);
        await Assertions.Expect(panel.GetByTestId("summary-report-link")).ToHaveCountAsync(0);
        Assert.Equal(0, await staffLinks.CountAsync());
        await stakeholder.ScreenshotAsync("journey-stakeholder-3-summary");

        // Still nobody: no sign-in cookie was handed out on the way.
        Assert.DoesNotContain(await stakeholder.Context.CookiesAsync(), c => c.Name.Contains("Identity", StringComparison.Ordinal));
        Assert.Empty(stakeholder.Errors);
    }
}
