using Dashboard.Core.Filtering;
using Dashboard.Core.Map;
using Dashboard.Web.Components.Filtering;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Map;

/// <summary>
/// The compact supply map for the overview and country profiles. Parameters: <see cref="Filter"/>
/// (required: the host page's filter), <see cref="HighlightCountry"/> (optional ISO alpha-2 code:
/// outlined, and the view fits it and its partners), <see cref="Label"/> (optional accessible name).
/// </summary>
public partial class CompactMap
{
    private static int instances;
    private readonly string idPrefix = $"compact-map-{Interlocked.Increment(ref instances)}";
    private MapScene? scene;
    private MapView view = MapView.Default;
    private bool loadFailed;
    private (ReportFilter Filter, string? Highlight)? loaded;

    /// <summary>The host page's filter; the map shows the published reports that match it.</summary>
    [Parameter, EditorRequired]
    public required ReportFilter Filter { get; set; }

    /// <summary>An ISO alpha-2 code to outline; the view then fits that country and the countries it supplies or is supplied by.</summary>
    [Parameter]
    public string? HighlightCountry { get; set; }

    /// <summary>The map's accessible name; by default it says what the map shows.</summary>
    [Parameter]
    public string? Label { get; set; }

    [Inject]
    private MapQueries Queries { get; set; } = default!;

    [Inject]
    private WorldGeometry World { get; set; } = default!;

    [Inject]
    private ILogger<CompactMap> Logger { get; set; } = default!;

    private static MapLayers Layers => MapLayers.Shading | MapLayers.Arcs | MapLayers.Recipients;

    private string AccessibleLabel => Label ?? (HighlightCountry is { } code
        ? $"Map of support given and received by {Core.Countries.CountryCatalog.NameOf(code)}"
        : "Map of support by supplier country");

    private string FullMapHref => FilterLinks.Href("map", Filter);

    protected override async Task OnParametersSetAsync()
    {
        if (loaded is { } previous && previous.Filter.Equals(Filter) && previous.Highlight == HighlightCountry && scene is not null)
        {
            return;
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        loadFailed = false;
        scene = null;
        try
        {
            scene = SupplyMap.Build(await Queries.GetAsync(Filter), World, HighlightCountry);
            view = FitView(scene, HighlightCountry);
            loaded = (Filter, HighlightCountry);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "The compact map could not be loaded for {Filter}", Filter.ToQueryString());
            loadFailed = true;
        }
    }

    /// <summary>The world, or the box around the highlighted country and the ends of its arcs.</summary>
    private MapView FitView(MapScene built, string? highlight)
    {
        if (World.Find(highlight) is not { } country)
        {
            return MapView.Default;
        }

        var code = country.Code;
        var box = built.Arcs
            .Where(a => a.Flow.SupplierCode == code || a.Flow.RecipientCountryCode == code)
            .SelectMany(a => new[] { a.From, a.To })
            .Aggregate(country.MainBounds, (sum, p) => sum.Union(new MapRect(p.X, p.Y, 0, 0)));
        return MapView.Around(box);
    }

    private string SupplierHref(CountryOnMap country) => FilterLinks.Href("map", Filter with { Suppliers = [country.Shape.Code!] });

    private string RecipientHref(RecipientOnMap recipient) => FilterLinks.Href("map", Filter with { Recipient = recipient.Name });

    private string ArcHref(SupplierFlow flow) => FilterLinks.Reports(FlowTable.PairFilter(Filter, flow, null));
}
