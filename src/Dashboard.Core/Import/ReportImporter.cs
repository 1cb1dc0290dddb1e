using System.Globalization;
using System.Security.Claims;
using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Identity;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Import;

/// <summary>
/// Previews and stores parsed CSV reports: creates new ones, updates those whose <c>external_id</c>
/// exists, and leaves unchanged ones alone. One import is one transaction: every report, its revision
/// and its audit entry are stored together, or nothing is.
/// </summary>
public sealed class ReportImporter(IDbContextFactory<DashboardDbContext> dbFactory, TimeProvider timeProvider)
{
    private const int LookupChunk = 500;

    /// <summary>
    /// What importing the file would do, computed against the database without storing anything:
    /// new and updated reports, the conflicts, parties, organizations and aid types that would be
    /// created (so that typos are caught), and every problem of the file.
    /// </summary>
    public async Task<ImportPreview> PreviewAsync(ReportCsvReadResult file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.FileIsUnreadable)
        {
            return new ImportPreview(file, [], new ImportPlanNames([], [], [], []));
        }

        // The plan is made on tracked entities of a context that is never saved: the same code as a
        // real import decides what is new, what changes and what stays as it is.
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAsync(db, file.Reports, options: null, timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        var rows = plan.Steps.Select(s => new ImportPreviewRow(s.Parsed.Line, s.Parsed.ExternalId, s.Parsed.Title, s.Kind)).ToList();
        return new ImportPreview(file, rows, plan.Names);
    }

    /// <summary>
    /// Imports a checked file: every row (refused while the file has any problem) or only the reports
    /// whose rows passed every check. Nothing is stored when the import is refused or fails midway.
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(ReportCsvReadResult file, ImportScope scope, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        if (file.FileIsUnreadable)
        {
            return ImportOutcome.Refused("the file cannot be imported: " + string.Join("; ", file.Issues));
        }

        if (scope == ImportScope.AllRows && file.HasIssues)
        {
            return ImportOutcome.Refused($"the file has {file.Issues.Count} problem{(file.Issues.Count == 1 ? string.Empty : "s")}: correct {(file.Issues.Count == 1 ? "it" : "them")} and upload the file again, or import only the valid rows");
        }

        if (file.Reports.Count == 0)
        {
            return ImportOutcome.Refused("the file has no valid report to import");
        }

        return await ImportAsync(file.Reports, options, cancellationToken);
    }

    /// <summary>Stores reports that passed the checks, in one transaction.</summary>
    public async Task<ImportOutcome> ImportAsync(IReadOnlyList<ParsedReport> reports, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(options);
        var now = timeProvider.GetUtcNow().UtcDateTime;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var plan = await PlanAsync(db, reports, options, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // Audit entries name the report by its id, which exists only after the first save.
        foreach (var step in plan.Steps)
        {
            var report = step.Report;
            var summary = step.Kind switch
            {
                ImportRowKind.New => $"Imported new report {report.ExternalId} '{report.Title}' as {report.State}",
                ImportRowKind.Update => $"Updated report {report.ExternalId} '{report.Title}' from a CSV import",
                _ => null,
            };
            if (summary is not null)
            {
                AuditLog.Add(db, options.Actor, AuditActions.ReportImported, nameof(Report), report.Id.ToString(CultureInfo.InvariantCulture), summary, now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new ImportOutcome(
            plan.Steps.Count(s => s.Kind == ImportRowKind.New),
            plan.Steps.Count(s => s.Kind == ImportRowKind.Update),
            plan.Steps.Count(s => s.Kind == ImportRowKind.Unchanged),
            plan.Names.Conflicts,
            plan.Names.Parties,
            plan.Names.Organizations,
            plan.Names.AidTypes);
    }

    /// <summary>
    /// Applies the parsed reports to tracked entities: new reports are added, existing ones (by
    /// external id) changed. With <paramref name="options"/> (a real import) every new or changed
    /// report also gets its revision; without (a preview) nothing but the decision is made.
    /// </summary>
    private static async Task<ImportPlan> PlanAsync(DashboardDbContext db, IReadOnlyList<ParsedReport> reports, ImportOptions? options, DateTime now, CancellationToken cancellationToken)
    {
        var lookup = await ReferenceLookup.LoadAsync(db, cancellationToken);
        var existing = await LoadExistingAsync(db, reports.Select(r => r.ExternalId).ToList(), cancellationToken);
        var lastRevision = options is null
            ? []
            : await LastRevisionNumbersAsync(db, existing.Values.Select(r => r.Id).ToList(), cancellationToken);

        var steps = new List<ImportStep>(reports.Count);
        foreach (var parsed in reports)
        {
            if (existing.TryGetValue(parsed.ExternalId, out var report))
            {
                var before = ReportSnapshot.Of(report).ToJson();
                Apply(report, parsed, lookup);
                if (ReportSnapshot.Of(report).ToJson() == before)
                {
                    steps.Add(new ImportStep(parsed, report, ImportRowKind.Unchanged));
                    continue;
                }

                if (options is not null)
                {
                    report.UpdatedAt = now;
                    report.UpdatedById = options.Actor.UserId;
                    ReportHistory.AddRevision(report, lastRevision.GetValueOrDefault(report.Id) + 1, options.Actor, "imported", "Updated from a CSV import", now);
                }

                steps.Add(new ImportStep(parsed, report, ImportRowKind.Update));
            }
            else
            {
                var publish = options?.Publish ?? false;
                report = new Report
                {
                    ExternalId = parsed.ExternalId,
                    Title = parsed.Title,
                    Summary = parsed.Summary,
                    SupplierCountryCode = parsed.SupplierCountryCode,
                    State = publish ? ReportState.Published : ReportState.Draft,
                    CreatedAt = now,
                    CreatedById = options?.Actor.UserId,
                    UpdatedAt = now,
                    UpdatedById = options?.Actor.UserId,
                    PublishedAt = publish ? now : null,
                    PublishedById = publish ? options?.Actor.UserId : null,
                };
                Apply(report, parsed, lookup);
                if (options is not null)
                {
                    ReportHistory.AddRevision(report, 1, options.Actor, "imported", publish ? "Imported from CSV and published" : "Imported from CSV", now);
                }

                db.Reports.Add(report);
                existing[parsed.ExternalId] = report;
                steps.Add(new ImportStep(parsed, report, ImportRowKind.New));
            }
        }

        return new ImportPlan(steps, new ImportPlanNames(lookup.NewConflicts, lookup.NewParties, lookup.NewOrganizations, lookup.NewAidTypes));
    }

    private static async Task<Dictionary<string, Report>> LoadExistingAsync(DashboardDbContext db, List<string> externalIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Report>(StringComparer.Ordinal);
        foreach (var chunk in externalIds.Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            var found = await db.Reports
                .Where(r => r.ExternalId != null && chunk.Contains(r.ExternalId))
                .IncludeWholeReport()
                .ToListAsync(cancellationToken);
            foreach (var report in found)
            {
                result[report.ExternalId!] = report;
            }
        }

        return result;
    }

    private static async Task<Dictionary<int, int>> LastRevisionNumbersAsync(DashboardDbContext db, List<int> reportIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, int>();
        foreach (var chunk in reportIds.Chunk(LookupChunk))
        {
            var numbers = await db.ReportRevisions
                .Where(v => chunk.Contains(v.ReportId))
                .GroupBy(v => v.ReportId)
                .Select(g => new { ReportId = g.Key, Number = g.Max(v => v.Number) })
                .ToListAsync(cancellationToken);
            foreach (var n in numbers)
            {
                result[n.ReportId] = n.Number;
            }
        }

        return result;
    }

    /// <summary>
    /// Sets what the CSV format carries and leaves the rest (details, location, response, source types)
    /// as the editors made it, so that re-importing a file never erases curated fields.
    /// </summary>
    private static void Apply(Report report, ParsedReport parsed, ReferenceLookup lookup)
    {
        var conflict = lookup.Conflict(parsed.Conflict);
        var party = lookup.Party(conflict, parsed.Recipient, parsed.RecipientCountryCode);
        report.Title = parsed.Title;
        report.Summary = parsed.Summary;
        report.Conflict = conflict;
        report.RecipientParty = party;
        report.SupplierCountryCode = parsed.SupplierCountryCode;
        report.Category = parsed.Category;
        report.Items = parsed.Items;
        report.EvidenceStatus = parsed.EvidenceStatus;
        report.Confidence = parsed.Confidence;
        report.ReportedDate = parsed.ReportedDate;
        report.EventDateFrom = parsed.EventDateFrom;
        report.EventDateTo = parsed.EventDateTo;

        var aidTypes = parsed.AidTypes.Select(lookup.AidType).ToList();
        if (!report.AidTypes.Select(a => a.Slug).Order(StringComparer.Ordinal).SequenceEqual(aidTypes.Select(a => a.Slug).Order(StringComparer.Ordinal)))
        {
            report.AidTypes.Clear();
            report.AidTypes.AddRange(aidTypes);
        }

        var organizations = parsed.Entities.Select(lookup.Organization).ToList();
        if (!report.Organizations.OrderBy(o => o.Position).Select(o => o.Organization).SequenceEqual(organizations))
        {
            var roles = report.Organizations.ToDictionary(o => o.Organization!, o => o.Role);
            report.Organizations.Clear();
            report.Organizations.AddRange(organizations.Select((o, i) => new ReportOrganization
            {
                Organization = o,
                Position = i,
                Role = roles.GetValueOrDefault(o, OrganizationRole.Named),
            }));
        }

        for (var i = 0; i < parsed.Sources.Count; i++)
        {
            var incoming = parsed.Sources[i];
            var source = report.Sources.FirstOrDefault(s => s.Position == i);
            if (source is null)
            {
                report.Sources.Add(new Source
                {
                    Position = i,
                    Title = incoming.Title,
                    Publisher = incoming.Publisher,
                    Url = incoming.Url,
                    PublishedDate = incoming.PublishedDate,
                });
                continue;
            }

            source.Title = incoming.Title;
            source.Publisher = incoming.Publisher;
            source.Url = incoming.Url;
            source.PublishedDate = incoming.PublishedDate;
        }

        report.Sources.RemoveAll(s => s.Position >= parsed.Sources.Count);
    }
}

/// <summary>Which rows of a checked file an import stores.</summary>
public enum ImportScope
{
    /// <summary>Every row; refused while the file has any problem.</summary>
    AllRows,

    /// <summary>Only the reports whose rows passed every check.</summary>
    ValidRowsOnly,
}

/// <summary>What importing a report does to the database.</summary>
public enum ImportRowKind
{
    /// <summary>No report has its external id yet: a new report.</summary>
    New,

    /// <summary>A report with that external id exists and the file changes it.</summary>
    Update,

    /// <summary>A report with that external id exists and already says what the file says.</summary>
    Unchanged,
}

/// <summary>How an import is stored.</summary>
/// <param name="Actor">Who imports; written to revisions and the audit log.</param>
/// <param name="Publish">Publish new reports at once (admins only) instead of leaving them as drafts.</param>
public sealed record ImportOptions(Actor Actor, bool Publish)
{
    /// <summary>
    /// The options for a signed-in user: new reports are published at once only when the user asked
    /// for it and is an admin; editors' imports always land as drafts, whatever the request said.
    /// </summary>
    public static ImportOptions ForUser(ClaimsPrincipal user, bool publishRequested, string? clientAddress = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var actor = new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name ?? "unknown user", clientAddress);
        return new ImportOptions(actor, publishRequested && user.IsInRole(Roles.Admin));
    }
}

/// <summary>What an import stored, and which reference data it had to create; or why it stored nothing.</summary>
public sealed record ImportOutcome(
    int Created,
    int Updated,
    int Unchanged,
    IReadOnlyList<string> NewConflicts,
    IReadOnlyList<string> NewParties,
    IReadOnlyList<string> NewOrganizations,
    IReadOnlyList<string> NewAidTypes,
    string? Refusal = null)
{
    public bool WasRefused => Refusal is not null;

    public static ImportOutcome Refused(string reason) => new(0, 0, 0, [], [], [], [], reason);
}

/// <summary>What an import of a file would do, for people to check before anything is stored.</summary>
/// <param name="File">The file as read, with every problem.</param>
/// <param name="Rows">One row per valid report, in file order, saying whether it is new, an update or unchanged.</param>
/// <param name="NewNames">Reference data the import would create.</param>
public sealed record ImportPreview(ReportCsvReadResult File, IReadOnlyList<ImportPreviewRow> Rows, ImportPlanNames NewNames)
{
    public int NewCount => Rows.Count(r => r.Kind == ImportRowKind.New);

    public int UpdateCount => Rows.Count(r => r.Kind == ImportRowKind.Update);

    public int UnchangedCount => Rows.Count(r => r.Kind == ImportRowKind.Unchanged);

    /// <summary>Reports (distinct external ids) with at least one problem, which "valid rows only" leaves out.</summary>
    public int InvalidReportCount => File.ReportCount - File.Reports.Count;

    public bool CanImportAll => !File.FileIsUnreadable && !File.HasIssues && Rows.Count > 0;

    public bool CanImportValidRows => !File.FileIsUnreadable && Rows.Count > 0;
}

/// <summary>A valid report of the file and what importing it does.</summary>
public sealed record ImportPreviewRow(int Line, string ExternalId, string Title, ImportRowKind Kind);

/// <summary>Conflicts, parties ("name (conflict)"), organizations and aid types that an import creates.</summary>
public sealed record ImportPlanNames(
    IReadOnlyList<string> Conflicts,
    IReadOnlyList<string> Parties,
    IReadOnlyList<string> Organizations,
    IReadOnlyList<string> AidTypes)
{
    public bool Any => Conflicts.Count + Parties.Count + Organizations.Count + AidTypes.Count > 0;
}

internal sealed record ImportStep(ParsedReport Parsed, Report Report, ImportRowKind Kind);

internal sealed record ImportPlan(IReadOnlyList<ImportStep> Steps, ImportPlanNames Names);
