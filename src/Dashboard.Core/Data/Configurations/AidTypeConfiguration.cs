using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Core.Data.Configurations;

internal sealed class AidTypeConfiguration : IEntityTypeConfiguration<AidType>
{
    public void Configure(EntityTypeBuilder<AidType> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(ReportLimits.SlugMax).IsUnicode(false);
        builder.Property(a => a.Name).HasMaxLength(ReportLimits.NameMax);
        builder.Property(a => a.DefaultCategory).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.HasIndex(a => a.Slug).IsUnique();
    }
}
