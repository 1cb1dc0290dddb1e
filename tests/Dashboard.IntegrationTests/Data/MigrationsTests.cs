using Dashboard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.IntegrationTests.Data;

public sealed class MigrationsTests
{
    [Fact]
    public void Sqlite_MigrationsMatchTheModel()
    {
        using var db = CreateContext(DatabaseProvider.Sqlite, "Data Source=:memory:");

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQLite migration: run dotnet ef migrations add (see the README).");
    }

    [Fact]
    public void SqlServer_MigrationsMatchTheModel()
    {
        using var db = CreateContext(DatabaseProvider.SqlServer, "Server=localhost;Database=ConflictSupportMonitor;Integrated Security=true;TrustServerCertificate=true");

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQL Server migration: run dotnet ef migrations add (see the README).");
    }

    [Fact]
    public void SqlServer_IdempotentScript_CanBeGeneratedWithoutAServer()
    {
        using var db = CreateContext(DatabaseProvider.SqlServer, "Server=localhost;Database=ConflictSupportMonitor;Integrated Security=true;TrustServerCertificate=true");

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in new[] { "Reports", "Sources", "ReportRevisions", "AuditEntries", "ShareLinks", "Countries", "AspNetUsers", "DataProtectionKeys" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }

    private static DashboardDbContext CreateContext(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<DashboardDbContext>();
        new DatabaseSettings(provider, connectionString, Path.GetTempPath()).Apply(builder);
        return new DashboardDbContext(builder.Options);
    }
}
