using System.Globalization;
using Dashboard.Core.Filtering;
using Dashboard.Core.Map;
using Dashboard.Web.Components.Map;
using Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Dashboard.Web.Components.Pages.Map;

/// <summary>
/// <c>GET /map/export.svg?&lt;filter&gt;&amp;layers=..&amp;view=..&amp;zoom=..</c>: the map of a filter as a
/// standalone SVG file with its caption, rendered by the same component as the page. Staff only,
/// like the page; published reports only, like every figure.
/// </summary>
public static class MapExportEndpoint
{
    public const string Path = "/map/export.svg";

    public static IEndpointConventionBuilder MapMapExport(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet(Path, ExportAsync).RequireAuthorization(Policies.Staff);
    }

    /// <summary>The download's name: conflict-support-map-2024-05-01.</summary>
    public static string FileName(DateTimeOffset asOf) => "conflict-support-map-" + asOf.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<IResult> ExportAsync(
        HttpContext context,
        MapQueries queries,
        FilterOptionsQueries optionsQueries,
        WorldGeometry world,
        TimeProvider time,
        ILoggerFactory loggerFactory)
    {
        var query = context.Request.Query;
        var filter = ReportFilter.Parse(context.Request.QueryString.Value).Filter;
        var layers = MapLayerNames.Parse(query[MapLayerNames.Key].FirstOrDefault());
        var view = MapView.Parse(query[MapView.RegionKey].FirstOrDefault(), query[MapView.ZoomKey].FirstOrDefault());
        var cancellationToken = context.RequestAborted;

        var scene = SupplyMap.Build(await queries.GetAsync(filter, cancellationToken), world);
        var options = await optionsQueries.GetAsync(cancellationToken);
        var asOf = time.GetUtcNow();
        var caption = MapCaption.Lines(filter, view, layers, scene, options, asOf);

        await using var renderer = new HtmlRenderer(context.RequestServices, loggerFactory);
        var markup = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MapExportSvg.Scene)] = scene,
                [nameof(MapExportSvg.View)] = view,
                [nameof(MapExportSvg.Layers)] = layers,
                [nameof(MapExportSvg.Caption)] = caption,
            });
            var output = await renderer.RenderComponentAsync<MapExportSvg>(parameters);
            return output.ToHtmlString();
        });

        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(asOf)}.svg\"";
        return Results.Text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + markup, "image/svg+xml; charset=utf-8");
    }
}
