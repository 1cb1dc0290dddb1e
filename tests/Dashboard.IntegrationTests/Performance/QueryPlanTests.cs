using System.Text.RegularExpressions;
using Dashboard.Core.Data;
using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Dashboard.Core.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.Performance;

/// <summary>
/// No filter on an indexed key makes SQLite read the whole reports table: for each key, the plan of
/// the reports page's queries (count and page) searches an index instead of scanning.
/// </summary>
public sealed partial class QueryPlanTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public static TheoryData<string> FilterKeys { get; } = new(
    [
        "?conflict=russia-ukraine-war",
        "?supplier=CN",
        "?supplier=CN&supplier=IR",
        "?recipient=Russia",
        "?category=dual-use",
        "?type=drones",
        "?status=confirmed",
        "?confidence=high",
        "?from=2024-01-01&to=2024-03-31",
        "?from=2024-01-01&to=2024-03-31&dates=reported",
        "?from=2024-01-01&to=2024-03-31&dates=started",
        "?q=nitrocellulose",
    ]);

    public async ValueTask InitializeAsync()
    {
        // Enough synthetic reports that the planner's choice matters, as in production.
        database = await TestDatabase.CreateAsync(withDemoReports: false);
        await database.Get<SyntheticDataSeeder>().SeedAsync(5000, seed: 42);

        // As a production database would have: statistics for the query planner.
        await using var db = await database.Factory.CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Theory]
    [MemberData(nameof(FilterKeys))]
    public async Task ReportsPage_FilteredOnAnIndexedKey_DoesNotScanTheReportsTable(string query)
    {
        var filter = ReportFilter.Parse(query).Filter;
        await using var db = await database.Factory.CreateDbContextAsync();
        var filtered = await db.StaffVisible().ApplyAsync(db, filter);

        foreach (var command in new[]
        {
            filtered.Select(r => r.Id).CreateDbCommand(),
            ReportQueries.PageQuery(filtered, new ReportPageRequest(), 1).CreateDbCommand(),
        })
        {
            var aliases = ReportsAlias().Matches(command.CommandText).Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.NotEmpty(aliases);
            var plan = await PlanAsync(command);
            TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, plan));
            Assert.Contains(plan, line => line.StartsWith("SEARCH", StringComparison.Ordinal));
            foreach (var alias in aliases)
            {
                Assert.DoesNotContain(plan, line => Regex.IsMatch(line, $@"\bSCAN {alias}\b"));

                // Walking an index on the workflow state alone reads every published report: a scan in disguise.
                Assert.DoesNotContain(plan, line => Regex.IsMatch(line, $@"\bSEARCH {alias} USING (COVERING )?INDEX \S+ \(State=\?\)$"));
            }
        }
    }

    /// <summary>SQLite's plan for the very command EF Core runs, with its parameters.</summary>
    internal static async Task<List<string>> PlanAsync(System.Data.Common.DbCommand command)
    {
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        if (command.Connection!.State != System.Data.ConnectionState.Open)
        {
            await command.Connection.OpenAsync();
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    [GeneratedRegex("\"Reports\" AS \"(\\w+)\"")]
    private static partial Regex ReportsAlias();
}
