using Dashboard.Core.Map;
using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;
using Dashboard.Web.Components.Common;

namespace Dashboard.Web.Components.Map;

/// <summary>The words of the map: accessible names, titles and the details of each shape.</summary>
public static class MapText
{
    /// <summary>"11 reports: 10 dual-use, 1 non-lethal".</summary>
    public static string Counts(CategoryCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var parts = CategoryStyle.Ordered.Where(c => counts[c] > 0).Select(c => $"{counts[c]} {VocabularyText.Label(c).ToLowerInvariant()}");
        return $"{Reports(counts.Total)}: {string.Join(", ", parts)}";
    }

    public static string Reports(int count) => count == 1 ? "1 report" : $"{count} reports";

    public static string Supplier(CountryOnMap country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return $"{country.Shape.Name} supplied {Counts(country.Supplied!)}";
    }

    public static string Arc(ArcOnMap arc)
    {
        ArgumentNullException.ThrowIfNull(arc);
        return $"{arc.Flow.SupplierName} to {arc.Flow.Recipient}: {Counts(arc.Flow.Counts)}";
    }

    public static string Recipient(RecipientOnMap recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var where = recipient.Kind == Core.Conflicts.PartyKind.NonState ? $" (non-state, placed in {recipient.CountryName})" : string.Empty;
        return $"{recipient.Name}{where} received {Counts(recipient.Counts)}";
    }

    public static string Point(PointOnMap point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var place = point.Report.PlaceName is { Length: > 0 } name ? $" ({name})" : string.Empty;
        return $"{point.Report.Title}{place}, {VocabularyText.Label(point.Report.Category).ToLowerInvariant()}";
    }

    public static string CategoryName(SupportCategory category) => VocabularyText.Label(category).ToLowerInvariant();
}
