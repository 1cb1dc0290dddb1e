using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Core.Reports;

/// <summary>
/// Everything a report says, with names resolved, as stored in a <see cref="ReportRevision"/>. It is the
/// basis of the history comparison, of restoring a revision and of snapshot share links.
/// </summary>
public sealed record ReportSnapshot
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string? ExternalId { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public string? Details { get; init; }

    public int ConflictId { get; init; }

    public required string ConflictName { get; init; }

    public required string SupplierCountryCode { get; init; }

    public int RecipientPartyId { get; init; }

    public required string RecipientName { get; init; }

    public SupportCategory Category { get; init; }

    /// <summary>Aid type slugs in a stable order.</summary>
    public IReadOnlyList<string> AidTypes { get; init; } = [];

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

    public IReadOnlyList<SourceSnapshot> Sources { get; init; } = [];

    public IReadOnlyList<OrganizationSnapshot> Organizations { get; init; } = [];

    /// <summary>Takes a snapshot of a report whose conflict, recipient, aid types, organizations and sources are loaded.</summary>
    public static ReportSnapshot Of(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportSnapshot
        {
            ExternalId = report.ExternalId,
            Title = report.Title,
            Summary = report.Summary,
            Details = report.Details,
            ConflictId = report.ConflictId,
            ConflictName = report.Conflict?.Name ?? throw MissingNavigation(nameof(Report.Conflict)),
            SupplierCountryCode = report.SupplierCountryCode,
            RecipientPartyId = report.RecipientPartyId,
            RecipientName = report.RecipientParty?.Name ?? throw MissingNavigation(nameof(Report.RecipientParty)),
            Category = report.Category,
            AidTypes = report.AidTypes.Select(a => a.Slug).Order(StringComparer.Ordinal).ToList(),
            Items = report.Items,
            Quantity = report.Quantity,
            ValueUsd = report.ValueUsd,
            EvidenceStatus = report.EvidenceStatus,
            Confidence = report.Confidence,
            ReportedDate = report.ReportedDate,
            ReportedDatePrecision = report.ReportedDatePrecision,
            EventDateFrom = report.EventDateFrom,
            EventDateFromPrecision = report.EventDateFromPrecision,
            EventDateTo = report.EventDateTo,
            EventDateToPrecision = report.EventDateToPrecision,
            Latitude = report.Latitude,
            Longitude = report.Longitude,
            PlaceName = report.PlaceName,
            ResponseText = report.ResponseText,
            ResponseDate = report.ResponseDate,
            ResponseSource = report.ResponseSource,
            State = report.State,
            RetractionReason = report.RetractionReason,
            Sources = report.Sources
                .OrderBy(s => s.Position)
                .Select(s => new SourceSnapshot(s.Title, s.Publisher, s.Url, s.PublishedDate, s.Type, s.PublisherIsParty))
                .ToList(),
            Organizations = report.Organizations
                .OrderBy(o => o.Position)
                .Select(o => new OrganizationSnapshot(
                    o.OrganizationId,
                    o.Organization?.Name ?? throw MissingNavigation(nameof(ReportOrganization.Organization)),
                    o.Role))
                .ToList(),
        };
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static ReportSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<ReportSnapshot>(json, JsonOptions)
        ?? throw new InvalidOperationException("A revision's content is empty.");

    private static InvalidOperationException MissingNavigation(string name) =>
        new($"Load {name} before taking a snapshot of a report.");
}

/// <summary>A source as it stood in a revision.</summary>
public sealed record SourceSnapshot(
    string Title,
    string Publisher,
    string? Url,
    DateOnly? PublishedDate,
    SourceType? Type,
    bool PublisherIsParty);

/// <summary>An organization link as it stood in a revision.</summary>
public sealed record OrganizationSnapshot(int OrganizationId, string Name, OrganizationRole Role);
