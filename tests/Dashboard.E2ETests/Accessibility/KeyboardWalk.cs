namespace Dashboard.E2ETests.Accessibility;

/// <summary>Moves the focus with the keyboard only, and checks that the focus can be seen.</summary>
internal static class KeyboardWalk
{
    private const string DescribeActive =
        "() => { const e = document.activeElement; if (!e) return '(nothing)'; " +
        "return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('data-testid') ? '[data-testid=' + e.getAttribute('data-testid') + ']' : '') + " +
        "' \"' + (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 60) + '\"'; }";

    /// <summary>
    /// Presses Tab (or Shift+Tab) until <paramref name="predicate"/>, a JavaScript function of the
    /// focused element, returns true; fails after <paramref name="maxPresses"/> presses, naming where the focus ended.
    /// </summary>
    public static async Task TabUntilAsync(IPage page, string what, string predicate, int maxPresses = 40, bool backwards = false)
    {
        var key = backwards ? "Shift+Tab" : "Tab";
        for (var press = 1; press <= maxPresses; press++)
        {
            await page.Keyboard.PressAsync(key);
            if (await page.EvaluateAsync<bool>($"() => {{ const e = document.activeElement; return !!e && e !== document.body && Boolean(({predicate})(e)); }}"))
            {
                return;
            }
        }

        Assert.Fail($"{what} was not reached after {maxPresses} presses of {key}; the focus is on {await page.EvaluateAsync<string>(DescribeActive)}");
    }

    /// <summary>The focused element draws an outline or a box shadow.</summary>
    public static async Task AssertFocusVisibleAsync(IPage page, string what)
    {
        var style = await page.EvaluateAsync<string>(
            "() => { const s = getComputedStyle(document.activeElement); " +
            "const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0; " +
            "const shadow = s.boxShadow && s.boxShadow !== 'none'; " +
            "return (outline || shadow ? 'visible' : 'invisible') + ': outline ' + s.outlineStyle + ' ' + s.outlineWidth + ', box-shadow ' + s.boxShadow; }");
        Assert.True(style.StartsWith("visible", StringComparison.Ordinal), $"The focus on {what} ({await page.EvaluateAsync<string>(DescribeActive)}) cannot be seen: {style}");
    }
}
