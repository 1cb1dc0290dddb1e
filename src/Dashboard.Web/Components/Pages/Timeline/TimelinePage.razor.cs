using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;
using Dashboard.Core.Timeline;
using Dashboard.Web.Components.Filtering;
using Dashboard.Web.Components.Pages.Sharing;
using Dashboard.Web.Components.Timeline;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using FilterOptions = Dashboard.Core.Filtering.FilterOptions;

namespace Dashboard.Web.Components.Pages.Timeline;

public partial class TimelinePage
{
    private TimelineData? data;
    private FilterOptions options = FilterOptions.None;
    private TimelineRequest request = TimelineRequest.Default;
    private TimelineLinks links = null!;
    private bool loadFailed;
    private (ReportFilter Filter, TimelineRequest Request)? loaded;

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
    private TimelineQueries Queries { get; set; } = default!;

    [Inject]
    private FilterOptionsQueries OptionsQueries { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ILogger<TimelinePage> Logger { get; set; } = default!;

    protected override string PagePath => "timeline";

    private string BasisNote => Filter.DateBasis == DateBasis.Reported
        ? "Each report counts in the month it was reported; retracted reports count in no month."
        : "Each report counts in the month its event started; retracted reports count in no month.";

    protected override async Task OnParametersSetAsync()
    {
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
        var filter = Filter;
        links = new TimelineLinks(
            View: view => FilterLinks.Href(PagePath, filter, view.ToQueryParameters()),
            Month: (month, category) => MonthHref(filter, month, category),
            ReportPage: id => $"reports/{id}",
            FormAction: PagePath,
            FormKeep: filter.ToQueryParameters().ToList());

        if (loaded is { } previous && previous.Filter.Equals(Filter) && previous.Request == request && data is not null)
        {
            return;
        }

        await LoadAsync();
    }

    /// <summary>A new filter starts on the first page with no summary open; zoom and lanes are kept.</summary>
    protected override IEnumerable<KeyValuePair<string, string>> PageParameters(bool filterChanged) =>
        (filterChanged ? request with { Page = 1, ReportId = null } : request).ToQueryParameters();

    // The current timeline stays on screen while the next view loads (opening a summary, zooming),
    // so the page does not jump back to a progress bar on every click.
    private async Task LoadAsync()
    {
        loadFailed = false;
        try
        {
            options = await OptionsQueries.GetAsync();
            data = await Queries.LiveAsync(Filter, request);
            loaded = (Filter, request);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "The timeline could not be loaded for {Filter}", Filter.ToQueryString());
            loadFailed = true;
        }
    }

    private static string MonthHref(ReportFilter filter, MonthCount month, SupportCategory? category)
    {
        var forMonth = FilterLinks.ForMonth(filter, month.FirstDay, month.LastDay);
        return FilterLinks.Reports(category is { } c ? forMonth with { Categories = [c] } : forMonth);
    }

    private void OnDrawerOpenChanged(bool open)
    {
        if (!open)
        {
            Navigation.NavigateTo(links.View(request with { ReportId = null }));
        }
    }

    private async Task OpenShareDialogAsync()
    {
        var parameters = new DialogParameters<ShareTimelineDialog>
        {
            { d => d.Filter, Filter },
            { d => d.Options, options },
        };
        await Dialogs.ShowAsync<ShareTimelineDialog>(
            "Share this timeline",
            parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
    }
}
