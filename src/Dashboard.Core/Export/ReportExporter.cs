using Dashboard.Core.Filtering;
using Dashboard.Core.Geography;

namespace Dashboard.Core.Export;

/// <summary>The formats a filtered view can be exported in.</summary>
public enum ExportFormat
{
    Csv,
    Json,
    GeoJson,
}

/// <summary>
/// Exports the reports that match a filter, within a scope, as CSV, JSON or GeoJSON. Callable with an
/// explicit filter and <see cref="ExportScope.Published"/> for shared links, or with the scope a
/// signed-in user's role allows.
/// </summary>
public sealed class ReportExporter(ReportExportQueries queries, ICountryPositions positions, TimeProvider timeProvider)
{
    public static string ContentTypeOf(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Json => "application/json; charset=utf-8",
        _ => "application/geo+json; charset=utf-8",
    };

    public static string ExtensionOf(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Json => "json",
        _ => "geojson",
    };

    /// <summary>A file name that says what and when: <c>reports-2024-05-01.csv</c>.</summary>
    public string FileNameFor(ExportFormat format) =>
        FormattableString.Invariant($"reports-{timeProvider.GetUtcNow():yyyy-MM-dd}.{ExtensionOf(format)}");

    public async Task WriteAsync(Stream destination, ExportFormat format, ReportFilter filter, ExportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(filter);
        var info = new ExportDocumentInfo(filter.ToQueryString(), scope, timeProvider.GetUtcNow().UtcDateTime);
        switch (format)
        {
            case ExportFormat.Csv:
                await ReportCsvWriter.WriteAsync(destination, await queries.ListAsync(filter, scope, cancellationToken), cancellationToken);
                break;
            case ExportFormat.Json:
                await ReportJsonWriter.WriteAsync(destination, info, await queries.ListAsync(filter, scope, cancellationToken), cancellationToken);
                break;
            default:
                var points = await queries.LocatedAsync(filter, scope, cancellationToken);
                var flows = await queries.FlowsAsync(filter, scope, cancellationToken);
                await ReportGeoJsonWriter.WriteAsync(destination, info, points, flows, positions, cancellationToken);
                break;
        }
    }

    /// <summary>
    /// Exports reports already read (a snapshot link's frozen versions, which no query over the reports
    /// table can return): the same documents, with the points and flows counted from the list.
    /// </summary>
    public async Task WriteAsync(Stream destination, ExportFormat format, ExportDocumentInfo info, IReadOnlyList<ExportedReport> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(reports);
        switch (format)
        {
            case ExportFormat.Csv:
                await ReportCsvWriter.WriteAsync(destination, reports, cancellationToken);
                break;
            case ExportFormat.Json:
                await ReportJsonWriter.WriteAsync(destination, info, reports, cancellationToken);
                break;
            default:
                var points = reports
                    .Where(r => r.Latitude is not null && r.Longitude is not null)
                    .OrderBy(r => r.Id)
                    .Select(r => new LocatedReport(r.Id, r.ExternalId, r.Title, r.SupplierCountryCode, r.RecipientName, r.Category, r.EvidenceStatus, r.State, r.ReportedDate, r.Latitude!.Value, r.Longitude!.Value, r.PlaceName))
                    .ToList();
                var flows = reports
                    .GroupBy(r => (r.SupplierCountryCode, r.RecipientName, r.RecipientCountryCode, r.Category, r.State))
                    .Select(g => new FlowCount(g.Key.SupplierCountryCode, g.Key.RecipientName, g.Key.RecipientCountryCode, g.Key.Category, g.Key.State, g.Count()))
                    .ToList();
                await ReportGeoJsonWriter.WriteAsync(destination, info, points, flows, positions, cancellationToken);
                break;
        }
    }
}
