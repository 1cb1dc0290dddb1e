using Dashboard.Core.Statistics;

namespace Dashboard.Web.Components.Map;

/// <summary>What the details panel shows for the country, arc, recipient or point in focus.</summary>
public sealed record MapDetail(string Title, string Role, CategoryCounts? Counts, string? Href, string? HrefLabel);
