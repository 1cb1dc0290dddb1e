namespace Dashboard.Core.Reports;

/// <summary>A document that backs a report. Every report has at least one.</summary>
public sealed class Source
{
    public int Id { get; set; }

    public int ReportId { get; set; }

    /// <summary>Order of the sources within the report, from 0.</summary>
    public int Position { get; set; }

    public required string Title { get; set; }

    public required string Publisher { get; set; }

    /// <summary>Absolute http or https address; other schemes are refused on the way in.</summary>
    public string? Url { get; set; }

    public DateOnly? PublishedDate { get; set; }

    public SourceType? Type { get; set; }

    /// <summary>The publisher is itself a party to the conflict (not a neutral source).</summary>
    public bool PublisherIsParty { get; set; }
}
