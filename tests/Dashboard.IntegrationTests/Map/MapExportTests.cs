using System.Net;
using System.Xml.Linq;

namespace Dashboard.IntegrationTests.Map;

public sealed class MapExportTests : IAsyncLifetime
{
    private readonly DashboardAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Export_ForStaff_IsAStandaloneSvgWithCaption()
    {
        using var client = app.CreateAppClient();
        await client.SignInOrFailAsync("viewer@example.org");

        using var response = await client.Http.GetAsync(new Uri("/map/export.svg?supplier=CN", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        File.WriteAllText("/tmp/export.svg", text);
        var svg = XDocument.Parse(text).Root!;
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Contains("Natural Earth", text, StringComparison.Ordinal);
        Assert.Contains("supplier China", text, StringComparison.Ordinal);
    }
}
