using System.Globalization;
using System.Security.Claims;
using Dashboard.Core.Audit;
using Dashboard.Core.Reports;
using Dashboard.Core.Sharing;
using Dashboard.Web.Components.Account;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages.Sharing;

public partial class ShareLinkTable
{
    private const int PageSize = 50;

    private PagedResult<ShareLinkListItem>? result;
    private bool loadFailed;
    private int page = 1;

    /// <summary>The caller's own links, or everyone's (admins only: the service checks).</summary>
    [Parameter, EditorRequired]
    public required ShareLinkScope Scope { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private ShareLinkService Links { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ILogger<ShareLinkTable> Logger { get; set; } = default!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        loadFailed = false;
        try
        {
            result = await Links.ListAsync(await ActorAsync(), Scope, page, PageSize);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "The share links could not be loaded ({Scope})", Scope);
            loadFailed = true;
        }
    }

    private async Task GoToAsync(int number)
    {
        page = number;
        await LoadAsync();
    }

    private async Task RevokeAsync(ShareLinkListItem link)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Revoke this link?",
            $"“{link.Title}” stops working at once for everyone who has it. This cannot be undone; you can share the timeline again with a new link.",
            yesText: "Revoke",
            cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        try
        {
            var outcome = await Links.RevokeAsync(link.Id, await ActorAsync());
            Snackbar.Add(
                outcome switch
                {
                    ShareLinkRevocation.Revoked => $"Revoked “{link.Title}”.",
                    ShareLinkRevocation.AlreadyRevoked => $"“{link.Title}” was already revoked.",
                    _ => "That link is not one you can revoke.",
                },
                outcome == ShareLinkRevocation.NotFound ? Severity.Warning : Severity.Success);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Share link {LinkId} could not be revoked", link.Id);
            Snackbar.Add("The link could not be revoked: the database may be busy. Try again.", Severity.Error);
        }

        await LoadAsync();
    }

    private async Task<Actor> ActorAsync()
    {
        var user = AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;
        var name = user.FindFirstValue(DisplayNameClaimsPrincipalFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "staff member";
        return new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier), name);
    }

    private static string Date(DateTime value) => value.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Timestamp(DateTime value) => value.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string StatusText(ShareLinkListItem link) => link.Status switch
    {
        ShareLinkStatus.Revoked => $"Revoked {Date(link.RevokedAt!.Value)}",
        ShareLinkStatus.Expired => "Expired",
        _ => "Active",
    };
}
