using System.Security.Claims;
using Dashboard.Core.Audit;
using Dashboard.Core.Filtering;
using Dashboard.Core.Identity;
using Dashboard.Core.Sharing;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Components.Timeline;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using FilterOptions = Dashboard.Core.Filtering.FilterOptions;

namespace Dashboard.Web.Components.Pages.Sharing;

public partial class ShareTimelineDialog
{
    private string? title;
    private string? note;
    private int expiryDays = ShareLinkService.DefaultExpiryDays;
    private ShareLinkMode mode = ShareLinkMode.Live;
    private IReadOnlyList<ShareLinkError> errors = [];
    private ShareLinkCreation? created;
    private string url = string.Empty;
    private bool busy;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The filter of the timeline being shared; the link freezes it.</summary>
    [Parameter, EditorRequired]
    public required ReportFilter Filter { get; set; }

    [Parameter]
    public FilterOptions Options { get; set; } = FilterOptions.None;

    [Inject]
    private ShareLinkService Links { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ILogger<ShareTimelineDialog> Logger { get; set; } = default!;

    private string Scope => FilterDescription.Describe(Filter, Options);

    private IEnumerable<ShareLinkError> OtherErrors => errors.Where(e => e.Field is not ("title" or "note" or "expiry" or "mode"));

    protected override void OnInitialized()
    {
        // A suggestion the sharer can change: what the slice is, in words.
        var suggestion = Filter.IsEmpty ? "Timeline of all reports" : $"Timeline: {Scope}";
        title = suggestion.Length <= ShareLinkService.TitleMax ? suggestion : suggestion[..(ShareLinkService.TitleMax - 1)] + "…";
    }

    private string? ErrorFor(string field) => errors.FirstOrDefault(e => e.Field == field)?.Message;

    private async Task CreateAsync()
    {
        busy = true;
        try
        {
            // The user comes from the server's authentication state, never from the browser.
            var user = AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
            if (userId is null || !Roles.All.Any(user.IsInRole))
            {
                errors = [new ShareLinkError("user", "Sign in again to share this timeline.")];
                return;
            }

            var name = user.FindFirstValue(DisplayNameClaimsPrincipalFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "staff member";
            var result = await Links.CreateAsync(new ShareLinkRequest(title, note, expiryDays, mode, Filter), new Actor(userId, name));
            errors = result.Errors;
            if (result.Succeeded)
            {
                created = result;
                url = Navigation.ToAbsoluteUri($"s/{result.Token}").ToString();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "A share link could not be created for {Filter}", Filter.ToQueryString());
            errors = [new ShareLinkError("save", "The link could not be created: the database may be busy. Try again.")];
        }
        finally
        {
            busy = false;
        }
    }

    private void Cancel() => Dialog.Cancel();

    private void Close() => Dialog.Close();
}
