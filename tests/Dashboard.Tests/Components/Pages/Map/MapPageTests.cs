using System.Globalization;
using Dashboard.Core.Filtering;
using Dashboard.Core.Map;
using Dashboard.Core.Reports;
using Dashboard.Web.Components.Pages.Map;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Components.Pages.Map;

public sealed class MapPageTests : DashboardTestContext, IAsyncLifetime
{
    private readonly DemoCsv csv = DemoCsv.Load();
    private TestDatabase database = null!;

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        UseDatabase(database);
        RenderInteractively();
    }

    [Fact]
    public void ClickingChina_SetsSupplierCnInTheAddress()
    {
        Navigation.NavigateTo("map");
        var page = Render<MapPage>();
        page.WaitForElement("[data-testid=map-supplier][data-country=CN]");

        page.Find("[data-testid=map-supplier][data-country=CN]").Click();

        Assert.EndsWith("/map?supplier=CN", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void LayerSwitcher_HidesTheArcs()
    {
        Navigation.NavigateTo("map");
        var page = Render<MapPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=map-arc]")));

        page.Find("input[data-testid=layer-arcs]").Change(false);

        Assert.EndsWith("/map?layers=shading,recipients,points", Uri.UnescapeDataString(Navigation.Uri), StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=map-arc]")));
        Assert.NotEmpty(page.FindAll("[data-testid=map-supplier]"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?category=lethal")]
    [InlineData("?supplier=IR")]
    public void TableTwin_EqualsACountOverTheCsv(string query)
    {
        var filter = ReportFilter.Parse(query).Filter;
        var expected = csv.Reports
            .Where(r => filter.Suppliers.Count == 0 || filter.Suppliers.Contains(r["supplier_country_iso2"]))
            .Where(r => filter.Categories.Count == 0 || filter.Categories.Select(c => WireNames.Of(c)).Contains(r["category"]))
            .GroupBy(r => (r["supplier_country_iso2"], r["recipient"]))
            .ToDictionary(
                g => g.Key,
                g => (Lethal: g.Count(r => r["category"] == "lethal"), DualUse: g.Count(r => r["category"] == "dual-use"), NonLethal: g.Count(r => r["category"] == "non-lethal"), Total: g.Count()));
        Navigation.NavigateTo("map" + query);

        var page = Render<MapPage>();

        page.WaitForAssertion(() => Assert.Equal(expected.Count, page.FindAll("[data-testid=flow-row]").Count));
        foreach (var row in page.FindAll("[data-testid=flow-row]"))
        {
            var key = (row.GetAttribute("data-supplier")!, row.GetAttribute("data-recipient")!);
            var counts = expected[key];
            Assert.Equal(counts.Lethal.ToString(CultureInfo.InvariantCulture), row.QuerySelector("[data-testid=flow-lethal]")!.TextContent.Trim());
            Assert.Equal(counts.DualUse.ToString(CultureInfo.InvariantCulture), row.QuerySelector("[data-testid=flow-dual-use]")!.TextContent.Trim());
            Assert.Equal(counts.NonLethal.ToString(CultureInfo.InvariantCulture), row.QuerySelector("[data-testid=flow-non-lethal]")!.TextContent.Trim());
            Assert.Equal(counts.Total.ToString(CultureInfo.InvariantCulture), row.QuerySelector("[data-testid=flow-total]")!.TextContent.Trim());
        }
    }

    [Fact]
    public void EachTableRow_LinksToTheReportsOfItsPair()
    {
        Navigation.NavigateTo("map?category=lethal");
        var page = Render<MapPage>();
        page.WaitForElement("[data-testid=flow-row]");

        foreach (var row in page.FindAll("[data-testid=flow-row]"))
        {
            var href = row.QuerySelector("[data-testid=flow-reports-link]")!.GetAttribute("href")!;
            var linked = ReportFilter.Parse(href[href.IndexOf('?', StringComparison.Ordinal)..]).Filter;
            Assert.StartsWith("reports?", href, StringComparison.Ordinal);
            Assert.Equal([row.GetAttribute("data-supplier")!], linked.Suppliers);
            Assert.Equal(row.GetAttribute("data-recipient"), linked.Recipient);
            Assert.Equal([SupportCategory.Lethal], linked.Categories);
        }
    }

    [Fact]
    public void TableTwin_SortsByTheColumnInTheAddress()
    {
        Navigation.NavigateTo("map?sort=supplier");
        var page = Render<MapPage>();
        page.WaitForElement("[data-testid=flow-row]");

        var suppliers = page.FindAll("[data-testid=flow-row] td:first-child").Select(td => td.TextContent.Trim()).ToList();

        Assert.Equal(suppliers.Order(StringComparer.Ordinal), suppliers);
        Assert.Equal("ascending", page.Find("th[aria-sort]").GetAttribute("aria-sort"));
        Assert.Contains("sort=supplier&dir=desc", page.Find("[data-testid=sort-supplier]").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void WorldMap_StaysUnder300KilobytesOfMarkup()
    {
        Navigation.NavigateTo("map");
        var page = Render<MapPage>();
        page.WaitForElement("[data-testid=map-arc]");

        var markup = page.Find("[data-testid=map-svg]").OuterHtml;

        Assert.True(markup.Length < 300_000, $"the map's SVG has {markup.Length} characters");
    }

    [Fact]
    public void EveryInteractiveShape_IsALinkWithAnAccessibleName()
    {
        Navigation.NavigateTo("map");
        var page = Render<MapPage>();
        page.WaitForElement("[data-testid=map-arc]");

        var links = page.FindAll("[data-testid=map-svg] a");

        Assert.NotEmpty(links);
        Assert.All(links, a =>
        {
            Assert.False(string.IsNullOrEmpty(a.GetAttribute("href")));
            Assert.False(string.IsNullOrWhiteSpace(a.GetAttribute("aria-label")));
        });
        Assert.Equal(csv.DistinctSuppliers, page.FindAll("[data-testid=map-supplier]").Count);
    }

    [Fact]
    public void FocusingAnArc_ShowsItsCountsByCategory()
    {
        Navigation.NavigateTo("map");
        var page = Render<MapPage>();
        page.WaitForElement("[data-testid=map-arc][data-supplier=CN]");
        var expected = csv.Reports.Where(r => r["supplier_country_iso2"] == "CN" && r["recipient"] == "Russia").ToList();

        page.Find("[data-testid=map-arc][data-supplier=CN]").Focus();

        var details = page.Find("[data-testid=map-details]").TextContent;
        Assert.Contains("China → Russia", details, StringComparison.Ordinal);
        Assert.Contains($"Dual-use: {expected.Count(r => r["category"] == "dual-use")}", details, StringComparison.Ordinal);
        Assert.Contains($"Total: {expected.Count}", details, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportLinks_CarryThePageFilter_NotTheMapView()
    {
        Navigation.NavigateTo("map?supplier=CN&category=dual-use&view=europe&layers=arcs");
        var page = Render<MapPage>();
        page.WaitForElement("[data-testid=export-csv]");

        Assert.Equal("api/v1/export.csv?supplier=CN&category=dual-use", page.Find("[data-testid=export-csv]").GetAttribute("href"));
        Assert.Equal("api/v1/export.geojson?supplier=CN&category=dual-use", page.Find("[data-testid=export-geojson]").GetAttribute("href"));
    }

    [Fact]
    public void ZoomLinks_KeepTheFilterAndChangeTheView()
    {
        Navigation.NavigateTo("map?supplier=CN&view=europe");
        var page = Render<MapPage>();
        page.WaitForElement("[data-testid=zoom-in]");

        Assert.Equal("map?supplier=CN&view=europe&zoom=1", page.Find("[data-testid=zoom-in]").GetAttribute("href"));
        Assert.Equal("map?supplier=CN&view=east-asia", page.Find("[data-testid=view-east-asia]").GetAttribute("href"));
        Assert.Equal(new MapView(MapRegion.Europe).ViewBoxText, page.Find("[data-testid=map-svg]").GetAttribute("viewBox"));
    }

    [Fact]
    public async Task LocatedReports_AreMarkersLinkingToTheirReport_UntilThePointsLayerIsOff()
    {
        int id;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var report = await db.Reports.OrderBy(r => r.Id).FirstAsync(r => r.SupplierCountryCode == "KP");
            (report.Latitude, report.Longitude, report.PlaceName) = (49.99, 36.23, "Kharkiv");
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
            id = report.Id;
        }

        Navigation.NavigateTo("map");
        var page = Render<MapPage>();

        var point = page.WaitForElement("[data-testid=map-point]");
        Assert.Equal($"reports/{id}", point.GetAttribute("href"));
        Assert.Contains("(Kharkiv)", point.GetAttribute("aria-label"), StringComparison.Ordinal);

        page.Find("input[data-testid=layer-points]").Change(false);

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=map-point]")));
        Assert.EndsWith("layers=shading,arcs,recipients", Uri.UnescapeDataString(Navigation.Uri), StringComparison.Ordinal);
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}
