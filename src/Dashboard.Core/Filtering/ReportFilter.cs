using System.Globalization;
using System.Text;
using Dashboard.Core.Countries;
using Dashboard.Core.Reports;
using Microsoft.AspNetCore.WebUtilities;

namespace Dashboard.Core.Filtering;

/// <summary>Which date a filter's range applies to.</summary>
public enum DateBasis
{
    /// <summary>The event's dates; an event with an open end counts as ongoing.</summary>
    Event,

    /// <summary>The date the claim was first made public.</summary>
    Reported,

    /// <summary>The day the event started (what the monthly series count by), so a bar's link lists exactly its reports.</summary>
    EventStart,
}

/// <summary>
/// The one filter of every view, export and API call, and its form in the address: the keys of
/// design.md section 4 (<c>conflict</c>, <c>supplier</c>, <c>recipient</c>, <c>category</c>,
/// <c>type</c>, <c>status</c>, <c>confidence</c>, <c>from</c>, <c>to</c>, <c>q</c>) plus <c>dates</c>,
/// which says whether the range applies to the event (default) or the reported date. Keys that hold
/// lists repeat (<c>supplier=CN&amp;supplier=IR</c>). Values are kept normalized, so two filters that
/// mean the same are equal and write the same query string.
/// </summary>
public sealed record ReportFilter
{
    public const int MaxValuesPerKey = 50;
    public const int MaxTextLength = 200;

    /// <summary>The filter keys, in the order <see cref="ToQueryString"/> writes them.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["conflict", "supplier", "recipient", "category", "type", "status", "confidence", "from", "to", "dates", "q"];

    public static ReportFilter Empty { get; } = new();

    private readonly IReadOnlyList<string> suppliers = [];
    private readonly IReadOnlyList<SupportCategory> categories = [];
    private readonly IReadOnlyList<string> aidTypes = [];
    private readonly IReadOnlyList<EvidenceStatus> statuses = [];
    private readonly IReadOnlyList<ConfidenceLevel> confidences = [];

    /// <summary>Conflict slug ("russia-ukraine-war").</summary>
    public string? Conflict { get; init; }

    /// <summary>Supplier countries as upper-case ISO alpha-2 codes, sorted.</summary>
    public IReadOnlyList<string> Suppliers { get => suppliers; init => suppliers = value.Select(v => v.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToList(); }

    /// <summary>The recipient party's name (a party of that name in any conflict).</summary>
    public string? Recipient { get; init; }

    public IReadOnlyList<SupportCategory> Categories { get => categories; init => categories = value.Distinct().Order().ToList(); }

    /// <summary>Aid type slugs, sorted.</summary>
    public IReadOnlyList<string> AidTypes { get => aidTypes; init => aidTypes = value.Distinct().Order(StringComparer.Ordinal).ToList(); }

    public IReadOnlyList<EvidenceStatus> Statuses { get => statuses; init => statuses = value.Distinct().Order().ToList(); }

    public IReadOnlyList<ConfidenceLevel> Confidences { get => confidences; init => confidences = value.Distinct().Order().ToList(); }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public DateBasis DateBasis { get; init; }

    /// <summary>Free text searched in titles, summaries, items, organization names and source titles.</summary>
    public string? Text { get; init; }

    public bool IsEmpty => this == Empty with { DateBasis = DateBasis };

    public bool Equals(ReportFilter? other) =>
        other is not null
        && Conflict == other.Conflict
        && Suppliers.SequenceEqual(other.Suppliers)
        && Recipient == other.Recipient
        && Categories.SequenceEqual(other.Categories)
        && AidTypes.SequenceEqual(other.AidTypes)
        && Statuses.SequenceEqual(other.Statuses)
        && Confidences.SequenceEqual(other.Confidences)
        && From == other.From
        && To == other.To
        && DateBasis == other.DateBasis
        && Text == other.Text;

    public override int GetHashCode() => HashCode.Combine(Conflict, string.Join(',', Suppliers), Recipient, Categories.Count, AidTypes.Count, From, To, Text);

    /// <summary>The filter as query parameters: repeated keys for lists, nothing for what is not set.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToQueryParameters()
    {
        if (Conflict is not null)
        {
            yield return new("conflict", Conflict);
        }

        foreach (var supplier in Suppliers)
        {
            yield return new("supplier", supplier);
        }

        if (Recipient is not null)
        {
            yield return new("recipient", Recipient);
        }

        foreach (var category in Categories)
        {
            yield return new("category", WireNames.Of(category));
        }

        foreach (var type in AidTypes)
        {
            yield return new("type", type);
        }

        foreach (var status in Statuses)
        {
            yield return new("status", WireNames.Of(status));
        }

        foreach (var confidence in Confidences)
        {
            yield return new("confidence", WireNames.Of(confidence));
        }

        if (From is { } from)
        {
            yield return new("from", from.ToString(ReportRules.DateFormat, CultureInfo.InvariantCulture));
        }

        if (To is { } to)
        {
            yield return new("to", to.ToString(ReportRules.DateFormat, CultureInfo.InvariantCulture));
        }

        if (DateBasis != DateBasis.Event)
        {
            yield return new("dates", DateBasisName(DateBasis));
        }

        if (Text is not null)
        {
            yield return new("q", Text);
        }
    }

    /// <summary>The value of the <c>dates</c> key: event (the default), started or reported.</summary>
    public static string DateBasisName(DateBasis basis) => basis switch
    {
        DateBasis.Reported => "reported",
        DateBasis.EventStart => "started",
        _ => "event",
    };

    /// <summary>"?supplier=CN&amp;category=dual-use", or an empty string for the empty filter.</summary>
    public string ToQueryString() => QueryStringOf(ToQueryParameters());

    /// <summary>Writes parameters as a query string, keys and values escaped.</summary>
    public static string QueryStringOf(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var text = new StringBuilder();
        foreach (var (key, value) in parameters)
        {
            text.Append(text.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return text.ToString();
    }

    /// <summary>Reads a filter from a query string ("?supplier=CN&amp;q=drones"), ignoring other keys.</summary>
    public static FilterParseResult Parse(string? queryString)
    {
        var parsed = QueryHelpers.ParseQuery(queryString);
        return Parse(parsed.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))));
    }

    /// <summary>
    /// Reads a filter from query parameters. Keys that are not filter keys are ignored silently (pages
    /// have their own); a filter value that cannot be used is left out with a notice saying why.
    /// </summary>
    public static FilterParseResult Parse(IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var notices = new List<FilterNotice>();
        var values = parameters
            .Where(p => Keys.Contains(p.Key, StringComparer.OrdinalIgnoreCase))
            .GroupBy(p => p.Key.ToLowerInvariant(), p => p.Value)
            .ToDictionary(g => g.Key, g => g.ToList());

        string? Single(string key)
        {
            if (!values.TryGetValue(key, out var list))
            {
                return null;
            }

            var present = list.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
            if (present.Count > 1)
            {
                notices.Add(new FilterNotice(key, present[1], $"only one {key} can be chosen; the first one was kept"));
            }

            return present.FirstOrDefault();
        }

        List<T> Many<T>(string key, Func<string, (bool Ok, T Value)> parse, string rule)
        {
            var result = new List<T>();
            if (!values.TryGetValue(key, out var list))
            {
                return result;
            }

            foreach (var raw in list.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()))
            {
                if (result.Count >= MaxValuesPerKey)
                {
                    notices.Add(new FilterNotice(key, raw, $"at most {MaxValuesPerKey} values can be chosen"));
                    break;
                }

                var (ok, value) = parse(raw);
                if (ok)
                {
                    result.Add(value);
                }
                else
                {
                    notices.Add(new FilterNotice(key, raw, rule));
                }
            }

            return result;
        }

        DateOnly? Date(string key)
        {
            var raw = Single(key);
            if (raw is null)
            {
                return null;
            }

            if (ReportRules.TryParseDate(raw, out var date) && date.Year is >= 1900 and <= 2100)
            {
                return date;
            }

            notices.Add(new FilterNotice(key, raw, "is not a date between 1900 and 2100 in the form YYYY-MM-DD"));
            return null;
        }

        var conflict = Single("conflict");
        if (conflict is not null && !ReportRules.IsAidTypeSlug(conflict.ToLowerInvariant()))
        {
            notices.Add(new FilterNotice("conflict", conflict, "is not a conflict name as used in addresses (for example russia-ukraine-war)"));
            conflict = null;
        }

        var recipient = Single("recipient");
        if (recipient is { Length: > ReportLimits.NameMax })
        {
            notices.Add(new FilterNotice("recipient", recipient, $"is longer than {ReportLimits.NameMax} characters"));
            recipient = null;
        }

        var from = Date("from");
        var to = Date("to");
        if (from is { } f && to is { } t && t < f)
        {
            notices.Add(new FilterNotice("to", t.ToString(ReportRules.DateFormat, CultureInfo.InvariantCulture), "is before the start of the range; the end was left open"));
            to = null;
        }

        var basis = DateBasis.Event;
        var basisText = Single("dates");
        if (basisText is not null)
        {
            var known = Enum.GetValues<DateBasis>().Where(b => DateBasisName(b).Equals(basisText, StringComparison.OrdinalIgnoreCase)).ToList();
            if (known.Count == 1)
            {
                basis = known[0];
            }
            else
            {
                notices.Add(new FilterNotice("dates", basisText, "is not one of event, started, reported"));
            }
        }

        var text = Single("q");
        if (text is { Length: > MaxTextLength })
        {
            notices.Add(new FilterNotice("q", text, $"is longer than {MaxTextLength} characters and was cut"));
            text = text[..MaxTextLength].Trim();
        }

        var filter = new ReportFilter
        {
            Conflict = conflict?.ToLowerInvariant(),
            Suppliers = Many("supplier", v => CountryCatalog.Find(v) is { } c && v.Length == 2 ? (true, c.Code) : (false, string.Empty), "is not an ISO 3166-1 alpha-2 country code"),
            Recipient = recipient,
            Categories = Many("category", v => WireNames.TryParse(v, out SupportCategory c) ? (true, c) : (false, default), $"is not one of {WireNames.ListOf<SupportCategory>()}"),
            AidTypes = Many("type", v => ReportRules.IsAidTypeSlug(v.ToLowerInvariant()) ? (true, v.ToLowerInvariant()) : (false, string.Empty), "is not an aid type name (lower-case letters, digits and hyphens)"),
            Statuses = Many("status", v => WireNames.TryParse(v, out EvidenceStatus s) ? (true, s) : (false, default), $"is not one of {WireNames.ListOf<EvidenceStatus>()}"),
            Confidences = Many("confidence", v => WireNames.TryParse(v, out ConfidenceLevel c) ? (true, c) : (false, default), $"is not one of {WireNames.ListOf<ConfidenceLevel>()}"),
            From = from,
            To = to,
            DateBasis = basis,
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
        };
        return new FilterParseResult(filter, notices);
    }
}

/// <summary>A filter read from an address, and what had to be left out of it.</summary>
public sealed record FilterParseResult(ReportFilter Filter, IReadOnlyList<FilterNotice> Notices);

/// <summary>A filter value that was ignored, and why: <c>supplier 'XX' is not an ISO 3166-1 alpha-2 country code</c>.</summary>
public sealed record FilterNotice(string Key, string Value, string Reason)
{
    public override string ToString() => $"{Key} '{ReportRules.Shorten(Value, 40)}' {Reason}";
}
