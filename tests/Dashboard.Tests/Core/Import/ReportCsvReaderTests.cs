using System.Text;
using Dashboard.Core.Import;
using Dashboard.Core.Reports;
using Dashboard.Core.Seeding;

namespace Dashboard.Tests.Core.Import;

public sealed class ReportCsvReaderTests
{
    private const string Header = "external_id,title,conflict,supplier_country_iso2,recipient,category,aid_type,reported_date,status,confidence,summary,source_title,source_publisher,source_url,source_date";

    private static readonly ReportCsvReader Reader = new(TimeProvider.System);

    [Fact]
    public void DemoCsv_ReadsEveryReportWithoutIssues()
    {
        var csv = DemoCsv.Load();

        var result = Reader.Read(DemoReports.ReadCsv());

        Assert.Empty(result.Issues);
        Assert.Equal(csv.ReportCount, result.Reports.Count);
        Assert.Equal(csv.SourceCount, result.Reports.Sum(r => r.Sources.Count));
    }

    [Fact]
    public void BadCategory_IsReportedWithLineColumnAndTheAllowedValues()
    {
        var result = Read(Row("R1", category: "weapons"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal("line 2, category: 'weapons' is not one of lethal, non-lethal, dual-use", issue.ToString());
        Assert.Empty(result.Reports);
    }

    [Fact]
    public void ImpossibleDate_IsRefused()
    {
        var result = Read(Row("R1", reported: "2024-02-30"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((2, "reported_date"), (issue.Line, issue.Column));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html;base64")]
    [InlineData("ftp://example.org/file")]
    [InlineData("/relative/path")]
    public void NonHttpSourceAddress_IsRefused(string url)
    {
        var result = Read(Row("R1", url: url));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((2, "source_url"), (issue.Line, issue.Column));
        Assert.Contains("is not an http or https address", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCountryCode_IsRefused()
    {
        var result = Read(Row("R1", supplier: "XX"));

        Assert.Equal("line 2, supplier_country_iso2: 'XX' is not an ISO 3166-1 alpha-2 country code", Assert.Single(result.Issues).ToString());
    }

    [Fact]
    public void MissingColumns_AreNamed()
    {
        var result = Reader.Read(Encoding.UTF8.GetBytes("external_id,title\nR1,Some title\n"));

        Assert.True(result.FileIsUnreadable);
        var issue = Assert.Single(result.Issues);
        Assert.Contains("conflict", issue.Message, StringComparison.Ordinal);
        Assert.Contains("summary", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotUtf8_IsRefusedWithTheLine()
    {
        var latin1 = Encoding.Latin1.GetBytes(Header + "\n" + Row("R1") + "\n" + Row("R2", title: "Caf\u00e9 supplies") + "\n");

        var result = Reader.Read(latin1);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Contains("UTF-8", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotedFieldsWithCommasQuotesAndLineBreaks_BomAndLf_AreRead()
    {
        var summary = "He said \"\"no\"\", then, later:\nyes.";
        var text = "\uFEFF" + Header + "\n" + $"R1,\"Drones, rockets and \"\"more\"\"\",Test war,CN,Тестланд,lethal,drones,2024-01-02,reported,high,\"{summary}\",Источник,Издатель,https://example.org,2024-01-02\n";

        var result = Reader.Read(Encoding.UTF8.GetBytes(text));

        Assert.Empty(result.Issues);
        var report = Assert.Single(result.Reports);
        Assert.Equal("Drones, rockets and \"more\"", report.Title);
        Assert.Equal("He said \"no\", then, later:\nyes.", report.Summary);
        Assert.Equal("Тестланд", report.Recipient);
        Assert.Equal("Источник", report.Sources[0].Title);
    }

    [Fact]
    public void FurtherSourceRows_JoinTheirReport()
    {
        var result = Read(Row("R1"), "R1,,,,,,,,,,,Second title,Second publisher,https://example.org/2,2024-01-03");

        var report = Assert.Single(result.Reports);
        Assert.Equal(["Source title", "Second title"], report.Sources.Select(s => s.Title));
    }

    [Fact]
    public void OneBadRow_LeavesTheOtherReportsValid()
    {
        var result = Read(Row("R1"), Row("R2", category: "weapons"), Row("R3"));

        Assert.Equal(["R1", "R3"], result.Reports.Select(r => r.ExternalId));
        Assert.Equal(3, Assert.Single(result.Issues).Line);
    }

    [Fact]
    public void EventEndBeforeStart_IsRefused()
    {
        var result = Reader.Read(Encoding.UTF8.GetBytes(
            Header + ",event_date_from,event_date_to\n" + Row("R1") + ",2024-03-01,2024-02-01\n"));

        Assert.Equal((2, "event_date_to"), (Assert.Single(result.Issues).Line, result.Issues[0].Column));
    }

    [Fact]
    public void ReportedDateInTheFuture_IsRefused()
    {
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd");

        var result = Read(Row("R1", reported: tomorrow));

        Assert.Contains("is in the future", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_AreParsedIntoTheModel()
    {
        var result = Read(Row("R1", category: "non-lethal"));

        var report = Assert.Single(result.Reports);
        Assert.Equal(SupportCategory.NonLethal, report.Category);
        Assert.Equal(EvidenceStatus.Reported, report.EvidenceStatus);
        Assert.Equal(ConfidenceLevel.High, report.Confidence);
        Assert.Equal(new DateOnly(2024, 1, 2), report.ReportedDate);
    }

    [Fact]
    public void FileLargerThan10Mb_IsRefusedWithAClearMessage()
    {
        var result = Reader.Read(new byte[ReportCsvReader.MaxFileBytes + 1]);

        Assert.True(result.FileIsUnreadable);
        Assert.Contains("at most 10 MB", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'=SUM(A1)", "=SUM(A1)")]
    [InlineData("'-5", "-5")]
    [InlineData("''quoted", "'quoted")]
    [InlineData("'plain apostrophe", "'plain apostrophe")]
    public void NeutralisedCells_ReadBackAsTheirValue(string cell, string expected)
    {
        var result = Read(Row("R1", title: cell + " in a title"));

        Assert.Equal(expected + " in a title", Assert.Single(result.Reports).Title);
    }

    private static ReportCsvReadResult Read(params string[] rows) =>
        Reader.Read(Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n"));

    private static string Row(string id, string title = "A report title", string category = "lethal", string reported = "2024-01-02", string url = "https://example.org/a", string supplier = "CN") =>
        $"{id},{title},Test war,{supplier},Testland,{category},drones,{reported},reported,high,A summary,Source title,Publisher,{url},2024-01-02";
}
