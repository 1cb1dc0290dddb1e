using Dashboard.Web.Components.Pages.Overview;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Components.Pages.Overview;

public sealed class OverviewTests : DashboardTestContext, IAsyncLifetime
{
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        UseDatabase(database);
        RenderInteractively();
    }

    [Fact]
    public void Overview_ShowsTheHeadlineFiguresOfTheCsv()
    {
        var csv = DemoCsv.Load();

        var page = Render<Dashboard.Web.Components.Pages.Overview.Overview>();

        page.WaitForAssertion(() => Assert.Contains($"{csv.ReportCount}", page.Find("[data-testid=figure-reports]").TextContent, StringComparison.Ordinal));
        Assert.Contains($"{csv.DistinctSuppliers}", page.Find("[data-testid=figure-suppliers]").TextContent, StringComparison.Ordinal);
        Assert.Equal("reports", page.Find("[data-testid=figure-reports]").GetAttribute("href"));
        Assert.Equal("reports?category=lethal", page.Find("[data-testid=figure-lethal]").GetAttribute("href"));
    }

    [Fact]
    public void Overview_WhenTheDatabaseFails_ShowsAPlainMessageWithRetry()
    {
        SqliteConnection.ClearAllPools();
        var file = Path.Combine(database.DataDirectory, "dashboard.db");
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            File.Delete(file + suffix);
        }

        File.WriteAllBytes(file, Enumerable.Repeat((byte)0x42, 4096).ToArray());

        var page = Render<Dashboard.Web.Components.Pages.Overview.Overview>();

        page.WaitForAssertion(() => Assert.Contains("could not be loaded", page.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Try again", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page.Markup, StringComparison.Ordinal);
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}
