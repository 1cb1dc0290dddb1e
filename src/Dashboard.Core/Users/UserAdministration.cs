using System.Data;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Core.Audit;
using Dashboard.Core.Data;
using Dashboard.Core.Editing;
using Dashboard.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Core.Users;

/// <summary>How a new account gets its first password.</summary>
public enum InitialPassword
{
    /// <summary>A generated password, shown once to the admin who passes it on.</summary>
    OneTimePassword,

    /// <summary>A link to the set-password page, shown once to the admin who passes it on.</summary>
    SetPasswordLink,
}

/// <summary>One account as the users page lists it.</summary>
public sealed record UserListItem(string Id, string Email, string DisplayName, string? Role, bool IsLocked, DateTime CreatedAt);

/// <summary>What an admin must pass on to a new user: a password or a set-password code, shown once.</summary>
/// <param name="PasswordResetCode">The code for <c>/Account/ResetPassword?code=...</c> (already encoded for a URL).</param>
public sealed record CreatedAccount(string UserId, string Email, string? OneTimePassword, string? PasswordResetCode);

/// <summary>The outcome of a user command; <see cref="Field"/> names the input a refusal is about.</summary>
public sealed record UserCommandResult(bool Succeeded, string Message, string? Field = null, CreatedAccount? Created = null);

/// <summary>
/// The admins' user management: create an account with a role, change roles, lock and unlock, sign
/// out everywhere. Each command checks that the caller is an admin at that moment, keeps at least one
/// unlocked admin, changes the account's security stamp so that open sessions notice within minutes,
/// and writes its audit entry in the same transaction as the change.
/// </summary>
public sealed partial class UserAdministration(IServiceScopeFactory scopeFactory, TimeProvider timeProvider, AuditWriter auditWriter, ILogger<UserAdministration> logger)
{
    private const string ObjectType = "User";

    public async Task<IReadOnlyList<UserListItem>?> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();
        if (!await IsAdminAsync(db, actor, "list the users", cancellationToken))
        {
            return null;
        }

        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd, u.CreatedAt })
            .ToListAsync(cancellationToken);
        var roles = await (from userRole in db.UserRoles join role in db.Roles on userRole.RoleId equals role.Id select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var now = Now;
        return users.Select(u => new UserListItem(
                u.Id,
                u.Email ?? string.Empty,
                u.DisplayName,
                HighestRole(roles.Where(r => r.UserId == u.Id).Select(r => r.Name)),
                u.LockoutEnd is { } end && end > now,
                u.CreatedAt))
            .ToList();
    }

    public async Task<UserCommandResult> CreateAsync(Actor actor, string email, string displayName, string role, InitialPassword initialPassword, CancellationToken cancellationToken = default)
    {
        email = email?.Trim() ?? string.Empty;
        displayName = displayName?.Trim() ?? string.Empty;
        if (!IsEmail(email))
        {
            return new UserCommandResult(false, "Email must be a valid email address", "Email");
        }

        if (displayName.Length is 0 or > Reports.ReportLimits.NameMax)
        {
            return new UserCommandResult(false, displayName.Length == 0 ? "Display name is required" : $"Display name must be at most {Reports.ReportLimits.NameMax} characters long", "DisplayName");
        }

        if (!Roles.All.Contains(role))
        {
            return new UserCommandResult(false, $"Role must be one of {string.Join(", ", Roles.All)}", "Role");
        }

        return await RunAsync(actor, "create a user", async (db, users, _) =>
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                return new UserCommandResult(false, $"Email: an account for {email} already exists", "Email");
            }

            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, CreatedAt = timeProvider.GetUtcNow().UtcDateTime };
            var password = initialPassword == InitialPassword.OneTimePassword ? GeneratePassword() : null;
            var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return Failed(created);
            }

            var added = await users.AddToRoleAsync(user, role);
            if (!added.Succeeded)
            {
                return Failed(added);
            }

            string? code = null;
            if (password is null)
            {
                var token = await users.GeneratePasswordResetTokenAsync(user);
                code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
            }

            Record(db, actor, AuditActions.UserCreated, user.Id, $"Created {email} ({displayName}) as {role}, with {(password is null ? "a set-password link" : "a one-time password")}");
            return new UserCommandResult(true, $"Created {email} as {role}.", Created: new CreatedAccount(user.Id, email, password, code));
        }, cancellationToken);
    }

    public Task<UserCommandResult> ChangeRoleAsync(Actor actor, string userId, string role, CancellationToken cancellationToken = default)
    {
        if (!Roles.All.Contains(role))
        {
            return Task.FromResult(new UserCommandResult(false, $"Role must be one of {string.Join(", ", Roles.All)}", "Role"));
        }

        return RunAsync(actor, "change a role", async (db, users, _) =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return new UserCommandResult(false, "This account no longer exists.");
            }

            var current = HighestRole(await users.GetRolesAsync(user));
            if (current == role)
            {
                return new UserCommandResult(true, $"{user.Email} already has the role {role}.");
            }

            if (current == Roles.Admin && !await AnotherActiveAdminAsync(users, user))
            {
                return new UserCommandResult(false, $"{user.Email} is the last admin; make someone else an admin first.", "Role");
            }

            var removed = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
            var added = removed.Succeeded ? await users.AddToRoleAsync(user, role) : removed;
            if (!added.Succeeded)
            {
                return Failed(added);
            }

            // Open sessions re-check the stamp every minute and drop the old role.
            await users.UpdateSecurityStampAsync(user);
            Record(db, actor, AuditActions.RoleChanged, user.Id, $"Changed the role of {user.Email} from {current ?? "none"} to {role}");
            return new UserCommandResult(true, $"{user.Email} is now {role}. Their open sessions follow within a few minutes.");
        }, cancellationToken);
    }

    public Task<UserCommandResult> LockAsync(Actor actor, string userId, CancellationToken cancellationToken = default) =>
        RunAsync(actor, "lock an account", async (db, users, _) =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return new UserCommandResult(false, "This account no longer exists.");
            }

            if (user.Id == actor.UserId)
            {
                return new UserCommandResult(false, "You cannot lock your own account.");
            }

            if (await users.IsInRoleAsync(user, Roles.Admin) && !await AnotherActiveAdminAsync(users, user))
            {
                return new UserCommandResult(false, $"{user.Email} is the last admin and cannot be locked.");
            }

            await users.SetLockoutEnabledAsync(user, true);
            var locked = await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            if (!locked.Succeeded)
            {
                return Failed(locked);
            }

            await users.UpdateSecurityStampAsync(user);
            Record(db, actor, AuditActions.UserLocked, user.Id, $"Locked {user.Email}");
            return new UserCommandResult(true, $"{user.Email} is locked and will be signed out within a few minutes.");
        }, cancellationToken);

    public Task<UserCommandResult> UnlockAsync(Actor actor, string userId, CancellationToken cancellationToken = default) =>
        RunAsync(actor, "unlock an account", async (db, users, _) =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return new UserCommandResult(false, "This account no longer exists.");
            }

            var unlocked = await users.SetLockoutEndDateAsync(user, null);
            if (!unlocked.Succeeded)
            {
                return Failed(unlocked);
            }

            await users.ResetAccessFailedCountAsync(user);
            Record(db, actor, AuditActions.UserUnlocked, user.Id, $"Unlocked {user.Email}");
            return new UserCommandResult(true, $"{user.Email} is unlocked.");
        }, cancellationToken);

    public Task<UserCommandResult> SignOutEverywhereAsync(Actor actor, string userId, CancellationToken cancellationToken = default) =>
        RunAsync(actor, "sign a user out everywhere", async (db, users, _) =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return new UserCommandResult(false, "This account no longer exists.");
            }

            await users.UpdateSecurityStampAsync(user);
            Record(db, actor, AuditActions.UserSignedOutEverywhere, user.Id, $"Signed {user.Email} out everywhere");
            return new UserCommandResult(true, $"{user.Email} will be signed out of every session within a few minutes.");
        }, cancellationToken);

    private DateTimeOffset Now => timeProvider.GetUtcNow();

    /// <summary>The audit entry of a change (in its transaction) and its structured log line.</summary>
    private void Record(DashboardDbContext db, Actor actor, string action, string userId, string summary)
    {
        AuditLog.Add(db, actor, action, ObjectType, userId, summary, timeProvider.GetUtcNow().UtcDateTime);
        LogAccountChange(logger, actor.Name, action, userId, summary);
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "{Actor}: {Action} on user {UserId}: {Summary}")]
    private static partial void LogAccountChange(ILogger logger, string actor, string action, string userId, string summary);

    private async Task<UserCommandResult> RunAsync(
        Actor actor,
        string what,
        Func<DashboardDbContext, UserManager<ApplicationUser>, CancellationToken, Task<UserCommandResult>> action,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();
        if (!await IsAdminAsync(db, actor, what, cancellationToken))
        {
            return new UserCommandResult(false, "Only admins can manage users.");
        }

        // Serializable, so that two admins demoting each other at once cannot both pass the last-admin check.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var result = await action(db, users, cancellationToken);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return result;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private async Task<bool> IsAdminAsync(DashboardDbContext db, Actor actor, string what, CancellationToken cancellationToken)
    {
        var role = await StaffAccess.RoleOfAsync(db, actor, timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        if (StaffAccess.IsAdmin(role))
        {
            return true;
        }

        await auditWriter.WriteAsync(actor, AuditActions.AuthorizationFailed, ObjectType, null, $"Refused to {what} for {actor.Name} ({role ?? "no role"})", cancellationToken);
        return false;
    }

    private async Task<bool> AnotherActiveAdminAsync(UserManager<ApplicationUser> users, ApplicationUser except)
    {
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        var now = Now;
        return admins.Any(a => a.Id != except.Id && (a.LockoutEnd is null || a.LockoutEnd <= now));
    }

    private static string? HighestRole(IEnumerable<string?> roles)
    {
        var list = roles.ToList();
        return list.Contains(Roles.Admin) ? Roles.Admin : list.Contains(Roles.Editor) ? Roles.Editor : list.Contains(Roles.Viewer) ? Roles.Viewer : null;
    }

    private static bool IsEmail(string email) =>
        email.Length is > 3 and <= 256 && MailAddress.TryCreate(email, out var address) && address.Address == email;

    private static UserCommandResult Failed(IdentityResult result) =>
        new(false, string.Join(" ", result.Errors.Select(e => e.Description)));

    /// <summary>Four groups of five letters and digits that are easy to read out ("k7mqx-2vxep-..."), 23 characters.</summary>
    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        return string.Join('-', Enumerable.Range(0, 4).Select(_ => new string(RandomNumberGenerator.GetItems<char>(alphabet, 5))));
    }
}
