using Dashboard.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.E2ETests.Journeys;

/// <summary>
/// An admin manages people and links: creates an account, changes its role, locks it (its owner can
/// no longer sign in) and unlocks it (they can again); then revokes a link another user shared, which
/// then answers 404. Opening every admin page is covered by <see cref="Admin.AdminPagesBrowserTests"/>.
/// </summary>
public sealed class AdminJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Admin_CreatesAUser_ChangesTheRole_LocksAndUnlocksIt()
    {
        var email = $"journey.{JourneyData.UniqueSuffix()}@example.org";
        await using var admin = await browser.NewSessionAsync();
        var page = admin.Page;
        await admin.SignInAsync("admin@example.org");
        await admin.GotoAsync("/admin/users");

        await page.Locator("#new-email").FillAsync(email);
        await page.Locator("#new-name").FillAsync("Journey Person");
        await page.GetByRole(AriaRole.Radio, new PageGetByRoleOptions { Name = "One-time password" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("created-account")).ToContainTextAsync($"{email} was created");
        var password = await page.Locator("#one-time-password").InputValueAsync();
        Assert.False(string.IsNullOrWhiteSpace(password));
        var row = page.GetByTestId("user-row").Filter(new LocatorFilterOptions { HasText = email });
        await Assertions.Expect(row).ToContainTextAsync("Active");
        Assert.Equal([Roles.Viewer], await RolesOfAsync(email));
        await admin.ScreenshotAsync("journey-admin-1-user-created");

        // Role: a change that is cancelled leaves the role as it was, on the page and in the database.
        var roleSelect = row.Locator("div.mud-select").First;
        await roleSelect.ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = Roles.Admin, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Assertions.Expect(row.Locator("input").First).ToHaveValueAsync(Roles.Viewer);
        Assert.Equal([Roles.Viewer], await RolesOfAsync(email));

        // Viewer to Editor, after a confirmation.
        await roleSelect.ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = Roles.Editor, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Change" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("users-message")).ToContainTextAsync($"{email} is now {Roles.Editor}.");
        await Assertions.Expect(row.Locator("input").First).ToHaveValueAsync(Roles.Editor);
        Assert.Equal([Roles.Editor], await RolesOfAsync(email));
        await admin.ScreenshotAsync("journey-admin-2-role-changed");

        // Locked: the account's owner is turned away at sign-in.
        await row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lock" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Yes" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("users-message")).ToContainTextAsync($"{email} is locked");
        await Assertions.Expect(row).ToContainTextAsync("Locked");
        await admin.ScreenshotAsync("journey-admin-3-locked");
        await using (var owner = await browser.NewSessionAsync())
        {
            await TrySignInAsync(owner.Page, email, password);
            await Assertions.Expect(owner.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Lockout"));
            await Assertions.Expect(owner.Page.GetByTestId("signed-in-user")).ToHaveCountAsync(0);
        }

        // Unlocked: they can sign in again.
        await row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Unlock" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("users-message")).ToContainTextAsync($"{email} is unlocked.");
        await Assertions.Expect(row).ToContainTextAsync("Active");
        await using (var owner = await browser.NewSessionAsync())
        {
            await owner.SignInAsync(email, password);
            Assert.Empty(owner.Errors);
        }

        await admin.ScreenshotAsync("journey-admin-4-unlocked");
        Assert.Empty(admin.Errors);
    }

    [Fact]
    public async Task Admin_RevokesALinkAnotherUserShared_AndTheLinkAnswers404()
    {
        var title = $"Journey link to revoke {JourneyData.UniqueSuffix()}";
        var path = await JourneyData.ShareLinkAsync(browser.App, "viewer@example.org", title, "supplier=DE");
        await using (var stranger = await browser.NewSessionAsync())
        {
            Assert.Equal(200, (await stranger.Page.GotoAsync(path))!.Status);
        }

        await using var admin = await browser.NewSessionAsync();
        var page = admin.Page;
        await admin.SignInAsync("admin@example.org");
        await admin.GotoAsync("/admin/shares");
        var row = page.GetByTestId("share-link-row").Filter(new LocatorFilterOptions { HasText = title });
        await Assertions.Expect(row).ToContainTextAsync("Demo Viewer");
        await Assertions.Expect(row.GetByTestId("share-link-accesses")).ToHaveTextAsync("1");
        await Assertions.Expect(row.GetByTestId("share-link-status")).Not.ToContainTextAsync("Revoked");
        await admin.ScreenshotAsync("journey-admin-5-links");

        await row.GetByTestId("revoke-share-link").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Revoke", Exact = true }).ClickAsync();
        await Assertions.Expect(row.GetByTestId("share-link-status")).ToContainTextAsync("Revoked");
        await Assertions.Expect(row.GetByTestId("revoke-share-link")).ToHaveCountAsync(0);
        await admin.ScreenshotAsync("journey-admin-6-link-revoked");

        await using (var stranger = await browser.NewSessionAsync())
        {
            var response = await stranger.Page.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            await Assertions.Expect(stranger.Page.GetByTestId("shared-title")).ToHaveCountAsync(0);
        }

        Assert.Empty(admin.Errors);
    }

    private async Task<IList<string>> RolesOfAsync(string email)
    {
        using var scope = browser.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }

    private static async Task TrySignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
    }
}
