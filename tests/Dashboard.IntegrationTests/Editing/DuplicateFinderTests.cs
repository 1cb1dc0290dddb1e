using Dashboard.Core.Audit;
using Dashboard.Core.Editing;
using Dashboard.Core.Identity;

namespace Dashboard.IntegrationTests.Editing;

public sealed class DuplicateFinderTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private Actor editor = null!;

    private ReportCommands Commands => database.Get<ReportCommands>();

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(withDemoReports: false);
        editor = await TestAccounts.AddAsync(database, "editor@example.org", Roles.Editor);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Save_NextToTheSameFlowWithin60Days_WarnsAndLinksIt()
    {
        var planted = await SaveAsync(TestDrafts.Valid("Chinese drones reach Testland's army"));
        var draft = TestDrafts.Valid("Testland receives unmanned aircraft from Beijing");
        draft.EventDateFrom = new DateOnly(2024, 4, 20);
        draft.EventDateFromPrecision = Dashboard.Core.Reports.DatePrecision.Day;

        var result = await Commands.SaveAsync(editor, new SaveReportRequest(null, draft, null, null));

        var duplicate = Assert.Single(result.Duplicates);
        Assert.Equal(planted, duplicate.Id);
        Assert.Contains("same supplier, recipient and aid type", duplicate.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WithAVerySimilarTitle_Warns()
    {
        var planted = await SaveAsync(TestDrafts.Valid("Iran supplies Shahed-136 drones to Russia"));
        var draft = TestDrafts.Valid("Iran supplied Shahed 136 drones to Russia");
        draft.SupplierCountryCode = "IR";
        draft.AidTypes = ["missiles"];
        draft.EventDateFrom = new DateOnly(2022, 9, 1);

        var result = await Commands.SaveAsync(editor, new SaveReportRequest(null, draft, null, null));

        var duplicate = Assert.Single(result.Duplicates);
        Assert.Equal((planted, "very similar title"), (duplicate.Id, duplicate.Reason));
    }

    [Fact]
    public async Task Save_OfAnUnrelatedReport_StaysQuiet()
    {
        await SaveAsync(TestDrafts.Valid("Chinese drones reach Testland's army"));
        var draft = TestDrafts.Valid("North Korean artillery shells arrive by rail");
        draft.SupplierCountryCode = "KP";
        draft.AidTypes = ["artillery-ammunition"];

        var result = await Commands.SaveAsync(editor, new SaveReportRequest(null, draft, null, null));

        Assert.Empty(result.Duplicates);
    }

    [Fact]
    public async Task Save_OfTheSameFlowMonthsApart_StaysQuiet()
    {
        await SaveAsync(TestDrafts.Valid("Chinese drones reach Testland's army"));
        var draft = TestDrafts.Valid("A later batch of quadcopters for the Testland forces");
        draft.EventDateFrom = new DateOnly(2024, 9, 1);

        var result = await Commands.SaveAsync(editor, new SaveReportRequest(null, draft, null, null));

        Assert.Empty(result.Duplicates);
    }

    private async Task<int> SaveAsync(ReportDraft draft) =>
        (await Commands.SaveAsync(editor, new SaveReportRequest(null, draft, null, null))).ReportId!.Value;
}
