namespace Dashboard.Core;

/// <summary>The <c>Dashboard</c> configuration section (see the configuration table in the README).</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>On an empty database, load the demo reports and the demo accounts.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>Password of the demo accounts; generated and printed at start-up when empty.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>Creates the first admin on a database without users (production).</summary>
    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();

    /// <summary>Global switch for share links.</summary>
    public bool PublicSharing { get; set; } = true;

    /// <summary>How the public side of share links caches and counts (section <c>Dashboard:Sharing</c>).</summary>
    public SharingOptions Sharing { get; set; } = new();

    /// <summary>Where the app keeps its files (the SQLite database, the generated demo password).</summary>
    public string? DataDirectory { get; set; }
}

/// <summary>The first admin's credentials.</summary>
public sealed class BootstrapAdminOptions
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}

/// <summary>
/// Caching and access counting of the shared pages (decision 0901). A link's status is never cached:
/// the gate reads it on every request, so a revocation takes effect at once on every instance.
/// </summary>
public sealed class SharingOptions
{
    /// <summary>How long a live slice (its timeline data) is served from memory before it is read again; 0 turns the cache off.</summary>
    public int SliceCacheSeconds { get; set; } = 10;

    /// <summary>How often the counted visits (count and last access) are written to the database.</summary>
    public int AccessFlushSeconds { get; set; } = 10;
}
