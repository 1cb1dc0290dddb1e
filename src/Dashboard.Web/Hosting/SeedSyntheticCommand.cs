using System.Diagnostics;
using System.Globalization;
using Dashboard.Core.Seeding;
using Dashboard.Core.Synthetic;

namespace Dashboard.Web.Hosting;

/// <summary>
/// <c>dotnet run --project src/Dashboard.Web -- seed-synthetic --reports 100000 --seed 42</c>: fills
/// the configured database with deterministic synthetic reports (issue 9), then exits.
/// </summary>
public static class SeedSyntheticCommand
{
    public const string Name = "seed-synthetic";

    public static SeedSyntheticOptions Parse(string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var reports = 100_000;
        var seed = 42;
        var rest = new List<string>();
        for (var i = 0; i < arguments.Length; i++)
        {
            switch (arguments[i])
            {
                case "--reports" when i + 1 < arguments.Length:
                    reports = ParsePositive(arguments[++i], "--reports");
                    break;
                case "--seed" when i + 1 < arguments.Length:
                    seed = ParsePositive(arguments[++i], "--seed");
                    break;
                default:
                    rest.Add(arguments[i]);
                    break;
            }
        }

        return new SeedSyntheticOptions(reports, seed, [.. rest]);
    }

    public static async Task<int> RunAsync(IServiceProvider services, SeedSyntheticOptions options, StartupSummary startup)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(startup);
        Console.WriteLine($"Seeding {options.Reports:N0} synthetic reports (seed {options.Seed}) into {startup.Database}");
        var clock = Stopwatch.StartNew();
        var progress = new Progress<int>(done => Console.WriteLine($"  {done:N0} reports ({clock.Elapsed.TotalSeconds:0} s)"));
        var count = await services.GetRequiredService<SyntheticDataSeeder>().SeedAsync(options.Reports, options.Seed, progress);
        Console.WriteLine($"Done: {count:N0} reports in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    private static int ParsePositive(string text, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{option} needs a positive whole number, not '{text}'.");
}

/// <summary>The options of <c>seed-synthetic</c> and the arguments left for the host.</summary>
public sealed record SeedSyntheticOptions(int Reports, int Seed, string[] RemainingArguments);
