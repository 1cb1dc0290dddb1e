using Dashboard.Core.Reports;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Dashboard.Core.Data;

namespace Dashboard.IntegrationTests.Seeding;

public sealed class DemoSeedingTests
{
    [Fact]
    public async Task DemoMode_OnEmptyDatabase_LoadsEveryReportSourceAndSupplierOfTheCsv()
    {
        var csv = DemoCsv.Load();
        await using var app = new DashboardAppFactory();
        _ = app.Server;

        var counts = await CountAsync(app);

        Assert.Equal(csv.ReportCount, counts.PublishedReports);
        Assert.Equal(csv.ReportCount, counts.AllReports);
        Assert.Equal(csv.SourceCount, counts.Sources);
        Assert.Equal(csv.DistinctSuppliers, counts.Suppliers);
        Assert.Equal(csv.ReportCount, counts.Revisions);
    }

    [Fact]
    public async Task DemoMode_CreatesTheFourDemoAccountsWithTheirRoles()
    {
        await using var app = new DashboardAppFactory();
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Dashboard.Core.Identity.ApplicationUser>>();

        foreach (var (email, role) in new[] { ("admin@example.org", "Admin"), ("editor@example.org", "Editor"), ("reviewer@example.org", "Editor"), ("viewer@example.org", "Viewer") })
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.Equal([role], await users.GetRolesAsync(user));
            Assert.True(await users.CheckPasswordAsync(user, DashboardAppFactory.DemoPassword));
        }
    }

    [Fact]
    public async Task DemoMode_RestartedOnTheSameDatabase_NeitherDuplicatesNorOverwrites()
    {
        using var data = new TempDirectory();
        Counts first;
        string firstTitle;
        await using (var app = new DashboardAppFactory(data.Path))
        {
            first = await CountAsync(app);
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
            var report = await db.Reports.OrderBy(r => r.Id).FirstAsync();
            report.Title = "A title changed by an editor";
            await db.SaveChangesAsync();
            firstTitle = report.Title;
        }

        await using (var restarted = new DashboardAppFactory(data.Path, settings: new Dictionary<string, string?> { ["Dashboard:DemoPassword"] = "another password entirely" }))
        {
            var second = await CountAsync(restarted);
            Assert.Equal(first, second);

            await using var db = await restarted.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
            Assert.Equal(firstTitle, (await db.Reports.OrderBy(r => r.Id).FirstAsync()).Title);

            using var scope = restarted.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Dashboard.Core.Identity.ApplicationUser>>();
            var admin = await users.FindByEmailAsync("admin@example.org");
            Assert.True(await users.CheckPasswordAsync(admin!, DashboardAppFactory.DemoPassword));
        }
    }

    [Fact]
    public async Task WithoutDemoMode_NoAccountsAndNoReportsAreCreated()
    {
        await using var app = new DashboardAppFactory(environment: "Production", settings: new Dictionary<string, string?> { ["Dashboard:SeedDemoData"] = "false" });
        var counts = await CountAsync(app);

        Assert.Equal(0, counts.AllReports);
        Assert.Equal(0, counts.Users);
    }

    [Fact]
    public async Task BootstrapAdmin_OnDatabaseWithoutUsers_CreatesThatAdminOnly()
    {
        await using var app = new DashboardAppFactory(environment: "Production", settings: new Dictionary<string, string?>
        {
            ["Dashboard:SeedDemoData"] = "false",
            ["Dashboard:BootstrapAdmin:Email"] = "first.admin@example.org",
            ["Dashboard:BootstrapAdmin:Password"] = "a long enough first password",
        });
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Dashboard.Core.Identity.ApplicationUser>>();

        var admin = await users.FindByEmailAsync("first.admin@example.org");
        Assert.NotNull(admin);
        Assert.Equal(["Admin"], await users.GetRolesAsync(admin));
        Assert.Equal(1, (await CountAsync(app)).Users);
    }

    private static async Task<Counts> CountAsync(DashboardAppFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        return new Counts(
            await db.Reports.CountAsync(r => r.State == ReportState.Published),
            await db.Reports.CountAsync(),
            await db.Sources.CountAsync(),
            await db.Reports.Select(r => r.SupplierCountryCode).Distinct().CountAsync(),
            await db.ReportRevisions.CountAsync(),
            await db.Users.CountAsync(),
            await db.AuditEntries.CountAsync(a => a.Action == Dashboard.Core.Audit.AuditActions.ReportImported));
    }

    private sealed record Counts(int PublishedReports, int AllReports, int Sources, int Suppliers, int Revisions, int Users, int ImportAudits);
}
