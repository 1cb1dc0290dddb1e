using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;

namespace Dashboard.Web.Api;

/// <summary>One page of reports and the total they were taken from.</summary>
public sealed record ReportPageResponse(int Total, int Page, int PageSize, IReadOnlyList<ReportSummaryResponse> Items);

/// <summary>A report in a list: enough to show and to find it again.</summary>
public sealed record ReportSummaryResponse(
    int Id,
    string Title,
    string Conflict,
    string Supplier,
    string SupplierName,
    string Recipient,
    SupportCategory Category,
    EvidenceStatus EvidenceStatus,
    ConfidenceLevel Confidence,
    ReportState State,
    DateOnly ReportedDate,
    DateOnly? EventDateFrom,
    DateOnly? EventDateTo)
{
    public static ReportSummaryResponse From(ReportListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id, item.Title, item.ConflictName, item.SupplierCountryCode, item.SupplierName, item.RecipientName, item.Category,
            item.EvidenceStatus, item.Confidence, item.State, item.ReportedDate, item.EventDateFrom, item.EventDateTo);
    }
}

/// <summary>Counts of published reports for a filter, as the overview computes them.</summary>
public sealed record StatisticsResponse(
    string Filter,
    CategoryCountsResponse Total,
    IReadOnlyList<SupplierCountResponse> BySupplier,
    IReadOnlyList<RecipientCountResponse> ByRecipient,
    IReadOnlyList<MonthCountResponse> ByMonth);

public sealed record CategoryCountsResponse(int Total, int Lethal, int NonLethal, int DualUse)
{
    public static CategoryCountsResponse From(CategoryCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new(counts.Total, counts.Lethal, counts.NonLethal, counts.DualUse);
    }
}

public sealed record SupplierCountResponse(string Supplier, string SupplierName, CategoryCountsResponse Counts);

public sealed record RecipientCountResponse(string Recipient, string? RecipientCountry, CategoryCountsResponse Counts);

/// <summary>A month as <c>YYYY-MM</c>, by event start (or by reported date with <c>dates=reported</c>).</summary>
public sealed record MonthCountResponse(string Month, CategoryCountsResponse Counts);
