namespace Dashboard.Core.Organizations;

/// <summary>Another name an organization is known by; unique across all organizations.</summary>
public sealed class OrganizationAlias
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public required string Alias { get; set; }
}
