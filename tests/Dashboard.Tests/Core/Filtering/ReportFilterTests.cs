using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;

namespace Dashboard.Tests.Core.Filtering;

public sealed class ReportFilterTests
{
    private static readonly ReportFilter Everything = new()
    {
        Conflict = "russia-ukraine-war",
        Suppliers = ["CN", "IR"],
        Recipient = "Russia",
        Categories = [SupportCategory.Lethal, SupportCategory.DualUse],
        AidTypes = ["drones", "machine-tools"],
        Statuses = [EvidenceStatus.Confirmed, EvidenceStatus.Reported],
        Confidences = [ConfidenceLevel.High],
        From = new DateOnly(2023, 1, 1),
        To = new DateOnly(2024, 6, 30),
        DateBasis = DateBasis.Reported,
        Text = "engines & optics = \"components\" für Русский",
    };

    [Fact]
    public void EveryKey_SurvivesTheRoundTrip()
    {
        var query = Everything.ToQueryString();

        var parsed = ReportFilter.Parse(query);

        Assert.Empty(parsed.Notices);
        Assert.Equal(Everything, parsed.Filter);
        Assert.Equal(query, parsed.Filter.ToQueryString());
    }

    [Theory]
    [InlineData("?conflict=israel-hamas-war")]
    [InlineData("?supplier=CN")]
    [InlineData("?recipient=Rapid%20Support%20Forces%20%28RSF%29")]
    [InlineData("?category=non-lethal")]
    [InlineData("?type=missile-components")]
    [InlineData("?status=denied")]
    [InlineData("?confidence=low")]
    [InlineData("?from=2022-02-24")]
    [InlineData("?to=2022-12-31")]
    [InlineData("?dates=started")]
    [InlineData("?q=Hikvision")]
    public void EachKeyAlone_IsReadAndWrittenBackTheSame(string query)
    {
        var parsed = ReportFilter.Parse(query);

        Assert.Empty(parsed.Notices);
        Assert.Equal(query, parsed.Filter.ToQueryString());
    }

    [Fact]
    public void RepeatedSuppliers_AreAllKept_Normalized()
    {
        var parsed = ReportFilter.Parse("?supplier=ir&supplier=CN&supplier=IR");

        Assert.Equal(["CN", "IR"], parsed.Filter.Suppliers);
        Assert.Equal("?supplier=CN&supplier=IR", parsed.Filter.ToQueryString());
    }

    [Fact]
    public void TheSameFilterInAnotherOrder_IsEqual()
    {
        var a = ReportFilter.Parse("?category=lethal&supplier=IR&supplier=CN").Filter;
        var b = ReportFilter.Parse("?supplier=CN&supplier=IR&category=lethal").Filter;

        Assert.Equal(a, b);
        Assert.Equal(a.ToQueryString(), b.ToQueryString());
    }

    [Theory]
    [InlineData("?supplier=XX", "supplier")]
    [InlineData("?supplier=CHN", "supplier")]
    [InlineData("?category=weapons", "category")]
    [InlineData("?status=maybe", "status")]
    [InlineData("?confidence=1", "confidence")]
    [InlineData("?from=2024-02-30", "from")]
    [InlineData("?to=notadate", "to")]
    [InlineData("?from=0001-01-01", "from")]
    [InlineData("?dates=tomorrow", "dates")]
    [InlineData("?conflict=Russia%20Ukraine%3Cscript%3E", "conflict")]
    [InlineData("?type=Drones!", "type")]
    public void MalformedValue_IsIgnoredWithANoticeNamingTheKey(string query, string key)
    {
        var parsed = ReportFilter.Parse(query);

        Assert.True(parsed.Filter.IsEmpty && parsed.Filter.DateBasis == DateBasis.Event, $"{query} should leave the filter empty");
        var notice = Assert.Single(parsed.Notices);
        Assert.Equal(key, notice.Key);
    }

    [Fact]
    public void MalformedValue_LeavesTheGoodOnesInPlace()
    {
        var parsed = ReportFilter.Parse("?supplier=CN&supplier=XX&category=dual-use");

        Assert.Equal(["CN"], parsed.Filter.Suppliers);
        Assert.Equal([SupportCategory.DualUse], parsed.Filter.Categories);
        Assert.Equal("supplier 'XX' is not an ISO 3166-1 alpha-2 country code", Assert.Single(parsed.Notices).ToString());
    }

    [Fact]
    public void EndBeforeStart_DropsTheEndWithANotice()
    {
        var parsed = ReportFilter.Parse("?from=2024-05-01&to=2024-01-01");

        Assert.Equal(new DateOnly(2024, 5, 1), parsed.Filter.From);
        Assert.Null(parsed.Filter.To);
        Assert.Equal("to", Assert.Single(parsed.Notices).Key);
    }

    [Fact]
    public void OverlongSearchText_IsCutWithANotice()
    {
        var parsed = ReportFilter.Parse("?q=" + new string('a', 500));

        Assert.Equal(ReportFilter.MaxTextLength, parsed.Filter.Text!.Length);
        Assert.Equal("q", Assert.Single(parsed.Notices).Key);
    }

    [Fact]
    public void EmptyAndWhitespaceValues_AreNotFilters()
    {
        var parsed = ReportFilter.Parse("?supplier=&q=%20%20&conflict=");

        Assert.True(parsed.Filter.IsEmpty);
        Assert.Empty(parsed.Notices);
    }

    [Fact]
    public void UnknownKeys_AreLeftToThePage()
    {
        var parsed = ReportFilter.Parse("?page=2&sort=title&supplier=CN");

        Assert.Equal("?supplier=CN", parsed.Filter.ToQueryString());
        Assert.Empty(parsed.Notices);
    }

    [Fact]
    public void SingleValuedKeyGivenTwice_KeepsTheFirstWithANotice()
    {
        var parsed = ReportFilter.Parse("?recipient=Ukraine&recipient=Russia");

        Assert.Equal("Ukraine", parsed.Filter.Recipient);
        Assert.Equal("recipient", Assert.Single(parsed.Notices).Key);
    }

    [Fact]
    public void EmptyFilter_WritesNothing() => Assert.Equal(string.Empty, ReportFilter.Empty.ToQueryString());
}
