using Dashboard.Core.Export;
using Dashboard.Core.Sharing;

namespace Dashboard.Web.Sharing;

/// <summary>
/// <c>/s/{token}/export.csv</c>, <c>.json</c> and <c>.geojson</c>: the shared page's own slice for
/// people without an account. The gate has already opened the link (or answered 404); the export holds
/// exactly what the page shows (see <see cref="SharedLinkExport"/>).
/// </summary>
public static class SharedLinkExportEndpoints
{
    public const string CsvSegment = "export.csv";
    public const string JsonSegment = "export.json";
    public const string GeoJsonSegment = "export.geojson";

    public static IEndpointRouteBuilder MapSharedLinkExports(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (segment, format) in new[] { (CsvSegment, ExportFormat.Csv), (JsonSegment, ExportFormat.Json), (GeoJsonSegment, ExportFormat.GeoJson) })
        {
            endpoints.MapGet(SharedLinkHosting.PathPrefix + "/{token}/" + segment, (HttpContext context, SharedLinkExport export, TimeProvider time) => Export(context, format, export, time))
                .AllowAnonymous()
                .ExcludeFromDescription();
        }

        return endpoints;
    }

    /// <summary>The file name of a shared export: what and when, never the token.</summary>
    public static string FileNameFor(ExportFormat format, DateTimeOffset now) =>
        FormattableString.Invariant($"shared-timeline-{now:yyyy-MM-dd}.{ReportExporter.ExtensionOf(format)}");

    private static IResult Export(HttpContext context, ExportFormat format, SharedLinkExport export, TimeProvider time)
    {
        var link = SharedLinkAccess.Get(context);
        if (link is null)
        {
            return Results.NotFound();
        }

        return Results.Stream(
            stream => export.WriteAsync(stream, format, link, context.RequestAborted),
            ReportExporter.ContentTypeOf(format),
            FileNameFor(format, time.GetUtcNow()));
    }
}
