using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Import;
using Dashboard.Core.Seeding;
using Dashboard.Core.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.Resilience;

/// <summary>
/// The app killed in the middle of an import restarts on a consistent database: whole transactions
/// only (no report without its sources, revision, audit entry and search row) and no earlier data lost.
/// </summary>
public sealed class CrashSafetyTests
{
    [Fact]
    public async Task KilledDuringAnImport_LeavesOnlyWholeBatches_AndTheAppStartsAgain()
    {
        using var data = new TempDirectory();

        // A database with earlier data: the demo reports, through a normal start.
        await using (var first = await AppProcess.StartAsync(data.Path))
        {
        }

        var demo = DemoCsv.Load();

        // The importer stores synthetic reports in transactions of SyntheticDataSeeder.BatchSize; kill it inside the third.
        var seeding = await AppProcess.RunCommandAsync(
            data.Path,
            ["seed-synthetic", "--reports", "20000", "--seed", "7"],
            line => line.Contains($"{2 * SyntheticDataSeeder.BatchSize:N0} reports", StringComparison.Ordinal));
        await seeding.KillAsync();
        await seeding.DisposeAsync();

        await using (var db = Open(data.Path))
        {
            Assert.Equal(["ok"], await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync());
            var synthetic = await db.Reports.CountAsync(r => r.ExternalId!.StartsWith("S7-"));
            Assert.True(synthetic > 0 && synthetic % SyntheticDataSeeder.BatchSize == 0, $"{synthetic} synthetic reports is not a number of whole batches");

            // The same reports as the generator's first ones, each complete.
            var expected = SyntheticReportGenerator.Generate(synthetic, 7, new ReportCsvReader(TimeProvider.System).Read(DemoReports.ReadCsv()).Reports).ToList();
            Assert.Equal(expected.Sum(e => e.Report.Sources.Count) + demo.SourceCount, await db.Sources.CountAsync());
            Assert.Equal(await db.Reports.CountAsync(), await db.ReportRevisions.Select(v => v.ReportId).Distinct().CountAsync());
            Assert.Equal(await db.Reports.CountAsync(), await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ReportImported));
            Assert.Equal(await db.Reports.CountAsync(), (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"ReportSearch\"").ToListAsync()).Single());

            // Nothing earlier was lost.
            Assert.Equal(demo.ReportCount, await db.Reports.CountAsync(r => !r.ExternalId!.StartsWith("S7-")));
        }

        await using var restarted = await AppProcess.StartAsync(data.Path);
        using var client = new HttpClient();
        using var health = await client.GetAsync(new Uri(restarted.Address, "/healthz"));
        Assert.True(health.IsSuccessStatusCode);
    }

    private static DashboardDbContext Open(string dataDirectory)
    {
        var options = new DbContextOptionsBuilder<DashboardDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataDirectory, "dashboard.db")}", dataDirectory).Apply(options);
        return new DashboardDbContext(options.Options);
    }
}
