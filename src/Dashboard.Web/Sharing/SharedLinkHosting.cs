using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Sharing;

/// <summary>
/// The public side of share links: the rate limit, the privacy headers and the gate of every
/// <c>/s/*</c> request, and the Atom feed endpoint. The shared page itself is a static Razor page
/// (<c>Components/Pages/Sharing/SharedTimeline.razor</c>).
/// </summary>
public static class SharedLinkHosting
{
    public const string PathPrefix = "/s";

    public static IServiceCollection AddSharedLinks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SharedLinkLimits>().Bind(configuration.GetSection(SharedLinkLimits.Section));

        // The limiter middleware needs the framework's rate limiting services; its options are our own
        // (UseSharedLinks), so this adds no policy and changes no other limit.
        services.AddRateLimiter(_ => { });
        services.AddHostedService<SharedLinkVisitsFlusher>();

        return services;
    }

    /// <summary>
    /// Everything under <c>/s/</c> goes through its own branch: privacy headers on every response
    /// (including 404 and 429), a fixed-window limit per client address, then the gate. Place it after
    /// the status-code pages, so that a refused token gets the app's one not-found page.
    /// </summary>
    public static IApplicationBuilder UseSharedLinks(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var limits = app.ApplicationServices.GetRequiredService<IOptions<SharedLinkLimits>>().Value;
        var limiter = new RateLimiterOptions
        {
            RejectionStatusCode = StatusCodes.Status429TooManyRequests,
            GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, limits.SharedLinkRequestsPerAddressPerMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })),
            OnRejected = static async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                // A body of its own keeps the status-code pages from replacing it with the not-found page.
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("Too many requests from your network. Wait a minute, then try again.", cancellationToken);
            },
        };

        return app.UseWhen(
            context => context.Request.Path.StartsWithSegments(PathPrefix),
            branch =>
            {
                branch.Use(static (context, next) =>
                {
                    // Set as the response starts, so they hold on every answer whatever ran before.
                    context.Response.OnStarting(static state =>
                    {
                        var headers = ((HttpResponse)state).Headers;
                        headers["Referrer-Policy"] = "no-referrer";
                        headers.CacheControl = "no-store";
                        headers["X-Robots-Tag"] = "noindex";
                        return Task.CompletedTask;
                    }, context.Response);
                    return next(context);
                });
                branch.UseRateLimiter(limiter);
                branch.UseMiddleware<SharedLinkGate>();
                branch.UseMiddleware<SharedPageCache>();
            });
    }

    public static IEndpointRouteBuilder MapSharedLinkFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PathPrefix + "/{token}/" + SharedLinkGate.FeedSegment, SharedLinkFeed.WriteAsync)
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }
}
