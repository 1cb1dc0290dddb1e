using Dashboard.Core.Reports;

namespace Dashboard.Core.Editing;

/// <summary>How a command ended.</summary>
public enum CommandStatus
{
    Succeeded,

    /// <summary>A value broke a rule; <see cref="CommandResult.Errors"/> names the fields. Nothing was stored.</summary>
    Invalid,

    /// <summary>Someone else saved the report since it was loaded; <see cref="CommandResult.Conflict"/> says what changed.</summary>
    Conflict,

    /// <summary>The caller's role does not allow it (logged in the audit log). Nothing was stored.</summary>
    Forbidden,

    NotFound,

    /// <summary>The report's workflow state does not allow it (a published report cannot be deleted, ...).</summary>
    NotAllowed,
}

/// <summary>What a report command did, or why it did nothing.</summary>
public sealed record CommandResult
{
    public required CommandStatus Status { get; init; }

    public int? ReportId { get; init; }

    /// <summary>The report's concurrency token after the command; the editor keeps it for its next save.</summary>
    public int Version { get; init; }

    /// <summary>The report's latest revision number after the command.</summary>
    public int RevisionNumber { get; init; }

    public ReportState? State { get; init; }

    /// <summary>For people: what happened or why not.</summary>
    public string? Message { get; init; }

    public ValidationErrors Errors { get; init; } = ValidationErrors.None;

    public ReportConflict? Conflict { get; init; }

    /// <summary>Likely duplicates of the saved report: a warning, never a refusal.</summary>
    public IReadOnlyList<DuplicateCandidate> Duplicates { get; init; } = [];

    /// <summary>False when the save found nothing to change (no revision was written).</summary>
    public bool Changed { get; init; } = true;

    public bool Succeeded => Status == CommandStatus.Succeeded;

    public static CommandResult Invalid(ValidationErrors errors) =>
        new() { Status = CommandStatus.Invalid, Errors = errors, Message = "Nothing was saved: correct the fields marked below." };

    public static CommandResult Forbidden(string message) => new() { Status = CommandStatus.Forbidden, Message = message };

    public static CommandResult NotFound(int id) => new() { Status = CommandStatus.NotFound, ReportId = id, Message = $"Report {id} does not exist or was deleted." };

    public static CommandResult NotAllowed(string message) => new() { Status = CommandStatus.NotAllowed, Message = message };
}

/// <summary>
/// Why a save was refused: someone else saved the report after it was loaded. Carries what they
/// changed and their version, so the editor can reload or merge by hand without losing its input.
/// </summary>
public sealed record ReportConflict(
    int CurrentVersion,
    int CurrentRevisionNumber,
    ReportState CurrentState,
    IReadOnlyList<string> ChangedBy,
    DateTime? ChangedAt,
    IReadOnlyList<FieldChange> TheirChanges,
    ReportDraft Current);

/// <summary>A report that may describe the same thing as the one just saved.</summary>
public sealed record DuplicateCandidate(int Id, string Title, ReportState State, string SupplierCountryCode, string RecipientName, string Reason);

/// <summary>The outcome of an action on several reports: each one is checked on its own.</summary>
public sealed record BulkResult(IReadOnlyList<int> Succeeded, IReadOnlyList<BulkFailure> Failed);

/// <summary>A report a bulk action left alone, and why.</summary>
public sealed record BulkFailure(int ReportId, string Title, string Message);
