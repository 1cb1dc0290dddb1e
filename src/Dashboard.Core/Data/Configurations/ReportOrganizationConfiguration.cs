using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Core.Data.Configurations;

internal sealed class ReportOrganizationConfiguration : IEntityTypeConfiguration<ReportOrganization>
{
    public void Configure(EntityTypeBuilder<ReportOrganization> builder)
    {
        builder.HasKey(x => new { x.ReportId, x.OrganizationId });
        builder.Property(x => x.Role).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.HasIndex(x => new { x.OrganizationId, x.ReportId });
        builder.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
