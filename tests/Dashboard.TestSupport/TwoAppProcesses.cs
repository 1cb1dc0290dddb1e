namespace Dashboard.TestSupport;

/// <summary>Two app processes over one data folder (one SQLite file), as two instances behind a proxy.</summary>
public sealed class TwoAppProcesses : IAsyncDisposable
{
    private readonly TempDirectory data = new();

    private TwoAppProcesses()
    {
    }

    public AppProcess First { get; private set; } = null!;

    public AppProcess Second { get; private set; } = null!;

    public string DataPath => data.Path;

    public static async Task<TwoAppProcesses> StartAsync()
    {
        var pair = new TwoAppProcesses();
        pair.First = await AppProcess.StartAsync(pair.data.Path);
        pair.Second = await AppProcess.StartAsync(pair.data.Path);
        return pair;
    }

    /// <summary>Stops both and starts them again on the same ports, as after a deployment.</summary>
    public async Task RestartAsync()
    {
        var (first, second) = (First.Address.Port, Second.Address.Port);
        await First.DisposeAsync();
        await Second.DisposeAsync();
        First = await AppProcess.StartAsync(data.Path, port: first);
        Second = await AppProcess.StartAsync(data.Path, port: second);
    }

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        data.Dispose();
    }
}
