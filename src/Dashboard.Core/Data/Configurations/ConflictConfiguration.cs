using Dashboard.Core.Conflicts;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Core.Data.Configurations;

internal sealed class ConflictConfiguration : IEntityTypeConfiguration<Conflict>
{
    public void Configure(EntityTypeBuilder<Conflict> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(ReportLimits.NameMax);
        builder.Property(c => c.Slug).HasMaxLength(ReportLimits.SlugMax).IsUnicode(false);
        builder.Property(c => c.Description).HasMaxLength(ReportLimits.DescriptionMax);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasMany(c => c.Parties).WithOne(p => p.Conflict).HasForeignKey(p => p.ConflictId).OnDelete(DeleteBehavior.Restrict);
    }
}
