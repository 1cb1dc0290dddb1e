using Dashboard.Core.Countries;
using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Dashboard.Web.Components.Common;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Filtering;

public partial class FilterBar
{
    private bool expanded;

    /// <summary>The filter of the page, read from its address.</summary>
    [Parameter, EditorRequired]
    public required ReportFilter Filter { get; set; }

    /// <summary>The values that occur in the data.</summary>
    [Parameter]
    public FilterOptions Options { get; set; } = FilterOptions.None;

    /// <summary>Values from the address that were ignored.</summary>
    [Parameter]
    public IReadOnlyList<FilterNotice> Notices { get; set; } = [];

    /// <summary>Receives the changed filter; the page navigates to it.</summary>
    [Parameter, EditorRequired]
    public required EventCallback<ReportFilter> OnChange { get; set; }

    public static string DateBasisLabel(DateBasis basis) => basis switch
    {
        DateBasis.Reported => "Date reported",
        DateBasis.EventStart => "Event start",
        _ => "Event (ongoing counts)",
    };

    // A value chosen in the address stays selectable even when no report has it any more.
    private IEnumerable<NamedOption> ConflictChoices =>
        Filter.Conflict is { } slug && Options.Conflicts.All(c => c.Value != slug)
            ? Options.Conflicts.Append(new NamedOption(slug, slug))
            : Options.Conflicts;

    private IEnumerable<NamedOption> SupplierChoices =>
        Options.Suppliers.Concat(Filter.Suppliers.Where(s => Options.Suppliers.All(o => o.Value != s)).Select(s => new NamedOption(s, CountryCatalog.NameOf(s))));

    private IEnumerable<string> RecipientChoices =>
        Filter.Recipient is { } name && !Options.Recipients.Contains(name, StringComparer.OrdinalIgnoreCase)
            ? Options.Recipients.Append(name)
            : Options.Recipients;

    private IEnumerable<NamedOption> AidTypeChoices =>
        Options.AidTypes.Concat(Filter.AidTypes.Where(a => Options.AidTypes.All(o => o.Value != a)).Select(a => new NamedOption(a, AidType.NameFromSlug(a))));

    /// <summary>How many values the filter has set (shown on the toggle when the fields are hidden).</summary>
    private int ActiveCount => ActiveChips().Count();

    private void ToggleExpanded() => expanded = !expanded;

    private static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    private string ConflictName(string? slug) => slug is null ? string.Empty : ConflictChoices.FirstOrDefault(c => c.Value == slug)?.Name ?? slug;

    private static string CountryName(string? code) => CountryCatalog.NameOf(code);

    private string AidTypeName(string? slug) => slug is null ? string.Empty : AidTypeChoices.FirstOrDefault(a => a.Value == slug)?.Name ?? slug;

    private static string SupplierSummary(IReadOnlyList<string> codes) => codes.Count switch
    {
        0 => string.Empty,
        <= 3 => string.Join(", ", codes.Select(CountryCatalog.NameOf)),
        _ => $"{codes.Count} countries",
    };

    private Task ChangeAsync(ReportFilter filter) => filter.Equals(Filter) ? Task.CompletedTask : OnChange.InvokeAsync(filter);

    private Task SetTextAsync(string? text) => ChangeAsync(Filter with { Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim() });

    private Task SetConflictAsync(string? slug) => ChangeAsync(Filter with { Conflict = slug });

    private Task SetSuppliersAsync(IEnumerable<string?>? codes) => ChangeAsync(Filter with { Suppliers = Present(codes) });

    private Task SetRecipientAsync(string? name) => ChangeAsync(Filter with { Recipient = name });

    private Task SetCategoriesAsync(IEnumerable<SupportCategory>? values) => ChangeAsync(Filter with { Categories = values?.ToList() ?? [] });

    private Task SetAidTypesAsync(IEnumerable<string?>? slugs) => ChangeAsync(Filter with { AidTypes = Present(slugs) });

    private Task SetStatusesAsync(IEnumerable<EvidenceStatus>? values) => ChangeAsync(Filter with { Statuses = values?.ToList() ?? [] });

    private Task SetConfidencesAsync(IEnumerable<ConfidenceLevel>? values) => ChangeAsync(Filter with { Confidences = values?.ToList() ?? [] });

    private Task SetFromAsync(DateTime? date)
    {
        var from = date is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null;
        // A start after the end would match nothing: open the end instead of refusing the choice.
        return ChangeAsync(Filter with { From = from, To = from is { } f && Filter.To < f ? null : Filter.To });
    }

    private Task SetToAsync(DateTime? date)
    {
        var to = date is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null;
        return ChangeAsync(Filter with { To = to, From = to is { } t && Filter.From > t ? null : Filter.From });
    }

    private Task SetDateBasisAsync(DateBasis basis) => ChangeAsync(Filter with { DateBasis = basis });

    private Task RemoveAsync(ReportFilter without) => ChangeAsync(without);

    private Task ClearAsync() => ChangeAsync(ReportFilter.Empty);

    private static List<string> Present(IEnumerable<string?>? values) => values?.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList() ?? [];

    /// <summary>One removable chip per active value, each knowing the filter without it.</summary>
    private IEnumerable<(string Label, ReportFilter Without)> ActiveChips()
    {
        if (Filter.Text is { } text)
        {
            yield return ($"Search: {text}", Filter with { Text = null });
        }

        if (Filter.Conflict is { } conflict)
        {
            yield return ($"Conflict: {ConflictName(conflict)}", Filter with { Conflict = null });
        }

        foreach (var supplier in Filter.Suppliers)
        {
            yield return ($"Supplier: {CountryCatalog.NameOf(supplier)}", Filter with { Suppliers = Filter.Suppliers.Where(s => s != supplier).ToList() });
        }

        if (Filter.Recipient is { } recipient)
        {
            yield return ($"Recipient: {recipient}", Filter with { Recipient = null });
        }

        foreach (var category in Filter.Categories)
        {
            yield return ($"Category: {VocabularyText.Label(category)}", Filter with { Categories = Filter.Categories.Where(c => c != category).ToList() });
        }

        foreach (var aidType in Filter.AidTypes)
        {
            yield return ($"Aid type: {AidTypeName(aidType)}", Filter with { AidTypes = Filter.AidTypes.Where(a => a != aidType).ToList() });
        }

        foreach (var status in Filter.Statuses)
        {
            yield return ($"Evidence: {VocabularyText.Label(status)}", Filter with { Statuses = Filter.Statuses.Where(s => s != status).ToList() });
        }

        foreach (var confidence in Filter.Confidences)
        {
            yield return ($"{VocabularyText.Label(confidence)}", Filter with { Confidences = Filter.Confidences.Where(c => c != confidence).ToList() });
        }

        if (Filter.From is { } from)
        {
            yield return ($"From {from:yyyy-MM-dd}", Filter with { From = null });
        }

        if (Filter.To is { } to)
        {
            yield return ($"To {to:yyyy-MM-dd}", Filter with { To = null });
        }

        if (Filter.DateBasis != DateBasis.Event)
        {
            yield return ($"Dates: {DateBasisLabel(Filter.DateBasis)}", Filter with { DateBasis = DateBasis.Event });
        }
    }
}
