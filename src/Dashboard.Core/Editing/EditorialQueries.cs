using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Identity;
using Dashboard.Core.Reports;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Editing;

/// <summary>
/// What the admin area reads: the editorial lists, a report as the editor loads it, its history and
/// the choices of the editor's fields. Unlike <see cref="ReportQueries"/> these include drafts and
/// reports in review, so each call checks that the caller is an editor or an admin.
/// </summary>
public sealed class EditorialQueries(IDbContextFactory<DashboardDbContext> dbFactory, TimeProvider timeProvider, AuditWriter auditWriter)
{
    public const int MaxPageSize = 200;

    public async Task<PagedResult<EditorialListItem>> ListAsync(Actor actor, EditorialListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var role = await RequireAsync(db, actor, request.View == EditorialView.Deleted, "list reports in the admin area", cancellationToken);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        if (role is null)
        {
            return new PagedResult<EditorialListItem>([], 0, 1, pageSize);
        }

        var reports = Filter(InView(db, request.View, actor.UserId), db, request);
        var total = await reports.CountAsync(cancellationToken);
        var page = Math.Clamp(request.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await Project(db, Sort(db, reports, request.Sort, request.Descending).Skip((page - 1) * pageSize).Take(pageSize))
            .ToListAsync(cancellationToken);
        return new PagedResult<EditorialListItem>(items, total, page, pageSize);
    }

    public async Task<EditorialCounts> CountsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var role = await RequireAsync(db, actor, adminOnly: false, "count reports in the admin area", cancellationToken);
        if (role is null)
        {
            return new EditorialCounts(0, 0, 0, 0);
        }

        return new EditorialCounts(
            await InView(db, EditorialView.ReviewQueue, actor.UserId).CountAsync(cancellationToken),
            await InView(db, EditorialView.MyDrafts, actor.UserId).CountAsync(cancellationToken),
            await InView(db, EditorialView.AllDrafts, actor.UserId).CountAsync(cancellationToken),
            StaffAccess.IsAdmin(role) ? await InView(db, EditorialView.Deleted, actor.UserId).CountAsync(cancellationToken) : 0);
    }

    /// <summary>A report as the editor opens it, or null when it does not exist or the caller may not edit.</summary>
    public async Task<EditableReport?> GetForEditAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var role = await RequireAsync(db, actor, adminOnly: false, $"open report {id} in the editor", cancellationToken);
        if (role is null)
        {
            return null;
        }

        var report = await db.Reports.AsNoTracking()
            .IncludeWholeReport()
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null || (report.IsDeleted && !StaffAccess.IsAdmin(role)))
        {
            return null;
        }

        var revision = await db.ReportRevisions.Where(v => v.ReportId == id).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        var userIds = new[] { report.CreatedById, report.UpdatedById }.OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        string? NameOf(string? userId) => userId is null ? "system (import)" : names.FirstOrDefault(n => n.Id == userId) is { } n ? (string.IsNullOrEmpty(n.DisplayName) ? n.Email : n.DisplayName) : "a former user";

        var draft = ReportDraft.FromSnapshot(ReportSnapshot.Of(report));
        draft.Recipient = new PartyChoice(report.RecipientPartyId, report.RecipientParty!.Name, report.RecipientParty.CountryCode);
        return new EditableReport
        {
            Id = report.Id,
            Token = new EditToken(report.Version, revision),
            State = report.State,
            Draft = draft,
            ExternalId = report.ExternalId,
            CreatedById = report.CreatedById,
            CreatedByName = NameOf(report.CreatedById),
            UpdatedById = report.UpdatedById,
            UpdatedByName = NameOf(report.UpdatedById),
            UpdatedAt = report.UpdatedAt,
            ReviewComment = report.ReviewComment,
            RetractionReason = report.RetractionReason,
            RetractedAt = report.RetractedAt,
            PublishedAt = report.PublishedAt,
            IsDeleted = report.IsDeleted,
        };
    }

    public async Task<ReportHistoryView?> HistoryAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var role = await RequireAsync(db, actor, adminOnly: false, $"read the history of report {id}", cancellationToken);
        if (role is null)
        {
            return null;
        }

        var report = await db.Reports.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new { r.Id, r.Title, r.State, r.IsDeleted, r.Version })
            .FirstOrDefaultAsync(cancellationToken);
        if (report is null || (report.IsDeleted && !StaffAccess.IsAdmin(role)))
        {
            return null;
        }

        var revisions = await db.ReportRevisions.AsNoTracking()
            .Where(v => v.ReportId == id)
            .OrderByDescending(v => v.Number)
            .Select(v => new RevisionItem(v.Id, v.Number, v.CreatedAt, v.AuthorName, v.Action, v.Note, v.State))
            .ToListAsync(cancellationToken);
        var latest = revisions.Count > 0 ? revisions[0].Number : 0;
        return new ReportHistoryView(report.Id, report.Title, report.State, report.IsDeleted, new EditToken(report.Version, latest), revisions);
    }

    /// <summary>The field-by-field differences from revision <paramref name="from"/> to revision <paramref name="to"/>.</summary>
    public async Task<IReadOnlyList<FieldChange>?> CompareAsync(Actor actor, int id, int from, int to, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await RequireAsync(db, actor, adminOnly: false, $"compare revisions of report {id}", cancellationToken) is null)
        {
            return null;
        }

        var contents = await db.ReportRevisions.AsNoTracking()
            .Where(v => v.ReportId == id && (v.Number == from || v.Number == to))
            .Select(v => new { v.Number, v.Content })
            .ToListAsync(cancellationToken);
        var a = contents.FirstOrDefault(c => c.Number == from);
        var b = contents.FirstOrDefault(c => c.Number == to);
        return a is null || b is null ? null : ReportComparison.Compare(ReportSnapshot.FromJson(a.Content), ReportSnapshot.FromJson(b.Content));
    }

    public async Task<IReadOnlyList<NamedReference>> SearchConflictsAsync(string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var conflicts = db.Conflicts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = "%" + ReportReferences.ExactPattern(text.Trim()) + "%";
            conflicts = conflicts.Where(c => EF.Functions.Like(c.Name, pattern, "\\"));
        }

        return await conflicts.OrderBy(c => c.Name).Take(20).Select(c => new NamedReference(c.Id, c.Name, null)).ToListAsync(cancellationToken);
    }

    /// <summary>Parties of one conflict; <see cref="NamedReference.Detail"/> is the party's ISO country code.</summary>
    public async Task<IReadOnlyList<NamedReference>> SearchPartiesAsync(int conflictId, string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var parties = db.Parties.AsNoTracking().Where(p => p.ConflictId == conflictId);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = "%" + ReportReferences.ExactPattern(text.Trim()) + "%";
            parties = parties.Where(p => EF.Functions.Like(p.Name, pattern, "\\"));
        }

        return await parties.OrderBy(p => p.Name).Take(20).Select(p => new NamedReference(p.Id, p.Name, p.CountryCode)).ToListAsync(cancellationToken);
    }

    /// <summary>Organizations whose name or an alias contains the text; <see cref="NamedReference.Detail"/> names the alias that matched.</summary>
    public async Task<IReadOnlyList<NamedReference>> SearchOrganizationsAsync(string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Take(20).Select(o => new NamedReference(o.Id, o.Name, null)).ToListAsync(cancellationToken);
        }

        var pattern = "%" + ReportReferences.ExactPattern(text.Trim()) + "%";
        return await db.Organizations.AsNoTracking()
            .Where(o => EF.Functions.Like(o.Name, pattern, "\\") || o.Aliases.Any(a => EF.Functions.Like(a.Alias, pattern, "\\")))
            .OrderBy(o => o.Name)
            .Take(20)
            .Select(o => new NamedReference(
                o.Id,
                o.Name,
                EF.Functions.Like(o.Name, pattern, "\\") ? null : o.Aliases.Where(a => EF.Functions.Like(a.Alias, pattern, "\\")).Select(a => a.Alias).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AidTypeOption>> AidTypesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AidTypes.AsNoTracking().OrderBy(a => a.Name).Select(a => new AidTypeOption(a.Slug, a.Name, a.DefaultCategory)).ToListAsync(cancellationToken);
    }

    private async Task<string?> RequireAsync(DashboardDbContext db, Actor actor, bool adminOnly, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var role = await StaffAccess.RoleOfAsync(db, actor, timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        if (adminOnly ? StaffAccess.IsAdmin(role) : StaffAccess.IsEditorOrAdmin(role))
        {
            return role;
        }

        await auditWriter.WriteAsync(actor, AuditActions.AuthorizationFailed, nameof(Report), null, $"Refused to {what} for {actor.Name} ({role ?? "no role"})", cancellationToken);
        return null;
    }

    private static IQueryable<Report> InView(DashboardDbContext db, EditorialView view, string? userId)
    {
        var live = db.Reports.AsNoTracking().Where(r => !r.IsDeleted);
        return view switch
        {
            EditorialView.ReviewQueue => live.Where(r => r.State == ReportState.InReview),
            EditorialView.MyDrafts => live.Where(r => r.State == ReportState.Draft && (r.CreatedById == userId || r.UpdatedById == userId)),
            EditorialView.AllDrafts => live.Where(r => r.State == ReportState.Draft),
            EditorialView.RecentlyPublished => live.Where(r => r.State == ReportState.Published),
            EditorialView.RecentlyRetracted => live.Where(r => r.State == ReportState.Retracted),
            _ => db.Reports.AsNoTracking().Where(r => r.IsDeleted),
        };
    }

    private static IQueryable<Report> Filter(IQueryable<Report> reports, DashboardDbContext db, EditorialListRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.Text))
        {
            var pattern = "%" + ReportReferences.ExactPattern(request.Text.Trim()) + "%";
            reports = reports.Where(r => EF.Functions.Like(r.Title, pattern, "\\") || EF.Functions.Like(r.Summary, pattern, "\\"));
        }

        foreach (var filter in request.Filters ?? [])
        {
            reports = filter.Field switch
            {
                EditorialFilterField.Title => reports.Where(Matches<Report>(r => r.Title, filter)),
                EditorialFilterField.Supplier => reports.Where(Matches<Report>(r => r.SupplierCountry!.CommonName, filter)),
                EditorialFilterField.Recipient => reports.Where(Matches<Report>(r => r.RecipientParty!.Name, filter)),
                _ => FilterAuthor(reports, db, filter),
            };
        }

        return reports;
    }

    private static IQueryable<Report> FilterAuthor(IQueryable<Report> reports, DashboardDbContext db, ColumnFilter filter)
    {
        var users = db.Users.Where(Matches<ApplicationUser>(u => u.DisplayName, filter)).Select(u => u.Id);
        return filter.Operator is TextFilterOperator.IsEmpty
            ? reports.Where(r => r.UpdatedById == null)
            : reports.Where(r => r.UpdatedById != null && users.Contains(r.UpdatedById));
    }

    /// <summary>A text column filter as SQL (LIKE with escaped wildcards; case follows the database, which ignores it).</summary>
    private static Expression<Func<T, bool>> Matches<T>(Expression<Func<T, string>> column, ColumnFilter filter)
    {
        var value = ReportReferences.ExactPattern(filter.Value?.Trim() ?? string.Empty);
        if (string.IsNullOrEmpty(value) && filter.Operator is not (TextFilterOperator.IsEmpty or TextFilterOperator.IsNotEmpty))
        {
            // An empty filter value filters nothing, as the grid shows it.
            return Expression.Lambda<Func<T, bool>>(Expression.Constant(true), column.Parameters);
        }

        Expression<Func<string, bool>> test = filter.Operator switch
        {
            TextFilterOperator.Contains => s => EF.Functions.Like(s, "%" + value + "%", "\\"),
            TextFilterOperator.NotContains => s => !EF.Functions.Like(s, "%" + value + "%", "\\"),
            TextFilterOperator.EqualTo => s => EF.Functions.Like(s, value, "\\"),
            TextFilterOperator.NotEqualTo => s => !EF.Functions.Like(s, value, "\\"),
            TextFilterOperator.StartsWith => s => EF.Functions.Like(s, value + "%", "\\"),
            TextFilterOperator.EndsWith => s => EF.Functions.Like(s, "%" + value, "\\"),
            TextFilterOperator.IsEmpty => s => s == null || s == string.Empty,
            _ => s => s != null && s != string.Empty,
        };
        var body = new ReplaceParameter(test.Parameters[0], column.Body).Visit(test.Body);
        return Expression.Lambda<Func<T, bool>>(body, column.Parameters);
    }

    private static IOrderedQueryable<Report> Sort(DashboardDbContext db, IQueryable<Report> reports, EditorialSort sort, bool descending)
    {
        IOrderedQueryable<Report> ordered = (sort, descending) switch
        {
            (EditorialSort.Title, false) => reports.OrderBy(r => r.Title),
            (EditorialSort.Title, true) => reports.OrderByDescending(r => r.Title),
            (EditorialSort.Supplier, false) => reports.OrderBy(r => r.SupplierCountry!.CommonName),
            (EditorialSort.Supplier, true) => reports.OrderByDescending(r => r.SupplierCountry!.CommonName),
            (EditorialSort.Recipient, false) => reports.OrderBy(r => r.RecipientParty!.Name),
            (EditorialSort.Recipient, true) => reports.OrderByDescending(r => r.RecipientParty!.Name),
            (EditorialSort.Author, false) => reports.OrderBy(r => db.Users.Where(u => u.Id == r.UpdatedById).Select(u => u.DisplayName).FirstOrDefault()),
            (EditorialSort.Author, true) => reports.OrderByDescending(r => db.Users.Where(u => u.Id == r.UpdatedById).Select(u => u.DisplayName).FirstOrDefault()),
            (EditorialSort.SubmittedAt, false) => reports.OrderBy(r => r.SubmittedAt),
            (EditorialSort.SubmittedAt, true) => reports.OrderByDescending(r => r.SubmittedAt),
            (EditorialSort.PublishedAt, false) => reports.OrderBy(r => r.PublishedAt),
            (EditorialSort.PublishedAt, true) => reports.OrderByDescending(r => r.PublishedAt),
            (EditorialSort.RetractedAt, false) => reports.OrderBy(r => r.RetractedAt),
            (EditorialSort.RetractedAt, true) => reports.OrderByDescending(r => r.RetractedAt),
            (_, false) => reports.OrderBy(r => r.UpdatedAt),
            _ => reports.OrderByDescending(r => r.UpdatedAt),
        };
        return descending ? ordered.ThenByDescending(r => r.Id) : ordered.ThenBy(r => r.Id);
    }

    private static IQueryable<EditorialListItem> Project(DashboardDbContext db, IQueryable<Report> reports) =>
        reports.Select(r => new EditorialListItem(
            r.Id,
            r.Title,
            r.State,
            r.SupplierCountryCode,
            r.SupplierCountry!.CommonName,
            r.RecipientParty!.Name,
            r.UpdatedById,
            db.Users.Where(u => u.Id == r.UpdatedById).Select(u => u.DisplayName).FirstOrDefault(),
            r.CreatedById,
            r.UpdatedAt,
            r.SubmittedAt,
            r.PublishedAt,
            r.RetractedAt,
            r.ReviewComment,
            r.RetractionReason,
            r.IsDeleted));

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
