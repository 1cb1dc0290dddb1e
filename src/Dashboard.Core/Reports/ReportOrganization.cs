using Dashboard.Core.Organizations;

namespace Dashboard.Core.Reports;

/// <summary>An organization named in a report, with its role there.</summary>
public sealed class ReportOrganization
{
    public int ReportId { get; set; }

    public int OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public OrganizationRole Role { get; set; }

    /// <summary>Keeps the order in which the organizations were listed.</summary>
    public int Position { get; set; }
}
