using Dashboard.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Core.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(64).IsUnicode(false);
        builder.Property(a => a.ObjectType).HasMaxLength(64).IsUnicode(false);
        builder.Property(a => a.ObjectId).HasMaxLength(64);
        builder.Property(a => a.Summary).HasMaxLength(2000);
        builder.Property(a => a.ClientAddress).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.UserId, a.At });
        builder.HasIndex(a => new { a.Action, a.At });
        builder.HasIndex(a => new { a.ObjectType, a.ObjectId });
    }
}
