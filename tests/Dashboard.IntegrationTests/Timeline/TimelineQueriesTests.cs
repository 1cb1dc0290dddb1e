using System.Globalization;
using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Dashboard.Core.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.Timeline;

public sealed class TimelineQueriesTests : IAsyncLifetime
{
    private readonly DemoCsv csv = DemoCsv.Load();
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    public static TheoryData<string, string?, string?> Filters { get; } = new()
    {
        { "", null, null },
        { "?supplier=IR", "IR", null },
        { "?supplier=CN&category=dual-use", "CN", "dual-use" },
        { "?category=lethal", null, "lethal" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task MonthlyCounts_EqualACountOverTheDemoCsv(string query, string? supplier, string? category)
    {
        var expected = csv.Reports
            .Where(r => (supplier is null || r["supplier_country_iso2"] == supplier) && (category is null || r["category"] == category))
            .GroupBy(StartMonthOf)
            .ToDictionary(g => g.Key, g => g.Count());

        var data = await database.Get<TimelineQueries>().LiveAsync(ReportFilter.Parse(query).Filter, TimelineRequest.Default);

        Assert.Equal(expected, data.Months.Where(m => m.Counts.Total > 0).ToDictionary(m => m.FirstDay, m => m.Counts.Total));
        Assert.Equal(expected.Values.Sum(), data.Cards.TotalCount);
        Assert.Equal(expected.Values.Sum(), data.Lanes.Lanes.Sum(l => l.Marks.Count));
    }

    [Fact]
    public async Task Cards_AreNewestFirst_AndThePagesHoldEveryReportOnce()
    {
        var queries = database.Get<TimelineQueries>();
        var first = await queries.LiveAsync(ReportFilter.Empty, TimelineRequest.Default);
        var seen = new List<TimelineReport>();
        for (var page = 1; page <= first.Cards.PageCount; page++)
        {
            seen.AddRange((await queries.LiveAsync(ReportFilter.Empty, TimelineRequest.Default with { Page = page })).Cards.Items);
        }

        Assert.Equal(csv.ReportCount, seen.Count);
        Assert.Equal(csv.ReportCount, seen.Select(r => r.Id).Distinct().Count());
        Assert.Equal(seen.Select(r => r.EventStart).OrderDescending(), seen.Select(r => r.EventStart));
        Assert.True(first.Cards.PageCount > 1);
    }

    [Fact]
    public async Task Lanes_BySupplier_HaveOneLanePerSupplierOfTheSlice()
    {
        var expected = csv.Reports.GroupBy(r => r["supplier_country_iso2"]).ToDictionary(g => g.Key, g => g.Count());

        var data = await database.Get<TimelineQueries>().LiveAsync(ReportFilter.Empty, TimelineRequest.Default);

        Assert.Equal(expected, data.Lanes.Lanes.ToDictionary(l => l.Key, l => l.Marks.Count));
        Assert.Equal(data.Lanes.Lanes.Select(l => l.Marks.Count).OrderDescending(), data.Lanes.Lanes.Select(l => l.Marks.Count));
    }

    [Fact]
    public async Task Zoom_KeepsTheReportsThatTouchTheWindow()
    {
        var data = await database.Get<TimelineQueries>().LiveAsync(ReportFilter.Empty, TimelineRequest.Default.WithWindow(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)));
        var expected = csv.Reports.Count(r => Overlaps(r, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)));

        Assert.Equal(expected, data.Cards.TotalCount);
        Assert.All(data.Months, m => Assert.Equal(2023, m.Year));
    }

    [Fact]
    public async Task Summary_IsGivenOnlyForAReportOfTheSlice()
    {
        var queries = database.Get<TimelineQueries>();
        await using var db = await database.Factory.CreateDbContextAsync();
        var iranian = await db.Reports.Where(r => r.SupplierCountryCode == "IR").Select(r => r.Id).FirstAsync();
        var chinese = await db.Reports.Where(r => r.SupplierCountryCode == "CN").Select(r => r.Id).FirstAsync();
        var filter = ReportFilter.Parse("?supplier=IR").Filter;

        var inside = await queries.LiveAsync(filter, TimelineRequest.Default with { ReportId = iranian });
        var outside = await queries.LiveAsync(filter, TimelineRequest.Default with { ReportId = chinese });

        Assert.Equal(iranian, inside.Selected!.Id);
        Assert.NotEmpty(inside.Selected.Sources);
        Assert.Null(outside.Selected);
    }

    [Fact]
    public async Task RetractedReports_ShowAsCardsWithTheirNotice_ButCountInNoMonth()
    {
        int id;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            id = await db.Reports.Where(r => r.SupplierCountryCode == "KP").Select(r => r.Id).FirstAsync();
            await db.Reports.Where(r => r.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.State, ReportState.Retracted)
                .SetProperty(r => r.RetractionReason, "Withdrawn by the source.")
                .SetProperty(r => r.RetractedAt, DateTime.UtcNow));
        }

        var data = await database.Get<TimelineQueries>().LiveAsync(ReportFilter.Parse("?supplier=KP").Filter, TimelineRequest.Default);

        var expected = csv.Reports.Count(r => r["supplier_country_iso2"] == "KP");
        Assert.Equal(expected, data.Cards.TotalCount);
        Assert.Equal("Withdrawn by the source.", data.Cards.Items.Single(c => c.Id == id).Retraction!.Reason);
        Assert.Equal(expected - 1, data.Months.Sum(m => m.Counts.Total));
        Assert.DoesNotContain(data.Lanes.Lanes.SelectMany(l => l.Marks), m => m.Report.Id == id);
    }

    private static bool Overlaps(IReadOnlyDictionary<string, string> row, DateOnly from, DateOnly to)
    {
        var start = DateOnly.Parse(row["event_date_from"].Length > 0 ? row["event_date_from"] : row["event_date_to"].Length > 0 ? row["event_date_to"] : row["reported_date"], CultureInfo.InvariantCulture);
        var end = row["event_date_to"].Length > 0 ? DateOnly.Parse(row["event_date_to"], CultureInfo.InvariantCulture) : row["event_date_from"].Length > 0 ? DateOnly.MaxValue : start;
        return end >= from && start <= to;
    }

    private static DateOnly StartMonthOf(IReadOnlyDictionary<string, string> row)
    {
        var start = row["event_date_from"].Length > 0 ? row["event_date_from"] : row["event_date_to"].Length > 0 ? row["event_date_to"] : row["reported_date"];
        var date = DateOnly.Parse(start, CultureInfo.InvariantCulture);
        return new DateOnly(date.Year, date.Month, 1);
    }
}
