using System.Globalization;
using Dashboard.Core.Countries;
using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Dashboard.Web.Components.Common;
using Dashboard.Web.Components.Filtering;

namespace Dashboard.Web.Components.Timeline;

/// <summary>A filter in words ("Supplier: Iran · Category: Lethal"), for the share dialog and the shared page's header.</summary>
public static class FilterDescription
{
    public const string Everything = "All published reports";

    public static IReadOnlyList<string> Parts(ReportFilter filter, FilterOptions options)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(options);
        var parts = new List<string>();
        if (filter.Conflict is { } conflict)
        {
            parts.Add($"Conflict: {options.Conflicts.FirstOrDefault(c => c.Value == conflict)?.Name ?? conflict}");
        }

        if (filter.Suppliers.Count > 0)
        {
            parts.Add($"{(filter.Suppliers.Count == 1 ? "Supplier" : "Suppliers")}: {string.Join(", ", filter.Suppliers.Select(CountryCatalog.NameOf))}");
        }

        if (filter.Recipient is { } recipient)
        {
            parts.Add($"Recipient: {recipient}");
        }

        if (filter.Categories.Count > 0)
        {
            parts.Add($"Category: {string.Join(", ", filter.Categories.Select(VocabularyText.Label))}");
        }

        if (filter.AidTypes.Count > 0)
        {
            parts.Add($"Aid type: {string.Join(", ", filter.AidTypes.Select(a => options.AidTypes.FirstOrDefault(o => o.Value == a)?.Name ?? AidType.NameFromSlug(a)))}");
        }

        if (filter.Statuses.Count > 0)
        {
            parts.Add($"Evidence: {string.Join(", ", filter.Statuses.Select(VocabularyText.Label))}");
        }

        if (filter.Confidences.Count > 0)
        {
            parts.Add(string.Join(", ", filter.Confidences.Select(VocabularyText.Label)));
        }

        if (filter.From is not null || filter.To is not null)
        {
            var from = filter.From?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            var to = filter.To?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            var range = (from, to) switch
            {
                ({ } f, { } t) => $"from {f} to {t}",
                ({ } f, null) => $"from {f}",
                _ => $"until {to}",
            };
            parts.Add($"{FilterBar.DateBasisLabel(filter.DateBasis)}: {range}");
        }

        if (filter.Text is { } text)
        {
            parts.Add($"Matching “{text}”");
        }

        return parts;
    }

    public static string Describe(ReportFilter filter, FilterOptions options)
    {
        var parts = Parts(filter, options);
        return parts.Count == 0 ? Everything : string.Join(" · ", parts);
    }
}
