using Dashboard.Core.Countries;

namespace Dashboard.Core.Organizations;

/// <summary>A company, state body, armed group or person named in reports.</summary>
public sealed class Organization
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? CountryCode { get; set; }

    public Country? Country { get; set; }

    /// <summary>Null when the curators have not classified it yet (for example after an import).</summary>
    public OrganizationKind? Kind { get; set; }

    public string? Description { get; set; }

    public List<OrganizationAlias> Aliases { get; set; } = [];
}

/// <summary>What kind of organization it is.</summary>
public enum OrganizationKind
{
    StateBody,
    StateOwnedCompany,
    PrivateCompany,
    ArmedGroup,
    Individual,
}
