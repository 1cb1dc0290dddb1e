using BenchmarkDotNet.Attributes;

namespace Dashboard.Benchmarks;

/// <summary>
/// For each scenario: the floor (the same SQL through plain ADO.NET, reading every value), the
/// query as the app runs it through EF Core, and the whole page rendered on the server. The Ratio
/// column gives EF/floor and page/floor.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class QueryBenchmarks
{
    private BenchHost host = null!;
    private Scenario scenario = null!;
    private IReadOnlyList<CapturedCommand> sql = [];

    [ParamsSource(nameof(Scenarios))]
    public string Name { get; set; } = string.Empty;

    /// <summary>Every scenario, or those named in BENCH_SCENARIOS (comma-separated) to run again a few.</summary>
    public static IEnumerable<string> Scenarios =>
        Environment.GetEnvironmentVariable("BENCH_SCENARIOS") is { Length: > 0 } names
            ? names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : Scenario.All.Select(s => s.Name);

    [GlobalSetup]
    public async Task SetupAsync()
    {
        host = BenchHost.Create();
        scenario = Scenario.Named(Name);
        sql = await host.CaptureAsync(() => scenario.Query(host));
    }

    [GlobalCleanup]
    public ValueTask CleanupAsync() => host.DisposeAsync();

    [Benchmark(Baseline = true, Description = "floor (ADO.NET)")]
    public Task<int> Floor() => host.RunFloorAsync(sql);

    [Benchmark(Description = "EF Core")]
    public Task Ef() => scenario.Query(host);

    [Benchmark(Description = "page (HtmlRenderer)")]
    public Task<string> Page() => scenario.Page(host);
}
