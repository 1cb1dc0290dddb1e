namespace Dashboard.Core.Import;

/// <summary>The columns of the report CSV format, version 1 (see <c>docs/csv-format.md</c>), in export order.</summary>
public static class ReportCsvColumns
{
    public const string ExternalId = "external_id";
    public const string Title = "title";
    public const string Conflict = "conflict";
    public const string SupplierCountryIso2 = "supplier_country_iso2";
    public const string SupplierCountry = "supplier_country";
    public const string RecipientCountryIso2 = "recipient_country_iso2";
    public const string Recipient = "recipient";
    public const string Category = "category";
    public const string AidType = "aid_type";
    public const string Items = "items";
    public const string Entities = "entities";
    public const string ReportedDate = "reported_date";
    public const string EventDateFrom = "event_date_from";
    public const string EventDateTo = "event_date_to";
    public const string Status = "status";
    public const string Confidence = "confidence";
    public const string Summary = "summary";
    public const string SourceTitle = "source_title";
    public const string SourcePublisher = "source_publisher";
    public const string SourceUrl = "source_url";
    public const string SourceDate = "source_date";

    /// <summary>Every column, in the order export writes them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ExternalId, Title, Conflict, SupplierCountryIso2, SupplierCountry, RecipientCountryIso2, Recipient,
        Category, AidType, Items, Entities, ReportedDate, EventDateFrom, EventDateTo, Status, Confidence,
        Summary, SourceTitle, SourcePublisher, SourceUrl, SourceDate,
    ];

    /// <summary>Columns a file must have (a value may still be optional in a further source row).</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        ExternalId, Title, Conflict, SupplierCountryIso2, Recipient, Category, AidType, ReportedDate,
        Status, Confidence, Summary, SourceTitle, SourcePublisher,
    ];

    /// <summary>The columns a further source row of a report fills; every other column stays empty.</summary>
    public static IReadOnlyList<string> SourceColumns { get; } = [SourceTitle, SourcePublisher, SourceUrl, SourceDate];
}
