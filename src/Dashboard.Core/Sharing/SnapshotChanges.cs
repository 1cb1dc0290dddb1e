using System.Globalization;
using Dashboard.Core.Countries;
using Dashboard.Core.Reports;
using Dashboard.Core.Timeline;

namespace Dashboard.Core.Sharing;

/// <summary>
/// What reads differently in a report's current published content than in the version a snapshot
/// link froze. Only published content is compared (never a draft), and the workflow state is left to
/// the retraction notice.
/// </summary>
public static class SnapshotChanges
{
    private static readonly (string Label, Func<ReportSnapshot, string?> Read)[] Fields =
    [
        ("Title", s => s.Title),
        ("Summary", s => s.Summary),
        ("Details", s => s.Details),
        ("Conflict", s => s.ConflictName),
        ("Supplier", s => CountryCatalog.NameOf(s.SupplierCountryCode)),
        ("Recipient", s => s.RecipientName),
        ("Category", s => WireNames.Of(s.Category)),
        ("Aid types", s => string.Join(", ", s.AidTypes.Select(AidType.NameFromSlug))),
        ("Items", s => s.Items),
        ("Quantity", s => s.Quantity?.ToString("N0", CultureInfo.InvariantCulture)),
        ("Value (US$)", s => s.ValueUsd?.ToString("N0", CultureInfo.InvariantCulture)),
        ("Evidence status", s => WireNames.Of(s.EvidenceStatus)),
        ("Confidence", s => WireNames.Of(s.Confidence)),
        ("Reported", s => ReportDates.Format(s.ReportedDate, s.ReportedDatePrecision)),
        ("Event dates", s => ReportDates.FormatEvent(s.EventDateFrom, s.EventDateFromPrecision, s.EventDateTo, s.EventDateToPrecision)),
        ("Place", s => s.PlaceName),
        ("Response of the named party", s => s.ResponseText),
        ("Organizations", s => string.Join("; ", s.Organizations.Select(o => o.Name))),
        ("Sources", s => string.Join("; ", s.Sources.Select(x => string.IsNullOrWhiteSpace(x.Url) ? $"{x.Title} ({x.Publisher})" : $"{x.Title} ({x.Publisher}, {x.Url})"))),
    ];

    public static IReadOnlyList<ReportChange> Compare(ReportSnapshot then, ReportSnapshot now)
    {
        ArgumentNullException.ThrowIfNull(then);
        ArgumentNullException.ThrowIfNull(now);
        var changes = new List<ReportChange>();
        foreach (var (label, read) in Fields)
        {
            var before = Blank(read(then));
            var after = Blank(read(now));
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                changes.Add(new ReportChange(label, before, after));
            }
        }

        return changes;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
