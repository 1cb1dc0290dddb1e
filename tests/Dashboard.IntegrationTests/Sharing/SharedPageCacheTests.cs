using System.Net;

namespace Dashboard.IntegrationTests.Sharing;

/// <summary>The rendered shared page, kept for a few seconds per link and view after the gate.</summary>
public sealed class SharedPageCacheTests(SharingApp app) : IClassFixture<SharingApp>
{
    [Fact]
    public async Task WithinTheInterval_TheKeptPageIsServed_EvenAfterAnEdit()
    {
        var link = await app.CreateLinkAsync("?supplier=JP");
        var title = app.TitlesOf("JP")[0];
        await app.GetSharedPageAsync(link.Token!);

        await app.EditReportAsync(await app.ReportIdAsync(title), r => r.Title = "Edited: " + title);
        var page = await app.GetSharedPageAsync(link.Token!);

        Assert.Contains(title, SharingApp.CardTitles(page));
        Assert.DoesNotContain("Edited: " + title, SharingApp.CardTitles(page));
    }

    [Fact]
    public async Task AddressesThatDifferOnlyInIgnoredKeys_ShareOneKeptPage_WhichSetsNoCookie()
    {
        var link = await app.CreateLinkAsync("?supplier=IR");
        using var client = app.Anonymous();
        using var first = await client.GetAsync(new Uri($"/s/{link.Token}?zoom=all", UriKind.Relative));

        using var second = await client.GetAsync(new Uri($"/s/{link.Token}?zoom=all&supplier=CN&utm_source=mail", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.False(second.Headers.Contains("Set-Cookie"));
        Assert.Equal("no-store", second.Headers.CacheControl?.ToString());
    }
}
