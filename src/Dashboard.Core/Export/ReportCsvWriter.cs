using System.Globalization;
using CsvHelper;
using Dashboard.Core.Countries;
using Dashboard.Core.Import;
using Dashboard.Core.Reports;

namespace Dashboard.Core.Export;

/// <summary>
/// Writes reports in the CSV interchange format, version 1: the format's columns in their order, then
/// a <c>state</c> column (which the importer ignores); a report's first row carries every column and
/// each further source is a row with the same external id and only the <c>source_*</c> columns. Cells
/// that a spreadsheet would run as a formula are neutralised (see <see cref="SpreadsheetFormulaGuard"/>).
/// </summary>
public static class ReportCsvWriter
{
    public static IReadOnlyList<string> Columns { get; } = [.. ReportCsvColumns.All, ReportStateNames.Column];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = SpreadsheetFormulaGuard.FormulaCharacters,
        InjectionEscape = SpreadsheetFormulaGuard.Escape,
        WriteByteOrderMark = false,
    };

    public static async Task WriteAsync(Stream destination, IEnumerable<ExportedReport> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(reports);
        await using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        await csv.WriteRecordAsync([.. Columns], cancellationToken);
        var cells = new string?[Columns.Count];
        foreach (var report in reports)
        {
            FillFirstRow(cells, report);
            await WriteAsync(csv, cells, cancellationToken);
            foreach (var source in report.Sources.Skip(1))
            {
                Array.Clear(cells);
                cells[0] = report.ExportId;
                FillSource(cells, source);
                await WriteAsync(csv, cells, cancellationToken);
            }
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static async Task WriteAsync(CsvWriter csv, string?[] cells, CancellationToken cancellationToken)
    {
        // CsvHelper escapes cells that start with a formula character. A cell that starts with the escape
        // character itself is escaped here, so that an import can undo the escape without ambiguity.
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is { Length: > 0 } cell && cell[0] == SpreadsheetFormulaGuard.Escape)
            {
                cells[i] = SpreadsheetFormulaGuard.Escape + cell;
            }
        }

        await csv.WriteRecordAsync(cells!, cancellationToken);
    }

    private static void FillFirstRow(string?[] cells, ExportedReport report)
    {
        cells[0] = report.ExportId;
        cells[1] = report.Title;
        cells[2] = report.ConflictName;
        cells[3] = report.SupplierCountryCode;
        cells[4] = CountryCatalog.NameOf(report.SupplierCountryCode);
        cells[5] = report.RecipientCountryCode;
        cells[6] = report.RecipientName;
        cells[7] = WireNames.Of(report.Category);
        cells[8] = string.Join(';', report.AidTypes);
        cells[9] = report.Items;
        cells[10] = string.Join("; ", report.Entities);
        cells[11] = Date(report.ReportedDate);
        cells[12] = Date(report.EventDateFrom);
        cells[13] = Date(report.EventDateTo);
        cells[14] = WireNames.Of(report.EvidenceStatus);
        cells[15] = WireNames.Of(report.Confidence);
        cells[16] = report.Summary;
        Array.Clear(cells, 17, 4);
        if (report.Sources.Count > 0)
        {
            FillSource(cells, report.Sources[0]);
        }

        cells[21] = ReportStateNames.Of(report.State);
    }

    private static void FillSource(string?[] cells, ExportedSource source)
    {
        cells[17] = source.Title;
        cells[18] = source.Publisher;
        cells[19] = source.Url;
        cells[20] = Date(source.PublishedDate);
    }

    private static string? Date(DateOnly? date) => date?.ToString(ReportRules.DateFormat, CultureInfo.InvariantCulture);
}
