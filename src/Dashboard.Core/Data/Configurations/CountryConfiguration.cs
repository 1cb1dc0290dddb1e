using Dashboard.Core.Countries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Core.Data.Configurations;

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(2).IsFixedLength().IsUnicode(false);
        builder.Property(c => c.Alpha3).HasMaxLength(3).IsFixedLength().IsUnicode(false);
        builder.Property(c => c.Numeric).HasMaxLength(3).IsFixedLength().IsUnicode(false);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.CommonName).HasMaxLength(100);
        builder.HasIndex(c => c.Alpha3).IsUnique();
        builder.HasIndex(c => c.Numeric).IsUnique();

        // The list is reference data generated from ISO 3166-1; it ships with the schema.
        builder.HasData(CountryCatalog.All);
    }
}
