using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboard.Core.Reports;

/// <summary>
/// The rules a report's values must follow, shared by the editor and the CSV import so that both
/// refuse the same things with the same words. Each check returns null when the value is fine, or a
/// message that reads after the field's name ("must be between 5 and 200 characters long").
/// </summary>
public static partial class ReportRules
{
    public const string DateFormat = "yyyy-MM-dd";

    public static string? CheckRequired(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "is required" : null;

    public static string? CheckLength(string? value, int max, int min = 0)
    {
        var length = value?.Trim().Length ?? 0;
        if (min > 0 && length < min)
        {
            return length == 0 ? "is required" : $"must be between {min} and {max} characters long (it has {length})";
        }

        return length > max
            ? min > 0 ? $"must be between {min} and {max} characters long (it has {length})" : $"must be at most {max} characters long (it has {length})"
            : null;
    }

    public static string? CheckTitle(string? title) => CheckLength(title, ReportLimits.TitleMax, ReportLimits.TitleMin);

    public static string? CheckSummary(string? summary) => CheckRequired(summary) ?? CheckLength(summary, ReportLimits.SummaryMax);

    /// <summary>Source addresses must be absolute http or https URLs: no <c>javascript:</c>, <c>data:</c> or relative paths.</summary>
    public static string? CheckUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.Trim();
        if (trimmed.Length > ReportLimits.UrlMax)
        {
            return $"must be at most {ReportLimits.UrlMax} characters long (it has {trimmed.Length})";
        }

        return IsHttpUrl(trimmed) ? null : $"'{Shorten(trimmed)}' is not an http or https address";
    }

    public static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>The reported date is when a claim became public: it cannot lie in the future.</summary>
    public static string? CheckReportedDate(DateOnly date, DateOnly today) =>
        date > today ? $"{date.ToString(DateFormat, CultureInfo.InvariantCulture)} is in the future" : null;

    public static string? CheckEventRange(DateOnly? from, DateOnly? to) =>
        from is { } f && to is { } t && t < f
            ? $"{t.ToString(DateFormat, CultureInfo.InvariantCulture)} is before the start date {f.ToString(DateFormat, CultureInfo.InvariantCulture)}"
            : null;

    public static string? CheckLatitude(double? latitude) =>
        latitude is { } v && (double.IsNaN(v) || v < -90 || v > 90) ? "must be between -90 and 90" : null;

    public static string? CheckLongitude(double? longitude) =>
        longitude is { } v && (double.IsNaN(v) || v < -180 || v > 180) ? "must be between -180 and 180" : null;

    public static string? CheckNotNegative(long? value) => value < 0 ? "must not be negative" : null;

    /// <summary>Aid type tags: lower-case letters, digits and single hyphens ("machine-tools").</summary>
    public static bool IsAidTypeSlug(string? value) => value is not null && value.Length <= ReportLimits.SlugMax && SlugPattern().IsMatch(value);

    /// <summary>Reads <c>YYYY-MM-DD</c> strictly: 2024-02-30 and 24-1-5 are refused.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Keeps messages readable when someone pastes a whole paragraph into a short field.</summary>
    public static string Shorten(string value, int max = 60) => value.Length <= max ? value : string.Concat(value.AsSpan(0, max), "…");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
