using Microsoft.AspNetCore.Identity;

namespace Dashboard.Core.Identity;

/// <summary>A staff account. Accounts are created by admins (or the demo seeder), never by self-registration.</summary>
public sealed class ApplicationUser : IdentityUser
{
    /// <summary>The name shown beside the user's actions and on links they share.</summary>
    [PersonalData]
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The user's theme choice; null follows the browser.</summary>
    public bool? PrefersDarkMode { get; set; }

    public DateTime CreatedAt { get; set; }
}
