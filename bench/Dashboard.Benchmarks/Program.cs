using System.Diagnostics;
using BenchmarkDotNet.Running;
using Dashboard.Benchmarks;
using Microsoft.Extensions.DependencyInjection;

// dotnet run -c Release --project bench/Dashboard.Benchmarks -- --filter '*'     (BenchmarkDotNet)
// dotnet run -c Release --project bench/Dashboard.Benchmarks -- --smoke          (a quick median per scenario)
// dotnet run -c Release --project bench/Dashboard.Benchmarks -- --html <scenario> (the page's HTML)
if (args is ["--smoke", ..])
{
    await using var host = BenchHost.Create();
    Console.WriteLine($"{"scenario",-14} {"floor ms",9} {"EF ms",9} {"page ms",9} {"EF/floor",9} {"page/floor",10} {"page KB",8}");
    foreach (var scenario in Scenario.All)
    {
        var sql = await host.CaptureAsync(() => scenario.Query(host));
        var floor = await MedianAsync(() => host.RunFloorAsync(sql));
        var ef = await MedianAsync(() => scenario.Query(host));
        var html = await scenario.Page(host);
        var page = await MedianAsync(() => scenario.Page(host));
        Console.WriteLine($"{scenario.Name,-14} {floor,9:0.00} {ef,9:0.00} {page,9:0.00} {ef / floor,9:0.00} {page / floor,10:0.00} {html.Length / 1024.0,8:0}");
    }

    return;
}

if (args is ["--sql", var name])
{
    // Each statement of a scenario (or of the filter options) with its median time through ADO.NET.
    await using var host = BenchHost.Create();
    var scenario = name == "options"
        ? new Scenario("options", h => h.Services.GetRequiredService<Dashboard.Core.Filtering.FilterOptionsQueries>().GetAsync(), _ => Task.FromResult(string.Empty))
        : Scenario.Named(name);
    foreach (var command in await host.CaptureAsync(() => scenario.Query(host)))
    {
        var median = await MedianAsync(() => host.RunFloorAsync([command]));
        Console.WriteLine($"{median,8:0.00} ms  {command.Text.ReplaceLineEndings(" ")}");
        Console.WriteLine();
    }

    return;
}

if (args is ["--html", var pageName])
{
    // The HTML of a scenario's page, to look at what it sends.
    await using var host = BenchHost.Create();
    Console.WriteLine(await Scenario.Named(pageName).Page(host));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(QueryBenchmarks).Assembly).Run(args);

static async Task<double> MedianAsync(Func<Task> action)
{
    var times = new List<double>();
    for (var i = 0; i < 15; i++)
    {
        var clock = Stopwatch.StartNew();
        await action();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return times[times.Count / 2];
}
