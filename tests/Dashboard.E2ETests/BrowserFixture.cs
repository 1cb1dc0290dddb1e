using Microsoft.AspNetCore.Mvc.Testing;

[assembly: AssemblyFixture(typeof(Dashboard.E2ETests.BrowserFixture))]

namespace Dashboard.E2ETests;

/// <summary>
/// One app on a real loopback port (Kestrel, in process) and one headless Chromium for the whole test
/// assembly. Each test gets its own browser context, so cookies never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public DashboardAppFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where screenshots are kept (E2E_ARTIFACTS, or artifacts/ beside the test assembly).</summary>
    public static string ArtifactsDirectory { get; } =
        Environment.GetEnvironmentVariable("E2E_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async ValueTask InitializeAsync()
    {
        // A 2-core CI machine running three test projects at once is slow: give conditions time.
        Assertions.SetDefaultExpectTimeout(15_000);
        App.UseKestrel(0);
        App.StartServer();
        BaseAddress = App.ServerAddress;

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Debian's Chromium (apt-get install chromium); Playwright's own download needs the internet.
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        Directory.CreateDirectory(ArtifactsDirectory);
    }

    /// <summary>A fresh browser context (no cookies) with a page that records console errors.</summary>
    /// <param name="dark">Emulates a browser that prefers the dark theme (the app follows it for users without a saved choice).</param>
    /// <param name="bypassCsp">Only for tools that inject scripts (axe-core); every other test runs under the app's CSP.</param>
    public async Task<BrowserSession> NewSessionAsync(ViewportSize? viewport = null, bool dark = false, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = viewport ?? new ViewportSize { Width = 1366, Height = 900 },
            ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
            BypassCSP = bypassCsp,
        });
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
