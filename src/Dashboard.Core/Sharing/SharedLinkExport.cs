using Dashboard.Core.Data;
using Dashboard.Core.Export;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Sharing;

/// <summary>
/// The exports of a shared page: exactly the reports the page shows, never more. A live link exports
/// the published (and retracted, marked) reports of its frozen filter now; a snapshot link exports the
/// versions it froze, each with its state now, so a report retracted since is marked retracted.
/// </summary>
public sealed class SharedLinkExport(IDbContextFactory<DashboardDbContext> dbFactory, ReportExporter exporter, TimeProvider timeProvider)
{
    public async Task WriteAsync(Stream destination, ExportFormat format, SharedLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (link.Mode == ShareLinkMode.Live)
        {
            await exporter.WriteAsync(destination, format, link.Filter, ExportScope.StaffVisible, cancellationToken);
            return;
        }

        var info = new ExportDocumentInfo(link.Filter.ToQueryString(), ExportScope.StaffVisible, timeProvider.GetUtcNow().UtcDateTime);
        await exporter.WriteAsync(destination, format, info, await FrozenAsync(link.Id, cancellationToken), cancellationToken);
    }

    /// <summary>The snapshot's reports as exported records, ordered by id like every other export.</summary>
    public async Task<IReadOnlyList<ExportedReport>> FrozenAsync(int shareLinkId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var frozen = await ShareLinkSnapshots.LoadAsync(db, shareLinkId, cancellationToken);
        var conflictIds = frozen.Select(f => f.Content.ConflictId).Distinct().ToList();
        var partyIds = frozen.Select(f => f.Content.RecipientPartyId).Distinct().ToList();
        var conflictSlugs = await db.Conflicts.AsNoTracking().Where(c => conflictIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Slug, cancellationToken);
        var partyCountries = await db.Parties.AsNoTracking().Where(p => partyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.CountryCode, cancellationToken);

        return [.. frozen.OrderBy(f => f.Report.Id).Select(f =>
        {
            var content = f.Content;
            return new ExportedReport
            {
                Id = f.Report.Id,
                ExternalId = content.ExternalId,
                Title = content.Title,
                Summary = content.Summary,
                Details = content.Details,
                ConflictSlug = conflictSlugs.GetValueOrDefault(content.ConflictId, string.Empty),
                ConflictName = content.ConflictName,
                SupplierCountryCode = content.SupplierCountryCode,
                RecipientName = content.RecipientName,
                RecipientCountryCode = partyCountries.GetValueOrDefault(content.RecipientPartyId),
                Category = content.Category,
                AidTypes = [.. content.AidTypes.Order(StringComparer.Ordinal)],
                Items = content.Items,
                Quantity = content.Quantity,
                ValueUsd = content.ValueUsd,
                Entities = [.. content.Organizations.Select(o => o.Name)],
                EvidenceStatus = content.EvidenceStatus,
                Confidence = content.Confidence,
                ReportedDate = content.ReportedDate,
                EventDateFrom = content.EventDateFrom,
                EventDateTo = content.EventDateTo,
                Latitude = content.Latitude,
                Longitude = content.Longitude,
                PlaceName = content.PlaceName,
                ResponseText = content.ResponseText,
                ResponseDate = content.ResponseDate,
                ResponseSource = content.ResponseSource,
                State = f.Report.State,
                RetractionReason = f.Report.Retraction?.Reason,
                PublishedAt = f.FrozenAt,
                UpdatedAt = f.FrozenAt,
                Sources = [.. content.Sources.Select(s => new ExportedSource(s.Title, s.Publisher, s.Url, s.PublishedDate, s.Type, s.PublisherIsParty))],
            };
        })];
    }
}
