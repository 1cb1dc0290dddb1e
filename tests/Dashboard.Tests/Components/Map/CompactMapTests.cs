using Dashboard.Core.Filtering;
using Dashboard.Core.Map;
using Dashboard.Web.Components.Map;

namespace Dashboard.Tests.Components.Map;

public sealed class CompactMapTests : DashboardTestContext, IAsyncLifetime
{
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        UseDatabase(database);
        RenderInteractively();
    }

    [Fact]
    public void CompactMap_HighlightsTheCountry_AndFitsItsPartners()
    {
        var map = Render<CompactMap>(p => p.Add(x => x.Filter, ReportFilter.Empty).Add(x => x.HighlightCountry, "IR"));

        map.WaitForElement("[data-testid=map-arc]");
        var highlighted = map.FindAll("path.map-highlight");
        Assert.Equal("IR", Assert.Single(highlighted).GetAttribute("data-country") ?? highlighted[0].ParentElement!.GetAttribute("data-country"));
        var viewBox = map.Find("[data-testid=map-svg]").GetAttribute("viewBox")!.Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var box = new MapRect(viewBox[0], viewBox[1], viewBox[2], viewBox[3]);
        Assert.True(box.Width < MapView.WorldBox.Width);
        Assert.True(box.Contains(WorldGeometry.Default.Find("IR")!.Anchor));
        Assert.True(box.Contains(WorldGeometry.Default.Find("RU")!.Anchor));
        Assert.Equal("map", map.Find("[data-testid=compact-map-link]").GetAttribute("href"));
    }

    [Fact]
    public void CompactMap_LinksSuppliersToTheFullMap()
    {
        var map = Render<CompactMap>(p => p.Add(x => x.Filter, ReportFilter.Parse("?category=lethal").Filter));

        map.WaitForElement("[data-testid=map-supplier][data-country=US]");

        Assert.Equal("map?supplier=US&category=lethal", map.Find("[data-testid=map-supplier][data-country=US]").GetAttribute("href"));
        Assert.Equal("map?category=lethal", map.Find("[data-testid=compact-map-link]").GetAttribute("href"));
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}
