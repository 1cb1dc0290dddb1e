using CsvHelper;

namespace Dashboard.TestSupport;

/// <summary>
/// The demo CSV read independently of the product's importer (plain rows, no rules), so that tests
/// compare what the app stored with what the file actually holds.
/// </summary>
public sealed class DemoCsv
{
    private DemoCsv(IReadOnlyList<IReadOnlyDictionary<string, string>> rows) => Rows = rows;

    public static string FilePath { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "demo_reports.csv");

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    /// <summary>Rows that start a report (the first row of each external id).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Reports =>
        Rows.GroupBy(r => r["external_id"]).Select(g => g.First()).ToList();

    public int ReportCount => Rows.Select(r => r["external_id"]).Distinct().Count();

    public int SourceCount => Rows.Count(r => r["source_title"].Length > 0);

    public int DistinctSuppliers => Reports.Select(r => r["supplier_country_iso2"]).Distinct().Count();

    public static DemoCsv Load() => Read(CsvReader.FromFile(FilePath, new CsvReaderOptions { Separator = ',', HasHeader = true }));

    /// <summary>Any CSV text (an export, for example) read the same way: one dictionary per row, by header.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ParseRows(string text) =>
        Read(CsvReader.FromText(text, new CsvReaderOptions { Separator = ',', HasHeader = true })).Rows;

    private static DemoCsv Read(CsvReader source)
    {
        using var reader = source;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        var headers = reader.Headers;
        while (reader.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                row[headers[i]] = reader.GetString(i) ?? string.Empty;
            }

            rows.Add(row);
        }

        return new DemoCsv(rows);
    }
}
