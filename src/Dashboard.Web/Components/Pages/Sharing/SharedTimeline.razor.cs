using System.Globalization;
using Dashboard.Core.Filtering;
using Dashboard.Core.Sharing;
using Dashboard.Core.Timeline;
using Dashboard.Web.Components.Timeline;
using Dashboard.Web.Sharing;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages.Sharing;

/// <summary>
/// <c>/s/{token}</c>: a shared timeline for people without an account, static server-rendered.
/// <see cref="SharedLinkGate"/> has already opened the link (or answered 404). The page reads only
/// view keys from the address (zoom, window, lanes, page, open summary); the filter is the link's
/// own, so no query parameter can widen the slice.
/// </summary>
public partial class SharedTimeline
{
    private SharedLink? link;
    private TimelineData? data;
    private TimelineRequest request = TimelineRequest.Default;
    private TimelineLinks links = null!;
    private string scope = FilterDescription.Everything;
    private bool loadFailed;

    [Parameter]
    public string Token { get; set; } = string.Empty;

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [SupplyParameterFromQuery(Name = "zoom")]
    public string? ZoomParameter { get; set; }

    [SupplyParameterFromQuery(Name = "start")]
    public string? StartParameter { get; set; }

    [SupplyParameterFromQuery(Name = "end")]
    public string? EndParameter { get; set; }

    [SupplyParameterFromQuery(Name = "lanes")]
    public string? LanesParameter { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    public string? PageParameter { get; set; }

    [SupplyParameterFromQuery(Name = "report")]
    public string? ReportParameter { get; set; }

    [Inject]
    private SharedSliceCache Slices { get; set; } = default!;

    [Inject]
    private FilterOptionsQueries OptionsQueries { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ILogger<SharedTimeline> Logger { get; set; } = default!;

    private string PagePath => $"s/{Uri.EscapeDataString(Token)}";

    private string FeedHref => $"{PagePath}/{SharedLinkGate.FeedSegment}";

    private string ExportHref(string segment) => $"{PagePath}/{segment}";

    private string BasisNote => link?.Mode == ShareLinkMode.Snapshot
        ? "Each report counts in the month its event started, as published when this link was made; retracted reports count in no month."
        : "Each report counts in the month its event started; retracted reports count in no month.";

    protected override async Task OnParametersSetAsync()
    {
        link = SharedLinkAccess.Get(HttpContext);
        if (link is null)
        {
            // Only reachable if the gate did not run: answer like any unknown address.
            Navigation.NotFound();
            return;
        }

        request = TimelineRequest.Parse(key => key switch
        {
            "zoom" => ZoomParameter,
            "start" => StartParameter,
            "end" => EndParameter,
            "lanes" => LanesParameter,
            "page" => PageParameter,
            "report" => ReportParameter,
            _ => null,
        });
        links = new TimelineLinks(
            View: view => PagePath + ReportFilter.QueryStringOf(view.ToQueryParameters()),
            Month: (month, _) => PagePath + ReportFilter.QueryStringOf(request.WithWindow(month.FirstDay, month.LastDay).ToQueryParameters()),
            ReportPage: null,
            FormAction: PagePath,
            FormKeep: []);

        try
        {
            scope = FilterDescription.Describe(link.Filter, await OptionsQueries.GetAsync());
            data = await Slices.GetAsync(link, request, HttpContext?.RequestAborted ?? default);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Shared link {LinkId} could not be loaded", link.Id);
            loadFailed = true;
        }
    }

    private static string Day(DateTime value) => value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
