using Dashboard.Core.Conflicts;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Core.Data.Configurations;

internal sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(ReportLimits.NameMax);
        builder.Property(p => p.CountryCode).HasMaxLength(2).IsFixedLength().IsUnicode(false);
        builder.Property(p => p.Side).HasMaxLength(ReportLimits.NameMax);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(10).IsUnicode(false);
        builder.HasIndex(p => new { p.ConflictId, p.Name }).IsUnique();
        builder.HasIndex(p => p.CountryCode);
        builder.HasOne(p => p.Country).WithMany().HasForeignKey(p => p.CountryCode).OnDelete(DeleteBehavior.Restrict);
    }
}
