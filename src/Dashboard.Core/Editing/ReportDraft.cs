using Dashboard.Core.Reports;

namespace Dashboard.Core.Editing;

/// <summary>
/// What the report editor holds while someone types: every field of a report as entered, including
/// values that do not pass the rules yet, so that nothing typed is lost when a save is refused.
/// Conflicts, recipients and organizations are either an existing record (with its id) or a new
/// name that a save creates in the same transaction.
/// </summary>
public sealed class ReportDraft
{
    public string Title { get; set; } = string.Empty;

    public string Summary { get; set; } = string.Empty;

    public string? Details { get; set; }

    public ReferenceChoice? Conflict { get; set; }

    /// <summary>ISO alpha-2 code of the supplying (third) country.</summary>
    public string? SupplierCountryCode { get; set; }

    public PartyChoice? Recipient { get; set; }

    public SupportCategory? Category { get; set; }

    /// <summary>Aid type slugs.</summary>
    public List<string> AidTypes { get; set; } = [];

    public string? Items { get; set; }

    public long? Quantity { get; set; }

    public long? ValueUsd { get; set; }

    public EvidenceStatus? EvidenceStatus { get; set; }

    public ConfidenceLevel? Confidence { get; set; }

    public DateOnly? ReportedDate { get; set; }

    public DatePrecision ReportedDatePrecision { get; set; }

    public DateOnly? EventDateFrom { get; set; }

    public DatePrecision EventDateFromPrecision { get; set; }

    public DateOnly? EventDateTo { get; set; }

    public DatePrecision EventDateToPrecision { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? PlaceName { get; set; }

    public string? ResponseText { get; set; }

    public DateOnly? ResponseDate { get; set; }

    public string? ResponseSource { get; set; }

    public List<SourceDraft> Sources { get; set; } = [];

    public List<OrganizationDraft> Organizations { get; set; } = [];

    /// <summary>An empty report as the editor opens it: one empty source to fill in.</summary>
    public static ReportDraft New() => new() { Sources = [new SourceDraft()] };

    /// <summary>The content of a revision (or of the current report) as an editable draft.</summary>
    public static ReportDraft FromSnapshot(ReportSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new ReportDraft
        {
            Title = snapshot.Title,
            Summary = snapshot.Summary,
            Details = snapshot.Details,
            // A revision written together with a new conflict, party or organization holds id 0 for it
            // (ids exist only after the write): such a reference is found again by its name.
            Conflict = new ReferenceChoice(IdOrNull(snapshot.ConflictId), snapshot.ConflictName),
            SupplierCountryCode = snapshot.SupplierCountryCode,
            Recipient = new PartyChoice(IdOrNull(snapshot.RecipientPartyId), snapshot.RecipientName, null),
            Category = snapshot.Category,
            AidTypes = snapshot.AidTypes.ToList(),
            Items = snapshot.Items,
            Quantity = snapshot.Quantity,
            ValueUsd = snapshot.ValueUsd,
            EvidenceStatus = snapshot.EvidenceStatus,
            Confidence = snapshot.Confidence,
            ReportedDate = snapshot.ReportedDate,
            ReportedDatePrecision = snapshot.ReportedDatePrecision,
            EventDateFrom = snapshot.EventDateFrom,
            EventDateFromPrecision = snapshot.EventDateFromPrecision,
            EventDateTo = snapshot.EventDateTo,
            EventDateToPrecision = snapshot.EventDateToPrecision,
            Latitude = snapshot.Latitude,
            Longitude = snapshot.Longitude,
            PlaceName = snapshot.PlaceName,
            ResponseText = snapshot.ResponseText,
            ResponseDate = snapshot.ResponseDate,
            ResponseSource = snapshot.ResponseSource,
            Sources = snapshot.Sources.Select(s => new SourceDraft
            {
                Title = s.Title,
                Publisher = s.Publisher,
                Url = s.Url,
                PublishedDate = s.PublishedDate,
                Type = s.Type,
                PublisherIsParty = s.PublisherIsParty,
            }).ToList(),
            Organizations = snapshot.Organizations.Select(o => new OrganizationDraft
            {
                Organization = new ReferenceChoice(IdOrNull(o.OrganizationId), o.Name),
                Role = o.Role,
            }).ToList(),
        };
    }

    private static int? IdOrNull(int id) => id > 0 ? id : null;

    /// <summary>A deep copy, so that a kept input and a reloaded one never share lists.</summary>
    public ReportDraft Clone()
    {
        var copy = (ReportDraft)MemberwiseClone();
        copy.AidTypes = AidTypes.ToList();
        copy.Sources = Sources.Select(s => s.Copy()).ToList();
        copy.Organizations = Organizations.Select(o => o.Copy()).ToList();
        return copy;
    }

    /// <summary>
    /// Takes one field (a key of <see cref="ReportComparison"/>) from another draft: how "use theirs"
    /// works when two people edited the same report and one merges by hand.
    /// </summary>
    public void CopyField(string field, ReportDraft from)
    {
        ArgumentNullException.ThrowIfNull(from);
        switch (field)
        {
            case nameof(Title): Title = from.Title; break;
            case nameof(Summary): Summary = from.Summary; break;
            case nameof(Details): Details = from.Details; break;
            case nameof(Conflict): Conflict = from.Conflict; Recipient = from.Recipient; break;
            case nameof(SupplierCountryCode): SupplierCountryCode = from.SupplierCountryCode; break;
            case nameof(Recipient): Recipient = from.Recipient; Conflict = from.Conflict; break;
            case nameof(Category): Category = from.Category; break;
            case nameof(AidTypes): AidTypes = from.AidTypes.ToList(); break;
            case nameof(Items): Items = from.Items; break;
            case nameof(Quantity): Quantity = from.Quantity; break;
            case nameof(ValueUsd): ValueUsd = from.ValueUsd; break;
            case nameof(EvidenceStatus): EvidenceStatus = from.EvidenceStatus; break;
            case nameof(Confidence): Confidence = from.Confidence; break;
            case nameof(ReportedDate): (ReportedDate, ReportedDatePrecision) = (from.ReportedDate, from.ReportedDatePrecision); break;
            case nameof(EventDateFrom): (EventDateFrom, EventDateFromPrecision) = (from.EventDateFrom, from.EventDateFromPrecision); break;
            case nameof(EventDateTo): (EventDateTo, EventDateToPrecision) = (from.EventDateTo, from.EventDateToPrecision); break;
            case nameof(Latitude): Latitude = from.Latitude; break;
            case nameof(Longitude): Longitude = from.Longitude; break;
            case nameof(PlaceName): PlaceName = from.PlaceName; break;
            case nameof(ResponseText): ResponseText = from.ResponseText; break;
            case nameof(ResponseDate): ResponseDate = from.ResponseDate; break;
            case nameof(ResponseSource): ResponseSource = from.ResponseSource; break;
            case nameof(Sources): Sources = from.Sources.Select(s => s.Copy()).ToList(); break;
            case nameof(Organizations): Organizations = from.Organizations.Select(o => o.Copy()).ToList(); break;
            default: break;
        }
    }
}

/// <summary>One source as typed in the editor.</summary>
public sealed class SourceDraft
{
    public SourceDraft Copy() => (SourceDraft)MemberwiseClone();

    public string Title { get; set; } = string.Empty;

    public string Publisher { get; set; } = string.Empty;

    public string? Url { get; set; }

    public DateOnly? PublishedDate { get; set; }

    public SourceType? Type { get; set; }

    public bool PublisherIsParty { get; set; }
}

/// <summary>One organization named in the report, with its role there.</summary>
public sealed class OrganizationDraft
{
    public OrganizationDraft Copy() => (OrganizationDraft)MemberwiseClone();

    public ReferenceChoice? Organization { get; set; }

    public OrganizationRole Role { get; set; }
}

/// <summary>An existing record (with its id) or, without an id, a new one to create under this name.</summary>
public sealed record ReferenceChoice(int? Id, string Name)
{
    public bool IsNew => Id is null;

    public override string ToString() => Name;
}

/// <summary>A recipient party: existing (with its id) or new, with the country of a state party.</summary>
public sealed record PartyChoice(int? Id, string Name, string? CountryCode)
{
    public bool IsNew => Id is null;

    public override string ToString() => Name;
}
