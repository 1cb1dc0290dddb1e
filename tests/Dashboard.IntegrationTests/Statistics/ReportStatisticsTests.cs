using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.Statistics;

public sealed class ReportStatisticsTests : IAsyncLifetime
{
    private readonly DemoCsv csv = DemoCsv.Load();
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    public static TheoryData<string> Filters { get; } = new(["", "?supplier=CN", "?category=dual-use", "?conflict=russia-ukraine-war&category=lethal", "?from=2023-01-01&to=2023-12-31", "?q=drone"]);

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Headline_EqualsTheReportQueryForTheSameFilter(string query)
    {
        var filter = ReportFilter.Parse(query).Filter;

        var overview = await database.Get<ReportStatistics>().OverviewAsync(filter);
        var list = await database.Get<ReportQueries>().ListAsync(filter, new ReportPageRequest(1, ReportPageRequest.MaxPageSize));

        Assert.Equal(list.TotalCount, overview.Headline.Reports.Total);
        Assert.Equal(list.Items.Select(i => i.SupplierCountryCode).Distinct().Count(), overview.Headline.SupplierCountries);
        Assert.Equal(list.Items.Select(i => i.RecipientName).Distinct(StringComparer.OrdinalIgnoreCase).Count(), overview.Headline.RecipientParties);
        foreach (var category in Enum.GetValues<SupportCategory>())
        {
            Assert.Equal(list.Items.Count(i => i.Category == category), overview.Headline.Reports[category]);
        }
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task MonthlySeries_SumsToTheTotal(string query)
    {
        var filter = ReportFilter.Parse(query).Filter;

        var overview = await database.Get<ReportStatistics>().OverviewAsync(filter);

        Assert.Equal(overview.Headline.Reports.Total, overview.Months.Sum(m => m.Counts.Total));
    }

    [Fact]
    public async Task Headline_OverAllDemoData_MatchesTheCsv()
    {
        var overview = await database.Get<ReportStatistics>().OverviewAsync(ReportFilter.Empty);

        Assert.Equal(csv.ReportCount, overview.Headline.Reports.Total);
        Assert.Equal(csv.Reports.Count(r => r["category"] == "lethal"), overview.Headline.Reports.Lethal);
        Assert.Equal(csv.Reports.Count(r => r["category"] == "dual-use"), overview.Headline.Reports.DualUse);
        Assert.Equal(csv.Reports.Count(r => r["category"] == "non-lethal"), overview.Headline.Reports.NonLethal);
        Assert.Equal(csv.DistinctSuppliers, overview.Headline.SupplierCountries);
        Assert.Equal(csv.Reports.Select(r => r["recipient"]).Distinct().Count(), overview.Headline.RecipientParties);
    }

    [Fact]
    public async Task BySupplier_MatchesACountOverTheCsv()
    {
        var expected = csv.Reports.GroupBy(r => r["supplier_country_iso2"]).ToDictionary(g => g.Key, g => g.Count());

        var suppliers = await database.Get<ReportStatistics>().BySupplierAsync(ReportFilter.Empty);

        Assert.Equal(expected, suppliers.ToDictionary(s => s.CountryCode, s => s.Counts.Total));
        Assert.Equal(suppliers.Select(s => s.Counts.Total).OrderDescending(), suppliers.Select(s => s.Counts.Total));
    }

    [Fact]
    public async Task MonthlySeries_CountsEachReportInTheMonthItsEventStarted()
    {
        var expected = csv.Reports
            .GroupBy(r => StartOf(r))
            .ToDictionary(g => g.Key, g => g.Count());

        var months = await database.Get<ReportStatistics>().ByMonthAsync(ReportFilter.Empty);

        Assert.Equal(expected, months.Where(m => m.Counts.Total > 0).ToDictionary(m => m.FirstDay, m => m.Counts.Total));
        Assert.Equal(months.Count, months.Select(m => m.FirstDay).Distinct().Count());
    }

    [Fact]
    public async Task MonthLink_WithStartedDates_ListsExactlyTheReportsOfThatBar()
    {
        var months = await database.Get<ReportStatistics>().ByMonthAsync(ReportFilter.Empty);
        var busiest = months.MaxBy(m => m.Counts.Total)!;

        var list = await database.Get<ReportQueries>().ListAsync(
            new ReportFilter { DateBasis = DateBasis.EventStart, From = busiest.FirstDay, To = busiest.LastDay },
            new ReportPageRequest(1, ReportPageRequest.MaxPageSize));

        Assert.Equal(busiest.Counts.Total, list.TotalCount);
    }

    [Fact]
    public async Task DraftsReportsInReviewAndRetractedReports_NeverCount()
    {
        int draftId, reviewId, retractedId;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var ids = await db.Reports.OrderBy(r => r.Id).Select(r => r.Id).Take(3).ToListAsync();
            (draftId, reviewId, retractedId) = (ids[0], ids[1], ids[2]);
            await db.Reports.Where(r => r.Id == draftId).ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ReportState.Draft));
            await db.Reports.Where(r => r.Id == reviewId).ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ReportState.InReview));
            await db.Reports.Where(r => r.Id == retractedId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.State, ReportState.Retracted)
                .SetProperty(r => r.RetractionReason, "The source withdrew the claim.")
                .SetProperty(r => r.RetractedAt, DateTime.UtcNow));
        }

        var overview = await database.Get<ReportStatistics>().OverviewAsync(ReportFilter.Empty);
        var list = await database.Get<ReportQueries>().ListAsync(ReportFilter.Empty, new ReportPageRequest(1, ReportPageRequest.MaxPageSize));

        Assert.Equal(csv.ReportCount - 3, overview.Headline.Reports.Total);
        Assert.Equal(csv.ReportCount - 3, overview.Months.Sum(m => m.Counts.Total));
        Assert.Equal(csv.ReportCount - 3, overview.Suppliers.Sum(s => s.Counts.Total));
        Assert.DoesNotContain(overview.Latest, r => r.Id is var id && (id == draftId || id == reviewId || id == retractedId));

        // The list shows the retracted report with its notice, never the draft or the report in review.
        Assert.Equal(csv.ReportCount - 2, list.TotalCount);
        Assert.Contains(list.Items, i => i.Id == retractedId && i.State == ReportState.Retracted);
        Assert.DoesNotContain(list.Items, i => i.Id == draftId || i.Id == reviewId);
        Assert.Null(await database.Get<ReportQueries>().GetAsync(draftId));
        Assert.Null(await database.Get<ReportQueries>().GetAsync(reviewId));
        Assert.Equal("The source withdrew the claim.", (await database.Get<ReportQueries>().GetAsync(retractedId))!.RetractionReason);
        Assert.Equal(1, overview.Changes.RetractedCount);
    }

    private static DateOnly StartOf(IReadOnlyDictionary<string, string> row)
    {
        var start = row["event_date_from"].Length > 0 ? row["event_date_from"] : row["event_date_to"].Length > 0 ? row["event_date_to"] : row["reported_date"];
        var date = DateOnly.Parse(start);
        return new DateOnly(date.Year, date.Month, 1);
    }
}
