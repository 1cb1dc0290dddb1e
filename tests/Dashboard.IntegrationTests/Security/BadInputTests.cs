using System.Net;
using Dashboard.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Security;

/// <summary>
/// The bad input corpus against every filter key of every filtered page and every API parameter:
/// never a 500, never markup echoed unescaped, a notice or a 400 naming the parameter, and nothing
/// stored or changed.
/// </summary>
public sealed class BadInputTests : IClassFixture<BadInputTests.App>
{
    private static readonly string[] FilterKeys = ["conflict", "supplier", "recipient", "category", "type", "status", "confidence", "from", "to", "dates", "q"];
    private static readonly string[] FilteredPages = ["/", "/reports", "/map", "/timeline"];
    private static readonly string[] ApiEndpoints = ["/api/v1/reports", "/api/v1/stats", "/api/v1/export.csv", "/api/v1/export.json", "/api/v1/export.geojson"];
    private static readonly string[] ApiOnlyKeys = ["page", "pageSize", "drafts"];

    private readonly App app;

    public BadInputTests(App app) => this.app = app;

    public static TheoryData<string> Keys() => new(FilterKeys);

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task FilterKey_OnEveryFilteredPage_NeverFailsNorEchoesMarkup(string key)
    {
        foreach (var page in FilteredPages)
        {
            foreach (var value in BadInputCorpus.Values)
            {
                using var response = await app.Viewer.Http.GetAsync($"{page}?{key}={Uri.EscapeDataString(value)}");
                var html = await response.Content.ReadAsStringAsync();

                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}?{key}={Shorten(value)} gave {(int)response.StatusCode}");
                Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task FilterKey_WithAnUnusableValue_ShowsANoticeNamingIt(string key)
    {
        // Free text and recipient names accept any text; every other key refuses markup.
        if (key is "q" or "recipient")
        {
            return;
        }

        using var response = await app.Viewer.Http.GetAsync($"/reports?{key}={Uri.EscapeDataString("<b>x</b>")}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("could not be used and were ignored", html, StringComparison.Ordinal);
        Assert.Contains($"{key} &#x27;&lt;b&gt;x&lt;/b&gt;&#x27;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiParameters_GetA400NamingThem_OrAnAnswer_NeverA500()
    {
        foreach (var endpoint in ApiEndpoints)
        {
            foreach (var key in FilterKeys.Concat(ApiOnlyKeys))
            {
                foreach (var value in BadInputCorpus.Values)
                {
                    using var response = await app.Viewer.Http.GetAsync($"{endpoint}?{key}={Uri.EscapeDataString(value)}");
                    var body = await response.Content.ReadAsStringAsync();

                    Assert.True(
                        response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden,
                        $"{endpoint}?{key}={Shorten(value)} gave {(int)response.StatusCode}");
                    if (response.StatusCode == HttpStatusCode.BadRequest)
                    {
                        Assert.Contains($"\"{key}\"", body, StringComparison.Ordinal);
                    }
                }
            }
        }
    }

    [Fact]
    public async Task SignInForm_WithTheCorpus_RefusesCalmly()
    {
        foreach (var value in BadInputCorpus.Values)
        {
            using var client = app.Factory.CreateAppClient();
            using var response = await client.SignInAsync(value, value);
            var html = await response.Content.ReadAsStringAsync();

            // A control character cannot be typed into the form: refusing the request as malformed is fine.
            var expected = value.Any(char.IsControl) ? [HttpStatusCode.OK, HttpStatusCode.BadRequest] : new[] { HttpStatusCode.OK };
            Assert.True(expected.Contains(response.StatusCode), $"sign-in with {Shorten(value)} gave {(int)response.StatusCode}");
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task NothingIsStoredOrChanged_ByTheCorpus()
    {
        var before = await SnapshotAsync();

        foreach (var value in BadInputCorpus.Values.Take(6))
        {
            using var page = await app.Viewer.Http.GetAsync($"/reports?q={Uri.EscapeDataString(value)}&supplier={Uri.EscapeDataString(value)}");
            using var api = await app.Viewer.Http.GetAsync($"/api/v1/reports?q={Uri.EscapeDataString(value)}");
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    private async Task<(int Reports, int Sources, int Revisions, string Titles)> SnapshotAsync()
    {
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        return (
            await db.Reports.CountAsync(),
            await db.Sources.CountAsync(),
            await db.ReportRevisions.CountAsync(),
            string.Join('|', await db.Reports.OrderBy(r => r.Id).Select(r => r.Title + r.Version).ToListAsync()));
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;

    /// <summary>One app and a signed-in viewer for the whole corpus.</summary>
    public sealed class App : IAsyncLifetime
    {
        public DashboardAppFactory Factory { get; } = new(environment: "Production");

        public AppClient Viewer { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Viewer = Factory.CreateAppClient(https: true);
            await Viewer.SignInOrFailAsync("viewer@example.org");
        }

        public async ValueTask DisposeAsync()
        {
            Viewer.Dispose();
            await Factory.DisposeAsync();
        }
    }
}
