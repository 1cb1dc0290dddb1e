namespace Dashboard.E2ETests.Journeys;

/// <summary>
/// A second app with a database of its own, in the fixture's Chromium. For a journey that changes
/// headline figures (publishing, retracting): on the shared database the other browser tests, which
/// run in parallel and count the demo reports, would see the figures move under them, and this
/// journey could not tell its own change from theirs.
/// </summary>
internal sealed class IsolatedApp : IAsyncDisposable
{
    private readonly BrowserFixture browser;

    private IsolatedApp(BrowserFixture browser)
    {
        this.browser = browser;
        App = new DashboardAppFactory();
        App.UseKestrel(0);
        App.StartServer();
    }

    public DashboardAppFactory App { get; }

    public static IsolatedApp Start(BrowserFixture browser) => new(browser);

    public async Task<BrowserSession> NewSessionAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.ServerAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        return new BrowserSession(context, await context.NewPageAsync());
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
