namespace Dashboard.E2ETests.Admin;

/// <summary>The admins' pages open in Chromium without errors; creating a user shows the set-password link once.</summary>
public sealed class AdminPagesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Admin_OpensEveryAdminPage_AndCreatesAUser()
    {
        await using var admin = await browser.NewSessionAsync();
        var page = admin.Page;
        await admin.SignInAsync("admin@example.org");

        foreach (var (path, heading, content, shot) in new[]
        {
            ("/admin", "Reports in the works", "[data-testid=grid-reviewqueue]", "admin-home"),
            ("/admin/reports/1/history", "History:", "[data-testid=revision]", "admin-history"),
            ("/admin/audit", "Audit log", "[data-testid=audit-grid] tbody tr td", "admin-audit"),
            ("/admin/reference", "Reference data", "table", "admin-reference"),
            ("/admin/users", "Users", "[data-testid=user-row]", "admin-users"),
        })
        {
            await page.GotoAsync(path);
            await admin.WaitForCircuitAsync();
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(heading);
            await Assertions.Expect(page.Locator(content).First).ToBeVisibleAsync();
            await admin.ScreenshotAsync(shot);
        }

        await Assertions.Expect(page.GetByTestId("users")).ToContainTextAsync("viewer@example.org");
        await page.Locator("#new-email").FillAsync("new.viewer@example.org");
        await page.Locator("#new-name").FillAsync("New Viewer");
        await page.GetByRole(AriaRole.Radio, new PageGetByRoleOptions { Name = "Set-password link" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("created-account")).ToContainTextAsync("new.viewer@example.org was created");
        await Assertions.Expect(page.Locator("#set-password-link")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/Account/ResetPassword\\?code="));
        await Assertions.Expect(page.GetByTestId("users")).ToContainTextAsync("new.viewer@example.org");
        await admin.ScreenshotAsync("admin-user-created");

        Assert.Empty(admin.Errors);
    }
}
