using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace Dashboard.Web.Hosting;

/// <summary>
/// The reference an error page shows, which the log line of that error carries too, so a person
/// quoting it leads straight to the stack trace that they never see.
/// </summary>
public static class ErrorReference
{
    public static string For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
    }
}

/// <summary>Logs an unhandled exception with its reference, then lets the error page render.</summary>
internal sealed partial class ReferencedExceptionLogger(ILogger<ReferencedExceptionLogger> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        LogUnhandled(exception, ErrorReference.For(httpContext), httpContext.Request.Method, httpContext.Request.Path);
        return ValueTask.FromResult(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error {ErrorReference} on {Method} {Path}")]
    private partial void LogUnhandled(Exception exception, string errorReference, string method, string path);
}
