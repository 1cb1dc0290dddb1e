using Dashboard.Core.Filtering;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Filtering;

/// <summary>
/// A routable page whose filter lives in its address. Only the page binds the query string (the
/// filter keys of design.md section 4); its children receive the parsed <see cref="Filter"/> as a
/// plain parameter. Changing the filter navigates, so reloading or sharing the address shows the
/// same view.
/// </summary>
public abstract class FilteredPage : ComponentBase
{
    [SupplyParameterFromQuery(Name = "conflict")]
    public string? ConflictParameter { get; set; }

    [SupplyParameterFromQuery(Name = "supplier")]
    public string[]? SupplierParameter { get; set; }

    [SupplyParameterFromQuery(Name = "recipient")]
    public string? RecipientParameter { get; set; }

    [SupplyParameterFromQuery(Name = "category")]
    public string[]? CategoryParameter { get; set; }

    [SupplyParameterFromQuery(Name = "type")]
    public string[]? TypeParameter { get; set; }

    [SupplyParameterFromQuery(Name = "status")]
    public string[]? StatusParameter { get; set; }

    [SupplyParameterFromQuery(Name = "confidence")]
    public string[]? ConfidenceParameter { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? FromParameter { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToParameter { get; set; }

    [SupplyParameterFromQuery(Name = "dates")]
    public string? DatesParameter { get; set; }

    [SupplyParameterFromQuery(Name = "q")]
    public string? TextParameter { get; set; }

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    /// <summary>The filter read from the address.</summary>
    protected ReportFilter Filter { get; private set; } = ReportFilter.Empty;

    /// <summary>The values of the address that were left out, and why; shown as a notice.</summary>
    protected IReadOnlyList<FilterNotice> FilterNotices { get; private set; } = [];

    /// <summary>The page's own address, without a query string ("reports", "map").</summary>
    protected abstract string PagePath { get; }

    protected override void OnParametersSet()
    {
        var parsed = ReportFilter.Parse(RawParameters());
        Filter = parsed.Filter;
        FilterNotices = parsed.Notices;
    }

    /// <summary>Query parameters of the page itself (sort, page, layers); kept when the filter changes unless reset.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> PageParameters(bool filterChanged) => [];

    /// <summary>Goes to the same page with another filter.</summary>
    protected void ApplyFilter(ReportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Navigation.NavigateTo(FilterLinks.Href(PagePath, filter, PageParameters(filterChanged: !filter.Equals(Filter))));
    }

    /// <summary>Goes to the same page and filter with other page parameters.</summary>
    protected void NavigateWithPageParameters(IEnumerable<KeyValuePair<string, string>> pageParameters) =>
        Navigation.NavigateTo(FilterLinks.Href(PagePath, Filter, pageParameters));

    private IEnumerable<KeyValuePair<string, string?>> RawParameters()
    {
        static IEnumerable<KeyValuePair<string, string?>> Many(string key, string[]? values) =>
            (values ?? []).Select(v => new KeyValuePair<string, string?>(key, v));

        return
        [
            new("conflict", ConflictParameter),
            .. Many("supplier", SupplierParameter),
            new("recipient", RecipientParameter),
            .. Many("category", CategoryParameter),
            .. Many("type", TypeParameter),
            .. Many("status", StatusParameter),
            .. Many("confidence", ConfidenceParameter),
            new("from", FromParameter),
            new("to", ToParameter),
            new("dates", DatesParameter),
            new("q", TextParameter),
        ];
    }
}
