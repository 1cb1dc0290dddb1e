using System.Globalization;
using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Identity;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dashboard.Core.Editing;

/// <summary>How a save treats the workflow state.</summary>
public enum SaveMode
{
    /// <summary>Keep the state (a draft stays a draft, a published report stays published).</summary>
    Save,

    /// <summary>Save and submit a draft for review, as one step.</summary>
    Submit,
}

/// <summary>A save from the editor: the content, what the editor loaded, and a note for the history.</summary>
/// <param name="ReportId">Null for a new report.</param>
/// <param name="Token">What the editor loaded; null for a new report.</param>
public sealed record SaveReportRequest(int? ReportId, ReportDraft Draft, EditToken? Token, string? Note, SaveMode Mode = SaveMode.Save);

/// <summary>
/// Every change to a report: saving from the editor and each workflow step (submit, publish, return
/// to draft, retract, delete, restore). Each command checks the caller's role in the database and the
/// report's state itself, refuses a stale edit, and stores the change, its revision and its audit
/// entry in one transaction. A refusal for lack of rights is written to the audit log.
/// </summary>
public sealed partial class ReportCommands(
    IDbContextFactory<DashboardDbContext> dbFactory,
    TimeProvider timeProvider,
    AuditWriter auditWriter,
    ILogger<ReportCommands> logger)
{
    private const string ObjectType = nameof(Report);

    /// <summary>Creates a report (as a draft, or submitted) or saves an existing one.</summary>
    public Task<CommandResult> SaveAsync(Actor actor, SaveReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var verb = request.Mode == SaveMode.Submit ? "submit a report for review" : "save a report";
        return SaveContentAsync(actor, request.ReportId, request.Draft, request.Token, request.Note, request.Mode, restoredRevision: null, verb, cancellationToken);
    }

    /// <summary>Puts a revision's content back as a new draft of the same report (a new revision; nothing is erased).</summary>
    public async Task<CommandResult> RestoreRevisionAsync(Actor actor, int reportId, int revisionNumber, EditToken? token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        string? content;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            content = await db.ReportRevisions.AsNoTracking()
                .Where(v => v.ReportId == reportId && v.Number == revisionNumber)
                .Select(v => v.Content)
                .FirstOrDefaultAsync(cancellationToken);
        }

        if (content is null)
        {
            return new CommandResult { Status = CommandStatus.NotFound, ReportId = reportId, Message = $"Report {reportId} has no revision {revisionNumber}." };
        }

        var draft = ReportDraft.FromSnapshot(ReportSnapshot.FromJson(content));
        return await SaveContentAsync(actor, reportId, draft, token, $"Restored revision {revisionNumber}", SaveMode.Save, revisionNumber, "restore a revision", cancellationToken);
    }

    /// <summary>Draft to review, without changing the content (the review queue's bulk action).</summary>
    public Task<CommandResult> SubmitAsync(Actor actor, int reportId, EditToken? token, CancellationToken cancellationToken = default) =>
        RunAsync(actor, reportId, token, new Transition(
            "submit a report for review", "submitted", AuditActions.ReportSubmitted, null,
            Check: (report, _, _) => report.State == ReportState.Draft ? null : NotAllowed($"Only a draft can be submitted for review; this report is {StateText(report.State)}."),
            Apply: (report, _, now) =>
            {
                report.State = ReportState.InReview;
                report.SubmittedAt = now;
                report.ReviewComment = null;
            },
            Summary: report => $"Submitted report '{report.Title}' for review"), cancellationToken);

    /// <summary>
    /// Review to published. Allowed to an editor who is not the report's last author, or to an admin:
    /// nothing is published by the person who wrote it alone.
    /// </summary>
    public Task<CommandResult> PublishAsync(Actor actor, int reportId, EditToken? token, CancellationToken cancellationToken = default) =>
        RunAsync(actor, reportId, token, new Transition(
            "publish a report", "published", AuditActions.ReportPublished, null,
            Check: (report, role, who) =>
                report.State != ReportState.InReview ? NotAllowed($"Only a report in review can be published; this report is {StateText(report.State)}.")
                : role != Roles.Admin && report.UpdatedById == who.UserId ? Forbid("You made the last changes to this report, so another editor or an admin must review and publish it.")
                : null,
            Apply: (report, who, now) =>
            {
                report.State = ReportState.Published;
                report.PublishedAt = now;
                report.PublishedById = who.UserId;
                report.ReviewComment = null;
            },
            Summary: report => $"Published report '{report.Title}'"), cancellationToken);

    /// <summary>Review back to draft, with a comment to the author.</summary>
    public Task<CommandResult> ReturnToDraftAsync(Actor actor, int reportId, EditToken? token, string comment, CancellationToken cancellationToken = default)
    {
        if (InvalidText("Comment", "Comment to the author", comment) is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        var trimmed = comment.Trim();
        return RunAsync(actor, reportId, token, new Transition(
            "return a report to draft", "returned", AuditActions.ReportReturned, trimmed,
            Check: (report, _, _) => report.State == ReportState.InReview ? null : NotAllowed($"Only a report in review can be returned to draft; this report is {StateText(report.State)}."),
            Apply: (report, _, _) =>
            {
                report.State = ReportState.Draft;
                report.ReviewComment = trimmed;
            },
            Summary: report => $"Returned report '{report.Title}' to draft: {trimmed}"), cancellationToken);
    }

    /// <summary>
    /// Published to retracted, with a public reason. A retracted report stays visible with its notice
    /// and counts in no figure.
    /// </summary>
    public Task<CommandResult> RetractAsync(Actor actor, int reportId, EditToken? token, string reason, CancellationToken cancellationToken = default)
    {
        if (InvalidText("Reason", "Public reason", reason) is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        var trimmed = reason.Trim();
        return RunAsync(actor, reportId, token, new Transition(
            "retract a report", "retracted", AuditActions.ReportRetracted, trimmed,
            Check: (report, _, _) => report.State == ReportState.Published ? null : NotAllowed($"Only a published report can be retracted; this report is {StateText(report.State)}."),
            Apply: (report, who, now) =>
            {
                report.State = ReportState.Retracted;
                report.RetractionReason = trimmed;
                report.RetractedAt = now;
                report.RetractedById = who.UserId;
            },
            Summary: report => $"Retracted report '{report.Title}': {trimmed}"), cancellationToken);
    }

    /// <summary>Soft-deletes a draft (its author or an admin); an admin can restore it.</summary>
    public Task<CommandResult> DeleteAsync(Actor actor, int reportId, EditToken? token, CancellationToken cancellationToken = default) =>
        RunAsync(actor, reportId, token, new Transition(
            "delete a report", "deleted", AuditActions.ReportDeleted, null,
            Check: (report, role, who) =>
                report.State != ReportState.Draft ? NotAllowed($"Only drafts can be deleted; this report is {StateText(report.State)}.")
                : role != Roles.Admin && report.CreatedById != who.UserId ? Forbid("Only the draft's author or an admin can delete it.")
                : null,
            Apply: (report, who, now) =>
            {
                report.IsDeleted = true;
                report.DeletedAt = now;
                report.DeletedById = who.UserId;
            },
            Summary: report => $"Deleted draft '{report.Title}'"), cancellationToken);

    /// <summary>Brings a deleted draft back (admins only).</summary>
    public Task<CommandResult> RestoreDeletedAsync(Actor actor, int reportId, CancellationToken cancellationToken = default) =>
        RunAsync(actor, reportId, null, new Transition(
            "restore a deleted report", "restored", AuditActions.ReportRestored, "Restored after deletion",
            Check: (report, _, _) => report.IsDeleted ? null : NotAllowed("This report is not deleted."),
            Apply: (report, _, _) =>
            {
                report.IsDeleted = false;
                report.DeletedAt = null;
                report.DeletedById = null;
            },
            Summary: report => $"Restored deleted draft '{report.Title}'",
            AdminOnly: true,
            IncludeDeleted: true), cancellationToken);

    /// <summary>Submits several drafts; each is checked on its own.</summary>
    public Task<BulkResult> SubmitManyAsync(Actor actor, IReadOnlyCollection<int> reportIds, CancellationToken cancellationToken = default) =>
        BulkAsync(reportIds, id => SubmitAsync(actor, id, null, cancellationToken), cancellationToken);

    /// <summary>Returns several reports in review to draft with the same comment; each is checked on its own.</summary>
    public Task<BulkResult> ReturnManyToDraftAsync(Actor actor, IReadOnlyCollection<int> reportIds, string comment, CancellationToken cancellationToken = default) =>
        BulkAsync(reportIds, id => ReturnToDraftAsync(actor, id, null, comment, cancellationToken), cancellationToken);

    private async Task<BulkResult> BulkAsync(IReadOnlyCollection<int> reportIds, Func<int, Task<CommandResult>> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reportIds);
        var succeeded = new List<int>();
        var failed = new List<BulkFailure>();
        foreach (var id in reportIds.Distinct())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await action(id);
            if (result.Succeeded)
            {
                succeeded.Add(id);
            }
            else
            {
                failed.Add(new BulkFailure(id, await TitleOfAsync(id, cancellationToken) ?? $"Report {id}", result.Message ?? result.Status.ToString()));
            }
        }

        return new BulkResult(succeeded, failed);
    }

    private async Task<string?> TitleOfAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Reports.AsNoTracking().Where(r => r.Id == id).Select(r => r.Title).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<CommandResult> SaveContentAsync(
        Actor actor,
        int? reportId,
        ReportDraft draft,
        EditToken? token,
        string? note,
        SaveMode mode,
        int? restoredRevision,
        string verb,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var errors = ReportValidator.Validate(draft, DateOnly.FromDateTime(now));
        errors.Check("Note", "Note for the history", ReportValidator.CheckNote(note));

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var role = await StaffAccess.RoleOfAsync(db, actor, now, cancellationToken);
        if (!StaffAccess.IsEditorOrAdmin(role))
        {
            return await RefuseAsync(actor, role, verb, reportId, "Only editors and admins can change reports.", cancellationToken);
        }

        if (!errors.IsValid)
        {
            return restoredRevision is { } n
                ? CommandResult.Invalid(errors) with { Message = $"Revision {n} cannot be restored as it is: {string.Join(" ", errors.All.Select(e => e.Value + "."))}" }
                : CommandResult.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Report report;
        string? before = null;
        if (reportId is { } id)
        {
            var loaded = await LoadTrackedAsync(db, id, cancellationToken);
            if (loaded is null || loaded.IsDeleted)
            {
                return CommandResult.NotFound(id);
            }

            report = loaded;
            if (report.State == ReportState.Retracted)
            {
                return CommandResult.NotAllowed("A retracted report is kept as it was retracted and cannot be changed.");
            }

            if (token is not null && token.Version != report.Version)
            {
                await transaction.RollbackAsync(cancellationToken);
                return await ConflictAsync(id, token, cancellationToken);
            }

            if (mode == SaveMode.Submit && report.State is not (ReportState.Draft or ReportState.InReview))
            {
                return CommandResult.NotAllowed($"Only a draft can be submitted for review; this report is {StateText(report.State)}.");
            }

            before = ReportSnapshot.Of(report).ToJson();
        }
        else
        {
            report = new Report
            {
                Title = string.Empty,
                Summary = string.Empty,
                SupplierCountryCode = string.Empty,
                State = ReportState.Draft,
                CreatedAt = now,
                CreatedById = actor.UserId,
            };
        }

        var (references, referenceErrors) = await ReportReferences.ResolveAsync(db, draft, cancellationToken);
        if (references is null)
        {
            return CommandResult.Invalid(referenceErrors);
        }

        Apply(report, draft, references);
        var contentChanged = before is null || ReportSnapshot.Of(report).ToJson() != before;
        var submitting = mode == SaveMode.Submit && report.State == ReportState.Draft;
        var restoring = restoredRevision is not null && report.State != ReportState.Draft;
        if (!contentChanged && !submitting && !restoring)
        {
            return new CommandResult
            {
                Status = CommandStatus.Succeeded,
                ReportId = report.Id,
                Version = report.Version,
                RevisionNumber = token?.Revision ?? await LastRevisionNumberAsync(db, report.Id, cancellationToken),
                State = report.State,
                Changed = false,
                Message = "Nothing to save: the report is as it was.",
            };
        }

        if (contentChanged)
        {
            report.UpdatedAt = now;
            report.UpdatedById = actor.UserId;
        }

        if (submitting)
        {
            report.State = ReportState.InReview;
            report.SubmittedAt = now;
            report.ReviewComment = null;
        }

        if (restoredRevision is not null)
        {
            // A restored revision goes through review again before anyone sees it as published.
            report.State = ReportState.Draft;
            report.ReviewComment = null;
        }

        var (revisionAction, auditAction) = (reportId, submitting, restoredRevision) switch
        {
            (_, _, not null) => ("restored", AuditActions.ReportRestored),
            (_, true, _) => ("submitted", AuditActions.ReportSubmitted),
            (null, _, _) => ("created", AuditActions.ReportCreated),
            _ => ("edited", AuditActions.ReportEdited),
        };
        var number = reportId is null ? 1 : await LastRevisionNumberAsync(db, report.Id, cancellationToken) + 1;
        ReportHistory.AddRevision(report, number, actor, revisionAction, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), now);

        try
        {
            if (reportId is null)
            {
                db.Reports.Add(report);
            }

            // The report and its revision first (a new report gets its id, which the audit entry names),
            // then the audit entry; both writes belong to the one transaction.
            await db.SaveChangesAsync(cancellationToken);

            var summary = (revisionAction, reportId) switch
            {
                ("restored", _) => $"Restored revision {restoredRevision} of report '{report.Title}' as a draft",
                ("submitted", null) => $"Created report '{report.Title}' and submitted it for review",
                ("submitted", _) => $"Saved report '{report.Title}' and submitted it for review",
                ("created", _) => $"Created draft '{report.Title}'",
                _ => $"Edited report '{report.Title}' ({StateText(report.State)})",
            };
            var objectId = report.Id.ToString(CultureInfo.InvariantCulture);
            AuditLog.Add(db, actor, auditAction, ObjectType, objectId, summary, now);
            foreach (var created in references.Created)
            {
                AuditLog.Add(db, actor, AuditActions.ReferenceDataChanged, ObjectType, objectId, $"Created {created} while editing report '{report.Title}'", now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException) when (reportId is not null && token is not null)
        {
            // Someone saved between our read and our write: the token check in SQL caught it.
            await transaction.RollbackAsync(cancellationToken);
            return await ConflictAsync(reportId.Value, token, cancellationToken);
        }

        LogReportSaved(actor.Name, revisionAction, report.Id);
        var duplicates = await DuplicateFinder.FindAsync(db, report.Id, cancellationToken);
        return new CommandResult
        {
            Status = CommandStatus.Succeeded,
            ReportId = report.Id,
            Version = report.Version,
            RevisionNumber = number,
            State = report.State,
            Duplicates = duplicates,
            Message = revisionAction switch
            {
                "submitted" => "Saved and submitted for review.",
                "created" => "Draft saved.",
                "restored" => $"Revision {restoredRevision} restored as a draft.",
                _ => "Saved.",
            },
        };
    }

    private async Task<CommandResult> RunAsync(Actor actor, int reportId, EditToken? token, Transition transition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var role = await StaffAccess.RoleOfAsync(db, actor, now, cancellationToken);
        var allowed = transition.AdminOnly ? StaffAccess.IsAdmin(role) : StaffAccess.IsEditorOrAdmin(role);
        if (!allowed)
        {
            return await RefuseAsync(actor, role, transition.Verb, reportId, transition.AdminOnly ? "Only admins can do this." : "Only editors and admins can change reports.", cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var report = await LoadTrackedAsync(db, reportId, cancellationToken);
        if (report is null || (report.IsDeleted && !transition.IncludeDeleted))
        {
            return CommandResult.NotFound(reportId);
        }

        if (token is not null && token.Version != report.Version)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ConflictAsync(reportId, token, cancellationToken);
        }

        if (transition.Check(report, role!, actor) is { } refusal)
        {
            if (refusal.Status == CommandStatus.Forbidden)
            {
                await transaction.RollbackAsync(cancellationToken);
                return await RefuseAsync(actor, role, transition.Verb, reportId, refusal.Message, cancellationToken);
            }

            return new CommandResult { Status = refusal.Status, ReportId = reportId, Version = report.Version, State = report.State, Message = refusal.Message };
        }

        transition.Apply(report, actor, now);
        var number = await LastRevisionNumberAsync(db, reportId, cancellationToken) + 1;
        ReportHistory.AddRevision(report, number, actor, transition.RevisionAction, transition.Note, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            AuditLog.Add(db, actor, transition.AuditAction, ObjectType, reportId.ToString(CultureInfo.InvariantCulture), transition.Summary(report), now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException) when (token is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ConflictAsync(reportId, token, cancellationToken);
        }

        LogReportSaved(actor.Name, transition.RevisionAction, reportId);
        return new CommandResult
        {
            Status = CommandStatus.Succeeded,
            ReportId = reportId,
            Version = report.Version,
            RevisionNumber = number,
            State = report.State,
            Message = transition.RevisionAction switch
            {
                "submitted" => "Submitted for review.",
                "published" => "Published.",
                "returned" => "Returned to draft with your comment.",
                "retracted" => "Retracted. The report stays visible with its notice and counts in no figure.",
                "deleted" => "Draft deleted. An admin can restore it.",
                _ => "Restored.",
            },
        };
    }

    /// <summary>What the other person changed since the editor loaded the report, and their version to reload or merge.</summary>
    /// <summary>A comment or reason checked by the rule for both; the refusal names the field.</summary>
    private static CommandResult? InvalidText(string field, string label, string text)
    {
        var problem = ReportValidator.CheckReason(text);
        if (problem is null)
        {
            return null;
        }

        var errors = new ValidationErrors();
        errors.Add(field, $"{label} {problem}");
        return CommandResult.Invalid(errors) with { Message = $"{label} {problem}." };
    }

    private async Task<CommandResult> ConflictAsync(int reportId, EditToken token, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.Reports.AsNoTracking()
            .IncludeWholeReport()
            .FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return CommandResult.NotFound(reportId);
        }

        var current = ReportSnapshot.Of(report);
        var since = await db.ReportRevisions.AsNoTracking()
            .Where(v => v.ReportId == reportId && v.Number >= token.Revision)
            .OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.AuthorName, v.CreatedAt, v.Content })
            .ToListAsync(cancellationToken);
        var loaded = since.FirstOrDefault(v => v.Number == token.Revision);
        var later = since.Where(v => v.Number > token.Revision).ToList();
        var changes = loaded is null ? [] : ReportComparison.Compare(ReportSnapshot.FromJson(loaded.Content), current);
        var changedBy = later.Select(v => v.AuthorName).Distinct(StringComparer.Ordinal).ToList();
        var at = later.Count > 0 ? later[^1].CreatedAt : (DateTime?)null;
        var lastNumber = later.Count > 0 ? later[^1].Number : token.Revision;
        return new CommandResult
        {
            Status = CommandStatus.Conflict,
            ReportId = reportId,
            Version = report.Version,
            RevisionNumber = lastNumber,
            State = report.State,
            Message = $"{(changedBy.Count > 0 ? string.Join(" and ", changedBy) : "Someone else")} saved this report after you opened it. Nothing of yours was saved, and your input is kept below. Reload their version, or merge by hand and save again.",
            Conflict = new ReportConflict(report.Version, lastNumber, report.State, changedBy, at, changes, ReportDraft.FromSnapshot(current)),
        };
    }

    private async Task<CommandResult> RefuseAsync(Actor actor, string? role, string verb, int? reportId, string message, CancellationToken cancellationToken)
    {
        LogRefused(actor.Name, role ?? "no role", verb, reportId);
        await auditWriter.WriteAsync(
            actor,
            AuditActions.AuthorizationFailed,
            ObjectType,
            reportId?.ToString(CultureInfo.InvariantCulture),
            $"Refused to {verb} for {actor.Name} ({role ?? "no role"}): {message}",
            cancellationToken);
        return CommandResult.Forbidden(message) with { ReportId = reportId };
    }

    private static Task<Report?> LoadTrackedAsync(DashboardDbContext db, int id, CancellationToken cancellationToken) =>
        db.Reports
            .IncludeWholeReport()
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    private static async Task<int> LastRevisionNumberAsync(DashboardDbContext db, int reportId, CancellationToken cancellationToken) =>
        await db.ReportRevisions.Where(v => v.ReportId == reportId).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;

    /// <summary>Copies a checked draft onto the report; dates known to a month or a year are stored as their first day.</summary>
    private static void Apply(Report report, ReportDraft draft, ReportReferences references)
    {
        report.Title = draft.Title.Trim();
        report.Summary = draft.Summary.Trim();
        report.Details = Trimmed(draft.Details);
        report.Conflict = references.Conflict;
        report.RecipientParty = references.Party;
        report.SupplierCountryCode = draft.SupplierCountryCode!.Trim().ToUpperInvariant();
        report.Category = draft.Category!.Value;
        if (!report.AidTypes.Select(a => a.Slug).Order(StringComparer.Ordinal).SequenceEqual(references.AidTypes.Select(a => a.Slug)))
        {
            report.AidTypes.Clear();
            report.AidTypes.AddRange(references.AidTypes);
        }

        report.Items = Trimmed(draft.Items);
        report.Quantity = draft.Quantity;
        report.ValueUsd = draft.ValueUsd;
        report.EvidenceStatus = draft.EvidenceStatus!.Value;
        report.Confidence = draft.Confidence!.Value;
        (report.ReportedDate, report.ReportedDatePrecision) = (FirstDay(draft.ReportedDate, draft.ReportedDatePrecision)!.Value, draft.ReportedDatePrecision);
        (report.EventDateFrom, report.EventDateFromPrecision) = (FirstDay(draft.EventDateFrom, draft.EventDateFromPrecision), draft.EventDateFromPrecision);
        (report.EventDateTo, report.EventDateToPrecision) = (FirstDay(draft.EventDateTo, draft.EventDateToPrecision), draft.EventDateToPrecision);
        report.Latitude = draft.Latitude;
        report.Longitude = draft.Longitude;
        report.PlaceName = Trimmed(draft.PlaceName);
        report.ResponseText = Trimmed(draft.ResponseText);
        report.ResponseDate = draft.ResponseDate;
        report.ResponseSource = Trimmed(draft.ResponseSource);

        for (var i = 0; i < draft.Sources.Count; i++)
        {
            var incoming = draft.Sources[i];
            var source = report.Sources.FirstOrDefault(s => s.Position == i);
            if (source is null)
            {
                source = new Source { Position = i, Title = string.Empty, Publisher = string.Empty };
                report.Sources.Add(source);
            }

            source.Title = incoming.Title.Trim();
            source.Publisher = incoming.Publisher.Trim();
            source.Url = Trimmed(incoming.Url);
            source.PublishedDate = incoming.PublishedDate;
            source.Type = incoming.Type;
            source.PublisherIsParty = incoming.PublisherIsParty;
        }

        report.Sources.RemoveAll(s => s.Position >= draft.Sources.Count);

        var wanted = references.Organizations;
        report.Organizations.RemoveAll(link => !wanted.Any(w => ReferenceEquals(w.Organization, link.Organization)));
        for (var i = 0; i < wanted.Count; i++)
        {
            var (organization, role) = wanted[i];
            var link = report.Organizations.FirstOrDefault(l => ReferenceEquals(l.Organization, organization));
            if (link is null)
            {
                report.Organizations.Add(new ReportOrganization { Organization = organization, Role = role, Position = i });
            }
            else
            {
                link.Role = role;
                link.Position = i;
            }
        }
    }

    private static DateOnly? FirstDay(DateOnly? date, DatePrecision precision) =>
        date is { } d ? ReportDates.SpanOf(d, precision).Start : null;

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static string StateText(ReportState state) => state switch
    {
        ReportState.InReview => "in review",
        _ => state.ToString().ToLowerInvariant(),
    };

    private static Refusal NotAllowed(string message) => new(CommandStatus.NotAllowed, message);

    private static Refusal Forbid(string message) => new(CommandStatus.Forbidden, message);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Actor} {Action} report {ReportId}")]
    private partial void LogReportSaved(string actor, string action, int reportId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused: {Actor} ({Role}) tried to {Verb} (report {ReportId})")]
    private partial void LogRefused(string actor, string role, string verb, int? reportId);

    private sealed record Refusal(CommandStatus Status, string Message);

    /// <summary>One workflow step: who may take it from which state, and what it changes.</summary>
    private sealed record Transition(
        string Verb,
        string RevisionAction,
        string AuditAction,
        string? Note,
        Func<Report, string, Actor, Refusal?> Check,
        Action<Report, Actor, DateTime> Apply,
        Func<Report, string> Summary,
        bool AdminOnly = false,
        bool IncludeDeleted = false);
}
