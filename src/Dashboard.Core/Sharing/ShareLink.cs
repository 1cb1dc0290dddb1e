namespace Dashboard.Core.Sharing;

/// <summary>
/// A read-only link to one slice of the timeline for people without an account. Only the SHA-256
/// hash of its token is stored; the token itself is shown once to its creator.
/// </summary>
public sealed class ShareLink
{
    public int Id { get; set; }

    /// <summary>SHA-256 of the 256-bit token.</summary>
    public required byte[] TokenHash { get; set; }

    public required string Title { get; set; }

    /// <summary>A note for the recipient.</summary>
    public string? Note { get; set; }

    /// <summary>The frozen filter, as the query string of the shared view.</summary>
    public required string FilterQuery { get; set; }

    public ShareLinkMode Mode { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedById { get; set; }

    /// <summary>The sharer's display name at creation: the only user name the shared page shows.</summary>
    public required string CreatedByName { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public string? RevokedById { get; set; }

    public long AccessCount { get; set; }

    public DateTime? LastAccessAt { get; set; }

    /// <summary>In snapshot mode, the revisions the link shows.</summary>
    public List<ShareLinkReport> Reports { get; set; } = [];
}

/// <summary>Live links always show the current published reports; snapshot links show them as they were.</summary>
public enum ShareLinkMode
{
    Live,
    Snapshot,
}

/// <summary>A report frozen into a snapshot link, at the revision that was published when the link was made.</summary>
public sealed class ShareLinkReport
{
    public int ShareLinkId { get; set; }

    public int ReportId { get; set; }

    public int RevisionId { get; set; }
}
