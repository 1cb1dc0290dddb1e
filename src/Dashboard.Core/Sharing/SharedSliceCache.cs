using Dashboard.Core.Timeline;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Dashboard.Core.Sharing;

/// <summary>
/// The timeline data of shared pages, kept in memory per link and view for a few seconds
/// (<see cref="SharingOptions.SliceCacheSeconds"/>, decision 0901): a link opened by many people at
/// once reads the database once per interval instead of once per visit. Only the data is cached,
/// never whether the link is open: the gate checks that on every request before this is asked.
/// When an entry grows stale it is still served while one reload runs in the background, so no
/// visitor waits for the slice's queries after the first.
/// </summary>
public sealed class SharedSliceCache(TimelineQueries queries, IMemoryCache cache, IOptionsMonitor<DashboardOptions> options, TimeProvider timeProvider)
{
    /// <summary>The timeline a shared link shows for a view, at most a few seconds old.</summary>
    public async Task<TimelineData> GetAsync(SharedLink link, TimelineRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(request);
        var seconds = options.CurrentValue.Sharing.SliceCacheSeconds;
        if (seconds <= 0)
        {
            return await queries.SharedAsync(link, request, cancellationToken);
        }

        var lifetime = TimeSpan.FromSeconds(seconds);
        var key = new Key(link.Id, request);
        var entry = cache.GetOrCreate(key, e =>
        {
            // Dropped when nobody has asked for it for a while; a link that is read keeps its entry.
            e.SlidingExpiration = lifetime * 3;
            return new Slice(Load(link, request), timeProvider.GetUtcNow() + lifetime);
        })!;

        if (timeProvider.GetUtcNow() >= entry.FreshUntil && entry.TryStartReload())
        {
            _ = ReloadAsync(entry, link, request, lifetime);
        }

        try
        {
            return await entry.Data.WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed load is not kept: the next visitor tries again.
            cache.Remove(key);
            throw;
        }
    }

    // Loads run without the visitor's cancellation: other visitors share the result.
    private Task<TimelineData> Load(SharedLink link, TimelineRequest request) => queries.SharedAsync(link, request, CancellationToken.None);

    private async Task ReloadAsync(Slice entry, SharedLink link, TimelineRequest request, TimeSpan lifetime)
    {
        try
        {
            var data = await Load(link, request);
            entry.Replace(Task.FromResult(data), timeProvider.GetUtcNow() + lifetime);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Keep serving the last good data; the next visit after this tries again.
            entry.ReloadFailed();
        }
    }

    private sealed record Key(int LinkId, TimelineRequest Request);

    private sealed class Slice(Task<TimelineData> data, DateTimeOffset freshUntil)
    {
        private int reloading;

        public Task<TimelineData> Data { get; private set; } = data;

        public DateTimeOffset FreshUntil { get; private set; } = freshUntil;

        public bool TryStartReload() => Interlocked.CompareExchange(ref reloading, 1, 0) == 0;

        public void Replace(Task<TimelineData> data, DateTimeOffset freshUntil)
        {
            Data = data;
            FreshUntil = freshUntil;
            Volatile.Write(ref reloading, 0);
        }

        public void ReloadFailed() => Volatile.Write(ref reloading, 0);
    }
}
