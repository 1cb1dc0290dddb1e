using Dashboard.Core.Reports;

namespace Dashboard.Core.Editing;

/// <summary>The lists of the admin start page.</summary>
public enum EditorialView
{
    /// <summary>Reports in review, oldest submission first.</summary>
    ReviewQueue,

    /// <summary>Drafts the caller created or last changed.</summary>
    MyDrafts,

    /// <summary>Every draft (admins and editors see everyone's).</summary>
    AllDrafts,

    RecentlyPublished,

    RecentlyRetracted,

    /// <summary>Deleted drafts, which an admin can restore.</summary>
    Deleted,
}

/// <summary>The columns the admin lists sort by.</summary>
public enum EditorialSort
{
    UpdatedAt,
    Title,
    Supplier,
    Recipient,
    Author,
    SubmittedAt,
    PublishedAt,
    RetractedAt,
}

/// <summary>How a column filter compares text (the operators a data grid offers for text).</summary>
public enum TextFilterOperator
{
    Contains,
    NotContains,
    EqualTo,
    NotEqualTo,
    StartsWith,
    EndsWith,
    IsEmpty,
    IsNotEmpty,
}

/// <summary>The text columns an admin list filters on.</summary>
public enum EditorialFilterField
{
    Title,
    Supplier,
    Recipient,
    Author,
}

/// <summary>One column filter of an admin list.</summary>
public sealed record ColumnFilter(EditorialFilterField Field, TextFilterOperator Operator, string? Value);

/// <summary>One page of an admin list. Page numbers start at 1.</summary>
public sealed record EditorialListRequest(
    EditorialView View,
    int Page = 1,
    int PageSize = 25,
    EditorialSort Sort = EditorialSort.UpdatedAt,
    bool Descending = true,
    IReadOnlyList<ColumnFilter>? Filters = null,
    string? Text = null);

/// <summary>One row of an admin list.</summary>
public sealed record EditorialListItem(
    int Id,
    string Title,
    ReportState State,
    string SupplierCountryCode,
    string SupplierName,
    string RecipientName,
    string? UpdatedById,
    string? AuthorName,
    string? CreatedById,
    DateTime UpdatedAt,
    DateTime? SubmittedAt,
    DateTime? PublishedAt,
    DateTime? RetractedAt,
    string? ReviewComment,
    string? RetractionReason,
    bool IsDeleted);

/// <summary>How many reports each admin list holds, for the tab labels.</summary>
public sealed record EditorialCounts(int ReviewQueue, int MyDrafts, int AllDrafts, int Deleted);

/// <summary>A report as the editor loads it: the content to edit, the token to save it with, and where it stands.</summary>
public sealed record EditableReport
{
    public required int Id { get; init; }

    public required EditToken Token { get; init; }

    public required ReportState State { get; init; }

    public required ReportDraft Draft { get; init; }

    public string? ExternalId { get; init; }

    public string? CreatedById { get; init; }

    public string? CreatedByName { get; init; }

    /// <summary>The last author, who may not publish the report themselves.</summary>
    public string? UpdatedById { get; init; }

    public string? UpdatedByName { get; init; }

    public DateTime UpdatedAt { get; init; }

    public string? ReviewComment { get; init; }

    public string? RetractionReason { get; init; }

    public DateTime? RetractedAt { get; init; }

    public DateTime? PublishedAt { get; init; }

    public bool IsDeleted { get; init; }
}

/// <summary>A report's history: every revision, newest first.</summary>
public sealed record ReportHistoryView(int Id, string Title, ReportState State, bool IsDeleted, EditToken Token, IReadOnlyList<RevisionItem> Revisions);

/// <summary>A choice for an autocomplete: an existing record.</summary>
public sealed record NamedReference(int Id, string Name, string? Detail = null);

/// <summary>An aid type as the editor offers it.</summary>
public sealed record AidTypeOption(string Slug, string Name, SupportCategory? DefaultCategory);
