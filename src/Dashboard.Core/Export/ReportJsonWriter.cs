using System.Text.Json;

namespace Dashboard.Core.Export;

/// <summary>Writes reports as one JSON document: the filter and scope they were chosen with, and every report with its sources.</summary>
public static class ReportJsonWriter
{
    public static async Task WriteAsync(Stream destination, ExportDocumentInfo info, IReadOnlyList<ExportedReport> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(reports);
        var document = new ReportJsonDocument(info.Filter, info.Scope, info.ExportedAt, reports.Count, reports);
        await JsonSerializer.SerializeAsync(destination, document, ExportJson.Options, cancellationToken);
    }

    private sealed record ReportJsonDocument(string Filter, ExportScope Scope, DateTime ExportedAt, int Count, IReadOnlyList<ExportedReport> Reports);
}

/// <summary>What an export file says about itself: the filter (as a query string), the scope and when it was made.</summary>
public sealed record ExportDocumentInfo(string Filter, ExportScope Scope, DateTime ExportedAt);
