using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Core.Audit;
using Dashboard.Core.Filtering;
using Dashboard.Core.Import;
using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Api;

/// <summary>One app for the API tests (they only read), with a draft beside the published demo reports.</summary>
public sealed class ApiAppFixture : IAsyncLifetime
{
    public const string DraftId = "API-DRAFT-1";
    public const string DraftTitle = "A draft that only editors may export";

    public DashboardAppFactory App { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var csv = "external_id,title,conflict,supplier_country_iso2,recipient_country_iso2,recipient,category,aid_type,reported_date,status,confidence,summary,source_title,source_publisher,source_url,source_date\n"
            + $"{DraftId},{DraftTitle},Russia-Ukraine war,CN,RU,Russia,dual-use,drones,2024-05-01,alleged,low,A drone claim still being checked,Draft source,Publisher,https://example.org/draft,2024-05-01\n";
        var read = App.Services.GetRequiredService<ReportCsvReader>().Read(System.Text.Encoding.UTF8.GetBytes(csv));
        var outcome = await App.Services.GetRequiredService<ReportImporter>().ImportAsync(read, ImportScope.AllRows, new ImportOptions(Actor.System, Publish: false));
        Assert.Equal(1, outcome.Created);
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

public sealed class ReportApiTests(ApiAppFixture fixture) : IClassFixture<ApiAppFixture>
{
    private const string DraftId = ApiAppFixture.DraftId;
    private const string DraftTitle = ApiAppFixture.DraftTitle;

    private readonly DashboardAppFactory app = fixture.App;

    public static TheoryData<string> Filters { get; } = new(["", "?supplier=CN", "?category=dual-use", "?conflict=russia-ukraine-war&category=lethal", "?from=2023-01-01&to=2023-12-31", "?q=drone", "?recipient=Russia&status=alleged"]);

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Reports_TotalEqualsTheReportListForTheSameFilter(string query)
    {
        using var client = await SignedInAsync("viewer@example.org");
        var expected = await app.Services.GetRequiredService<ReportQueries>().ListAsync(ReportFilter.Parse(query).Filter, new ReportPageRequest(1, ReportPageRequest.MaxPageSize));

        var page = await GetJsonAsync(client, "/api/v1/reports" + query + (query.Length == 0 ? "?" : "&") + "pageSize=200");

        Assert.Equal(expected.TotalCount, page.GetProperty("total").GetInt32());
        Assert.Equal(expected.Items.Select(i => i.Id), page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Stats_EqualTheOverviewFiguresForTheSameFilter(string query)
    {
        using var client = await SignedInAsync("viewer@example.org");
        var overview = await app.Services.GetRequiredService<ReportStatistics>().OverviewAsync(ReportFilter.Parse(query).Filter);

        var stats = await GetJsonAsync(client, "/api/v1/stats" + query);

        var total = stats.GetProperty("total");
        Assert.Equal(overview.Headline.Reports.Total, total.GetProperty("total").GetInt32());
        Assert.Equal(overview.Headline.Reports.Lethal, total.GetProperty("lethal").GetInt32());
        Assert.Equal(overview.Headline.Reports.NonLethal, total.GetProperty("nonLethal").GetInt32());
        Assert.Equal(overview.Headline.Reports.DualUse, total.GetProperty("dualUse").GetInt32());
        Assert.Equal(
            overview.Suppliers.Select(s => (s.CountryCode, s.Counts.Total)),
            stats.GetProperty("bySupplier").EnumerateArray().Select(s => (s.GetProperty("supplier").GetString()!, s.GetProperty("counts").GetProperty("total").GetInt32())));
        Assert.Equal(
            overview.Recipients.Select(r => (r.Name, r.Counts.Total)),
            stats.GetProperty("byRecipient").EnumerateArray().Select(r => (r.GetProperty("recipient").GetString()!, r.GetProperty("counts").GetProperty("total").GetInt32())));
        Assert.Equal(
            overview.Months.Select(m => ($"{m.Year:0000}-{m.Month:00}", m.Counts.Total)),
            stats.GetProperty("byMonth").EnumerateArray().Select(m => (m.GetProperty("month").GetString()!, m.GetProperty("counts").GetProperty("total").GetInt32())));
    }

    [Fact]
    public async Task Reports_OverAllDemoData_CountEveryReportOfTheCsvOnce()
    {
        using var client = await SignedInAsync("viewer@example.org");
        var csv = DemoCsv.Load();

        var first = await GetJsonAsync(client, "/api/v1/reports?pageSize=15");
        var ids = new List<int>();
        for (var page = 1; ; page++)
        {
            var items = (await GetJsonAsync(client, $"/api/v1/reports?pageSize=15&page={page}")).GetProperty("items").EnumerateArray().ToList();
            if (items.Count == 0)
            {
                break;
            }

            ids.AddRange(items.Select(i => i.GetProperty("id").GetInt32()));
        }

        Assert.Equal(csv.ReportCount, first.GetProperty("total").GetInt32());
        Assert.Equal(csv.ReportCount, ids.Distinct().Count());
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Report_ById_HasEverySourceOfTheCsv()
    {
        using var client = await SignedInAsync("viewer@example.org");
        var csv = DemoCsv.Load();
        var withMostSources = csv.Rows.GroupBy(r => r["external_id"]).OrderByDescending(g => g.Count()).First();
        var list = await app.Services.GetRequiredService<ReportQueries>().ListAsync(ReportFilter.Empty, new ReportPageRequest(1, ReportPageRequest.MaxPageSize));
        var id = list.Items.Single(i => i.Title == withMostSources.First()["title"]).Id;

        var report = await GetJsonAsync(client, $"/api/v1/reports/{id}");

        Assert.Equal(withMostSources.Key, report.GetProperty("externalId").GetString());
        Assert.Equal(withMostSources.Select(r => r["source_url"]), report.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("url").GetString()));
        Assert.Equal(withMostSources.First()["category"], report.GetProperty("category").GetString());
    }

    [Fact]
    public async Task Viewer_NeverReceivesTheDraft()
    {
        using var client = await SignedInAsync("viewer@example.org");
        var draftId = await DraftIdAsync();

        var list = await client.Http.GetStringAsync("/api/v1/reports?pageSize=200");
        using var single = await client.Http.GetAsync($"/api/v1/reports/{draftId}");
        var csv = await client.Http.GetStringAsync("/api/v1/export.csv");
        var json = await client.Http.GetStringAsync("/api/v1/export.json?q=draft");
        using var withDrafts = await client.Http.GetAsync("/api/v1/export.csv?drafts=true");

        Assert.DoesNotContain(DraftTitle, list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, single.StatusCode);
        Assert.DoesNotContain(DraftId, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftId, json, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, withDrafts.StatusCode);
        Assert.DoesNotContain(DraftId, await withDrafts.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_ExportsDraftsOnRequest_MarkedAsDrafts()
    {
        using var client = await SignedInAsync("editor@example.org");

        var withoutDrafts = await client.Http.GetStringAsync("/api/v1/export.csv");
        var withDrafts = await client.Http.GetStringAsync("/api/v1/export.csv?drafts=true&supplier=CN");

        Assert.DoesNotContain(DraftId, withoutDrafts, StringComparison.Ordinal);
        var draftLine = withDrafts.Split("\r\n").Single(l => l.StartsWith(DraftId + ",", StringComparison.Ordinal));
        Assert.EndsWith(",draft", draftLine, StringComparison.Ordinal);
        Assert.StartsWith("external_id,", withDrafts, StringComparison.Ordinal);
        Assert.Contains(",source_date,state\r\n", withDrafts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/reports?pageSize=100000", "pageSize")]
    [InlineData("/api/v1/reports?pageSize=0", "pageSize")]
    [InlineData("/api/v1/reports?page=first", "page")]
    [InlineData("/api/v1/reports?from=notadate", "from")]
    [InlineData("/api/v1/reports?to=2024-02-30", "to")]
    [InlineData("/api/v1/reports?supplier=XX", "supplier")]
    [InlineData("/api/v1/reports?category=weapons", "category")]
    [InlineData("/api/v1/reports?conflict=a&conflict=b", "conflict")]
    [InlineData("/api/v1/stats?status=rumoured", "status")]
    [InlineData("/api/v1/stats?dates=yesterday", "dates")]
    [InlineData("/api/v1/export.csv?confidence=certain", "confidence")]
    [InlineData("/api/v1/export.geojson?drafts=maybe", "drafts")]
    public async Task MalformedParameter_Gets400_WithAProblemNamingIt(string path, string parameter)
    {
        using var client = await SignedInAsync("viewer@example.org");

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), $"errors should name {parameter}: {problem}");
        Assert.NotEmpty(messages.EnumerateArray());
        Assert.Contains(parameter + ":", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/reports")]
    [InlineData("/api/v1/stats")]
    [InlineData("/api/v1/export.csv")]
    [InlineData("/openapi/v1.json")]
    public async Task Anonymous_Gets401_NotARedirect(string path)
    {
        using var client = app.CreateAppClient();

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApiAndItsFilterKeys()
    {
        using var client = await SignedInAsync("viewer@example.org");

        var document = await GetJsonAsync(client, "/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/reports", "/api/v1/reports/{id}", "/api/v1/stats", "/api/v1/export.csv", "/api/v1/export.json", "/api/v1/export.geojson" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }

        var parameters = paths.GetProperty("/api/v1/reports").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?>(ReportFilter.Keys.Append("page").Append("pageSize")), new HashSet<string?>(parameters));
        Assert.DoesNotContain(paths.EnumerateObject(), p => p.Name.StartsWith("/Account", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GeoJsonExport_DrawsALinePerSupplierRecipientPair_WithTheCsvCounts()
    {
        using var client = await SignedInAsync("viewer@example.org");
        var csv = DemoCsv.Load();

        var geo = await GetJsonAsync(client, "/api/v1/export.geojson");

        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        var flows = geo.GetProperty("features").EnumerateArray().Where(f => f.GetProperty("properties").GetProperty("kind").GetString() == "flow").ToList();
        var expected = csv.Reports.GroupBy(r => (r["supplier_country_iso2"], r["recipient"])).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(expected.Count, flows.Count);
        foreach (var flow in flows)
        {
            var properties = flow.GetProperty("properties");
            var rows = expected[(properties.GetProperty("supplier").GetString()!, properties.GetProperty("recipient").GetString()!)];
            Assert.Equal(rows.Count, properties.GetProperty("reports").GetInt32());
            Assert.Equal(rows.Count(r => r["category"] == "lethal"), properties.GetProperty("lethal").GetInt32());
            var geometry = flow.GetProperty("geometry");
            if (rows[0]["recipient_country_iso2"].Length == 0)
            {
                Assert.Equal(JsonValueKind.Null, geometry.ValueKind);
            }
            else
            {
                Assert.Equal("LineString", geometry.GetProperty("type").GetString());
                Assert.Equal(2, geometry.GetProperty("coordinates").GetArrayLength());
            }
        }
    }

    private async Task<AppClient> SignedInAsync(string email)
    {
        var client = app.CreateAppClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    private static async Task<JsonElement> GetJsonAsync(AppClient client, string path)
    {
        using var response = await client.Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<int> DraftIdAsync()
    {
        var queries = app.Services.GetRequiredService<Dashboard.Core.Export.ReportExportQueries>();
        var all = await queries.ListAsync(ReportFilter.Empty, Dashboard.Core.Export.ExportScope.WithDrafts);
        return all.Single(r => r.ExternalId == DraftId).Id;
    }
}
