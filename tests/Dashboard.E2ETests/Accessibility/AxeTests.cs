using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Dashboard.E2ETests.Accessibility;

/// <summary>axe-core over every main page, in the light and the dark theme: no serious or critical violation.</summary>
public sealed class AxeTests(BrowserFixture browser)
{
    public static TheoryData<string, bool> Pages { get; } = Build(["/", "/map", "/map?supplier=CN&view=europe", "/reports", "/reports?supplier=CN&category=dual-use", "/reports/1", "/countries/CN", "/organizations/1"]);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task StaffPage_HasNoSeriousViolations(string path, bool dark)
    {
        await using var session = await browser.NewSessionAsync(dark: dark, bypassCsp: true);
        await session.SignInAsync("admin@example.org");
        await session.GotoAsync(path);
        await Assertions.Expect(session.Page.Locator("h1")).ToBeVisibleAsync();
        await Assertions.Expect(session.Page.Locator(".mud-progress-linear")).ToHaveCountAsync(0);

        await AssertNoSeriousViolationsAsync(session.Page, path);
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
            $"{v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}: {v.Help}")));
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
