using System.Globalization;
using Dashboard.Core.Timeline;

namespace Dashboard.Web.Components.Timeline;

/// <summary>A labelled day on the time axis, at a position from 0 to 1.</summary>
public sealed record AxisTick(DateOnly Day, double Position, string Label);

/// <summary>Ticks for a window: months, quarters or years, never more than a handful, so labels do not collide.</summary>
public static class TimelineAxis
{
    private const int MaxTicks = 8;
    private static readonly int[] StepsInMonths = [1, 2, 3, 6, 12, 24, 60, 120, 240];

    public static IReadOnlyList<AxisTick> Ticks(TimelineWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var months = (window.End.Year - window.Start.Year) * 12 + window.End.Month - window.Start.Month + 1;
        var step = StepsInMonths.FirstOrDefault(s => months / s <= MaxTicks, StepsInMonths[^1]);
        var first = new DateOnly(window.Start.Year, window.Start.Month, 1);
        if (first < window.Start)
        {
            first = first.AddMonths(1);
        }

        var ticks = new List<AxisTick>();
        for (var day = first; day <= window.End; day = day.AddMonths(1))
        {
            var index = day.Year * 12 + day.Month - 1;
            if (index % step != 0)
            {
                continue;
            }

            var format = step >= 12 ? "yyyy" : "MMM yyyy";
            ticks.Add(new AxisTick(day, window.PositionOf(day), day.ToString(format, CultureInfo.InvariantCulture)));
        }

        return ticks;
    }

    /// <summary>"1 January 2023 to 31 December 2023".</summary>
    public static string Describe(TimelineWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return $"{window.Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to {window.End.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";
    }

    /// <summary>A number for an SVG attribute, written the same in every culture.</summary>
    public static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
