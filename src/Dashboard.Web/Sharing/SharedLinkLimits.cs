namespace Dashboard.Web.Sharing;

/// <summary>
/// The rate limit of the shared pages (section <c>Dashboard:RateLimits</c>): requests to
/// <c>/s/*</c> per client address per minute. It slows down anyone guessing tokens and keeps one
/// visitor from loading the database; a person reading a shared timeline never comes close.
/// </summary>
public sealed class SharedLinkLimits
{
    public const string Section = "Dashboard:RateLimits";

    public int SharedLinkRequestsPerAddressPerMinute { get; set; } = 60;
}
