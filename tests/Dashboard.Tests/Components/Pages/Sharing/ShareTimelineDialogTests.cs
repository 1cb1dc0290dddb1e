using System.Security.Claims;
using Dashboard.Core.Filtering;
using Dashboard.Core.Identity;
using Dashboard.Core.Sharing;
using Dashboard.Web.Components.Pages.Sharing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Dashboard.Tests.Components.Pages.Sharing;

public sealed class ShareTimelineDialogTests : DashboardTestContext, IAsyncLifetime
{
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(withDemoReports: true);
        var userId = await AddViewerAsync();
        UseDatabase(database);
        var auth = AddAuthorization();
        auth.SetAuthorized("viewer@example.org");
        auth.SetRoles(Roles.Viewer);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
        RenderInteractively();
    }

    [Fact]
    public async Task Dialog_SuggestsATitleFromTheFilter_AndDefaultsTo30DaysLive()
    {
        var provider = await OpenAsync("?supplier=IR");

        provider.WaitForAssertion(() => Assert.Contains("Supplier: Iran", provider.Find("[data-testid=share-scope]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Timeline: Supplier: Iran", TitleInput(provider).GetAttribute("value"));
        Assert.Contains("30 days", provider.Find("[data-testid=share-expiry]").OuterHtml + provider.Markup, StringComparison.Ordinal);
        Assert.NotNull(provider.Find("input[type=radio][checked], .mud-radio input:checked"));
    }

    [Fact]
    public async Task EmptyTitle_IsRefusedNamingTheField_AndTheNoteIsKept()
    {
        var provider = await OpenAsync("?supplier=IR");
        provider.WaitForAssertion(() => TitleInput(provider));

        TitleInput(provider).Input(string.Empty);
        NoteInput(provider).Input("For the partners");
        await provider.InvokeAsync(() => provider.Find("[data-testid=share-create]").Click());

        provider.WaitForAssertion(() => Assert.Contains("Title is required", provider.Markup, StringComparison.Ordinal));
        Assert.Equal("For the partners", NoteInput(provider).GetAttribute("value"));
        Assert.Empty(provider.FindAll("[data-testid=share-created]"));
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.ShareLinks.CountAsync());
    }

    [Fact]
    public async Task Creating_ShowsTheLinkOnce_AndStoresOnlyItsHash()
    {
        var provider = await OpenAsync("?supplier=IR");
        provider.WaitForAssertion(() => TitleInput(provider));

        await provider.InvokeAsync(() => provider.Find("[data-testid=share-create]").Click());

        provider.WaitForAssertion(() => Assert.NotEmpty(provider.FindAll("[data-testid=share-created]")));
        var url = provider.Find("input[data-testid=share-url], [data-testid=share-url] input").GetAttribute("value")!;
        var token = url[(url.LastIndexOf('/') + 1)..];
        Assert.StartsWith("http://localhost/s/", url, StringComparison.Ordinal);
        await using var db = await database.Factory.CreateDbContextAsync();
        var link = await db.ShareLinks.SingleAsync();
        Assert.Equal(ShareTokens.HashOf(token), link.TokenHash);
        Assert.Equal("?supplier=IR", link.FilterQuery);
        Assert.NotNull(provider.Find("[data-testid=share-copy]"));
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync(string filter)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<ShareTimelineDialog> { { d => d.Filter, ReportFilter.Parse(filter).Filter } };
        await provider.InvokeAsync(() => dialogs.ShowAsync<ShareTimelineDialog>("Share this timeline", parameters));
        return provider;
    }

    private static AngleSharp.Dom.IElement TitleInput(IRenderedComponent<MudDialogProvider> provider) =>
        provider.Find("input[data-testid=share-title], [data-testid=share-title] input");

    private static AngleSharp.Dom.IElement NoteInput(IRenderedComponent<MudDialogProvider> provider) =>
        provider.Find("textarea[data-testid=share-note], [data-testid=share-note] textarea");

    private async Task<string> AddViewerAsync()
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var role = new IdentityRole(Roles.Viewer) { NormalizedName = Roles.Viewer.ToUpperInvariant() };
        var user = new ApplicationUser { UserName = "viewer@example.org", Email = "viewer@example.org", DisplayName = "Demo Viewer" };
        db.Roles.Add(role);
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { RoleId = role.Id, UserId = user.Id });
        await db.SaveChangesAsync();
        return user.Id;
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}
