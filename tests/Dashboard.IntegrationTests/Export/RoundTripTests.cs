using System.Text;
using Dashboard.Core.Audit;
using Dashboard.Core.Export;
using Dashboard.Core.Filtering;
using Dashboard.Core.Import;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.Export;

public sealed class RoundTripTests : IAsyncLifetime
{
    private TestDatabase source = null!;
    private TestDatabase target = null!;

    public async ValueTask InitializeAsync()
    {
        source = await TestDatabase.CreateAsync(withDemoReports: true);
        target = await TestDatabase.CreateAsync(withDemoReports: false);

        // Beside the demo reports, values that are hard to carry: formulas, quotes, line breaks, other scripts.
        var header = "external_id,title,conflict,supplier_country_iso2,recipient_country_iso2,recipient,category,aid_type,items,entities,reported_date,event_date_from,event_date_to,status,confidence,summary,source_title,source_publisher,source_url,source_date\n";
        var rows =
            "X-1,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\",Test war,CN,,Тестланд,dual-use,optics;drones,\"-5 units, \"\"quoted\"\"\",\"@Acme Ltd; +Plus Corp; 株式会社テスト\",2024-01-02,2023-02-01,2023-03-31,confirmed,low,\"'=already escaped\nsecond line\",+Source,-Publisher,https://example.org/x?y=1,2024-01-03\n"
            + "X-1,,,,,,,,,,,,,,,,@second source,'quoted publisher,,\n"
            + "X-2,Ещё один отчёт,حرب الاختبار,AE,SD,Sudan,lethal,troops,,,2023-05-01,,2023-06-01,denied,medium,\"\t=SUM(A1:A2)\",Title,Publisher,,\n";
        var read = source.Get<ReportCsvReader>().Read(Encoding.UTF8.GetBytes(header + rows));
        Assert.Empty(read.Issues);
        await source.Get<ReportImporter>().ImportAsync(read.Reports, new ImportOptions(Actor.System, Publish: false));
    }

    public async ValueTask DisposeAsync()
    {
        await source.DisposeAsync();
        await target.DisposeAsync();
    }

    [Fact]
    public async Task ExportThenImportIntoAnEmptyDatabase_ReproducesEveryReportSourceOrganizationAndDate()
    {
        var original = await source.Get<ReportExportQueries>().ListAsync(ReportFilter.Empty, ExportScope.WithDrafts);
        using var file = new MemoryStream();
        await source.Get<ReportExporter>().WriteAsync(file, ExportFormat.Csv, ReportFilter.Empty, ExportScope.WithDrafts);

        var read = target.Get<ReportCsvReader>().Read(file.ToArray());
        var outcome = await target.Get<ReportImporter>().ImportAsync(read, ImportScope.AllRows, new ImportOptions(Actor.System, Publish: false));

        Assert.Empty(read.Issues);
        Assert.Equal(original.Count, outcome.Created);
        var copy = (await target.Get<ReportExportQueries>().ListAsync(ReportFilter.Empty, ExportScope.WithDrafts)).ToDictionary(r => r.ExternalId!);
        Assert.Equal(original.Count, copy.Count);
        foreach (var report in original)
        {
            var imported = copy[report.ExternalId!];
            Assert.Equal(report.Title, imported.Title);
            Assert.Equal(report.Summary, imported.Summary);
            Assert.Equal(report.ConflictName, imported.ConflictName);
            Assert.Equal(report.ConflictSlug, imported.ConflictSlug);
            Assert.Equal(report.SupplierCountryCode, imported.SupplierCountryCode);
            Assert.Equal(report.RecipientName, imported.RecipientName);
            Assert.Equal(report.RecipientCountryCode, imported.RecipientCountryCode);
            Assert.Equal(report.Category, imported.Category);
            Assert.Equal(report.AidTypes, imported.AidTypes);
            Assert.Equal(report.Items, imported.Items);
            Assert.Equal(report.Entities, imported.Entities);
            Assert.Equal(report.EvidenceStatus, imported.EvidenceStatus);
            Assert.Equal(report.Confidence, imported.Confidence);
            Assert.Equal(report.ReportedDate, imported.ReportedDate);
            Assert.Equal(report.EventDateFrom, imported.EventDateFrom);
            Assert.Equal(report.EventDateTo, imported.EventDateTo);
            Assert.Equal(report.Sources.Count, imported.Sources.Count);
            for (var i = 0; i < report.Sources.Count; i++)
            {
                Assert.Equal(report.Sources[i].Title, imported.Sources[i].Title);
                Assert.Equal(report.Sources[i].Publisher, imported.Sources[i].Publisher);
                Assert.Equal(report.Sources[i].Url, imported.Sources[i].Url);
                Assert.Equal(report.Sources[i].PublishedDate, imported.Sources[i].PublishedDate);
            }
        }

        Assert.Equal(await NamesAsync(source), await NamesAsync(target));
    }

    [Fact]
    public async Task ExportOfTheDemoData_ReadsBackAsTheDemoCsv()
    {
        var csv = DemoCsv.Load();
        using var file = new MemoryStream();
        await source.Get<ReportExporter>().WriteAsync(file, ExportFormat.Csv, ReportFilter.Empty, ExportScope.Published);

        var read = source.Get<ReportCsvReader>().Read(file.ToArray());

        Assert.Empty(read.Issues);
        Assert.Equal(csv.ReportCount, read.Reports.Count);
        Assert.Equal(csv.SourceCount, read.Reports.Sum(r => r.Sources.Count));
        Assert.Equal(csv.Reports.Select(r => r["external_id"]).Order(), read.Reports.Select(r => r.ExternalId).Order());
    }

    /// <summary>Reference data by name: conflicts (with slugs), parties (with countries), organizations and aid types in use.</summary>
    private static async Task<string> NamesAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var conflicts = await db.Conflicts.Select(c => c.Name + "|" + c.Slug).ToListAsync();
        var parties = await db.Parties.Select(p => p.Conflict!.Name + "|" + p.Name + "|" + p.CountryCode).ToListAsync();
        var organizations = await db.Organizations.Select(o => o.Name).ToListAsync();
        var aidTypes = await db.AidTypes.Where(a => a.Reports.Any()).Select(a => a.Slug).ToListAsync();
        return string.Join("\n", conflicts.Order(StringComparer.Ordinal).Concat(parties.Order(StringComparer.Ordinal)).Concat(organizations.Order(StringComparer.Ordinal)).Concat(aidTypes.Order(StringComparer.Ordinal)));
    }
}
