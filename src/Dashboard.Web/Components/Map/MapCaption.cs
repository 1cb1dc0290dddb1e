using System.Globalization;
using Dashboard.Core.Countries;
using Dashboard.Core.Filtering;
using Dashboard.Core.Map;
using Dashboard.Core.Reports;
using Dashboard.Web.Components.Common;

namespace Dashboard.Web.Components.Map;

/// <summary>The caption of an exported map: what it shows (filter and view), as of when, and whose shapes.</summary>
public static class MapCaption
{
    public const string Attribution = "Country shapes: Natural Earth (public domain), 1:50m. Equal Earth projection.";

    public static IReadOnlyList<string> Lines(ReportFilter filter, MapView view, MapLayers layers, MapScene scene, FilterOptions options, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(options);
        var total = scene.Data.Total.Total;
        return
        [
            $"Third-country support by supplier and recipient: {MapView.RegionLabel(view.Region)}" + (view.Zoom != 0 ? $" (zoom {view.Zoom.ToString("+0;-0", CultureInfo.InvariantCulture)})" : string.Empty),
            "Filter: " + Describe(filter, options),
            $"{MapText.Reports(total)} in {scene.Data.Flows.Count} flows; layers: {DescribeLayers(layers)}. Published reports as of {asOf.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, Conflict Support Monitor.",
            Attribution,
        ];
    }

    /// <summary>"Supplier: China; Category: Dual-use", or a note that every published report counts.</summary>
    public static string Describe(ReportFilter filter, FilterOptions options)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(options);
        var parts = new List<string>();
        if (filter.Text is { } text)
        {
            parts.Add($"search \"{text}\"");
        }

        if (filter.Conflict is { } conflict)
        {
            parts.Add("conflict " + (options.Conflicts.FirstOrDefault(c => c.Value == conflict)?.Name ?? conflict));
        }

        if (filter.Suppliers.Count > 0)
        {
            parts.Add("supplier " + string.Join(", ", filter.Suppliers.Select(CountryCatalog.NameOf)));
        }

        if (filter.Recipient is { } recipient)
        {
            parts.Add("recipient " + recipient);
        }

        if (filter.Categories.Count > 0)
        {
            parts.Add("category " + string.Join(", ", filter.Categories.Select(VocabularyText.Label)));
        }

        if (filter.AidTypes.Count > 0)
        {
            parts.Add("aid type " + string.Join(", ", filter.AidTypes.Select(a => options.AidTypes.FirstOrDefault(o => o.Value == a)?.Name ?? AidType.NameFromSlug(a))));
        }

        if (filter.Statuses.Count > 0)
        {
            parts.Add("evidence " + string.Join(", ", filter.Statuses.Select(VocabularyText.Label)));
        }

        if (filter.Confidences.Count > 0)
        {
            parts.Add(string.Join(", ", filter.Confidences.Select(VocabularyText.Label)));
        }

        if (filter.From is not null || filter.To is not null)
        {
            var basis = filter.DateBasis switch
            {
                DateBasis.Reported => "reported",
                DateBasis.EventStart => "event started",
                _ => "event",
            };
            parts.Add($"{basis} {filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} to {filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}");
        }

        return parts.Count == 0 ? "none (every published report)" : string.Join("; ", parts);
    }

    private static string DescribeLayers(MapLayers layers) =>
        layers == MapLayers.None ? "none" : string.Join(", ", MapLayerNames.Each.Where(l => layers.HasFlag(l)).Select(MapLayerNames.NameOf));
}
