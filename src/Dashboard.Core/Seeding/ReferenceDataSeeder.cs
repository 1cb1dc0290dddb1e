using Dashboard.Core.Data;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Seeding;

/// <summary>Fills the curated aid type list on a database that has none (every environment, not only demo).</summary>
public static class ReferenceDataSeeder
{
    /// <summary>The curated starting list of design.md section 3, with the category each usually falls in.</summary>
    public static IReadOnlyList<(string Slug, SupportCategory Category)> CuratedAidTypes { get; } =
    [
        ("drones", SupportCategory.Lethal),
        ("missiles", SupportCategory.Lethal),
        ("missile-components", SupportCategory.DualUse),
        ("artillery-ammunition", SupportCategory.Lethal),
        ("armored-vehicles", SupportCategory.Lethal),
        ("air-defense", SupportCategory.Lethal),
        ("combat-aircraft", SupportCategory.Lethal),
        ("satellite-imagery", SupportCategory.NonLethal),
        ("space-technology", SupportCategory.DualUse),
        ("machine-tools", SupportCategory.DualUse),
        ("microelectronics", SupportCategory.DualUse),
        ("optics", SupportCategory.DualUse),
        ("engines", SupportCategory.DualUse),
        ("propellant-chemicals", SupportCategory.DualUse),
        ("troops", SupportCategory.Lethal),
        ("training", SupportCategory.NonLethal),
        ("logistics", SupportCategory.NonLethal),
        ("intelligence", SupportCategory.NonLethal),
        ("financial", SupportCategory.NonLethal),
        ("humanitarian", SupportCategory.NonLethal),
    ];

    public static async Task SeedAsync(DashboardDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.AidTypes.AnyAsync(cancellationToken))
        {
            return;
        }

        db.AidTypes.AddRange(CuratedAidTypes.Select(a => new AidType
        {
            Slug = a.Slug,
            Name = AidType.NameFromSlug(a.Slug),
            DefaultCategory = a.Category,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
