using Dashboard.Core.Editing;
using Dashboard.E2ETests.Journeys;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.E2ETests.Security;

/// <summary>
/// Markup and script saved by an editor (a title, a summary) stay text everywhere the report is shown:
/// its page, the admin list (a second copy waits in review), the timeline and a shared link. No dialog opens and no element is injected.
/// </summary>
public sealed class StoredScriptTests(BrowserFixture browser)
{
    private const string Title = "Drones <img src=x onerror=alert(1)> for <script>alert(2)</script> testing";
    private const string Summary = "<b onmouseover=alert(3)>bold</b> and <iframe src=javascript:alert(4)></iframe>";

    [Fact]
    public async Task AReportWithScriptInItsText_ShowsTheTextLiterally_OnEveryPage()
    {
        await using var isolated = IsolatedApp.Start(browser);
        var app = isolated.App;
        var id = await JourneyData.SubmittedReportAsync(app, "editor@example.org", Title);
        var commands = app.Services.GetRequiredService<ReportCommands>();
        var admin = await JourneyData.ActorAsync(app, "admin@example.org");
        var loaded = await app.Services.GetRequiredService<EditorialQueries>().GetForEditAsync(admin, id);
        loaded!.Draft.Summary = Summary;
        Assert.True((await commands.SaveAsync(admin, new SaveReportRequest(id, loaded.Draft, loaded.Token, null))).Succeeded);
        Assert.True((await commands.PublishAsync(admin, id, null)).Succeeded);
        var shared = await JourneyData.ShareLinkAsync(app, "viewer@example.org", "Script as text", "?supplier=CN");
        await JourneyData.SubmittedReportAsync(app, "editor@example.org", Title);

        await using var editor = await isolated.NewSessionAsync();
        await editor.SignInAsync("editor@example.org");
        foreach (var (path, shows) in new[]
        {
            ($"/reports/{id}", editor.Page.GetByTestId("report")),
            ("/admin", editor.Page.GetByTestId("grid-reviewqueue")),
            ("/timeline?supplier=CN", editor.Page.GetByTestId("report-card").Filter(new LocatorFilterOptions { HasText = "onerror" })),
        })
        {
            await editor.GotoAsync(path);
            await Assertions.Expect(shows).ToContainTextAsync(Title);
            await AssertNothingInjectedAsync(editor.Page);
        }

        await editor.GotoAsync($"/reports/{id}");
        await Assertions.Expect(editor.Page.GetByTestId("report")).ToContainTextAsync(Summary);
        await editor.ScreenshotAsync("stored-script-report-page");
        Assert.Empty(editor.Errors);

        await using var stranger = await isolated.NewSessionAsync();
        await stranger.Page.GotoAsync(shared);
        await Assertions.Expect(stranger.Page.GetByTestId("report-card-link").Filter(new LocatorFilterOptions { HasText = "onerror" })).ToHaveTextAsync(Title);
        await AssertNothingInjectedAsync(stranger.Page);
        Assert.Empty(stranger.Errors);
    }

    private static async Task AssertNothingInjectedAsync(IPage page)
    {
        Assert.Equal(0, await page.Locator("main img[src=x], main iframe, main b[onmouseover]").CountAsync());
        Assert.Equal(0, await page.Locator("main script").CountAsync());
    }
}
