using System.Globalization;
using Dashboard.Core.Countries;
using Dashboard.Core.Reports;

namespace Dashboard.Core.Editing;

/// <summary>One field that differs between two versions of a report, as people read it.</summary>
/// <param name="Field">The editor's field name (a <see cref="ReportDraft"/> property), for "use theirs".</param>
public sealed record FieldChange(string Field, string Label, string? Before, string? After);

/// <summary>
/// Compares two snapshots of a report field by field: the history page shows it between any two
/// revisions, and a refused save shows what the other person changed.
/// </summary>
public static class ReportComparison
{
    private static readonly (string Field, string Label, Func<ReportSnapshot, string?> Read)[] Fields =
    [
        (nameof(ReportDraft.Title), "Title", s => s.Title),
        (nameof(ReportDraft.Summary), "Summary", s => s.Summary),
        (nameof(ReportDraft.Details), "Details", s => s.Details),
        (nameof(ReportDraft.Conflict), "Conflict", s => s.ConflictName),
        (nameof(ReportDraft.SupplierCountryCode), "Supplier country", s => $"{CountryCatalog.NameOf(s.SupplierCountryCode)} ({s.SupplierCountryCode})"),
        (nameof(ReportDraft.Recipient), "Recipient", s => s.RecipientName),
        (nameof(ReportDraft.Category), "Category", s => WireNames.Of(s.Category)),
        (nameof(ReportDraft.AidTypes), "Aid types", s => string.Join(", ", s.AidTypes)),
        (nameof(ReportDraft.Items), "Items", s => s.Items),
        (nameof(ReportDraft.Quantity), "Quantity", s => s.Quantity?.ToString("N0", CultureInfo.InvariantCulture)),
        (nameof(ReportDraft.ValueUsd), "Value (US$)", s => s.ValueUsd?.ToString("N0", CultureInfo.InvariantCulture)),
        (nameof(ReportDraft.EvidenceStatus), "Evidence status", s => WireNames.Of(s.EvidenceStatus)),
        (nameof(ReportDraft.Confidence), "Confidence", s => WireNames.Of(s.Confidence)),
        (nameof(ReportDraft.ReportedDate), "Reported date", s => DateText(s.ReportedDate, s.ReportedDatePrecision)),
        (nameof(ReportDraft.EventDateFrom), "Event start date", s => DateText(s.EventDateFrom, s.EventDateFromPrecision)),
        (nameof(ReportDraft.EventDateTo), "Event end date", s => DateText(s.EventDateTo, s.EventDateToPrecision)),
        (nameof(ReportDraft.Latitude), "Latitude", s => s.Latitude?.ToString("0.#####", CultureInfo.InvariantCulture)),
        (nameof(ReportDraft.Longitude), "Longitude", s => s.Longitude?.ToString("0.#####", CultureInfo.InvariantCulture)),
        (nameof(ReportDraft.PlaceName), "Place name", s => s.PlaceName),
        (nameof(ReportDraft.ResponseText), "Response", s => s.ResponseText),
        (nameof(ReportDraft.ResponseDate), "Response date", s => DateText(s.ResponseDate, DatePrecision.Day)),
        (nameof(ReportDraft.ResponseSource), "Response source", s => s.ResponseSource),
        (nameof(ReportDraft.Organizations), "Organizations", s => string.Join("; ", s.Organizations.Select(o => $"{o.Name} ({o.Role.ToString().ToLowerInvariant()})"))),
        (nameof(Report.State), "Workflow state", s => s.State.ToString()),
        (nameof(Report.RetractionReason), "Retraction reason", s => s.RetractionReason),
    ];

    /// <summary>The fields that differ, in the editor's order; sources are compared one by one.</summary>
    public static IReadOnlyList<FieldChange> Compare(ReportSnapshot before, ReportSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<FieldChange>();
        foreach (var (field, label, read) in Fields)
        {
            var a = Blank(read(before));
            var b = Blank(read(after));
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, label, a, b));
            }
        }

        var count = Math.Max(before.Sources.Count, after.Sources.Count);
        for (var i = 0; i < count; i++)
        {
            var a = i < before.Sources.Count ? SourceText(before.Sources[i]) : null;
            var b = i < after.Sources.Count ? SourceText(after.Sources[i]) : null;
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(nameof(ReportDraft.Sources), $"Source {i + 1}", a, b));
            }
        }

        return changes;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string? DateText(DateOnly? date, DatePrecision precision) =>
        date is { } d ? $"{ReportDates.Format(d, precision)}{(precision == DatePrecision.Day ? "" : $" (known to the {precision.ToString().ToLowerInvariant()})")}" : null;

    private static string SourceText(SourceSnapshot source)
    {
        var parts = new List<string> { source.Title, source.Publisher };
        if (!string.IsNullOrWhiteSpace(source.Url))
        {
            parts.Add(source.Url);
        }

        if (source.PublishedDate is { } date)
        {
            parts.Add(date.ToString(ReportRules.DateFormat, CultureInfo.InvariantCulture));
        }

        if (source.Type is { } type)
        {
            parts.Add(type.ToString());
        }

        if (source.PublisherIsParty)
        {
            parts.Add("publisher is a party to the conflict");
        }

        return string.Join(" · ", parts);
    }
}
