using Dashboard.Core.Conflicts;
using Dashboard.Core.Data;
using Dashboard.Core.Organizations;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Editing;

/// <summary>
/// Turns the choices of a draft into tracked records within one operation: existing conflicts,
/// parties, aid types and organizations by id, new ones by name (matching an existing name without
/// regard to case first, so "create new" never makes a twin). What it creates is stored with the
/// operation, or not at all.
/// </summary>
internal sealed class ReportReferences
{
    private ReportReferences(Conflict conflict, Party party, List<AidType> aidTypes, List<(Organization Organization, OrganizationRole Role)> organizations, List<string> created)
    {
        Conflict = conflict;
        Party = party;
        AidTypes = aidTypes;
        Organizations = organizations;
        Created = created;
    }

    public Conflict Conflict { get; }

    public Party Party { get; }

    public List<AidType> AidTypes { get; }

    public List<(Organization Organization, OrganizationRole Role)> Organizations { get; }

    /// <summary>Reference records this operation creates ("conflict 'Test war'"), for the audit log.</summary>
    public List<string> Created { get; }

    public static async Task<(ReportReferences? References, ValidationErrors Errors)> ResolveAsync(DashboardDbContext db, ReportDraft draft, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var created = new List<string>();

        var conflict = await ConflictAsync(db, draft.Conflict!, errors, created, cancellationToken);
        Party? party = null;
        if (conflict is not null)
        {
            party = await PartyAsync(db, conflict, draft.Recipient!, errors, created, cancellationToken);
        }

        var slugs = draft.AidTypes.Distinct(StringComparer.Ordinal).ToList();
        var aidTypes = await db.AidTypes.Where(a => slugs.Contains(a.Slug)).ToListAsync(cancellationToken);
        foreach (var missing in slugs.Except(aidTypes.Select(a => a.Slug), StringComparer.Ordinal))
        {
            errors.Add(nameof(ReportDraft.AidTypes), $"Aid types: '{missing}' is not in the list (an admin can add it under Reference data)");
        }

        var organizations = new List<(Organization, OrganizationRole)>();
        for (var i = 0; i < draft.Organizations.Count; i++)
        {
            var entry = draft.Organizations[i];
            var organization = await OrganizationAsync(db, entry.Organization!, i, errors, created, cancellationToken);
            if (organization is not null)
            {
                if (organizations.Any(o => ReferenceEquals(o.Item1, organization)))
                {
                    errors.Add(ValidationErrors.OrganizationField(i), $"Organization {i + 1} '{organization.Name}' is listed twice");
                    continue;
                }

                organizations.Add((organization, entry.Role));
            }
        }

        return errors.IsValid
            ? (new ReportReferences(conflict!, party!, aidTypes.OrderBy(a => a.Slug, StringComparer.Ordinal).ToList(), organizations, created), errors)
            : (null, errors);
    }

    private static async Task<Conflict?> ConflictAsync(DashboardDbContext db, ReferenceChoice choice, ValidationErrors errors, List<string> created, CancellationToken cancellationToken)
    {
        if (choice.Id is { } id)
        {
            var found = await db.Conflicts.FindAsync([id], cancellationToken);
            if (found is null)
            {
                errors.Add(nameof(ReportDraft.Conflict), $"Conflict '{choice.Name}' no longer exists; choose another");
            }

            return found;
        }

        var name = choice.Name.Trim();
        var pattern = ExactPattern(name);
        var existing = await db.Conflicts.FirstOrDefaultAsync(c => EF.Functions.Like(c.Name, pattern, "\\"), cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var slug = SlugText.From(name);
        var taken = await db.Conflicts.Where(c => c.Slug.StartsWith(slug)).Select(c => c.Slug).ToListAsync(cancellationToken);
        var unique = slug;
        for (var n = 2; taken.Contains(unique, StringComparer.Ordinal); n++)
        {
            unique = $"{slug}-{n}";
        }

        var conflict = new Conflict { Name = name, Slug = unique };
        db.Conflicts.Add(conflict);
        created.Add($"conflict '{name}'");
        return conflict;
    }

    private static async Task<Party?> PartyAsync(DashboardDbContext db, Conflict conflict, PartyChoice choice, ValidationErrors errors, List<string> created, CancellationToken cancellationToken)
    {
        if (choice.Id is { } id)
        {
            var found = await db.Parties.FindAsync([id], cancellationToken);
            if (found is null)
            {
                errors.Add(nameof(ReportDraft.Recipient), $"Recipient '{choice.Name}' no longer exists; choose another");
            }
            else if (found.ConflictId != conflict.Id)
            {
                errors.Add(nameof(ReportDraft.Recipient), $"Recipient '{found.Name}' is a party to another conflict; choose a party to the {conflict.Name}");
                return null;
            }

            return found;
        }

        var name = choice.Name.Trim();
        if (conflict.Id != 0)
        {
            var pattern = ExactPattern(name);
            var existing = await db.Parties.FirstOrDefaultAsync(p => p.ConflictId == conflict.Id && EF.Functions.Like(p.Name, pattern, "\\"), cancellationToken);
            if (existing is not null)
            {
                return existing;
            }
        }

        var party = new Party
        {
            Name = name,
            Conflict = conflict,
            CountryCode = string.IsNullOrWhiteSpace(choice.CountryCode) ? null : choice.CountryCode.Trim().ToUpperInvariant(),
        };
        db.Parties.Add(party);
        created.Add($"party '{name}' in the {conflict.Name}");
        return party;
    }

    private static async Task<Organization?> OrganizationAsync(DashboardDbContext db, ReferenceChoice choice, int index, ValidationErrors errors, List<string> created, CancellationToken cancellationToken)
    {
        if (choice.Id is { } id)
        {
            var found = await db.Organizations.FindAsync([id], cancellationToken);
            if (found is null)
            {
                errors.Add(ValidationErrors.OrganizationField(index), $"Organization {index + 1} '{choice.Name}' no longer exists (it may have been merged into another); choose it again");
            }

            return found;
        }

        var name = choice.Name.Trim();
        var pattern = ExactPattern(name);
        var pending = db.ChangeTracker.Entries<Organization>()
            .Where(e => e.State == EntityState.Added && string.Equals(e.Entity.Name, name, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Entity)
            .FirstOrDefault();
        var existing = pending
            ?? await db.Organizations.FirstOrDefaultAsync(o => EF.Functions.Like(o.Name, pattern, "\\"), cancellationToken)
            ?? await db.Organizations.FirstOrDefaultAsync(o => o.Aliases.Any(a => EF.Functions.Like(a.Alias, pattern, "\\")), cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var organization = new Organization { Name = name };
        db.Organizations.Add(organization);
        created.Add($"organization '{name}'");
        return organization;
    }

    /// <summary>
    /// A LIKE pattern that matches the name exactly but without regard to case (SQLite's LIKE and SQL
    /// Server's default collation both ignore case), the same on both providers.
    /// </summary>
    internal static string ExactPattern(string name) =>
        name.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
