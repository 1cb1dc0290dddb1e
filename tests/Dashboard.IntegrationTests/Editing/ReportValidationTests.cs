using Dashboard.Core.Audit;
using Dashboard.Core.Editing;
using Dashboard.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.Editing;

/// <summary>Each rule of the editor: the server refuses the bad value, names the field, and stores nothing.</summary>
public sealed class ReportValidationTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private Actor editor = null!;

    public static TheoryData<string, string, string> BrokenDrafts { get; } = new()
    {
        { "title-short", nameof(ReportDraft.Title), "Title must be between 5 and 200 characters long (it has 3)" },
        { "title-long", nameof(ReportDraft.Title), "Title must be between 5 and 200 characters long (it has 201)" },
        { "summary-empty", nameof(ReportDraft.Summary), "Summary is required" },
        { "summary-long", nameof(ReportDraft.Summary), "Summary must be at most 4000 characters long (it has 4001)" },
        { "event-range", nameof(ReportDraft.EventDateTo), "Event end date 2024-02-29 is before the start date 2024-03-01" },
        { "reported-future", nameof(ReportDraft.ReportedDate), "is in the future" },
        { "reported-missing", nameof(ReportDraft.ReportedDate), "Reported date is required" },
        { "latitude-high", nameof(ReportDraft.Latitude), "Latitude must be between -90 and 90" },
        { "latitude-low", nameof(ReportDraft.Latitude), "Latitude must be between -90 and 90" },
        { "longitude-high", nameof(ReportDraft.Longitude), "Longitude must be between -180 and 180" },
        { "longitude-low", nameof(ReportDraft.Longitude), "Longitude must be between -180 and 180" },
        { "quantity-negative", nameof(ReportDraft.Quantity), "Quantity must not be negative" },
        { "value-negative", nameof(ReportDraft.ValueUsd), "Value (US$) must not be negative" },
        { "no-sources", nameof(ReportDraft.Sources), "Sources: add at least one source" },
        { "source-title", "Sources[0].Title", "Source 1 title is required" },
        { "source-publisher", "Sources[0].Publisher", "Source 1 publisher is required" },
        { "source-javascript", "Sources[0].Url", "Source 1 address 'javascript:alert(1)' is not an http or https address" },
        { "source-ftp", "Sources[0].Url", "Source 1 address 'ftp://example.org/file' is not an http or https address" },
        { "no-aid-type", nameof(ReportDraft.AidTypes), "Aid types: choose at least one" },
        { "unknown-aid-type", nameof(ReportDraft.AidTypes), "Aid types: 'space-lasers' is not in the list" },
        { "no-conflict", nameof(ReportDraft.Conflict), "Conflict is required" },
        { "bad-supplier", nameof(ReportDraft.SupplierCountryCode), "Supplier country 'XX' is not an ISO 3166-1 country code" },
        { "response-javascript", nameof(ReportDraft.ResponseSource), "Response source 'javascript:alert(1)' is not an http or https address" },
    };

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(withDemoReports: false);
        editor = await TestAccounts.AddAsync(database, "editor@example.org", Roles.Editor);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Theory]
    [MemberData(nameof(BrokenDrafts))]
    public async Task Save_WithABrokenRule_IsRefusedNamingTheField_AndStoresNothing(string rule, string field, string message)
    {
        var draft = Break(TestDrafts.Valid(), rule);
        var typedTitle = draft.Title;

        var result = await database.Get<ReportCommands>().SaveAsync(editor, new SaveReportRequest(null, draft, null, null));

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.True(result.Errors.Has(field), $"Expected a message on {field}; got: {string.Join(" | ", result.Errors.All)}");
        Assert.Contains(message, result.Errors.For(field), StringComparison.Ordinal);
        Assert.Equal(typedTitle, draft.Title);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Reports.CountAsync());
        Assert.Equal(0, await db.ReportRevisions.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
        Assert.Equal(0, await db.Conflicts.CountAsync());
    }

    [Fact]
    public async Task Save_OfAnExistingReport_WithABrokenRule_KeepsTheStoredReport()
    {
        var commands = database.Get<ReportCommands>();
        var created = await commands.SaveAsync(editor, new SaveReportRequest(null, TestDrafts.Valid(), null, null));
        var loaded = await database.Get<EditorialQueries>().GetForEditAsync(editor, created.ReportId!.Value);
        loaded!.Draft.Title = "Abc";

        var result = await commands.SaveAsync(editor, new SaveReportRequest(loaded.Id, loaded.Draft, loaded.Token, null));

        Assert.Equal(CommandStatus.Invalid, result.Status);
        var again = await database.Get<EditorialQueries>().GetForEditAsync(editor, loaded.Id);
        Assert.Equal(TestDrafts.Valid().Title, again!.Draft.Title);
        Assert.Equal(loaded.Token, again.Token);
    }

    [Fact]
    public void Validate_ADateKnownToTheMonth_IsInRangeWithADayOfThatMonth()
    {
        var draft = TestDrafts.Valid();
        draft.EventDateFrom = new DateOnly(2024, 3, 20);
        draft.EventDateFromPrecision = Dashboard.Core.Reports.DatePrecision.Month;
        draft.EventDateTo = new DateOnly(2024, 3, 5);
        draft.EventDateToPrecision = Dashboard.Core.Reports.DatePrecision.Day;

        var errors = ReportValidator.Validate(draft, new DateOnly(2025, 1, 1));

        Assert.True(errors.IsValid, string.Join(" | ", errors.All));
    }

    private static ReportDraft Break(ReportDraft draft, string rule)
    {
        switch (rule)
        {
            case "title-short": draft.Title = "Abc"; break;
            case "title-long": draft.Title = new string('t', 201); break;
            case "summary-empty": draft.Summary = "  "; break;
            case "summary-long": draft.Summary = new string('s', 4001); break;
            case "event-range":
                draft.EventDateFrom = new DateOnly(2024, 3, 1);
                draft.EventDateFromPrecision = Dashboard.Core.Reports.DatePrecision.Day;
                draft.EventDateTo = new DateOnly(2024, 2, 29);
                break;
            case "reported-future": draft.ReportedDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3); break;
            case "reported-missing": draft.ReportedDate = null; break;
            case "latitude-high": (draft.Latitude, draft.Longitude) = (90.5, 10); break;
            case "latitude-low": (draft.Latitude, draft.Longitude) = (-91, 10); break;
            case "longitude-high": (draft.Latitude, draft.Longitude) = (10, 180.1); break;
            case "longitude-low": (draft.Latitude, draft.Longitude) = (10, -181); break;
            case "quantity-negative": draft.Quantity = -1; break;
            case "value-negative": draft.ValueUsd = -5; break;
            case "no-sources": draft.Sources.Clear(); break;
            case "source-title": draft.Sources[0].Title = ""; break;
            case "source-publisher": draft.Sources[0].Publisher = " "; break;
            case "source-javascript": draft.Sources[0].Url = "javascript:alert(1)"; break;
            case "source-ftp": draft.Sources[0].Url = "ftp://example.org/file"; break;
            case "no-aid-type": draft.AidTypes.Clear(); break;
            case "unknown-aid-type": draft.AidTypes = ["space-lasers"]; break;
            case "no-conflict": draft.Conflict = null; break;
            case "bad-supplier": draft.SupplierCountryCode = "XX"; break;
            case "response-javascript": (draft.ResponseText, draft.ResponseSource) = ("We deny it.", "javascript:alert(1)"); break;
            default: throw new ArgumentOutOfRangeException(nameof(rule), rule, "unknown rule");
        }

        return draft;
    }
}
