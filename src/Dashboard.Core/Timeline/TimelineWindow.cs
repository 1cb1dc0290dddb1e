namespace Dashboard.Core.Timeline;

/// <summary>The days a slice's reports reach: from the first event start to the last event end (today while one is ongoing).</summary>
public sealed record TimelineExtent(DateOnly? First, DateOnly? Last)
{
    public static TimelineExtent None { get; } = new(null, null);
}

/// <summary>
/// The stretch of time a timeline shows. The presets end where the slice ends (its latest event, or
/// today while one is ongoing), so that "the last year" of a slice about 2022 is not empty.
/// </summary>
public sealed record TimelineWindow(DateOnly Start, DateOnly End, TimelineZoom Zoom, bool IsFree)
{
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Where a day begins on the axis, from 0 (the window's first day) to 1 (after its last).</summary>
    public double PositionOf(DateOnly day) => (day.DayNumber - Start.DayNumber) / (double)Days;

    /// <summary>Where a day ends on the axis.</summary>
    public double EndPositionOf(DateOnly day) => (day.DayNumber + 1 - Start.DayNumber) / (double)Days;

    public bool Overlaps(DateOnly from, DateOnly to) => to >= Start && from <= End;

    public static TimelineWindow Resolve(TimelineRequest request, TimelineExtent extent, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(extent);
        var last = extent.Last ?? today;
        var first = extent.First is { } f && f <= last ? f : last.AddYears(-1).AddDays(1);

        if (request.HasFreeWindow)
        {
            var end = request.End ?? (request.Start is { } s && s > last ? s.AddYears(1).AddDays(-1) : last);
            var start = request.Start ?? (first <= end ? first : end.AddYears(-1).AddDays(1));
            return new TimelineWindow(start, end, request.Zoom, IsFree: true);
        }

        var presetStart = request.Zoom switch
        {
            TimelineZoom.ThreeMonths => last.AddMonths(-3).AddDays(1),
            TimelineZoom.OneYear => last.AddYears(-1).AddDays(1),
            TimelineZoom.ThreeYears => last.AddYears(-3).AddDays(1),
            _ => new DateOnly(first.Year, first.Month, 1),
        };

        // "All" shows whole months at both ends, like the monthly chart above it.
        var presetEnd = request.Zoom == TimelineZoom.All ? new DateOnly(last.Year, last.Month, 1).AddMonths(1).AddDays(-1) : last;
        return new TimelineWindow(presetStart, presetEnd, request.Zoom, IsFree: false);
    }
}
