using Dashboard.Core.Filtering;
using Dashboard.Core.Map;
using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.Map;

public sealed class MapQueriesTests : IAsyncLifetime
{
    private readonly DemoCsv csv = DemoCsv.Load();
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    /// <summary>Filters that can be evaluated over the CSV rows directly.</summary>
    public static TheoryData<string> Filters { get; } = new(["", "?supplier=CN", "?category=lethal", "?supplier=IR&category=non-lethal", "?recipient=Russia", "?supplier=US&supplier=DE"]);

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Flows_EqualACountOverTheCsv(string query)
    {
        var expected = ExpectedPairs(query);

        var data = await database.Get<MapQueries>().GetAsync(ReportFilter.Parse(query).Filter);

        Assert.Equal(
            expected.OrderBy(e => e.Key).Select(e => (e.Key, e.Value)),
            data.Flows.Select(f => ((f.SupplierCode, f.Recipient), f.Counts)).OrderBy(f => f.Item1));
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Arcs_ExistExactlyForTheSupplierRecipientPairsInTheFilteredData(string query)
    {
        var expected = ExpectedPairs(query).Keys.Order();

        var scene = SupplyMap.Build(await database.Get<MapQueries>().GetAsync(ReportFilter.Parse(query).Filter), WorldGeometry.Default);

        Assert.Equal(expected, scene.Arcs.Select(a => (a.Flow.SupplierCode, a.Flow.Recipient)).Order());
        Assert.Equal(scene.Arcs.Count, scene.Arcs.Select(a => (a.Flow.SupplierCode, a.Flow.Recipient)).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task SupplierShading_FollowsTheCountsOfTheStatisticsQuery(string query)
    {
        var filter = ReportFilter.Parse(query).Filter;
        var suppliers = await database.Get<ReportStatistics>().BySupplierAsync(filter);

        var scene = SupplyMap.Build(await database.Get<MapQueries>().GetAsync(filter), WorldGeometry.Default);

        var shaded = scene.Countries.Where(c => c.IsSupplier).ToDictionary(c => c.Shape.Code!);
        Assert.Equal(suppliers.Select(s => s.CountryCode).Order(), shaded.Keys.Order());
        foreach (var supplier in suppliers)
        {
            var country = shaded[supplier.CountryCode];
            Assert.Equal(supplier.Counts, country.Supplied);
            Assert.True(country.Shade!.Contains(supplier.Counts.Total), $"{supplier.CountryCode}: {supplier.Counts.Total} is not in {country.Shade.Label}");
        }

        AssertClassesFollowCounts(suppliers.Select(s => (s.Counts.Total, shaded[s.CountryCode].Shade!)), scene.SupplierClasses);
        Assert.All(scene.Countries.Where(c => !c.IsSupplier), c => Assert.Null(c.Shade));
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task ArcWidths_FollowThePairCounts(string query)
    {
        var expected = ExpectedPairs(query);

        var scene = SupplyMap.Build(await database.Get<MapQueries>().GetAsync(ReportFilter.Parse(query).Filter), WorldGeometry.Default);

        foreach (var arc in scene.Arcs)
        {
            var count = expected[(arc.Flow.SupplierCode, arc.Flow.Recipient)].Total;
            Assert.True(arc.WidthClass.Contains(count), $"{arc.Flow.SupplierCode} -> {arc.Flow.Recipient}: {count} is not in {arc.WidthClass.Label}");
        }

        AssertClassesFollowCounts(scene.Arcs.Select(a => (expected[(a.Flow.SupplierCode, a.Flow.Recipient)].Total, a.WidthClass)), scene.ArcClasses);
    }

    [Fact]
    public async Task NonStateRecipients_ArePlacedBesideTheCountryWhereTheyOperate()
    {
        var scene = SupplyMap.Build(await database.Get<MapQueries>().GetAsync(ReportFilter.Empty), WorldGeometry.Default);

        var nonState = scene.NonStateRecipients.ToList();
        var expected = csv.Reports.Where(r => r["recipient"] is not ("Russia" or "Ukraine" or "Israel")).Select(r => r["recipient"]).Distinct().Order();
        Assert.Equal(expected, nonState.Select(r => r.Name).Order());
        foreach (var recipient in nonState)
        {
            var country = WorldGeometry.Default.Find(recipient.CountryCode)!;
            Assert.Equal(SupplyMap.NonStateOffset, recipient.Point.DistanceTo(country.Anchor), 1e-6);
        }

        var sudan = nonState.Where(r => r.CountryCode == "SD").ToList();
        Assert.Equal(2, sudan.Count);
        Assert.NotEqual(sudan[0].Point, sudan[1].Point);
        Assert.Equal(["IL", "RU", "UA"], scene.Countries.Where(c => c.IsRecipient).Select(c => c.Shape.Code!).Order());
    }

    [Fact]
    public async Task Points_AreThePublishedReportsWithALocation()
    {
        int id;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var report = await db.Reports.OrderBy(r => r.Id).FirstAsync(r => r.SupplierCountryCode == "IR");
            report.Latitude = 50.4501;
            report.Longitude = 30.5234;
            report.PlaceName = "Kyiv";
            await db.SaveChangesAsync();
            id = report.Id;
        }

        var data = await database.Get<MapQueries>().GetAsync(ReportFilter.Parse("?supplier=IR").Filter);
        var scene = SupplyMap.Build(data, WorldGeometry.Default);

        var point = Assert.Single(scene.Points);
        Assert.Equal(id, point.Report.Id);
        Assert.Equal(WorldGeometry.Project(30.5234, 50.4501), point.Point);
        Assert.Empty((await database.Get<MapQueries>().GetAsync(ReportFilter.Parse("?supplier=CN").Filter)).Points);
    }

    private static void AssertClassesFollowCounts(IEnumerable<(int Count, CountClass Class)> items, IReadOnlyList<CountClass> classes)
    {
        var ordered = items.OrderBy(i => i.Count).ToList();
        Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.True(pair.First.Class.Index <= pair.Second.Class.Index));
        if (ordered.Count > 0)
        {
            Assert.Equal(classes.Count - 1, ordered[^1].Class.Index);
        }
    }

    /// <summary>Reports per supplier and recipient and category, counted over the CSV rows for a filter of supplier, recipient and category keys.</summary>
    private Dictionary<(string Supplier, string Recipient), CategoryCounts> ExpectedPairs(string query)
    {
        var filter = ReportFilter.Parse(query).Filter;
        return csv.Reports
            .Where(r => filter.Suppliers.Count == 0 || filter.Suppliers.Contains(r["supplier_country_iso2"]))
            .Where(r => filter.Recipient is null || string.Equals(filter.Recipient, r["recipient"], StringComparison.OrdinalIgnoreCase))
            .Where(r => filter.Categories.Count == 0 || filter.Categories.Contains(Category(r["category"])))
            .GroupBy(r => (r["supplier_country_iso2"], r["recipient"]))
            .ToDictionary(g => g.Key, g => g.Aggregate(CategoryCounts.Zero, (sum, r) => sum.Add(Category(r["category"]), 1)));
    }

    private static SupportCategory Category(string wire) => wire switch
    {
        "lethal" => SupportCategory.Lethal,
        "dual-use" => SupportCategory.DualUse,
        _ => SupportCategory.NonLethal,
    };

}
