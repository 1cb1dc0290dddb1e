using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.Data;

/// <summary>The full-text index follows every save of what it indexes, in the same transaction.</summary>
public sealed class ReportSearchIndexTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task EditedTitle_IsFoundByItsNewWords_AndNoLongerByTheOld()
    {
        int id;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var report = await db.Reports.SingleAsync(r => r.Title.Contains("nitrocellulose"));
            id = report.Id;
            report.Title = "Zyxwvut propellant deliveries";
            report.Summary = "Rewritten without the old word.";
            report.Items = null;
            await db.SaveChangesAsync();
        }

        Assert.Contains(id, await IdsAsync("zyxwvut"));
        Assert.DoesNotContain(id, await IdsAsync("nitrocellulose"));
    }

    [Fact]
    public async Task AddedSource_IsFoundByItsTitle()
    {
        int id;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var report = await db.Reports.Include(r => r.Sources).OrderBy(r => r.Id).FirstAsync();
            id = report.Id;
            report.Sources.Add(new Source { Position = report.Sources.Count, Title = "Qwertyuiop investigation", Publisher = "Test" });
            await db.SaveChangesAsync();
        }

        Assert.Equal([id], await IdsAsync("qwertyuiop"));
    }

    [Fact]
    public async Task RenamedOrganization_IsFoundUnderItsNewName()
    {
        List<int> linked;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var organization = await db.Organizations.SingleAsync(o => o.Name == "MBDA");
            linked = await db.ReportOrganizations.Where(o => o.OrganizationId == organization.Id).Select(o => o.ReportId).OrderBy(i => i).ToListAsync();
            organization.Name = "Asdfghjkl Missile Systems";
            await db.SaveChangesAsync();
        }

        Assert.Equal(linked, (await IdsAsync("asdfghjkl")).Order());
    }

    [Fact]
    public async Task PrefixesOfWords_Match_AndPunctuationIsIgnored()
    {
        var full = await IdsAsync("nitrocellulose");

        Assert.NotEmpty(full);
        Assert.Equal(full, await IdsAsync("nitrocell"));
        Assert.Equal(full, await IdsAsync("\"nitrocellulose\" * ( ) -"));
    }

    [Fact]
    public async Task FailedSave_LeavesTheIndexAsItWas()
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var first = await db.Reports.OrderBy(r => r.Id).FirstAsync();
        var second = await db.Reports.OrderBy(r => r.Id).Skip(1).FirstAsync();
        first.Title = "Mnbvcxz title that must not be indexed";
        second.ExternalId = first.ExternalId; // breaks the unique index: the save fails as a whole

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Empty(await IdsAsync("mnbvcxz"));
    }

    private async Task<List<int>> IdsAsync(string text)
    {
        var page = await database.Get<ReportQueries>().ListAsync(new ReportFilter { Text = text }, new ReportPageRequest(1, ReportPageRequest.MaxPageSize));
        return page.Items.Select(i => i.Id).ToList();
    }
}
