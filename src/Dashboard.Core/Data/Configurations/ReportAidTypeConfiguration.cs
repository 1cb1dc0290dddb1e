using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Core.Data.Configurations;

internal sealed class ReportAidTypeConfiguration : IEntityTypeConfiguration<ReportAidType>
{
    public void Configure(EntityTypeBuilder<ReportAidType> builder)
    {
        builder.HasKey(x => new { x.ReportId, x.AidTypeId });

        // The "type" filter starts from the aid type and finds its reports.
        builder.HasIndex(x => new { x.AidTypeId, x.ReportId });
    }
}
