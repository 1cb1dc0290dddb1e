using System.Text.RegularExpressions;

namespace Dashboard.E2ETests.ScaleOut;

/// <summary>
/// Two app processes over one SQLite file, driven through Chromium as users would meet them behind a
/// proxy: what one instance does (a share link made in its dialog, a report saved in its editor) is
/// seen at once through the other. Sign-in, antiforgery, keys and restarts across processes are in
/// <c>Dashboard.IntegrationTests/ScaleOut</c>.
/// </summary>
public sealed class TwoInstancesBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private TwoAppProcesses apps = null!;

    private AppProcess First => apps.First;

    private AppProcess Second => apps.Second;

    public async ValueTask InitializeAsync() => apps = await TwoAppProcesses.StartAsync();

    [Fact]
    public async Task ALinkSharedOnTheFirst_OpensOnTheSecond()
    {
        await using var viewer = await SessionAsync(First.Address);
        await viewer.SignInAsync("viewer@example.org");
        var page = viewer.Page;
        await viewer.GotoAsync("/timeline?supplier=CN");
        var cards = await page.GetByTestId("report-card-link").AllTextContentsAsync();
        Assert.NotEmpty(cards);

        await page.GetByTestId("share-timeline").ClickAsync();
        var dialog = page.GetByTestId("share-dialog");
        await dialog.Locator("input[data-testid=share-title], [data-testid=share-title] input").FillAsync("China, across instances");
        await page.GetByTestId("share-create").ClickAsync();
        await Assertions.Expect(dialog.GetByTestId("share-created")).ToBeVisibleAsync();
        var url = new Uri(await dialog.Locator("input[data-testid=share-url], [data-testid=share-url] input").InputValueAsync());
        Assert.Equal(First.Address.Port, url.Port);

        // The stranger reaches the other instance (the proxy's choice), without cookies.
        await using var stranger = await SessionAsync(Second.Address);
        var response = await stranger.Page.GotoAsync(new Uri(Second.Address, url.PathAndQuery).ToString());
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(stranger.Page.GetByTestId("shared-title")).ToHaveTextAsync("China, across instances");
        var shared = await stranger.Page.GetByTestId("report-card-link").AllTextContentsAsync();
        Assert.Equal(cards.Select(c => c.Trim()).Order(), shared.Select(c => c.Trim()).Order());
        await stranger.ScreenshotAsync("scale-out-shared-on-second");
        Assert.Empty(viewer.Errors);
        Assert.Empty(stranger.Errors);
    }

    [Fact]
    public async Task AReportSavedOnTheFirst_ShowsOnTheSecond()
    {
        await using var editor = await SessionAsync(First.Address);
        await editor.SignInAsync("editor@example.org");
        var page = editor.Page;
        await page.GotoAsync("/admin/reports/1/edit");
        await Assertions.Expect(page.Locator("[data-testid=editor-ready][data-ready=true]")).ToHaveCountAsync(1);
        var summary = $"Corrected on the first instance ({Guid.NewGuid():N}).";
        await page.Locator("#summary").FillAsync(summary);
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("editor-message")).ToContainTextAsync("Saved.");

        // The same signed-in browser (the cookie is valid on both) reads the report on the second.
        await page.GotoAsync(new Uri(Second.Address, "/reports/1").ToString());
        await Assertions.Expect(page.GetByTestId("report")).ToContainTextAsync(summary);
        await Assertions.Expect(page.GetByTestId("revision").First).ToContainTextAsync(new Regex("Demo Editor"));
        await editor.ScreenshotAsync("scale-out-edited-on-first");
        Assert.Empty(editor.Errors);
    }

    public ValueTask DisposeAsync() => apps.DisposeAsync();

    private async Task<BrowserSession> SessionAsync(Uri instance)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = instance.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        return new BrowserSession(context, await context.NewPageAsync());
    }
}
