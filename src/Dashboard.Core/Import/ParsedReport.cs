using Dashboard.Core.Reports;

namespace Dashboard.Core.Import;

/// <summary>One report read from a CSV file and checked, ready to be stored.</summary>
public sealed class ParsedReport
{
    /// <summary>The file line where the report's first row starts.</summary>
    public int Line { get; init; }

    public required string ExternalId { get; init; }

    public required string Title { get; init; }

    public required string Conflict { get; init; }

    public required string SupplierCountryCode { get; init; }

    public string? RecipientCountryCode { get; init; }

    public required string Recipient { get; init; }

    public SupportCategory Category { get; init; }

    public required IReadOnlyList<string> AidTypes { get; init; }

    public string? Items { get; init; }

    public required IReadOnlyList<string> Entities { get; init; }

    public DateOnly ReportedDate { get; init; }

    public DateOnly? EventDateFrom { get; init; }

    public DateOnly? EventDateTo { get; init; }

    public EvidenceStatus EvidenceStatus { get; init; }

    public ConfidenceLevel Confidence { get; init; }

    public required string Summary { get; init; }

    public List<ParsedSource> Sources { get; } = [];
}

/// <summary>One source row of a report.</summary>
public sealed record ParsedSource(int Line, string Title, string Publisher, string? Url, DateOnly? PublishedDate);

/// <summary>A problem in a CSV file, with its place: <c>line 7, category: 'weapons' is not one of ...</c>.</summary>
public sealed record CsvIssue(int Line, string? Column, string Message)
{
    public override string ToString() => Column is null ? $"line {Line}: {Message}" : $"line {Line}, {Column}: {Message}";
}
