using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboard.E2ETests.Admin;

/// <summary>
/// The editorial workflow in Chromium: an editor writes a report with two sources and submits it, a
/// reviewer publishes it, it shows on /reports, and two people editing it at once never overwrite
/// each other.
/// </summary>
public sealed class ReportWorkflowBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Editor_CreatesAndSubmits_ReviewerPublishes_ThenConcurrentEditsConflict()
    {
        var title = $"Browser test: Iranian drones for Russia {Guid.NewGuid().ToString("N")[..6]}";
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // It publishes a report: on the shared database the tests that count the demo reports, running
        // in parallel, would see 41 where the file has 40.
        await using var isolated = Journeys.IsolatedApp.Start(browser);
        await using var editor = await isolated.NewSessionAsync();
        await using var reviewer = await isolated.NewSessionAsync();
        await editor.SignInAsync("editor@example.org");
        await reviewer.SignInAsync("reviewer@example.org");

        // The editor writes the report with two sources and submits it.
        var page = editor.Page;
        await page.GotoAsync("/admin/reports/new");
        await EditorReadyAsync(page);
        await page.Locator("#title").FillAsync(title);
        await page.Locator("#summary").FillAsync("Iran delivered Shahed drones to Russia, according to two independent sources.");
        await PickAsync(page, "#conflict", "Russia-Ukraine", "Russia-Ukraine war", "Russia-Ukraine war");
        await PickAsync(page, "#supplier", "Iran", "Iran (IR)", "Iran (IR)");
        await PickAsync(page, "#recipient", "Russia", "Russia (RU)", "Russia");
        await page.Locator("#aid-types").ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = "Drones" }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await ChooseAsync(page, "#evidence", "Reported");
        await ChooseAsync(page, "#confidence", "Medium confidence");
        await page.Locator("#reported-date").FillAsync(today);
        await page.Locator("#source-0-title").FillAsync("Drone deliveries documented");
        await page.Locator("#source-0-publisher").FillAsync("First Publisher");
        await page.Locator("#source-0-url").FillAsync("https://example.org/first");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add a source" }).ClickAsync();
        await page.Locator("#source-1-title").FillAsync("Second confirmation");
        await page.Locator("#source-1-publisher").FillAsync("Second Publisher");
        await page.Locator("#source-1-url").FillAsync("https://example.org/second");
        await editor.ScreenshotAsync("admin-editor-filled");
        await page.GetByTestId("save-submit").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/admin/reports/\d+/edit$"));
        await Assertions.Expect(page.GetByTestId("editor-message")).ToContainTextAsync("submitted for review");
        await Assertions.Expect(page.GetByTestId("workflow")).ToContainTextAsync("In review");
        var editUrl = page.Url;
        await editor.ScreenshotAsync("admin-editor-submitted");

        // The reviewer finds it in the review queue and publishes it.
        var review = reviewer.Page;
        await review.GotoAsync("/admin");
        await reviewer.WaitForCircuitAsync();
        await review.GetByTestId("grid-reviewqueue").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = title }).ClickAsync();
        await Assertions.Expect(review).ToHaveURLAsync(editUrl);
        await EditorReadyAsync(review);
        await Assertions.Expect(review.Locator("#title")).ToHaveValueAsync(title);
        await review.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(review.GetByTestId("editor-message")).ToContainTextAsync("Published.");
        await reviewer.ScreenshotAsync("admin-reviewer-published");

        // It appears on /reports.
        await review.GotoAsync("/reports");
        await Assertions.Expect(review.GetByTestId("report-table").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = title })).ToBeVisibleAsync();

        // Both open it; the editor saves first, the reviewer's save is refused with what changed.
        await page.GotoAsync(editUrl);
        await EditorReadyAsync(page);
        await review.GotoAsync(editUrl);
        await EditorReadyAsync(review);
        await Assertions.Expect(page.Locator("#summary")).ToHaveValueAsync(new Regex("Iran delivered"));
        await Assertions.Expect(review.Locator("#summary")).ToHaveValueAsync(new Regex("Iran delivered"));

        await page.Locator("#summary").FillAsync("The editor's corrected summary.");
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("editor-message")).ToContainTextAsync("Saved.");

        await review.Locator("#title").FillAsync(title + " (reviewed)");
        await review.GetByTestId("save").ClickAsync();
        var conflict = review.GetByTestId("edit-conflict");
        await Assertions.Expect(conflict).ToContainTextAsync("Someone else changed this report");
        await Assertions.Expect(conflict).ToContainTextAsync("Demo Editor saved this report after you opened it");
        await Assertions.Expect(review.GetByTestId("field-changes")).ToContainTextAsync("The editor's corrected summary.");
        await Assertions.Expect(review.Locator("#title")).ToHaveValueAsync(title + " (reviewed)");
        await reviewer.ScreenshotAsync("admin-edit-conflict");

        // Merging by hand keeps the reviewer's title and takes the editor's summary.
        await review.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Use their Summary" }).ClickAsync();
        await review.GetByTestId("merge-by-hand").ClickAsync();
        await review.GetByTestId("save").ClickAsync();
        await Assertions.Expect(review.GetByTestId("editor-message")).ToContainTextAsync("Saved.");
        await Assertions.Expect(review.Locator("#summary")).ToHaveValueAsync("The editor's corrected summary.");
        await Assertions.Expect(review.Locator("#title")).ToHaveValueAsync(title + " (reviewed)");
        await reviewer.ScreenshotAsync("admin-merged");

        Assert.Empty(editor.Errors);
        Assert.Empty(reviewer.Errors);
    }

    private static Task EditorReadyAsync(IPage page) =>
        Assertions.Expect(page.Locator("[data-testid=editor-ready][data-ready=true]")).ToHaveCountAsync(1);

    private static async Task PickAsync(IPage page, string input, string typed, string option, string shown)
    {
        await page.Locator(input).FillAsync(typed);
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = option, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(input)).ToHaveValueAsync(shown);
    }

    private static async Task ChooseAsync(IPage page, string select, string optionStart)
    {
        await page.Locator(select).ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { NameRegex = new Regex("^" + Regex.Escape(optionStart)) }).First.ClickAsync();
    }
}
