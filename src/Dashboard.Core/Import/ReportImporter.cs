using System.Globalization;
using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Import;

/// <summary>
/// Stores parsed CSV reports: creates new ones, updates those whose <c>external_id</c> exists, and
/// leaves unchanged ones alone. One import is one transaction: every report, its revision and its
/// audit entry are stored together, or nothing is.
/// </summary>
public sealed class ReportImporter(IDbContextFactory<DashboardDbContext> dbFactory, TimeProvider timeProvider)
{
    private const int LookupChunk = 500;

    public async Task<ImportOutcome> ImportAsync(IReadOnlyList<ParsedReport> reports, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(options);
        var now = timeProvider.GetUtcNow().UtcDateTime;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lookup = await ReferenceLookup.LoadAsync(db, cancellationToken);
        var existing = await LoadExistingAsync(db, reports.Select(r => r.ExternalId).ToList(), cancellationToken);
        var lastRevision = await LastRevisionNumbersAsync(db, existing.Values.Select(r => r.Id).ToList(), cancellationToken);

        var created = new List<Report>();
        var updated = new List<Report>();
        var unchanged = 0;
        foreach (var parsed in reports)
        {
            if (existing.TryGetValue(parsed.ExternalId, out var report))
            {
                var before = ReportSnapshot.Of(report).ToJson();
                Apply(report, parsed, lookup);
                if (ReportSnapshot.Of(report).ToJson() == before)
                {
                    unchanged++;
                    continue;
                }

                report.UpdatedAt = now;
                report.UpdatedById = options.Actor.UserId;
                ReportHistory.AddRevision(report, lastRevision.GetValueOrDefault(report.Id) + 1, options.Actor, "imported", "Updated from a CSV import", now);
                updated.Add(report);
            }
            else
            {
                report = new Report
                {
                    ExternalId = parsed.ExternalId,
                    Title = parsed.Title,
                    Summary = parsed.Summary,
                    SupplierCountryCode = parsed.SupplierCountryCode,
                    State = options.Publish ? ReportState.Published : ReportState.Draft,
                    CreatedAt = now,
                    CreatedById = options.Actor.UserId,
                    UpdatedAt = now,
                    UpdatedById = options.Actor.UserId,
                    PublishedAt = options.Publish ? now : null,
                    PublishedById = options.Publish ? options.Actor.UserId : null,
                };
                Apply(report, parsed, lookup);
                ReportHistory.AddRevision(report, 1, options.Actor, "imported", options.Publish ? "Imported from CSV and published" : "Imported from CSV", now);
                db.Reports.Add(report);
                existing[parsed.ExternalId] = report;
                created.Add(report);
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        // Audit entries name the report by its id, which exists only after the first save.
        foreach (var report in created)
        {
            AuditLog.Add(db, options.Actor, AuditActions.ReportImported, nameof(Report), report.Id.ToString(CultureInfo.InvariantCulture), $"Imported new report {report.ExternalId} '{report.Title}' as {report.State}", now);
        }

        foreach (var report in updated)
        {
            AuditLog.Add(db, options.Actor, AuditActions.ReportImported, nameof(Report), report.Id.ToString(CultureInfo.InvariantCulture), $"Updated report {report.ExternalId} '{report.Title}' from a CSV import", now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new ImportOutcome(
            created.Count,
            updated.Count,
            unchanged,
            lookup.NewConflicts,
            lookup.NewParties,
            lookup.NewOrganizations,
            lookup.NewAidTypes);
    }

    private static async Task<Dictionary<string, Report>> LoadExistingAsync(DashboardDbContext db, List<string> externalIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Report>(StringComparer.Ordinal);
        foreach (var chunk in externalIds.Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            var found = await db.Reports
                .Where(r => r.ExternalId != null && chunk.Contains(r.ExternalId))
                .Include(r => r.Conflict)
                .Include(r => r.RecipientParty)
                .Include(r => r.AidTypes)
                .Include(r => r.Organizations).ThenInclude(o => o.Organization)
                .Include(r => r.Sources)
                .AsSplitQuery()
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

/// <summary>How an import is stored.</summary>
/// <param name="Actor">Who imports; written to revisions and the audit log.</param>
/// <param name="Publish">Publish new reports at once (admins only) instead of leaving them as drafts.</param>
public sealed record ImportOptions(Actor Actor, bool Publish);

/// <summary>What an import stored, and which reference data it had to create.</summary>
public sealed record ImportOutcome(
    int Created,
    int Updated,
    int Unchanged,
    IReadOnlyList<string> NewConflicts,
    IReadOnlyList<string> NewParties,
    IReadOnlyList<string> NewOrganizations,
    IReadOnlyList<string> NewAidTypes);
