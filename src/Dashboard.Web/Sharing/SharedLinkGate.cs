using Dashboard.Core.Sharing;

namespace Dashboard.Web.Sharing;

/// <summary>
/// Opens the link of every request under <c>/s/</c> before anything else sees it. Anything that is
/// not an open link (an unknown, expired or revoked token, a malformed address, another method, or
/// any token while public sharing is off) ends here with a bare 404, which the status-code pages turn
/// into the one "not found" page of the app: the responses are the same, byte for byte, so nobody can
/// tell a revoked link from one that never existed. The token is never logged.
/// </summary>
public sealed class SharedLinkGate(RequestDelegate next)
{
    public const string FeedSegment = "feed.atom";

    public async Task InvokeAsync(HttpContext context, ShareLinkService links)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(links);
        var token = TokenOf(context.Request);
        var link = token is null ? null : await links.OpenAsync(token, context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
        if (link is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        SharedLinkAccess.Set(context, link);
        await next(context);
    }

    /// <summary>The token of <c>GET /s/{token}</c>, its feed or its exports; null for anything else.</summary>
    private static string? TokenOf(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return null;
        }

        var rest = request.Path.Value is { } path && path.StartsWith(SharedLinkHosting.PathPrefix + "/", StringComparison.Ordinal)
            ? path[(SharedLinkHosting.PathPrefix.Length + 1)..]
            : null;
        if (string.IsNullOrEmpty(rest))
        {
            return null;
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return rest;
        }

        return rest[(slash + 1)..] is FeedSegment or SharedLinkExportEndpoints.CsvSegment or SharedLinkExportEndpoints.JsonSegment or SharedLinkExportEndpoints.GeoJsonSegment
            ? rest[..slash]
            : null;
    }
}
