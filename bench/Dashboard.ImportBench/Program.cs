using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using Dashboard.Core;
using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Import;
using Dashboard.Core.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Imports 10,000 CSV rows (the demo rows repeated under new external ids) into a fresh SQLite file,
// the way the import page does: read and check, preview, then import in one transaction.
const int TargetRows = 10_000;
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;

var file = GenerateFile(TargetRows);
Console.WriteLine($"Generated {file.Rows:N0} rows ({file.Reports:N0} reports, {file.Bytes.Length / 1024.0 / 1024:0.0} MB) from the demo CSV.");
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");

for (var run = 1; run <= runs; run++)
{
    var directory = Path.Combine(Path.GetTempPath(), "csm-bench", Guid.NewGuid().ToString("N"));
    Directory.CreateDirectory(directory);
    try
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Dashboard:DataDirectory"] = directory })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDashboardCore(configuration, directory);
        await using var provider = services.BuildServiceProvider();
        await using (var db = await provider.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            await ReferenceDataSeeder.SeedAsync(db);
        }

        var total = Stopwatch.StartNew();
        var read = provider.GetRequiredService<ReportCsvReader>().Read(file.Bytes);
        var readTime = total.Elapsed;
        var importer = provider.GetRequiredService<ReportImporter>();
        var preview = await importer.PreviewAsync(read);
        var previewTime = total.Elapsed - readTime;
        var outcome = await importer.ImportAsync(read, ImportScope.AllRows, new ImportOptions(Actor.System, Publish: false));
        var importTime = total.Elapsed - readTime - previewTime;
        total.Stop();

        if (read.HasIssues || outcome.WasRefused || outcome.Created != file.Reports || preview.NewCount != file.Reports)
        {
            throw new InvalidOperationException($"Unexpected result: {read.Issues.Count} issues, refusal '{outcome.Refusal}', {outcome.Created} created.");
        }

        Console.WriteLine(FormattableString.Invariant(
            $"Run {run}: read {readTime.TotalSeconds:0.00} s, preview {previewTime.TotalSeconds:0.00} s, import {importTime.TotalSeconds:0.00} s, total {total.Elapsed.TotalSeconds:0.00} s ({outcome.Created:N0} reports created)"));
    }
    finally
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}

static (byte[] Bytes, int Rows, int Reports) GenerateFile(int targetRows)
{
    using var reader = CsvReader.Create(DemoReports.ReadCsv(), new CsvReaderOptions { Separator = ',', HasHeader = true });
    var header = reader.Headers.ToArray();
    var idColumn = Array.IndexOf(header, ReportCsvColumns.ExternalId);
    var rows = new List<string[]>();
    while (reader.Read())
    {
        rows.Add(Enumerable.Range(0, header.Length).Select(i => reader.GetString(i) ?? string.Empty).ToArray());
    }

    var reports = rows.GroupBy(r => r[idColumn]).ToList();
    using var output = new MemoryStream();
    using (var writer = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true))
    {
        writer.WriteRecord(header);
        var written = 0;
        var reportCount = 0;
        for (var copy = 1; written < targetRows; copy++)
        {
            foreach (var report in reports)
            {
                if (written >= targetRows)
                {
                    break;
                }

                reportCount++;
                foreach (var row in report)
                {
                    var copyOfRow = (string[])row.Clone();
                    copyOfRow[idColumn] = FormattableString.Invariant($"BENCH-{copy}-{report.Key}");
                    writer.WriteRecord(copyOfRow);
                    written++;
                }
            }
        }

        writer.Flush();
        return (output.ToArray(), written, reportCount);
    }
}
