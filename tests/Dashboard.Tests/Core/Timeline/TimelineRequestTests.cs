using Dashboard.Core.Filtering;
using Dashboard.Core.Timeline;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Tests.Core.Timeline;

public sealed class TimelineRequestTests
{
    [Theory]
    [InlineData("")]
    [InlineData("?zoom=3m")]
    [InlineData("?zoom=1y&lanes=category")]
    [InlineData("?start=2023-01-01&end=2023-06-30&lanes=recipient&page=3&report=17")]
    [InlineData("?end=2023-06-30")]
    public void QueryString_RoundTrips(string query)
    {
        var request = Parse(query);

        Assert.Equal(query, ReportFilter.QueryStringOf(request.ToQueryParameters()));
    }

    [Fact]
    public void UnusableValues_FallBackToTheDefaults()
    {
        var request = Parse("?zoom=10y&lanes=weapons&page=-2&report=abc&start=2023-13-01&end=yesterday");

        Assert.Equal(TimelineRequest.Default, request);
    }

    [Fact]
    public void ReversedWindow_IsPutInOrder()
    {
        var request = Parse("?start=2024-01-01&end=2023-01-01");

        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2024, 1, 1)), (request.Start, request.End));
    }

    [Fact]
    public void ChangingTheZoom_DropsTheWindowThePageAndTheOpenSummary()
    {
        var request = Parse("?start=2023-01-01&lanes=category&page=2&report=5").WithZoom(TimelineZoom.OneYear);

        Assert.Equal("?zoom=1y&lanes=category", ReportFilter.QueryStringOf(request.ToQueryParameters()));
    }

    private static TimelineRequest Parse(string query)
    {
        var values = QueryHelpers.ParseQuery(query);
        return TimelineRequest.Parse(key => values.TryGetValue(key, out var value) ? value.ToString() : null);
    }
}
