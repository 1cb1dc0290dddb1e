using Dashboard.Core.Conflicts;
using Dashboard.Core.Data;
using Dashboard.Core.Organizations;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Import;

/// <summary>
/// Finds conflicts, parties, aid types and organizations by name within one operation, and creates
/// the ones that do not exist yet (tracked by the context, stored with the operation). Names match
/// without regard to case; organizations also match by alias.
/// </summary>
internal sealed class ReferenceLookup
{
    private readonly DashboardDbContext db;
    private readonly Dictionary<string, Conflict> conflicts;
    private readonly HashSet<string> slugs;
    private readonly Dictionary<(int ConflictId, string Name), Party> parties;
    private readonly Dictionary<string, AidType> aidTypes;
    private readonly Dictionary<string, Organization> organizations;

    private ReferenceLookup(
        DashboardDbContext db,
        List<Conflict> conflicts,
        List<Party> parties,
        List<AidType> aidTypes,
        List<Organization> organizations)
    {
        this.db = db;
        this.conflicts = conflicts.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        slugs = conflicts.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        this.parties = parties.ToDictionary(p => (p.ConflictId, p.Name.ToUpperInvariant()));
        this.aidTypes = aidTypes.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        this.organizations = new Dictionary<string, Organization>(StringComparer.OrdinalIgnoreCase);
        foreach (var organization in organizations)
        {
            this.organizations.TryAdd(organization.Name, organization);
            foreach (var alias in organization.Aliases)
            {
                this.organizations.TryAdd(alias.Alias, organization);
            }
        }
    }

    public List<string> NewConflicts { get; } = [];

    public List<string> NewParties { get; } = [];

    public List<string> NewAidTypes { get; } = [];

    public List<string> NewOrganizations { get; } = [];

    /// <summary>Loads the reference data (tracked, so that new reports can point at it).</summary>
    public static async Task<ReferenceLookup> LoadAsync(DashboardDbContext db, CancellationToken cancellationToken)
    {
        var conflicts = await db.Conflicts.ToListAsync(cancellationToken);
        var parties = await db.Parties.ToListAsync(cancellationToken);
        var aidTypes = await db.AidTypes.ToListAsync(cancellationToken);
        var organizations = await db.Organizations.Include(o => o.Aliases).ToListAsync(cancellationToken);
        return new ReferenceLookup(db, conflicts, parties, aidTypes, organizations);
    }

    public Conflict Conflict(string name)
    {
        if (conflicts.TryGetValue(name, out var conflict))
        {
            return conflict;
        }

        var slug = SlugText.From(name);
        var unique = slug;
        for (var n = 2; !slugs.Add(unique); n++)
        {
            unique = $"{slug}-{n}";
        }

        conflict = new Conflict { Name = name, Slug = unique };
        db.Conflicts.Add(conflict);
        conflicts[name] = conflict;
        NewConflicts.Add(name);
        return conflict;
    }

    public Party Party(Conflict conflict, string name, string? countryCode)
    {
        // New conflicts have no id yet; their parties are new as well.
        if (conflict.Id != 0 && parties.TryGetValue((conflict.Id, name.ToUpperInvariant()), out var existing))
        {
            return existing;
        }

        var pending = conflict.Parties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (pending is not null)
        {
            return pending;
        }

        var party = new Party { Name = name, CountryCode = countryCode, Kind = PartyKinds.Guess(name, countryCode), Conflict = conflict };
        conflict.Parties.Add(party);
        db.Parties.Add(party);
        NewParties.Add($"{name} ({conflict.Name})");
        return party;
    }

    public AidType AidType(string slug)
    {
        if (aidTypes.TryGetValue(slug, out var aidType))
        {
            return aidType;
        }

        aidType = new AidType { Slug = slug, Name = Reports.AidType.NameFromSlug(slug) };
        db.AidTypes.Add(aidType);
        aidTypes[slug] = aidType;
        NewAidTypes.Add(slug);
        return aidType;
    }

    public Organization Organization(string name)
    {
        if (organizations.TryGetValue(name, out var organization))
        {
            return organization;
        }

        organization = new Organization { Name = name };
        db.Organizations.Add(organization);
        organizations[name] = organization;
        NewOrganizations.Add(name);
        return organization;
    }

    /// <summary>True when the name is already known (so a preview can list only the new ones).</summary>
    public bool HasConflict(string name) => conflicts.ContainsKey(name);

    public bool HasAidType(string slug) => aidTypes.ContainsKey(slug);

    public bool HasOrganization(string name) => organizations.ContainsKey(name);
}
