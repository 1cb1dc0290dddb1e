using System.Globalization;
using Dashboard.Core.Audit;
using Dashboard.Core.Conflicts;
using Dashboard.Core.Countries;
using Dashboard.Core.Data;
using Dashboard.Core.Editing;
using Dashboard.Core.Organizations;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.ReferenceData;

/// <summary>
/// The admins' reference data: conflicts, parties, organizations (with aliases, and merging two into
/// one) and aid types (with the category a new report starts with). Every command checks that the
/// caller is an admin and writes its audit entry in the same transaction; records in use by reports
/// are never deleted.
/// </summary>
public sealed class ReferenceDataCommands(IDbContextFactory<DashboardDbContext> dbFactory, TimeProvider timeProvider, AuditWriter auditWriter)
{
    public async Task<IReadOnlyList<ConflictRow>> ConflictsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Conflicts.AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new ConflictRow(c.Id, c.Name, c.Slug, c.StartDate, c.EndDate, c.Description, c.Parties.Count, db.Reports.Count(r => r.ConflictId == c.Id)))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PartyRow>> PartiesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Parties.AsNoTracking()
            .OrderBy(p => p.Conflict!.Name).ThenBy(p => p.Name)
            .Select(p => new PartyRow(p.Id, p.ConflictId, p.Conflict!.Name, p.Name, p.CountryCode, p.Side, db.Reports.Count(r => r.RecipientPartyId == p.Id)))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OrganizationRow>> OrganizationsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Organizations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new OrganizationRow(o.Id, o.Name, o.CountryCode, o.Kind, o.Description, o.Aliases.OrderBy(a => a.Alias).Select(a => a.Alias).ToList(), db.ReportOrganizations.Count(x => x.OrganizationId == o.Id)))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AidTypeRow>> AidTypesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AidTypes.AsNoTracking()
            .OrderBy(a => a.Name)
            .Select(a => new AidTypeRow(a.Id, a.Slug, a.Name, a.DefaultCategory, db.ReportAidTypes.Count(x => x.AidTypeId == a.Id)))
            .ToListAsync(cancellationToken);
    }

    public Task<ReferenceResult> SaveConflictAsync(Actor actor, ConflictInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return RunAsync(actor, "change a conflict", async (db, now) =>
        {
            var errors = new ValidationErrors();
            var name = input.Name?.Trim() ?? string.Empty;
            errors.Check(nameof(ConflictInput.Name), "Name", ReportRules.CheckRequired(name) ?? ReportRules.CheckLength(name, ReportLimits.NameMax));
            errors.Check(nameof(ConflictInput.EndDate), "End date", ReportRules.CheckEventRange(input.StartDate, input.EndDate));
            errors.Check(nameof(ConflictInput.Description), "Description", ReportRules.CheckLength(input.Description, ReportLimits.DescriptionMax));
            var pattern = ReportReferences.ExactPattern(name);
            if (errors.IsValid && await db.Conflicts.AnyAsync(c => c.Id != input.Id && EF.Functions.Like(c.Name, pattern, "\\"), cancellationToken))
            {
                errors.Add(nameof(ConflictInput.Name), $"Name: a conflict called '{name}' already exists");
            }

            if (!errors.IsValid)
            {
                return ReferenceResult.Invalid(errors);
            }

            Conflict conflict;
            if (input.Id is { } id)
            {
                conflict = await db.Conflicts.FindAsync([id], cancellationToken) ?? throw new KeyNotFoundException($"Conflict {id} does not exist.");
            }
            else
            {
                var slug = SlugText.From(name);
                var taken = await db.Conflicts.Where(c => c.Slug.StartsWith(slug)).Select(c => c.Slug).ToListAsync(cancellationToken);
                var unique = slug;
                for (var n = 2; taken.Contains(unique, StringComparer.Ordinal); n++)
                {
                    unique = $"{slug}-{n}";
                }

                // The slug stays as it was first made, even after a rename: shared addresses use it.
                conflict = new Conflict { Name = name, Slug = unique };
                db.Conflicts.Add(conflict);
            }

            conflict.Name = name;
            conflict.StartDate = input.StartDate;
            conflict.EndDate = input.EndDate;
            conflict.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
            await db.SaveChangesAsync(cancellationToken);
            AuditLog.Add(db, actor, AuditActions.ReferenceDataChanged, nameof(Conflict), Id(conflict.Id), $"{(input.Id is null ? "Created" : "Changed")} conflict '{name}'", now);
            return ReferenceResult.Ok($"Saved the conflict '{name}'.", conflict.Id);
        }, cancellationToken);
    }

    public Task<ReferenceResult> DeleteConflictAsync(Actor actor, int id, CancellationToken cancellationToken = default) =>
        RunAsync(actor, "delete a conflict", async (db, now) =>
        {
            var conflict = await db.Conflicts.FindAsync([id], cancellationToken);
            if (conflict is null)
            {
                return ReferenceResult.Refused("This conflict no longer exists.");
            }

            if (await db.Reports.AnyAsync(r => r.ConflictId == id, cancellationToken) || await db.Parties.AnyAsync(p => p.ConflictId == id, cancellationToken))
            {
                return ReferenceResult.Refused($"The conflict '{conflict.Name}' has parties or reports, so it cannot be deleted.");
            }

            db.Conflicts.Remove(conflict);
            AuditLog.Add(db, actor, AuditActions.ReferenceDataChanged, nameof(Conflict), Id(id), $"Deleted conflict '{conflict.Name}'", now);
            await db.SaveChangesAsync(cancellationToken);
            return ReferenceResult.Ok($"Deleted the conflict '{conflict.Name}'.");
        }, cancellationToken);

    public Task<ReferenceResult> SavePartyAsync(Actor actor, PartyInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return RunAsync(actor, "change a party", async (db, now) =>
        {
            var errors = new ValidationErrors();
            var name = input.Name?.Trim() ?? string.Empty;
            errors.Check(nameof(PartyInput.Name), "Name", ReportRules.CheckRequired(name) ?? ReportRules.CheckLength(name, ReportLimits.NameMax));
            errors.Check(nameof(PartyInput.Side), "Side", ReportRules.CheckLength(input.Side, ReportLimits.NameMax));
            if (input.ConflictId is null || !await db.Conflicts.AnyAsync(c => c.Id == input.ConflictId, cancellationToken))
            {
                errors.Add(nameof(PartyInput.ConflictId), "Conflict is required");
            }

            var country = string.IsNullOrWhiteSpace(input.CountryCode) ? null : input.CountryCode.Trim().ToUpperInvariant();
            if (country is not null && CountryCatalog.Find(country) is null)
            {
                errors.Add(nameof(PartyInput.CountryCode), $"Country '{country}' is not an ISO 3166-1 country code");
            }

            var pattern = ReportReferences.ExactPattern(name);
            if (errors.IsValid && await db.Parties.AnyAsync(p => p.Id != input.Id && p.ConflictId == input.ConflictId && EF.Functions.Like(p.Name, pattern, "\\"), cancellationToken))
            {
                errors.Add(nameof(PartyInput.Name), $"Name: the conflict already has a party called '{name}'");
            }

            if (!errors.IsValid)
            {
                return ReferenceResult.Invalid(errors);
            }

            Party party;
            if (input.Id is { } id)
            {
                party = await db.Parties.FindAsync([id], cancellationToken) ?? throw new KeyNotFoundException($"Party {id} does not exist.");
                if (party.ConflictId != input.ConflictId && await db.Reports.AnyAsync(r => r.RecipientPartyId == id, cancellationToken))
                {
                    errors.Add(nameof(PartyInput.ConflictId), "Conflict cannot change while reports name this party as recipient");
                    return ReferenceResult.Invalid(errors);
                }
            }
            else
            {
                party = new Party { Name = name };
                db.Parties.Add(party);
            }

            party.Name = name;
            party.ConflictId = input.ConflictId!.Value;
            party.CountryCode = country;
            party.Side = string.IsNullOrWhiteSpace(input.Side) ? null : input.Side.Trim();
            await db.SaveChangesAsync(cancellationToken);
            AuditLog.Add(db, actor, AuditActions.ReferenceDataChanged, nameof(Party), Id(party.Id), $"{(input.Id is null ? "Created" : "Changed")} party '{name}'", now);
            return ReferenceResult.Ok($"Saved the party '{name}'.", party.Id);
        }, cancellationToken);
    }

    public Task<ReferenceResult> DeletePartyAsync(Actor actor, int id, CancellationToken cancellationToken = default) =>
        RunAsync(actor, "delete a party", async (db, now) =>
        {
            var party = await db.Parties.FindAsync([id], cancellationToken);
            if (party is null)
            {
                return ReferenceResult.Refused("This party no longer exists.");
            }

            if (await db.Reports.AnyAsync(r => r.RecipientPartyId == id, cancellationToken))
            {
                return ReferenceResult.Refused($"Reports name '{party.Name}' as recipient, so it cannot be deleted.");
            }

            db.Parties.Remove(party);
            AuditLog.Add(db, actor, AuditActions.ReferenceDataChanged, nameof(Party), Id(id), $"Deleted party '{party.Name}'", now);
            await db.SaveChangesAsync(cancellationToken);
            return ReferenceResult.Ok($"Deleted the party '{party.Name}'.");
        }, cancellationToken);

    public Task<ReferenceResult> SaveOrganizationAsync(Actor actor, OrganizationInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return RunAsync(actor, "change an organization", async (db, now) =>
        {
            var errors = new ValidationErrors();
            var name = input.Name?.Trim() ?? string.Empty;
            errors.Check(nameof(OrganizationInput.Name), "Name", ReportRules.CheckRequired(name) ?? ReportRules.CheckLength(name, ReportLimits.NameMax));
            errors.Check(nameof(OrganizationInput.Description), "Description", ReportRules.CheckLength(input.Description, ReportLimits.DescriptionMax));
            var country = string.IsNullOrWhiteSpace(input.CountryCode) ? null : input.CountryCode.Trim().ToUpperInvariant();
            if (country is not null && CountryCatalog.Find(country) is null)
            {
                errors.Add(nameof(OrganizationInput.CountryCode), $"Country '{country}' is not an ISO 3166-1 country code");
            }

            var aliases = input.Aliases.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var alias in aliases)
            {
                errors.Check(nameof(OrganizationInput.Aliases), $"Alias '{ReportRules.Shorten(alias)}'", ReportRules.CheckLength(alias, ReportLimits.NameMax));
                if (string.Equals(alias, name, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add(nameof(OrganizationInput.Aliases), $"Alias '{alias}' is the organization's own name");
                }
            }

            if (errors.IsValid)
            {
                var pattern = ReportReferences.ExactPattern(name);
                if (await db.Organizations.AnyAsync(o => o.Id != input.Id && EF.Functions.Like(o.Name, pattern, "\\"), cancellationToken))
                {
                    errors.Add(nameof(OrganizationInput.Name), $"Name: an organization called '{name}' already exists (merge the two instead)");
                }

                var names = aliases.Append(name).ToList();
                var clashes = await db.OrganizationAliases.AsNoTracking().Where(a => a.OrganizationId != input.Id).Select(a => a.Alias)
                    .Concat(db.Organizations.AsNoTracking().Where(o => o.Id != input.Id).Select(o => o.Name))
                    .ToListAsync(cancellationToken);
                foreach (var clash in names.Where(n => clashes.Contains(n, StringComparer.OrdinalIgnoreCase) && !string.Equals(n, name, StringComparison.Ordinal)))
                {
                    errors.Add(nameof(OrganizationInput.Aliases), $"Alias '{clash}' already names another organization");
                }
            }

            if (!errors.IsValid)
            {
                return ReferenceResult.Invalid(errors);
            }

            Organization organization;
            if (input.Id is { } id)
            {
                organization = await db.Organizations.Include(o => o.Aliases).FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
                    ?? throw new KeyNotFoundException($"Organization {id} does not exist.");
            }
            else
            {
                organization = new Organization { Name = name };
                db.Organizations.Add(organization);
            }

            organization.Name = name;
            organization.CountryCode = country;
            organization.Kind = input.Kind;
            organization.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
            organization.Aliases.RemoveAll(a => !aliases.Contains(a.Alias, StringComparer.Ordinal));
            foreach (var alias in aliases.Where(a => !organization.Aliases.Any(x => x.Alias == a)))
            {
                organization.Aliases.Add(new OrganizationAlias { Alias = alias });
            }

            await db.SaveChangesAsync(cancellationToken);
            AuditLog.Add(db, actor, AuditActions.ReferenceDataChanged, nameof(Organization), Id(organization.Id), $"{(input.Id is null ? "Created" : "Changed")} organization '{name}' (aliases: {(aliases.Count == 0 ? "none" : string.Join(", ", aliases))})", now);
            return ReferenceResult.Ok($"Saved the organization '{name}'.", organization.Id);
        }, cancellationToken);
    }

    /// <summary>
    /// Merges <paramref name="sourceId"/> into <paramref name="targetId"/>: every report that named the
    /// source names the target instead (keeping its role), the source's name and aliases become aliases
    /// of the target, and the source is removed. Each affected report gets a revision.
    /// </summary>
    public Task<ReferenceResult> MergeOrganizationsAsync(Actor actor, int sourceId, int targetId, CancellationToken cancellationToken = default) =>
        RunAsync(actor, "merge organizations", async (db, now) =>
        {
            if (sourceId == targetId)
            {
                return ReferenceResult.Refused("Choose two different organizations to merge.");
            }

            var source = await db.Organizations.Include(o => o.Aliases).FirstOrDefaultAsync(o => o.Id == sourceId, cancellationToken);
            var target = await db.Organizations.Include(o => o.Aliases).FirstOrDefaultAsync(o => o.Id == targetId, cancellationToken);
            if (source is null || target is null)
            {
                return ReferenceResult.Refused("One of the two organizations no longer exists.");
            }

            var reports = await db.Reports
                .Where(r => r.Organizations.Any(o => o.OrganizationId == sourceId))
                .IncludeWholeReport()
                .ToListAsync(cancellationToken);
            var numbers = await db.ReportRevisions
                .Where(v => reports.Select(r => r.Id).Contains(v.ReportId))
                .GroupBy(v => v.ReportId)
                .Select(g => new { ReportId = g.Key, Number = g.Max(v => v.Number) })
                .ToDictionaryAsync(x => x.ReportId, x => x.Number, cancellationToken);

            foreach (var report in reports)
            {
                var link = report.Organizations.First(o => o.OrganizationId == sourceId);
                var existing = report.Organizations.FirstOrDefault(o => o.OrganizationId == targetId);
                report.Organizations.Remove(link);
                if (existing is null)
                {
                    report.Organizations.Add(new ReportOrganization { Organization = target, Role = link.Role, Position = link.Position });
                }

                // The link changed but no column of the report did: mark it so its concurrency token moves on.
                db.Entry(report).Property(r => r.Version).IsModified = true;
                ReportHistory.AddRevision(report, numbers.GetValueOrDefault(report.Id) + 1, actor, "merged", $"Organization '{source.Name}' merged into '{target.Name}'", now);
            }

            var aliases = source.Aliases.Select(a => a.Alias).Append(source.Name)
                .Where(a => !string.Equals(a, target.Name, StringComparison.OrdinalIgnoreCase) && !target.Aliases.Any(t => string.Equals(t.Alias, a, StringComparison.OrdinalIgnoreCase)))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            db.OrganizationAliases.RemoveRange(source.Aliases);
            db.Organizations.Remove(source);

            // The source's aliases must be gone before the target takes them (aliases are unique).
            await db.SaveChangesAsync(cancellationToken);
            foreach (var alias in aliases)
            {
                target.Aliases.Add(new OrganizationAlias { Alias = alias });
            }

            AuditLog.Add(db, actor, AuditActions.OrganizationsMerged, nameof(Organization), Id(targetId), $"Merged '{source.Name}' (id {sourceId}) into '{target.Name}': {reports.Count} report(s) relinked, aliases added: {(aliases.Count == 0 ? "none" : string.Join(", ", aliases))}", now);
            await db.SaveChangesAsync(cancellationToken);
            return ReferenceResult.Ok($"Merged '{source.Name}' into '{target.Name}': {reports.Count} report(s) now name '{target.Name}'.", targetId);
        }, cancellationToken);

    public Task<ReferenceResult> DeleteOrganizationAsync(Actor actor, int id, CancellationToken cancellationToken = default) =>
        RunAsync(actor, "delete an organization", async (db, now) =>
        {
            var organization = await db.Organizations.FindAsync([id], cancellationToken);
            if (organization is null)
            {
                return ReferenceResult.Refused("This organization no longer exists.");
            }

            if (await db.ReportOrganizations.AnyAsync(o => o.OrganizationId == id, cancellationToken))
            {
                return ReferenceResult.Refused($"Reports name '{organization.Name}', so it cannot be deleted; merge it into another instead.");
            }

            db.Organizations.Remove(organization);
            AuditLog.Add(db, actor, AuditActions.ReferenceDataChanged, nameof(Organization), Id(id), $"Deleted organization '{organization.Name}'", now);
            await db.SaveChangesAsync(cancellationToken);
            return ReferenceResult.Ok($"Deleted the organization '{organization.Name}'.");
        }, cancellationToken);

    public Task<ReferenceResult> SaveAidTypeAsync(Actor actor, AidTypeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return RunAsync(actor, "change an aid type", async (db, now) =>
        {
            var errors = new ValidationErrors();
            var name = input.Name?.Trim() ?? string.Empty;
            errors.Check(nameof(AidTypeInput.Name), "Name", ReportRules.CheckRequired(name) ?? ReportRules.CheckLength(name, ReportLimits.NameMax));
            AidType aidType;
            if (input.Id is { } id)
            {
                aidType = await db.AidTypes.FindAsync([id], cancellationToken) ?? throw new KeyNotFoundException($"Aid type {id} does not exist.");
            }
            else
            {
                var slug = input.Slug?.Trim() ?? string.Empty;
                if (!ReportRules.IsAidTypeSlug(slug))
                {
                    errors.Add(nameof(AidTypeInput.Slug), "Tag must be lower-case letters, digits and single hyphens (for example machine-tools)");
                }
                else if (await db.AidTypes.AnyAsync(a => a.Slug == slug, cancellationToken))
                {
                    errors.Add(nameof(AidTypeInput.Slug), $"Tag '{slug}' is already in the list");
                }

                aidType = new AidType { Slug = slug, Name = name };
            }

            if (!errors.IsValid)
            {
                return ReferenceResult.Invalid(errors);
            }

            if (input.Id is null)
            {
                db.AidTypes.Add(aidType);
            }

            aidType.Name = name;
            aidType.DefaultCategory = input.DefaultCategory;
            await db.SaveChangesAsync(cancellationToken);
            AuditLog.Add(db, actor, AuditActions.ReferenceDataChanged, nameof(AidType), Id(aidType.Id), $"{(input.Id is null ? "Created" : "Changed")} aid type '{aidType.Slug}' ({name}, default {aidType.DefaultCategory?.ToString() ?? "none"})", now);
            return ReferenceResult.Ok($"Saved the aid type '{name}'.", aidType.Id);
        }, cancellationToken);
    }

    public Task<ReferenceResult> DeleteAidTypeAsync(Actor actor, int id, CancellationToken cancellationToken = default) =>
        RunAsync(actor, "delete an aid type", async (db, now) =>
        {
            var aidType = await db.AidTypes.FindAsync([id], cancellationToken);
            if (aidType is null)
            {
                return ReferenceResult.Refused("This aid type no longer exists.");
            }

            if (await db.ReportAidTypes.AnyAsync(x => x.AidTypeId == id, cancellationToken))
            {
                return ReferenceResult.Refused($"Reports use '{aidType.Name}', so it cannot be deleted.");
            }

            db.AidTypes.Remove(aidType);
            AuditLog.Add(db, actor, AuditActions.ReferenceDataChanged, nameof(AidType), Id(id), $"Deleted aid type '{aidType.Slug}'", now);
            await db.SaveChangesAsync(cancellationToken);
            return ReferenceResult.Ok($"Deleted the aid type '{aidType.Name}'.");
        }, cancellationToken);

    private async Task<ReferenceResult> RunAsync(Actor actor, string what, Func<DashboardDbContext, DateTime, Task<ReferenceResult>> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var role = await StaffAccess.RoleOfAsync(db, actor, now, cancellationToken);
        if (!StaffAccess.IsAdmin(role))
        {
            await auditWriter.WriteAsync(actor, AuditActions.AuthorizationFailed, "ReferenceData", null, $"Refused to {what} for {actor.Name} ({role ?? "no role"})", cancellationToken);
            return ReferenceResult.Refused("Only admins can change reference data.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await action(db, now);
        if (result.Succeeded)
        {
            // Writes the audit entry the action added after its last save, in the same transaction.
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
