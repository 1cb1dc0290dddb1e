using Dashboard.Core.Data;
using Dashboard.Core.Filtering;
using Dashboard.Core.Reports;
using Dashboard.Core.Sharing;
using Dashboard.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Timeline;

/// <summary>An entry of a shared link's Atom feed.</summary>
public sealed record FeedEntry(TimelineReport Report, string Summary, DateTime Updated, DateTime? Published);

/// <summary>
/// The timeline of a slice: reports per month, swim lanes and report cards within a window, and the
/// summary of one report. Live slices (the staff page and live links) are read with SQL over the
/// reports staff may see: published ones, and retracted ones with their notice; figures count the
/// published ones only. Snapshot links are read from the revisions they froze.
/// </summary>
public sealed class TimelineQueries(IDbContextFactory<DashboardDbContext> dbFactory, ReportStatistics statistics, TimeProvider timeProvider)
{
    public const int CardsPerPage = 20;

    /// <summary>The most reports the lanes draw (the latest ones); the page says when there are more.</summary>
    public const int MaxMarks = 500;

    public const int MaxFeedEntries = 50;

    private DateOnly Today => DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);

    /// <summary>The timeline of the reports that match a filter now.</summary>
    public async Task<TimelineData> LiveAsync(ReportFilter filter, TimelineRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        var today = Today;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visible = await db.StaffVisible().ApplyAsync(db, filter, cancellationToken);
        var window = TimelineWindow.Resolve(request, await ExtentAsync(visible, today, cancellationToken), today);
        var (start, end) = (window.Start, window.End);
        var inWindow = visible.Where(r => r.EventEnd >= start && r.EventStart <= end);

        var published = inWindow.Where(r => r.State == ReportState.Published);
        var publishedCount = await published.CountAsync(cancellationToken);
        var drawn = await TimelineProjections.ToTimelineReports(Newest(published).Take(MaxMarks)).ToListAsync(cancellationToken);
        var lanes = TimelineLanes.Build(drawn, window, request.Lanes, today, publishedCount);

        var cardCount = await inWindow.CountAsync(cancellationToken);
        var page = PageOf(request.Page, cardCount);
        var cards = await TimelineProjections.ToTimelineReports(Newest(inWindow).Skip((page - 1) * CardsPerPage).Take(CardsPerPage)).ToListAsync(cancellationToken);

        var months = Clip(await statistics.ByMonthAsync(filter, cancellationToken), window);
        var selected = request.ReportId is { } id
            ? await TimelineProjections.ToSummaries(visible.Where(r => r.Id == id)).AsSplitQuery().FirstOrDefaultAsync(cancellationToken)
            : null;
        return new TimelineData(window, today, months, lanes, new PagedResult<TimelineReport>(cards, cardCount, page, CardsPerPage), selected);
    }

    /// <summary>The timeline of a snapshot link: the reports it froze, as they were then, with notices.</summary>
    public async Task<TimelineData> SnapshotAsync(int shareLinkId, TimelineRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reports = await ShareLinkSnapshots.LoadAsync(db, shareLinkId, cancellationToken);
        return FromSnapshot(reports, request, Today);
    }

    /// <summary>The timeline a shared link shows: live or snapshot, always within its frozen filter.</summary>
    public Task<TimelineData> SharedAsync(SharedLink link, TimelineRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.Mode == ShareLinkMode.Snapshot
            ? SnapshotAsync(link.Id, request, cancellationToken)
            : LiveAsync(link.Filter, request, cancellationToken);
    }

    /// <summary>The newest entries of a shared link's feed: what changed last comes first.</summary>
    public async Task<IReadOnlyList<FeedEntry>> SharedFeedAsync(SharedLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (link.Mode == ShareLinkMode.Snapshot)
        {
            var reports = await ShareLinkSnapshots.LoadAsync(db, link.Id, cancellationToken);
            return reports
                .Select(s => new FeedEntry(s.Report, s.Content.Summary, Latest(s.FrozenAt, s.Report.Correction?.At, s.Report.Retraction?.At), s.FrozenAt))
                .OrderByDescending(e => e.Updated)
                .ThenByDescending(e => e.Report.Id)
                .Take(MaxFeedEntries)
                .ToList();
        }

        var visible = await db.StaffVisible().ApplyAsync(db, link.Filter, cancellationToken);
        var rows = await visible
            .Select(r => new { r.Id, r.Summary, r.UpdatedAt, r.PublishedAt, r.RetractedAt, Changed = r.RetractedAt ?? r.UpdatedAt })
            .OrderByDescending(r => r.Changed)
            .ThenByDescending(r => r.Id)
            .Take(MaxFeedEntries)
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var reportsById = await TimelineProjections.ToTimelineReports(visible.Where(r => ids.Contains(r.Id))).ToDictionaryAsync(r => r.Id, cancellationToken);
        return rows.Select(r => new FeedEntry(reportsById[r.Id], r.Summary, r.Changed, r.PublishedAt)).ToList();
    }

    private static TimelineData FromSnapshot(IReadOnlyList<SnapshotReport> reports, TimelineRequest request, DateOnly today)
    {
        var all = reports.Select(s => s.Report).ToList();
        var extent = new TimelineExtent(
            all.Count == 0 ? null : all.Min(r => r.EventStart),
            all.Count == 0 ? null : all.Max(r => r.IsOngoing ? Max(today, r.EventStart) : r.EventEnd));
        var window = TimelineWindow.Resolve(request, extent, today);
        var inWindow = all.Where(r => window.Overlaps(r.EventStart, r.EventEnd)).ToList();
        var published = inWindow.Where(r => r.State == ReportState.Published).ToList();
        var lanes = TimelineLanes.Build(Newest(published).Take(MaxMarks), window, request.Lanes, today, published.Count);

        var page = PageOf(request.Page, inWindow.Count);
        var cards = Newest(inWindow).Skip((page - 1) * CardsPerPage).Take(CardsPerPage).ToList();

        // Revisions hold their content as JSON, so a snapshot's months are counted here rather than in
        // SQL; a snapshot is small by design (ShareLinkService.MaxSnapshotReports).
        var counted = all.Where(r => r.State == ReportState.Published).ToList();
        var months = Clip(MonthsOf(counted), window);
        var selected = request.ReportId is { } id ? reports.FirstOrDefault(s => s.Report.Id == id)?.ToSummary() : null;
        return new TimelineData(window, today, months, lanes, new PagedResult<TimelineReport>(cards, inWindow.Count, page, CardsPerPage), selected);
    }

    private static async Task<TimelineExtent> ExtentAsync(IQueryable<Report> reports, DateOnly today, CancellationToken cancellationToken)
    {
        var first = await reports.Select(r => (DateOnly?)r.EventStart).MinAsync(cancellationToken);
        if (first is null)
        {
            return TimelineExtent.None;
        }

        var lastStart = await reports.Select(r => (DateOnly?)r.EventStart).MaxAsync(cancellationToken);
        var lastEnd = await reports.Where(r => r.EventEnd != DateOnly.MaxValue).Select(r => (DateOnly?)r.EventEnd).MaxAsync(cancellationToken);
        var ongoing = await reports.AnyAsync(r => r.EventEnd == DateOnly.MaxValue, cancellationToken);
        var last = new[] { lastStart, lastEnd, ongoing ? today : null }.Where(d => d is not null).Max();
        return new TimelineExtent(first, last);
    }

    private static List<MonthCount> MonthsOf(List<TimelineReport> reports)
    {
        if (reports.Count == 0)
        {
            return [];
        }

        var byMonth = reports.GroupBy(r => r.Month).ToDictionary(g => g.Key, g => g.Aggregate(CategoryCounts.Zero, (sum, r) => sum.Add(r.Category, 1)));
        var months = new List<MonthCount>();
        for (var month = byMonth.Keys.Min(); month <= byMonth.Keys.Max(); month = month.AddMonths(1))
        {
            months.Add(new MonthCount(month.Year, month.Month, byMonth.GetValueOrDefault(month, CategoryCounts.Zero)));
        }

        return months;
    }

    /// <summary>The months of a series that fall in the window.</summary>
    private static List<MonthCount> Clip(IReadOnlyList<MonthCount> months, TimelineWindow window) =>
        months.Where(m => m.LastDay >= window.Start && m.FirstDay <= window.End).ToList();

    private static IOrderedQueryable<Report> Newest(IQueryable<Report> reports) =>
        reports.OrderByDescending(r => r.EventStart).ThenByDescending(r => r.Id);

    private static IOrderedEnumerable<TimelineReport> Newest(IEnumerable<TimelineReport> reports) =>
        reports.OrderByDescending(r => r.EventStart).ThenByDescending(r => r.Id);

    private static int PageOf(int requested, int total) => Math.Clamp(requested, 1, Math.Max(1, (total + CardsPerPage - 1) / CardsPerPage));

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateTime Latest(DateTime first, DateTime? second, DateTime? third) =>
        new[] { first, second ?? DateTime.MinValue, third ?? DateTime.MinValue }.Max();
}
