using Dashboard.Core.Audit;
using Dashboard.Core.Conflicts;
using Dashboard.Core.Countries;
using Dashboard.Core.Identity;
using Dashboard.Core.Organizations;
using Dashboard.Core.Reports;
using Dashboard.Core.Sharing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Data;

/// <summary>The one database of the product: reports and their reference data, identity, audit, sharing, keys.</summary>
public sealed class DashboardDbContext(DbContextOptions<DashboardDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Conflict> Conflicts => Set<Conflict>();

    public DbSet<Party> Parties => Set<Party>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<OrganizationAlias> OrganizationAliases => Set<OrganizationAlias>();

    public DbSet<AidType> AidTypes => Set<AidType>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<ReportAidType> ReportAidTypes => Set<ReportAidType>();

    public DbSet<ReportOrganization> ReportOrganizations => Set<ReportOrganization>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<ReportRevision> ReportRevisions => Set<ReportRevision>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();

    public DbSet<ShareLinkReport> ShareLinkReports => Set<ShareLinkReport>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>True on SQLite, where reports have a full-text index to keep current.</summary>
    public bool HasSearchIndex => Database.IsSqlite();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareReportsForSave();
        if (!HasSearchIndex)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The full-text index changes in the same transaction as the reports it describes.
        var affected = await ReportSearchIndex.AffectedReportIdsAsync(this, cancellationToken);
        var added = ChangeTracker.Entries<Report>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var ownTransaction = Database.CurrentTransaction is null && (affected.Count > 0 || added.Count > 0)
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            affected.UnionWith(added.Select(r => r.Id));
            if (affected.Count > 0)
            {
                await ReportSearchIndex.RefreshAsync(this, affected, cancellationToken);
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return result;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    // Derived columns and the concurrency token are kept right here so that no code path that saves
    // a report can forget them.
    private void PrepareReportsForSave()
    {
        foreach (var entry in ChangeTracker.Entries<Report>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.UpdateEventSpan();
            }

            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }
}
