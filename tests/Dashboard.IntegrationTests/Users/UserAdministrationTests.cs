using System.Net;
using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Identity;
using Dashboard.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Users;

/// <summary>User management over the real app (its Identity, its database), as an admin would use it.</summary>
public sealed class UserAdministrationTests : IAsyncLifetime
{
    private readonly DashboardAppFactory app = new();

    private UserAdministration Users => app.Services.GetRequiredService<UserAdministration>();

    public ValueTask InitializeAsync()
    {
        // Starts the host, which migrates and seeds the demo accounts.
        _ = app.Services;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Create_WithAOneTimePassword_TheNewUserCanSignInWithIt()
    {
        var admin = await ActorAsync("admin@example.org");

        var result = await Users.CreateAsync(admin, "new.editor@example.org", "New Editor", Roles.Editor, InitialPassword.OneTimePassword);

        Assert.True(result.Succeeded, result.Message);
        using var client = app.CreateAppClient();
        using var response = await client.SignInAsync("new.editor@example.org", result.Created!.OneTimePassword!);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await AuditCountAsync(AuditActions.UserCreated));
    }

    [Fact]
    public async Task Create_WithASetPasswordLink_TheCodeSetsThePassword()
    {
        var admin = await ActorAsync("admin@example.org");

        var result = await Users.CreateAsync(admin, "linked@example.org", "Linked User", Roles.Viewer, InitialPassword.SetPasswordLink);

        Assert.True(result.Succeeded, result.Message);
        Assert.Null(result.Created!.OneTimePassword);
        using var client = app.CreateAppClient();
        var form = await client.GetFormFieldsAsync($"/Account/ResetPassword?code={result.Created.PasswordResetCode}");
        form["Input.Email"] = "linked@example.org";
        form["Input.Password"] = "a long enough new password";
        form["Input.ConfirmPassword"] = "a long enough new password";
        using var set = await client.Http.PostAsync(new Uri($"/Account/ResetPassword?code={result.Created.PasswordResetCode}", UriKind.Relative), new FormUrlEncodedContent(form));
        Assert.EndsWith("/Account/ResetPasswordConfirmation", set.Headers.Location?.OriginalString.Split('?')[0], StringComparison.Ordinal);
        using var signIn = await client.SignInAsync("linked@example.org", "a long enough new password");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Create_WithAnEmailInUse_IsRefusedNamingTheField()
    {
        var result = await Users.CreateAsync(await ActorAsync("admin@example.org"), "editor@example.org", "Twin", Roles.Editor, InitialPassword.OneTimePassword);

        Assert.False(result.Succeeded);
        Assert.Equal("Email", result.Field);
    }

    [Fact]
    public async Task ChangeRole_OfTheLastAdmin_IsRefused()
    {
        var admin = await ActorAsync("admin@example.org");

        var result = await Users.ChangeRoleAsync(admin, admin.UserId!, Roles.Editor);

        Assert.False(result.Succeeded);
        Assert.Contains("last admin", result.Message, StringComparison.Ordinal);
        Assert.Equal(Roles.Admin, await RoleAsync("admin@example.org"));
    }

    [Fact]
    public async Task Lock_OfTheLastAdmin_IsRefused_EvenByAnotherWhoIsLocked()
    {
        var admin = await ActorAsync("admin@example.org");
        var second = await Users.CreateAsync(admin, "second.admin@example.org", "Second Admin", Roles.Admin, InitialPassword.OneTimePassword);
        var secondActor = new Actor(second.Created!.UserId, "Second Admin");
        Assert.True((await Users.LockAsync(secondActor, admin.UserId!)).Succeeded);

        var result = await Users.LockAsync(admin, second.Created.UserId);

        Assert.False(result.Succeeded, "A locked admin must not act, and the last unlocked admin must stay unlocked.");
        Assert.False(await IsLockedAsync("second.admin@example.org"));
    }

    [Fact]
    public async Task ChangeRole_ChangesTheSecurityStamp_AndIsAudited()
    {
        var admin = await ActorAsync("admin@example.org");
        var editor = await ActorAsync("editor@example.org");
        var stampBefore = await StampAsync("editor@example.org");

        var result = await Users.ChangeRoleAsync(admin, editor.UserId!, Roles.Viewer);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(Roles.Viewer, await RoleAsync("editor@example.org"));
        Assert.NotEqual(stampBefore, await StampAsync("editor@example.org"));
        Assert.Equal(1, await AuditCountAsync(AuditActions.RoleChanged));
    }

    [Fact]
    public async Task LockAndUnlock_LockedUserCannotSignIn_ThenCan()
    {
        var admin = await ActorAsync("admin@example.org");
        var viewer = await ActorAsync("viewer@example.org");

        Assert.True((await Users.LockAsync(admin, viewer.UserId!)).Succeeded);
        using var client = app.CreateAppClient();
        using (var refused = await client.SignInAsync("viewer@example.org", DashboardAppFactory.DemoPassword))
        {
            var location = refused.Headers.Location?.OriginalString ?? string.Empty;
            Assert.True(refused.StatusCode != HttpStatusCode.Redirect || location.Contains("Lockout", StringComparison.Ordinal), $"A locked user was let in ({location}).");
        }

        Assert.True((await Users.UnlockAsync(admin, viewer.UserId!)).Succeeded);
        using var accepted = await client.SignInAsync("viewer@example.org", DashboardAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal((1, 1), (await AuditCountAsync(AuditActions.UserLocked), await AuditCountAsync(AuditActions.UserUnlocked)));
    }

    [Fact]
    public async Task SignOutEverywhere_ChangesTheSecurityStamp()
    {
        var admin = await ActorAsync("admin@example.org");
        var editor = await ActorAsync("editor@example.org");
        var before = await StampAsync("editor@example.org");

        var result = await Users.SignOutEverywhereAsync(admin, editor.UserId!);

        Assert.True(result.Succeeded);
        Assert.NotEqual(before, await StampAsync("editor@example.org"));
    }

    [Theory]
    [InlineData("editor@example.org")]
    [InlineData("viewer@example.org")]
    public async Task AnyUserCommand_ByANonAdmin_ChangesNothingAndIsLogged(string email)
    {
        var caller = await ActorAsync(email);
        var admin = await ActorAsync("admin@example.org");

        var results = new[]
        {
            await Users.CreateAsync(caller, "sneaky@example.org", "Sneaky", Roles.Admin, InitialPassword.OneTimePassword),
            await Users.ChangeRoleAsync(caller, caller.UserId!, Roles.Admin),
            await Users.LockAsync(caller, admin.UserId!),
        };

        Assert.All(results, r => Assert.False(r.Succeeded));
        Assert.Null(await Users.ListAsync(caller));
        Assert.NotEqual(Roles.Admin, await RoleAsync(email));
        Assert.False(await IsLockedAsync("admin@example.org"));
        Assert.Equal(4, await AuditCountAsync(AuditActions.AuthorizationFailed));
    }

    private async Task<Actor> ActorAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        return new Actor(user!.Id, user.DisplayName);
    }

    private async Task<string?> RoleAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return (await users.GetRolesAsync((await users.FindByEmailAsync(email))!)).SingleOrDefault();
    }

    private async Task<string?> StampAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetSecurityStampAsync((await users.FindByEmailAsync(email))!);
    }

    private async Task<bool> IsLockedAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!);
    }

    private async Task<int> AuditCountAsync(string action)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.CountAsync(a => a.Action == action);
    }
}
