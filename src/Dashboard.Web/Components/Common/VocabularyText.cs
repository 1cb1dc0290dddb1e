using Dashboard.Core.Reports;

namespace Dashboard.Web.Components.Common;

/// <summary>How the vocabularies read on screen, with a one-line explanation of each level.</summary>
public static class VocabularyText
{
    public static string Label(SupportCategory category) => category switch
    {
        SupportCategory.Lethal => "Lethal",
        SupportCategory.DualUse => "Dual-use",
        _ => "Non-lethal",
    };

    public static string Label(EvidenceStatus status) => status.ToString();

    public static string Label(ConfidenceLevel confidence) => confidence switch
    {
        ConfidenceLevel.High => "High confidence",
        ConfidenceLevel.Medium => "Medium confidence",
        _ => "Low confidence",
    };

    public static string Label(ReportState state) => state switch
    {
        ReportState.InReview => "In review",
        _ => state.ToString(),
    };

    public static string Explain(SupportCategory category) => category switch
    {
        SupportCategory.Lethal => "Weapons, ammunition, troops or other means made to kill or destroy.",
        SupportCategory.DualUse => "Goods with civilian uses that also serve military production or operations.",
        _ => "Support that is not itself used for fighting, such as money, humanitarian aid or logistics.",
    };

    public static string Explain(EvidenceStatus status) => status switch
    {
        EvidenceStatus.Alleged => "Claimed by someone, typically a government or party, without published evidence.",
        EvidenceStatus.Reported => "Reported by credible media or researchers with some supporting evidence.",
        EvidenceStatus.Confirmed => "Established by documents, physical evidence or acknowledgement by the parties.",
        _ => "Denied by the named party; recorded so the claim and its denial can be weighed.",
    };

    public static string Explain(ConfidenceLevel confidence) => confidence switch
    {
        ConfidenceLevel.High => "Several independent, reliable sources agree.",
        ConfidenceLevel.Medium => "Credible sourcing, but limited or not independently corroborated.",
        _ => "Thin or partisan sourcing; treat with caution.",
    };

    public static string Label(SourceType type) => type switch
    {
        SourceType.NewsReport => "News report",
        SourceType.OfficialStatement => "Official statement",
        SourceType.GovernmentDocument => "Government document",
        SourceType.ResearchReport => "Research report",
        SourceType.CourtRecord => "Court record",
        SourceType.TradeData => "Trade data",
        SourceType.SocialMedia => "Social media",
        _ => "Other",
    };

    public static string Label(OrganizationRole role) => role switch
    {
        OrganizationRole.Supplier => "supplier",
        OrganizationRole.Manufacturer => "manufacturer",
        OrganizationRole.Intermediary => "intermediary",
        OrganizationRole.EndUser => "end user",
        _ => "named",
    };
}
