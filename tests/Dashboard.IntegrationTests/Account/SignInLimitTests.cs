using System.Net;

namespace Dashboard.IntegrationTests.Account;

public sealed class SignInLimitTests
{
    [Fact]
    public async Task SignInPosts_BeyondThePerAddressLimit_Get429()
    {
        await using var app = new DashboardAppFactory(settings: new Dictionary<string, string?> { ["Dashboard:RateLimits:SignInPerAddressPerMinute"] = "3" });
        using var client = app.CreateAppClient();
        var statuses = new List<HttpStatusCode>();

        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await client.SignInAsync($"nobody{attempt}@example.org", "wrong password entirely");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task ShowingTheSignInPage_IsNotLimited()
    {
        await using var app = new DashboardAppFactory(settings: new Dictionary<string, string?> { ["Dashboard:RateLimits:SignInPerAddressPerMinute"] = "1" });
        using var client = app.CreateAppClient();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var response = await client.Http.GetAsync("/Account/Login");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task SignInAttempts_BeyondThePerAccountLimit_Get429WithAClearMessage()
    {
        await using var app = new DashboardAppFactory(settings: new Dictionary<string, string?> { ["Dashboard:RateLimits:SignInPerAccountPerQuarterHour"] = "2" });
        using var client = app.CreateAppClient();
        using (await client.SignInAsync("admin@example.org", "wrong password one"))
        using (await client.SignInAsync("admin@example.org", "wrong password two"))
        {
        }

        using var third = await client.SignInAsync("admin@example.org", DashboardAppFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("too many sign-in attempts for this account", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
