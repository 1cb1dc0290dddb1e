using System.Net;
using System.Text.Json;
using Dashboard.Core.Reports;
using Dashboard.Core.Sharing;

namespace Dashboard.IntegrationTests.Sharing;

/// <summary>
/// The shared page's downloads (<c>/s/{token}/export.csv|json|geojson</c>): exactly the slice the page
/// shows, for anyone with the link, and nothing once the link is closed.
/// </summary>
public sealed class SharedLinkExportTests(SharingApp app) : IClassFixture<SharingApp>
{
    [Fact]
    public async Task LiveLink_ExportsThePublishedReportsOfItsSlice_InEveryFormat()
    {
        var expected = app.TitlesOf("IR").Order().ToList();
        var link = await app.CreateLinkAsync("?supplier=IR");

        var (csvResponse, csv) = await GetAsync(link.Token!, "export.csv");
        var (_, json) = await GetAsync(link.Token!, "export.json");
        var (_, geoJson) = await GetAsync(link.Token!, "export.geojson");

        Assert.Equal(expected, CsvTitles(csv).Order());
        Assert.StartsWith("text/csv", csvResponse.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"^shared-timeline-\d{4}-\d{2}-\d{2}\.csv$", csvResponse.Content.Headers.ContentDisposition!.FileNameStar ?? csvResponse.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        using var document = JsonDocument.Parse(json);
        Assert.Equal(expected, document.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("title").GetString()!).Order());
        using var geo = JsonDocument.Parse(geoJson);
        var flowed = geo.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("kind").GetString() == "flow")
            .Sum(f => f.GetProperty("properties").GetProperty("reports").GetInt32());
        Assert.Equal(expected.Count, flowed);
    }

    [Fact]
    public async Task SnapshotLink_ExportsTheFrozenVersions_WhileTheLiveLinkExportsTheCorrection()
    {
        var title = app.TitlesOf("DE")[0];
        var id = await app.ReportIdAsync(title);
        var live = await app.CreateLinkAsync("?supplier=DE", ShareLinkMode.Live);
        var snapshot = await app.CreateLinkAsync("?supplier=DE", ShareLinkMode.Snapshot);

        await app.EditReportAsync(id, r => r.Title = "Corrected: " + title);
        var others = app.TitlesOf("DE").Skip(1).ToList();
        await app.RetractReportAsync(await app.ReportIdAsync(others[0]), "The source withdrew the claim.");

        var liveRows = CsvRows((await GetAsync(live.Token!, "export.csv")).Body);
        var snapshotRows = CsvRows((await GetAsync(snapshot.Token!, "export.csv")).Body);

        Assert.Contains(liveRows, r => r["title"] == "Corrected: " + title);
        Assert.DoesNotContain(snapshotRows, r => r["title"].StartsWith("Corrected: ", StringComparison.Ordinal));
        Assert.Equal(app.TitlesOf("DE").Order(), snapshotRows.Select(r => r["title"]).Order());
        foreach (var rows in new[] { liveRows, snapshotRows })
        {
            Assert.Equal("retracted", rows.Single(r => r["title"] == others[0])["state"]);
            Assert.All(rows.Where(r => r["title"] != others[0]), r => Assert.Equal("published", r["state"]));
        }
    }

    [Fact]
    public async Task ADraftInsideTheFilter_IsNeverExported()
    {
        var titles = app.TitlesOf("US");
        var link = await app.CreateLinkAsync("?supplier=US");
        await app.EditReportAsync(await app.ReportIdAsync(titles[0]), r => r.State = ReportState.Draft, "returned");
        await app.EditReportAsync(await app.ReportIdAsync(titles[1]), r => r.State = ReportState.InReview, "submitted");

        var (_, csv) = await GetAsync(link.Token!, "export.csv");
        var (_, json) = await GetAsync(link.Token!, "export.json");

        Assert.Equal(titles.Skip(2).Order(), CsvTitles(csv).Order());
        Assert.DoesNotContain(titles[0], json, StringComparison.Ordinal);
        Assert.DoesNotContain(titles[1], json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export.csv")]
    [InlineData("export.json")]
    [InlineData("export.geojson")]
    public async Task ARevokedLinksExport_IsTheSameNotFound_AsAnUnknownToken(string segment)
    {
        var link = await app.CreateLinkAsync("?supplier=CN");
        var (open, _) = await GetAsync(link.Token!, segment);
        Assert.Equal("no-store", open.Headers.CacheControl!.ToString());
        Assert.Equal("no-referrer", open.Headers.GetValues("Referrer-Policy").Single());

        Assert.Equal(ShareLinkRevocation.Revoked, await app.Links.RevokeAsync(link.LinkId!.Value, await app.ActorAsync()));
        using var client = app.Anonymous();
        using var afterRevoke = await client.GetAsync(new Uri($"/s/{link.Token}/{segment}", UriKind.Relative));
        using var unknown = await client.GetAsync(new Uri($"/s/{ShareTokens.NewToken()}/{segment}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, afterRevoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await afterRevoke.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheSharedPage_LinksToItsOwnExports()
    {
        var link = await app.CreateLinkAsync("?supplier=JP");

        var page = await app.GetSharedPageAsync(link.Token!);

        Assert.Equal($"s/{link.Token}/export.csv", page.QuerySelector("[data-testid=shared-export-csv]")!.GetAttribute("href"));
        Assert.Equal($"s/{link.Token}/export.geojson", page.QuerySelector("[data-testid=shared-export-geojson]")!.GetAttribute("href"));
    }

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string token, string segment)
    {
        using var client = app.Anonymous();
        var response = await client.GetAsync(new Uri($"/s/{token}/{segment}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> CsvRows(string csv) => DemoCsv.ParseRows(csv);

    private static IEnumerable<string> CsvTitles(string csv) => CsvRows(csv).Select(r => r["title"]);
}
