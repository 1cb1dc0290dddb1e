namespace Dashboard.Core.Map;

/// <summary>One class of a legend: counts from <see cref="Min"/> to <see cref="Max"/>, both included.</summary>
public sealed record CountClass(int Index, int Min, int Max)
{
    public bool Contains(int count) => count >= Min && count <= Max;

    public string Label => Min == Max ? Min.ToString(System.Globalization.CultureInfo.InvariantCulture) : FormattableString.Invariant($"{Min}–{Max}");
}

/// <summary>
/// Classes for counts (the shading of suppliers, the width of arcs) on a logarithmic scale: report
/// counts are skewed (one supplier with dozens, many with one or two), and equal steps would put
/// nearly everyone in the first class. Upper bounds are max^(i/k) rounded up, so the largest count is
/// always in the top class and every class holds at least one possible count.
/// </summary>
public static class CountClasses
{
    public const int MaxClasses = 5;

    public static IReadOnlyList<CountClass> For(IEnumerable<int> counts, int maxClasses = MaxClasses)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var present = counts.Where(c => c > 0).Distinct().ToList();
        if (present.Count == 0)
        {
            return [];
        }

        var max = present.Max();
        var k = Math.Min(Math.Min(maxClasses, present.Count), max);
        var classes = new List<CountClass>();
        var lower = 1;
        for (var i = 1; i <= k && lower <= max; i++)
        {
            var upper = i == k ? max : Math.Max(lower, (int)Math.Ceiling(Math.Pow(max, (double)i / k) - 1e-9));
            upper = Math.Min(upper, max - (k - i));
            upper = Math.Max(upper, lower);
            classes.Add(new CountClass(classes.Count, lower, upper));
            lower = upper + 1;
        }

        return classes;
    }

    /// <summary>The class holding a count, or null for zero or a count outside every class.</summary>
    public static CountClass? Of(IReadOnlyList<CountClass> classes, int count)
    {
        ArgumentNullException.ThrowIfNull(classes);
        return classes.FirstOrDefault(c => c.Contains(count));
    }
}
