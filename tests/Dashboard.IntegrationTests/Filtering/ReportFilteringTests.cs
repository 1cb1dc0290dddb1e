using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;

namespace Dashboard.IntegrationTests.Filtering;

/// <summary>The filtered report list over the demo data equals a straightforward count over the CSV.</summary>
public sealed class ReportFilteringTests : IAsyncLifetime
{
    private readonly DemoCsv csv = DemoCsv.Load();
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Supplier_China_ReturnsExactlyTheChineseReports()
    {
        var expected = csv.Reports.Where(r => r["supplier_country_iso2"] == "CN").Select(r => r["title"]);

        var titles = await TitlesAsync(new ReportFilter { Suppliers = ["CN"] });

        Assert.Equal(expected.Order(), titles.Order());
    }

    [Fact]
    public async Task SeveralSuppliers_ReturnTheReportsOfEach()
    {
        var expected = csv.Reports.Where(r => r["supplier_country_iso2"] is "IR" or "KP").Select(r => r["title"]);

        var titles = await TitlesAsync(ReportFilter.Parse("?supplier=IR&supplier=kp").Filter);

        Assert.Equal(expected.Order(), titles.Order());
    }

    [Fact]
    public async Task Category_DualUse_ReturnsExactlyTheDualUseReports()
    {
        var expected = csv.Reports.Where(r => r["category"] == "dual-use").Select(r => r["title"]);

        var titles = await TitlesAsync(new ReportFilter { Categories = [SupportCategory.DualUse] });

        Assert.Equal(expected.Order(), titles.Order());
    }

    [Fact]
    public async Task Conflict_IsraelHamasWar_ReturnsExactlyItsReports()
    {
        var expected = csv.Reports.Where(r => r["conflict"] == "Israel-Hamas war").Select(r => r["title"]);

        var titles = await TitlesAsync(ReportFilter.Parse("?conflict=israel-hamas-war").Filter);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), titles.Order());
    }

    [Fact]
    public async Task DateRange_OnEventDates_ReturnsEveryEventThatOverlapsIt()
    {
        var from = new DateOnly(2023, 1, 1);
        var to = new DateOnly(2023, 12, 31);
        var expected = csv.Reports.Where(r => Overlaps(r, from, to)).Select(r => r["title"]);

        var titles = await TitlesAsync(new ReportFilter { From = from, To = to });

        Assert.Equal(expected.Order(), titles.Order());
    }

    [Fact]
    public async Task DateRange_OnReportedDates_ReturnsTheReportsMadePublicInIt()
    {
        var from = new DateOnly(2024, 1, 1);
        var to = new DateOnly(2024, 6, 30);
        var expected = csv.Reports.Where(r => DateOnly.Parse(r["reported_date"]) is var d && d >= from && d <= to).Select(r => r["title"]);

        var titles = await TitlesAsync(new ReportFilter { From = from, To = to, DateBasis = DateBasis.Reported });

        Assert.Equal(expected.Order(), titles.Order());
    }

    [Fact]
    public async Task FreeText_Nitrocellulose_FindsItInAnyOfTheSearchedFields()
    {
        var expected = csv.Reports.Where(r => new[] { "title", "summary", "items", "entities", "source_title" }
            .Any(c => r[c].Contains("nitrocellulose", StringComparison.OrdinalIgnoreCase))).Select(r => r["title"]);

        var titles = await TitlesAsync(new ReportFilter { Text = "nitrocellulose" });

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), titles.Order());
    }

    [Fact]
    public async Task FreeText_FindsOrganizationNames()
    {
        var expected = csv.Reports.Where(r => r["entities"].Contains("Hikvision", StringComparison.OrdinalIgnoreCase)
            || r["title"].Contains("Hikvision", StringComparison.OrdinalIgnoreCase)
            || r["summary"].Contains("Hikvision", StringComparison.OrdinalIgnoreCase)).Select(r => r["title"]);

        var titles = await TitlesAsync(new ReportFilter { Text = "hikvision" });

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), titles.Order());
    }

    [Fact]
    public async Task FreeText_WithLikeWildcards_IsTakenLiterally()
    {
        var titles = await TitlesAsync(new ReportFilter { Text = "%_%" });

        Assert.Empty(titles);
    }

    [Fact]
    public async Task Combined_SupplierAndCategory_IntersectsBoth()
    {
        var expected = csv.Reports.Where(r => r["supplier_country_iso2"] == "CN" && r["category"] == "dual-use").Select(r => r["title"]);

        var titles = await TitlesAsync(ReportFilter.Parse("?supplier=CN&category=dual-use").Filter);

        Assert.Equal(expected.Order(), titles.Order());
    }

    [Fact]
    public async Task UnknownConflict_MatchesNothing()
    {
        Assert.Empty(await TitlesAsync(new ReportFilter { Conflict = "no-such-war" }));
    }

    [Fact]
    public async Task Recipient_MatchesThePartyNameWithoutRegardToCase()
    {
        var expected = csv.Reports.Where(r => r["recipient"] == "Ukraine").Select(r => r["title"]);

        var titles = await TitlesAsync(new ReportFilter { Recipient = "ukraine" });

        Assert.Equal(expected.Order(), titles.Order());
    }

    [Fact]
    public async Task AidType_MatchesReportsTaggedWithIt()
    {
        var expected = csv.Reports.Where(r => r["aid_type"].Split(';').Contains("drones")).Select(r => r["title"]);

        var titles = await TitlesAsync(new ReportFilter { AidTypes = ["drones"] });

        Assert.Equal(expected.Order(), titles.Order());
    }

    internal static bool Overlaps(IReadOnlyDictionary<string, string> row, DateOnly from, DateOnly to)
    {
        DateOnly? Parse(string column) => row[column].Length > 0 ? DateOnly.Parse(row[column]) : null;
        var start = Parse("event_date_from") ?? Parse("event_date_to") ?? Parse("reported_date")!.Value;
        var end = Parse("event_date_to") ?? (Parse("event_date_from") is not null ? DateOnly.MaxValue : Parse("reported_date")!.Value);
        return start <= to && end >= from;
    }

    private async Task<List<string>> TitlesAsync(ReportFilter filter)
    {
        var page = await database.Get<ReportQueries>().ListAsync(filter, new ReportPageRequest(1, ReportPageRequest.MaxPageSize));
        Assert.Equal(page.TotalCount, page.Items.Count);
        return page.Items.Select(i => i.Title).ToList();
    }
}
