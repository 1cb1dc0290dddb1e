using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Core.Editing;

/// <summary>
/// The caller's role as the database holds it at the moment of an operation. Commands ask this
/// themselves instead of trusting the page they were called from: a role removed or an account
/// locked a second ago already counts, and a forged event from a page the caller should not have
/// changes nothing.
/// </summary>
public static class StaffAccess
{
    /// <summary>The user's highest role, or null for an unknown, locked or role-less account (and for the system).</summary>
    public static async Task<string?> RoleOfAsync(DashboardDbContext db, Actor actor, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.UserId is not { } userId)
        {
            return null;
        }

        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.LockoutEnd })
            .FirstOrDefaultAsync(cancellationToken);

        // DateTimeOffset is compared here, not in SQL: SQLite cannot compare it.
        if (account is null || account.LockoutEnd is { } end && end > new DateTimeOffset(now, TimeSpan.Zero))
        {
            return null;
        }

        var roles = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where userRole.UserId == userId
                select role.Name)
            .ToListAsync(cancellationToken);
        return roles.Contains(Roles.Admin) ? Roles.Admin
            : roles.Contains(Roles.Editor) ? Roles.Editor
            : roles.Contains(Roles.Viewer) ? Roles.Viewer
            : null;
    }

    public static bool IsEditorOrAdmin(string? role) => role is Roles.Editor or Roles.Admin;

    public static bool IsAdmin(string? role) => role is Roles.Admin;
}
