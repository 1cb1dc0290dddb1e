using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Core.Data.Configurations;

internal sealed class ReportRevisionConfiguration : IEntityTypeConfiguration<ReportRevision>
{
    public void Configure(EntityTypeBuilder<ReportRevision> builder)
    {
        builder.Property(v => v.AuthorName).HasMaxLength(ReportLimits.NameMax);
        builder.Property(v => v.Action).HasMaxLength(40).IsUnicode(false);
        builder.Property(v => v.Note).HasMaxLength(ReportLimits.RevisionNoteMax);
        builder.Property(v => v.State).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.HasIndex(v => new { v.ReportId, v.Number }).IsUnique();
        builder.HasIndex(v => new { v.ReportId, v.CreatedAt });
    }
}
