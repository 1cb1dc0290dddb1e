using Dashboard.Core.Reports;
using Dashboard.Web.Components.Pages.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Components.Pages.Reports;

public sealed class ReportViewTests : DashboardTestContext, IAsyncLifetime
{
    private TestDatabase database = null!;
    private int reportId;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var report = await db.Reports.Include(r => r.Sources).OrderBy(r => r.Id).FirstAsync();
            report.ResponseText = "The embassy said no weapons were provided to any party.";
            report.ResponseDate = new DateOnly(2024, 4, 13);
            report.State = ReportState.Retracted;
            report.RetractionReason = "The only source withdrew the claim.";
            report.RetractedAt = DateTime.UtcNow;
            report.Sources.Add(new Source { Position = 1, Title = "A second source", Publisher = "Second Publisher", Url = "https://example.org/2", PublisherIsParty = true });
            await db.SaveChangesAsync();
            reportId = report.Id;
        }

        UseDatabase(database);
        RenderInteractively();
    }

    [Fact]
    public void ReportPage_ShowsTheResponseTheRetractionNoticeAndEverySource()
    {
        var page = Render<ReportPage>(p => p.Add(x => x.Id, reportId));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=report]")));
        Assert.Contains("no weapons were provided", page.Find("[data-testid=response]").TextContent, StringComparison.Ordinal);
        Assert.Contains("13 April 2024", page.Find("[data-testid=response]").TextContent, StringComparison.Ordinal);
        Assert.Contains("The only source withdrew the claim.", page.Find("[data-testid=retraction-notice]").TextContent, StringComparison.Ordinal);
        var sources = page.FindAll("[data-testid=source]");
        Assert.Equal(2, sources.Count);
        Assert.Contains("Party to the conflict", sources[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportPage_OffersAPermalinkAndACitation()
    {
        var page = Render<ReportPage>(p => p.Add(x => x.Id, reportId));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=citation]")));
        var permalink = page.Find("[data-testid=permalink]").GetAttribute("href");
        Assert.EndsWith($"/reports/{reportId}", permalink, StringComparison.Ordinal);
        var citation = page.Find("[data-testid=citation]").TextContent;
        Assert.Contains(permalink!, citation, StringComparison.Ordinal);
        Assert.Contains("accessed", citation, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportPage_ListsItsRevisions()
    {
        var page = Render<ReportPage>(p => p.Add(x => x.Id, reportId));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=revision]")));
        Assert.Contains("imported", page.Find("[data-testid=revision]").TextContent, StringComparison.Ordinal);
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}
