using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Core.Export;
using Dashboard.Core.Reports;

namespace Dashboard.E2ETests.Journeys;

/// <summary>
/// A reviewer (an editor who did not write the report) publishes a report from the review queue and
/// later retracts it with a public reason. It runs on an <see cref="IsolatedApp"/> so that the headline
/// figure it checks moves only because of this journey. Writing and submitting the report in the
/// form is walked by <see cref="Admin.ReportWorkflowBrowserTests"/>; here it is arranged through the
/// same command the form calls.
/// </summary>
public sealed class ReviewerJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Reviewer_PublishesAReport_ThenRetractsIt_AndItLeavesTheFigures()
    {
        await using var isolated = IsolatedApp.Start(browser);
        var app = isolated.App;
        var title = $"Journey report to retract {JourneyData.UniqueSuffix()}";
        var reason = "The only source withdrew its claim.";
        var id = await JourneyData.SubmittedReportAsync(app, "editor@example.org", title);
        await using var reviewer = await isolated.NewSessionAsync();
        var page = reviewer.Page;
        await reviewer.SignInAsync("reviewer@example.org");

        await reviewer.GotoAsync("/admin");
        await page.GetByTestId("grid-reviewqueue").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = title }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($@"/admin/reports/{id}/edit$"));
        await EditorReadyAsync(page);
        await page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("editor-message")).ToContainTextAsync("Published.");
        Assert.Equal(ReportState.Published, await JourneyData.StateAsync(app, id));

        var publishedBefore = (await JourneyData.ReportsAsync(app, "", ExportScope.Published)).Count;
        await reviewer.GotoAsync("/");
        await Assertions.Expect(FigureValue(page)).ToHaveTextAsync(Number(publishedBefore));
        await reviewer.ScreenshotAsync("journey-reviewer-1-overview-before");

        await reviewer.GotoAsync($"/admin/reports/{id}/edit");
        await EditorReadyAsync(page);
        await page.GetByTestId("workflow").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Retract…" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Locator("#reason-text").FillAsync(reason);
        await reviewer.ScreenshotAsync("journey-reviewer-2-retract-dialog");
        await dialog.GetByTestId("reason-confirm").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("workflow")).ToContainTextAsync("Retracted: " + reason);
        Assert.Equal(ReportState.Retracted, await JourneyData.StateAsync(app, id));

        // The report stays readable, with the notice and the reason.
        await reviewer.GotoAsync($"/reports/{id}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        var notice = page.GetByTestId("retraction-notice");
        await Assertions.Expect(notice).ToContainTextAsync("Retracted on ");
        await Assertions.Expect(notice).ToContainTextAsync(reason);
        await reviewer.ScreenshotAsync("journey-reviewer-3-report-retracted");

        var publishedAfter = (await JourneyData.ReportsAsync(app, "", ExportScope.Published)).Count;
        Assert.Equal(publishedBefore - 1, publishedAfter);
        await reviewer.GotoAsync("/");
        await Assertions.Expect(FigureValue(page)).ToHaveTextAsync(Number(publishedAfter));
        await reviewer.ScreenshotAsync("journey-reviewer-4-overview-after");

        Assert.Empty(reviewer.Errors);
    }

    private static ILocator FigureValue(IPage page) => page.GetByTestId("figure-reports").Locator(".figure-value");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Task EditorReadyAsync(IPage page) =>
        Assertions.Expect(page.Locator("[data-testid=editor-ready][data-ready=true]")).ToHaveCountAsync(1);
}
