using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.IntegrationTests.Security;

/// <summary>
/// Every page and endpoint of the app's own route table, requested as an anonymous visitor, a
/// viewer, an editor and an admin, gives the outcome its audience allows. A route that nobody has
/// classified yet fails the test, so a new page cannot be forgotten.
/// </summary>
public sealed partial class AuthorizationMatrixTests : IClassFixture<AuthorizationMatrixTests.App>
{
    private readonly App app;

    public AuthorizationMatrixTests(App app) => this.app = app;

    /// <summary>Who may use a route.</summary>
    public enum Audience
    {
        Everyone,
        SignedIn,
        Staff,
        Editors,
        Admins,
    }

    public static TheoryData<string> Routes()
    {
        using var factory = new DashboardAppFactory();
        _ = factory.Server;
        var data = new TheoryData<string>();
        foreach (var route in RouteTable(factory.Services))
        {
            data.Add(route);
        }

        return data;
    }

    /// <summary>The audience of each route, decided here independently of the attributes in the code.</summary>
    public static Audience AudienceOf(string pattern) => pattern switch
    {
        "/healthz" or "/healthz/live" or "/healthz/ready" or "/not-found" or "/Error" => Audience.Everyone,
        "/Account/Logout" => Audience.SignedIn,
        _ when pattern.StartsWith("/Account/Manage", StringComparison.Ordinal) => Audience.SignedIn,
        _ when pattern.StartsWith("/Account/", StringComparison.Ordinal) => Audience.Everyone,
        _ when pattern.StartsWith("/s/", StringComparison.Ordinal) => Audience.Everyone,
        "/admin/users" or "/admin/audit" or "/admin/shares" or "/api/v1/diagnostics" => Audience.Admins,
        _ when pattern.StartsWith("/admin/reference", StringComparison.Ordinal) => Audience.Admins,
        "/admin" => Audience.Editors,
        _ when pattern.StartsWith("/admin/", StringComparison.Ordinal) => Audience.Editors,
        _ when pattern.StartsWith("/api/", StringComparison.Ordinal) || pattern.StartsWith("/openapi/", StringComparison.Ordinal) => Audience.Staff,
        _ when pattern.StartsWith("/_blazor", StringComparison.Ordinal) => Audience.Staff,

        // Blazor's redirect helper for enhanced navigation: only signed-in staff pages navigate that way.
        "/_framework/opaque-redirect" => Audience.Staff,
        "/" or "/map" or "/timeline" or "/reports" => Audience.Staff,
        _ when Regex.IsMatch(pattern, "^/(reports|countries|organizations|map|timeline)/") => Audience.Staff,
        _ => throw new InvalidOperationException($"The route {pattern} is new: decide who may use it and add it to {nameof(AudienceOf)}."),
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_IsOpenExactlyToItsAudience(string route)
    {
        var (method, pattern) = Split(route);
        var audience = AudienceOf(pattern);
        var path = Concrete(pattern);

        foreach (var (who, client) in app.Clients)
        {
            var allowed = audience switch
            {
                Audience.Everyone => true,
                Audience.SignedIn or Audience.Staff => who != "anonymous",
                Audience.Editors => who is "editor" or "admin",
                _ => who == "admin",
            };
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method == "POST")
            {
                request.Content = new FormUrlEncodedContent([]);
            }

            using var response = await client.Http.SendAsync(request);
            var outcome = Outcome(response);
            Assert.True(
                allowed ? outcome == "allowed" : outcome == (who == "anonymous" ? "sent to sign-in" : "forbidden"),
                $"{method} {path} as {who}: expected {(allowed ? "allowed" : "refused")}, got {outcome} ({(int)response.StatusCode} {response.Headers.Location})");
        }
    }

    private static string Outcome(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => "sent to sign-in",
            HttpStatusCode.Redirect when location.Contains("/Account/Login", StringComparison.Ordinal) => "sent to sign-in",
            HttpStatusCode.Forbidden => "forbidden",
            HttpStatusCode.Redirect when location.Contains("/Account/AccessDenied", StringComparison.Ordinal) => "forbidden",
            _ => "allowed",
        };
    }

    internal static IEnumerable<string> RouteTable(IServiceProvider services) =>
        services.GetServices<EndpointDataSource>()
            .SelectMany(s => s.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null && e.RoutePattern.RawText is not null && !e.RoutePattern.RawText.StartsWith("{**", StringComparison.Ordinal))
            .Select(e =>
            {
                var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
                var method = methods.Contains("GET") || methods.Count == 0 ? "GET" : methods[0];
                var pattern = "/" + e.RoutePattern.RawText!.TrimStart('/');
                if (pattern.StartsWith("/_blazor/negotiate", StringComparison.Ordinal) || pattern.StartsWith("/_blazor/disconnect", StringComparison.Ordinal))
                {
                    method = "POST";
                }

                return $"{method} {pattern}";
            })
            .Distinct()
            .Order(StringComparer.Ordinal);

    private static (string Method, string Pattern) Split(string route)
    {
        var space = route.IndexOf(' ', StringComparison.Ordinal);
        return (route[..space], route[(space + 1)..]);
    }

    /// <summary>A real address for a route pattern: ids 1, an unknown share token, China, the v1 document.</summary>
    private static string Concrete(string pattern) => RouteParameter().Replace(pattern, match => match.Groups[1].Value.ToLowerInvariant() switch
    {
        "token" => "an-unknown-token-for-the-matrix",
        "iso2" => "CN",
        "documentname" => "v1",
        _ => "1",
    });

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z0-9]+)(:[^}]*)?\??\}")]
    private static partial Regex RouteParameter();

    /// <summary>One app and a signed-in client per role, shared by the whole matrix.</summary>
    public sealed class App : IAsyncLifetime
    {
        private readonly DashboardAppFactory factory = new();

        public List<(string Who, AppClient Client)> Clients { get; } = [];

        public async ValueTask InitializeAsync()
        {
            Clients.Add(("anonymous", factory.CreateAppClient()));
            foreach (var who in new[] { "viewer", "editor", "admin" })
            {
                var client = factory.CreateAppClient();
                await client.SignInOrFailAsync($"{who}@example.org");
                Clients.Add((who, client));
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var (_, client) in Clients)
            {
                client.Dispose();
            }

            await factory.DisposeAsync();
        }
    }
}
