using Dashboard.Core.Conflicts;
using Dashboard.Core.Map;
using Dashboard.Core.Reports;
using Dashboard.Web.Components.Common;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Map;

public partial class WorldMapSvg
{
    /// <summary>What to draw: the figures of the filter on the world's shapes.</summary>
    [Parameter, EditorRequired]
    public required MapScene Scene { get; set; }

    [Parameter]
    public MapView View { get; set; } = MapView.Default;

    [Parameter]
    public MapLayers Layers { get; set; } = MapLayers.All;

    /// <summary>Prefix of the ids inside the SVG, unique per map on a page.</summary>
    [Parameter]
    public string IdPrefix { get; set; } = "map";

    /// <summary>The accessible name of the map.</summary>
    [Parameter]
    public string Label { get; set; } = "World map of support by supplier country";

    /// <summary>Where a supplier country links; without it supplier countries are not links.</summary>
    [Parameter]
    public Func<CountryOnMap, string>? SupplierHref { get; set; }

    /// <summary>The supplier countries the page is filtered to, so a link can say it shows all again.</summary>
    [Parameter]
    public IReadOnlyList<string> SelectedSuppliers { get; set; } = [];

    /// <summary>Called with the ISO code of a clicked supplier country instead of following its link.</summary>
    [Parameter]
    public EventCallback<string> OnSupplierSelected { get; set; }

    [Parameter]
    public Func<SupplierFlow, string>? ArcHref { get; set; }

    /// <summary>Where a recipient (a state's country or a non-state marker) links; without it they are not links.</summary>
    [Parameter]
    public Func<RecipientOnMap, string>? RecipientHref { get; set; }

    [Parameter]
    public EventCallback<string> OnRecipientSelected { get; set; }

    [Parameter]
    public Func<PointOnMap, string>? PointHref { get; set; }

    /// <summary>Receives the details of the shape under the pointer or in focus.</summary>
    [Parameter]
    public EventCallback<MapDetail?> OnDetail { get; set; }

    /// <summary>Country names on the map (off for the compact map).</summary>
    [Parameter]
    public bool ShowLabels { get; set; } = true;

    /// <summary>Changes when the links' addresses change without the drawing changing (the page passes its address).</summary>
    [Parameter]
    public string? LinkContext { get; set; }

    /// <summary>Where this map sits when nested in a larger SVG (the export); null on a page.</summary>
    [Parameter]
    public MapRect? Position { get; set; }

    private object? renderedKey;

    /// <summary>How much larger than in the world view things are drawn; strokes and markers divide by it to keep their size.</summary>
    private double Scale => View.Magnification;

    /// <summary>What the drawing depends on. Hovering and focusing only change the page's details panel, so the map itself is not rendered again for them.</summary>
    private (MapScene, MapView, MapLayers, string, string?) RenderKey => (Scene, View, Layers, string.Join(',', SelectedSuppliers), LinkContext);

    private string Description =>
        $"{Scene.Countries.Count(c => c.IsSupplier)} supplier countries shaded by number of reports, {Scene.Arcs.Count} flows from supplier to recipient"
        + (Scene.Points.Count > 0 ? $", {Scene.Points.Count} located reports" : string.Empty)
        + ". The table below the map has the same numbers.";

    // Document order is drawing order and tab order: plain countries, then suppliers by size of
    // support (their focus outline stays on top), then recipients and the highlighted country.
    private IEnumerable<CountryOnMap> OrderedCountries => Scene.Countries
        .OrderBy(c => c.IsHighlighted ? 3 : c.IsRecipient && Layers.HasFlag(MapLayers.Recipients) ? 2 : c.IsSupplier ? 1 : 0)
        .ThenByDescending(c => c.Supplied?.Total ?? 0)
        .ThenBy(c => c.Shape.Name, StringComparer.Ordinal);

    private IEnumerable<(MapPoint Point, string Text, string Anchor)> Labels
    {
        get
        {
            // Only named countries wide enough in this view, so the world view stays readable;
            // non-state recipients get their names once the map is zoomed to a region.
            var view = View.ViewBox;
            var countries = Scene.Countries
                .Where(c => (c.IsSupplier && Layers.HasFlag(MapLayers.Shading)) || (c.IsRecipient && Layers.HasFlag(MapLayers.Recipients)))
                .Where(c => c.Shape.MainBounds.Width >= view.Width * 0.045 && view.Contains(c.Shape.Anchor))
                .Select(c => (new MapPoint(c.Shape.Anchor.X, c.Shape.Anchor.Y - (6 / Scale)), c.Shape.Name, "middle"));
            var nonState = Layers.HasFlag(MapLayers.Recipients) && Scale >= 2
                ? Scene.NonStateRecipients.Where(r => view.Contains(r.Point)).Select(r => (new MapPoint(r.Point.X + (5 / Scale), r.Point.Y + (3.5 / Scale)), r.Name, "start"))
                : [];
            return countries.Concat(nonState);
        }
    }

    private string CountryClass(CountryOnMap country)
    {
        var classes = "map-country";
        if (country.Shade is { } shade && Layers.HasFlag(MapLayers.Shading))
        {
            classes += $" map-shade map-shade-{MapStyle.ShadeIndex(shade, Scene.SupplierClasses.Count)}";
        }

        if (country.IsRecipient && Layers.HasFlag(MapLayers.Recipients))
        {
            classes += " map-recipient";
        }

        if (country.IsHighlighted)
        {
            classes += " map-highlight";
        }

        return classes;
    }

    private string? CountryStroke(CountryOnMap country) =>
        country.IsHighlighted ? MapStyle.Number(2.4 / Scale)
        : country.IsRecipient && Layers.HasFlag(MapLayers.Recipients) ? MapStyle.Number(1.6 / Scale)
        : null;

    private string? CountryDash(CountryOnMap country) =>
        !country.IsHighlighted && country.IsRecipient && Layers.HasFlag(MapLayers.Recipients) ? $"{MapStyle.Number(3 / Scale)} {MapStyle.Number(1.5 / Scale)}" : null;

    private string CountryTitle(CountryOnMap country) =>
        country.IsRecipient ? MapText.Recipient(StateRecipient(country))
        : country.IsSupplier ? MapText.Supplier(country)
        : country.Shape.Name;

    private string SupplierLinkLabel(CountryOnMap country)
    {
        var action = SelectedSuppliers.Count == 1 && SelectedSuppliers[0] == country.Shape.Code
            ? "Show every supplier again"
            : $"Show only {country.Shape.Name}";
        return $"{MapText.Supplier(country)}. {action}.";
    }

    private RecipientOnMap StateRecipient(CountryOnMap country) =>
        Scene.Recipients.Where(r => r.Kind == PartyKind.State && r.CountryCode == country.Shape.Code).OrderByDescending(r => r.Counts.Total).First();

    private string ArrowId(SupportCategory category, CountClass widthClass) => $"{IdPrefix}-arrow-{CategoryStyle.CssName(category)}-{widthClass.Index}";

    private double ArrowSize(CountClass widthClass) => (7 + (2.2 * MapStyle.ArcWidth(widthClass, Scene.ArcClasses.Count))) / Scale;

    protected override bool ShouldRender() => !Equals(RenderKey, renderedKey);

    protected override void OnAfterRender(bool firstRender) => renderedKey = RenderKey;

    private static string? N(double? value) => value is { } v ? MapStyle.Number(v) : null;

    private static string Translate(MapPoint point) => $"translate({MapStyle.Number(point.X)} {MapStyle.Number(point.Y)})";

    private Task ShowAsync(MapDetail detail) => OnDetail.HasDelegate ? OnDetail.InvokeAsync(detail) : Task.CompletedTask;

    private MapDetail SupplierDetail(CountryOnMap country) =>
        new(country.Shape.Name, "Supplier country", country.Supplied, SupplierHref?.Invoke(country), SupplierLinkLabel(country));

    private MapDetail RecipientDetail(RecipientOnMap recipient) =>
        new(recipient.Name, recipient.Kind == PartyKind.NonState ? $"Non-state recipient, placed in {recipient.CountryName}" : "Recipient", recipient.Counts, RecipientHref?.Invoke(recipient), $"Show only what {recipient.Name} received");

    private MapDetail ArcDetail(ArcOnMap arc) =>
        new($"{arc.Flow.SupplierName} → {arc.Flow.Recipient}", $"Flow, coloured as {MapText.CategoryName(arc.Flow.DominantCategory)} (its largest category)", arc.Flow.Counts, ArcHref?.Invoke(arc.Flow), "List these reports");

    private MapDetail PointDetail(PointOnMap point) =>
        new(point.Report.Title, point.Report.PlaceName is { Length: > 0 } place ? $"Report located at {place}" : "Located report", null, PointHref?.Invoke(point), "Open the report");
}
