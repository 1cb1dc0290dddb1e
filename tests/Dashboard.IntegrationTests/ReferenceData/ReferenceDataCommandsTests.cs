using Dashboard.Core.Audit;
using Dashboard.Core.Editing;
using Dashboard.Core.Identity;
using Dashboard.Core.Organizations;
using Dashboard.Core.ReferenceData;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.ReferenceData;

public sealed class ReferenceDataCommandsTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private Actor admin = null!;
    private Actor editor = null!;

    private ReferenceDataCommands Commands => database.Get<ReferenceDataCommands>();

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(withDemoReports: false);
        admin = await TestAccounts.AddAsync(database, "admin@example.org", Roles.Admin);
        editor = await TestAccounts.AddAsync(database, "editor@example.org", Roles.Editor);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Merge_KeepsEveryReportLink_AndTheNamesAsAliases()
    {
        var reports = database.Get<ReportCommands>();
        var onlySource = await SaveWithOrganizationsAsync(reports, "Report naming the short name", ("Dalian MT", OrganizationRole.Manufacturer));
        var both = await SaveWithOrganizationsAsync(reports, "Report naming both spellings", ("Dalian MT", OrganizationRole.Named), ("Dalian Machine Tool Group", OrganizationRole.Supplier));
        var onlyTarget = await SaveWithOrganizationsAsync(reports, "Report naming the full name", ("Dalian Machine Tool Group", OrganizationRole.Supplier));
        var (sourceId, targetId) = await IdsAsync("Dalian MT", "Dalian Machine Tool Group");
        var revisionsBefore = await RevisionCountAsync();

        var result = await Commands.MergeOrganizationsAsync(admin, sourceId, targetId);

        Assert.True(result.Succeeded, result.Message);
        await using var db = await database.Factory.CreateDbContextAsync();
        var links = await db.ReportOrganizations.AsNoTracking().ToListAsync();
        Assert.All(links, l => Assert.Equal(targetId, l.OrganizationId));
        Assert.Equal([onlySource, both, onlyTarget], links.Select(l => l.ReportId).Order());
        Assert.Equal(OrganizationRole.Manufacturer, links.Single(l => l.ReportId == onlySource).Role);
        Assert.False(await db.Organizations.AnyAsync(o => o.Id == sourceId));
        Assert.Contains("Dalian MT", await db.OrganizationAliases.Where(a => a.OrganizationId == targetId).Select(a => a.Alias).ToListAsync());
        Assert.Equal(revisionsBefore + 2, await RevisionCountAsync());
        Assert.Single(await db.AuditEntries.Where(a => a.Action == AuditActions.OrganizationsMerged).ToListAsync());
        var reloaded = await database.Get<EditorialQueries>().GetForEditAsync(editor, onlySource);
        Assert.Equal("Dalian Machine Tool Group", reloaded!.Draft.Organizations.Single().Organization!.Name);
    }

    [Fact]
    public async Task Merge_ByAnEditor_IsRefusedAndChangesNothing()
    {
        await SaveWithOrganizationsAsync(database.Get<ReportCommands>(), "Report naming two spellings", ("Org A", OrganizationRole.Named), ("Org B", OrganizationRole.Named));
        var (a, b) = await IdsAsync("Org A", "Org B");

        var result = await Commands.MergeOrganizationsAsync(editor, a, b);

        Assert.False(result.Succeeded);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(2, await db.Organizations.CountAsync());
        Assert.Contains(db.AuditEntries, e => e.Action == AuditActions.AuthorizationFailed && e.UserId == editor.UserId);
    }

    [Fact]
    public async Task SaveOrganization_WithAnAliasOfAnotherOrganization_IsRefused()
    {
        await Commands.SaveOrganizationAsync(admin, new OrganizationInput { Name = "Hikvision", Aliases = ["Hangzhou Hikvision Digital Technology"] });

        var result = await Commands.SaveOrganizationAsync(admin, new OrganizationInput { Name = "Another company", Aliases = ["Hangzhou Hikvision Digital Technology"] });

        Assert.False(result.Succeeded);
        Assert.Contains("already names another organization", result.Errors.For(nameof(OrganizationInput.Aliases)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAidType_WithADefaultCategory_IsOfferedToTheEditor()
    {
        var result = await Commands.SaveAidTypeAsync(admin, new AidTypeInput { Slug = "naval-mines", Name = "Naval mines", DefaultCategory = Dashboard.Core.Reports.SupportCategory.Lethal });

        Assert.True(result.Succeeded, result.Message);
        var offered = await database.Get<EditorialQueries>().AidTypesAsync();
        Assert.Contains(new AidTypeOption("naval-mines", "Naval mines", Dashboard.Core.Reports.SupportCategory.Lethal), offered);
    }

    [Fact]
    public async Task DeleteConflict_InUse_IsRefused()
    {
        await database.Get<ReportCommands>().SaveAsync(editor, new SaveReportRequest(null, TestDrafts.Valid(), null, null));
        await using var db = await database.Factory.CreateDbContextAsync();
        var conflictId = await db.Conflicts.Select(c => c.Id).SingleAsync();

        var result = await Commands.DeleteConflictAsync(admin, conflictId);

        Assert.False(result.Succeeded);
        Assert.True(await db.Conflicts.AnyAsync(c => c.Id == conflictId));
    }

    private async Task<int> SaveWithOrganizationsAsync(ReportCommands reports, string title, params (string Name, OrganizationRole Role)[] organizations)
    {
        var draft = TestDrafts.Valid(title);
        draft.Organizations = organizations.Select(o => new OrganizationDraft { Organization = new ReferenceChoice(null, o.Name), Role = o.Role }).ToList();
        var result = await reports.SaveAsync(editor, new SaveReportRequest(null, draft, null, null));
        Assert.True(result.Succeeded, result.Message);
        return result.ReportId!.Value;
    }

    private async Task<(int, int)> IdsAsync(string first, string second)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return (await db.Organizations.Where(o => o.Name == first).Select(o => o.Id).SingleAsync(), await db.Organizations.Where(o => o.Name == second).Select(o => o.Id).SingleAsync());
    }

    private async Task<int> RevisionCountAsync()
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.ReportRevisions.CountAsync();
    }
}
