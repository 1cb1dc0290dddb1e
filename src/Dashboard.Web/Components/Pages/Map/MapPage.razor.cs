using Dashboard.Core.Filtering;
using Dashboard.Core.Map;
using Dashboard.Web.Components.Filtering;
using Dashboard.Web.Components.Map;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages.Map;

public partial class MapPage
{
    private MapScene? scene;
    private FilterOptions options = FilterOptions.None;
    private bool loadFailed;
    private ReportFilter? loadedFilter;
    private MapDetail? detail;
    private MapLayers layers = MapLayers.All;
    private MapView view = MapView.Default;
    private FlowSort sort = FlowSort.Total;
    private bool descending = true;

    [SupplyParameterFromQuery(Name = MapLayerNames.Key)]
    public string? LayersParameter { get; set; }

    [SupplyParameterFromQuery(Name = MapView.RegionKey)]
    public string? RegionParameter { get; set; }

    [SupplyParameterFromQuery(Name = MapView.ZoomKey)]
    public string? ZoomParameter { get; set; }

    [SupplyParameterFromQuery(Name = FlowSorts.SortKey)]
    public string? SortParameter { get; set; }

    [SupplyParameterFromQuery(Name = FlowSorts.DirectionKey)]
    public string? DirectionParameter { get; set; }

    [Inject]
    private MapQueries Queries { get; set; } = default!;

    [Inject]
    private FilterOptionsQueries OptionsQueries { get; set; } = default!;

    [Inject]
    private WorldGeometry World { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<MapPage> Logger { get; set; } = default!;

    protected override string PagePath => "map";

    private string MapLabel => $"World map: {MapCaption.Describe(Filter, options)}";

    private string ExportHref => FilterLinks.Href("map/export.svg", Filter, [.. LayerParameters(layers), .. view.ToQueryParameters()]);

    private string ExportFileName => MapExportEndpoint.FileName(Time.GetUtcNow());

    protected override async Task OnParametersSetAsync()
    {
        layers = MapLayerNames.Parse(LayersParameter);
        view = MapView.Parse(RegionParameter, ZoomParameter);
        sort = FlowSorts.Parse(SortParameter);
        descending = DirectionParameter?.ToLowerInvariant() switch
        {
            "asc" => false,
            "desc" => true,
            _ => FlowSorts.DescendingByDefault(sort),
        };

        if (Filter.Equals(loadedFilter) && scene is not null)
        {
            return;
        }

        await LoadAsync();
    }

    protected override IEnumerable<KeyValuePair<string, string>> PageParameters(bool filterChanged) => Parameters(layers, view, sort, descending);

    private async Task LoadAsync()
    {
        loadFailed = false;
        scene = null;
        detail = null;
        try
        {
            options = await OptionsQueries.GetAsync();
            scene = SupplyMap.Build(await Queries.GetAsync(Filter), World);
            loadedFilter = Filter;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "The map could not be loaded for {Filter}", Filter.ToQueryString());
            loadFailed = true;
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> LayerParameters(MapLayers layers) =>
        MapLayerNames.Format(layers) is { } value ? [new(MapLayerNames.Key, value)] : [];

    private static IEnumerable<KeyValuePair<string, string>> Parameters(MapLayers layers, MapView view, FlowSort sort, bool descending)
    {
        foreach (var parameter in LayerParameters(layers).Concat(view.ToQueryParameters()))
        {
            yield return parameter;
        }

        if (sort != FlowSort.Total)
        {
            yield return new(FlowSorts.SortKey, FlowSorts.Name(sort));
        }

        if (descending != FlowSorts.DescendingByDefault(sort))
        {
            yield return new(FlowSorts.DirectionKey, descending ? "desc" : "asc");
        }
    }

    private static string LayerLabel(MapLayers layer) => layer switch
    {
        MapLayers.Shading => "Supplier shading",
        MapLayers.Arcs => "Flows (arcs)",
        MapLayers.Recipients => "Recipients",
        _ => "Located reports",
    };

    private void SetLayer(MapLayers layer, bool on) =>
        NavigateWithPageParameters(Parameters(on ? layers | layer : layers & ~layer, view, sort, descending));

    private string ViewHref(MapView target) => FilterLinks.Href(PagePath, Filter, Parameters(layers, target, sort, descending));

    private string ViewHrefWithFilter(ReportFilter filter) => FilterLinks.Href(PagePath, filter, Parameters(layers, view, sort, descending));

    private string SortHref(FlowSort column)
    {
        var newDescending = column == sort ? !descending : FlowSorts.DescendingByDefault(column);
        return FilterLinks.Href(PagePath, Filter, Parameters(layers, view, column, newDescending));
    }

    /// <summary>Selecting a supplier shows only it; selecting the only selected supplier shows all again.</summary>
    private ReportFilter WithSupplier(string code) =>
        Filter with { Suppliers = Filter.Suppliers.Count == 1 && Filter.Suppliers[0] == code ? [] : [code] };

    private ReportFilter WithRecipient(string name) =>
        Filter with { Recipient = string.Equals(Filter.Recipient, name, StringComparison.OrdinalIgnoreCase) ? null : name };

    private string SupplierHref(CountryOnMap country) => ViewHrefWithFilter(WithSupplier(country.Shape.Code!));

    private string RecipientHref(RecipientOnMap recipient) => ViewHrefWithFilter(WithRecipient(recipient.Name));

    private string ArcHref(SupplierFlow flow) => FilterLinks.Reports(FlowTable.PairFilter(Filter, flow, null));

    private static string PointHref(PointOnMap point) => $"reports/{point.Report.Id}";

    private void SelectSupplier(string code) => ApplyFilter(WithSupplier(code));

    private void SelectRecipient(string name) => ApplyFilter(WithRecipient(name));

    private void ShowDetail(MapDetail? shown) => detail = shown;
}
