using Dashboard.Core.Filtering;

namespace Dashboard.Core.Sharing;

/// <summary>What a person asks for in the "Share this timeline" dialog.</summary>
public sealed record ShareLinkRequest(string? Title, string? Note, int ExpiryDays, ShareLinkMode Mode, ReportFilter Filter);

/// <summary>A problem with one field of a <see cref="ShareLinkRequest"/>; the message names the field and the rule.</summary>
public sealed record ShareLinkError(string Field, string Message);

/// <summary>
/// The outcome of creating a link. On success it carries the token, which exists nowhere else: it is
/// shown once to its creator and only its hash is stored.
/// </summary>
public sealed record ShareLinkCreation
{
    public int? LinkId { get; init; }

    public string? Token { get; init; }

    public DateTime? ExpiresAt { get; init; }

    /// <summary>In snapshot mode, how many reports were frozen into the link.</summary>
    public int SnapshotReports { get; init; }

    public IReadOnlyList<ShareLinkError> Errors { get; init; } = [];

    public bool Succeeded => Token is not null && Errors.Count == 0;

    public static ShareLinkCreation Failed(IReadOnlyList<ShareLinkError> errors) => new() { Errors = errors };
}

/// <summary>An open link, as the shared page and its feed use it. It holds no token and no user id.</summary>
public sealed record SharedLink(
    int Id,
    string Title,
    string? Note,
    ShareLinkMode Mode,
    ReportFilter Filter,
    DateTime CreatedAt,
    string CreatedByName,
    DateTime ExpiresAt);

/// <summary>Where a link stands.</summary>
public enum ShareLinkStatus
{
    Active,
    Expired,
    Revoked,
}

/// <summary>One row of "My shared links" and of the admins' list.</summary>
public sealed record ShareLinkListItem(
    int Id,
    string Title,
    string? Note,
    ShareLinkMode Mode,
    string FilterQuery,
    DateTime CreatedAt,
    string CreatedByName,
    DateTime ExpiresAt,
    DateTime? RevokedAt,
    long AccessCount,
    DateTime? LastAccessAt,
    ShareLinkStatus Status);

/// <summary>Whose links a list shows.</summary>
public enum ShareLinkScope
{
    /// <summary>The caller's own links.</summary>
    Mine,

    /// <summary>Everyone's links; admins only.</summary>
    All,
}

/// <summary>The outcome of a revocation.</summary>
public enum ShareLinkRevocation
{
    Revoked,

    /// <summary>The link had already been revoked; nothing changed.</summary>
    AlreadyRevoked,

    /// <summary>No such link, or not one the caller may revoke (the two are not told apart).</summary>
    NotFound,
}
