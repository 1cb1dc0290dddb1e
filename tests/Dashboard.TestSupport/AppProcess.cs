using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dashboard.TestSupport;

/// <summary>
/// The app as a separate operating-system process (`dotnet Dashboard.Web.dll`), as it runs in
/// production: for tests of several instances over one database and of restarts.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> output = [];

    private readonly Func<string, bool> readyWhen;

    private AppProcess(Process process, Uri address, Func<string, bool> readyWhen)
    {
        this.process = process;
        this.readyWhen = readyWhen;
        Address = address;
    }

    public Uri Address { get; }

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (output)
            {
                return [.. output];
            }
        }
    }

    /// <summary>Starts the app on a free loopback port over the given data folder and waits until it listens.</summary>
    public static Task<AppProcess> StartAsync(string dataDirectory, IDictionary<string, string>? environment = null, int? port = null)
    {
        var address = new Uri($"http://127.0.0.1:{port ?? FreePort()}");
        return LaunchAsync(dataDirectory, ["--urls", address.ToString()], address, environment, line => line.Contains("Conflict Support Monitor is running.", StringComparison.Ordinal));
    }

    /// <summary>
    /// Runs one of the app's commands (such as seed-synthetic) and returns once a line of its output
    /// satisfies <paramref name="readyWhen"/>, leaving the process running.
    /// </summary>
    public static Task<AppProcess> RunCommandAsync(string dataDirectory, IReadOnlyList<string> arguments, Func<string, bool> readyWhen) =>
        LaunchAsync(dataDirectory, arguments, new Uri("http://127.0.0.1/"), null, readyWhen);

    /// <summary>Waits for the process to end by itself.</summary>
    public Task WaitForExitAsync() => process.WaitForExitAsync();

    private static async Task<AppProcess> LaunchAsync(string dataDirectory, IReadOnlyList<string> arguments, Uri address, IDictionary<string, string>? environment, Func<string, bool> readyWhen)
    {
        var webProject = Path.Combine(RepositoryRoot(), "src", "Dashboard.Web");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var assembly = Path.Combine(webProject, "bin", configuration, "net10.0", "Dashboard.Web.dll");
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"Build the web project first: {assembly} is missing.", assembly);
        }

        var info = new ProcessStartInfo("dotnet", [assembly, .. arguments, "--contentRoot", webProject])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = webProject,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Dashboard__DataDirectory"] = dataDirectory;
        info.Environment["Dashboard__SeedDemoData"] = "true";
        info.Environment["Dashboard__DemoPassword"] = DashboardAppFactory.DemoPassword;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var app = new AppProcess(process, address, readyWhen);
        process.OutputDataReceived += (_, e) => app.Receive(e.Data);
        process.ErrorDataReceived += (_, e) => app.Receive(e.Data);
        process.Exited += (_, _) => app.started.TrySetException(new InvalidOperationException("The app exited before it was ready:\n" + string.Join('\n', app.Output)));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.started.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return app;
    }

    /// <summary>Stops the process the hard way, as a crash or a kill would.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Add(line);
        }

        if (readyWhen(line))
        {
            started.TrySetResult();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dashboard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Dashboard.sln was not found above the test assembly.");
    }
}
