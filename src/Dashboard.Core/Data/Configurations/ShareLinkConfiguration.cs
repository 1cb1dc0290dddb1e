using Dashboard.Core.Identity;
using Dashboard.Core.Reports;
using Dashboard.Core.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Core.Data.Configurations;

internal sealed class ShareLinkConfiguration : IEntityTypeConfiguration<ShareLink>
{
    public void Configure(EntityTypeBuilder<ShareLink> builder)
    {
        builder.Property(s => s.TokenHash).HasMaxLength(32).IsFixedLength();
        builder.Property(s => s.Title).HasMaxLength(ReportLimits.NameMax);
        builder.Property(s => s.Note).HasMaxLength(ReportLimits.ReasonMax);
        builder.Property(s => s.FilterQuery).HasMaxLength(ReportLimits.UrlMax);
        builder.Property(s => s.Mode).HasConversion<string>().HasMaxLength(10).IsUnicode(false);
        builder.Property(s => s.CreatedByName).HasMaxLength(ReportLimits.NameMax);
        builder.HasIndex(s => s.TokenHash).IsUnique();
        builder.HasIndex(s => new { s.CreatedById, s.CreatedAt });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.RevokedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Reports).WithOne().HasForeignKey(r => r.ShareLinkId).OnDelete(DeleteBehavior.Cascade);
    }
}
