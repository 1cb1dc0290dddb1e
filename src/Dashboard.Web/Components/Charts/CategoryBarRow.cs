using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;

namespace Dashboard.Web.Components.Charts;

/// <summary>One bar: a name, its counts by category, and where each segment links.</summary>
public sealed record CategoryBarRow(string Name, string? NameHref, CategoryCounts Counts, Func<SupportCategory?, string> HrefFor);
