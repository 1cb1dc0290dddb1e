using Dashboard.Core.Organizations;

namespace Dashboard.Core.Reports;

/// <summary>A page of results and the total they were taken from.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize)
{
    public int PageCount => PageSize <= 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}

/// <summary>The columns a report list can be sorted by.</summary>
public enum ReportSort
{
    ReportedDate,
    EventDate,
    Title,
    Supplier,
    Recipient,
    Category,
    Status,
}

/// <summary>Which page of a list, in which order. Page numbers start at 1.</summary>
public sealed record ReportPageRequest(int Page = 1, int PageSize = ReportPageRequest.DefaultPageSize, ReportSort Sort = ReportSort.ReportedDate, bool Descending = true)
{
    public const int DefaultPageSize = 25;

    /// <summary>The page sizes offered to people; the API allows up to <see cref="MaxPageSize"/>.</summary>
    public static IReadOnlyList<int> PageSizes { get; } = [25, 50, 100];

    public const int MaxPageSize = 200;

    public int SafePage => Math.Max(1, Page);

    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);
}

/// <summary>One row of a report list.</summary>
public sealed record ReportListItem(
    int Id,
    string Title,
    string SupplierCountryCode,
    string SupplierName,
    int RecipientPartyId,
    string RecipientName,
    int ConflictId,
    string ConflictName,
    SupportCategory Category,
    EvidenceStatus EvidenceStatus,
    ConfidenceLevel Confidence,
    ReportState State,
    DateOnly ReportedDate,
    DatePrecision ReportedDatePrecision,
    DateOnly? EventDateFrom,
    DatePrecision EventDateFromPrecision,
    DateOnly? EventDateTo,
    DatePrecision EventDateToPrecision,
    string? RecipientCountryCode = null)
{
    public string ReportedDateText => ReportDates.Format(ReportedDate, ReportedDatePrecision);

    public string? EventDateText => ReportDates.FormatEvent(EventDateFrom, EventDateFromPrecision, EventDateTo, EventDateToPrecision);
}

/// <summary>Everything the report page shows.</summary>
public sealed record ReportDetails
{
    public required int Id { get; init; }

    public string? ExternalId { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public string? Details { get; init; }

    public required int ConflictId { get; init; }

    public required string ConflictName { get; init; }

    public required string SupplierCountryCode { get; init; }

    public required string SupplierName { get; init; }

    public required int RecipientPartyId { get; init; }

    public required string RecipientName { get; init; }

    /// <summary>The recipient's own country when it is a state party (non-state parties link nowhere).</summary>
    public string? RecipientCountryCode { get; init; }

    public SupportCategory Category { get; init; }

    public required IReadOnlyList<AidTypeItem> AidTypes { get; init; }

    public string? Items { get; init; }

    public long? Quantity { get; init; }

    public long? ValueUsd { get; init; }

    public EvidenceStatus EvidenceStatus { get; init; }

    public ConfidenceLevel Confidence { get; init; }

    public DateOnly ReportedDate { get; init; }

    public DatePrecision ReportedDatePrecision { get; init; }

    public DateOnly? EventDateFrom { get; init; }

    public DatePrecision EventDateFromPrecision { get; init; }

    public DateOnly? EventDateTo { get; init; }

    public DatePrecision EventDateToPrecision { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public string? PlaceName { get; init; }

    public string? ResponseText { get; init; }

    public DateOnly? ResponseDate { get; init; }

    public string? ResponseSource { get; init; }

    public ReportState State { get; init; }

    public string? RetractionReason { get; init; }

    public DateTime? RetractedAt { get; init; }

    public DateTime? PublishedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    public required IReadOnlyList<SourceItem> Sources { get; init; }

    public required IReadOnlyList<OrganizationItem> Organizations { get; init; }

    /// <summary>Every save of the report, newest first.</summary>
    public IReadOnlyList<RevisionItem> Revisions { get; init; } = [];

    /// <summary>Reports with the same supplier and recipient, or naming one of the same organizations.</summary>
    public IReadOnlyList<ReportListItem> Related { get; init; } = [];

    public string ReportedDateText => ReportDates.Format(ReportedDate, ReportedDatePrecision);

    public string? EventDateText => ReportDates.FormatEvent(EventDateFrom, EventDateFromPrecision, EventDateTo, EventDateToPrecision);
}

public sealed record AidTypeItem(int Id, string Slug, string Name);

public sealed record SourceItem(int Id, int Position, string Title, string Publisher, string? Url, DateOnly? PublishedDate, SourceType? Type, bool PublisherIsParty);

public sealed record OrganizationItem(int Id, string Name, string? CountryCode, OrganizationKind? Kind, OrganizationRole Role);

public sealed record RevisionItem(int Id, int Number, DateTime CreatedAt, string AuthorName, string Action, string? Note, ReportState State);
