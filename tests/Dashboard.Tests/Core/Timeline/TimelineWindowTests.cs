using Dashboard.Core.Timeline;

namespace Dashboard.Tests.Core.Timeline;

public sealed class TimelineWindowTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly TimelineExtent Extent = new(new DateOnly(2022, 8, 1), new DateOnly(2024, 9, 10));

    [Fact]
    public void All_ShowsWholeMonthsFromTheFirstEventToTheLast()
    {
        var window = TimelineWindow.Resolve(TimelineRequest.Default, Extent, Today);

        Assert.Equal((new DateOnly(2022, 8, 1), new DateOnly(2024, 9, 30)), (window.Start, window.End));
        Assert.False(window.IsFree);
    }

    [Theory]
    [InlineData(TimelineZoom.ThreeMonths, "2024-06-11")]
    [InlineData(TimelineZoom.OneYear, "2023-09-11")]
    [InlineData(TimelineZoom.ThreeYears, "2021-09-11")]
    public void Presets_EndWhereTheSliceEnds(TimelineZoom zoom, string start)
    {
        var window = TimelineWindow.Resolve(TimelineRequest.Default.WithZoom(zoom), Extent, Today);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), window.Start);
        Assert.Equal(new DateOnly(2024, 9, 10), window.End);
    }

    [Fact]
    public void FreeWindow_TakesThePlaceOfThePreset()
    {
        var request = TimelineRequest.Default.WithZoom(TimelineZoom.ThreeMonths).WithWindow(new DateOnly(2023, 1, 1), new DateOnly(2023, 6, 30));

        var window = TimelineWindow.Resolve(request, Extent, Today);

        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 6, 30), true), (window.Start, window.End, window.IsFree));
    }

    [Fact]
    public void FreeWindow_WithOneEnd_TakesTheOtherFromTheSlice()
    {
        var window = TimelineWindow.Resolve(TimelineRequest.Default.WithWindow(new DateOnly(2023, 1, 1), null), Extent, Today);

        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2024, 9, 10)), (window.Start, window.End));
    }

    [Fact]
    public void EmptySlice_ShowsTheLastYear()
    {
        var window = TimelineWindow.Resolve(TimelineRequest.Default.WithZoom(TimelineZoom.OneYear), TimelineExtent.None, Today);

        Assert.Equal((Today.AddYears(-1).AddDays(1), Today), (window.Start, window.End));
    }

    [Fact]
    public void Positions_RunFromZeroAtTheFirstDayToOneAfterTheLast()
    {
        var window = new TimelineWindow(new DateOnly(2023, 1, 1), new DateOnly(2023, 1, 10), TimelineZoom.All, IsFree: true);

        Assert.Equal(0, window.PositionOf(window.Start));
        Assert.Equal(1, window.EndPositionOf(window.End));
        Assert.Equal(0.5, window.PositionOf(new DateOnly(2023, 1, 6)));
    }
}
