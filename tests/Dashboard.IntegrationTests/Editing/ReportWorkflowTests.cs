using Dashboard.Core.Audit;
using Dashboard.Core.Editing;
using Dashboard.Core.Filtering;
using Dashboard.Core.Identity;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.Editing;

/// <summary>Every workflow step by role and state: what is allowed, what is refused, and that refusals change nothing.</summary>
public sealed class ReportWorkflowTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private Actor author = null!;
    private Actor reviewer = null!;
    private Actor admin = null!;
    private Actor viewer = null!;
    private Actor lockedEditor = null!;

    private ReportCommands Commands => database.Get<ReportCommands>();

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(withDemoReports: false);
        author = await TestAccounts.AddAsync(database, "author@example.org", Roles.Editor);
        reviewer = await TestAccounts.AddAsync(database, "reviewer@example.org", Roles.Editor);
        admin = await TestAccounts.AddAsync(database, "admin@example.org", Roles.Admin);
        viewer = await TestAccounts.AddAsync(database, "viewer@example.org", Roles.Viewer);
        lockedEditor = await TestAccounts.AddAsync(database, "locked@example.org", Roles.Editor, locked: true);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Create_ByAnEditor_StoresADraftWithRevisionOneAndAnAuditEntry()
    {
        var result = await Commands.SaveAsync(author, new SaveReportRequest(null, TestDrafts.Valid(), null, "first version"));

        Assert.Equal(CommandStatus.Succeeded, result.Status);
        Assert.Equal(ReportState.Draft, result.State);
        var report = await LoadAsync(result.ReportId!.Value);
        Assert.Equal(author.UserId, report.CreatedById);
        Assert.Equal(author.UserId, report.UpdatedById);
        await using var db = await database.Factory.CreateDbContextAsync();
        var revision = await db.ReportRevisions.SingleAsync(v => v.ReportId == report.Id);
        Assert.Equal((1, "created", "first version"), (revision.Number, revision.Action, revision.Note));
        Assert.Single(await db.AuditEntries.Where(a => a.Action == AuditActions.ReportCreated && a.ObjectId == report.Id.ToString()).ToListAsync());
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("locked")]
    public async Task Create_ByAViewerOrALockedEditor_IsRefusedLoggedAndStoresNothing(string who)
    {
        var actor = who == "viewer" ? viewer : lockedEditor;

        var result = await Commands.SaveAsync(actor, new SaveReportRequest(null, TestDrafts.Valid(), null, null));

        Assert.Equal(CommandStatus.Forbidden, result.Status);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Reports.CountAsync());
        var logged = await db.AuditEntries.SingleAsync();
        Assert.Equal((AuditActions.AuthorizationFailed, actor.UserId), (logged.Action, logged.UserId));
    }

    [Fact]
    public async Task SaveAndSubmit_ByTheAuthor_PutsTheReportInReview()
    {
        var result = await Commands.SaveAsync(author, new SaveReportRequest(null, TestDrafts.Valid(), null, null, SaveMode.Submit));

        Assert.Equal(ReportState.InReview, result.State);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal("submitted", (await db.ReportRevisions.SingleAsync()).Action);
        Assert.Equal(AuditActions.ReportSubmitted, (await db.AuditEntries.SingleAsync(a => a.Action != AuditActions.ReferenceDataChanged)).Action);
    }

    [Fact]
    public async Task Publish_ByAnotherEditor_Publishes()
    {
        var id = await InReviewAsync(author);

        var result = await Commands.PublishAsync(reviewer, id, null);

        Assert.Equal(CommandStatus.Succeeded, result.Status);
        var report = await LoadAsync(id);
        Assert.Equal(ReportState.Published, report.State);
        Assert.Equal(reviewer.UserId, report.PublishedById);
        Assert.NotNull(await database.Get<ReportQueries>().GetAsync(id));
    }

    [Fact]
    public async Task Publish_ByItsLastAuthor_IsRefusedAndLogged()
    {
        var id = await InReviewAsync(author);

        var result = await Commands.PublishAsync(author, id, null);

        Assert.Equal(CommandStatus.Forbidden, result.Status);
        Assert.Contains("another editor or an admin", result.Message, StringComparison.Ordinal);
        Assert.Equal(ReportState.InReview, (await LoadAsync(id)).State);
        await AssertRefusalLoggedAsync(author, id);
    }

    [Fact]
    public async Task Publish_ByAReviewerWhoEditedIt_IsRefused()
    {
        var id = await InReviewAsync(author);
        var loaded = await database.Get<EditorialQueries>().GetForEditAsync(reviewer, id);
        loaded!.Draft.Summary = "The reviewer rewrote the summary.";
        var saved = await Commands.SaveAsync(reviewer, new SaveReportRequest(id, loaded.Draft, loaded.Token, "tightened the summary"));
        Assert.Equal(ReportState.InReview, saved.State);

        var byReviewer = await Commands.PublishAsync(reviewer, id, null);
        var byAuthor = await Commands.PublishAsync(author, id, null);

        Assert.Equal(CommandStatus.Forbidden, byReviewer.Status);
        Assert.Equal(CommandStatus.Succeeded, byAuthor.Status);
    }

    [Fact]
    public async Task Publish_ByAnAdminOfTheirOwnReport_Publishes()
    {
        var id = await InReviewAsync(admin);

        var result = await Commands.PublishAsync(admin, id, null);

        Assert.Equal(CommandStatus.Succeeded, result.Status);
        Assert.Equal(ReportState.Published, (await LoadAsync(id)).State);
    }

    [Fact]
    public async Task Publish_ByAViewer_ChangesNothingAndIsLogged()
    {
        var id = await InReviewAsync(author);
        var before = await LoadAsync(id);

        var result = await Commands.PublishAsync(viewer, id, null);

        Assert.Equal(CommandStatus.Forbidden, result.Status);
        var after = await LoadAsync(id);
        Assert.Equal((before.State, before.Version), (after.State, after.Version));
        await AssertRefusalLoggedAsync(viewer, id);
    }

    [Fact]
    public async Task Publish_OfADraft_IsNotAllowed()
    {
        var id = (await Commands.SaveAsync(author, new SaveReportRequest(null, TestDrafts.Valid(), null, null))).ReportId!.Value;

        var result = await Commands.PublishAsync(reviewer, id, null);

        Assert.Equal(CommandStatus.NotAllowed, result.Status);
        Assert.Equal(ReportState.Draft, (await LoadAsync(id)).State);
    }

    [Fact]
    public async Task ReturnToDraft_WithAComment_GoesBackToTheAuthorWithIt()
    {
        var id = await InReviewAsync(author);

        var result = await Commands.ReturnToDraftAsync(reviewer, id, null, "Add a second source, please.");

        Assert.Equal(CommandStatus.Succeeded, result.Status);
        var report = await LoadAsync(id);
        Assert.Equal((ReportState.Draft, "Add a second source, please."), (report.State, report.ReviewComment));
    }

    [Fact]
    public async Task ReturnToDraft_WithoutAComment_IsRefusedNamingTheField()
    {
        var id = await InReviewAsync(author);

        var result = await Commands.ReturnToDraftAsync(reviewer, id, null, "  ");

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Equal("Comment to the author is required", result.Errors.For("Comment"));
        Assert.Equal(ReportState.InReview, (await LoadAsync(id)).State);
    }

    [Fact]
    public async Task ReturnToDraft_OfAPublishedReport_IsNotAllowed()
    {
        var id = await PublishedAsync();

        var result = await Commands.ReturnToDraftAsync(reviewer, id, null, "Why?");

        Assert.Equal(CommandStatus.NotAllowed, result.Status);
    }

    [Fact]
    public async Task Retract_WithAReason_KeepsTheReportVisibleWithTheNoticeButOutOfTheFigures()
    {
        var id = await PublishedAsync();

        var result = await Commands.RetractAsync(reviewer, id, null, "The photographs were shown to be from another war.");

        Assert.Equal(CommandStatus.Succeeded, result.Status);
        var details = await database.Get<ReportQueries>().GetAsync(id);
        Assert.Equal(ReportState.Retracted, details!.State);
        Assert.Equal("The photographs were shown to be from another war.", details.RetractionReason);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.False(await db.Published().AnyAsync(r => r.Id == id));
    }

    [Fact]
    public async Task Retract_WithoutAReason_IsRefused()
    {
        var id = await PublishedAsync();

        var result = await Commands.RetractAsync(reviewer, id, null, "");

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Equal("Public reason is required", result.Errors.For("Reason"));
        Assert.Equal(ReportState.Published, (await LoadAsync(id)).State);
    }

    [Fact]
    public async Task Retract_OfADraft_IsNotAllowed()
    {
        var id = (await Commands.SaveAsync(author, new SaveReportRequest(null, TestDrafts.Valid(), null, null))).ReportId!.Value;

        var result = await Commands.RetractAsync(reviewer, id, null, "No.");

        Assert.Equal(CommandStatus.NotAllowed, result.Status);
    }

    [Fact]
    public async Task Edit_OfARetractedReport_IsNotAllowed()
    {
        var id = await PublishedAsync();
        await Commands.RetractAsync(reviewer, id, null, "Wrong.");
        var loaded = await database.Get<EditorialQueries>().GetForEditAsync(author, id);
        loaded!.Draft.Title = "Trying to rewrite history";

        var result = await Commands.SaveAsync(author, new SaveReportRequest(id, loaded.Draft, loaded.Token, null));

        Assert.Equal(CommandStatus.NotAllowed, result.Status);
    }

    [Fact]
    public async Task Delete_OfTheAuthorsDraft_SoftDeletes_AndAnAdminCanRestoreIt()
    {
        var id = (await Commands.SaveAsync(author, new SaveReportRequest(null, TestDrafts.Valid(), null, null))).ReportId!.Value;

        var deleted = await Commands.DeleteAsync(author, id, null);
        var byEditor = await Commands.RestoreDeletedAsync(reviewer, id);
        var deletedState = await LoadAsync(id);
        var restored = await Commands.RestoreDeletedAsync(admin, id);

        Assert.Equal(CommandStatus.Succeeded, deleted.Status);
        Assert.True(deletedState.IsDeleted);
        Assert.Equal(CommandStatus.Forbidden, byEditor.Status);
        Assert.Equal(CommandStatus.Succeeded, restored.Status);
        Assert.False((await LoadAsync(id)).IsDeleted);
    }

    [Fact]
    public async Task Delete_OfAnotherEditorsDraft_IsRefused_ButAnAdminMay()
    {
        var id = (await Commands.SaveAsync(author, new SaveReportRequest(null, TestDrafts.Valid(), null, null))).ReportId!.Value;

        var byOther = await Commands.DeleteAsync(reviewer, id, null);
        var byAdmin = await Commands.DeleteAsync(admin, id, null);

        Assert.Equal(CommandStatus.Forbidden, byOther.Status);
        Assert.Equal(CommandStatus.Succeeded, byAdmin.Status);
    }

    [Theory]
    [InlineData(ReportState.InReview)]
    [InlineData(ReportState.Published)]
    public async Task Delete_OfAReportThatIsNotADraft_IsNotAllowed(ReportState state)
    {
        var id = state == ReportState.InReview ? await InReviewAsync(author) : await PublishedAsync();

        var result = await Commands.DeleteAsync(admin, id, null);

        Assert.Equal(CommandStatus.NotAllowed, result.Status);
        Assert.False((await LoadAsync(id)).IsDeleted);
    }

    [Fact]
    public async Task Submit_OfAPublishedReport_IsNotAllowed()
    {
        var id = await PublishedAsync();

        var result = await Commands.SubmitAsync(author, id, null);

        Assert.Equal(CommandStatus.NotAllowed, result.Status);
    }

    [Fact]
    public async Task Edit_OfAPublishedReport_StaysPublishedWithANewRevision()
    {
        var id = await PublishedAsync();
        var loaded = await database.Get<EditorialQueries>().GetForEditAsync(author, id);
        loaded!.Draft.Items = "Shahed-136 airframes";

        var result = await Commands.SaveAsync(author, new SaveReportRequest(id, loaded.Draft, loaded.Token, "added the items"));

        Assert.Equal((CommandStatus.Succeeded, ReportState.Published), (result.Status, result.State));
        Assert.Equal(loaded.Token.Revision + 1, result.RevisionNumber);
    }

    [Fact]
    public async Task BulkSubmit_SubmitsTheDrafts_AndReportsTheOthers()
    {
        var draft1 = (await Commands.SaveAsync(author, new SaveReportRequest(null, TestDrafts.Valid("First draft for bulk submission"), null, null))).ReportId!.Value;
        var draft2 = (await Commands.SaveAsync(author, new SaveReportRequest(null, TestDrafts.Valid("Second draft for bulk submission"), null, null))).ReportId!.Value;
        var published = await PublishedAsync();

        var result = await Commands.SubmitManyAsync(author, [draft1, draft2, published]);

        Assert.Equal([draft1, draft2], result.Succeeded);
        Assert.Equal(published, Assert.Single(result.Failed).ReportId);
        Assert.Equal(ReportState.InReview, (await LoadAsync(draft1)).State);
    }

    [Fact]
    public async Task BulkReturnToDraft_ByAViewer_ChangesNothing()
    {
        var id = await InReviewAsync(author);

        var result = await Commands.ReturnManyToDraftAsync(viewer, [id], "no");

        Assert.Empty(result.Succeeded);
        Assert.Equal(ReportState.InReview, (await LoadAsync(id)).State);
    }

    private async Task<int> InReviewAsync(Actor by)
    {
        var result = await Commands.SaveAsync(by, new SaveReportRequest(null, TestDrafts.Valid(), null, null, SaveMode.Submit));
        Assert.Equal(CommandStatus.Succeeded, result.Status);
        return result.ReportId!.Value;
    }

    private async Task<int> PublishedAsync()
    {
        var id = await InReviewAsync(author);
        Assert.Equal(CommandStatus.Succeeded, (await Commands.PublishAsync(reviewer, id, null)).Status);
        return id;
    }

    private async Task<Report> LoadAsync(int id)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.Reports.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    private async Task AssertRefusalLoggedAsync(Actor who, int id)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Contains(
            await db.AuditEntries.Where(a => a.Action == AuditActions.AuthorizationFailed).ToListAsync(),
            a => a.UserId == who.UserId && a.ObjectId == id.ToString());
    }
}
