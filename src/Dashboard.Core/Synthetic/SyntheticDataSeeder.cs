using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Import;
using Dashboard.Core.Reports;
using Dashboard.Core.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Synthetic;

/// <summary>
/// Fills a database with synthetic reports through the same importer as a CSV upload (so every
/// report has its revision and audit entry), in batches of one transaction each, then gives the
/// few percent of drafts, reports in review and retractions their state.
/// </summary>
public sealed class SyntheticDataSeeder(
    ReportCsvReader reader,
    ReportImporter importer,
    IDbContextFactory<DashboardDbContext> dbFactory,
    TimeProvider timeProvider)
{
    public const int BatchSize = 2000;

    public async Task<int> SeedAsync(int count, int seed, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var templates = reader.Read(DemoReports.ReadCsv()).Reports;
        var done = 0;
        foreach (var batch in SyntheticReportGenerator.Generate(count, seed, templates).Chunk(BatchSize))
        {
            await importer.ImportAsync(batch.Select(b => b.Report).ToList(), new ImportOptions(Actor.System, Publish: true), cancellationToken);
            await ApplyStatesAndLocationsAsync(batch, cancellationToken);
            done += batch.Length;
            progress?.Report(done);
        }

        return done;
    }

    private async Task ApplyStatesAndLocationsAsync(SyntheticReport[] batch, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var group in batch.Where(b => b.State != ReportState.Published).GroupBy(b => b.State))
        {
            var ids = group.Select(b => b.Report.ExternalId).ToList();
            var reports = db.Reports.Where(r => r.ExternalId != null && ids.Contains(r.ExternalId));
            _ = group.Key switch
            {
                ReportState.Retracted => await reports.ExecuteUpdateAsync(
                    s => s.SetProperty(r => r.State, ReportState.Retracted)
                        .SetProperty(r => r.RetractedAt, now)
                        .SetProperty(r => r.RetractionReason, "Synthetic retraction: the source withdrew the claim."),
                    cancellationToken),
                _ => await reports.ExecuteUpdateAsync(
                    s => s.SetProperty(r => r.State, group.Key)
                        .SetProperty(r => r.PublishedAt, (DateTime?)null)
                        .SetProperty(r => r.PublishedById, (string?)null),
                    cancellationToken),
            };
        }

        // Spread the curation dates like real work: entered the day after the report, published two
        // days later, a few edited again later (the overview's "changed recently" needs that shape).
        foreach (var item in batch)
        {
            var created = item.Report.ReportedDate.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc).AddDays(1);
            var published = created.AddDays(2);
            var updated = item.Report.Line % 20 == 0 ? published.AddDays(30) : published;
            await db.Reports.Where(r => r.ExternalId == item.Report.ExternalId).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.CreatedAt, created)
                    .SetProperty(r => r.UpdatedAt, updated)
                    .SetProperty(r => r.PublishedAt, r => r.PublishedAt == null ? null : published)
                    .SetProperty(r => r.RetractedAt, r => r.RetractedAt == null ? null : updated.AddDays(10)),
                cancellationToken);
        }

        foreach (var located in batch.Where(b => b.Latitude is not null))
        {
            await db.Reports.Where(r => r.ExternalId == located.Report.ExternalId).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Latitude, located.Latitude)
                    .SetProperty(r => r.Longitude, located.Longitude)
                    .SetProperty(r => r.PlaceName, located.PlaceName),
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
