using Dashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Audit;

/// <summary>
/// Writes audit entries for events that change nothing else (sign-ins, refused requests). Changes to
/// data write their entry with <see cref="AuditLog"/> in their own transaction instead.
/// </summary>
public sealed class AuditWriter(IDbContextFactory<DashboardDbContext> dbFactory, TimeProvider timeProvider)
{
    public async Task WriteAsync(Actor actor, string action, string objectType, string? objectId, string? summary, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        AuditLog.Add(db, actor, action, objectType, objectId, summary, timeProvider.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }
}
