using Dashboard.Core.Seeding;

namespace Dashboard.Web.Hosting;

/// <summary><c>dotnet Dashboard.Web.dll migrate</c>: apply migrations and seed as configured, then exit.</summary>
public static class MigrateCommand
{
    public const string Name = "migrate";

    public static int Report(StartupSummary startup)
    {
        ArgumentNullException.ThrowIfNull(startup);
        Console.WriteLine($"The database is up to date: {startup.Database}");
        return 0;
    }
}
