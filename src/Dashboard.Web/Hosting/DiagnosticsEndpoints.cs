using System.Runtime;

namespace Dashboard.Web.Hosting;

/// <summary>
/// <c>GET /api/v1/diagnostics</c> (admins): open circuits and the managed heap after a full
/// collection, which the load test reads to measure the memory an interactive session costs.
/// </summary>
public static class DiagnosticsEndpoints
{
    public static void MapDiagnostics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/diagnostics", (CircuitCounter circuits) =>
            {
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                return TypedResults.Ok(new DiagnosticsSnapshot(circuits.Open, GC.GetTotalMemory(forceFullCollection: false), Environment.WorkingSet));
            })
            .RequireAuthorization(Policies.Admins)
            .ExcludeFromDescription();
    }
}

/// <summary>What the diagnostics endpoint reports.</summary>
public sealed record DiagnosticsSnapshot(int OpenCircuits, long ManagedHeapBytes, long WorkingSetBytes);
