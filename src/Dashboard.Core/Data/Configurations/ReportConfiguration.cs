using Dashboard.Core.Identity;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Core.Data.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.Property(r => r.ExternalId).HasMaxLength(ReportLimits.ExternalIdMax);
        builder.Property(r => r.Title).HasMaxLength(ReportLimits.TitleMax);
        builder.Property(r => r.Summary).HasMaxLength(ReportLimits.SummaryMax);
        builder.Property(r => r.Details).HasMaxLength(ReportLimits.DetailsMax);
        builder.Property(r => r.SupplierCountryCode).HasMaxLength(2).IsFixedLength().IsUnicode(false);
        builder.Property(r => r.Items).HasMaxLength(ReportLimits.ItemsMax);
        builder.Property(r => r.PlaceName).HasMaxLength(ReportLimits.PlaceNameMax);
        builder.Property(r => r.ResponseText).HasMaxLength(ReportLimits.ResponseTextMax);
        builder.Property(r => r.ResponseSource).HasMaxLength(ReportLimits.ResponseSourceMax);
        builder.Property(r => r.RetractionReason).HasMaxLength(ReportLimits.ReasonMax);
        builder.Property(r => r.ReviewComment).HasMaxLength(ReportLimits.ReasonMax);

        // Enums are stored by name: readable in the database and safe if members are ever reordered.
        builder.Property(r => r.Category).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(r => r.EvidenceStatus).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(r => r.Confidence).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.Property(r => r.ReportedDatePrecision).HasConversion<string>().HasMaxLength(10).IsUnicode(false);
        builder.Property(r => r.EventDateFromPrecision).HasConversion<string>().HasMaxLength(10).IsUnicode(false);
        builder.Property(r => r.EventDateToPrecision).HasConversion<string>().HasMaxLength(10).IsUnicode(false);

        builder.Property(r => r.Version).IsConcurrencyToken();

        builder.HasOne(r => r.Conflict).WithMany().HasForeignKey(r => r.ConflictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.SupplierCountry).WithMany().HasForeignKey(r => r.SupplierCountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.RecipientParty).WithMany().HasForeignKey(r => r.RecipientPartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Sources).WithOne().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Organizations).WithOne().HasForeignKey(o => o.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Revisions).WithOne().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.AidTypes).WithMany(a => a.Reports).UsingEntity<ReportAidType>(
            right => right.HasOne<AidType>().WithMany().HasForeignKey(x => x.AidTypeId).OnDelete(DeleteBehavior.Restrict),
            left => left.HasOne<Report>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade));

        foreach (var userKey in new[] { nameof(Report.CreatedById), nameof(Report.UpdatedById), nameof(Report.PublishedById), nameof(Report.RetractedById), nameof(Report.DeletedById) })
        {
            builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(userKey).OnDelete(DeleteBehavior.Restrict);
        }

        builder.HasIndex(r => r.ExternalId).IsUnique();

        // Every view filters on the workflow state first (published, or published and retracted),
        // then on one of the filter keys of design.md section 4. The category (and the dates) ride
        // along so that the aggregates of the overview, map and timeline read only the index.
        builder.HasIndex(r => new { r.State, r.EventStart, r.Category });
        builder.HasIndex(r => new { r.State, r.ReportedDate, r.Category });
        builder.HasIndex(r => new { r.State, r.EventMonth, r.Category });
        builder.HasIndex(r => new { r.State, r.ReportedMonth, r.Category });
        builder.HasIndex(r => new { r.State, r.SupplierCountryCode, r.Category, r.EventStart, r.ReportedDate });
        // The supplier rides along for the map's flows (supplier, recipient, category), so they are
        // counted from the index alone.
        builder.HasIndex(r => new { r.State, r.RecipientPartyId, r.Category, r.SupplierCountryCode });
        builder.HasIndex(r => new { r.State, r.ConflictId, r.Category });
        builder.HasIndex(r => new { r.State, r.Category, r.EventStart });
        builder.HasIndex(r => new { r.State, r.EvidenceStatus });
        builder.HasIndex(r => new { r.State, r.Confidence });
        builder.HasIndex(r => new { r.State, r.UpdatedAt });
        builder.HasIndex(r => new { r.State, r.PublishedAt });
        builder.HasIndex(r => new { r.State, r.RetractedAt });
        builder.HasIndex(r => new { r.UpdatedById, r.State });

        // The map's located reports (a few percent of all): counted and the latest taken without
        // reading every row. Brackets quote names in both SQL Server and SQLite.
        builder.HasIndex(r => new { r.State, r.ReportedDate, r.Id })
            .HasDatabaseName("IX_Reports_Located")
            .HasFilter("[Latitude] IS NOT NULL AND [Longitude] IS NOT NULL");
    }
}
