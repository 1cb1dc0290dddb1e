using System.Globalization;
using System.Net;
using System.Xml.Linq;

namespace Dashboard.IntegrationTests.Map;

public sealed class MapExportTests : IAsyncLifetime
{
    private readonly DashboardAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Export_ForStaff_IsAStandaloneSvgWithItsCaption()
    {
        using var client = app.CreateAppClient();
        await client.SignInOrFailAsync("viewer@example.org");

        using var response = await client.Http.GetAsync(new Uri("/map/export.svg?supplier=CN&view=europe&layers=shading,arcs", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var svg = XDocument.Parse(text).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Name);
        var caption = string.Join("\n", svg.Elements(ns + "text").Select(t => t.Value));
        Assert.Contains("Europe", caption, StringComparison.Ordinal);
        Assert.Contains("Filter: supplier China", caption, StringComparison.Ordinal);
        Assert.Contains(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), caption, StringComparison.Ordinal);
        Assert.Contains("Natural Earth", caption, StringComparison.Ordinal);
        Assert.Contains("layers: shading, arcs.", caption, StringComparison.Ordinal);
        var arcs = svg.Descendants(ns + "a").Where(a => (string?)a.Attribute("data-testid") == "map-arc").ToList();
        Assert.Equal(["CN"], arcs.Select(a => (string?)a.Attribute("data-supplier")).Distinct());
    }

    [Fact]
    public async Task Export_OfTheWholeWorld_StaysUnder300Kilobytes()
    {
        using var client = app.CreateAppClient();
        await client.SignInOrFailAsync("viewer@example.org");

        var text = await client.Http.GetStringAsync(new Uri("/map/export.svg", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.True(text.Length < 300_000, $"the SVG has {text.Length} characters");
    }

    [Fact]
    public async Task Export_WithoutSignIn_IsRefused()
    {
        using var client = app.CreateAppClient();

        using var response = await client.Http.GetAsync(new Uri("/map/export.svg", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
