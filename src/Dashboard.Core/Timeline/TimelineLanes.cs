using Dashboard.Core.Reports;

namespace Dashboard.Core.Timeline;

/// <summary>How a report is drawn on its lane.</summary>
public enum LaneMarkKind
{
    /// <summary>A single day: a point.</summary>
    Day,

    /// <summary>A single date known only to the month or the year: drawn as that whole month or year, and labelled so.</summary>
    ImpreciseDate,

    /// <summary>From one date to another: a bar.</summary>
    Range,

    /// <summary>Started and not over: a bar to today with an open end.</summary>
    Ongoing,
}

/// <summary>
/// One report on a lane. <see cref="From"/> and <see cref="To"/> are positions on the window's axis
/// from 0 to 1; <see cref="Row"/> stacks marks that would overlap.
/// </summary>
public sealed record LaneMark(
    TimelineReport Report,
    LaneMarkKind Kind,
    DatePrecision Precision,
    double From,
    double To,
    int Row,
    bool StartsBeforeWindow,
    bool EndsAfterWindow)
{
    /// <summary>How the mark's dates read, with their precision: "March 2023 (known to the month)".</summary>
    public string DateLabel => Kind switch
    {
        LaneMarkKind.ImpreciseDate => $"{Report.DateText} (known to the {(Precision == DatePrecision.Year ? "year" : "month")})",
        LaneMarkKind.Ongoing => $"{Report.DateText}, ongoing",
        _ => Report.DateText,
    };
}

/// <summary>One swim lane: a supplier, a recipient or a category, and its reports.</summary>
public sealed record TimelineLane(string Key, string Label, SupportCategory? Category, int Rows, IReadOnlyList<LaneMark> Marks);

/// <summary>The swim lanes of a window.</summary>
/// <param name="Drawn">How many reports the lanes draw.</param>
/// <param name="Total">How many published reports the window holds (more than drawn when there are too many to draw).</param>
public sealed record TimelineLanes(LaneGrouping Grouping, IReadOnlyList<TimelineLane> Lanes, int Drawn, int Total)
{
    /// <summary>Lanes beyond this many are gathered into one "others" lane, so the chart stays readable.</summary>
    public const int MaxLanes = 20;

    /// <summary>The narrowest a mark is laid out, as a share of the axis, so that points do not overlap.</summary>
    public const double MinimumWidth = 0.012;

    public const string OthersKey = "others";

    public static TimelineLanes Empty(LaneGrouping grouping) => new(grouping, [], 0, 0);

    /// <summary>Places reports on lanes within a window. Reports outside the window are left out.</summary>
    public static TimelineLanes Build(IEnumerable<TimelineReport> reports, TimelineWindow window, LaneGrouping grouping, DateOnly today, int total)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(window);
        var visible = reports.Where(r => window.Overlaps(r.EventStart, r.IsOngoing ? Max(today, r.EventStart) : r.EventEnd)).ToList();
        var groups = visible
            .GroupBy(r => KeyOf(r, grouping), StringComparer.OrdinalIgnoreCase)
            .Select(g => (Key: g.Key, Label: LabelOf(g.First(), grouping), Category: grouping == LaneGrouping.Category ? g.First().Category : (SupportCategory?)null, Reports: g.ToList()))
            .OrderByDescending(g => g.Reports.Count)
            .ThenBy(g => g.Label, StringComparer.Ordinal)
            .ToList();
        if (groups.Count > MaxLanes)
        {
            var others = groups.Skip(MaxLanes - 1).ToList();
            groups = groups.Take(MaxLanes - 1)
                .Append((OthersKey, $"{others.Count} others", null, others.SelectMany(g => g.Reports).ToList()))
                .ToList();
        }

        var lanes = groups.Select(g => PlaceLane(g.Key, g.Label, g.Category, g.Reports, window, today)).ToList();
        return new TimelineLanes(grouping, lanes, visible.Count, Math.Max(total, visible.Count));
    }

    /// <summary>How a report is drawn: the kind of mark, the precision it is labelled with, and its first and last day.</summary>
    public static (LaneMarkKind Kind, DatePrecision Precision, DateOnly First, DateOnly Last) Shape(TimelineReport report, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.IsOngoing)
        {
            return (LaneMarkKind.Ongoing, report.EventDateFromPrecision, report.EventStart, Max(today, report.EventStart));
        }

        // One date (an end only, or the reported date when there is no event date) stands for its whole span.
        DatePrecision? singleDate = (report.EventDateFrom, report.EventDateTo) switch
        {
            (null, null) => report.ReportedDatePrecision,
            (null, { }) => report.EventDateToPrecision,
            ({ } f, { } t) when f == t && report.EventDateFromPrecision == report.EventDateToPrecision => report.EventDateFromPrecision,
            _ => null,
        };
        if (singleDate is { } precision)
        {
            return (precision == DatePrecision.Day ? LaneMarkKind.Day : LaneMarkKind.ImpreciseDate, precision, report.EventStart, report.EventEnd);
        }

        return (report.EventStart == report.EventEnd ? LaneMarkKind.Day : LaneMarkKind.Range, DatePrecision.Day, report.EventStart, report.EventEnd);
    }

    private static TimelineLane PlaceLane(string key, string label, SupportCategory? category, List<TimelineReport> reports, TimelineWindow window, DateOnly today)
    {
        var placed = reports
            .Select(r =>
            {
                var (kind, precision, first, last) = Shape(r, today);
                var from = Math.Clamp(window.PositionOf(first), 0, 1);
                var to = Math.Clamp(window.EndPositionOf(last), 0, 1);
                return (Report: r, Kind: kind, Precision: precision, From: from, To: to, Before: first < window.Start, After: last > window.End);
            })
            .OrderBy(m => m.From)
            .ThenBy(m => m.Report.Id)
            .ToList();

        // Greedy interval stacking: each mark goes on the first row where it does not touch the last one.
        var rowEnds = new List<double>();
        var marks = new List<LaneMark>(placed.Count);
        foreach (var m in placed)
        {
            var layoutEnd = Math.Max(m.To, m.From + MinimumWidth);
            var row = rowEnds.FindIndex(end => end <= m.From);
            if (row < 0)
            {
                rowEnds.Add(layoutEnd);
                row = rowEnds.Count - 1;
            }
            else
            {
                rowEnds[row] = layoutEnd;
            }

            marks.Add(new LaneMark(m.Report, m.Kind, m.Precision, m.From, m.To, row, m.Before, m.After));
        }

        return new TimelineLane(key, label, category, Math.Max(1, rowEnds.Count), marks);
    }

    private static string KeyOf(TimelineReport report, LaneGrouping grouping) => grouping switch
    {
        LaneGrouping.Recipient => report.RecipientName,
        LaneGrouping.Category => WireNames.Of(report.Category),
        _ => report.SupplierCountryCode,
    };

    private static string LabelOf(TimelineReport report, LaneGrouping grouping) => grouping switch
    {
        LaneGrouping.Recipient => report.RecipientName,
        LaneGrouping.Category => WireNames.Of(report.Category),
        _ => report.SupplierName,
    };

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
