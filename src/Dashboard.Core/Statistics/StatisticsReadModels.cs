using Dashboard.Core.Reports;

namespace Dashboard.Core.Statistics;

/// <summary>Counts of published reports by category; every figure of the product is built from these.</summary>
public sealed record CategoryCounts(int Lethal, int DualUse, int NonLethal)
{
    public static CategoryCounts Zero { get; } = new(0, 0, 0);

    public int Total => Lethal + DualUse + NonLethal;

    public int this[SupportCategory category] => category switch
    {
        SupportCategory.Lethal => Lethal,
        SupportCategory.DualUse => DualUse,
        _ => NonLethal,
    };

    public CategoryCounts Add(SupportCategory category, int count) => category switch
    {
        SupportCategory.Lethal => this with { Lethal = Lethal + count },
        SupportCategory.DualUse => this with { DualUse = DualUse + count },
        _ => this with { NonLethal = NonLethal + count },
    };

    /// <summary>The share of a category in percent, 0 when there is nothing.</summary>
    public double ShareOf(SupportCategory category) => Total == 0 ? 0 : 100.0 * this[category] / Total;
}

/// <summary>The headline figures of a filtered set of published reports.</summary>
public sealed record HeadlineFigures(CategoryCounts Reports, int SupplierCountries, int RecipientParties);

/// <summary>Published reports per month (by event start, or by reported date), per category.</summary>
public sealed record MonthCount(int Year, int Month, CategoryCounts Counts)
{
    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);
}

/// <summary>A supplier country and its published reports by category.</summary>
public sealed record SupplierCount(string CountryCode, string CountryName, CategoryCounts Counts);

/// <summary>A recipient party (by name, across conflicts) and its published reports by category.</summary>
public sealed record RecipientCount(string Name, string? CountryCode, CategoryCounts Counts);

/// <summary>What changed among the filtered reports recently.</summary>
public sealed record RecentChanges(
    int Days,
    int NewCount,
    IReadOnlyList<ReportListItem> New,
    int UpdatedCount,
    IReadOnlyList<ReportListItem> Updated,
    int RetractedCount,
    IReadOnlyList<ReportListItem> Retracted);

/// <summary>Everything the overview shows for one filter.</summary>
public sealed record OverviewData(
    HeadlineFigures Headline,
    IReadOnlyList<MonthCount> Months,
    IReadOnlyList<SupplierCount> Suppliers,
    IReadOnlyList<RecipientCount> Recipients,
    IReadOnlyList<ReportListItem> Latest,
    RecentChanges Changes);
