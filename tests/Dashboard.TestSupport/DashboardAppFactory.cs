using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.TestSupport;

/// <summary>
/// The real app over its own SQLite file in a temporary data folder, in demo mode with a known
/// password. Only the data folder differs from <c>dotnet run</c>; nothing is mocked.
/// </summary>
public sealed class DashboardAppFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "correct horse battery staple";

    private readonly TempDirectory? ownedDirectory;
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configureServices;

    /// <param name="dataDirectory">An existing data folder (to restart on the same database); a new one when null.</param>
    /// <param name="environment">The hosting environment; Development like <c>dotnet run</c>.</param>
    /// <param name="settings">Extra configuration, as keys of the configuration contract.</param>
    /// <param name="configureServices">Replaces or adds services after the app's own registrations.</param>
    public DashboardAppFactory(string? dataDirectory = null, string environment = "Development", IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        this.configureServices = configureServices;
        if (dataDirectory is null)
        {
            ownedDirectory = new TempDirectory();
            dataDirectory = ownedDirectory.Path;
        }

        DataDirectory = dataDirectory;
        Environment = environment;
        this.settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Dashboard:DataDirectory"] = dataDirectory,
            ["Dashboard:SeedDemoData"] = "true",
            ["Dashboard:DemoPassword"] = DemoPassword,

            // Tests sign in far more often than people; the limits have tests of their own.
            ["Dashboard:RateLimits:SignInPerAddressPerMinute"] = "100000",
            ["Dashboard:RateLimits:SignInPerAccountPerQuarterHour"] = "100000",
        };
        if (settings is not null)
        {
            foreach (var (key, value) in settings)
            {
                this.settings[key] = value;
            }
        }
    }

    public string DataDirectory { get; }

    public string Environment { get; }

    public string DatabaseFile => Path.Combine(DataDirectory, "dashboard.db");

    /// <summary>The address Kestrel listens on, after <c>UseKestrel(0)</c> and <c>StartServer()</c>.</summary>
    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see every 302.</summary>
    public AppClient CreateAppClient(bool https = false) =>
        new(CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
        }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (configureServices is not null)
        {
            builder.ConfigureServices(configureServices);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        ownedDirectory?.Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            ownedDirectory?.Dispose();
        }
    }
}
