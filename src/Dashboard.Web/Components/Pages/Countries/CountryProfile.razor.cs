using System.Globalization;
using Dashboard.Core.Filtering;
using Dashboard.Core.Profiles;
using Dashboard.Core.Reports;
using Dashboard.Web.Components.Filtering;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages.Countries;

public partial class CountryProfile
{
    private Dashboard.Core.Profiles.CountryProfile? profile;
    private bool loading = true;
    private bool loadFailed;

    [Parameter]
    public string Iso2 { get; set; } = string.Empty;

    [Inject]
    private ProfileQueries Profiles { get; set; } = default!;

    [Inject]
    private ILogger<CountryProfile> Logger { get; set; } = default!;

    private ReportFilter Given => new() { Suppliers = [profile!.Code] };

    // Received support is counted by the country's parties; the reports list filters by party name.
    private string ReceivedHref => profile!.RecipientParties.Count == 1
        ? FilterLinks.Reports(new ReportFilter { Recipient = profile.RecipientParties[0] })
        : $"countries/{profile.Code}";

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        loading = true;
        loadFailed = false;
        try
        {
            profile = await Profiles.CountryAsync(Iso2);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "The profile of {Country} could not be loaded", Iso2);
            loadFailed = true;
        }
        finally
        {
            loading = false;
        }
    }

    private string GivenToHref(NamedCounts recipient, SupportCategory? category) =>
        FilterLinks.Reports(Given with { Recipient = recipient.Key, Categories = category is { } c ? [c] : [] });

    private string GivenInYearHref(NamedCounts year, SupportCategory? category) =>
        FilterLinks.Reports(InYear(Given, year) with { Categories = category is { } c ? [c] : [] });

    private string ReceivedFromHref(NamedCounts supplier, SupportCategory? category)
    {
        var filter = new ReportFilter
        {
            Suppliers = [supplier.Key],
            Recipient = profile!.RecipientParties.Count == 1 ? profile.RecipientParties[0] : null,
            Categories = category is { } c ? [c] : [],
        };
        return filter.Recipient is null ? $"countries/{supplier.Key}" : FilterLinks.Reports(filter);
    }

    private string ReceivedInYearHref(NamedCounts year, SupportCategory? category) =>
        profile!.RecipientParties.Count == 1
            ? FilterLinks.Reports(InYear(new ReportFilter { Recipient = profile.RecipientParties[0] }, year) with { Categories = category is { } c ? [c] : [] })
            : $"countries/{profile.Code}";

    private static ReportFilter InYear(ReportFilter filter, NamedCounts year)
    {
        var value = int.Parse(year.Key, CultureInfo.InvariantCulture);
        return filter with { From = new DateOnly(value, 1, 1), To = new DateOnly(value, 12, 31), DateBasis = DateBasis.EventStart };
    }
}
