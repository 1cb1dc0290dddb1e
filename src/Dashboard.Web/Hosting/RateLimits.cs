using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Limits on sign-in attempts (section <c>Dashboard:RateLimits</c>). They come on top of the account
/// lockout: the lockout stops guessing one password, the limits stop a client from trying many
/// accounts and stop anyone from keeping an account locked forever.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Dashboard:RateLimits";

    /// <summary>Sign-in posts per client address per minute.</summary>
    public int SignInPerAddressPerMinute { get; set; } = 10;

    /// <summary>Sign-in attempts per account per 15 minutes, from any address.</summary>
    public int SignInPerAccountPerQuarterHour { get; set; } = 20;
}

/// <summary>The rate limiter policies of the app.</summary>
public static class RateLimitPolicies
{
    public const string SignIn = "sign-in";

    public static IServiceCollection AddDashboardRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddSingleton(options);
        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = static async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    "Too many requests from your network. Wait a minute, then try again.", cancellationToken);
            };

            // Only the form posts count: showing the sign-in page is free.
            limiter.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    ClientAddress(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInPerAddressPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }

    /// <summary>The client's address (after forwarded headers are applied, behind a proxy).</summary>
    public static string ClientAddress(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}

/// <summary>Counts sign-in attempts per account, whatever address they come from.</summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public SignInThrottle(RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        limiter = PartitionedRateLimiter.Create<string, string>(account => RateLimitPartition.GetSlidingWindowLimiter(
            account,
            _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = options.SignInPerAccountPerQuarterHour,
                Window = TimeSpan.FromMinutes(15),
                SegmentsPerWindow = 5,
                QueueLimit = 0,
            }));
    }

    /// <summary>True when one more attempt for this account is allowed now.</summary>
    public bool TryAttempt(string account)
    {
        using var lease = limiter.AttemptAcquire(account.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
