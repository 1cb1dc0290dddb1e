using Dashboard.Core.Data;

namespace Dashboard.Core.Audit;

/// <summary>
/// Adds audit entries to a context that is about to save, so that the entry is written in the same
/// transaction as the change it describes: either both are stored or neither.
/// </summary>
public static class AuditLog
{
    public static AuditEntry Add(DashboardDbContext db, Actor actor, string action, string objectType, string? objectId, string? summary, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new AuditEntry
        {
            At = at,
            UserId = actor.UserId,
            UserName = actor.Name,
            Action = action,
            ObjectType = objectType,
            ObjectId = objectId,
            Summary = summary is { Length: > 2000 } ? summary[..2000] : summary,
            ClientAddress = actor.ClientAddress,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }
}
