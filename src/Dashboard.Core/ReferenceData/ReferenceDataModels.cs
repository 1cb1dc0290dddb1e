using Dashboard.Core.Editing;
using Dashboard.Core.Organizations;
using Dashboard.Core.Reports;

namespace Dashboard.Core.ReferenceData;

public sealed record ConflictRow(int Id, string Name, string Slug, DateOnly? StartDate, DateOnly? EndDate, string? Description, int PartyCount, int ReportCount);

public sealed record PartyRow(int Id, int ConflictId, string ConflictName, string Name, string? CountryCode, string? Side, int ReportCount);

public sealed record OrganizationRow(int Id, string Name, string? CountryCode, OrganizationKind? Kind, string? Description, IReadOnlyList<string> Aliases, int ReportCount);

public sealed record AidTypeRow(int Id, string Slug, string Name, SupportCategory? DefaultCategory, int ReportCount);

/// <summary>A conflict as the form edits it; no id for a new one.</summary>
public sealed class ConflictInput
{
    public int? Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? Description { get; set; }
}

public sealed class PartyInput
{
    public int? Id { get; set; }

    public int? ConflictId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? CountryCode { get; set; }

    public string? Side { get; set; }
}

public sealed class OrganizationInput
{
    public int? Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? CountryCode { get; set; }

    public OrganizationKind? Kind { get; set; }

    public string? Description { get; set; }

    public List<string> Aliases { get; set; } = [];
}

public sealed class AidTypeInput
{
    public int? Id { get; set; }

    /// <summary>Fixed once created: addresses and files use it.</summary>
    public string Slug { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public SupportCategory? DefaultCategory { get; set; }
}

/// <summary>The outcome of a reference data command.</summary>
public sealed record ReferenceResult(bool Succeeded, string Message, ValidationErrors Errors, int? Id = null)
{
    public static ReferenceResult Ok(string message, int? id = null) => new(true, message, ValidationErrors.None, id);

    public static ReferenceResult Refused(string message) => new(false, message, ValidationErrors.None);

    public static ReferenceResult Invalid(ValidationErrors errors) => new(false, "Nothing was saved: correct the fields marked.", errors);
}
