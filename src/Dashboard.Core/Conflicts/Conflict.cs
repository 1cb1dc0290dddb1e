namespace Dashboard.Core.Conflicts;

/// <summary>An armed conflict ("Russia-Ukraine war").</summary>
public sealed class Conflict
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Lower-case, hyphenated form of the name, unique; used in addresses.</summary>
    public required string Slug { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? Description { get; set; }

    public List<Party> Parties { get; set; } = [];
}
