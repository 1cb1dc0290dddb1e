namespace Dashboard.Core.Audit;

/// <summary>Who performs an operation: a signed-in user or the application itself.</summary>
public sealed record Actor(string? UserId, string Name, string? ClientAddress = null)
{
    /// <summary>The application acting on its own (seeding, start-up).</summary>
    public static Actor System { get; } = new(null, "system");
}
