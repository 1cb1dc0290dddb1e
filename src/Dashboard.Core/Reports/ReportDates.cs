using System.Globalization;

namespace Dashboard.Core.Reports;

/// <summary>Dates known to a day, a month or a year, and how they read.</summary>
public static class ReportDates
{
    /// <summary>The days a date of the given precision may stand for: one day, its month or its year.</summary>
    public static (DateOnly Start, DateOnly End) SpanOf(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => (new DateOnly(date.Year, date.Month, 1), new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month))),
        DatePrecision.Year => (new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31)),
        _ => (date, date),
    };

    /// <summary>"12 April 2024", "March 2023" or "2022".</summary>
    public static string Format(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>Reads an event's dates as a phrase: "since 12 April 2024", "March 2023 to June 2023".</summary>
    public static string? FormatEvent(DateOnly? from, DatePrecision fromPrecision, DateOnly? to, DatePrecision toPrecision)
    {
        return (from, to) switch
        {
            (null, null) => null,
            ({ } f, null) => $"since {Format(f, fromPrecision)}",
            (null, { } t) => $"until {Format(t, toPrecision)}",
            ({ } f, { } t) when f == t && fromPrecision == toPrecision => Format(f, fromPrecision),
            ({ } f, { } t) => $"{Format(f, fromPrecision)} to {Format(t, toPrecision)}",
        };
    }
}
