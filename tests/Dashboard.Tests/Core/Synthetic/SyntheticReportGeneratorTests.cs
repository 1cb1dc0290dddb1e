using System.Globalization;
using System.Text;
using CsvHelper;
using Dashboard.Core.Import;
using Dashboard.Core.Reports;
using Dashboard.Core.Seeding;
using Dashboard.Core.Synthetic;

namespace Dashboard.Tests.Core.Synthetic;

public sealed class SyntheticReportGeneratorTests
{
    private static readonly ReportCsvReader Reader = new(TimeProvider.System);
    private static readonly IReadOnlyList<ParsedReport> Templates = Reader.Read(DemoReports.ReadCsv()).Reports;

    [Fact]
    public void SameSeed_GivesTheSameReports()
    {
        var first = Csv(SyntheticReportGenerator.Generate(1000, 42, Templates).ToList());
        var second = Csv(SyntheticReportGenerator.Generate(1000, 42, Templates).ToList());

        Assert.Equal(first, second);
    }

    [Fact]
    public void AnotherSeed_GivesOtherReports()
    {
        var first = Csv(SyntheticReportGenerator.Generate(200, 42, Templates).ToList());
        var other = Csv(SyntheticReportGenerator.Generate(200, 7, Templates).ToList());

        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Output_PassesTheImportValidation()
    {
        var generated = SyntheticReportGenerator.Generate(2000, 42, Templates).ToList();

        var result = Reader.Read(Encoding.UTF8.GetBytes(Csv(generated)));

        Assert.Empty(result.Issues);
        Assert.Equal(generated.Count, result.Reports.Count);
        Assert.Equal(generated.Sum(g => g.Report.Sources.Count), result.Reports.Sum(r => r.Sources.Count));
        Assert.All(generated, g =>
        {
            Assert.Null(ReportRules.CheckLatitude(g.Latitude));
            Assert.Null(ReportRules.CheckLongitude(g.Longitude));
        });
    }

    [Fact]
    public void Output_IsDistributedLikeTheDemoData_OverTenYears_WithAFewUnpublished()
    {
        var generated = SyntheticReportGenerator.Generate(5000, 42, Templates).ToList();

        var unpublished = generated.Count(g => g.State != ReportState.Published) / (double)generated.Count;
        Assert.InRange(unpublished, 0.03, 0.09);
        Assert.Contains(generated, g => g.State == ReportState.Retracted);
        Assert.Contains(generated, g => g.State == ReportState.Draft);
        Assert.Equal(Templates.Select(t => t.SupplierCountryCode).ToHashSet(), generated.Select(g => g.Report.SupplierCountryCode).ToHashSet());
        var years = generated.Select(g => (g.Report.EventDateFrom ?? g.Report.EventDateTo)!.Value.Year).Distinct().Count();
        Assert.Equal(10, years);
        Assert.Equal(generated.Count, generated.Select(g => g.Report.ExternalId).Distinct().Count());

        // The largest supplier of the demo data stays the largest.
        var demoTop = Templates.GroupBy(t => t.SupplierCountryCode).MaxBy(g => g.Count())!.Key;
        Assert.Equal(demoTop, generated.GroupBy(g => g.Report.SupplierCountryCode).MaxBy(g => g.Count())!.Key);
    }

    /// <summary>Writes reports in the CSV interchange format, one row per source.</summary>
    private static string Csv(IReadOnlyList<SyntheticReport> reports)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text))
        {
            csv.WriteRecord(ReportCsvColumns.All.ToArray());
            foreach (var report in reports.Select(r => r.Report))
            {
                for (var i = 0; i < report.Sources.Count; i++)
                {
                    var source = report.Sources[i];
                    var first = i == 0;
                    csv.WriteRecord(
                    [
                        report.ExternalId,
                        first ? report.Title : "",
                        first ? report.Conflict : "",
                        first ? report.SupplierCountryCode : "",
                        "",
                        first ? report.RecipientCountryCode ?? "" : "",
                        first ? report.Recipient : "",
                        first ? WireNames.Of(report.Category) : "",
                        first ? string.Join(';', report.AidTypes) : "",
                        first ? report.Items ?? "" : "",
                        first ? string.Join(';', report.Entities) : "",
                        first ? Date(report.ReportedDate) : "",
                        first ? Date(report.EventDateFrom) : "",
                        first ? Date(report.EventDateTo) : "",
                        first ? WireNames.Of(report.EvidenceStatus) : "",
                        first ? WireNames.Of(report.Confidence) : "",
                        first ? report.Summary : "",
                        source.Title,
                        source.Publisher,
                        source.Url ?? "",
                        Date(source.PublishedDate),
                    ]);
                }
            }
        }

        return text.ToString();
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
