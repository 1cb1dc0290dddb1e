using Dashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.ScaleOut;

public sealed class ConcurrentStartTests
{
    [Fact]
    public async Task TwoInstancesStartingAtOnceOnAnEmptyDatabase_MigrateAndSeedItOnce()
    {
        var csv = DemoCsv.Load();
        using var data = new TempDirectory();

        var starting = new[] { AppProcess.StartAsync(data.Path), AppProcess.StartAsync(data.Path) };
        var apps = await Task.WhenAll(starting);
        try
        {
            var options = new DbContextOptionsBuilder<DashboardDbContext>();
            new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(data.Path, "dashboard.db")}", data.Path).Apply(options);
            await using var db = new DashboardDbContext(options.Options);

            Assert.Equal(csv.ReportCount, await db.Reports.CountAsync());
            Assert.Equal(csv.SourceCount, await db.Sources.CountAsync());
            Assert.Equal(Dashboard.Core.Seeding.DatabaseInitializer.DemoAccounts.Count, await db.Users.CountAsync());
            Assert.Equal(3, await db.Roles.CountAsync());
            Assert.Equal(db.Database.GetMigrations().Count(), (await db.Database.GetAppliedMigrationsAsync()).Count());
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }
}
