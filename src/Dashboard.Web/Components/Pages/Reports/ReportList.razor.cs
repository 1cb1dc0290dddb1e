using System.Globalization;
using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Dashboard.Web.Components.Filtering;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages.Reports;

public partial class ReportList
{
    private static readonly IReadOnlyList<(string Title, ReportSort? Sort)> Columns =
    [
        ("Reported", ReportSort.ReportedDate),
        ("Event", ReportSort.EventDate),
        ("Title", ReportSort.Title),
        ("Supplier", ReportSort.Supplier),
        ("Recipient", ReportSort.Recipient),
        ("Category", ReportSort.Category),
        ("Evidence", ReportSort.Status),
        ("Confidence", null),
    ];

    private PagedResult<ReportListItem>? result;
    private FilterOptions options = FilterOptions.None;
    private bool loadFailed;
    private ReportSort sort = ReportSort.ReportedDate;
    private bool descending = true;
    private int pageNumber = 1;
    private int pageSize = ReportPageRequest.DefaultPageSize;
    private (ReportFilter Filter, ReportPageRequest Request)? loaded;

    [SupplyParameterFromQuery(Name = "sort")]
    public string? SortParameter { get; set; }

    [SupplyParameterFromQuery(Name = "dir")]
    public string? DirectionParameter { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    public string? PageParameter { get; set; }

    [SupplyParameterFromQuery(Name = "size")]
    public string? SizeParameter { get; set; }

    [Inject]
    private ReportQueries Queries { get; set; } = default!;

    [Inject]
    private FilterOptionsQueries OptionsQueries { get; set; } = default!;

    [Inject]
    private ILogger<ReportList> Logger { get; set; } = default!;

    protected override string PagePath => "reports";

    private string CountText => result is null
        ? string.Empty
        : result.TotalCount == 1 ? "1 report" : $"{result.TotalCount.ToString("N0", CultureInfo.InvariantCulture)} {(Filter.IsEmpty ? "published reports" : "matching reports")}";

    /// <summary>The names the address uses for each sort column.</summary>
    public static string SortName(ReportSort sort) => sort switch
    {
        ReportSort.EventDate => "event",
        ReportSort.Title => "title",
        ReportSort.Supplier => "supplier",
        ReportSort.Recipient => "recipient",
        ReportSort.Category => "category",
        ReportSort.Status => "status",
        _ => "reported",
    };

    protected override async Task OnParametersSetAsync()
    {
        // Unknown page parameters fall back to the defaults; the filter bar reports filter values it ignored.
        sort = Enum.GetValues<ReportSort>().FirstOrDefault(s => SortName(s) == SortParameter?.ToLowerInvariant(), ReportSort.ReportedDate);
        descending = DirectionParameter?.ToLowerInvariant() switch
        {
            "asc" => false,
            "desc" => true,
            _ => sort is ReportSort.ReportedDate or ReportSort.EventDate,
        };
        pageSize = int.TryParse(SizeParameter, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && ReportPageRequest.PageSizes.Contains(size)
            ? size
            : ReportPageRequest.DefaultPageSize;
        pageNumber = int.TryParse(PageParameter, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 ? number : 1;

        var request = new ReportPageRequest(pageNumber, pageSize, sort, descending);
        if (loaded is { } previous && previous.Filter.Equals(Filter) && previous.Request == request && result is not null)
        {
            return;
        }

        await LoadAsync();
    }

    protected override IEnumerable<KeyValuePair<string, string>> PageParameters(bool filterChanged) =>
        Parameters(sort, descending, filterChanged ? 1 : pageNumber, pageSize);

    private async Task LoadAsync()
    {
        loadFailed = false;
        result = null;
        var request = new ReportPageRequest(pageNumber, pageSize, sort, descending);
        try
        {
            options = await OptionsQueries.GetAsync();
            result = await Queries.ListAsync(Filter, request);
            loaded = (Filter, request);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "The report list could not be loaded for {Filter}", Filter.ToQueryString());
            loadFailed = true;
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Parameters(ReportSort sort, bool descending, int pageNumber, int pageSize)
    {
        var defaultDescending = sort is ReportSort.ReportedDate or ReportSort.EventDate;
        if (sort != ReportSort.ReportedDate)
        {
            yield return new("sort", SortName(sort));
        }

        if (descending != defaultDescending)
        {
            yield return new("dir", descending ? "desc" : "asc");
        }

        if (pageSize != ReportPageRequest.DefaultPageSize)
        {
            yield return new("size", pageSize.ToString(CultureInfo.InvariantCulture));
        }

        if (pageNumber > 1)
        {
            yield return new("page", pageNumber.ToString(CultureInfo.InvariantCulture));
        }
    }

    private string SortHref(ReportSort column)
    {
        var newDescending = column == sort ? !descending : column is ReportSort.ReportedDate or ReportSort.EventDate;
        return FilterLinks.Href(PagePath, Filter, Parameters(column, newDescending, 1, pageSize));
    }

    private string PageHref(int number) => FilterLinks.Href(PagePath, Filter, Parameters(sort, descending, number, pageSize));

    private void SetPageSize(int size) => NavigateWithPageParameters(Parameters(sort, descending, 1, size));

    private string? AriaSort(ReportSort? column) => column == sort ? (descending ? "descending" : "ascending") : null;

    private string SortArrow(ReportSort column) => column == sort ? (descending ? "▼" : "▲") : string.Empty;

    private static string SortLabel(ReportSort sort) => Columns.First(c => c.Sort == sort).Title.ToLowerInvariant();
}
