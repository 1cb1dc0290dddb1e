using Dashboard.Core.Audit;
using Dashboard.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.TestSupport;

/// <summary>Accounts with a role in a <see cref="TestDatabase"/>, written straight to the Identity tables.</summary>
public static class TestAccounts
{
    /// <summary>Adds a user with the role and returns the <see cref="Actor"/> that acts as them.</summary>
    public static async Task<Actor> AddAsync(TestDatabase database, string email, string role, bool locked = false)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = await database.Factory.CreateDbContextAsync();
        var roleRow = await db.Roles.FirstOrDefaultAsync(r => r.Name == role);
        if (roleRow is null)
        {
            roleRow = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
            db.Roles.Add(roleRow);
        }

        var name = email.Split('@')[0];
        var user = new ApplicationUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = name,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            LockoutEnabled = true,
            LockoutEnd = locked ? DateTimeOffset.MaxValue : null,
            CreatedAt = DateTime.UtcNow,
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleRow.Id });
        await db.SaveChangesAsync();
        return new Actor(user.Id, name);
    }
}
