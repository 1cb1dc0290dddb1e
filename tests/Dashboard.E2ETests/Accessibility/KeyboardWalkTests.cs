using System.Text.RegularExpressions;

namespace Dashboard.E2ETests.Accessibility;

/// <summary>
/// The main tasks done with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows, Escape; no
/// clicks): at every stop the expected element has the focus and the focus can be seen.
/// </summary>
public sealed class KeyboardWalkTests(BrowserFixture browser)
{
    [Fact]
    public async Task KeyboardUser_OpensTheFilters_AndChoosesASupplier()
    {
        await using var session = await SignedInAsync("/reports");
        var page = session.Page;

        await KeyboardWalk.TabUntilAsync(page, "the Filters button", "e => e.matches('[data-testid=filter-toggle]')");
        await KeyboardWalk.AssertFocusVisibleAsync(page, "the Filters button");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("filter-toggle")).ToHaveAttributeAsync("aria-expanded", "true");

        await KeyboardWalk.TabUntilAsync(page, "the supplier field", "e => !!e.closest('[data-testid=filter-supplier]')");
        await KeyboardWalk.AssertFocusVisibleAsync(page, "the supplier field");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/reports\?supplier=[A-Z]{2}$"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByTestId("filter-chip")).ToHaveCountAsync(1);
        await session.ScreenshotAsync("keyboard-filter");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task KeyboardUser_ReachesACountryOnTheMap_AndFiltersByItWithEnter()
    {
        await using var session = await SignedInAsync("/map");
        var page = session.Page;
        await Assertions.Expect(page.GetByTestId("map-arc").First).ToBeAttachedAsync();

        await KeyboardWalk.TabUntilAsync(page, "a supplier on the map", "e => e.matches('[data-testid=map-supplier]')", maxPresses: 120);
        var country = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('data-country')");

        // A map link shows its focus on its shape (a thick stroke drawn at screen size), not with an outline.
        var stroke = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.activeElement.firstElementChild).strokeWidth)");
        Assert.True(stroke >= 3, $"the focused supplier {country} is drawn with a {stroke}px stroke, too thin to see the focus");
        await page.GetByTestId("map").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "keyboard-map.png") });

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($@"/map\?supplier={country}$"));
        await Assertions.Expect(page.GetByTestId("flow-row").First).ToHaveAttributeAsync("data-supplier", country);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task KeyboardUser_OpensAReportFromTheList_AndReachesItsFirstSource()
    {
        await using var session = await SignedInAsync("/reports");
        var page = session.Page;

        await KeyboardWalk.TabUntilAsync(page, "the first report link", "e => e.matches('[data-testid=report-link]')", maxPresses: 80);
        await KeyboardWalk.AssertFocusVisibleAsync(page, "the first report link");
        var title = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/reports/\d+$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);

        await KeyboardWalk.TabUntilAsync(page, "the first source link", "e => e === document.querySelector('[data-testid=source] a')", maxPresses: 80);
        await KeyboardWalk.AssertFocusVisibleAsync(page, "the first source link");
        await session.ScreenshotAsync("keyboard-report-source");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task KeyboardUser_SharesTheTimeline_CopiesTheLink_AndClosesTheDialogWithEscape()
    {
        var title = $"Shared by keyboard {Guid.NewGuid().ToString("N")[..6]}";
        await using var session = await SignedInAsync("/timeline");
        var page = session.Page;

        await KeyboardWalk.TabUntilAsync(page, "the Share button", "e => e.matches('[data-testid=share-timeline]')", maxPresses: 80);
        await KeyboardWalk.AssertFocusVisibleAsync(page, "the Share button");
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByTestId("share-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();

        await KeyboardWalk.TabUntilAsync(page, "the title field", "e => !!e.closest('[data-testid=share-title]')");
        await KeyboardWalk.AssertFocusVisibleAsync(page, "the title field");
        await page.Keyboard.TypeAsync(title);
        await KeyboardWalk.TabUntilAsync(page, "the Create link button", "e => e.matches('[data-testid=share-create]')");
        await KeyboardWalk.AssertFocusVisibleAsync(page, "the Create link button");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog.GetByTestId("share-created")).ToBeVisibleAsync();

        await KeyboardWalk.TabUntilAsync(page, "the Copy link button", "e => e.matches('[data-testid=share-copy]')");
        await KeyboardWalk.AssertFocusVisibleAsync(page, "the Copy link button");
        await session.ScreenshotAsync("keyboard-share-created");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);

        await session.GotoAsync("/timeline/shares");
        await Assertions.Expect(page.GetByTestId("share-link-row").Filter(new LocatorFilterOptions { HasText = title })).ToHaveCountAsync(1);
        Assert.Empty(session.Errors);
    }

    private async Task<BrowserSession> SignedInAsync(string path)
    {
        var session = await browser.NewSessionAsync();
        await session.SignInAsync("viewer@example.org");
        await session.GotoAsync(path);
        return session;
    }
}
