namespace Dashboard.Core.Reports;

/// <summary>Field lengths and bounds, shared by the database schema and the validation rules.</summary>
public static class ReportLimits
{
    public const int ExternalIdMax = 100;
    public const int TitleMin = 5;
    public const int TitleMax = 200;
    public const int SummaryMax = 4000;
    public const int DetailsMax = 20000;
    public const int ItemsMax = 2000;
    public const int PlaceNameMax = 200;
    public const int ResponseTextMax = 4000;
    public const int ResponseSourceMax = 1000;
    public const int ReasonMax = 1000;
    public const int SourceTitleMax = 500;
    public const int PublisherMax = 300;
    public const int UrlMax = 2000;
    public const int NameMax = 200;
    public const int SlugMax = 100;
    public const int DescriptionMax = 2000;
    public const int RevisionNoteMax = 500;
}
