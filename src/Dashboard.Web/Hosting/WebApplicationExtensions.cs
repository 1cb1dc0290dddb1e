using System.Text.Json;
using Dashboard.Web.Api;
using Dashboard.Web.Components;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Components.Pages.Map;
using Dashboard.Web.Sharing;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;

namespace Dashboard.Web.Hosting;

/// <summary>The request pipeline and the endpoints of the app.</summary>
public static class WebApplicationExtensions
{
    public static WebApplication UseDashboardPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseSharedLinks();

        // The product's own static files: the top-level wwwroot/ of the repository (or of the publish output).
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(FindStaticFilesRoot(app.Environment)) });

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        // Framework and package assets (blazor.web.js, MudBlazor) are public: the sign-in page needs them.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        app.MapMapExport();
        app.MapHealthEndpoints();
        app.MapDiagnostics();
        app.MapDashboardApi();
        app.MapOpenApi();
        app.MapSharedLinkFeed();
        app.MapSharedLinkExports();
        return app;
    }

    /// <summary>
    /// <c>/healthz</c> (the app and its database), <c>/healthz/live</c> (the process answers) and
    /// <c>/healthz/ready</c> (ready for traffic): 200 when healthy, 503 when not.
    /// </summary>
    public static void MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        endpoints.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        endpoints.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteHealthAsync }).AllowAnonymous();
    }

    internal static string FindStaticFilesRoot(IWebHostEnvironment environment)
    {
        // Published: <app>/wwwroot. From the repository (dotnet run, tests): <repo>/wwwroot, two levels up.
        string[] candidates =
        [
            Path.Combine(environment.ContentRootPath, "wwwroot"),
            Path.GetFullPath(Path.Combine(environment.ContentRootPath, "..", "..", "wwwroot")),
        ];
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "app.css")))
            ?? throw new InvalidOperationException($"The static files folder (wwwroot with app.css) was not found; looked in {string.Join(" and ", candidates)}.");
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
