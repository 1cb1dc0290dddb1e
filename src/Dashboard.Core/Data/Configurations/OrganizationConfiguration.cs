using Dashboard.Core.Organizations;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Core.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(ReportLimits.NameMax);
        builder.Property(o => o.CountryCode).HasMaxLength(2).IsFixedLength().IsUnicode(false);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        builder.Property(o => o.Description).HasMaxLength(ReportLimits.DescriptionMax);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.HasIndex(o => o.CountryCode);
        builder.HasOne(o => o.Country).WithMany().HasForeignKey(o => o.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Aliases).WithOne().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
