using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Filtering;
using Dashboard.Core.Identity;
using Dashboard.Core.Sharing;
using Dashboard.Core.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.IntegrationTests.Security;

/// <summary>
/// The structured log of security events (issue 8): sign-ins that succeed and fail, lockouts, role
/// changes, share links and refused requests, each with its named fields, and never a share token.
/// </summary>
public sealed class SecurityLogTests
{
    [Fact]
    public async Task SecurityEvents_AreLoggedWithTheirFields_AndNoShareTokenIsEverLogged()
    {
        var logs = new CollectingLoggerProvider();
        await using var app = new DashboardAppFactory();
        await using var factory = app.WithWebHostBuilder(b => b
            .UseSetting("Logging:LogLevel:Default", "Information")
            .ConfigureLogging(l => l.AddProvider(logs)));
        var admin = await ActorAsync(factory, "admin@example.org");
        var viewer = await ActorAsync(factory, "viewer@example.org");

        using (var client = new AppClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })))
        {
            (await client.SignInAsync("viewer@example.org", "not the right password")).Dispose();
            await client.SignInOrFailAsync("viewer@example.org");
            (await client.Http.GetAsync(new Uri("/admin/users", UriKind.Relative))).Dispose();
        }

        var users = factory.Services.GetRequiredService<UserAdministration>();
        var created = await users.CreateAsync(admin, "logged.person@example.org", "Logged Person", Roles.Viewer, InitialPassword.OneTimePassword);
        Assert.True(created.Succeeded, created.Message);
        var userId = created.Created!.UserId;
        Assert.True((await users.ChangeRoleAsync(admin, userId, Roles.Editor)).Succeeded);
        using (var client = new AppClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })))
        {
            for (var attempt = 0; attempt < 6; attempt++)
            {
                (await client.SignInAsync("logged.person@example.org", "a wrong password again")).Dispose();
            }
        }

        var links = factory.Services.GetRequiredService<ShareLinkService>();
        var link = await links.CreateAsync(new ShareLinkRequest("Logged link", null, 7, ShareLinkMode.Live, ReportFilter.Parse("?supplier=CN").Filter), viewer);
        using (var stranger = factory.CreateClient())
        {
            (await stranger.GetAsync(new Uri($"/s/{link.Token}", UriKind.Relative))).Dispose();
        }

        Assert.Equal(ShareLinkRevocation.Revoked, await links.RevokeAsync(link.LinkId!.Value, viewer));

        AssertLogged(logs, "Sign-in failed", ("Email", "viewer@example.org"));
        AssertLogged(logs, "Sign-in succeeded", ("Email", "viewer@example.org"));
        AssertLogged(logs, "Authorization refused", ("User", "viewer@example.org"), ("Target", "GET /admin/users"));
        AssertLogged(logs, "locked out", ("Email", "logged.person@example.org"));
        AssertLogged(logs, "on user", ("Action", AuditActions.UserCreated), ("UserId", userId));
        AssertLogged(logs, "on user", ("Action", AuditActions.RoleChanged), ("UserId", userId));
        AssertLogged(logs, "created", ("LinkId", link.LinkId.Value));
        AssertLogged(logs, "revoked", ("LinkId", link.LinkId.Value));
        AssertLogged(logs, "first opened", ("LinkId", link.LinkId.Value));
        Assert.DoesNotContain(logs.Messages, m => m.Contains(link.Token!, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Records, r => r.Properties.Values.Any(v => v?.ToString()?.Contains(link.Token!, StringComparison.Ordinal) == true));
    }

    private static void AssertLogged(CollectingLoggerProvider logs, string text, params (string Name, object Value)[] fields) =>
        Assert.True(
            logs.Records.Any(r => r.Message.Contains(text, StringComparison.Ordinal)
                && fields.All(f => r.Properties.TryGetValue(f.Name, out var value) && Equals(value?.ToString(), f.Value.ToString()))),
            $"No log event with '{text}' and {string.Join(", ", fields.Select(f => $"{f.Name}={f.Value}"))}. Seen: "
                + string.Join(" | ", logs.Records.Where(r => r.Message.Contains(text, StringComparison.Ordinal)).Select(r => r.Message)));

    private static async Task<Actor> ActorAsync(WebApplicationFactory<Program> factory, string email)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        return new Actor(user.Id, user.DisplayName);
    }
}
