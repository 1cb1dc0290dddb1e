using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;
using Dashboard.Web.Components.Pages.Overview;
using Dashboard.Web.Components.Pages.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Benchmarks;

/// <summary>One thing the dashboard does: the queries as the app runs them, and the whole page.</summary>
public sealed record Scenario(string Name, Func<BenchHost, Task> Query, Func<BenchHost, Task<string>> Page)
{
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
    ];

    public static Scenario Named(string name) => All.Single(s => s.Name == name);
}
