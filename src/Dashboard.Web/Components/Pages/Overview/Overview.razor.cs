using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Dashboard.Core.Statistics;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Components.Filtering;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages.Overview;

public partial class Overview
{
    private OverviewData? data;
    private FilterOptions options = FilterOptions.None;
    private bool loadFailed;
    private ReportFilter? loadedFilter;

    [Inject]
    private ReportStatistics Statistics { get; set; } = default!;

    [Inject]
    private FilterOptionsQueries OptionsQueries { get; set; } = default!;

    [Inject]
    private ILogger<Overview> Logger { get; set; } = default!;

    protected override string PagePath => string.Empty;

    private string MonthBasisNote => Filter.DateBasis == DateBasis.Reported
        ? "Each report counts in the month it was reported."
        : "Each report counts in the month its event started.";

    private IReadOnlyList<CategoryBarRow> SupplierRows => data is null
        ? []
        : data.Suppliers.Take(10).Select(s => new CategoryBarRow(
            s.CountryName,
            $"countries/{s.CountryCode}",
            s.Counts,
            category => FilterLinks.Reports(Filter with
            {
                Suppliers = [s.CountryCode],
                Categories = category is { } c ? [c] : Filter.Categories,
            }))).ToList();

    private IReadOnlyList<CategoryBarRow> RecipientRows => data is null
        ? []
        : data.Recipients.Take(10).Select(r => new CategoryBarRow(
            r.Name,
            r.CountryCode is { } code ? $"countries/{code}" : null,
            r.Counts,
            category => FilterLinks.Reports(Filter with
            {
                Recipient = r.Name,
                Categories = category is { } c ? [c] : Filter.Categories,
            }))).ToList();

    protected override async Task OnParametersSetAsync()
    {
        if (Filter.Equals(loadedFilter) && data is not null)
        {
            return;
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        loadFailed = false;
        data = null;
        try
        {
            options = await OptionsQueries.GetAsync();
            data = await Statistics.OverviewAsync(Filter);
            loadedFilter = Filter;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "The overview could not be loaded for {Filter}", Filter.ToQueryString());
            loadFailed = true;
        }
    }

    private ReportFilter WithCategory(SupportCategory category) => Filter with { Categories = [category] };

    private string MonthHref(MonthCount month, SupportCategory? category)
    {
        var filter = FilterLinks.ForMonth(Filter, month.FirstDay, month.LastDay);
        return FilterLinks.Reports(category is { } c ? filter with { Categories = [c] } : filter);
    }

    private static string Share(CategoryCounts counts, SupportCategory category) =>
        counts.Total == 0 ? "–" : $"{counts.ShareOf(category):0}%";
}
