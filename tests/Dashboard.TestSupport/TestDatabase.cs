using Dashboard.Core;
using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Import;
using Dashboard.Core.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.TestSupport;

/// <summary>
/// A migrated SQLite database in a temporary file with the core services over it, optionally loaded
/// with the demo reports (published), for tests of queries and commands without the web host.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly TempDirectory directory;
    private readonly ServiceProvider services;

    private TestDatabase(TempDirectory directory, ServiceProvider services)
    {
        this.directory = directory;
        this.services = services;
    }

    public IServiceProvider Services => services;

    public IDbContextFactory<DashboardDbContext> Factory => services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();

    public string DataDirectory => directory.Path;

    public static async Task<TestDatabase> CreateAsync(bool withDemoReports = true, Action<IServiceCollection>? configure = null)
    {
        var directory = new TempDirectory();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Dashboard:DataDirectory"] = directory.Path })
            .Build();
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        collection.AddSingleton<IConfiguration>(configuration);
        configure?.Invoke(collection);
        collection.AddDashboardCore(configuration, directory.Path);
        var provider = collection.BuildServiceProvider();
        var database = new TestDatabase(directory, provider);

        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            await ReferenceDataSeeder.SeedAsync(db);
        }

        if (withDemoReports)
        {
            var parsed = provider.GetRequiredService<ReportCsvReader>().Read(DemoReports.ReadCsv());
            await provider.GetRequiredService<ReportImporter>().ImportAsync(parsed.Reports, new ImportOptions(Actor.System, Publish: true));
        }

        return database;
    }

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        directory.Dispose();
    }
}
