using Dashboard.Core.Audit;
using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Dashboard.Core.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.Sharing;

public sealed class ShareLinkServiceTests(SharingApp app) : IClassFixture<SharingApp>
{
    [Theory]
    [InlineData(null, null, 30, "title", "Title is required")]
    [InlineData("   ", null, 30, "title", "Title is required")]
    [InlineData("A title", null, 14, "expiry", "Expiry is required and must be one of 7, 30, 90 or 365 days")]
    [InlineData("A title", null, 0, "expiry", "Expiry is required")]
    public async Task BadRequest_IsRefusedNamingTheField_AndStoresNothing(string? title, string? note, int expiry, string field, string message)
    {
        var before = await CountAsync();

        var result = await app.Links.CreateAsync(new ShareLinkRequest(title, note, expiry, ShareLinkMode.Live, ReportFilter.Empty), await app.ActorAsync());

        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Null(result.Token);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task TooLongTitleAndNote_AreRefusedWithTheirLengths()
    {
        var result = await app.Links.CreateAsync(
            new ShareLinkRequest(new string('t', 201), new string('n', 1001), 7, ShareLinkMode.Live, ReportFilter.Empty),
            await app.ActorAsync());

        Assert.Equal(["title", "note"], result.Errors.Select(e => e.Field));
        Assert.Equal("Title is 201 characters long; at most 200 are allowed.", result.Errors[0].Message);
        Assert.Equal("Note is 1001 characters long; at most 1000 are allowed.", result.Errors[1].Message);
    }

    [Fact]
    public async Task SomeoneWhoIsNotStaff_CannotShare()
    {
        var result = await app.Links.CreateAsync(new ShareLinkRequest("Title", null, 7, ShareLinkMode.Live, ReportFilter.Empty), new Actor("no-such-user", "Nobody"));

        Assert.Equal("user", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task ManyLinks_NeverShareAToken()
    {
        var created = new List<ShareLinkCreation>();
        for (var i = 0; i < 300; i++)
        {
            created.Add(await app.CreateLinkAsync("?supplier=BY", title: $"Link {i}"));
        }

        await using var db = await app.Db.CreateDbContextAsync();
        var ids = created.Select(c => c.LinkId!.Value).ToList();
        var hashes = await db.ShareLinks.Where(l => ids.Contains(l.Id)).Select(l => l.TokenHash).ToListAsync();
        Assert.Equal(300, created.Select(c => c.Token).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(300, hashes.Select(Convert.ToHexString).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Creation_FreezesTheFilter_AndInSnapshotModeEachReportsPublishedRevision_AndIsAudited()
    {
        var created = await app.CreateLinkAsync("?supplier=IR&category=lethal", ShareLinkMode.Snapshot, title: "Iran lethal", note: "For partners");

        await using var db = await app.Db.CreateDbContextAsync();
        var link = await db.ShareLinks.AsNoTracking().Include(l => l.Reports).SingleAsync(l => l.Id == created.LinkId);
        var expected = await db.Reports.Where(r => r.SupplierCountryCode == "IR" && r.Category == SupportCategory.Lethal && r.State == ReportState.Published)
            .Select(r => new { r.Id, Revision = db.ReportRevisions.Where(v => v.ReportId == r.Id).Max(v => v.Id) })
            .ToListAsync();
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditActions.ShareLinkCreated && a.ObjectId == link.Id.ToString());
        Assert.Equal("?supplier=IR&category=lethal", link.FilterQuery);
        Assert.Equal("Demo Viewer", link.CreatedByName);
        Assert.Equal(link.CreatedAt.AddDays(30), link.ExpiresAt);
        Assert.Equal(expected.OrderBy(e => e.Id).Select(e => (e.Id, e.Revision)), link.Reports.OrderBy(r => r.ReportId).Select(r => (r.ReportId, r.RevisionId)));
        Assert.Equal(created.SnapshotReports, link.Reports.Count);
        Assert.Contains("Iran lethal", audit.Summary, StringComparison.Ordinal);
        Assert.Equal("Demo Viewer", audit.UserName);
    }

    [Fact]
    public async Task Revocation_ByItsCreatorOrAnAdmin_NeverByAnotherUser()
    {
        var editors = await app.CreateLinkAsync("?supplier=CZ", email: "editor@example.org");
        var viewers = await app.CreateLinkAsync("?supplier=CZ", email: "viewer@example.org");

        var byViewer = await app.Links.RevokeAsync(editors.LinkId!.Value, await app.ActorAsync("viewer@example.org"));
        var byReviewer = await app.Links.RevokeAsync(viewers.LinkId!.Value, await app.ActorAsync("reviewer@example.org"));
        var byCreator = await app.Links.RevokeAsync(viewers.LinkId!.Value, await app.ActorAsync("viewer@example.org"));
        var byAdmin = await app.Links.RevokeAsync(editors.LinkId!.Value, await app.ActorAsync("admin@example.org"));
        var again = await app.Links.RevokeAsync(editors.LinkId!.Value, await app.ActorAsync("admin@example.org"));

        Assert.Equal(
            [ShareLinkRevocation.NotFound, ShareLinkRevocation.NotFound, ShareLinkRevocation.Revoked, ShareLinkRevocation.Revoked, ShareLinkRevocation.AlreadyRevoked],
            [byViewer, byReviewer, byCreator, byAdmin, again]);
    }

    [Fact]
    public async Task Lists_ShowUsersTheirOwnLinks_AndAdminsEveryone()
    {
        var mine = await app.CreateLinkAsync("?supplier=DK", title: "The reviewer's link", email: "reviewer@example.org");
        var theirs = await app.CreateLinkAsync("?supplier=DK", title: "The editor's link", email: "editor@example.org");
        await app.Links.RevokeAsync(theirs.LinkId!.Value, await app.ActorAsync("editor@example.org"));

        var reviewers = await app.Links.ListAsync(await app.ActorAsync("reviewer@example.org"), ShareLinkScope.Mine, pageSize: 200);
        var admins = await app.Links.ListAsync(await app.ActorAsync("admin@example.org"), ShareLinkScope.All, pageSize: 200);

        Assert.All(reviewers.Items, l => Assert.Equal("Demo Reviewer", l.CreatedByName));
        Assert.Contains(reviewers.Items, l => l.Id == mine.LinkId && l.Status == ShareLinkStatus.Active);
        Assert.Contains(admins.Items, l => l.Id == theirs.LinkId && l.Status == ShareLinkStatus.Revoked && l.CreatedByName == "Demo Editor");
        await Assert.ThrowsAsync<UnauthorizedAccessException>(async () => await app.Links.ListAsync(await app.ActorAsync("editor@example.org"), ShareLinkScope.All));
    }

    private async Task<int> CountAsync()
    {
        await using var db = await app.Db.CreateDbContextAsync();
        return await db.ShareLinks.CountAsync();
    }
}
