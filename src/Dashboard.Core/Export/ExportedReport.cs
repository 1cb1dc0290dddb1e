using System.Text.Json.Serialization;
using Dashboard.Core.Reports;

namespace Dashboard.Core.Export;

/// <summary>A report with everything that leaves the application in an export or through the API.</summary>
public sealed record ExportedReport
{
    public required int Id { get; init; }

    public string? ExternalId { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public string? Details { get; init; }

    public required string ConflictSlug { get; init; }

    public required string ConflictName { get; init; }

    public required string SupplierCountryCode { get; init; }

    public required string RecipientName { get; init; }

    public string? RecipientCountryCode { get; init; }

    public SupportCategory Category { get; init; }

    /// <summary>Aid type slugs, sorted.</summary>
    public required IReadOnlyList<string> AidTypes { get; init; }

    public string? Items { get; init; }

    public long? Quantity { get; init; }

    public long? ValueUsd { get; init; }

    /// <summary>Names of the organizations named in the report, in their order.</summary>
    public required IReadOnlyList<string> Entities { get; init; }

    public EvidenceStatus EvidenceStatus { get; init; }

    public ConfidenceLevel Confidence { get; init; }

    public DateOnly ReportedDate { get; init; }

    public DateOnly? EventDateFrom { get; init; }

    public DateOnly? EventDateTo { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public string? PlaceName { get; init; }

    public string? ResponseText { get; init; }

    public DateOnly? ResponseDate { get; init; }

    public string? ResponseSource { get; init; }

    public ReportState State { get; init; }

    public string? RetractionReason { get; init; }

    public DateTime? PublishedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    public required IReadOnlyList<ExportedSource> Sources { get; init; }

    /// <summary>
    /// The id written to the <c>external_id</c> column: the report's own external id, or <c>csm-{Id}</c>
    /// for a report entered in the application, so that every exported row can be imported.
    /// </summary>
    [JsonIgnore]
    public string ExportId => ExternalId ?? FormattableString.Invariant($"csm-{Id}");
}

/// <summary>A source of an exported report, in the report's order.</summary>
public sealed record ExportedSource(string Title, string Publisher, string? Url, DateOnly? PublishedDate, SourceType? Type, bool PublisherIsParty);
