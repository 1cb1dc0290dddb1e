namespace Dashboard.Web.Components.Map;

/// <summary>The columns the table of flows can be sorted by; <see cref="FlowSorts.Name"/> gives their name in the address.</summary>
public enum FlowSort
{
    Total,
    Supplier,
    Recipient,
    Lethal,
    DualUse,
    NonLethal,
}

public static class FlowSorts
{
    public const string SortKey = "sort";
    public const string DirectionKey = "dir";

    public static string Name(FlowSort sort) => sort switch
    {
        FlowSort.Supplier => "supplier",
        FlowSort.Recipient => "recipient",
        FlowSort.Lethal => "lethal",
        FlowSort.DualUse => "dual-use",
        FlowSort.NonLethal => "non-lethal",
        _ => "total",
    };

    public static FlowSort Parse(string? name) =>
        Enum.GetValues<FlowSort>().FirstOrDefault(s => Name(s).Equals(name?.Trim(), StringComparison.OrdinalIgnoreCase), FlowSort.Total);

    /// <summary>Names sort A to Z first; numbers largest first.</summary>
    public static bool DescendingByDefault(FlowSort sort) => sort is not (FlowSort.Supplier or FlowSort.Recipient);

    public static IEnumerable<Core.Map.SupplierFlow> Apply(IEnumerable<Core.Map.SupplierFlow> flows, FlowSort sort, bool descending)
    {
        Func<Core.Map.SupplierFlow, IComparable> key = sort switch
        {
            FlowSort.Supplier => f => f.SupplierName,
            FlowSort.Recipient => f => f.Recipient,
            FlowSort.Lethal => f => f.Counts.Lethal,
            FlowSort.DualUse => f => f.Counts.DualUse,
            FlowSort.NonLethal => f => f.Counts.NonLethal,
            _ => f => f.Counts.Total,
        };
        var ordered = descending ? flows.OrderByDescending(key) : flows.OrderBy(key);
        return ordered.ThenByDescending(f => f.Counts.Total).ThenBy(f => f.SupplierName, StringComparer.Ordinal).ThenBy(f => f.Recipient, StringComparer.Ordinal);
    }
}
