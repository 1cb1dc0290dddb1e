using System.Security.Claims;
using Dashboard.Core.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Records refused requests: a signed-in user asking for something their role does not allow is
/// logged and written to the audit log, then gets the usual 403 (or the access-denied page).
/// </summary>
internal sealed partial class AuditingAuthorizationResultHandler(
    AuditWriter audit,
    ILogger<AuditingAuthorizationResultHandler> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
            var name = context.User.Identity.Name ?? "unknown";
            var target = $"{context.Request.Method} {context.Request.Path}";
            LogForbidden(name, target);
            await audit.WriteAsync(
                new Actor(userId, name, RateLimitPolicies.ClientAddress(context)),
                AuditActions.AuthorizationFailed,
                "Request",
                context.Request.Path.Value is { Length: > 64 } path ? path[..64] : context.Request.Path.Value,
                $"Refused {target}: the role does not allow it",
                context.RequestAborted);
        }

        await inner.HandleAsync(next, context, policy, authorizeResult);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Authorization refused {User} for {Target}")]
    private partial void LogForbidden(string user, string target);
}
