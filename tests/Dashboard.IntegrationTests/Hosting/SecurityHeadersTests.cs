using System.Net;

namespace Dashboard.IntegrationTests.Hosting;

public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/healthz")]
    [InlineData("/reports")]
    [InlineData("/app.css")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        await using var app = new DashboardAppFactory();
        using var client = app.CreateAppClient();

        using var response = await client.Http.GetAsync(path);

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' ws://localhost wss://localhost", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task SignInPage_HasNoInlineScript()
    {
        await using var app = new DashboardAppFactory();
        using var client = app.CreateAppClient();

        var document = await client.GetDocumentAsync("/Account/Login");

        Assert.All(document.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), $"inline script found: {s.Text[..Math.Min(80, s.Text.Length)]}"));
    }

    [Fact]
    public async Task OutsideDevelopment_HstsIsSentAndCookiesAreSecure()
    {
        await using var app = new DashboardAppFactory(environment: "Production");

        // HSTS is never sent to localhost, so this client calls the app by a real host name.
        using var client = new AppClient(app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://monitor.example.org"),
            AllowAutoRedirect = false,
        }));

        using var page = await client.Http.GetAsync("/Account/Login");
        using var signIn = await client.SignInAsync("viewer@example.org", DashboardAppFactory.DemoPassword);

        Assert.Contains("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("csm.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InDevelopment_NoHsts()
    {
        await using var app = new DashboardAppFactory();
        using var client = app.CreateAppClient(https: true);

        using var response = await client.Http.GetAsync("/Account/Login");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task SignInForm_WithoutItsAntiforgeryToken_IsRefused()
    {
        await using var app = new DashboardAppFactory();
        using var client = app.CreateAppClient();

        using var response = await client.Http.PostAsync(new Uri("/Account/Login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = "viewer@example.org",
            ["Input.Password"] = DashboardAppFactory.DemoPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("csm.auth=", StringComparison.Ordinal)));
    }
}
