namespace Dashboard.Core.Reports;

/// <summary>What kind of support a report describes.</summary>
public enum SupportCategory
{
    Lethal,
    NonLethal,
    DualUse,
}

/// <summary>How well a claim is established; separate from <see cref="ConfidenceLevel"/>.</summary>
public enum EvidenceStatus
{
    Alleged,
    Reported,
    Confirmed,
    Denied,
}

/// <summary>The curators' confidence in the claim.</summary>
public enum ConfidenceLevel
{
    Low,
    Medium,
    High,
}

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}

/// <summary>Where a report stands in the editorial workflow.</summary>
public enum ReportState
{
    Draft,
    InReview,
    Published,
    Retracted,
}

/// <summary>What kind of document a source is.</summary>
public enum SourceType
{
    NewsReport,
    OfficialStatement,
    GovernmentDocument,
    ResearchReport,
    CourtRecord,
    TradeData,
    SocialMedia,
    Other,
}

/// <summary>The role an organization plays in a report.</summary>
public enum OrganizationRole
{
    Named,
    Supplier,
    Manufacturer,
    Intermediary,
    EndUser,
}
