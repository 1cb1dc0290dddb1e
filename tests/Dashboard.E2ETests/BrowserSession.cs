using System.Text.RegularExpressions;

namespace Dashboard.E2ETests;

/// <summary>One browser context and its page, with the console errors and page errors it saw.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> errors = [];

    public BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"page: {error}");
        page.Dialog += (_, dialog) => errors.Add($"dialog opened: {dialog.Message}");
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors => errors;

    /// <summary>Signs in through the sign-in form and waits for the overview.</summary>
    public async Task SignInAsync(string email, string password = DashboardAppFactory.DemoPassword)
    {
        await Page.GotoAsync("/Account/Login");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("signed-in-user")).ToBeVisibleAsync();
    }

    /// <summary>Waits until the interactive circuit is up (Blazor has attached to the page).</summary>
    public Task WaitForCircuitAsync() =>
        Assertions.Expect(Page.GetByTestId("interactive")).ToBeAttachedAsync();

    /// <summary>Opens a page and waits until it is interactive.</summary>
    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitForCircuitAsync();
    }

    public async Task ScreenshotAsync(string name)
    {
        var file = Path.Combine(BrowserFixture.ArtifactsDirectory, Regex.Replace(name, "[^A-Za-z0-9_-]", "-") + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
