using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;
using Dashboard.Core.Timeline;

namespace Dashboard.Web.Components.Timeline;

/// <summary>
/// Where a timeline's links go. The staff page links within its filter and to the staff pages; the
/// shared page links only to itself, with view keys that cannot widen its slice.
/// </summary>
/// <param name="View">The address of the same timeline with another view (zoom, lanes, page, open summary).</param>
/// <param name="Month">Where a month of the chart leads, for one category or (null) all.</param>
/// <param name="ReportPage">The staff page of a report; null where staff pages must not be linked.</param>
/// <param name="FormAction">Where the free window form is sent (the page itself).</param>
/// <param name="FormKeep">Query parameters the free window form carries along (the filter on the staff page).</param>
public sealed record TimelineLinks(
    Func<TimelineRequest, string> View,
    Func<MonthCount, SupportCategory?, string> Month,
    Func<int, string>? ReportPage,
    string FormAction,
    IReadOnlyList<KeyValuePair<string, string>> FormKeep);
