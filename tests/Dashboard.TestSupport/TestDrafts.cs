using Dashboard.Core.Editing;
using Dashboard.Core.Reports;

namespace Dashboard.TestSupport;

/// <summary>Report drafts that pass every rule, to change one field at a time in tests.</summary>
public static class TestDrafts
{
    public static ReportDraft Valid(string title = "Test supplier sends drones to Testland") => new()
    {
        Title = title,
        Summary = "A plain summary of a test claim.",
        Conflict = new ReferenceChoice(null, "Test war"),
        SupplierCountryCode = "CN",
        Recipient = new PartyChoice(null, "Testland", null),
        Category = SupportCategory.Lethal,
        AidTypes = ["drones"],
        EvidenceStatus = EvidenceStatus.Reported,
        Confidence = ConfidenceLevel.Medium,
        ReportedDate = new DateOnly(2024, 4, 12),
        ReportedDatePrecision = DatePrecision.Day,
        EventDateFrom = new DateOnly(2024, 3, 1),
        EventDateFromPrecision = DatePrecision.Month,
        Sources =
        [
            new SourceDraft { Title = "First source", Publisher = "Publisher One", Url = "https://example.org/one", Type = SourceType.NewsReport },
        ],
    };
}
