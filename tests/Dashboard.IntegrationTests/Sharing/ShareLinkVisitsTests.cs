using Dashboard.Core.Audit;
using Dashboard.Core.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Sharing;

/// <summary>Visits counted in memory and written in batches: every visit reaches the database, the first is audited once.</summary>
public sealed class ShareLinkVisitsTests(SharingApp app) : IClassFixture<SharingApp>
{
    private ShareLinkVisits Visits => app.Factory.Services.GetRequiredService<ShareLinkVisits>();

    [Fact]
    public async Task ConcurrentVisits_AreAllCounted_AfterAFlush_AndOnlyTheFirstIsAudited()
    {
        var link = await app.CreateLinkAsync("?supplier=SK");

        var opened = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => app.Links.OpenAsync(link.Token, "192.0.2.1"))));
        await Visits.FlushAsync();

        Assert.All(opened, Assert.NotNull);
        var (count, last, firstAccesses) = await StoredAsync(link.LinkId!.Value);
        Assert.Equal(20, count);
        Assert.NotNull(last);
        Assert.Equal(1, firstAccesses);
    }

    [Fact]
    public async Task VisitsAfterTheFirst_WaitInMemory_UntilTheFlush()
    {
        var link = await app.CreateLinkAsync("?supplier=SK");
        await app.Links.OpenAsync(link.Token, null);
        await app.Links.OpenAsync(link.Token, null);
        await app.Links.OpenAsync(link.Token, null);

        var before = (await StoredAsync(link.LinkId!.Value)).Count;
        await Visits.FlushAsync();
        var after = (await StoredAsync(link.LinkId!.Value)).Count;

        Assert.Equal(1, before);
        Assert.Equal(3, after);
    }

    [Fact]
    public async Task AnOlderVisitWrittenLate_NeverMovesTheLastAccessBack()
    {
        var link = await app.CreateLinkAsync("?supplier=SK");
        await app.Links.OpenAsync(link.Token, null);
        var firstVisit = (await StoredAsync(link.LinkId!.Value)).Last!.Value;

        Visits.Record(link.LinkId!.Value, firstVisit.AddHours(-1));
        await Visits.FlushAsync();

        var (count, last, _) = await StoredAsync(link.LinkId!.Value);
        Assert.Equal(2, count);
        Assert.Equal(firstVisit, last);
    }

    private async Task<(long Count, DateTime? Last, int FirstAccesses)> StoredAsync(int linkId)
    {
        await using var db = await app.Db.CreateDbContextAsync();
        var stored = await db.ShareLinks.AsNoTracking().Where(l => l.Id == linkId).Select(l => new { l.AccessCount, l.LastAccessAt }).SingleAsync();
        var id = linkId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var firstAccesses = await db.AuditEntries.CountAsync(a => a.ObjectType == "ShareLink" && a.ObjectId == id && a.Action == AuditActions.ShareLinkFirstAccess);
        return (stored.AccessCount, stored.LastAccessAt, firstAccesses);
    }
}
