using Dashboard.Core.Data;
using Dashboard.Core.Editing;
using Dashboard.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Audit;

/// <summary>Which audit entries to show: every criterion is optional; dates are whole UTC days, inclusive.</summary>
public sealed record AuditQuery(
    string? User = null,
    string? Action = null,
    string? ObjectType = null,
    string? ObjectId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1,
    int PageSize = 50);

/// <summary>One line of the audit log as the admin page shows it.</summary>
public sealed record AuditEntryItem(long Id, DateTime At, string? UserId, string UserName, string Action, string ObjectType, string? ObjectId, string? Summary, string? ClientAddress);

/// <summary>The values the audit log filters offer.</summary>
public sealed record AuditFilterOptions(IReadOnlyList<string> Users, IReadOnlyList<string> Actions, IReadOnlyList<string> ObjectTypes);

/// <summary>Reads the audit log, newest first, one page at a time (admins only).</summary>
public sealed class AuditQueries(IDbContextFactory<DashboardDbContext> dbFactory, TimeProvider timeProvider, AuditWriter auditWriter)
{
    public const int MaxPageSize = 200;

    /// <summary>Every action the product writes, for the filter (the constants of <see cref="AuditActions"/>).</summary>
    public static IReadOnlyList<string> KnownActions { get; } = typeof(AuditActions)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>A page of entries, or null when the caller is not an admin (the attempt is logged).</summary>
    public async Task<PagedResult<AuditEntryItem>?> ListAsync(Actor actor, AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await IsAdminAsync(db, actor, cancellationToken))
        {
            return null;
        }

        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var pattern = "%" + Escape(query.User.Trim()) + "%";
            entries = entries.Where(e => EF.Functions.Like(e.UserName, pattern, "\\") || e.UserId == query.User.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action == query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.ObjectType))
        {
            entries = entries.Where(e => e.ObjectType == query.ObjectType);
        }

        if (!string.IsNullOrWhiteSpace(query.ObjectId))
        {
            var objectId = query.ObjectId.Trim();
            entries = entries.Where(e => e.ObjectId == objectId);
        }

        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At >= start);
        }

        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At < end);
        }

        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var total = await entries.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await entries
            .OrderByDescending(e => e.At)
            .ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(e => new AuditEntryItem(e.Id, e.At, e.UserId, e.UserName, e.Action, e.ObjectType, e.ObjectId, e.Summary, e.ClientAddress))
            .ToListAsync(cancellationToken);
        return new PagedResult<AuditEntryItem>(items, total, page, pageSize);
    }

    public async Task<AuditFilterOptions> FilterOptionsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await IsAdminAsync(db, actor, cancellationToken))
        {
            return new AuditFilterOptions([], [], []);
        }

        var users = await db.AuditEntries.AsNoTracking().Select(e => e.UserName).Distinct().OrderBy(n => n).Take(500).ToListAsync(cancellationToken);
        var types = await db.AuditEntries.AsNoTracking().Select(e => e.ObjectType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        return new AuditFilterOptions(users, KnownActions, types);
    }

    private async Task<bool> IsAdminAsync(DashboardDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var role = await StaffAccess.RoleOfAsync(db, actor, timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        if (StaffAccess.IsAdmin(role))
        {
            return true;
        }

        await auditWriter.WriteAsync(actor, AuditActions.AuthorizationFailed, nameof(AuditEntry), null, $"Refused to read the audit log for {actor.Name} ({role ?? "no role"})", cancellationToken);
        return false;
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
