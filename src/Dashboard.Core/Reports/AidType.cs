namespace Dashboard.Core.Reports;

/// <summary>An entry of the curated list of kinds of support ("drones", "machine-tools").</summary>
public sealed class AidType
{
    public int Id { get; set; }

    /// <summary>Lower-case tag of letters, digits and hyphens; the name used in files and addresses.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>The category a new report with this aid type starts with in the editor.</summary>
    public SupportCategory? DefaultCategory { get; set; }

    public List<Report> Reports { get; set; } = [];

    /// <summary>"machine-tools" reads "Machine tools".</summary>
    public static string NameFromSlug(string slug)
    {
        ArgumentException.ThrowIfNullOrEmpty(slug);
        var words = slug.Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
