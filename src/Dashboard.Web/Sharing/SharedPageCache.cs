using Dashboard.Core;
using Dashboard.Core.Timeline;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Sharing;

/// <summary>
/// The rendered shared page and feed (not the exports), kept in memory per link and view for
/// <c>Dashboard:Sharing:SliceCacheSeconds</c> (decision 0901). It runs after
/// <see cref="SharedLinkGate"/>, so a cached page is only ever served to a request whose link the
/// gate has just found open. Only the status, content type and body are kept, never a header such
/// as Set-Cookie. The key is the link and the view as the page reads it (<see cref="TimelineRequest"/>),
/// so addresses that differ only in keys the page ignores share one entry.
/// </summary>
public sealed class SharedPageCache(RequestDelegate next, IMemoryCache cache, IOptionsMonitor<DashboardOptions> options)
{
    /// <summary>A page larger than this is served but not kept.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var seconds = options.CurrentValue.Sharing.SliceCacheSeconds;
        var link = SharedLinkAccess.Get(context);
        if (seconds <= 0 || link is null || !HttpMethods.IsGet(context.Request.Method) || IsExport(context.Request.Path))
        {
            await next(context);
            return;
        }

        var query = context.Request.Query;
        var view = TimelineRequest.Parse(key => query.TryGetValue(key, out var values) ? values.ToString() : null);
        var key = new Key(link.Id, context.Request.Path.Value?.EndsWith("/" + SharedLinkGate.FeedSegment, StringComparison.Ordinal) == true, view);
        var lifetime = TimeSpan.FromSeconds(seconds);
        var now = DateTimeOffset.UtcNow;

        // A stale page is still served while one request renders it again: without this, every
        // visitor arriving in the moment a popular page expires would render it at once.
        if (cache.TryGetValue(key, out Entry? entry) && entry is not null && (now < entry.FreshUntil || !entry.TryStartRender()))
        {
            var page = entry.Page;
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = page.ContentType;
            context.Response.ContentLength = page.Body.Length;
            await context.Response.Body.WriteAsync(page.Body, context.RequestAborted);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
            entry?.RenderEnded();
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK && buffer.Length <= MaxBytes)
        {
            // Dropped after a few intervals without a visit; while visited, renewed every interval.
            cache.Set(key, new Entry(new Page(context.Response.ContentType, buffer.ToArray()), DateTimeOffset.UtcNow + lifetime), new MemoryCacheEntryOptions { SlidingExpiration = lifetime * 3 });
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>Downloads are rare and carry their own file name: they are written afresh every time.</summary>
    private static bool IsExport(PathString path) =>
        path.Value is { } value && value[(value.LastIndexOf('/') + 1)..] is SharedLinkExportEndpoints.CsvSegment or SharedLinkExportEndpoints.JsonSegment or SharedLinkExportEndpoints.GeoJsonSegment;

    private sealed record Key(int LinkId, bool Feed, TimelineRequest View);

    private sealed record Page(string? ContentType, byte[] Body);

    private sealed class Entry(Page page, DateTimeOffset freshUntil)
    {
        private int rendering;

        public Page Page { get; } = page;

        public DateTimeOffset FreshUntil { get; } = freshUntil;

        public bool TryStartRender() => Interlocked.CompareExchange(ref rendering, 1, 0) == 0;

        public void RenderEnded() => Volatile.Write(ref rendering, 0);
    }
}
