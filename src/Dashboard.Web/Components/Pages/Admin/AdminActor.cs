using System.Security.Claims;
using Dashboard.Core.Audit;
using Dashboard.Web.Components.Layout;

namespace Dashboard.Web.Components.Pages.Admin;

/// <summary>
/// The signed-in user as the core commands see them. Commands check the role again in the database,
/// so this carries identity only, never rights.
/// </summary>
public static class AdminActor
{
    public static Actor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier), MainLayout.DisplayNameOf(user));
    }
}
