using System.Net;
using Dashboard.Core.Sharing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Dashboard.IntegrationTests.Sharing;

/// <summary>Unknown, expired and revoked links, the global switch, the rate limit and the privacy headers.</summary>
public sealed class ShareLinkLifecycleTests(SharingApp app) : IClassFixture<SharingApp>
{
    [Fact]
    public async Task ExpiredRevokedAndUnknownTokens_GetIdenticalNotFoundResponses()
    {
        var revoked = await app.CreateLinkAsync("?supplier=TR");
        Assert.Equal(ShareLinkRevocation.Revoked, await app.Links.RevokeAsync(revoked.LinkId!.Value, await app.ActorAsync()));
        var expired = await app.CreateLinkAsync("?supplier=TR");
        await using (var db = await app.Db.CreateDbContextAsync())
        {
            await db.ShareLinks.Where(l => l.Id == expired.LinkId).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, DateTime.UtcNow.AddSeconds(-1)));
        }

        var unknown = ShareTokens.NewToken();
        string[] paths = [$"/s/{revoked.Token}", $"/s/{expired.Token}", $"/s/{unknown}", "/s/not-a-token", "/s/", $"/s/{new string('A', 42)}!", $"/s/{new string('A', 42)}B", $"/s/{unknown}/other"];
        var responses = new List<(HttpStatusCode Status, string? Type, byte[] Body)>();
        using var client = app.Anonymous();
        foreach (var path in paths.Concat(paths.Take(3).Select(p => p + "/feed.atom")))
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            responses.Add((response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsByteArrayAsync()));
        }

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.Status));
        Assert.All(responses, r => Assert.Equal(responses[0].Type, r.Type));
        Assert.All(responses, r => Assert.Equal(responses[0].Body, r.Body));
        Assert.Contains("Not found", System.Text.Encoding.UTF8.GetString(responses[0].Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokedLink_StopsWorkingAtOnce_AndTheRevocationIsAudited()
    {
        var link = await app.CreateLinkAsync("?supplier=TR");
        await app.GetSharedPageAsync(link.Token!);

        var outcome = await app.Links.RevokeAsync(link.LinkId!.Value, await app.ActorAsync());

        using var client = app.Anonymous();
        using var response = await client.GetAsync(new Uri($"/s/{link.Token}", UriKind.Relative));
        Assert.Equal(ShareLinkRevocation.Revoked, outcome);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = await app.Db.CreateDbContextAsync();
        var id = link.LinkId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Single(await db.AuditEntries.Where(a => a.Action == Core.Audit.AuditActions.ShareLinkRevoked && a.ObjectId == id).ToListAsync());
    }

    [Fact]
    public async Task RevokedLink_WhoseSliceIsCached_IsNotFoundOnTheNextRequest()
    {
        var link = await app.CreateLinkAsync("?supplier=TR");
        await app.GetSharedPageAsync(link.Token!);
        await app.GetSharedPageAsync(link.Token!);
        await app.GetFeedAsync(link.Token!);

        await app.Links.RevokeAsync(link.LinkId!.Value, await app.ActorAsync());

        using var client = app.Anonymous();
        using var page = await client.GetAsync(new Uri($"/s/{link.Token}", UriKind.Relative));
        using var feed = await client.GetAsync(new Uri($"/s/{link.Token}/feed.atom", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, feed.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/feed.atom")]
    public async Task EveryResponseUnderS_CarriesThePrivacyHeaders(string suffix)
    {
        var link = await app.CreateLinkAsync("?supplier=DK");
        using var client = app.Anonymous();

        foreach (var path in new[] { $"/s/{link.Token}{suffix}", $"/s/{ShareTokens.NewToken()}{suffix}", $"/s/{link.Token}{suffix}?zoom=1y" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            AssertPrivacyHeaders(response);
        }
    }

    [Fact]
    public async Task RequestsBeyondTheLimit_Get429_WithThePrivacyHeaders()
    {
        await using var limited = new SharingApp(new Dictionary<string, string?> { ["Dashboard:RateLimits:SharedLinkRequestsPerAddressPerMinute"] = "3" });
        await limited.InitializeAsync();
        var link = await limited.CreateLinkAsync("?supplier=DK");
        using var client = limited.Anonymous();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(new Uri(i % 2 == 0 ? $"/s/{link.Token}" : $"/s/{ShareTokens.NewToken()}", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                AssertPrivacyHeaders(response);
                Assert.Contains("Too many requests", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        using var staffPage = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, staffPage.StatusCode);
    }

    [Fact]
    public async Task PublicSharingSwitch_ClosesEveryLinkAtOnce_AndOpensThemAgain()
    {
        var switchable = new SwitchableSettings();
        await using var factory = app.Factory.WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, c) => c.Add(switchable)));
        var link = await app.CreateLinkAsync("?supplier=AE");
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        async Task<HttpStatusCode> StatusAsync(string path)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            return response.StatusCode;
        }

        var before = await StatusAsync($"/s/{link.Token}");
        switchable.Set("Dashboard:PublicSharing", "false");
        var off = (await StatusAsync($"/s/{link.Token}"), await StatusAsync($"/s/{link.Token}/feed.atom"));
        switchable.Set("Dashboard:PublicSharing", "true");
        var on = (await StatusAsync($"/s/{link.Token}"), await StatusAsync($"/s/{link.Token}/feed.atom"));

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), off);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), on);
    }

    private static void AssertPrivacyHeaders(HttpResponseMessage response)
    {
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
    }

    /// <summary>Configuration that a test changes while the app runs, raising a reload like an edited settings file.</summary>
    private sealed class SwitchableSettings : ConfigurationProvider, IConfigurationSource
    {
        public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

        public new void Set(string key, string? value)
        {
            Data[key] = value;
            OnReload();
        }
    }
}
