using Dashboard.Core.Audit;
using Dashboard.Core.Editing;
using Dashboard.Core.Identity;
using Dashboard.Core.Reports;

namespace Dashboard.IntegrationTests.Editing;

public sealed class ReportHistoryTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private Actor editor = null!;
    private Actor reviewer = null!;

    private ReportCommands Commands => database.Get<ReportCommands>();

    private EditorialQueries Queries => database.Get<EditorialQueries>();

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(withDemoReports: false);
        editor = await TestAccounts.AddAsync(database, "editor@example.org", Roles.Editor);
        reviewer = await TestAccounts.AddAsync(database, "reviewer@example.org", Roles.Editor);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task RestoreRevision_CreatesADraftWithThatRevisionsContent_AsANewRevision()
    {
        var original = TestDrafts.Valid();
        original.Sources.Add(new SourceDraft { Title = "Second source", Publisher = "Publisher Two", Url = "http://example.org/two" });
        var id = (await Commands.SaveAsync(editor, new SaveReportRequest(null, original, null, null, SaveMode.Submit))).ReportId!.Value;
        await Commands.PublishAsync(reviewer, id, null);
        var loaded = await Queries.GetForEditAsync(editor, id);
        loaded!.Draft.Title = "A worse title that replaced the original";
        loaded.Draft.Sources.RemoveAt(1);
        await Commands.SaveAsync(editor, new SaveReportRequest(id, loaded.Draft, loaded.Token, null));
        var history = await Queries.HistoryAsync(editor, id);

        var result = await Commands.RestoreRevisionAsync(editor, id, 1, history!.Token);

        Assert.Equal((CommandStatus.Succeeded, ReportState.Draft), (result.Status, result.State));
        var restored = await Queries.GetForEditAsync(editor, id);
        Assert.Equal(ReportState.Draft, restored!.State);
        Assert.Equal(original.Title, restored.Draft.Title);
        Assert.Equal(["First source", "Second source"], restored.Draft.Sources.Select(s => s.Title));
        var after = await Queries.HistoryAsync(editor, id);
        Assert.Equal(history.Revisions.Count + 1, after!.Revisions.Count);
        Assert.Equal(("restored", "Restored revision 1"), (after.Revisions[0].Action, after.Revisions[0].Note));
    }

    [Fact]
    public async Task Compare_TwoRevisions_ListsTheChangedFields()
    {
        var id = (await Commands.SaveAsync(editor, new SaveReportRequest(null, TestDrafts.Valid(), null, null))).ReportId!.Value;
        var loaded = await Queries.GetForEditAsync(editor, id);
        loaded!.Draft.Latitude = 50.45;
        loaded.Draft.Longitude = 30.52;
        loaded.Draft.Sources[0].Url = "https://example.org/moved";
        await Commands.SaveAsync(editor, new SaveReportRequest(id, loaded.Draft, loaded.Token, null));

        var changes = await Queries.CompareAsync(editor, id, 1, 2);

        Assert.Equal(["Latitude", "Longitude", "Source 1"], changes!.Select(c => c.Label));
        Assert.Equal("50.45", changes![0].After);
    }

    [Fact]
    public async Task History_ForAViewer_IsNotShownAndIsLogged()
    {
        var viewer = await TestAccounts.AddAsync(database, "viewer@example.org", Roles.Viewer);
        var id = (await Commands.SaveAsync(editor, new SaveReportRequest(null, TestDrafts.Valid(), null, null))).ReportId!.Value;

        var history = await Queries.HistoryAsync(viewer, id);

        Assert.Null(history);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Contains(db.AuditEntries, a => a.Action == AuditActions.AuthorizationFailed && a.UserId == viewer.UserId);
    }
}
