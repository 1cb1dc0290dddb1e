namespace Dashboard.Core.Reports;

/// <summary>Join row between reports and aid types; indexed by aid type for the <c>type</c> filter.</summary>
public sealed class ReportAidType
{
    public int ReportId { get; set; }

    public int AidTypeId { get; set; }
}
