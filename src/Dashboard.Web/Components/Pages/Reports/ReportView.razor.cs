using System.Globalization;
using Dashboard.Core.Reports;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages.Reports;

/// <summary>One report: the claim, its evidence, its dates, its sources and the named party's response.</summary>
public partial class ReportView
{
    [Parameter, EditorRequired]
    public required ReportDetails Report { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private string Permalink => Navigation.ToAbsoluteUri($"reports/{Report.Id}").ToString();

    /// <summary>Title, publisher of the first source, dates, permalink and the date accessed.</summary>
    private string Citation
    {
        get
        {
            var publisher = Report.Sources.Count > 0 ? Report.Sources[0].Publisher : null;
            var when = Report.EventDateText is { } eventText
                ? $"Reported {Report.ReportedDateText}; event {eventText}."
                : $"Reported {Report.ReportedDateText}.";
            var accessed = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            var prefix = publisher is null ? string.Empty : publisher + ": ";
            return $"{prefix}\u201C{Report.Title}\u201D. {when} Conflict Support Monitor, report {Report.Id}. {Permalink} (accessed {accessed}).";
        }
    }
}
