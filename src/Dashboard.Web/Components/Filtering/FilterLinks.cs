using Dashboard.Core.Filtering;

namespace Dashboard.Web.Components.Filtering;

/// <summary>
/// Addresses of filtered views. Links carry the filter in their query string, so every figure is a
/// plain link that works without script, opens in a new tab and can be shared.
/// </summary>
public static class FilterLinks
{
    /// <summary>A relative address such as <c>reports?supplier=CN&amp;sort=title</c>.</summary>
    public static string Href(string path, ReportFilter filter, params IEnumerable<KeyValuePair<string, string>> extra)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return path + ReportFilter.QueryStringOf(filter.ToQueryParameters().Concat(extra));
    }

    public static string Reports(ReportFilter filter) => Href("reports", filter);

    /// <summary>The reports of one month bar: events that started in that month (or reported in it).</summary>
    public static ReportFilter ForMonth(ReportFilter filter, DateOnly firstDay, DateOnly lastDay)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter with
        {
            From = firstDay,
            To = lastDay,
            DateBasis = filter.DateBasis == DateBasis.Reported ? DateBasis.Reported : DateBasis.EventStart,
        };
    }
}
