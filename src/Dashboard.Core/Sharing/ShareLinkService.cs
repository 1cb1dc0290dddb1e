using System.Globalization;
using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Filtering;
using Dashboard.Core.Identity;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Core.Sharing;

/// <summary>
/// Creates, opens, lists and revokes share links (design.md section 6). Tokens are 256 random bits
/// shown once; the database keeps their SHA-256. An unknown, expired or revoked token, and any token
/// while <c>Dashboard:PublicSharing</c> is off, opens nothing, and the caller cannot tell which it was.
/// Every creation, revocation and first access is audited in the same transaction as the change.
/// </summary>
public sealed partial class ShareLinkService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    TimeProvider timeProvider,
    IOptionsMonitor<DashboardOptions> options,
    ShareLinkVisits visits,
    ILogger<ShareLinkService> logger)
{
    /// <summary>The expiry choices of the dialog, in days.</summary>
    public static IReadOnlyList<int> ExpiryChoices { get; } = [7, 30, 90, 365];

    public const int DefaultExpiryDays = 30;

    /// <summary>
    /// A snapshot stores one row per report and is read back from the revision history on every view,
    /// so it is kept to a size a stakeholder can read; larger slices are shared live.
    /// </summary>
    public const int MaxSnapshotReports = 2000;

    public const int TitleMax = ReportLimits.NameMax;
    public const int NoteMax = ReportLimits.ReasonMax;

    private const string ObjectType = "ShareLink";

    /// <summary>Checks the request, freezes the filter (and in snapshot mode the current revisions) and stores the link.</summary>
    public async Task<ShareLinkCreation> CreateAsync(ShareLinkRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = Validate(request, out var title, out var note, out var filterQuery);
        if (errors.Count > 0)
        {
            return ShareLinkCreation.Failed(errors);
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sharer = await StaffUser.FindAsync(db, actor.UserId, now, cancellationToken);
        if (sharer is null)
        {
            return ShareLinkCreation.Failed([new ShareLinkError("user", "Only a signed-in staff member can share a timeline.")]);
        }

        var frozen = new List<ShareLinkReport>();
        if (request.Mode == ShareLinkMode.Snapshot)
        {
            var published = await db.Published().ApplyAsync(db, request.Filter, cancellationToken);
            var count = await published.CountAsync(cancellationToken);
            if (count > MaxSnapshotReports)
            {
                return ShareLinkCreation.Failed([new ShareLinkError(
                    "mode",
                    $"Mode: a snapshot holds at most {MaxSnapshotReports.ToString("N0", CultureInfo.InvariantCulture)} reports and this view has {count.ToString("N0", CultureInfo.InvariantCulture)}. Narrow the filter or share a live link.")]);
            }

            // Each report as it stands published now: its latest revision saved in the published state.
            var pairs = await published
                .Select(r => new
                {
                    ReportId = r.Id,
                    RevisionId = db.ReportRevisions
                        .Where(v => v.ReportId == r.Id && v.State == ReportState.Published)
                        .OrderByDescending(v => v.Number)
                        .Select(v => (int?)v.Id)
                        .FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            frozen.AddRange(pairs.Where(p => p.RevisionId is not null).Select(p => new ShareLinkReport { ReportId = p.ReportId, RevisionId = p.RevisionId!.Value }));
        }

        var token = ShareTokens.NewToken();
        var link = new ShareLink
        {
            TokenHash = ShareTokens.HashOf(token)!,
            Title = title,
            Note = note,
            FilterQuery = filterQuery,
            Mode = request.Mode,
            CreatedAt = now,
            CreatedById = sharer.Id,
            CreatedByName = sharer.DisplayName,
            ExpiresAt = now.AddDays(request.ExpiryDays),
            Reports = frozen,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ShareLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);

        // The entry names the link by its id (known after the first save), never by its token.
        AuditLog.Add(
            db,
            actor,
            AuditActions.ShareLinkCreated,
            ObjectType,
            link.Id.ToString(CultureInfo.InvariantCulture),
            $"Created a {ModeName(link.Mode)} share link '{link.Title}' of {(filterQuery.Length == 0 ? "all reports" : filterQuery)}, expiring {link.ExpiresAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
                + (link.Mode == ShareLinkMode.Snapshot ? $", with {frozen.Count} reports" : string.Empty),
            now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogCreated(logger, link.Id, link.Mode, sharer.Id);

        return new ShareLinkCreation { LinkId = link.Id, Token = token, ExpiresAt = link.ExpiresAt, SnapshotReports = frozen.Count };
    }

    /// <summary>
    /// The link a token opens, counting the access; null for an unknown, expired or revoked token and
    /// for every token while public sharing is switched off. The link's status is read from the
    /// database on every call (one lookup by the unique index on the token hash), so a revocation
    /// closes the link at once on every instance; only the visit count is batched (<see cref="ShareLinkVisits"/>).
    /// </summary>
    /// <param name="clientAddress">The visitor's address, kept in the audit entry of the first access.</param>
    public async Task<SharedLink?> OpenAsync(string? token, string? clientAddress, CancellationToken cancellationToken = default)
    {
        // Read on every request, so the switch closes every link at once and reopens them without a restart.
        if (!options.CurrentValue.PublicSharing)
        {
            return null;
        }

        var hash = ShareTokens.HashOf(token);
        if (hash is null)
        {
            return null;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var link = await db.ShareLinks.AsNoTracking()
            .Where(l => l.TokenHash == hash && l.RevokedAt == null && l.ExpiresAt > now)
            .Select(l => new { l.Id, l.Title, l.Note, l.Mode, l.FilterQuery, l.CreatedAt, l.CreatedByName, l.ExpiresAt, NeverOpened = l.AccessCount == 0 })
            .FirstOrDefaultAsync(cancellationToken);
        if (link is null)
        {
            return null;
        }

        if (link.NeverOpened && await CountFirstAccessAsync(db, link.Id, link.Title, clientAddress, now, cancellationToken))
        {
            LogFirstAccess(logger, link.Id);
        }
        else
        {
            visits.Record(link.Id, now);
        }

        return new SharedLink(link.Id, link.Title, link.Note, link.Mode, ReportFilter.Parse(link.FilterQuery).Filter, link.CreatedAt, link.CreatedByName, link.ExpiresAt);
    }

    /// <summary>Revokes a link: its creator may, and so may an admin. Anyone else is told there is no such link.</summary>
    public async Task<ShareLinkRevocation> RevokeAsync(int linkId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var caller = await StaffUser.FindAsync(db, actor.UserId, now, cancellationToken);
        var link = caller is null ? null : await db.ShareLinks.FirstOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        if (caller is null || link is null || (link.CreatedById != caller.Id && !caller.IsAdmin))
        {
            return ShareLinkRevocation.NotFound;
        }

        if (link.RevokedAt is not null)
        {
            return ShareLinkRevocation.AlreadyRevoked;
        }

        link.RevokedAt = now;
        link.RevokedById = caller.Id;
        AuditLog.Add(
            db,
            actor,
            AuditActions.ShareLinkRevoked,
            ObjectType,
            link.Id.ToString(CultureInfo.InvariantCulture),
            link.CreatedById == caller.Id
                ? $"Revoked the share link '{link.Title}'"
                : $"Revoked the share link '{link.Title}' created by {link.CreatedByName}",
            now);
        await db.SaveChangesAsync(cancellationToken);
        LogRevoked(logger, link.Id, caller.Id);
        return ShareLinkRevocation.Revoked;
    }

    /// <summary>A page of links, newest first: the caller's own, or (admins only) everyone's.</summary>
    /// <exception cref="UnauthorizedAccessException">Everyone's links were asked for by someone who is not an admin.</exception>
    public async Task<PagedResult<ShareLinkListItem>> ListAsync(Actor actor, ShareLinkScope scope, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var caller = await StaffUser.FindAsync(db, actor.UserId, now, cancellationToken);
        if (caller is null || (scope == ShareLinkScope.All && !caller.IsAdmin))
        {
            throw new UnauthorizedAccessException("Only admins may see every share link.");
        }

        var links = db.ShareLinks.AsNoTracking();
        if (scope == ShareLinkScope.Mine)
        {
            links = links.Where(l => l.CreatedById == caller.Id);
        }

        pageSize = Math.Clamp(pageSize, 1, ReportPageRequest.MaxPageSize);
        var total = await links.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var rows = await links
            .OrderByDescending(l => l.CreatedAt)
            .ThenByDescending(l => l.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(l => new { l.Id, l.Title, l.Note, l.Mode, l.FilterQuery, l.CreatedAt, l.CreatedByName, l.ExpiresAt, l.RevokedAt, l.AccessCount, l.LastAccessAt })
            .ToListAsync(cancellationToken);
        var items = rows.Select(l => new ShareLinkListItem(
                l.Id,
                l.Title,
                l.Note,
                l.Mode,
                l.FilterQuery,
                l.CreatedAt,
                l.CreatedByName,
                l.ExpiresAt,
                l.RevokedAt,
                l.AccessCount,
                l.LastAccessAt,
                l.RevokedAt is not null ? ShareLinkStatus.Revoked : l.ExpiresAt <= now ? ShareLinkStatus.Expired : ShareLinkStatus.Active))
            .ToList();
        return new PagedResult<ShareLinkListItem>(items, total, page, pageSize);
    }

    /// <summary>"live" or "snapshot", as the dialog and the lists say it.</summary>
    public static string ModeName(ShareLinkMode mode) => mode == ShareLinkMode.Snapshot ? "snapshot" : "live";

    private static List<ShareLinkError> Validate(ShareLinkRequest request, out string title, out string? note, out string filterQuery)
    {
        var errors = new List<ShareLinkError>();
        title = request.Title?.Trim() ?? string.Empty;
        note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        filterQuery = request.Filter?.ToQueryString() ?? string.Empty;
        if (title.Length == 0)
        {
            errors.Add(new ShareLinkError("title", "Title is required: it tells the recipient what the link shows."));
        }
        else if (title.Length > TitleMax)
        {
            errors.Add(new ShareLinkError("title", $"Title is {title.Length} characters long; at most {TitleMax} are allowed."));
        }

        if (note is { Length: > NoteMax })
        {
            errors.Add(new ShareLinkError("note", $"Note is {note.Length} characters long; at most {NoteMax} are allowed."));
        }

        if (!ExpiryChoices.Contains(request.ExpiryDays))
        {
            errors.Add(new ShareLinkError("expiry", $"Expiry is required and must be one of {string.Join(", ", ExpiryChoices.Take(ExpiryChoices.Count - 1))} or {ExpiryChoices[^1]} days."));
        }

        if (!Enum.IsDefined(request.Mode))
        {
            errors.Add(new ShareLinkError("mode", "Mode must be live or snapshot."));
        }

        if (request.Filter is null)
        {
            errors.Add(new ShareLinkError("filter", "Filter is required."));
        }
        else if (filterQuery.Length > ReportLimits.UrlMax)
        {
            errors.Add(new ShareLinkError("filter", $"Filter is too long to share ({filterQuery.Length} characters in the address; at most {ReportLimits.UrlMax}). Remove some values."));
        }

        return errors;
    }

    /// <summary>
    /// Counts and audits the first visit of a link, in one transaction; false when another visit was
    /// first (the count it finds is no longer 0), and the caller counts this one with the others.
    /// </summary>
    private static async Task<bool> CountFirstAccessAsync(DashboardDbContext db, int linkId, string title, string? clientAddress, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var first = await db.ShareLinks
            .Where(l => l.Id == linkId && l.AccessCount == 0)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.AccessCount, 1L).SetProperty(l => l.LastAccessAt, now), cancellationToken);
        if (first != 1)
        {
            return false;
        }

        AuditLog.Add(
            db,
            new Actor(null, "anonymous visitor", clientAddress),
            AuditActions.ShareLinkFirstAccess,
            ObjectType,
            linkId.ToString(CultureInfo.InvariantCulture),
            $"First visit of the share link '{title}'",
            now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Share link {LinkId} ({Mode}) created by user {UserId}")]
    private static partial void LogCreated(ILogger logger, int linkId, ShareLinkMode mode, string userId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Share link {LinkId} revoked by user {UserId}")]
    private static partial void LogRevoked(ILogger logger, int linkId, string userId);

    // The visitor's address stays in the audit entry; the log says only that the link was first opened.
    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Share link {LinkId} first opened")]
    private static partial void LogFirstAccess(ILogger logger, int linkId);

    /// <summary>A caller as the database knows them now: roles and lockout are read, never taken from a cookie.</summary>
    private sealed record StaffUser(string Id, string DisplayName, bool IsAdmin)
    {
        public static async Task<StaffUser?> FindAsync(DashboardDbContext db, string? userId, DateTime now, CancellationToken cancellationToken)
        {
            if (userId is null)
            {
                return null;
            }

            var user = await db.Users.AsNoTracking()
                .Where(u => u.Id == userId)
                .Select(u => new
                {
                    u.Id,
                    u.DisplayName,
                    u.UserName,
                    u.LockoutEnd,
                    Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToList(),
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (user is null || user.LockoutEnd > new DateTimeOffset(now, TimeSpan.Zero) || !user.Roles.Any(r => r is not null && Roles.All.Contains(r)))
            {
                return null;
            }

            var name = string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "a staff member" : user.DisplayName;
            return new StaffUser(user.Id, name, user.Roles.Contains(Roles.Admin));
        }
    }
}
