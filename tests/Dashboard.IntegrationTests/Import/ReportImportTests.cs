using System.Security.Claims;
using System.Text;
using Dashboard.Core.Audit;
using Dashboard.Core.Identity;
using Dashboard.Core.Import;
using Dashboard.Core.Reports;
using Dashboard.Core.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.Import;

public sealed class ReportImportTests : IAsyncLifetime
{
    private const string Header = "external_id,title,conflict,supplier_country_iso2,recipient_country_iso2,recipient,category,aid_type,items,entities,reported_date,event_date_from,event_date_to,status,confidence,summary,source_title,source_publisher,source_url,source_date";

    private static readonly Actor Editor = new("editor-id", "editor@example.org");

    private TestDatabase database = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(withDemoReports: false);

        // Revisions and audit entries point at real accounts.
        await using var db = await database.Factory.CreateDbContextAsync();
        db.Users.Add(new ApplicationUser { Id = Editor.UserId!, UserName = Editor.Name, Email = Editor.Name });
        db.Users.Add(new ApplicationUser { Id = "user-id", UserName = "someone@example.org", Email = "someone@example.org" });
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    private ReportCsvReader Reader => database.Get<ReportCsvReader>();

    private ReportImporter Importer => database.Get<ReportImporter>();

    [Fact]
    public async Task DemoCsv_IntoAnEmptyDatabase_CreatesExactlyItsReportsAndSources()
    {
        var csv = DemoCsv.Load();

        var outcome = await Importer.ImportAsync(Reader.Read(DemoReports.ReadCsv()), ImportScope.AllRows, new ImportOptions(Editor, Publish: false));

        Assert.Equal(csv.ReportCount, outcome.Created);
        await using var db = await database.Factory.CreateDbContextAsync();
        var stored = await db.Reports.Include(r => r.Sources).AsNoTracking().ToListAsync();
        Assert.Equal(csv.Reports.Select(r => r["external_id"]).Order(), stored.Select(r => r.ExternalId!).Order());
        foreach (var group in csv.Rows.GroupBy(r => r["external_id"]))
        {
            var report = stored.Single(r => r.ExternalId == group.Key);
            Assert.Equal(group.First()["title"], report.Title);
            Assert.Equal(group.Select(r => (r["source_title"], r["source_publisher"], r["source_url"])), report.Sources.OrderBy(s => s.Position).Select(s => (s.Title, s.Publisher, s.Url ?? string.Empty)));
        }

        Assert.Equal(csv.SourceCount, await db.Sources.CountAsync());
        Assert.All(stored, r => Assert.Equal(ReportState.Draft, r.State));
        Assert.Equal(csv.ReportCount, await db.ReportRevisions.CountAsync(v => v.Number == 1 && v.AuthorId == Editor.UserId));
        Assert.Equal(csv.ReportCount, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ReportImported && a.UserId == Editor.UserId));
    }

    [Fact]
    public async Task DemoCsv_ImportedTwice_CreatesNothingNew()
    {
        var csv = DemoCsv.Load();
        await Importer.ImportAsync(Reader.Read(DemoReports.ReadCsv()), ImportScope.AllRows, new ImportOptions(Editor, Publish: false));
        var counts = await CountsAsync();

        var preview = await Importer.PreviewAsync(Reader.Read(DemoReports.ReadCsv()));
        var outcome = await Importer.ImportAsync(Reader.Read(DemoReports.ReadCsv()), ImportScope.AllRows, new ImportOptions(Editor, Publish: false));

        Assert.Equal((0, 0, csv.ReportCount), (preview.NewCount, preview.UpdateCount, preview.UnchangedCount));
        Assert.False(preview.NewNames.Any);
        Assert.Equal((0, 0, csv.ReportCount), (outcome.Created, outcome.Updated, outcome.Unchanged));
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task Preview_StoresNothing_AndListsNewReferenceDataAndUpdates()
    {
        await Importer.ImportAsync(Reader.Read(File("R1", "R2")), ImportScope.AllRows, new ImportOptions(Editor, Publish: false));
        var counts = await CountsAsync();
        var file = Reader.Read(Encoding.UTF8.GetBytes(Header + "\n"
            + Row("R1", title: "A changed title") + "\n"
            + Row("R2") + "\n"
            + Row("R3", conflict: "Rusia-Ukraine war", recipient: "Rusia", aidType: "dronez", entities: "Dalian Machine Tool Group") + "\n"));

        var preview = await Importer.PreviewAsync(file);

        Assert.Equal(counts, await CountsAsync());
        Assert.Equal([ImportRowKind.Update, ImportRowKind.Unchanged, ImportRowKind.New], preview.Rows.Select(r => r.Kind));
        Assert.Equal(["Rusia-Ukraine war"], preview.NewNames.Conflicts);
        Assert.Equal(["Rusia (Rusia-Ukraine war)"], preview.NewNames.Parties);
        Assert.Equal(["dronez"], preview.NewNames.AidTypes);
        Assert.Equal(["Dalian Machine Tool Group"], preview.NewNames.Organizations);
        Assert.True(preview.CanImportAll);
    }

    [Fact]
    public async Task OneBadRowOfEachKind_IsReportedWithItsLineAndColumn()
    {
        var preview = await Importer.PreviewAsync(Reader.Read(BadRowsFile()));

        Assert.Equal(
            [
                (3, "category"),
                (4, "reported_date"),
                (5, "supplier_country_iso2"),
                (6, "title"),
                (7, "source_url"),
            ],
            preview.File.Issues.Select(i => (i.Line, i.Column!)));
        Assert.Equal("line 3, category: 'weapons' is not one of lethal, non-lethal, dual-use", preview.File.Issues[0].ToString());
        Assert.Contains("'2024-02-30' is not a valid date", preview.File.Issues[1].Message, StringComparison.Ordinal);
        Assert.Contains("'XX' is not an ISO 3166-1 alpha-2 country code", preview.File.Issues[2].Message, StringComparison.Ordinal);
        Assert.Contains("is required", preview.File.Issues[3].Message, StringComparison.Ordinal);
        Assert.Contains("is not an http or https address", preview.File.Issues[4].Message, StringComparison.Ordinal);
        Assert.Equal(["GOOD-1", "GOOD-2"], preview.Rows.Select(r => r.ExternalId));
        Assert.Equal(5, preview.InvalidReportCount);
        Assert.False(preview.CanImportAll);
        Assert.True(preview.CanImportValidRows);
    }

    [Fact]
    public async Task ImportAll_OfAFileWithErrors_IsRefused_AndStoresNothing()
    {
        var counts = await CountsAsync();

        var outcome = await Importer.ImportAsync(Reader.Read(BadRowsFile()), ImportScope.AllRows, new ImportOptions(Editor, Publish: false));

        Assert.True(outcome.WasRefused);
        Assert.Contains("5 problems", outcome.Refusal, StringComparison.Ordinal);
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task ValidRowsOnly_StoresExactlyTheGoodRows()
    {
        var outcome = await Importer.ImportAsync(Reader.Read(BadRowsFile()), ImportScope.ValidRowsOnly, new ImportOptions(Editor, Publish: false));

        Assert.Equal(2, outcome.Created);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(["GOOD-1", "GOOD-2"], await db.Reports.OrderBy(r => r.ExternalId).Select(r => r.ExternalId).ToListAsync());
        Assert.Equal(2, await db.Sources.CountAsync());
    }

    [Theory]
    [InlineData(ImportScope.AllRows)]
    [InlineData(ImportScope.ValidRowsOnly)]
    public async Task WrongEncoding_IsAWholeFileError_AndNothingIsStored(ImportScope scope)
    {
        var latin1 = Encoding.Latin1.GetBytes(Header + "\n" + Row("R1") + "\n" + Row("R2", title: "Caf\u00e9 supplies from Curaçao") + "\n");

        var preview = await Importer.PreviewAsync(Reader.Read(latin1));
        var outcome = await Importer.ImportAsync(Reader.Read(latin1), scope, new ImportOptions(Editor, Publish: false));

        Assert.True(preview.File.FileIsUnreadable);
        var issue = Assert.Single(preview.File.Issues);
        Assert.Equal((3, null), (issue.Line, issue.Column));
        Assert.Contains("not UTF-8", issue.Message, StringComparison.Ordinal);
        Assert.False(preview.CanImportValidRows);
        Assert.True(outcome.WasRefused);
        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Theory]
    [InlineData(ImportScope.AllRows)]
    [InlineData(ImportScope.ValidRowsOnly)]
    public async Task MissingColumns_AreAWholeFileError_NamingThem(ImportScope scope)
    {
        var file = Encoding.UTF8.GetBytes("external_id,title,conflict,supplier_country_iso2,recipient,category,aid_type,reported_date,status,confidence\nR1,A report title,Test war,CN,Testland,lethal,drones,2024-01-02,reported,high\n");

        var preview = await Importer.PreviewAsync(Reader.Read(file));
        var outcome = await Importer.ImportAsync(Reader.Read(file), scope, new ImportOptions(Editor, Publish: false));

        var issue = Assert.Single(preview.File.Issues);
        Assert.Equal(1, issue.Line);
        Assert.Equal("line 1: missing required columns: summary, source_title, source_publisher", issue.ToString());
        Assert.True(outcome.WasRefused);
        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task QuotesCommasLineBreaksNonLatinTextBomAndLf_ImportCorrectly()
    {
        var summary = "Он сказал \"\"нет\"\", then, later:\nyes. 中国 — الإمارات";
        var text = "\uFEFF" + Header + "\n"
            + $"Q1,\"Drones, rockets and \"\"more\"\"\",Test war,CN,,Тестланд,lethal,drones;optics,\"items, with a comma\",\"Wuhan Global Sensor Technology; Ооо \"\"Альфа\"\"\",2024-01-02,2023-12-01,,reported,high,\"{summary}\",Источник,\"Publisher, Inc.\",https://example.org/ü?a=1&b=2,2024-01-02\n"
            + "Q1,,,,,,,,,,,,,,,,\"Second source\nwith a line break\",二号出版社,http://example.org/2,\n";

        var outcome = await Importer.ImportAsync(Reader.Read(Encoding.UTF8.GetBytes(text)), ImportScope.AllRows, new ImportOptions(Editor, Publish: false));

        Assert.True(outcome.Created == 1, outcome.Refusal);
        await using var db = await database.Factory.CreateDbContextAsync();
        var report = await db.Reports.Include(r => r.Sources).Include(r => r.RecipientParty).Include(r => r.AidTypes)
            .Include(r => r.Organizations).ThenInclude(o => o.Organization).SingleAsync();
        Assert.Equal("Drones, rockets and \"more\"", report.Title);
        Assert.Equal("Он сказал \"нет\", then, later:\nyes. 中国 — الإمارات", report.Summary);
        Assert.Equal("Тестланд", report.RecipientParty!.Name);
        Assert.Null(report.RecipientParty.CountryCode);
        Assert.Equal("items, with a comma", report.Items);
        Assert.Equal(["drones", "optics"], report.AidTypes.Select(a => a.Slug).Order());
        Assert.Equal(["Wuhan Global Sensor Technology", "Ооо \"Альфа\""], report.Organizations.OrderBy(o => o.Position).Select(o => o.Organization!.Name));
        Assert.Equal(new DateOnly(2023, 12, 1), report.EventDateFrom);
        Assert.Null(report.EventDateTo);
        Assert.Equal(
            [("Источник", "Publisher, Inc.", "https://example.org/ü?a=1&b=2", (DateOnly?)new DateOnly(2024, 1, 2)), ("Second source\nwith a line break", "二号出版社", "http://example.org/2", null)],
            report.Sources.OrderBy(s => s.Position).Select(s => (s.Title, s.Publisher, s.Url!, s.PublishedDate)));
    }

    [Fact]
    public async Task AFailureMidway_StoresNothing()
    {
        var good = Reader.Read(File("R1")).Reports.Single();

        // A supplier code that no country has passes no check of the reader; the database refuses it
        // only when the import is being saved, after the good report and a new conflict were added.
        var broken = new ParsedReport
        {
            Line = 3,
            ExternalId = "R2",
            Title = "A report whose supplier does not exist",
            Conflict = "A conflict created by the import",
            SupplierCountryCode = "ZZ",
            Recipient = "Testland",
            AidTypes = ["drones"],
            Entities = [],
            ReportedDate = new DateOnly(2024, 1, 2),
            Summary = "A summary",
        };
        broken.Sources.Add(new ParsedSource(3, "Source", "Publisher", null, null));

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => Importer.ImportAsync([good, broken], new ImportOptions(Editor, Publish: false)));

        Assert.Equal((0, 0, 0), await CountsAsync());
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Conflicts.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Theory]
    [InlineData(Roles.Editor, true, ReportState.Draft)]
    [InlineData(Roles.Editor, false, ReportState.Draft)]
    [InlineData(Roles.Admin, false, ReportState.Draft)]
    [InlineData(Roles.Admin, true, ReportState.Published)]
    public async Task Publishing_AtOnce_IsForAdminsOnly(string role, bool publishRequested, ReportState expected)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "user-id"), new Claim(ClaimTypes.Name, "someone@example.org"), new Claim(ClaimTypes.Role, role)],
            "test"));

        var options = ImportOptions.ForUser(user, publishRequested, "127.0.0.1");
        await Importer.ImportAsync(Reader.Read(File("R1")), ImportScope.AllRows, options);

        await using var db = await database.Factory.CreateDbContextAsync();
        var report = await db.Reports.SingleAsync();
        Assert.Equal(expected, report.State);
        Assert.Equal("user-id", report.CreatedById);
        var revision = await db.ReportRevisions.SingleAsync();
        Assert.Equal(("someone@example.org", expected), (revision.AuthorName, revision.State));
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal(("user-id", "127.0.0.1"), (audit.UserId, audit.ClientAddress));
    }

    [Fact]
    public async Task ReimportWithAChange_UpdatesTheReport_WithASecondRevision()
    {
        await Importer.ImportAsync(Reader.Read(File("R1")), ImportScope.AllRows, new ImportOptions(Editor, Publish: false));

        var outcome = await Importer.ImportAsync(Reader.Read(Encoding.UTF8.GetBytes(Header + "\n" + Row("R1", title: "A better title") + "\n")), ImportScope.AllRows, new ImportOptions(Editor, Publish: false));

        Assert.Equal((0, 1), (outcome.Created, outcome.Updated));
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal("A better title", (await db.Reports.SingleAsync()).Title);
        Assert.Equal([1, 2], await db.ReportRevisions.OrderBy(v => v.Number).Select(v => v.Number).ToListAsync());
        Assert.Equal(2, await db.AuditEntries.CountAsync());
    }

    private static byte[] BadRowsFile() => Encoding.UTF8.GetBytes(Header + "\n"
        + Row("GOOD-1") + "\n"
        + Row("BAD-CATEGORY", category: "weapons") + "\n"
        + Row("BAD-DATE", reported: "2024-02-30") + "\n"
        + Row("BAD-COUNTRY", supplier: "XX") + "\n"
        + Row("BAD-EMPTY", title: string.Empty) + "\n"
        + Row("BAD-URL", url: "javascript:alert(1)") + "\n"
        + Row("GOOD-2") + "\n");

    private static byte[] File(params string[] ids) =>
        Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", ids.Select(id => Row(id))) + "\n");

    private static string Row(
        string id,
        string title = "A report title",
        string category = "lethal",
        string reported = "2024-01-02",
        string url = "https://example.org/a",
        string supplier = "CN",
        string conflict = "Test war",
        string recipient = "Testland",
        string aidType = "drones",
        string entities = "") =>
        $"{id},{title},{conflict},{supplier},,{recipient},{category},{aidType},,{entities},{reported},,,reported,high,A summary,Source title,Publisher,{url},2024-01-02";

    private async Task<(int Reports, int Sources, int Revisions)> CountsAsync()
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return (await db.Reports.CountAsync(), await db.Sources.CountAsync(), await db.ReportRevisions.CountAsync());
    }
}
