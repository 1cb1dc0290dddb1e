namespace Dashboard.Core.Audit;

/// <summary>One line of the audit log: who did what, when, to which object. Never changed once written.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>Null for the system (seeding, start-up) and for anonymous visitors.</summary>
    public string? UserId { get; set; }

    /// <summary>The actor's name at the time ("system" for the application itself).</summary>
    public required string UserName { get; set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>The kind of object acted on ("Report", "User", "ShareLink").</summary>
    public required string ObjectType { get; set; }

    public string? ObjectId { get; set; }

    /// <summary>A sentence for people reading the log.</summary>
    public string? Summary { get; set; }

    public string? ClientAddress { get; set; }
}
