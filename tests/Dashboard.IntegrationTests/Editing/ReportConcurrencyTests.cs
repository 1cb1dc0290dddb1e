using Dashboard.Core.Audit;
using Dashboard.Core.Editing;
using Dashboard.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.Editing;

/// <summary>Two people edit the same report: never a silent overwrite, nothing of either is lost.</summary>
public sealed class ReportConcurrencyTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private Actor editor = null!;
    private Actor reviewer = null!;
    private int reportId;

    private ReportCommands Commands => database.Get<ReportCommands>();

    private EditorialQueries Queries => database.Get<EditorialQueries>();

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(withDemoReports: false);
        editor = await TestAccounts.AddAsync(database, "editor@example.org", Roles.Editor);
        reviewer = await TestAccounts.AddAsync(database, "reviewer@example.org", Roles.Editor);
        reportId = (await Commands.SaveAsync(editor, new SaveReportRequest(null, TestDrafts.Valid(), null, null))).ReportId!.Value;
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task SecondSave_OfTheSameLoadedVersion_IsRefusedWithWhatTheOtherChanged_AndKeepsItsInput()
    {
        var first = await Queries.GetForEditAsync(editor, reportId);
        var second = await Queries.GetForEditAsync(reviewer, reportId);
        first!.Draft.Title = "The editor's better title";
        second!.Draft.Summary = "The reviewer's better summary.";

        var firstSave = await Commands.SaveAsync(editor, new SaveReportRequest(reportId, first.Draft, first.Token, null));
        var secondSave = await Commands.SaveAsync(reviewer, new SaveReportRequest(reportId, second.Draft, second.Token, null));

        Assert.Equal(CommandStatus.Succeeded, firstSave.Status);
        Assert.Equal(CommandStatus.Conflict, secondSave.Status);
        var conflict = secondSave.Conflict!;
        var change = Assert.Single(conflict.TheirChanges);
        Assert.Equal(("Title", TestDrafts.Valid().Title, "The editor's better title"), (change.Field, change.Before, change.After));
        Assert.Equal(["editor"], conflict.ChangedBy);
        Assert.Equal("The reviewer's better summary.", second.Draft.Summary);
        Assert.Equal("The editor's better title", conflict.Current.Title);
        var stored = await Queries.GetForEditAsync(editor, reportId);
        Assert.Equal(("The editor's better title", "A plain summary of a test claim."), (stored!.Draft.Title, stored.Draft.Summary));
    }

    [Fact]
    public async Task TwoSavesAtOnce_ExactlyOneSucceeds_AndTheOtherGetsTheConflict()
    {
        var first = await Queries.GetForEditAsync(editor, reportId);
        var second = await Queries.GetForEditAsync(reviewer, reportId);
        first!.Draft.Title = "Saved by the editor at the same moment";
        second!.Draft.Title = "Saved by the reviewer at the same moment";

        var results = await Task.WhenAll(
            Task.Run(() => Commands.SaveAsync(editor, new SaveReportRequest(reportId, first.Draft, first.Token, null))),
            Task.Run(() => Commands.SaveAsync(reviewer, new SaveReportRequest(reportId, second.Draft, second.Token, null))));

        Assert.Single(results, r => r.Status == CommandStatus.Succeeded);
        Assert.Single(results, r => r.Status == CommandStatus.Conflict);
        var winner = results[0].Succeeded ? first.Draft.Title : second.Draft.Title;
        var stored = await Queries.GetForEditAsync(editor, reportId);
        Assert.Equal(winner, stored!.Draft.Title);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(2, await db.ReportRevisions.CountAsync(v => v.ReportId == reportId));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ReportEdited));
    }

    [Fact]
    public async Task MergeByHand_WithTheirTokenAndMyInput_Saves()
    {
        var first = await Queries.GetForEditAsync(editor, reportId);
        var second = await Queries.GetForEditAsync(reviewer, reportId);
        first!.Draft.Title = "The editor's better title";
        second!.Draft.Summary = "The reviewer's better summary.";
        await Commands.SaveAsync(editor, new SaveReportRequest(reportId, first.Draft, first.Token, null));
        var refused = await Commands.SaveAsync(reviewer, new SaveReportRequest(reportId, second.Draft, second.Token, null));

        second.Draft.CopyField(nameof(ReportDraft.Title), refused.Conflict!.Current);
        var merged = await Commands.SaveAsync(reviewer, new SaveReportRequest(reportId, second.Draft, new EditToken(refused.Conflict.CurrentVersion, refused.Conflict.CurrentRevisionNumber), "merged by hand"));

        Assert.Equal(CommandStatus.Succeeded, merged.Status);
        var stored = await Queries.GetForEditAsync(editor, reportId);
        Assert.Equal(("The editor's better title", "The reviewer's better summary."), (stored!.Draft.Title, stored.Draft.Summary));
    }

    [Fact]
    public async Task Publish_OfAVersionThatChangedSinceItWasLoaded_IsAConflict()
    {
        await Commands.SubmitAsync(editor, reportId, null);
        var seenByReviewer = await Queries.GetForEditAsync(reviewer, reportId);
        var editorsView = await Queries.GetForEditAsync(editor, reportId);
        editorsView!.Draft.Summary = "Changed after the reviewer read it.";
        await Commands.SaveAsync(editor, new SaveReportRequest(reportId, editorsView.Draft, editorsView.Token, null));

        var result = await Commands.PublishAsync(reviewer, reportId, seenByReviewer!.Token);

        Assert.Equal(CommandStatus.Conflict, result.Status);
        Assert.Contains(result.Conflict!.TheirChanges, c => c.Field == nameof(ReportDraft.Summary));
    }
}
