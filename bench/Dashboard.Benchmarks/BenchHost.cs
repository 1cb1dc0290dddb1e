using Dashboard.Core;
using System.Security.Claims;
using Dashboard.Core.Data;
using Dashboard.Core.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Dashboard.Core.Sharing;
using Dashboard.Web.Components.Pages.Sharing;
using Dashboard.Web.Hosting;
using Dashboard.Web.Sharing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using MudBlazor.Services;

namespace Dashboard.Benchmarks;

/// <summary>
/// The app's services over the benchmark database (made by seed-synthetic, see bench/README.md),
/// with an interceptor that captures the SQL, and a renderer for whole pages.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private BenchHost(ServiceProvider services, string connectionString, SqlCapture capture)
    {
        Services = services;
        ConnectionString = connectionString;
        Capture = capture;
    }

    public ServiceProvider Services { get; }

    public string ConnectionString { get; }

    public SqlCapture Capture { get; }

    public static BenchHost Create()
    {
        var dataDirectory = Environment.GetEnvironmentVariable("BENCH_DATA") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(FindRepository(), "..", "bench-data"));
        var file = Path.Combine(dataDirectory, "dashboard.db");
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"No benchmark database at {file}: run bench/run-benchmarks.sh, or seed-synthetic with --Dashboard:DataDirectory={dataDirectory}.");
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Dashboard:DataDirectory"] = dataDirectory,
                // Pages are measured as they render on a cache miss; the shared page's cache is measured by the load test.
                ["Dashboard:Sharing:SliceCacheSeconds"] = "0",
            })
            .Build();
        var capture = new SqlCapture();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddDashboardCore(configuration, dataDirectory);

        // The same context options as the app, plus the capturing interceptor.
        var settings = DatabaseSettings.FromConfiguration(configuration, dataDirectory);
        services.AddPooledDbContextFactory<DashboardDbContext>(options =>
        {
            settings.Apply(options);
            options.AddInterceptors(capture);
        });

        // What pages need to render outside a circuit.
        services.AddSupplyValueFromQueryProvider();
        services.AddMudServices();
        services.AddChartMarkup();
        services.AddSingleton<NavigationManager, BenchNavigationManager>();
        services.AddSingleton<IJSRuntime, NoJavaScript>();

        // Pages render for a signed-in admin, as the load test's overview does.
        services.AddAuthorizationCore();
        services.AddCascadingAuthenticationState();
        services.AddSingleton<AuthenticationStateProvider, AdminAuthenticationState>();
        return new BenchHost(services.BuildServiceProvider(), settings.ConnectionString, capture);
    }

    /// <summary>Runs an operation once with capture on and returns the SQL it sent.</summary>
    public async Task<IReadOnlyList<CapturedCommand>> CaptureAsync(Func<Task> operation)
    {
        Capture.Clear();
        Capture.Capturing = true;
        try
        {
            await operation();
        }
        finally
        {
            Capture.Capturing = false;
        }

        return [.. Capture.Commands];
    }

    /// <summary>The floor: the captured statements through a plain SQLite connection, every value read.</summary>
    public async Task<int> RunFloorAsync(IReadOnlyList<CapturedCommand> commands)
    {
        var values = 0;
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        foreach (var captured in commands)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = captured.Text;
            foreach (var (name, value) in captured.Parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.GetValue(i);
                    values++;
                }
            }
        }

        return values;
    }

    /// <summary>Renders a page to HTML on the server, as prerendering does, at the given address.</summary>
    public async Task<string> RenderAsync<TPage>(string relativeAddress)
        where TPage : IComponent
    {
        ((BenchNavigationManager)Services.GetRequiredService<NavigationManager>()).GoTo(relativeAddress);
        await using var renderer = new HtmlRenderer(Services, Services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TPage>(ParameterView.Empty);
            await output.QuiescenceTask;
            return output.ToHtmlString();
        });
    }

    /// <summary>
    /// Renders the shared page of a link as its request does after the gate opened it: the link rides
    /// on the request's <see cref="HttpContext"/>, which the page receives as a cascading value.
    /// </summary>
    public async Task<string> RenderSharedAsync(SharedLink link)
    {
        const string token = "benchmark-token";
        ((BenchNavigationManager)Services.GetRequiredService<NavigationManager>()).GoTo($"s/{token}");
        var context = new DefaultHttpContext { RequestServices = Services };
        SharedLinkAccess.Set(context, link);
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(CascadingValue<HttpContext>.Value)] = context,
            [nameof(CascadingValue<HttpContext>.IsFixed)] = true,
            [nameof(CascadingValue<HttpContext>.ChildContent)] = (RenderFragment)(builder =>
            {
                builder.OpenComponent<SharedTimeline>(0);
                builder.AddComponentParameter(1, nameof(SharedTimeline.Token), token);
                builder.CloseComponent();
            }),
        });
        await using var renderer = new HtmlRenderer(Services, Services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<CascadingValue<HttpContext>>(parameters);
            await output.QuiescenceTask;
            return output.ToHtmlString();
        });
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dashboard.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private sealed class BenchNavigationManager : NavigationManager
    {
        public BenchNavigationManager() => Initialize("http://localhost/", "http://localhost/");

        public void GoTo(string relativeAddress) => Uri = ToAbsoluteUri(relativeAddress).ToString();
    }

    private sealed class AdminAuthenticationState : AuthenticationStateProvider
    {
        private static readonly Task<AuthenticationState> State = Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "benchmark"), new Claim(ClaimTypes.Name, "benchmark@example.org"), new Claim(ClaimTypes.Role, Roles.Admin)],
            "Benchmark"))));

        public override Task<AuthenticationState> GetAuthenticationStateAsync() => State;
    }

    private sealed class NoJavaScript : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException("No JavaScript runs during a server-side render.");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            throw new InvalidOperationException("No JavaScript runs during a server-side render.");
    }
}
