using Dashboard.Core.Organizations;
using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;

namespace Dashboard.Core.Profiles;

/// <summary>A count by category for a named counterpart or year.</summary>
public sealed record NamedCounts(string Key, string Name, CategoryCounts Counts);

/// <summary>One direction of a country's support (given as supplier, or received by its parties).</summary>
public sealed record SupportSide(
    CategoryCounts Totals,
    IReadOnlyList<NamedCounts> ByCounterpart,
    IReadOnlyList<NamedCounts> ByYear,
    IReadOnlyList<ReportListItem> Reports,
    int ReportCount);

/// <summary>Everything a country's profile shows.</summary>
public sealed record CountryProfile(
    string Code,
    string Name,
    SupportSide Given,
    SupportSide Received,
    IReadOnlyList<string> RecipientParties);

/// <summary>Everything an organization's profile shows.</summary>
public sealed record OrganizationProfile(
    int Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? CountryCode,
    string? CountryName,
    OrganizationKind? Kind,
    string? Description,
    IReadOnlyList<NamedCounts> ByRole,
    IReadOnlyList<NamedCounts> BySupplier,
    IReadOnlyList<ReportListItem> Reports,
    int ReportCount);
