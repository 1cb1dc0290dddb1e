using Dashboard.Core.Countries;

namespace Dashboard.Core.Conflicts;

/// <summary>A belligerent in one conflict: a state (with its country) or a non-state party (without).</summary>
public sealed class Party
{
    public int Id { get; set; }

    public int ConflictId { get; set; }

    public Conflict? Conflict { get; set; }

    public required string Name { get; set; }

    /// <summary>ISO alpha-2 code of the party's country; null for non-state parties such as Hamas or the RSF.</summary>
    public string? CountryCode { get; set; }

    public Country? Country { get; set; }

    /// <summary>Which side of the conflict the party is on, in the curators' words.</summary>
    public string? Side { get; set; }
}
