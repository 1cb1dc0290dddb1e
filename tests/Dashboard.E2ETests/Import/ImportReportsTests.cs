using System.Text;
using Dashboard.Core.Export;
using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.E2ETests.Import;

public sealed class ImportReportsTests(BrowserFixture browser)
{
    private const string Header = "external_id,title,conflict,supplier_country_iso2,recipient_country_iso2,recipient,category,aid_type,items,entities,reported_date,event_date_from,event_date_to,status,confidence,summary,source_title,source_publisher,source_url,source_date";

    [Fact]
    public async Task Editor_UploadsAFile_SeesThePreviewWithAnError_AndImportsTheValidRows()
    {
        var file = Encoding.UTF8.GetBytes(Header + "\n"
            + "E2E-GOOD-1,Imported drone engines,Russia-Ukraine war,CN,RU,Russia,dual-use,engines,,,2024-03-01,,,reported,medium,Engines for attack drones,Source one,Publisher,https://example.org/1,2024-03-01\n"
            + "E2E-BAD-1,A row with a bad category,Russia-Ukraine war,CN,RU,Russia,weapons,drones,,,2024-03-01,,,reported,medium,Bad,Source two,Publisher,https://example.org/2,2024-03-01\n"
            + "E2E-GOOD-2,Imported optics,Russia-Ukraine war,CN,RU,Russia,dual-use,optics,,E2E Optics Works,2024-03-02,,,alleged,low,Optics for tanks,Source three,Publisher,https://example.org/3,2024-03-02\n");
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync("editor@example.org");

        await session.GotoAsync("/admin/import");
        await Assertions.Expect(page.GetByTestId("import-choose")).ToBeEnabledAsync();

        // Blazor wires the file input up after the first interactive render; a file set before that is lost.
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "reports.csv", MimeType = "text/csv", Buffer = file });

        await Assertions.Expect(page.GetByTestId("import-summary")).ToContainTextAsync("2 new");
        var error = page.GetByTestId("import-error");
        await Assertions.Expect(error).ToHaveCountAsync(1);
        await Assertions.Expect(error).ToContainTextAsync("3");
        await Assertions.Expect(error).ToContainTextAsync("category");
        await Assertions.Expect(error).ToContainTextAsync("'weapons' is not one of lethal, non-lethal, dual-use");
        await Assertions.Expect(page.GetByTestId("import-new-names")).ToContainTextAsync("E2E Optics Works");
        await Assertions.Expect(page.GetByTestId("import-all")).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByTestId("import-publish")).ToHaveCountAsync(0);
        await session.ScreenshotAsync("import-preview");

        await page.GetByTestId("import-valid").ClickAsync();

        await Assertions.Expect(page.GetByTestId("import-outcome")).ToContainTextAsync("2 new reports");
        await Assertions.Expect(page.GetByTestId("import-outcome")).ToContainTextAsync("drafts");
        await session.ScreenshotAsync("import-done");
        var stored = await browser.App.Services.GetRequiredService<ReportExportQueries>().ListAsync(ReportFilter.Empty, ExportScope.WithDrafts);
        var imported = stored.Where(r => r.ExternalId?.StartsWith("E2E-", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["E2E-GOOD-1", "E2E-GOOD-2"], imported.Select(r => r.ExternalId).Order());
        Assert.All(imported, r => Assert.Equal(ReportState.Draft, r.State));
        Assert.Empty(session.Errors);
    }
}
