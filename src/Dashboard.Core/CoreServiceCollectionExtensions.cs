using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Export;
using Dashboard.Core.Geography;
using Dashboard.Core.Editing;
using Dashboard.Core.Identity;
using Dashboard.Core.Import;
using Dashboard.Core.Profiles;
using Dashboard.Core.Map;
using Dashboard.Core.Filtering;
using Dashboard.Core.ReferenceData;
using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;
using Dashboard.Core.Synthetic;
using Dashboard.Core.Seeding;
using Dashboard.Core.Users;
using Dashboard.Core.Sharing;
using Dashboard.Core.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Core;

/// <summary>Registers the database and the operations of the core library.</summary>
public static class CoreServiceCollectionExtensions
{
    public static DatabaseSettings AddDashboardCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var database = DatabaseSettings.FromConfiguration(configuration, contentRoot);
        services.AddSingleton(database);
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.Section));

        // One short-lived context per operation (components must never hold one for a whole circuit);
        // the scoped context exists for ASP.NET Core Identity's stores.
        services.AddPooledDbContextFactory<DashboardDbContext>(database.Apply);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext());

        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddSingleton<ReportCsvReader>();
        services.AddSingleton<ReportImporter>();
        services.AddSingleton<ReportExportQueries>();
        services.AddSingleton<ReportExporter>();
        services.TryAddSingleton<ICountryPositions, NaturalEarthCountryPositions>();
        services.AddSingleton<ReportQueries>();
        services.AddSingleton<ReportStatistics>();
        services.AddSingleton<FilterOptionsQueries>();
        services.AddSingleton<ProfileQueries>();
        services.AddSingleton<SyntheticDataSeeder>();
        services.AddSingleton(_ => WorldGeometry.Default);
        services.AddSingleton<MapQueries>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<UserPreferences>();
        services.AddSingleton<AuditWriter>();

        // The admin area (issue 6): editing and workflow, its lists, users, reference data, the audit log.
        services.AddSingleton<ReportCommands>();
        services.AddSingleton<EditorialQueries>();
        services.AddSingleton<ReferenceDataCommands>();
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<AuditQueries>();
        services.AddSingleton<ShareLinkService>();
        services.AddSingleton<SharedLinkExport>();
        services.AddSingleton<ShareLinkVisits>();
        services.AddSingleton<SharedSliceCache>();
        services.AddSingleton<TimelineQueries>();
        return database;
    }
}
