namespace Dashboard.Web.Hosting;

/// <summary>
/// Security headers on every response. The Content-Security-Policy allows what Blazor Server and
/// MudBlazor need and nothing more: scripts only from this origin (no inline script, no eval), the
/// circuit's WebSocket to this origin, inline styles (MudBlazor writes its theme and positions as
/// inline styles), no plugins, no framing.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(static (context, next) =>
        {
            var headers = context.Response.Headers;
            var host = context.Request.Host.Value;
            headers.ContentSecurityPolicy = string.Join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                $"connect-src 'self' ws://{host} wss://{host}",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });
    }
}
