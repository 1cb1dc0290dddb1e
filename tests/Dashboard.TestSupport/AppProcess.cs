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

    private AppProcess(Process process, Uri address)
    {
        this.process = process;
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
    public static async Task<AppProcess> StartAsync(string dataDirectory, IDictionary<string, string>? environment = null, int? port = null)
    {
        var chosenPort = port ?? FreePort();
        var address = new Uri($"http://127.0.0.1:{chosenPort}");
        var webProject = Path.Combine(RepositoryRoot(), "src", "Dashboard.Web");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var assembly = Path.Combine(webProject, "bin", configuration, "net10.0", "Dashboard.Web.dll");
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"Build the web project first: {assembly} is missing.", assembly);
        }

        var info = new ProcessStartInfo("dotnet", [assembly, "--urls", address.ToString(), "--contentRoot", webProject])
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
        var app = new AppProcess(process, address);
        process.OutputDataReceived += (_, e) => app.Receive(e.Data);
        process.ErrorDataReceived += (_, e) => app.Receive(e.Data);
        process.Exited += (_, _) => app.started.TrySetException(new InvalidOperationException("The app exited before it listened:\n" + string.Join('\n', app.Output)));
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

        // The start-up banner is printed once the server listens.
        if (line.Contains("Conflict Support Monitor is running.", StringComparison.Ordinal))
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
