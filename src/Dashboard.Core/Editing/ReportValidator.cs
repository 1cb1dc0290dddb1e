using Dashboard.Core.Countries;
using Dashboard.Core.Reports;

namespace Dashboard.Core.Editing;

/// <summary>
/// Checks a <see cref="ReportDraft"/> against <see cref="ReportRules"/>, the same rules the CSV import
/// uses, and names the field in every message. Runs on the server for every save; the editor shows
/// the messages beside the fields.
/// </summary>
public static class ReportValidator
{
    public static ValidationErrors Validate(ReportDraft draft, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new ValidationErrors();

        errors.Check(nameof(ReportDraft.Title), "Title", ReportRules.CheckTitle(draft.Title));
        errors.Check(nameof(ReportDraft.Summary), "Summary", ReportRules.CheckSummary(draft.Summary));
        errors.Check(nameof(ReportDraft.Details), "Details", ReportRules.CheckLength(draft.Details, ReportLimits.DetailsMax));

        errors.Check(nameof(ReportDraft.Conflict), "Conflict", CheckChoice(draft.Conflict?.Id, draft.Conflict?.Name));
        if (string.IsNullOrWhiteSpace(draft.SupplierCountryCode))
        {
            errors.Add(nameof(ReportDraft.SupplierCountryCode), "Supplier country is required");
        }
        else if (CountryCatalog.Find(draft.SupplierCountryCode) is null)
        {
            errors.Add(nameof(ReportDraft.SupplierCountryCode), $"Supplier country '{ReportRules.Shorten(draft.SupplierCountryCode)}' is not an ISO 3166-1 country code");
        }

        errors.Check(nameof(ReportDraft.Recipient), "Recipient", CheckChoice(draft.Recipient?.Id, draft.Recipient?.Name));
        if (draft.Recipient is { IsNew: true, CountryCode: { Length: > 0 } code } && CountryCatalog.Find(code) is null)
        {
            errors.Add(nameof(ReportDraft.Recipient), $"Recipient country '{ReportRules.Shorten(code)}' is not an ISO 3166-1 country code");
        }

        if (draft.Category is null)
        {
            errors.Add(nameof(ReportDraft.Category), "Category is required");
        }

        if (draft.AidTypes.Count == 0)
        {
            errors.Add(nameof(ReportDraft.AidTypes), "Aid types: choose at least one");
        }
        else if (draft.AidTypes.FirstOrDefault(a => !ReportRules.IsAidTypeSlug(a)) is { } bad)
        {
            errors.Add(nameof(ReportDraft.AidTypes), $"Aid types: '{ReportRules.Shorten(bad)}' is not an aid type");
        }

        errors.Check(nameof(ReportDraft.Items), "Items", ReportRules.CheckLength(draft.Items, ReportLimits.ItemsMax));
        errors.Check(nameof(ReportDraft.Quantity), "Quantity", ReportRules.CheckNotNegative(draft.Quantity));
        errors.Check(nameof(ReportDraft.ValueUsd), "Value (US$)", ReportRules.CheckNotNegative(draft.ValueUsd));

        if (draft.EvidenceStatus is null)
        {
            errors.Add(nameof(ReportDraft.EvidenceStatus), "Evidence status is required");
        }

        if (draft.Confidence is null)
        {
            errors.Add(nameof(ReportDraft.Confidence), "Confidence is required");
        }

        CheckDates(draft, today, errors);

        errors.Check(nameof(ReportDraft.Latitude), "Latitude", ReportRules.CheckLatitude(draft.Latitude));
        errors.Check(nameof(ReportDraft.Longitude), "Longitude", ReportRules.CheckLongitude(draft.Longitude));
        if (draft.Latitude is null != draft.Longitude is null)
        {
            var missing = draft.Latitude is null ? nameof(ReportDraft.Latitude) : nameof(ReportDraft.Longitude);
            errors.Add(missing, $"{missing} is required when a {(draft.Latitude is null ? "longitude" : "latitude")} is given");
        }

        errors.Check(nameof(ReportDraft.PlaceName), "Place name", ReportRules.CheckLength(draft.PlaceName, ReportLimits.PlaceNameMax));

        errors.Check(nameof(ReportDraft.ResponseText), "Response", ReportRules.CheckLength(draft.ResponseText, ReportLimits.ResponseTextMax));
        if (draft.ResponseDate is { } responseDate)
        {
            errors.Check(nameof(ReportDraft.ResponseDate), "Response date", ReportRules.CheckReportedDate(responseDate, today));
        }

        errors.Check(nameof(ReportDraft.ResponseSource), "Response source", ReportRules.CheckLength(draft.ResponseSource, ReportLimits.ResponseSourceMax) ?? CheckCitationOrUrl(draft.ResponseSource));
        if (string.IsNullOrWhiteSpace(draft.ResponseText) && (draft.ResponseDate is not null || !string.IsNullOrWhiteSpace(draft.ResponseSource)))
        {
            errors.Add(nameof(ReportDraft.ResponseText), "Response is required when a response date or source is given");
        }

        CheckSources(draft, today, errors);
        CheckOrganizations(draft, errors);
        return errors;
    }

    /// <summary>The note that goes with a revision.</summary>
    public static string? CheckNote(string? note) => ReportRules.CheckLength(note, ReportLimits.RevisionNoteMax);

    /// <summary>A public reason (retraction) or a comment to the author (return to draft): required, limited.</summary>
    public static string? CheckReason(string? reason) => ReportRules.CheckRequired(reason) ?? ReportRules.CheckLength(reason, ReportLimits.ReasonMax);

    private static void CheckDates(ReportDraft draft, DateOnly today, ValidationErrors errors)
    {
        if (draft.ReportedDate is not { } reported)
        {
            errors.Add(nameof(ReportDraft.ReportedDate), "Reported date is required");
        }
        else
        {
            // A date known only to a month or a year is not in the future while its first day is not.
            errors.Check(nameof(ReportDraft.ReportedDate), "Reported date", ReportRules.CheckReportedDate(ReportDates.SpanOf(reported, draft.ReportedDatePrecision).Start, today));
        }

        if (draft.EventDateFrom is { } from && draft.EventDateTo is { } to)
        {
            // Compare what the dates may stand for: "March 2024" to "15 March 2024" is a valid range.
            errors.Check(
                nameof(ReportDraft.EventDateTo),
                "Event end date",
                ReportRules.CheckEventRange(ReportDates.SpanOf(from, draft.EventDateFromPrecision).Start, ReportDates.SpanOf(to, draft.EventDateToPrecision).End));
        }
    }

    private static void CheckSources(ReportDraft draft, DateOnly today, ValidationErrors errors)
    {
        if (draft.Sources.Count == 0)
        {
            errors.Add(nameof(ReportDraft.Sources), "Sources: add at least one source");
            return;
        }

        for (var i = 0; i < draft.Sources.Count; i++)
        {
            var source = draft.Sources[i];
            var label = $"Source {i + 1}";
            errors.Check(ValidationErrors.SourceField(i, nameof(SourceDraft.Title)), $"{label} title", ReportRules.CheckRequired(source.Title) ?? ReportRules.CheckLength(source.Title, ReportLimits.SourceTitleMax));
            errors.Check(ValidationErrors.SourceField(i, nameof(SourceDraft.Publisher)), $"{label} publisher", ReportRules.CheckRequired(source.Publisher) ?? ReportRules.CheckLength(source.Publisher, ReportLimits.PublisherMax));
            errors.Check(ValidationErrors.SourceField(i, nameof(SourceDraft.Url)), $"{label} address", ReportRules.CheckUrl(source.Url));
            if (source.PublishedDate is { } published)
            {
                errors.Check(ValidationErrors.SourceField(i, nameof(SourceDraft.PublishedDate)), $"{label} date", ReportRules.CheckReportedDate(published, today));
            }
        }
    }

    private static void CheckOrganizations(ReportDraft draft, ValidationErrors errors)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < draft.Organizations.Count; i++)
        {
            var organization = draft.Organizations[i].Organization;
            var field = ValidationErrors.OrganizationField(i);
            var problem = CheckChoice(organization?.Id, organization?.Name);
            if (problem is not null)
            {
                errors.Add(field, $"Organization {i + 1} {problem}");
            }
            else if (!seen.Add(organization!.Name.Trim()))
            {
                errors.Add(field, $"Organization {i + 1} '{ReportRules.Shorten(organization.Name.Trim())}' is listed twice");
            }
        }
    }

    private static string? CheckChoice(int? id, string? name) =>
        id is not null ? null : ReportRules.CheckRequired(name) ?? ReportRules.CheckLength(name, ReportLimits.NameMax);

    private static string? CheckCitationOrUrl(string? text)
    {
        // A citation ("Reuters, 12 April 2024") or an http(s) address. Something that reads as an address
        // (one word with a scheme) must be http or https: never javascript: or data:. The report page
        // links only http(s) addresses in any case.
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Any(char.IsWhiteSpace) || !Uri.TryCreate(trimmed, UriKind.Absolute, out _))
        {
            return null;
        }

        return ReportRules.IsHttpUrl(trimmed) ? null : $"'{ReportRules.Shorten(trimmed)}' is not an http or https address";
    }
}
