using System.Globalization;
using Dashboard.Core.Reports;

namespace Dashboard.Core.Timeline;

/// <summary>The zoom presets of the time axis.</summary>
public enum TimelineZoom
{
    All,
    ThreeMonths,
    OneYear,
    ThreeYears,
}

/// <summary>What the swim lanes are: one per supplier country, per recipient party or per category.</summary>
public enum LaneGrouping
{
    Supplier,
    Recipient,
    Category,
}

/// <summary>
/// How a timeline is viewed, as opposed to which reports it shows (the filter): the zoom or a free
/// window, the lanes, the page of report cards and the report whose summary is open. Its keys live
/// in the address beside the filter keys: <c>zoom</c> (3m, 1y, 3y, all), <c>start</c> and
/// <c>end</c> (a free window, YYYY-MM-DD), <c>lanes</c> (supplier, recipient, category),
/// <c>page</c> and <c>report</c>. None of them can widen what a view shows, which is why the
/// shared page accepts them and ignores every other key.
/// </summary>
public sealed record TimelineRequest
{
    public static TimelineRequest Default { get; } = new();

    /// <summary>The keys this record reads, in the order it writes them.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["zoom", "start", "end", "lanes", "page", "report"];

    public TimelineZoom Zoom { get; init; }

    /// <summary>First day of a free window; it takes the place of the zoom preset.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>Last day of a free window.</summary>
    public DateOnly? End { get; init; }

    public LaneGrouping Lanes { get; init; }

    /// <summary>The page of report cards, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>The report whose summary is open in the side panel.</summary>
    public int? ReportId { get; init; }

    public bool HasFreeWindow => Start is not null || End is not null;

    public static string ZoomName(TimelineZoom zoom) => zoom switch
    {
        TimelineZoom.ThreeMonths => "3m",
        TimelineZoom.OneYear => "1y",
        TimelineZoom.ThreeYears => "3y",
        _ => "all",
    };

    public static string LanesName(LaneGrouping lanes) => lanes.ToString().ToLowerInvariant();

    /// <summary>Reads the view from query values; a value that cannot be used falls back to the default.</summary>
    public static TimelineRequest Parse(Func<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var zoomText = value("zoom")?.Trim().ToLowerInvariant();
        var lanesText = value("lanes")?.Trim().ToLowerInvariant();
        var start = Date(value("start"));
        var end = Date(value("end"));
        if (start is { } s && end is { } e && e < s)
        {
            (start, end) = (end, start);
        }

        return new TimelineRequest
        {
            Zoom = Enum.GetValues<TimelineZoom>().FirstOrDefault(z => ZoomName(z) == zoomText, TimelineZoom.All),
            Start = start,
            End = end,
            Lanes = Enum.GetValues<LaneGrouping>().FirstOrDefault(l => LanesName(l) == lanesText, LaneGrouping.Supplier),
            Page = int.TryParse(value("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : 1,
            ReportId = int.TryParse(value("report"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id >= 1 ? id : null,
        };
    }

    /// <summary>The view as query parameters, leaving out what is at its default.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToQueryParameters()
    {
        if (HasFreeWindow)
        {
            if (Start is { } start)
            {
                yield return new("start", start.ToString(ReportRules.DateFormat, CultureInfo.InvariantCulture));
            }

            if (End is { } end)
            {
                yield return new("end", end.ToString(ReportRules.DateFormat, CultureInfo.InvariantCulture));
            }
        }
        else if (Zoom != TimelineZoom.All)
        {
            yield return new("zoom", ZoomName(Zoom));
        }

        if (Lanes != LaneGrouping.Supplier)
        {
            yield return new("lanes", LanesName(Lanes));
        }

        if (Page > 1)
        {
            yield return new("page", Page.ToString(CultureInfo.InvariantCulture));
        }

        if (ReportId is { } reportId)
        {
            yield return new("report", reportId.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The same view at another zoom preset: the free window, the page and the open summary are dropped.</summary>
    public TimelineRequest WithZoom(TimelineZoom zoom) => this with { Zoom = zoom, Start = null, End = null, Page = 1, ReportId = null };

    /// <summary>The same view over a free window.</summary>
    public TimelineRequest WithWindow(DateOnly? start, DateOnly? end) => this with { Start = start, End = end, Page = 1, ReportId = null };

    private static DateOnly? Date(string? text) =>
        ReportRules.TryParseDate(text, out var date) && date.Year is >= 1900 and <= 2100 ? date : null;
}
