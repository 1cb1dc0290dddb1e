using System.Collections.Concurrent;
using Dashboard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dashboard.Core.Sharing;

/// <summary>
/// The visits of share links counted in memory and written in batches (decision 0901): a shared
/// page opened by a whole ministry would otherwise make one database write per request, and SQLite
/// has one writer. Only visits after the first are batched; the first visit of a link is still
/// counted and audited at once, in one transaction, by <see cref="ShareLinkService.OpenAsync"/>.
/// Counts not yet written are lost if the process dies; a clean stop writes them.
/// </summary>
public sealed partial class ShareLinkVisits(IDbContextFactory<DashboardDbContext> dbFactory, ILogger<ShareLinkVisits> logger)
{
    private readonly ConcurrentDictionary<int, Pending> pending = new();

    /// <summary>Visits counted but not yet written, over all links.</summary>
    public long PendingCount => pending.Values.Sum(p => p.Count);

    /// <summary>Counts one visit of a link, in memory.</summary>
    public void Record(int linkId, DateTime at) =>
        pending.AddOrUpdate(linkId, static (_, at) => new Pending(1, at), static (_, current, at) => current.Add(1, at), at);

    /// <summary>Writes the counted visits: each link's count grows by its visits, and its last access moves forward only.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        foreach (var linkId in pending.Keys)
        {
            if (!pending.TryRemove(linkId, out var visits))
            {
                continue;
            }

            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                var last = visits.Last;
                await db.ShareLinks
                    .Where(l => l.Id == linkId)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(l => l.AccessCount, l => l.AccessCount + visits.Count)
                            .SetProperty(l => l.LastAccessAt, l => l.LastAccessAt == null || l.LastAccessAt < last ? last : l.LastAccessAt),
                        cancellationToken);
            }
            catch (Exception ex)
            {
                // Put the visits back, so the next flush writes them.
                pending.AddOrUpdate(linkId, static (_, visits) => visits, static (_, current, visits) => current.Add(visits.Count, visits.Last), visits);
                LogFlushFailed(logger, ex, linkId);
                if (ex is OperationCanceledException)
                {
                    throw;
                }
            }
        }
    }

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "The visits of share link {LinkId} could not be written; they are kept for the next flush")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception, int linkId);

    private readonly record struct Pending(long Count, DateTime Last)
    {
        public Pending Add(long count, DateTime at) => new(Count + count, at > Last ? at : Last);
    }
}
