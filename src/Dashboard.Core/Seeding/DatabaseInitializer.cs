using System.Security.Cryptography;
using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Identity;
using Dashboard.Core.Import;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Core.Seeding;

/// <summary>
/// Brings the database up to date at start-up: applies migrations, creates the roles and the curated
/// reference data, and in demo mode loads the demo reports and accounts. Every step is idempotent: a
/// restart neither duplicates nor overwrites anything.
/// </summary>
public sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopeFactory,
    IOptions<DashboardOptions> options,
    DatabaseSettings database,
    TimeProvider timeProvider,
    ILogger<DatabaseInitializer> logger)
{
    /// <summary>The demo accounts and their roles.</summary>
    public static IReadOnlyList<(string Email, string Role, string DisplayName)> DemoAccounts { get; } =
    [
        ("admin@example.org", Roles.Admin, "Demo Admin"),
        ("editor@example.org", Roles.Editor, "Demo Editor"),
        ("reviewer@example.org", Roles.Editor, "Demo Reviewer"),
        ("viewer@example.org", Roles.Viewer, "Demo Viewer"),
    ];

    public async Task<StartupSummary> InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var dbFactory = services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            // EF Core takes a migration lock, so several instances starting at once migrate only once.
            await MigrateWhenReachableAsync(db, cancellationToken);
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                // Write-ahead logging lets readers and one writer (or two app processes) work at once;
                // "optimize" refreshes the planner's statistics where they are stale (cheap when not).
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken);
            }

        }

        // Several instances may start at once on an empty database: each seeding step tolerates
        // losing the race to another instance, which then has done the work.
        await TolerateConcurrentSeedingAsync(
            async () =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                await ReferenceDataSeeder.SeedAsync(db, cancellationToken);
            },
            async () =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                return await db.AidTypes.AnyAsync(cancellationToken);
            });

        var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            await TolerateConcurrentSeedingAsync(
                async () =>
                {
                    if (!await roleManager.RoleExistsAsync(role))
                    {
                        Check(await roleManager.CreateAsync(new IdentityRole(role)), $"create the role {role}");
                    }
                },
                () => roleManager.RoleExistsAsync(role));
        }

        var settings = options.Value;
        var userManager = services.GetRequiredService<UserManager<ApplicationUser>>();
        DemoSignIn? demo = null;
        if (settings.SeedDemoData)
        {
            await TolerateConcurrentSeedingAsync(
                () => SeedDemoReportsAsync(services, dbFactory, cancellationToken),
                async () =>
                {
                    await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                    return await db.Reports.AnyAsync(cancellationToken);
                });
            demo = await SeedDemoAccountsAsync(userManager, settings, cancellationToken);
        }

        string? bootstrapAdmin = null;
        await TolerateConcurrentSeedingAsync(
            async () => bootstrapAdmin = await CreateBootstrapAdminAsync(userManager, settings.BootstrapAdmin),
            () => userManager.Users.AnyAsync(cancellationToken));
        var hasUsers = await userManager.Users.AnyAsync(cancellationToken);
        return new StartupSummary(database.Describe(), demo, bootstrapAdmin, hasUsers);
    }

    /// <summary>
    /// A database server started next to the app (docker compose) may not accept connections yet:
    /// retry for about a minute before giving up. SQLite is a local file and needs no waiting.
    /// </summary>
    private async Task MigrateWhenReachableAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        const int attempts = 20;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
                return;
            }
            catch (Microsoft.Data.SqlClient.SqlException ex) when (attempt < attempts)
            {
                LogWaitingForDatabase(attempt, attempts, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(3), timeProvider, cancellationToken);
            }
        }
    }

    private async Task SeedDemoReportsAsync(IServiceProvider services, IDbContextFactory<DashboardDbContext> dbFactory, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Reports.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        var parsed = new ReportCsvReader(timeProvider).Read(DemoReports.ReadCsv());
        if (parsed.HasIssues)
        {
            throw new InvalidOperationException("The embedded demo CSV does not pass the import rules: " + string.Join("; ", parsed.Issues));
        }

        var importer = services.GetRequiredService<ReportImporter>();
        var outcome = await importer.ImportAsync(parsed.Reports, new ImportOptions(Actor.System, Publish: true), cancellationToken);
        LogDemoReportsLoaded(outcome.Created);
    }

    private async Task<DemoSignIn> SeedDemoAccountsAsync(UserManager<ApplicationUser> userManager, DashboardOptions settings, CancellationToken cancellationToken)
    {
        var configured = string.IsNullOrWhiteSpace(settings.DemoPassword) ? null : settings.DemoPassword;
        var password = configured ?? await ReadOrCreateGeneratedPasswordAsync(cancellationToken);
        var createdAny = false;
        foreach (var (email, role, displayName) in DemoAccounts)
        {
            await TolerateConcurrentSeedingAsync(
                async () =>
                {
                    if (await userManager.FindByEmailAsync(email) is not null)
                    {
                        return;
                    }

                    var user = new ApplicationUser
                    {
                        UserName = email,
                        Email = email,
                        EmailConfirmed = true,
                        DisplayName = displayName,
                        CreatedAt = timeProvider.GetUtcNow().UtcDateTime,
                    };
                    Check(await userManager.CreateAsync(user, password), $"create the demo account {email}");
                    Check(await userManager.AddToRoleAsync(user, role), $"give {email} the role {role}");
                    createdAny = true;
                },
                async () => await userManager.FindByEmailAsync(email) is { } existing && await userManager.IsInRoleAsync(existing, role));
        }

        // Existing accounts keep their password; say so honestly if the one we would print is not it.
        var admin = await userManager.FindByEmailAsync(DemoAccounts[0].Email);
        var works = createdAny || (admin is not null && await userManager.CheckPasswordAsync(admin, password));
        return new DemoSignIn(DemoAccounts.Select(a => (a.Email, a.Role)).ToList(), password, configured is null, works);
    }

    private async Task<string> ReadOrCreateGeneratedPasswordAsync(CancellationToken cancellationToken)
    {
        var file = Path.Combine(database.DataDirectory, "demo-password.txt");
        if (File.Exists(file))
        {
            var stored = (await File.ReadAllTextAsync(file, cancellationToken)).Trim();
            if (stored.Length >= 12)
            {
                return stored;
            }
        }

        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var groups = Enumerable.Range(0, 4).Select(_ => new string(RandomNumberGenerator.GetItems<char>(alphabet, 4)));
        var password = string.Join('-', groups);
        Directory.CreateDirectory(database.DataDirectory);
        await File.WriteAllTextAsync(file, password + Environment.NewLine, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return password;
    }

    private async Task<string?> CreateBootstrapAdminAsync(UserManager<ApplicationUser> userManager, BootstrapAdminOptions bootstrap)
    {
        if (string.IsNullOrWhiteSpace(bootstrap.Email) || string.IsNullOrWhiteSpace(bootstrap.Password))
        {
            return null;
        }

        if (await userManager.Users.AnyAsync())
        {
            return null;
        }

        var user = new ApplicationUser
        {
            UserName = bootstrap.Email,
            Email = bootstrap.Email,
            EmailConfirmed = true,
            DisplayName = bootstrap.Email,
            CreatedAt = timeProvider.GetUtcNow().UtcDateTime,
        };
        Check(await userManager.CreateAsync(user, bootstrap.Password), "create the bootstrap admin");
        Check(await userManager.AddToRoleAsync(user, Roles.Admin), "give the bootstrap admin the role Admin");
        LogBootstrapAdminCreated(bootstrap.Email);
        return bootstrap.Email;
    }

    /// <summary>
    /// Runs a seeding step; if it fails because another instance did the same at the same moment
    /// (a unique index refuses the second insert), checks that the work is done and goes on.
    /// </summary>
    private static async Task TolerateConcurrentSeedingAsync(Func<Task> step, Func<Task<bool>> doneByAnother)
    {
        try
        {
            await step();
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
        {
            // Give the winner's transaction a moment to become visible, then require its result.
            for (var attempt = 0; attempt < 10; attempt++)
            {
                if (await doneByAnother())
                {
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }

            throw;
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} demo reports")]
    private partial void LogDemoReportsLoaded(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database does not answer yet (attempt {Attempt} of {Attempts}): {Reason}")]
    private partial void LogWaitingForDatabase(int attempt, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the bootstrap admin {Email}")]
    private partial void LogBootstrapAdminCreated(string email);
}

/// <summary>What start-up did, for the banner that tells people where to go and how to sign in.</summary>
public sealed record StartupSummary(string Database, DemoSignIn? Demo, string? BootstrapAdmin, bool HasUsers);

/// <summary>The demo accounts and the password that opens them.</summary>
/// <param name="PasswordWorks">False when the accounts existed before with another password.</param>
public sealed record DemoSignIn(IReadOnlyList<(string Email, string Role)> Accounts, string Password, bool PasswordWasGenerated, bool PasswordWorks);
