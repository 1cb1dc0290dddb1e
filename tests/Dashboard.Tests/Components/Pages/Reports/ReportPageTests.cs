using System.Text;
using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Import;
using Dashboard.Web.Components.Pages.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Components.Pages.Reports;

public sealed class ReportPageTests : DashboardTestContext, IAsyncLifetime
{
    private const string ThreeSources =
        "external_id,title,conflict,supplier_country_iso2,recipient,category,aid_type,reported_date,status,confidence,summary,source_title,source_publisher,source_url,source_date\n" +
        "T1,Three sources for one claim,Test war,CN,Testland,dual-use,optics,2024-04-12,reported,high,A summary.,First source title,Publisher One,https://example.org/one,2024-04-12\n" +
        "T1,,,,,,,,,,,Second source title,Publisher Two,http://example.org/two,2024-04-13\n" +
        "T1,,,,,,,,,,,Third source (no address),Publisher Three,,\n";

    private TestDatabase database = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(withDemoReports: false);
        var parsed = database.Get<ReportCsvReader>().Read(Encoding.UTF8.GetBytes(ThreeSources));
        Assert.Empty(parsed.Issues);
        await database.Get<ReportImporter>().ImportAsync(parsed.Reports, new ImportOptions(Actor.System, Publish: true));
        UseDatabase(database);
        RenderInteractively();
    }

    [Fact]
    public async Task ReportPage_RendersEverySourceWithSafeLinks()
    {
        var id = await ReportIdAsync("T1");

        var page = Render<ReportPage>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=source]").Count));
        var sources = page.FindAll("[data-testid=source]");
        Assert.Contains("First source title", sources[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Publisher Two", sources[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Third source (no address)", sources[2].TextContent, StringComparison.Ordinal);
        var links = page.FindAll("[data-testid=source] a");
        Assert.Equal(["https://example.org/one", "http://example.org/two"], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a =>
        {
            Assert.Equal("_blank", a.GetAttribute("target"));
            Assert.Equal("noopener noreferrer", a.GetAttribute("rel"));
        });
    }

    [Fact]
    public async Task ReportPage_ShowsTheClaim()
    {
        var id = await ReportIdAsync("T1");

        var page = Render<ReportPage>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.Equal("Three sources for one claim", page.Find("h1").TextContent.Trim()));
        Assert.Contains("China", page.Find(".report-claim").TextContent, StringComparison.Ordinal);
        Assert.Contains("Testland", page.Find(".report-claim").TextContent, StringComparison.Ordinal);
        Assert.Contains("Dual-use", page.Find(".chip-cat").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportPage_ForAnUnknownReport_SaysSo()
    {
        var page = Render<ReportPage>(p => p.Add(x => x.Id, 999_999));

        page.WaitForAssertion(() => Assert.Equal("Report not found", page.Find("h1").TextContent.Trim()));
    }

    private async Task<int> ReportIdAsync(string externalId)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.Reports.Where(r => r.ExternalId == externalId).Select(r => r.Id).SingleAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}
