using System.Text.RegularExpressions;

namespace Dashboard.E2ETests.Map;

public sealed class MapTests(BrowserFixture browser)
{
    [Fact]
    public async Task Viewer_ClicksChina_SeesOnlyChinasRowsAndArcs()
    {
        var csv = DemoCsv.Load();
        var chinaPairs = csv.Reports.Where(r => r["supplier_country_iso2"] == "CN").Select(r => r["recipient"]).Distinct().Count();
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync("viewer@example.org");
        await session.GotoAsync("/map");
        await Assertions.Expect(page.GetByTestId("map-svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("flow-row")).ToHaveCountAsync(csv.Reports.Select(r => (r["supplier_country_iso2"], r["recipient"])).Distinct().Count());
        await session.ScreenshotAsync("map-world");

        await page.Locator("[data-testid=map-supplier][data-country=CN]").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/map\?supplier=CN$"));
        await Assertions.Expect(page.GetByTestId("flow-row")).ToHaveCountAsync(chinaPairs);
        foreach (var row in await page.GetByTestId("flow-row").AllAsync())
        {
            Assert.Equal("CN", await row.GetAttributeAsync("data-supplier"));
        }

        await Assertions.Expect(page.GetByTestId("map-arc")).ToHaveCountAsync(chinaPairs);
        foreach (var arc in await page.GetByTestId("map-arc").AllAsync())
        {
            Assert.Equal("CN", await arc.GetAttributeAsync("data-supplier"));
        }

        await page.Locator("#supply-map-title").EvaluateAsync("e => e.closest('svg').scrollIntoView()");
        await page.GetByTestId("map").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "map-china.png") });
        Assert.Empty(session.Errors);
    }
}
