using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Core.Data;

/// <summary>The database engines the product runs on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>
/// Which database to use, read from the configuration contract: <c>Database:Provider</c> and
/// <c>ConnectionStrings:Dashboard</c>, defaulting to a SQLite file in the app's data folder.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public const string ConnectionStringName = "Dashboard";
    public const string SqliteMigrationsAssembly = "Dashboard.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "Dashboard.Migrations.SqlServer";

    /// <summary>Reads the settings; <paramref name="contentRoot"/> is the fallback home of the data folder.</summary>
    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText.Trim(), ignoreCase: true, out provider))
        {
            throw new InvalidOperationException($"Database:Provider is '{providerText}'; it must be Sqlite or SqlServer.");
        }

        var dataDirectory = DataDirectoryFrom(configuration, contentRoot);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider switch
            {
                DatabaseProvider.Sqlite => new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "dashboard.db") }.ToString(),

                // The EF tools build the model without a server; anywhere else a missing connection string is a mistake.
                _ when EF.IsDesignTime => "Server=localhost;Database=ConflictSupportMonitor;Integrated Security=true;TrustServerCertificate=true",
                _ => throw new InvalidOperationException("Database:Provider is SqlServer, so ConnectionStrings:Dashboard (ConnectionStrings__Dashboard) must be set."),
            };
        }

        return new DatabaseSettings(provider, connectionString, dataDirectory);
    }

    /// <summary>Configures a context for this provider, with the provider's own migrations assembly.</summary>
    public void Apply(DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
                var folder = Path.GetDirectoryName(Path.GetFullPath(file));
                if (!string.IsNullOrEmpty(folder) && !file.Equals(":memory:", StringComparison.Ordinal))
                {
                    Directory.CreateDirectory(folder);
                }

                builder.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(ConnectionString, o => o.MigrationsAssembly(SqlServerMigrationsAssembly));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {Provider}.");
        }
    }

    /// <summary>Where the data lives, for the start-up banner; never includes a password.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Sqlite => $"SQLite file {Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource)}",
        _ => DescribeSqlServer(),
    };

    private string DescribeSqlServer()
    {
        var builder = new SqlConnectionStringBuilder(ConnectionString);
        return $"SQL Server {builder.DataSource}, database {builder.InitialCatalog}";
    }

    private static string DataDirectoryFrom(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[$"{DashboardOptions.Section}:{nameof(DashboardOptions.DataDirectory)}"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        var localData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return string.IsNullOrEmpty(localData)
            ? Path.Combine(contentRoot, "App_Data")
            : Path.Combine(localData, "ConflictSupportMonitor");
    }
}
