using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Dashboard.E2ETests.Accessibility;

/// <summary>axe-core over every main page, in the light and the dark theme: no serious or critical violation.</summary>
public sealed class AxeTests(BrowserFixture browser)
{
    public static TheoryData<string, bool> Pages { get; } = Build([
        "/", "/map", "/map?supplier=CN&view=europe", "/reports", "/reports?supplier=CN&category=dual-use", "/reports/1", "/countries/CN", "/organizations/1",
        "/timeline", "/timeline?supplier=CN&lanes=category", "/timeline/shares",
        "/admin", "/admin/reports/new", "/admin/reports/1/edit", "/admin/reports/1/history", "/admin/users", "/admin/audit",
        "/admin/reference", "/admin/shares", "/admin/import"]);

    public static TheoryData<bool> Themes { get; } = [false, true];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task StaffPage_HasNoSeriousViolations(string path, bool dark)
    {
        await using var session = await browser.NewSessionAsync(dark: dark, bypassCsp: true);
        await session.SignInAsync("admin@example.org");
        await session.GotoAsync(path);
        await Assertions.Expect(session.Page.Locator("h1")).ToBeVisibleAsync();

        // The theme is applied once the circuit knows the browser's preference; scan only after that.
        var toggle = dark ? "Switch to the light theme" : "Switch to the dark theme";
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = toggle })).ToBeVisibleAsync();
        await Assertions.Expect(session.Page.Locator(".mud-table-loading-progress, .mud-skeleton")).ToHaveCountAsync(0);
        await Assertions.Expect(session.Page.Locator(".mud-progress-linear")).ToHaveCountAsync(0);

        await AssertNoSeriousViolationsAsync(session.Page, path);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task SharedPage_HasNoSeriousViolations(bool dark)
    {
        var path = await Journeys.JourneyData.ShareLinkAsync(browser.App, "viewer@example.org", "Accessibility of a shared timeline", "?supplier=CN");
        await using var stranger = await browser.NewSessionAsync(dark: dark, bypassCsp: true);
        await stranger.Page.GotoAsync(path + "?lanes=category");
        await Assertions.Expect(stranger.Page.GetByTestId("shared-title")).ToBeVisibleAsync();

        await AssertNoSeriousViolationsAsync(stranger.Page, "/s/{token}");
    }

    [Fact]
    public async Task SignInPage_HasNoSeriousViolations()
    {
        await using var session = await browser.NewSessionAsync(bypassCsp: true);
        await session.Page.GotoAsync("/Account/Login");

        await AssertNoSeriousViolationsAsync(session.Page, "/Account/Login");
    }

    internal static async Task AssertNoSeriousViolationsAsync(IPage page, string path)
    {
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{path}: " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Take(3).Select(n => $"{n.Target} {n.Html}"))}: {v.Help}")));
    }

    private static TheoryData<string, bool> Build(string[] paths)
    {
        var data = new TheoryData<string, bool>();
        foreach (var path in paths)
        {
            data.Add(path, false);
            data.Add(path, true);
        }

        return data;
    }
}
