using Dashboard.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.IntegrationTests.Profiles;

public sealed class ProfileQueriesTests : IAsyncLifetime
{
    private readonly DemoCsv csv = DemoCsv.Load();
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Country_SupportGiven_MatchesTheCsvByRecipientAndYear()
    {
        var rows = csv.Reports.Where(r => r["supplier_country_iso2"] == "US").ToList();

        var profile = await database.Get<ProfileQueries>().CountryAsync("us");

        Assert.NotNull(profile);
        Assert.Equal("US", profile.Code);
        Assert.Equal(rows.Count, profile.Given.Totals.Total);
        Assert.Equal(rows.Count, profile.Given.ReportCount);
        Assert.Equal(
            rows.GroupBy(r => r["recipient"]).ToDictionary(g => g.Key, g => g.Count()),
            profile.Given.ByCounterpart.ToDictionary(c => c.Key, c => c.Counts.Total));
        Assert.Equal(rows.Count, profile.Given.ByYear.Sum(y => y.Counts.Total));
    }

    [Fact]
    public async Task Country_SupportReceived_CountsReportsToItsParties()
    {
        var rows = csv.Reports.Where(r => r["recipient_country_iso2"] == "UA").ToList();

        var profile = await database.Get<ProfileQueries>().CountryAsync("UA");

        Assert.NotNull(profile);
        Assert.Equal(rows.Count, profile.Received.Totals.Total);
        Assert.Equal(
            rows.GroupBy(r => r["supplier_country_iso2"]).ToDictionary(g => g.Key, g => g.Count()),
            profile.Received.ByCounterpart.ToDictionary(c => c.Key, c => c.Counts.Total));
        Assert.Equal(0, profile.Given.Totals.Total);
        Assert.Equal(["Ukraine"], profile.RecipientParties);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("CHN")]
    [InlineData("<script>")]
    public async Task Country_Unknown_IsNull(string code) =>
        Assert.Null(await database.Get<ProfileQueries>().CountryAsync(code));

    [Fact]
    public async Task Organization_ListsTheReportsNamingIt()
    {
        var expected = csv.Reports.Count(r => r["entities"].Split(';').Contains("MBDA"));
        int id;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            id = await db.Organizations.Where(o => o.Name == "MBDA").Select(o => o.Id).SingleAsync();
        }

        var profile = await database.Get<ProfileQueries>().OrganizationAsync(id);

        Assert.NotNull(profile);
        Assert.Equal(expected, profile.ReportCount);
        Assert.Equal(expected, profile.Reports.Count);
        Assert.Equal(expected, profile.ByRole.Sum(r => r.Counts.Total));
        Assert.Equal(expected, profile.BySupplier.Sum(s => s.Counts.Total));
    }

    [Fact]
    public async Task Organization_Unknown_IsNull() =>
        Assert.Null(await database.Get<ProfileQueries>().OrganizationAsync(987_654));
}
