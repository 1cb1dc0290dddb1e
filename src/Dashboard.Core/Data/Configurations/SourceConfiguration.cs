using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Core.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(ReportLimits.SourceTitleMax);
        builder.Property(s => s.Publisher).HasMaxLength(ReportLimits.PublisherMax);
        builder.Property(s => s.Url).HasMaxLength(ReportLimits.UrlMax);
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        builder.HasIndex(s => new { s.ReportId, s.Position });
    }
}
