using System.Security.Claims;
using Dashboard.Core.Identity;
using Dashboard.Web.Components.Account;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Dashboard.Web.Components.Layout;

public partial class MainLayout
{
    private MudThemeProvider? themeProvider;
    private bool drawerOpen = true;
    private bool isDarkMode;
    private bool? savedDarkMode;
    private string? userId;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private UserPreferences Preferences { get; set; } = default!;

    internal static string DisplayNameOf(ClaimsPrincipal user) =>
        user.FindFirst(DisplayNameClaimsPrincipalFactory.DisplayNameClaim)?.Value ?? user.Identity?.Name ?? string.Empty;

    internal static string RoleOf(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin) ? Roles.Admin : user.IsInRole(Roles.Editor) ? Roles.Editor : user.IsInRole(Roles.Viewer) ? Roles.Viewer : "no role";

    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is null)
        {
            return;
        }

        var user = (await AuthenticationState).User;
        userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null)
        {
            savedDarkMode = await Preferences.GetDarkModeAsync(userId);
            isDarkMode = savedDarkMode ?? false;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Without a saved choice the theme follows the browser, which is only known once interactive.
        if (firstRender && savedDarkMode is null && themeProvider is not null && RendererInfo.IsInteractive)
        {
            var systemDark = await themeProvider.GetSystemDarkModeAsync();
            if (systemDark != isDarkMode)
            {
                isDarkMode = systemDark;
                StateHasChanged();
            }
        }
    }

    private void ToggleDrawer() => drawerOpen = !drawerOpen;

    private async Task ToggleDarkModeAsync()
    {
        isDarkMode = !isDarkMode;
        savedDarkMode = isDarkMode;
        if (userId is not null)
        {
            await Preferences.SetDarkModeAsync(userId, isDarkMode);
        }
    }
}
