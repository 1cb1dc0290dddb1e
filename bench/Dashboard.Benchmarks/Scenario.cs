using Dashboard.Core.Filtering;
using Dashboard.Core.Map;
using Dashboard.Core.Reports;
using Dashboard.Core.Sharing;
using Dashboard.Core.Statistics;
using Dashboard.Core.Timeline;
using Dashboard.Web.Components.Pages.Map;
using Dashboard.Web.Components.Pages.Overview;
using Dashboard.Web.Components.Pages.Reports;
using Dashboard.Web.Components.Pages.Timeline;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Benchmarks;

/// <summary>One thing the dashboard does: the queries as the app runs them, and the whole page.</summary>
public sealed record Scenario(string Name, Func<BenchHost, Task> Query, Func<BenchHost, Task<string>> Page)
{
    /// <summary>
    /// The slice of the shared-page scenario: a live link of China's reports since 2023, as the gate
    /// hands it to the page. It is made in memory (no row is written to the benchmark database); the
    /// gate's own lookup by token hash is measured by the load test.
    /// </summary>
    public static SharedLink SharedSlice { get; } = new(
        1,
        "China's support since 2023",
        "A benchmark slice.",
        ShareLinkMode.Live,
        ReportFilter.Parse("?supplier=CN&from=2023-01-01").Filter,
        new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        "Benchmark",
        new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    public static IReadOnlyList<Scenario> All { get; } =
    [
        new("overview",
            host => host.Services.GetRequiredService<ReportStatistics>().OverviewAsync(ReportFilter.Empty),
            host => host.RenderAsync<Overview>("/")),
        new("reports-page",
            host => host.Services.GetRequiredService<ReportQueries>().ListAsync(
                ReportFilter.Parse("?supplier=CN&category=dual-use").Filter, new ReportPageRequest()),
            host => host.RenderAsync<ReportList>("reports?supplier=CN&category=dual-use")),
        new("search",
            host => host.Services.GetRequiredService<ReportQueries>().ListAsync(
                new ReportFilter { Text = "nitrocellulose" }, new ReportPageRequest()),
            host => host.RenderAsync<ReportList>("reports?q=nitrocellulose")),
        new("timeline",
            host => host.Services.GetRequiredService<TimelineQueries>().LiveAsync(
                ReportFilter.Parse("?supplier=CN").Filter, TimelineRequest.Default),
            host => host.RenderAsync<TimelinePage>("timeline?supplier=CN")),
        new("map",
            host => host.Services.GetRequiredService<MapQueries>().GetAsync(ReportFilter.Empty),
            host => host.RenderAsync<MapPage>("map")),
        new("shared",
            host => host.Services.GetRequiredService<TimelineQueries>().SharedAsync(SharedSlice, TimelineRequest.Default),
            host => host.RenderSharedAsync(SharedSlice)),
    ];

    public static Scenario Named(string name) => All.Single(s => s.Name == name);
}
