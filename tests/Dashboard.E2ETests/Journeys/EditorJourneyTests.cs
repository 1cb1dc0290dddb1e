using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Core.Export;
using Dashboard.Core.Reports;

namespace Dashboard.E2ETests.Journeys;

/// <summary>
/// An editor imports a small file and sends one of the imported drafts to review from the admin start
/// page. Writing a report in the form and submitting it is walked by
/// <see cref="Admin.ReportWorkflowBrowserTests"/>; the import preview and its errors by
/// <see cref="Import.ImportReportsTests"/>.
/// </summary>
public sealed class EditorJourneyTests(BrowserFixture browser)
{
    private const string Header = "external_id,title,conflict,supplier_country_iso2,recipient_country_iso2,recipient,category,aid_type,items,entities,reported_date,event_date_from,event_date_to,status,confidence,summary,source_title,source_publisher,source_url,source_date";

    [Fact]
    public async Task Editor_ImportsTwoDrafts_AndSubmitsOneForReviewFromTheAdminPage()
    {
        var suffix = JourneyData.UniqueSuffix();
        var first = $"Journey import engines {suffix}";
        var second = $"Journey import optics {suffix}";
        var file = Encoding.UTF8.GetBytes(Header + "\n"
            + $"J8-{suffix}-1,{first},Russia-Ukraine war,CN,RU,Russia,dual-use,engines,,,2024-05-01,,,reported,medium,Machine tools for shell plants,Tools source,Publisher,https://example.org/tools,2024-05-01\n"
            + $"J8-{suffix}-2,{second},Russia-Ukraine war,CN,RU,Russia,dual-use,optics,,,2024-05-02,,,alleged,low,Radios for units,Radio source,Publisher,https://example.org/radios,2024-05-02\n");
        await using var editor = await browser.NewSessionAsync();
        var page = editor.Page;
        await editor.SignInAsync("editor@example.org");

        await editor.GotoAsync("/admin/import");
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "journey.csv", MimeType = "text/csv", Buffer = file });
        await Assertions.Expect(page.GetByTestId("import-summary")).ToContainTextAsync("2 new");
        await Assertions.Expect(page.GetByTestId("import-error")).ToHaveCountAsync(0);
        await editor.ScreenshotAsync("journey-editor-1-import-preview");
        await page.GetByTestId("import-all").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-outcome")).ToContainTextAsync("2 new reports");

        var imported = (await JourneyData.ReportsAsync(browser.App, "", ExportScope.WithDrafts))
            .Where(r => r.ExternalId?.StartsWith($"J8-{suffix}-", StringComparison.Ordinal) == true).OrderBy(r => r.ExternalId).ToList();
        Assert.Equal([first, second], imported.Select(r => r.Title));
        Assert.All(imported, r => Assert.Equal(ReportState.Draft, r.State));

        // The imported drafts are the editor's own: they wait under "My drafts".
        await editor.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { NameRegex = new Regex("^My drafts") }).ClickAsync();
        var drafts = page.GetByTestId("grid-mydrafts");
        await drafts.GetByPlaceholder("Search titles and summaries").FillAsync(suffix);
        await Assertions.Expect(drafts.GetByTestId("admin-report-link")).ToHaveCountAsync(2);
        await drafts.GetByRole(AriaRole.Checkbox, new LocatorGetByRoleOptions { Name = $"Select {first}" }).CheckAsync();
        await editor.ScreenshotAsync("journey-editor-2-my-drafts-selected");
        await drafts.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Submit selected (1)" }).ClickAsync();

        await Assertions.Expect(page.GetByText("1 report(s) submitted for review.")).ToBeVisibleAsync();
        await Assertions.Expect(drafts.GetByTestId("admin-report-link")).ToHaveTextAsync([second]);
        Assert.Equal(ReportState.InReview, await JourneyData.StateAsync(browser.App, imported[0].Id));
        Assert.Equal(ReportState.Draft, await JourneyData.StateAsync(browser.App, imported[1].Id));

        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { NameRegex = new Regex("^Review queue") }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("grid-reviewqueue").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = first })).ToBeVisibleAsync();
        await editor.ScreenshotAsync("journey-editor-3-review-queue");

        Assert.Empty(editor.Errors);
    }
}
