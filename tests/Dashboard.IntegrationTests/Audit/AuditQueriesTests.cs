using Dashboard.Core.Audit;
using Dashboard.Core.Editing;
using Dashboard.Core.Identity;

namespace Dashboard.IntegrationTests.Audit;

public sealed class AuditQueriesTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private Actor admin = null!;
    private Actor editor = null!;

    private AuditQueries Queries => database.Get<AuditQueries>();

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(withDemoReports: false);
        admin = await TestAccounts.AddAsync(database, "admin@example.org", Roles.Admin);
        editor = await TestAccounts.AddAsync(database, "editor@example.org", Roles.Editor);
        var commands = database.Get<ReportCommands>();
        for (var i = 1; i <= 3; i++)
        {
            await commands.SaveAsync(editor, new SaveReportRequest(null, TestDrafts.Valid($"Audit test report number {i}"), null, null));
        }
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task List_ByActionUserAndObject_ReturnsOnlyMatchingEntries()
    {
        var byAction = await Queries.ListAsync(admin, new AuditQuery(Action: AuditActions.ReportCreated));
        var byUser = await Queries.ListAsync(admin, new AuditQuery(User: "editor", Action: AuditActions.ReportCreated));
        var firstId = byAction!.Items[^1].ObjectId;
        var byObject = await Queries.ListAsync(admin, new AuditQuery(ObjectType: "Report", ObjectId: firstId));

        Assert.Equal(3, byAction.TotalCount);
        Assert.Equal(3, byUser!.TotalCount);
        Assert.All(byObject!.Items, e => Assert.Equal(firstId, e.ObjectId));
        Assert.Contains(byObject.Items, e => e.Action == AuditActions.ReportCreated);
    }

    [Fact]
    public async Task List_ByDate_IncludesTodayAndExcludesYesterday()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var fromToday = await Queries.ListAsync(admin, new AuditQuery(From: today, To: today));
        var untilYesterday = await Queries.ListAsync(admin, new AuditQuery(To: today.AddDays(-1)));

        Assert.True(fromToday!.TotalCount >= 3);
        Assert.Equal(0, untilYesterday!.TotalCount);
    }

    [Fact]
    public async Task List_PagesOnTheServer_NewestFirst()
    {
        var first = await Queries.ListAsync(admin, new AuditQuery(Action: AuditActions.ReportCreated, Page: 1, PageSize: 2));
        var second = await Queries.ListAsync(admin, new AuditQuery(Action: AuditActions.ReportCreated, Page: 2, PageSize: 2));

        Assert.Equal(2, first!.Items.Count);
        Assert.Single(second!.Items);
        Assert.True(first.Items[0].Id > first.Items[1].Id && first.Items[1].Id > second.Items[0].Id);
    }

    [Fact]
    public async Task List_ForAnEditor_IsRefusedAndLogged()
    {
        var result = await Queries.ListAsync(editor, new AuditQuery());

        Assert.Null(result);
        var failures = await Queries.ListAsync(admin, new AuditQuery(Action: AuditActions.AuthorizationFailed));
        Assert.Equal(editor.UserId, Assert.Single(failures!.Items).UserId);
    }
}
