namespace Dashboard.E2ETests.Security;

/// <summary>Markup and script in addresses are shown as text: no dialog ever opens, no error is logged.</summary>
public sealed class ScriptInjectionTests(BrowserFixture browser)
{
    public static TheoryData<string> Addresses { get; } = new(
    [
        "/reports?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/reports?recipient=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "/?supplier=%3Csvg%20onload%3Dalert(1)%3E&category=%3Cscript%3Ealert(2)%3C%2Fscript%3E",
        "/countries/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/reports?q=javascript%3Aalert(1)",
    ]);

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task HostileAddress_NeverRunsScript(string address)
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignInAsync("viewer@example.org");

        await session.GotoAsync(address);
        await Assertions.Expect(session.Page.Locator("h1")).ToBeVisibleAsync();
        await Assertions.Expect(session.Page.Locator(".mud-progress-linear")).ToHaveCountAsync(0);

        Assert.Empty(session.Errors);
        Assert.Equal(0, await session.Page.Locator("img[src=x]").CountAsync());
    }
}
