using Dashboard.Web.Components.Pages.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Dashboard.Tests.Components.Filtering;

public sealed class FilterBarTests : DashboardTestContext, IAsyncLifetime
{
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        UseDatabase(database);
        RenderInteractively();
    }

    [Fact]
    public void RemovingAChip_WritesTheAddressWithoutThatValue()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("reports?supplier=CN&supplier=IR&category=dual-use");
        var page = Render<ReportList>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=filter-chip]").Count));

        var china = page.FindComponents<MudChip<string>>().Single(c => c.Instance.Text == "Supplier: China");
        china.Find("button").Click();

        Assert.EndsWith("/reports?supplier=IR&category=dual-use", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void ClearFilters_WritesTheBareAddress()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("reports?supplier=CN&q=drones&sort=title");
        var page = Render<ReportList>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=clear-filters]")));

        page.Find("[data-testid=clear-filters]").Click();

        Assert.EndsWith("/reports?sort=title", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void TypingASearch_WritesItToTheAddress()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("reports?supplier=CN&page=2");
        var page = Render<ReportList>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=filter-search], [data-testid=filter-search] input")));

        page.Find("input[data-testid=filter-search], [data-testid=filter-search] input").Input("engines");

        page.WaitForAssertion(() => Assert.EndsWith("/reports?supplier=CN&q=engines", navigation.Uri, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void MalformedValuesInTheAddress_AreListedInANotice()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("reports?supplier=XX&category=weapons&from=2024-02-30");

        var page = Render<ReportList>();

        page.WaitForAssertion(() =>
        {
            var notice = page.Find("[data-testid=filter-notices]").TextContent;
            Assert.Contains("supplier 'XX'", notice, StringComparison.Ordinal);
            Assert.Contains("category 'weapons'", notice, StringComparison.Ordinal);
            Assert.Contains("from '2024-02-30'", notice, StringComparison.Ordinal);
        });
        Assert.Contains("published reports", page.Find("[data-testid=report-count]").TextContent, StringComparison.Ordinal);
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}
