using System.Net;
using Dashboard.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Account;

public sealed class SignInTests : IAsyncLifetime
{
    private readonly DashboardAppFactory app = new();

    [Fact]
    public async Task SignIn_WithTheRightPassword_RedirectsAndSetsTheCookie()
    {
        using var client = app.CreateAppClient();

        using var response = await client.SignInAsync("viewer@example.org", DashboardAppFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("csm.auth=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_ShowsTheErrorAndNoCookie()
    {
        using var client = app.CreateAppClient();

        using var response = await client.SignInAsync("viewer@example.org", "not the password at all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the email or the password is wrong", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("csm.auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_AndTheRightPasswordThenFails()
    {
        using var client = app.CreateAppClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await client.SignInAsync("editor@example.org", $"wrong password number {attempt}");
        }

        using var right = await client.SignInAsync("editor@example.org", DashboardAppFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/Account/Lockout", new Uri(new Uri("http://localhost"), right.Headers.Location!).AbsolutePath);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync("editor@example.org"))!));
    }

    [Fact]
    public async Task PasswordPolicy_RefusesElevenCharacters()
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        var result = await users.CreateAsync(new ApplicationUser { UserName = "short@example.org", Email = "short@example.org" }, "abcdefghijk");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == nameof(IdentityErrorDescriber.PasswordTooShort));
    }

    [Fact]
    public async Task PasswordPolicy_AcceptsTwelveLettersWithoutDigitsOrSymbols()
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        var result = await users.CreateAsync(new ApplicationUser { UserName = "long@example.org", Email = "long@example.org" }, "abcdefghijkl");

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
