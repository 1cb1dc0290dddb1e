using System.Text.RegularExpressions;

namespace Dashboard.E2ETests.Map;

public sealed class MapTests(BrowserFixture browser)
{
    [Fact]
    public async Task Viewer_ClicksChina_SeesOnlyChinasRowsAndArcs()
    {
        var csv = DemoCsv.Load();
        var allPairs = csv.Reports.Select(r => (r["supplier_country_iso2"], r["recipient"])).Distinct().Count();
        var chinaPairs = csv.Reports.Where(r => r["supplier_country_iso2"] == "CN").Select(r => r["recipient"]).Distinct().Count();
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync("viewer@example.org");
        await session.GotoAsync("/map");
        await Assertions.Expect(page.GetByTestId("flow-row")).ToHaveCountAsync(allPairs);
        await Assertions.Expect(page.GetByTestId("map-arc")).ToHaveCountAsync(allPairs);
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

        await page.GetByTestId("map").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "map-china.png") });
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task KeyboardUser_FocusesASupplier_SeesItsFigures_AndSelectsItWithEnter()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync("viewer@example.org");
        await session.GotoAsync("/map?view=europe");
        var germany = page.Locator("[data-testid=map-supplier][data-country=DE]");
        await Assertions.Expect(germany).ToBeVisibleAsync();

        await germany.FocusAsync();
        await Assertions.Expect(page.GetByTestId("map-details-title")).ToHaveTextAsync("Germany");
        await page.GetByTestId("map").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "map-europe-focus.png") });
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/map\?supplier=DE&view=europe$"));
        await Assertions.Expect(page.GetByTestId("flow-row")).ToHaveCountAsync(DemoCsv.Load().Reports.Where(r => r["supplier_country_iso2"] == "DE").Select(r => r["recipient"]).Distinct().Count());
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Map_FitsAPhoneInDarkMode_AndPrintsWithoutItsControls()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        await session.SignInAsync("viewer@example.org");
        await page.SetViewportSizeAsync(390, 844);
        await session.GotoAsync("/map");
        await Assertions.Expect(page.GetByTestId("map-arc").First).ToBeAttachedAsync();

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var svgWidth = await page.GetByTestId("map-svg").EvaluateAsync<double>("e => e.getBoundingClientRect().width");

        Assert.True(width <= 390, $"the page is {width}px wide");
        Assert.True(svgWidth > 300, $"the map is {svgWidth}px wide");
        await session.ScreenshotAsync("map-phone-dark");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print, ColorScheme = ColorScheme.Light });
        await page.SetViewportSizeAsync(1000, 1400);
        await Assertions.Expect(page.GetByTestId("map-toolbar")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("map-svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("flow-table")).ToBeVisibleAsync();
        await session.ScreenshotAsync("map-print");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Viewer_DownloadsTheCurrentViewAsSvgAndPng()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync("viewer@example.org");
        await session.GotoAsync("/map?supplier=IR&view=middle-east");
        await Assertions.Expect(page.GetByTestId("map-arc").First).ToBeAttachedAsync();

        var svg = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-svg").ClickAsync());
        var svgText = await File.ReadAllTextAsync(await svg.PathAsync());
        var png = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-png").ClickAsync());
        var pngBytes = await File.ReadAllBytesAsync(await png.PathAsync());

        Assert.EndsWith(".svg", svg.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("Filter: supplier Iran", svgText, StringComparison.Ordinal);
        Assert.Contains("Middle East", svgText, StringComparison.Ordinal);
        Assert.EndsWith(".png", png.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, pngBytes[..4]);
        await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.ArtifactsDirectory, "map-export-middle-east.png"), pngBytes);
        Assert.Empty(session.Errors);
    }
}
