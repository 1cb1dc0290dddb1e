using Dashboard.Core.Reports;
using Dashboard.Core.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Core.Data.Configurations;

internal sealed class ShareLinkReportConfiguration : IEntityTypeConfiguration<ShareLinkReport>
{
    public void Configure(EntityTypeBuilder<ShareLinkReport> builder)
    {
        builder.HasKey(x => new { x.ShareLinkId, x.ReportId });
        builder.HasOne<Report>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReportRevision>().WithMany().HasForeignKey(x => x.RevisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.ReportId);
        builder.HasIndex(x => x.RevisionId);
    }
}
