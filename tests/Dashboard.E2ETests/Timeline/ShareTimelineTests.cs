using System.Text.RegularExpressions;

namespace Dashboard.E2ETests.Timeline;

public sealed class ShareTimelineTests(BrowserFixture browser)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task Viewer_SharesIransTimeline_AStrangerSeesExactlyItsReports_UntilTheLinkIsRevoked()
    {
        var iran = DemoCsv.Load().Reports.Where(r => r["supplier_country_iso2"] == "IR").Select(r => r["title"]).Order().ToList();
        await using var viewer = await browser.NewSessionAsync();
        var page = viewer.Page;
        await viewer.SignInAsync("viewer@example.org");
        await viewer.GotoAsync("/timeline");

        // The filter bar starts folded: its fields open with the "Filters" button.
        await page.GetByTestId("filter-toggle").ClickAsync();
        await page.GetByTestId("filter-supplier").ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = "Iran", Exact = true }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/timeline\?supplier=IR$"));
        await Assertions.Expect(page.GetByTestId("report-card")).ToHaveCountAsync(iran.Count);
        await Assertions.Expect(page.GetByTestId("lane")).ToHaveCountAsync(1);
        await viewer.ScreenshotAsync("timeline-iran");

        await page.GetByTestId("share-timeline").ClickAsync();
        var dialog = page.GetByTestId("share-dialog");
        await Assertions.Expect(dialog.GetByTestId("share-scope")).ToContainTextAsync("Supplier: Iran");
        await dialog.Locator("input[data-testid=share-title], [data-testid=share-title] input").FillAsync("Iran's support, for the partners");
        await dialog.Locator("textarea[data-testid=share-note], [data-testid=share-note] textarea").FillAsync("Everything we have published on Iran.");
        await page.GetByTestId("share-create").ClickAsync();
        await Assertions.Expect(dialog.GetByTestId("share-created")).ToBeVisibleAsync();
        var url = await dialog.Locator("input[data-testid=share-url], [data-testid=share-url] input").InputValueAsync();
        Assert.Matches(new Regex(@"/s/[A-Za-z0-9_-]{43}$"), url);
        await viewer.ScreenshotAsync("share-dialog-created");
        await page.GetByTestId("share-done").ClickAsync();

        // A new browser context: no cookies, no account.
        await using (var stranger = await browser.NewSessionAsync())
        {
            await stranger.Page.GotoAsync(url);
            await Assertions.Expect(stranger.Page.GetByTestId("shared-title")).ToHaveTextAsync("Iran's support, for the partners");
            await Assertions.Expect(stranger.Page.GetByTestId("shared-by")).ToHaveTextAsync("Demo Viewer");
            var titles = await stranger.Page.GetByTestId("report-card-link").AllTextContentsAsync();
            Assert.Equal(iran, titles.Select(t => t.Trim()).Order().ToList());
            Assert.Equal(0, await stranger.Page.Locator("a[href^='reports'], a[href='/'], a[href^='timeline']").CountAsync());
            await stranger.ScreenshotAsync("shared-timeline-iran");

            await stranger.Page.GetByTestId("lane-mark").First.ClickAsync();
            await Assertions.Expect(stranger.Page.GetByTestId("report-summary-panel")).ToBeVisibleAsync();
            await Assertions.Expect(stranger.Page.GetByTestId("summary-report-link")).ToHaveCountAsync(0);
            await stranger.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "shared-timeline-summary.png") });
            Assert.Empty(stranger.Errors);
        }

        // On a phone the lanes stack: each lane's label sits above its track, which takes the full width.
        await using (var phone = await browser.NewSessionAsync(Phone))
        {
            await phone.Page.GotoAsync(url + "?lanes=category");
            var lane = phone.Page.GetByTestId("lane").First;
            var label = await lane.GetByTestId("lane-label").BoundingBoxAsync();
            var track = await lane.GetByTestId("lane-track").BoundingBoxAsync();
            Assert.True(label!.Y + label.Height <= track!.Y + 1, $"label bottom {label.Y + label.Height} should be above track top {track.Y}");
            Assert.True(track.Width > Phone.Width * 0.8, $"the track is {track.Width}px wide on a {Phone.Width}px screen");
            await phone.ScreenshotAsync("shared-timeline-phone");
        }

        await viewer.GotoAsync("/timeline/shares");
        var row = page.GetByTestId("share-link-row").Filter(new LocatorFilterOptions { HasText = "Iran's support, for the partners" });
        await Assertions.Expect(row.GetByTestId("share-link-accesses")).ToHaveTextAsync(new Regex("^[1-9]"));
        await row.GetByTestId("revoke-share-link").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Revoke", Exact = true }).ClickAsync();
        await Assertions.Expect(row.GetByTestId("share-link-status")).ToContainTextAsync("Revoked");
        await viewer.ScreenshotAsync("my-shared-links-revoked");

        await using (var stranger = await browser.NewSessionAsync())
        {
            var response = await stranger.Page.GotoAsync(url);
            Assert.Equal(404, response!.Status);
            await Assertions.Expect(stranger.Page.Locator("h1")).ToHaveTextAsync("Not found");
            await Assertions.Expect(stranger.Page.GetByTestId("shared-title")).ToHaveCountAsync(0);
            await stranger.ScreenshotAsync("shared-timeline-revoked");
        }

        Assert.Empty(viewer.Errors);
    }

    [Fact]
    public async Task Viewer_OpensAReportFromTheLanes_InASidePanel_WithALinkToItsPage()
    {
        await using var viewer = await browser.NewSessionAsync();
        var page = viewer.Page;
        await viewer.SignInAsync("viewer@example.org");
        await viewer.GotoAsync("/timeline?supplier=CN&lanes=category");

        await page.GetByTestId("lane-mark").First.ClickAsync();

        var drawer = page.GetByTestId("report-drawer");
        await Assertions.Expect(drawer.GetByTestId("report-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"report=\d+"));

        // The panel slides in; the picture is taken once it is all in view.
        await Assertions.Expect(drawer.GetByTestId("report-summary-title")).ToBeInViewportAsync(new LocatorAssertionsToBeInViewportOptions { Ratio = 1 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "timeline-summary-panel.png") });
        await drawer.GetByTestId("summary-report-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/reports/\d+$"));
        await Assertions.Expect(page.GetByTestId("source").First).ToBeVisibleAsync();
        Assert.Empty(viewer.Errors);
    }
}
