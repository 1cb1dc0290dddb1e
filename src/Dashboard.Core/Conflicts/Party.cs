using Dashboard.Core.Countries;

namespace Dashboard.Core.Conflicts;

/// <summary>A belligerent in one conflict: a state (with its country) or a non-state party (without).</summary>
public sealed class Party
{
    public int Id { get; set; }

    public int ConflictId { get; set; }

    public Conflict? Conflict { get; set; }

    public required string Name { get; set; }

    /// <summary>
    /// ISO alpha-2 code of the party's country: its own for a state, or for a non-state party the
    /// country where it operates (where the map places it); null when unknown.
    /// </summary>
    public string? CountryCode { get; set; }

    /// <summary>A state (its armed forces or government) or a non-state party such as Hamas or the RSF.</summary>
    public PartyKind Kind { get; set; }

    public Country? Country { get; set; }

    /// <summary>Which side of the conflict the party is on, in the curators' words.</summary>
    public string? Side { get; set; }
}

/// <summary>Whether a belligerent is a state or a non-state party.</summary>
public enum PartyKind
{
    State,
    NonState,
}
